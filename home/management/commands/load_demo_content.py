"""``manage.py load_demo_content``: the reference site's demo content, loaded idempotently."""

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from wagtail.search.index import get_indexed_models

from home.demo import AACHEN, DemoContentError, DemoContentLoader, LoadReport
from integration.indexing import deferred_indexing


class Command(BaseCommand):
    help = (
        "Load the demo content of the reference site: the integration concept of the City of "
        "Aachen (draft 2016/17 and the concept of 2006), an example offers directory, the "
        "locales with their synchronised trees and translator groups (as sync_locales does) "
        "and example translations into English and Arabic. Safe to run repeatedly: a second "
        "run changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the demo content this command owns (the home page tree and its "
            "snippets) and build it again.",
        )

    def handle(self, *args: Any, reset: bool = False, verbosity: int = 1, **options: Any) -> None:
        loader = DemoContentLoader(
            AACHEN, stdout=self.stdout, style=self.style, verbosity=verbosity
        )
        try:
            # Both indexes are rebuilt below, so the thousand or so saves of the
            # load (pages, alias pages, translations) need not update them one by one.
            auto_updated = [
                model
                for model in get_indexed_models()
                if getattr(model, "search_auto_update", True)
            ]
            with deferred_indexing(*auto_updated):
                report = loader.run(reset=reset)
        except DemoContentError as error:
            raise CommandError(str(error)) from error

        # Indexing was deferred during the load: one full pass of each index
        # covers every page, alias, translation and snippet (and --reset).
        if verbosity:
            self.stdout.write("Search index", self.style.MIGRATE_HEADING)
        call_command("update_index", verbosity=verbosity, stdout=self.stdout, stderr=self.stderr)
        if verbosity:
            self.stdout.write("References index", self.style.MIGRATE_HEADING)
        call_command(
            "rebuild_references_index",
            verbosity=verbosity,
            stdout=self.stdout,
            stderr=self.stderr,
        )
        if verbosity:
            self.write_summary(report)

    def write_summary(self, report: LoadReport) -> None:
        self.stdout.write("Summary", self.style.MIGRATE_HEADING)
        if report.deleted_pages or report.deleted_snippets:
            self.stdout.write(
                f"  deleted first (--reset): {report.deleted_pages} pages, "
                f"{report.deleted_snippets} snippets"
            )
        for heading, counter in (
            ("Pages", report.pages),
            ("Snippets", report.snippets),
            ("Locales, translator groups and site", report.others),
            ("Translations (pages and snippets)", report.translations),
        ):
            totals = report.totals(counter)
            self.stdout.write(
                f"  {heading}: " + ", ".join(f"{n} {outcome}" for outcome, n in totals.items()),
                self.style.SUCCESS,
            )
            for name, counts in sorted(report.by_model(counter).items()):
                details = ", ".join(f"{n} {outcome}" for outcome, n in counts.items() if n)
                self.stdout.write(f"    {name}: {details}")
        aliases = ", ".join(f"{code} {n}" for code, n in sorted(report.aliases.items()))
        self.stdout.write(f"  Alias pages created: {aliases or 'none'}")
        if report.untranslated:
            self.stdout.write(
                f"  {len(report.untranslated)} segments have no translation in the demo's "
                "translation memory (home/demo/aachen_translations.py); see the warnings above.",
                self.style.WARNING,
            )
        if not report.changed_anything:
            self.stdout.write("  Nothing changed: the demo content was already up to date.")
