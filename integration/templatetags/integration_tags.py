"""Template helpers for pages of the integration plugin."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Locale, Page, TranslatableMixin

from ..i18n import text_direction as direction_for

register = template.Library()


@register.simple_tag(takes_context=True)
def text_direction(context) -> str:
    """``rtl``/``ltr`` for the page being shown, else for the active language."""
    page = context.get("page")
    if isinstance(page, Page):
        return direction_for(page.locale.language_code)
    return direction_for(get_language() or "")


@register.simple_tag(takes_context=True)
def language_code(context) -> str:
    page = context.get("page")
    if isinstance(page, Page):
        return page.locale.language_code
    return get_language() or ""


@register.filter
def localized(obj):
    """The translation of a snippet or page in the active locale, else the object itself.

    A translated offer keeps pointing at the source-language target groups;
    this shows their names in the reader's language where a translation exists.
    """
    if not isinstance(obj, TranslatableMixin):
        return obj
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return obj
    if obj.locale_id == locale.pk:
        return obj
    return obj.get_translation_or_none(locale) or obj


@register.inclusion_tag("integration/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the live translations of the current page, labelled in their own language."""
    page = context.get("page")
    items = []
    if isinstance(page, Page):
        translations = (
            page.get_translations(inclusive=True).live().public().select_related("locale")
        )
        for translation in translations.order_by("locale__language_code"):
            locale = translation.locale
            items.append(
                {
                    "code": locale.language_code,
                    "name": locale.get_display_name(),
                    "url": translation.get_url(context.get("request")),
                    "current": translation.pk == page.pk,
                    "dir": direction_for(locale.language_code),
                }
            )
    return {"languages": items}
