"""Translator groups: one per target locale, allowed to work in that locale only.

Page permissions are per subtree, so a group's rights on its locale's tree
(add, edit, publish) stop at that tree: the German source and the other
locales stay out of reach. Snippet permissions in Django are per model, not
per locale; ``snippet_locale_denied`` closes that gap for members of
translator groups, in the snippet views (``wagtail_hooks.py``) and in
wagtail-localize's translation editor (``install_snippet_locale_scope``).
"""

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import translation
from django.utils.translation import get_language_info
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale, Page

from ..models import TranslatorGroup
from .core import target_locales, translatable_snippet_models

PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
COLLECTION_PERMISSIONS = (("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document"))


def language_name(locale: Locale) -> str:
    """The locale's language in German, as group names and the admin use it ("Arabisch")."""
    try:
        with translation.override("de"):
            return str(get_language_info(locale.language_code)["name_translated"])
    except KeyError:
        return locale.get_display_name()


def translator_group_name(locale: Locale) -> str:
    return f"Übersetzung – {language_name(locale)}"


@dataclass
class GroupReport:
    locale: Locale
    group: Group
    created: bool
    subtrees: int


@transaction.atomic
def ensure_translator_group(locale: Locale) -> GroupReport:
    """Create or repair the translator group of ``locale`` and its permissions."""
    link = TranslatorGroup.objects.filter(locale=locale).select_related("group").first()
    created = link is None
    if link is None:
        group, _ = Group.objects.get_or_create(name=translator_group_name(locale))
        link = TranslatorGroup.objects.create(group=group, locale=locale)
    group = link.group

    permissions = [
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    ]
    for model in translatable_snippet_models():
        permissions.append(
            Permission.objects.get(
                content_type=ContentType.objects.get_for_model(model),
                codename=f"change_{model._meta.model_name}",
            )
        )
    group.permissions.add(*permissions)

    page_permissions = list(
        Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
        )
    )
    roots = Page.objects.filter(locale=locale, depth=2)
    for root in roots:
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)

    collection = Collection.get_first_root_node()
    for app_label, codename in COLLECTION_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )
    return GroupReport(locale=locale, group=group, created=created, subtrees=len(roots))


def ensure_translator_groups() -> list[GroupReport]:
    return [ensure_translator_group(locale) for locale in target_locales()]


def translator_locale_ids(user) -> set[int]:
    """Locales the user's translator groups translate into."""
    if not user.is_authenticated:
        return set()
    return set(TranslatorGroup.objects.filter(group__user=user).values_list("locale_id", flat=True))


def _has_permission_outside_translator_groups(user, model: type[models.Model], action: str) -> bool:
    content_type = ContentType.objects.get_for_model(model)
    codename = f"{action}_{model._meta.model_name}"
    if user.user_permissions.filter(content_type=content_type, codename=codename).exists():
        return True
    return (
        user.groups.filter(translator_locale__isnull=True)
        .filter(permissions__content_type=content_type, permissions__codename=codename)
        .exists()
    )


def snippet_locale_denied(user, instance: models.Model, action: str = "change") -> bool:
    """True when only a translator group gives ``user`` this right, and not for this locale."""
    if user.is_superuser or not hasattr(instance, "locale_id"):
        return False
    locale_ids = translator_locale_ids(user)
    if not locale_ids or instance.locale_id in locale_ids:
        return False
    return not _has_permission_outside_translator_groups(user, type(instance), action)


def install_snippet_locale_scope() -> None:
    """Make wagtail-localize's translation editor respect the translator's locale.

    Its views check snippet rights with ``user_can_edit_instance``, which knows
    only per-model permissions; wrapped here so a translator's edits of
    strings and overrides of a snippet in another locale are refused too.
    """
    from wagtail_localize.views import edit_translation

    original = edit_translation.user_can_edit_instance
    if getattr(original, "integration_locale_scope", False):
        return

    def user_can_edit_instance(user, instance):
        if not isinstance(instance, Page) and snippet_locale_denied(user, instance):
            return False
        return original(user, instance)

    user_can_edit_instance.integration_locale_scope = True
    edit_translation.user_can_edit_instance = user_can_edit_instance
