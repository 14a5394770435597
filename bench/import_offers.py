"""Benchmark: importing N offers from a CSV sheet with ``manage.py import_offers``.

Builds a fresh database with the demo concept, writes a realistic sheet of N
offers (German Excel style: semicolons, decimal commas, German dates and
booleans) and times, as separate processes, the first import (all new,
published), a re-import of the same sheet (all unchanged) and a dry run.

    python bench/import_offers.py [--offers 5000] [--stock-sample 500] [--database-url URL]

For comparison it also creates ``--stock-sample`` offers from the same kind
of rows through Wagtail's standard path (``add_child``, ``save_revision``,
``publish``, with the search and reference indexes updated on every save)
and reports the per-offer rate of both.
"""

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import fresh_database, machine, manage, write_sheet  # noqa: E402

# Creates offers like the importer's rows, the way Wagtail's admin would.
STOCK_PATH = """
from decimal import Decimal
from integration.models import OfferIndexPage, OfferPage, Provider, ActionFieldPage, Language
index = OfferIndexPage.objects.first()
provider = Provider.objects.first()
fields = list(ActionFieldPage.objects.filter(locale=index.locale)[:2])
languages = list(Language.objects.filter(code__in=["de", "ar", "tr"]))
for number in range(%d):
    page = OfferPage(title=f"Stock {number}", external_id=f"STOCK-{number:05d}",
                     provider=provider, summary="Deutsch lernen im Alltag.",
                     latitude=Decimal("50.77"), longitude=Decimal("6.08"))
    page.action_fields.set(fields)
    page.languages.set(languages)
    index.add_child(instance=page)
    page.save_revision().publish()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=5000)
    parser.add_argument("--stock-sample", type=int, default=500)
    parser.add_argument("--database-url", default=None, help="default: a new SQLite file")
    args = parser.parse_args()

    env = fresh_database(args.database_url)
    sheet = Path(tempfile.mkdtemp(prefix="integration-bench-")) / "angebote.csv"
    write_sheet(sheet, args.offers)
    engine = env["DATABASE_URL"].split(":", 1)[0]
    print(f"Machine: {machine()}; database: {engine}; {args.offers} offers")
    runs = [
        ("first import (all new, --publish)", "--publish"),
        ("re-import (all unchanged)", "--publish"),
        ("dry run", "--dry-run"),
    ]
    results = [
        (label, manage("import_offers", str(sheet), flag, "-v0", env=env)) for label, flag in runs
    ]
    rows = [(label, args.offers, seconds) for label, seconds in results]
    if args.stock_sample:
        seconds = manage("shell", "-c", STOCK_PATH % args.stock_sample, env=env)
        rows.append(("stock Wagtail path (add_child+publish)", args.stock_sample, seconds))
    print(f"| {'run':<40} | offers | seconds | offers/s |")
    print(f"|{'-' * 42}|--------|---------|----------|")
    for label, count, seconds in rows:
        print(f"| {label:<40} | {count:6} | {seconds:7.1f} | {count / seconds:8.0f} |")
    if args.stock_sample:
        ours = args.offers / results[0][1]
        stock = args.stock_sample / rows[-1][2]
        print(f"first import vs stock path: {ours / stock:.1f}x the offers per second")


if __name__ == "__main__":
    main()
