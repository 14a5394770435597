"""Benchmark: the translation status matrix for 2,000 pages × 8 locales, and a locale's exchange.

Builds a fresh database with the demo content (German source, seven target
locales, the demo's translations), imports offers with ``manage.py
import_offers --publish`` until the source locale has ``--pages`` pages, and
gives every (offer, target locale) a translation state, in bulk: the offer's
wagtail-localize ``TranslationSource`` (extracted the usual way), a
``Translation`` and its ``StringTranslation`` rows, and a published target
page (``integration.publishing.ChildPageCreator``). The states are drawn per
locale (English nearly done, French barely started): missing, in progress
(some segments, with or without a target page yet), machine-translated and
not reviewed, up to date; a share of the sources changed after their sync,
so their translations are outdated. Last, ``manage.py sync_locales`` mirrors
what is still untranslated as alias pages, as in a real installation.

Then it times, each in fresh processes:

* ``build_matrix()`` — cold (the first call in a new process; the median of
  ``--cold-runs`` processes) and warm (the median of ``--repeat`` calls in one
  process), with its number of queries;
* the admin report page ``/admin/translations/status/`` over real HTTP
  (gunicorn, 2 sync workers, production settings as in ``bench/api.py``), logged
  in as a superuser: the first request and the median of the next ones;
* exporting and importing the exchange files of a full locale
  (``export_translations`` / ``import_translations``), skipped with a message
  while those commands do not exist.

    python bench/translation_status.py [--pages 2000] [--database-url URL] [--write-docs]

The dataset build is not part of the figures; its time is reported alongside.
"""

import argparse
import http.client
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (  # noqa: E402
    PYTHON,
    ROOT,
    fresh_database,
    machine,
    manage,
    manage_output,
    replace_block,
    write_sheet,
)
from api import HOST, REQUEST_TIMEOUT, engine_name, log_tail, serve  # noqa: E402

DOCS = ROOT / "docs" / "benchmarks.md"
HEADING = "## Translation status matrix (`bench/translation_status.py`)"
REPEAT = (
    "Repeat: `python bench/translation_status.py --write-docs` (add "
    "`--database-url postgres://…` for PostgreSQL, on an empty database)."
)
STATUS_PAGE = "/admin/translations/status/"
EXCHANGE_LOCALE = "en"
ADMIN_USER, ADMIN_PASSWORD = "bench", "bench-password-loopback-only"

# Share of (offer, locale) cells in each state, per target locale; a further
# OUTDATED_SHARE of the sources changed after their last sync.
WEIGHTS = {
    "en": {"up_to_date": 60, "machine": 10, "in_progress": 10, "missing": 20},
    "ar": {"up_to_date": 40, "machine": 15, "in_progress": 15, "missing": 30},
    "tr": {"up_to_date": 40, "machine": 15, "in_progress": 15, "missing": 30},
    "uk": {"up_to_date": 35, "machine": 20, "in_progress": 15, "missing": 30},
    "ru": {"up_to_date": 25, "machine": 20, "in_progress": 15, "missing": 40},
    "fa": {"up_to_date": 25, "machine": 20, "in_progress": 15, "missing": 40},
    "fr": {"up_to_date": 10, "machine": 10, "in_progress": 10, "missing": 70},
}
OUTDATED_SHARE = 0.05

# Source pages there are now (the demo's German pages and any offers imported so far).
COUNT_SOURCE_PAGES = """
from integration.translation.core import source_pages
print("PAGES", source_pages().count())
"""

# Gives every imported offer its translation state in each target locale (see the docstring).
TRANSLATE_IN_BULK = """
import json, random, time
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment, StringTranslation, Translation, TranslationSource,
)
from integration.indexing import deferred_indexing
from integration.models import OfferIndexPage, OfferPage, SourceFingerprint
from integration.publishing import ChildPageCreator
from integration.translation.core import source_locale

params = json.loads(%r)
rng = random.Random(params["seed"])
source = source_locale()
locales = {
    locale.language_code: locale
    for locale in Locale.objects.exclude(pk=source.pk).order_by("language_code")
}
offers = list(
    OfferPage.objects.filter(locale=source, external_id__startswith="BENCH-").order_by("path")
)
plan = {}
for offer in offers:
    for code in locales:
        weights = params["weights"].get(code, {"missing": 1})
        plan[offer.pk, code] = rng.choices(list(weights), list(weights.values()))[0]
changed = {offer.pk for offer in offers if rng.random() < params["outdated_share"]}
timings = {}

started = time.perf_counter()
sources = {}
with transaction.atomic():
    for offer in offers:
        if any(plan[offer.pk, code] != "missing" for code in locales):
            sources[offer.pk], _ = TranslationSource.update_or_create_from_instance(offer)
timings["sources"] = time.perf_counter() - started

started = time.perf_counter()
segments = {}
for source_id, string_id, context_id, text in StringSegment.objects.filter(
    source__in=list(sources.values())
).values_list("source_id", "string_id", "context_id", "string__data"):
    segments.setdefault(source_id, []).append((string_id, context_id, text))
counts = {"translations": 0, "strings": 0, "pages": 0}
with transaction.atomic(), deferred_indexing(OfferPage):
    for code, locale in locales.items():
        translations, strings = [], []
        creator = ChildPageCreator(
            OfferIndexPage.objects.filter(locale=locale).order_by("path").first()
        )
        for offer in offers:
            state = plan[offer.pk, code]
            if state == "missing":
                continue
            translation_source = sources[offer.pk]
            translations.append(
                Translation(source=translation_source, target_locale=locale, enabled=True)
            )
            done = segments[translation_source.pk]
            if state == "in_progress":
                done = rng.sample(done, len(done) * rng.randint(20, 80) // 100)
            kind = "machine" if state == "machine" else "manual"
            strings += [
                StringTranslation(
                    translation_of_id=string_id, context_id=context_id, locale=locale,
                    data=f"[{code}] {text}", translation_type=kind,
                    tool_name="DeepL" if kind == "machine" else "",
                )
                for string_id, context_id, text in done
            ]
            if state != "in_progress" or rng.random() < 0.5:
                creator.add(
                    OfferPage(
                        locale=locale, translation_key=offer.translation_key,
                        title=f"[{code}] {offer.title}", external_id=offer.external_id,
                        provider_id=offer.provider_id, summary=f"[{code}] {offer.summary}",
                        city=offer.city, latitude=offer.latitude, longitude=offer.longitude,
                    ),
                    publish=True,
                )
                counts["pages"] += 1
        creator.finish()
        Translation.objects.bulk_create(translations, batch_size=1000)
        StringTranslation.objects.bulk_create(strings, batch_size=1000)
        counts["translations"] += len(translations)
        counts["strings"] += len(strings)
    SourceFingerprint.objects.filter(
        source__in=[sources[pk] for pk in changed if pk in sources]
    ).update(current="0" * 64, changed_at=timezone.now())
timings["translations and target pages"] = time.perf_counter() - started
counts["outdated sources"] = len(changed & set(sources))
counts["sources"] = len(sources)
print("BULK " + json.dumps({"timings": timings, "counts": counts}))
"""

# build_matrix() in this (fresh) process: the first call, then warm calls.
TIME_MATRIX = """
import json, time
from django.db import connection
from django.test.utils import CaptureQueriesContext
from integration.translation.status import build_matrix

started = time.perf_counter()
matrix = build_matrix()
first = time.perf_counter() - started
warm = []
for _ in range(%d):
    started = time.perf_counter()
    build_matrix()
    warm.append(time.perf_counter() - started)
with CaptureQueriesContext(connection) as queries:
    build_matrix()
summary = {
    code: {state.value: count for state, count in counts.items()}
    for code, counts in matrix.summary().items()
}
print("MATRIX " + json.dumps({
    "first": first, "warm": warm, "queries": len(queries),
    "rows": len(matrix.rows), "pages": sum(row.is_page for row in matrix.rows),
    "locales": [locale.language_code for locale in matrix.locales], "summary": summary,
}))
"""

DATA_SIZE = """
import json, os
from django.db import connection
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation
if connection.vendor == "postgresql":
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        size = cursor.fetchone()[0]
else:
    size = os.path.getsize(connection.settings_dict["NAME"])
print("DATA " + json.dumps({
    "pages": Page.objects.count(),
    "aliases": Page.objects.filter(alias_of__isnull=False).count(),
    "translations": Translation.objects.count(),
    "segments": StringSegment.objects.count(),
    "string_translations": StringTranslation.objects.count(),
    "bytes": size,
}))
"""


def tagged_json(output: str, tag: str) -> dict:
    line = next(line for line in output.splitlines() if line.startswith(f"{tag} "))
    return json.loads(line.removeprefix(f"{tag} "))


# Data ---------------------------------------------------------------------


@dataclass
class Data:
    env: dict[str, str]
    engine: str
    pages: int
    timings: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    size: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        size = self.size
        return (
            f"{self.pages:,} source pages × {len(WEIGHTS) + 1} locales (the demo's 81 pages and "
            f"{self.counts.get('offers', 0):,} imported offers; {size['pages']:,} pages in all, "
            f"{size['aliases']:,} of them aliases), {size['translations']:,} translations, "
            f"{size['segments']:,} source segments, {size['string_translations']:,} translated "
            f"segments, {self.counts.get('outdated sources', 0):,} sources changed since their "
            f"sync; {size['bytes'] / 2**20:.0f} MB"
        )


def step(timings: dict[str, float], name: str, seconds: float) -> None:
    timings[name] = seconds
    print(f"  {name}: {seconds:.1f} s", flush=True)


def build_data(database_url: str, pages: int, workdir: Path, seed: int) -> Data:
    started = time.perf_counter()
    env = fresh_database(database_url)
    data = Data(env, engine_name(env["DATABASE_URL"]), pages)
    step(data.timings, "fresh database with demo content", time.perf_counter() - started)

    existing = tagged_json(
        manage_output("shell", "--no-imports", "-c", COUNT_SOURCE_PAGES, env=env), "PAGES"
    )
    offers = max(0, pages - existing)
    data.counts["offers"] = offers
    if offers:
        sheet = workdir / "angebote.csv"
        write_sheet(sheet, offers, seed=seed)
        seconds = manage("import_offers", str(sheet), "--publish", "-v0", env=env)
        step(data.timings, "offers import", seconds)
    params = {"seed": seed, "weights": WEIGHTS, "outdated_share": OUTDATED_SHARE}
    started = time.perf_counter()
    output = manage_output(
        "shell", "--no-imports", "-c", TRANSLATE_IN_BULK % json.dumps(params), env=env
    )
    bulk = tagged_json(output, "BULK")
    step(data.timings, "translation states in bulk", time.perf_counter() - started)
    data.counts.update(bulk["counts"])
    started = time.perf_counter()
    manage_output("sync_locales", "--no-groups", env=env)  # it reports every locale
    step(data.timings, "aliases (sync_locales)", time.perf_counter() - started)
    data.size = tagged_json(
        manage_output("shell", "--no-imports", "-c", DATA_SIZE, env=env), "DATA"
    )
    return data


# The matrix ---------------------------------------------------------------


@dataclass
class MatrixTimes:
    cold: list[float]
    warm: list[float]
    queries: int
    rows: int
    row_pages: int
    summary: dict[str, dict[str, int]]


def production_env(env: dict[str, str], **extra: str) -> dict[str, str]:
    """``env`` with the production settings (``DEBUG`` off) that ``bench/api.py`` serves with."""
    return dict(env, DJANGO_SETTINGS_MODULE="bench.ceiling.settings", **extra)


def time_matrix(env: dict[str, str], cold_runs: int, repeat: int) -> MatrixTimes:
    """build_matrix() in ``cold_runs`` fresh processes with production settings."""
    command = ("shell", "--no-imports", "-c", TIME_MATRIX % repeat)
    runs = [
        tagged_json(manage_output(*command, env=production_env(env)), "MATRIX")
        for _ in range(cold_runs)
    ]
    last = runs[-1]
    return MatrixTimes(
        cold=[run["first"] for run in runs],
        warm=last["warm"],
        queries=last["queries"],
        rows=last["rows"],
        row_pages=last["pages"],
        summary=last["summary"],
    )


# The admin page over HTTP ---------------------------------------------------


def request(
    port: int, method: str, path: str, headers: dict[str, str] | None = None, body: str = ""
) -> tuple[int, http.client.HTTPMessage, bytes]:
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    try:
        connection.request(method, path, body=body.encode() or None, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def cookies(headers: http.client.HTTPMessage) -> dict[str, str]:
    found = {}
    for header in headers.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        found[name.strip()] = rest.split(";", 1)[0]
    return found


def log_in(port: int) -> str:
    """A session cookie for the benchmark's superuser, through the admin's login form."""
    status, headers, body = request(port, "GET", "/admin/login/")
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    csrf = cookies(headers).get("csrftoken")
    if status != 200 or not token or not csrf:
        raise SystemExit(f"/admin/login/ answered {status} without a CSRF token")
    form = urlencode(
        {
            "csrfmiddlewaretoken": token.group(1).decode(),
            "username": ADMIN_USER,
            "password": ADMIN_PASSWORD,
            "next": STATUS_PAGE,
        }
    )
    status, headers, _ = request(
        port,
        "POST",
        "/admin/login/",
        {
            "Cookie": f"csrftoken={csrf}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        form,
    )
    session = cookies(headers).get("sessionid")
    if status != 302 or not session:
        raise SystemExit(f"Logging in answered {status} without a session")
    return f"sessionid={session}; csrftoken={csrf}"


@dataclass
class PageTimes:
    first: float
    rest: list[float]
    size: int


def time_status_page(env: dict[str, str], workdir: Path, requests: int) -> PageTimes:
    manage("shell", "--no-imports", "-c", CREATE_ADMIN, env=env)
    server_env = production_env(
        env, STATIC_ROOT=str(workdir / "static"), DATABASE_CONN_MAX_AGE="60"
    )
    manage("collectstatic", "--noinput", "-v0", env=server_env)
    log = workdir / "gunicorn.log"
    with serve(server_env, log) as port:
        cookie = log_in(port)
        times, size = [], 0
        for _ in range(requests + 1):
            started = time.perf_counter()
            status, _, body = request(port, "GET", STATUS_PAGE, {"Cookie": cookie})
            times.append(time.perf_counter() - started)
            if status != 200 or b"BENCH-" not in body and b"Deutschkurs" not in body:
                raise SystemExit(f"{STATUS_PAGE} answered {status}:\n{log_tail(log)}")
            size = len(body)
    return PageTimes(times[0], times[1:], size)


CREATE_ADMIN = f"""
from django.contrib.auth import get_user_model
User = get_user_model()
if not User.objects.filter(username={ADMIN_USER!r}).exists():
    User.objects.create_superuser({ADMIN_USER!r}, "bench@example.org", {ADMIN_PASSWORD!r})
"""


# Export and import of a full locale --------------------------------------------


def command_exists(name: str, env: dict[str, str]) -> bool:
    result = subprocess.run(
        [PYTHON, "manage.py", "help", name],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return result.returncode == 0


def filled_po(archive: Path, target: Path) -> int:
    """Write the archive's PO file with every open segment translated; return how many."""
    import polib

    with zipfile.ZipFile(archive) as files:
        name = next(member for member in files.namelist() if member.endswith(".po"))
        po = polib.pofile(files.read(name).decode("utf-8"))
    filled = 0
    for entry in po:
        if not entry.msgstr:
            entry.msgstr = f"[{EXCHANGE_LOCALE}] {entry.msgid}"
            filled += 1
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    target.write_text(str(po), encoding="utf-8")
    return filled


def time_exchange(env: dict[str, str], workdir: Path) -> list[tuple[str, str]]:
    """Export, re-import and fill a full locale; rows of (what, result). Kept apart on
    purpose: ``integration/translation/exchange.py`` and its commands are still moving."""
    missing = [
        name
        for name in ("export_translations", "import_translations")
        if not command_exists(name, env)
    ]
    if missing:
        message = f"skipped: manage.py {' and '.join(missing)} does not exist yet"
        print(f"  exchange files: {message}", flush=True)
        return [("export and import of a full locale", message)]
    rows = []
    archive = workdir / f"uebersetzung-{EXCHANGE_LOCALE}.zip"
    seconds = manage(
        "export_translations", "--locale", EXCHANGE_LOCALE, "--output", str(archive), "-v0", env=env
    )
    rows.append(
        (
            f"export_translations --locale {EXCHANGE_LOCALE} (ZIP, PO + XLIFF)",
            f"{seconds:.1f} s, {archive.stat().st_size / 2**20:.1f} MB",
        )
    )
    seconds = manage(
        "import_translations", "--locale", EXCHANGE_LOCALE, str(archive), "-v0", env=env
    )
    rows.append(("import_translations of that ZIP, unchanged", f"{seconds:.1f} s"))
    try:
        po = workdir / f"uebersetzung-{EXCHANGE_LOCALE}-filled.po"
        filled = filled_po(archive, po)
    except (ImportError, StopIteration, OSError, ValueError, zipfile.BadZipFile) as error:
        rows.append(("import of a filled PO file", f"skipped: {error!r}"))
        return rows
    seconds = manage(
        "import_translations", "--locale", EXCHANGE_LOCALE, str(po), "--publish", "-v0", env=env
    )
    rows.append(
        (
            f"import_translations --publish of the PO with all {filled:,} open segments filled",
            f"{seconds:.1f} s",
        )
    )
    return rows


# Report -------------------------------------------------------------------


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def report_lines(
    data: Data, matrix: MatrixTimes, page: PageTimes | None, exchange: list[tuple[str, str]]
) -> list[str]:
    states = ["missing", "in_progress", "machine", "up_to_date", "outdated"]
    lines = [
        f"Machine: {machine()}; database: {data.engine}.",
        f"Data: {data.describe()}.",
        "Built in "
        + f"{sum(data.timings.values()):.0f} s ("
        + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in data.timings.items())
        + ").",
        "",
        f"Cells per state ({matrix.rows:,} rows: {matrix.row_pages:,} pages and "
        f"{matrix.rows - matrix.row_pages} snippets):",
        "",
        "| locale | " + " | ".join(states) + " |",
        "|--------|" + "|".join("-" * (len(state) + 2) for state in states) + "|",
    ]
    for code, counts in matrix.summary.items():
        lines.append(
            f"| {code:<6} | "
            + " | ".join(f"{counts.get(state, 0):>{len(state)},}" for state in states)
            + " |"
        )
    measured = [
        (f"build_matrix(), cold (median of {len(matrix.cold)} processes)", median(matrix.cold)),
        (f"build_matrix(), warm (median of {len(matrix.warm)} calls)", median(matrix.warm)),
    ]
    if page is not None:
        measured += [
            ("admin report page over HTTP, first request", page.first),
            (
                f"admin report page over HTTP, median of the next {len(page.rest)}",
                median(page.rest),
            ),
        ]
    width = max(len(label) for label, _ in measured)
    lines += ["", f"| {'measurement':<{width}} | seconds |", f"|{'-' * (width + 2)}|---------|"]
    lines += [f"| {label:<{width}} | {seconds:7.3f} |" for label, seconds in measured]
    lines += [
        "",
        f"build_matrix() runs {matrix.queries} queries; cold runs: "
        + ", ".join(f"{seconds:.3f}" for seconds in matrix.cold)
        + " s. Goal: under 2 s — "
        + ("met." if median(matrix.cold) < 2 else "NOT met."),
    ]
    if page is not None:
        lines.append(
            f"The report page (first 100 rows of {matrix.rows:,}, all locales) is "
            f"{page.size / 1024:.0f} KB of HTML."
        )
    lines += ["", "Exchange files of a full locale:", ""]
    lines += [f"- {what}: {result}" for what, result in exchange]
    return lines


INTRODUCTION = """\
The admin's translation status matrix (every source page and translatable
snippet × every target locale, `integration/translation/status.py`) on a
realistic dataset: the demo content plus imported offers up to 2,000 German
pages, each with a state per target locale drawn per language (English
mostly translated, French barely started: missing, in progress, machine
translated and not reviewed, up to date; 5 % of the sources changed since
their sync, so their translations are outdated), wagtail-localize's
sources, translations and translated segments written as the workflow
writes them, and alias pages for everything untranslated (`sync_locales`).
`build_matrix()` is timed in fresh processes (cold: its first call; warm:
repeated calls), the report page `/admin/translations/status/` over real
HTTP (gunicorn, 2 sync workers, production settings, logged in as a
superuser), and the exchange files of a full locale with
`export_translations` / `import_translations` (English). Goal: the matrix
for 2,000 pages × 8 locales in under 2 s.

The first run of this benchmark found `build_matrix()` at 24 s on SQLite,
nearly all of it in the one grouped query that counts the translated
segments per source and locale: it joined each segment's translations on
string and context, SQLite looked them up by string alone, and a string
that many pages share (every offer's town, “Aachen”) has thousands of
translations. Restricting the join to the target locales lets it use
wagtail-localize's unique (locale, string, context) index: 0.06 s for the
query. About two thirds of `export_translations` is re-extracting every
object's source (`prepare_translation`), which serialises each page.
"""


# Main ---------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--pages", type=int, default=2000, help="source pages in all (default: %(default)s)"
    )
    parser.add_argument(
        "--database-url",
        default=None,
        help="an empty database to build in, e.g. postgres://user:password@127.0.0.1/bench "
        "(default: a new SQLite file, removed afterwards)",
    )
    parser.add_argument(
        "--cold-runs", type=int, default=3, help="fresh processes for the cold figure (default: 3)"
    )
    parser.add_argument(
        "--repeat", type=int, default=5, help="warm calls per process (default: %(default)s)"
    )
    parser.add_argument(
        "--requests", type=int, default=5, help="report page requests after the first (default: 5)"
    )
    parser.add_argument("--no-http", action="store_true", help="skip the report page over HTTP")
    parser.add_argument("--no-exchange", action="store_true", help="skip export and import")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--write-docs",
        action="store_true",
        help=f"replace the section “{HEADING[3:]}” of docs/benchmarks.md with the results",
    )
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="integration-bench-status-") as folder:
        workdir = Path(folder)
        database_url = args.database_url or f"sqlite:///{workdir}/bench.sqlite3"
        print(
            f"Building data: {args.pages} source pages × {len(WEIGHTS) + 1} locales …", flush=True
        )
        data = build_data(database_url, args.pages, workdir, args.seed)
        print(f"Data built in {sum(data.timings.values()):.0f} s: {data.describe()}", flush=True)

        print("Timing build_matrix() …", flush=True)
        matrix = time_matrix(data.env, args.cold_runs, args.repeat)
        print(f"  cold {median(matrix.cold):.3f} s, warm {median(matrix.warm):.3f} s", flush=True)
        page = None
        if not args.no_http:
            print("Timing the report page over HTTP …", flush=True)
            try:
                page = time_status_page(data.env, workdir, args.requests)
            except (SystemExit, OSError, subprocess.CalledProcessError) as error:
                failures.append(f"admin report page over HTTP failed: {error}")
                print(f"  {failures[-1]}", file=sys.stderr, flush=True)
        exchange: list[tuple[str, str]] = []
        if not args.no_exchange:
            print(f"Timing export and import of {EXCHANGE_LOCALE} …", flush=True)
            try:
                exchange = time_exchange(data.env, workdir)
            except subprocess.CalledProcessError as error:
                failures.append(f"exchange files failed: {error}")
                exchange = [("export and import of a full locale", "failed (see above)")]
        lines = report_lines(data, matrix, page, exchange)
        print()
        print("\n".join(lines))
    if failures:
        raise SystemExit("\n".join(["", *failures, "Not writing docs/benchmarks.md."]))
    if args.write_docs:
        replace_block(DOCS, HEADING, INTRODUCTION, data.engine, lines, REPEAT)
        print(f"\nWrote the section “{HEADING[3:]}” of {DOCS.relative_to(ROOT)}.")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        print("\nInterrupted; the server is stopped.", file=sys.stderr)
        raise SystemExit(130) from None
