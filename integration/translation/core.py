"""What is translated, and the wagtail-localize records a translation needs.

Every piece of the workflow (status matrix, machine translation, exchange
files, the demo) goes through these functions, so "the source objects" and
"a translation of an object into a locale" mean the same thing everywhere.
"""

from collections.abc import Iterable, Iterator

from django.apps import apps
from django.db import models, transaction
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import DraftStateMixin, Locale, Page, PageLogEntry, Revision, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation, TranslationLog, TranslationSource


def source_locale() -> Locale:
    """The locale every translation is made from (``LANGUAGE_CODE``, German)."""
    return Locale.get_default()


def target_locales() -> models.QuerySet[Locale]:
    """Every locale but the source, ordered by language code."""
    return Locale.objects.exclude(pk=source_locale().pk).order_by("language_code")


def translatable_snippet_models() -> list[type[models.Model]]:
    """Registered snippet models that are translated (``TranslatableMixin``)."""
    return [
        model
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin) and not model._meta.abstract
    ]


def source_pages(root: Page | None = None) -> models.QuerySet[Page]:
    """The source locale's pages (not aliases), optionally only ``root`` and its descendants."""
    pages = Page.objects.filter(locale=source_locale(), depth__gt=1, alias_of__isnull=True)
    if root is not None:
        pages = pages.descendant_of(root, inclusive=True)
    return pages.order_by("path")


def source_snippets(
    snippet_models: Iterable[type[models.Model]] | None = None,
) -> Iterator[models.Model]:
    """The source locale's instances of every translatable snippet model."""
    locale = source_locale()
    for model in translatable_snippet_models() if snippet_models is None else snippet_models:
        yield from model.objects.filter(locale=locale).order_by("pk")


def model_label(model: type[models.Model]) -> str:
    return model._meta.label_lower


def model_by_label(label: str) -> type[models.Model]:
    return apps.get_model(label)


@transaction.atomic
def prepare_translation(instance: models.Model, locale: Locale) -> Translation:
    """The enabled wagtail-localize ``Translation`` of ``instance`` into ``locale``.

    The source is refreshed from the instance's current (live) content first,
    so segments added since the last sync are there to translate; the target
    page or snippet itself is not touched (see ``apply_translation``).
    A translation someone converted to manual editing stays disabled.
    """
    # Always from the database: a stale instance in memory must not roll the source back.
    if isinstance(instance, Page):
        instance = Page.objects.get(pk=instance.pk).specific
    else:
        instance = type(instance)._default_manager.get(pk=instance.pk)
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    return translation


def apply_translation(translation: Translation, *, user=None, publish: bool = True) -> None:
    """Write the translated strings into the target page or snippet.

    Snippets without drafts can only be saved live; pages are saved as a
    draft unless ``publish`` is set, and the draft of a live page stays a
    draft (see ``save_translation_draft``).
    """
    instance_model = translation.source.specific_content_type.model_class()
    can_draft = instance_model is not None and issubclass(instance_model, DraftStateMixin)
    draftable_page = not publish and can_draft and issubclass(instance_model, Page)
    if draftable_page and save_translation_draft(translation, user=user) is not None:
        return
    translation.save_target(user=user, publish=publish or not can_draft)


@transaction.atomic
def save_translation_draft(translation: Translation, *, user=None) -> Revision | None:
    """Save the translation of a published page as a draft revision, leaving the page live as is.

    wagtail-localize's ``save_target(publish=False)`` writes the translated
    fields into the page row, and for a live page that row is what readers
    see. Here only a new revision gets them; the published page changes when
    someone publishes that draft. A live alias (a synced tree's placeholder)
    first becomes a page of its own that keeps its current content.

    Returns ``None`` (and does nothing) when there is no live target page;
    ``apply_translation(..., publish=False)`` is right for those.
    """
    source, locale = translation.source, translation.target_locale
    try:
        target = source.get_translated_instance(locale)
    except models.ObjectDoesNotExist:
        return None
    if not isinstance(target, Page) or not target.live:
        return None
    if target.alias_of_id:
        target.alias_of_id = None
        target.save(update_fields=["alias_of_id"], clean=False)
        revision = target.save_revision(user=user, changed=False, clean=False)
        PageLogEntry.objects.log_action(
            instance=target,
            revision=revision,
            action="wagtail.convert_alias",
            user=user,
            data={"page": {"id": target.pk, "title": target.get_admin_display_title()}},
        )
    draft = source.get_ephemeral_translated_instance(locale, fallback=True)
    draft.slug = find_available_slug(
        draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk
    )
    revision = draft.save_revision(user=user)
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    return revision
