"""Locales from the settings, and their synced page trees.

The content languages are configured once, in ``WAGTAIL_CONTENT_LANGUAGES``
(the reference site sets it to ``LANGUAGES``). ``sync_locales`` makes the
database follow: a ``Locale`` per language, a wagtail-localize
``LocaleSynchronization`` from the source locale, and the source tree
mirrored into every locale as alias pages, which translations later replace.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, synchronize_tree

from .core import source_locale


@dataclass
class LocaleSyncReport:
    created_locales: list[str] = field(default_factory=list)
    synchronised_locales: list[str] = field(default_factory=list)
    aliases_created: dict[str, int] = field(default_factory=dict)
    # Locales in the database but no longer in the settings: kept, never deleted.
    unconfigured_locales: list[str] = field(default_factory=list)


def configured_language_codes() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


@transaction.atomic
def sync_locales(*, progress: Callable[[str], None] | None = None) -> LocaleSyncReport:
    """Create missing locales and bring every locale's page tree in line with the source."""
    report = LocaleSyncReport()
    say = progress or (lambda message: None)
    codes = configured_language_codes()
    for code in codes:
        _locale, created = Locale.objects.get_or_create(language_code=code)
        if created:
            report.created_locales.append(code)
            say(f"Sprache {code} angelegt")
    report.unconfigured_locales = sorted(
        Locale.objects.exclude(language_code__in=codes).values_list("language_code", flat=True)
    )

    source = source_locale()
    page_index = None
    for locale in (
        Locale.objects.exclude(pk=source.pk)
        .filter(language_code__in=codes)
        .order_by("language_code")
    ):
        before = Page.objects.filter(locale=locale, alias_of__isnull=False).count()
        synchronisation = LocaleSynchronization.objects.filter(locale=locale).first()
        if synchronisation is None:
            # Saving it synchronises the tree once (wagtail-localize's signal).
            LocaleSynchronization.objects.create(locale=locale, sync_from=source)
        else:
            page_index = page_index or PageIndex.from_database().sort_by_tree_position()
            synchronize_tree(synchronisation.sync_from, locale, page_index=page_index)
        created = Page.objects.filter(locale=locale, alias_of__isnull=False).count() - before
        report.synchronised_locales.append(locale.language_code)
        report.aliases_created[locale.language_code] = created
        say(f"{locale.language_code}: {created} Seiten gespiegelt")
    return report
