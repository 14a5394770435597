"""``manage.py sync_locales``: locales, synced trees and translator groups from the settings."""

from django.core.management.base import BaseCommand

from integration.translation.locales import sync_locales
from integration.translation.roles import ensure_translator_groups


class Command(BaseCommand):
    help = (
        "Create a locale for every language in WAGTAIL_CONTENT_LANGUAGES, mirror the source "
        "page tree into each (alias pages) and create the translator group of each locale."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-groups", action="store_true", help="Do not create or repair translator groups."
        )

    def handle(self, *args, no_groups: bool = False, verbosity: int = 1, **options) -> None:
        def say(message: str) -> None:
            if verbosity:
                self.stdout.write(message)

        report = sync_locales(progress=lambda message: say(f"  {message}"))
        aliases = sum(report.aliases_created.values())
        say(
            self.style.SUCCESS(
                f"Sprachen: {len(report.synchronised_locales) + 1} "
                f"({len(report.created_locales)} neu), {aliases} Seiten gespiegelt."
            )
        )
        for code in report.unconfigured_locales:
            self.stderr.write(
                self.style.WARNING(
                    f"Sprache {code} ist nicht mehr in WAGTAIL_CONTENT_LANGUAGES; "
                    "sie bleibt mit ihren Seiten bestehen."
                )
            )
        if no_groups:
            return
        for group_report in ensure_translator_groups():
            state = "angelegt" if group_report.created else "geprüft"
            say(
                f"  Gruppe „{group_report.group.name}“ {state} "
                f"(Rechte auf {group_report.subtrees} Seitenbaum/-bäume)"
            )
