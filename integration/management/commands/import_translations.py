"""``manage.py import_translations --locale ar FILE``: bring a translated exchange file back."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from integration.management.commands.export_translations import locale_from_option
from integration.management.commands.import_offers import ProgressBar
from integration.translation.exchange import ImportReport, import_file, plan_import


class Command(BaseCommand):
    help = (
        "Importiert eine übersetzte PO- oder XLIFF-Datei (oder das ZIP-Archiv des Exports). "
        "Die Datei wird ganz geprüft; bei einem Fehler wird nichts geändert."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="PO-, XLIFF- oder ZIP-Datei")
        parser.add_argument("--locale", required=True, help="Sprache der Übersetzung, z. B. ar.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Nur prüfen und berichten, nichts ändern."
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Geänderte Seiten veröffentlichen (sonst als Entwurf speichern).",
        )

    def handle(self, *args, **options) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Datei nicht gefunden: {path}")
        locale = locale_from_option(options["locale"])
        data = path.read_bytes()
        verbosity = options["verbosity"]
        if verbosity:
            self.stderr.write(f"Prüfe {path.name} ({locale.language_code}) …")
        progress = ProgressBar(
            self.stderr, 0, "Import", enabled=verbosity > 0 and self.stderr.isatty()
        )
        if options["dry_run"]:
            report = plan_import(locale, path.name, data, progress=progress)
        else:
            report = import_file(
                locale, path.name, data, publish=options["publish"], progress=progress
            )
        for error in report.errors:
            self.stderr.write(self.style.ERROR(str(error)))
        if report.has_errors:
            self._summary(report, "Abgelehnt – nichts geändert", verbosity)
            raise CommandError(f"{len(report.errors)} Fehler in {path.name}; nichts geändert.")
        heading = "Probelauf – nichts geändert" if options["dry_run"] else "Import abgeschlossen"
        self._summary(report, heading, verbosity)

    def _summary(self, report: ImportReport, heading: str, verbosity: int) -> None:
        if verbosity == 0:
            return
        if verbosity > 1:
            for change in report.changes:
                self.stdout.write(
                    f"  {change.location}: {change.object_title} · {change.field_path}: "
                    f"{change.old or '–'} → {change.new}"
                )
        counts = report.counts
        style = self.style.ERROR if report.has_errors else self.style.SUCCESS
        self.stdout.write(
            style(f"{heading}: ")
            + f"{counts['changed']} Segmente geändert, {counts['unchanged']} unverändert, "
            f"{counts['empty']} leer übersprungen, {counts['objects']} Seiten/Snippets "
            f"{'gespeichert' if report.applied else 'betroffen'}, {counts['errors']} Fehler."
        )
