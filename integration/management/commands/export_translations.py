"""``manage.py export_translations --locale ar``: a locale's exchange files (PO + XLIFF, ZIP)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from wagtail.models import Locale, Page

from integration.management.commands.import_offers import ProgressBar
from integration.translation.exchange import archive_name, collect_export, write_archive


class Command(BaseCommand):
    help = (
        "Exportiert alle zu übersetzenden Texte einer Sprache als PO- und XLIFF-1.2-Datei "
        "in einem ZIP-Archiv, mit den bisherigen Übersetzungen."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--locale", required=True, help="Zielsprache, z. B. ar.")
        parser.add_argument(
            "--output", "-o", default=None, help="Zieldatei (Standard: <projekt>-<sprache>.zip)."
        )
        parser.add_argument(
            "--missing-only",
            action="store_true",
            help="Nur Segmente ohne (fehlerfreie) Übersetzung exportieren.",
        )
        parser.add_argument(
            "--root",
            type=int,
            default=None,
            help="Nur diese Seite (ID) und ihre Unterseiten, ohne Snippets.",
        )

    def handle(self, *args, **options) -> None:
        locale = locale_from_option(options["locale"])
        root = None
        if options["root"] is not None:
            root = Page.objects.filter(pk=options["root"]).first()
            if root is None:
                raise CommandError(f"Seite {options['root']} gibt es nicht.")
        verbosity = options["verbosity"]
        progress = ProgressBar(
            self.stderr, 0, "Export", enabled=verbosity > 0 and self.stderr.isatty()
        )
        try:
            objects = collect_export(
                locale, root=root, missing_only=options["missing_only"], progress=progress
            )
        except ValueError as error:
            raise CommandError(str(error)) from error
        output = Path(options["output"] or archive_name(locale))
        output.write_bytes(write_archive(locale, objects))
        if verbosity:
            segments = sum(len(item.segments) for item in objects)
            translated = sum(1 for item in objects for s in item.segments if s.translation)
            self.stdout.write(
                self.style.SUCCESS(f"{output} geschrieben: ")
                + f"{len(objects)} Seiten und Snippets, {segments} Segmente "
                f"({translated} bereits übersetzt, {segments - translated} offen), "
                f"Sprache {locale.language_code}."
            )


def locale_from_option(code: str) -> Locale:
    try:
        return Locale.objects.get(language_code=code)
    except Locale.DoesNotExist:
        known = ", ".join(Locale.objects.values_list("language_code", flat=True))
        raise CommandError(f"Unbekannte Sprache „{code}“ (vorhanden: {known}).") from None
