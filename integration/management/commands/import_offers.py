"""``manage.py import_offers FILE``: bring an offers sheet (CSV or XLSX) into the directory."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from wagtail.models import Locale

from integration.offers_io import ImportFileError, read_table
from integration.offers_io.importer import ACTION_LABELS, Action, ImportRejected, OfferImporter


class ProgressBar:
    """A one-line progress bar on a terminal; silent elsewhere except for the end."""

    def __init__(self, stream, total: int, label: str, enabled: bool):
        self.stream, self.total, self.label, self.enabled = stream, total, label, enabled
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or not total:
            return
        percent = done * 100 // total
        if percent == self.last and done != total:
            return
        self.last = percent
        filled = percent * 30 // 100
        self.stream.write(
            f"\r{self.label} [{'#' * filled}{'.' * (30 - filled)}] {done}/{total} ({percent} %)",
            ending="\n" if done == total else "",
        )
        self.stream.flush()


class Command(BaseCommand):
    help = (
        "Importiert Angebote aus einer CSV- oder XLSX-Datei: neue werden angelegt, "
        "geänderte bekommen eine neue Revision (Abgleich über external_id)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="CSV- oder XLSX-Datei")
        parser.add_argument(
            "--dry-run", action="store_true", help="Nur prüfen und berichten, nichts ändern."
        )
        parser.add_argument(
            "--publish", action="store_true", help="Neue und geänderte Angebote veröffentlichen."
        )
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="Abgelehnte Zeilen überspringen und den Rest importieren.",
        )
        parser.add_argument(
            "--locale", default=None, help="Sprache der Angebote (Standard: Quellsprache)."
        )

    def handle(self, *args, **options) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Datei nicht gefunden: {path}")
        locale = self._locale(options["locale"])
        try:
            table = read_table(path.read_bytes(), path.name)
        except ImportFileError as error:
            raise CommandError(f"{path.name}: {error}") from error

        importer = OfferImporter(locale=locale)
        plan = importer.plan(table, publish=options["publish"])
        verbosity = options["verbosity"]
        if table.ignored_columns and verbosity:
            self.stdout.write(
                self.style.WARNING(
                    "Unbekannte Spalten ignoriert: " + ", ".join(table.ignored_columns)
                )
            )
        for error in plan.errors:
            self.stderr.write(self.style.ERROR(str(error)))

        if options["dry_run"]:
            self._summary(plan, "Probelauf – nichts geändert", verbosity)
            if plan.has_errors:
                raise CommandError(f"{plan.counts['rejected']} Zeile(n) würden abgelehnt.")
            return
        progress = ProgressBar(
            self.stdout, 0, "Import", enabled=verbosity > 0 and self.stdout.isatty()
        )
        try:
            importer.apply(
                plan,
                publish=options["publish"],
                skip_invalid=options["skip_invalid"],
                progress=progress,
            )
        except ImportRejected as error:
            self._summary(plan, "Abgebrochen", verbosity)
            raise CommandError(f"{error} Fehler beheben oder --skip-invalid angeben.") from error
        self._summary(plan, "Import abgeschlossen", verbosity)

    def _locale(self, code: str | None) -> Locale:
        if code is None:
            return Locale.get_default()
        try:
            return Locale.objects.get(language_code=code)
        except Locale.DoesNotExist:
            known = ", ".join(Locale.objects.values_list("language_code", flat=True))
            raise CommandError(f"Unbekannte Sprache „{code}“ (vorhanden: {known}).") from None

    def _summary(self, plan, heading: str, verbosity: int) -> None:
        if verbosity == 0:
            return
        if verbosity > 1:
            for row in plan.rows:
                detail = f" ({', '.join(row.changes)})" if row.changes else ""
                label = ACTION_LABELS[row.action]
                self.stdout.write(f"  Zeile {row.row}: {row.external_id or '–'} {label}{detail}")
        counts = plan.counts
        self.stdout.write(
            self.style.SUCCESS(f"{heading}: ")
            + ", ".join(f"{counts[action.value]} {ACTION_LABELS[action]}" for action in Action)
        )
        if plan.new_providers:
            self.stdout.write("Neue Träger: " + ", ".join(plan.new_providers))
        if plan.missing:
            self.stdout.write(
                self.style.WARNING(
                    f"{len(plan.missing)} Angebot(e) fehlen in der Datei (nicht gelöscht): "
                    + ", ".join(page.external_id for page in plan.missing[:20])
                    + (" …" if len(plan.missing) > 20 else "")
                )
            )
