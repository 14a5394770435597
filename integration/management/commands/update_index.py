"""``manage.py update_index``: Wagtail's index rebuild, plus the search engine's backlog.

Runs Wagtail's command (progress per model, every configured backend) and
then clears the list of index writes the engine missed while it was
unreachable: they are part of the rebuild. ``--backlog-only`` indexes just
those objects, which is quicker after a short outage.
"""

import time

from django.utils import timezone
from wagtail.search.management.commands.update_index import Command as WagtailCommand

from integration.models import SearchBacklog
from integration.searching import health


class Command(WagtailCommand):
    help = WagtailCommand.help + (
        " Also clears the search engine's backlog of missed index writes "
        "(--backlog-only: index just those)."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--backlog-only",
            action="store_true",
            help="Only index the objects the search engine missed while it was unreachable.",
        )

    def handle(self, **options):
        started = time.perf_counter()
        if options.get("backlog_only"):
            pending = SearchBacklog.objects.count()
            self.stdout.write(f"Backlog: {pending} objects to index")
            done, failed = health.catch_up(
                progress=lambda count: self.stdout.write(f"  {count}/{pending}", ending="\r")
            )
            self.stdout.write(
                f"\nIndexed {done}, failed {failed} in {time.perf_counter() - started:.1f} s"
            )
            return
        begun = timezone.now()
        super().handle(**options)
        cleared, _ = SearchBacklog.objects.filter(created_at__lte=begun).delete()
        health.mark_engine_up()
        if options.get("verbosity", 1):
            self.stdout.write(
                f"Search backlog: {cleared} missed writes covered by the rebuild; "
                f"{SearchBacklog.objects.count()} newer ones pending. "
                f"Total {time.perf_counter() - started:.1f} s"
            )
