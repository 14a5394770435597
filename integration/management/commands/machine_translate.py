"""``manage.py machine_translate``: machine-translate pages, offers or snippets with DeepL."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from wagtail.models import Locale, Page, Site

from integration.translation.core import source_locale, target_locales
from integration.translation.machine import (
    MachineTranslationError,
    MachineTranslationReport,
    collect_objects,
    estimate_machine_translation,
    machine_translate,
    machine_translation_available,
)

from .import_offers import ProgressBar


class Command(BaseCommand):
    help = (
        "Übersetzt deutsche Seiten (mit Unterseiten), alle Angebote oder Träger, Zielgruppen "
        "und Stadtteile maschinell (DeepL). Nur Textabschnitte ohne Übersetzung werden "
        "gesendet; Seiten werden als Entwurf gespeichert, außer mit --publish."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--page",
            help="Seite mit Unterseiten: ID oder Pfad ab der Startseite, z. B. /angebote/.",
        )
        parser.add_argument("--offers", action="store_true", help="Alle Angebote.")
        parser.add_argument(
            "--snippets", action="store_true", help="Träger, Zielgruppen und Stadtteile."
        )
        parser.add_argument(
            "--locale",
            action="append",
            dest="locales",
            metavar="CODE",
            help="Zielsprache, mehrfach möglich (Standard: alle außer der Quellsprache).",
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Übersetzungen veröffentlichter Seiten veröffentlichen statt als Entwurf.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Nur zählen, was gesendet würde."
        )
        parser.add_argument(
            "--user", help="Benutzername, dem die Übersetzungen zugeschrieben werden."
        )

    def handle(self, *args, **options) -> None:
        if not machine_translation_available():
            raise CommandError(
                "Maschinelle Übersetzung ist nicht eingerichtet: DEEPL_API_KEY setzen "
                "(siehe docs/operators.md)."
            )
        if not (options["page"] or options["offers"] or options["snippets"]):
            raise CommandError("Bitte --page, --offers und/oder --snippets angeben.")
        root = self._page(options["page"]) if options["page"] else None
        locales = self._locales(options["locales"])
        user = self._user(options["user"])
        objects = collect_objects(root, offers=options["offers"], snippets=options["snippets"])
        verbosity = options["verbosity"]
        codes = ", ".join(locale.language_code for locale in locales)

        if options["dry_run"]:
            self._summary(
                estimate_machine_translation(objects, locales),
                f"Probelauf ({len(objects)} Objekte → {codes}), nichts gesendet",
                verbosity,
            )
            return
        if verbosity:
            self.stdout.write(f"{len(objects)} Objekte → {codes}")
        progress = ProgressBar(
            self.stdout, 0, "Übersetzen", enabled=verbosity > 0 and self.stdout.isatty()
        )
        try:
            report = machine_translate(
                objects, locales, user=user, publish=options["publish"], progress=progress
            )
        except MachineTranslationError as error:
            raise CommandError(str(error)) from error
        for problem in report.errors:
            self.stderr.write(self.style.ERROR(str(problem)))
        self._summary(report, "Abgebrochen" if report.stopped else "Fertig", verbosity)
        if report.errors:
            raise CommandError(f"{len(report.errors)} Problem(e) beim Übersetzen, siehe oben.")

    def _page(self, value: str) -> Page:
        source = source_locale()
        pages = Page.objects.filter(locale=source, depth__gt=1)
        if value.isdigit():
            page = pages.filter(pk=int(value)).first()
        else:
            site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
            root_path = site.root_page.url_path if site else "/"
            path = value.strip("/")
            url_path = f"{root_path}{path}/" if path else root_path
            page = pages.filter(url_path=url_path).first()
        if page is None:
            raise CommandError(f"Keine Seite in der Quellsprache ({source.language_code}): {value}")
        return page

    def _locales(self, codes: list[str] | None) -> list[Locale]:
        targets = list(target_locales())
        if not codes:
            return targets
        by_code = {locale.language_code: locale for locale in targets}
        unknown = [code for code in codes if code not in by_code]
        if unknown:
            known = ", ".join(by_code)
            raise CommandError(f"Keine Zielsprache: {', '.join(unknown)} (vorhanden: {known}).")
        return [by_code[code] for code in dict.fromkeys(codes)]

    def _user(self, username: str | None):
        if not username:
            return None
        model = get_user_model()
        try:
            return model._default_manager.get_by_natural_key(username)
        except model.DoesNotExist:
            raise CommandError(f"Unbekannter Benutzer: {username}") from None

    def _summary(self, report: MachineTranslationReport, heading: str, verbosity: int) -> None:
        if verbosity == 0:
            return
        for code, counts in report.locales.items():
            self.stdout.write(
                f"  {code}: {counts.translated} Übersetzungen, {counts.segments} Textabschnitte, "
                f"{counts.characters} Zeichen, {counts.unchanged} schon übersetzt, "
                f"{counts.skipped} übersprungen, {counts.failed} fehlgeschlagen"
            )
        style = self.style.ERROR if report.stopped else self.style.SUCCESS
        self.stdout.write(
            style(f"{heading}: ")
            + f"{report.translated} Übersetzungen, {report.segments} Textabschnitte, "
            f"{report.characters} Zeichen"
        )
