"""Who may translate into which locale.

A user may translate into a target locale when they are a superuser, hold
wagtail-localize's ``submit_translation`` permission (the communications
office, who start translations of anything), or belong to that locale's
translator group (``integration.TranslatorGroup``, see ``roles``).
"""

from wagtail.models import Locale

from .core import source_locale, target_locales
from .roles import translator_locale_ids

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"


def can_translate_into(user, locale: Locale) -> bool:
    """True when ``user`` may start, edit, exchange and review translations into ``locale``."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if locale.pk == source_locale().pk:
        return False  # the source is written, not translated
    if user.is_superuser or user.has_perm(SUBMIT_TRANSLATION):
        return True
    return locale.pk in translator_locale_ids(user)


def translatable_locales(user) -> list[Locale]:
    """The target locales ``user`` may translate into, ordered by language code."""
    return [locale for locale in target_locales() if can_translate_into(user, locale)]
