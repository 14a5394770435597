"""``manage.py export_offers``: the live directory as open data (CSV, XLSX, JSON, HSDS)."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from wagtail.models import Locale

from integration.offers_io.exporting import FORMATS, export, public_offers


class Command(BaseCommand):
    help = "Exportiert die veröffentlichten, gültigen Angebote einer Sprache als offene Daten."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=FORMATS, default="csv")
        parser.add_argument("--locale", default=None, help="Sprache (Standard: Quellsprache).")
        parser.add_argument(
            "--output", "-o", default="-", help="Zieldatei; „-“ (Standard) schreibt nach stdout."
        )

    def handle(self, *args, **options) -> None:
        code = options["locale"]
        try:
            locale = Locale.objects.get(language_code=code) if code else Locale.get_default()
        except Locale.DoesNotExist:
            known = ", ".join(Locale.objects.values_list("language_code", flat=True))
            raise CommandError(f"Unbekannte Sprache „{code}“ (vorhanden: {known}).") from None
        offers = list(public_offers(locale))
        data = export(offers, options["format"], locale)
        if options["output"] == "-":
            if options["format"] == "xlsx":
                sys.stdout.buffer.write(data)
                sys.stdout.flush()
            else:
                self.stdout.write(data.decode("utf-8"), ending="")
        else:
            Path(options["output"]).write_bytes(data)
            self.stderr.write(
                self.style.SUCCESS(
                    f"{len(offers)} Angebote ({locale.language_code}) als {options['format']} "
                    f"nach {options['output']} geschrieben."
                )
            )
