"""Benchmark: the public API over real HTTP, served by gunicorn with 2 sync workers.

Builds a fresh database with the demo content and N offers in L languages
(German imported with ``manage.py import_offers --publish``, every other
language imported the same way with the same ids, so each offer is a
translation of the German one), starts gunicorn on a free loopback port with
``config.wsgi:application`` and production settings (``bench.ceiling.settings``),
and puts load on each endpoint from client threads using only the standard
library: a warm-up, then a fixed time (or number of requests). Reports
requests per second, median and 99th percentile latency and errors.

    python bench/api.py [--offers 2000] [--locales 3] [--database-url URL] [--write-docs]

The ceiling row is a view that returns a fixed 20 KB JSON body through the
same middleware without touching the database: the most this server and
client can do on this machine. Endpoints that do not exist (yet) answer 404
and are reported as unavailable; any other error response fails the run.
The API's response cache is on, as in production, so repeated requests are
cache hits; ``--no-api-cache`` measures the views themselves. ``--write-docs``
puts the results into docs/benchmarks.md.
"""

import argparse
import http.client
import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (  # noqa: E402
    PYTHON,
    ROOT,
    fresh_database,
    machine,
    manage,
    manage_output,
    positive,
    replace_block,
    write_sheet,
)

HOST = "127.0.0.1"
WORKERS = 2
REQUEST_TIMEOUT = 30  # seconds, per request
STARTUP_TIMEOUT = 60  # seconds for gunicorn to answer
MAX_SECONDS = 300  # per endpoint when measuring a number of requests
DOCS = ROOT / "docs" / "benchmarks.md"
HEADING = "## Public API (`bench/api.py`)"
REPEAT = (
    "Repeat: `python bench/api.py --write-docs` (add `--database-url postgres://…` "
    "for PostgreSQL, on an empty database)."
)

# German first (the source language); --locales N takes the first N.
LOCALES = ["de", "en", "ar", "tr", "ru", "uk", "fa", "fr"]
# Title and summary of the offers in each language (German: write_sheet's own).
TEXTS = {
    "en": ("German course for adults no. {number}", "Learning German for everyday life."),
    "ar": ("دورة لغة ألمانية للكبار رقم {number}", "تعلّم الألمانية للحياة اليومية."),
    "tr": ("Yetişkinler için Almanca kursu no. {number}", "Günlük yaşam için Almanca."),
    "ru": ("Курс немецкого языка для взрослых № {number}", "Немецкий для повседневной жизни."),
    "uk": ("Курс німецької мови для дорослих № {number}", "Німецька для повсякденного життя."),
    "fa": ("دوره زبان آلمانی برای بزرگسالان شماره {number}", "آلمانی برای زندگی روزمره."),
    "fr": ("Cours d'allemand pour adultes n° {number}", "L'allemand au quotidien."),
}

# The translated home page and offers directory that imports in other languages need.
TRANSLATE_TREE = """
from django.db import transaction
from wagtail.models import Locale
from home.models import HomePage
from integration.models import OfferIndexPage
from integration.translation.core import apply_translation, prepare_translation
source = Locale.get_default()
for code in %r:
    locale, _ = Locale.objects.get_or_create(language_code=code)
    for model in (HomePage, OfferIndexPage):
        page = model.objects.filter(locale=source).order_by("path").first()
        # A real translation (an alias from the synced tree becomes one), published.
        with transaction.atomic():
            apply_translation(prepare_translation(page, locale), publish=True)
"""

# What the server will serve: per language the live offers, the imported ones and those
# of them that are translations of a German offer; pages; database size.
DATA_SIZE = """
import json, os
from django.db import connection
from django.db.models import Count, Q
from wagtail.models import Locale, Page
from integration.models import OfferPage
german = OfferPage.objects.filter(locale=Locale.get_default()).values("translation_key")
imported = Q(live=True, external_id__startswith="BENCH-")
offers = {
    row["locale__language_code"]: [row["live_count"], row["bench_count"], row["linked_count"]]
    for row in OfferPage.objects.order_by().values("locale__language_code").annotate(
        live_count=Count("pk", filter=Q(live=True)),
        bench_count=Count("pk", filter=imported),
        linked_count=Count("pk", filter=imported & Q(translation_key__in=german)),
    )
}
if connection.vendor == "postgresql":
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        size = cursor.fetchone()[0]
else:
    size = os.path.getsize(connection.settings_dict["NAME"])
print("DATA " + json.dumps({"offers": offers, "pages": Page.objects.count(), "bytes": size}))
"""

OFFERS_LISTING = "/api/v2/offers/?locale=de&action_field=sprache-bildung&language=ar&limit=20"
OFFER_IDS = "/api/v2/offers/?locale=de"
STOCK_LISTING = "/bench/stock/api/v2/pages/?type=integration.OfferPage&fields=*&locale=de&limit=20"
STOCK_IDS = "/api/v2/pages/?type=integration.OfferPage&locale=de"
CONCEPT = "/api/v2/concept/?locale=de"
CEILING = "/bench/ceiling/"


# Data ---------------------------------------------------------------------


@dataclass
class Data:
    env: dict[str, str]
    engine: str
    locales: list[str]
    offers: int
    timings: dict[str, float]
    live_offers: dict[str, int] = field(default_factory=dict)
    pages: int = 0
    size_bytes: int = 0

    @property
    def seconds(self) -> float:
        return sum(self.timings.values())

    def describe(self) -> str:
        total = sum(self.live_offers.values())
        each = ", ".join(f"{code} {count:,}" for code, count in sorted(self.live_offers.items()))
        return (
            f"{self.offers:,} offers × {len(self.locales)} languages ({', '.join(self.locales)}) "
            f"plus the demo content: {total:,} live offers ({each}), {self.pages:,} pages, "
            f"{self.size_bytes / 2**20:.0f} MB"
        )


def engine_name(database_url: str) -> str:
    scheme = database_url.split(":", 1)[0].lower()
    if scheme.startswith("sqlite"):
        return "SQLite"
    if scheme.startswith(("postgres", "pgsql", "postgis")):
        return "PostgreSQL"
    return scheme


def build_data(database_url: str, offers: int, locales: list[str], workdir: Path) -> Data:
    """A fresh database with the demo content and ``offers`` offers in each of ``locales``."""
    timings = {}
    started = time.perf_counter()
    env = fresh_database(database_url)
    timings["fresh database with demo content"] = time.perf_counter() - started

    sheet = workdir / "angebote-de.csv"
    write_sheet(sheet, offers)
    timings["German import"] = manage("import_offers", str(sheet), "--publish", "-v0", env=env)

    if locales[1:]:
        started = time.perf_counter()
        manage("shell", "--no-imports", "-c", TRANSLATE_TREE % (locales[1:],), env=env)
        for code in locales[1:]:
            title, summary = TEXTS[code]
            sheet = workdir / f"angebote-{code}.csv"
            write_sheet(sheet, offers, title=title, summary=summary, encoding="utf-8")
            manage("import_offers", str(sheet), "--publish", "--locale", code, "-v0", env=env)
        timings["translations"] = time.perf_counter() - started

    data = Data(env, engine_name(env["DATABASE_URL"]), locales, offers, timings)
    output = manage_output("shell", "--no-imports", "-c", DATA_SIZE, env=env)
    line = next(line for line in output.splitlines() if line.startswith("DATA "))
    measured = json.loads(line.removeprefix("DATA "))
    # Each language: all offers imported and live, and all of them translations of German ones.
    wrong = [
        code for code in locales if measured["offers"].get(code, [0, 0, 0])[1:] != [offers] * 2
    ]
    if wrong:
        raise SystemExit(
            f"Data build failed in {', '.join(wrong)}: expected {offers} live imported offers "
            f"linked to the German ones; found [live, imported, linked] {measured['offers']}"
        )
    data.live_offers = {code: counts[0] for code, counts in measured["offers"].items()}
    data.pages = measured["pages"]
    data.size_bytes = measured["bytes"]
    return data


# Server -------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def log_tail(log: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


@contextmanager
def serve(env: dict[str, str], log: Path) -> Iterator[int]:
    """gunicorn on a free loopback port until the block ends; yields the port."""
    port = free_port()
    command = [
        PYTHON, "-m", "gunicorn",
        "--workers", str(WORKERS), "--worker-class", "sync",
        "--bind", f"{HOST}:{port}", "--pythonpath", str(ROOT),
        "config.wsgi:application",
    ]  # fmt: skip
    with log.open("wb") as output:
        # Its own session: Ctrl-C reaches only this script, which then stops the server.
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    try:
        wait_until_ready(process, port, log)
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wait_until_ready(process: subprocess.Popen, port: int, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited with {process.returncode}:\n{log_tail(log)}")
        try:
            status, _, _ = get(port, CEILING)
        except (OSError, http.client.HTTPException):
            time.sleep(0.2)
            continue
        if status == 200:
            return
        raise SystemExit(f"{CEILING} answered {status}:\n{log_tail(log)}")
    raise SystemExit(f"gunicorn did not answer within {STARTUP_TIMEOUT} s:\n{log_tail(log)}")


# Load ---------------------------------------------------------------------


def get(
    port: int, path: str, headers: dict[str, str] | None = None
) -> tuple[int, http.client.HTTPMessage, bytes]:
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def is_error(status: int) -> bool:
    return not (200 <= status < 300 or status == 304)


@dataclass
class Endpoint:
    label: str
    paths: list[str]
    headers: dict[str, str] = field(default_factory=dict)
    unavailable: str | None = None  # why it was not measured
    note: str = ""


@dataclass
class Result:
    endpoint: Endpoint
    latencies: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def measured(self) -> bool:
        return self.endpoint.unavailable is None

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    @property
    def errors(self) -> int:
        return sum(count for status, count in self.statuses.items() if is_error(status))

    def percentile(self, percent: float) -> float:
        """Nearest-rank percentile of the latencies, in milliseconds."""
        ordered = sorted(self.latencies)
        if not ordered:
            return float("nan")
        rank = max(1, -(-len(ordered) * percent // 100))
        return ordered[int(rank) - 1] * 1000


def hammer(
    port: int, endpoint: Endpoint, *, concurrency: int, seconds: float, limit: int | None
) -> Result:
    """Requests from ``concurrency`` threads, each with its own connection, until
    ``seconds`` have passed or ``limit`` requests have been sent; paths in rotation."""
    counter = itertools.count()
    barrier = threading.Barrier(concurrency + 1)
    clock: dict[str, float] = {}
    collected: list[tuple[list[float], Counter]] = []

    def worker() -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
        latencies: list[float] = []
        statuses: Counter = Counter()
        collected.append((latencies, statuses))
        barrier.wait()
        deadline = clock["deadline"]
        try:
            while True:
                number = next(counter)
                if (limit is not None and number >= limit) or time.perf_counter() >= deadline:
                    break
                path = endpoint.paths[number % len(endpoint.paths)]
                started = time.perf_counter()
                try:
                    connection.request("GET", path, headers=endpoint.headers)
                    response = connection.getresponse()
                    response.read()
                    status = response.status
                except (OSError, http.client.HTTPException):
                    connection.close()  # reconnects on the next request
                    status = 0
                latencies.append(time.perf_counter() - started)
                statuses[status] += 1
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    started = time.perf_counter()
    clock["deadline"] = started + seconds
    barrier.wait()
    for thread in threads:
        thread.join()
    result = Result(endpoint, seconds=time.perf_counter() - started)
    for latencies, statuses in collected:
        result.latencies.extend(latencies)
        result.statuses.update(statuses)
    return result


def offer_ids(port: int, wanted: int = 50) -> tuple[list[int], list[int]]:
    """Ids of live German offers, from the offers endpoint or else from Wagtail's pages
    endpoint, and the statuses of the listings asked. Pages of 20 (Wagtail's default
    ``WAGTAILAPI_LIMIT_MAX``)."""
    statuses = []
    for listing in (OFFER_IDS, STOCK_IDS):
        ids: list[int] = []
        try:
            while len(ids) < wanted:
                status, _, body = get(port, f"{listing}&limit=20&offset={len(ids)}")
                if status != 200:
                    break
                items = json.loads(body)["items"]
                ids += [int(item["id"]) for item in items]
                if len(items) < 20:
                    break
        except (OSError, http.client.HTTPException, ValueError, KeyError, TypeError):
            status = 0
        statuses.append(status)
        if ids:
            return ids[:wanted], statuses
    return [], statuses


def endpoints(port: int) -> list[Endpoint]:
    """The endpoints to measure, each probed once: 404 means not there (yet)."""
    found = []

    def probe(endpoint: Endpoint) -> tuple[int, http.client.HTTPMessage | None]:
        if endpoint.unavailable:
            return 0, None
        status, headers, _ = get(port, endpoint.paths[0], endpoint.headers)
        if status == 404:
            endpoint.unavailable = "unavailable (404)"
        elif is_error(status):
            endpoint.note = f"first response {status}"
        return status, headers

    listing = Endpoint("offers listing", [OFFERS_LISTING])
    status, headers = probe(listing)
    found.append(listing)
    if status == 200 and headers and headers.get("ETag"):
        conditional = {"If-None-Match": headers["ETag"]}
        found.append(Endpoint("offers listing, If-None-Match (304)", [OFFERS_LISTING], conditional))

    ids, statuses = offer_ids(port)
    detail = Endpoint("offers detail", [f"/api/v2/offers/{pk}/" for pk in ids] or ["/"])
    if not ids:
        not_found = statuses and all(status == 404 for status in statuses)
        detail.unavailable = "unavailable (404)" if not_found else "unavailable (no offer ids)"
    probe(detail)
    found.append(detail)

    for label, path in (
        ("concept", CONCEPT),
        ("stock pages listing", STOCK_LISTING),
        ("ceiling", CEILING),
    ):
        endpoint = Endpoint(label, [path])
        probe(endpoint)
        found.append(endpoint)
    return found


def measure(port: int, args: argparse.Namespace) -> list[Result]:
    results = []
    for endpoint in endpoints(port):
        if endpoint.unavailable:
            print(f"  {endpoint.label}: {endpoint.unavailable}", flush=True)
            results.append(Result(endpoint))
            continue
        # Every URL about ten times, so that each worker has most likely served it (and
        # cached it, with the API cache on) before the measurement.
        warmup = max(args.warmup, 10 * len(endpoint.paths))
        hammer(port, endpoint, concurrency=args.concurrency, seconds=60, limit=warmup)
        seconds = MAX_SECONDS if args.requests else args.seconds
        result = hammer(
            port, endpoint, concurrency=args.concurrency, seconds=seconds, limit=args.requests
        )
        if "If-None-Match" in endpoint.headers and result.statuses[304] != len(result.latencies):
            endpoint.note = f"{result.statuses[304]} of {len(result.latencies)} answered 304"
        print(
            f"  {endpoint.label}: {len(result.latencies)} requests in {result.seconds:.1f} s",
            flush=True,
        )
        results.append(result)
    return results


# Report -------------------------------------------------------------------


def table(results: list[Result]) -> list[str]:
    width = max(len(result.endpoint.label) for result in results) + 2
    lines = [
        f"| {'endpoint':<{width}} | req/s | p50 ms | p99 ms | errors |",
        f"|{'-' * (width + 2)}|-------|--------|--------|--------|",
    ]
    for result in results:
        endpoint = result.endpoint
        label = endpoint.label
        if not result.measured:
            lines.append(f"| {label:<{width}} | {endpoint.unavailable} | – | – | – |")
            continue
        lines.append(
            f"| {label:<{width}} | {result.rate:5.0f} | {result.percentile(50):6.1f} "
            f"| {result.percentile(99):6.1f} | {result.errors:6} |"
        )
    return lines


def summary(results: list[Result]) -> list[str]:
    by_label = {result.endpoint.label: result for result in results if result.measured}
    listing = by_label.get("offers listing")
    stock = by_label.get("stock pages listing")
    if listing and stock:
        ratio = f"{listing.rate / stock.rate:.2f}× the requests per second"
    else:
        ratio = "n/a (" + ", ".join(
            f"{name} unavailable"
            for name, result in (("offers listing", listing), ("stock pages listing", stock))
            if result is None
        ) + ")"  # fmt: skip
    p99 = f"{listing.percentile(99):.1f} ms" if listing else "n/a (unavailable)"
    lines = [
        f"Offers listing ÷ stock pages listing: {ratio}.",
        f"p99 of the offers listing: {p99}.",
    ]
    for result in results:
        if result.endpoint.note:
            lines.append(f"Note, {result.endpoint.label}: {result.endpoint.note}.")
    return lines


def setup_lines(data: Data, args: argparse.Namespace, conn_max_age: str) -> list[str]:
    load = (
        f"{args.requests:,} requests" if args.requests else f"{args.seconds:g} s"
    )  # fmt: skip
    return [
        f"Machine: {machine()}; database: {data.engine}.",
        f"Data: {data.describe()}; built in {data.seconds:.0f} s ("
        + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in data.timings.items())
        + ").",
        f"Server: gunicorn, {WORKERS} sync workers, DATABASE_CONN_MAX_AGE={conn_max_age}, "
        f"API response cache {'off' if args.no_api_cache else 'on'}. "
        f"Load: {args.concurrency} client threads, {args.warmup} warm-up requests "
        f"(at least 10 per URL), then {load} per endpoint.",
    ]


INTRODUCTION = """\
The public API over real HTTP. gunicorn serves `config.wsgi:application`
with 2 sync workers and the production settings (`DEBUG` off, WhiteNoise,
`DATABASE_CONN_MAX_AGE=60` as docs/operators.md recommends); a load
generator of client threads (Python standard library, one connection per
thread, reopened when the server closes it, which gunicorn's sync workers
do after every response) runs on the same cores, so the figures are for
client and server together. The data: N offers in each of L languages,
imported with `import_offers --publish` and linked as translations of the
German ones, on top of the demo content. Each endpoint gets a warm-up, then
a fixed time of load. `offers listing` filters by action field and language
and carries facets; `offers detail` rotates through 50 German offers;
`stock pages listing` is Wagtail's own pages endpoint exactly as Wagtail
ships it (mounted uncached at `/bench/stock/api/v2/pages/`) on the same
offers (`fields=*`); `ceiling` is a view that returns a fixed 20 KB JSON body
through the same middleware without touching the database: the most this
server and client can do here. A 304 counts as success. The API caches
whole responses until the next publish, so with the cache on (as in
production) repeated requests for the same URLs are cache hits;
`--no-api-cache` measures the plugin's views themselves.
"""


# Main ---------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--offers", type=positive, default=2000, help="offers per language (default: %(default)s)"
    )
    parser.add_argument(
        "--locales",
        type=int,
        default=3,
        choices=range(1, len(LOCALES) + 1),
        metavar=f"1..{len(LOCALES)}",
        help=f"languages: the first L of {' '.join(LOCALES)} (default: %(default)s)",
    )
    parser.add_argument(
        "--database-url",
        default=None,
        help="an empty database to build in, e.g. postgres://user:password@127.0.0.1/bench "
        "(default: a new SQLite file, removed afterwards)",
    )
    parser.add_argument(
        "--concurrency",
        type=positive,
        default=8,
        help="client threads, one connection each (default: %(default)s)",
    )
    parser.add_argument(
        "--seconds",
        type=float,
        default=10,
        help="seconds of load per endpoint (default: %(default)s)",
    )
    parser.add_argument(
        "--requests",
        type=positive,
        default=None,
        help=f"instead of --seconds: this many requests per endpoint (at most {MAX_SECONDS} s)",
    )
    parser.add_argument(
        "--warmup",
        type=int,
        default=20,
        help="requests per endpoint before measuring, at least 10 per URL (default: %(default)s)",
    )
    parser.add_argument(
        "--no-api-cache",
        action="store_true",
        help="serve without the API's response cache, so every request runs its view "
        "(default: the cache as in production; repeated requests are cache hits)",
    )
    parser.add_argument(
        "--write-docs",
        action="store_true",
        help=f"replace the section “{HEADING[3:]}” of docs/benchmarks.md with the results",
    )
    args = parser.parse_args()
    if args.seconds <= 0:
        parser.error("--seconds must be positive")
    return args


def main() -> None:
    args = parse_args()
    locales = LOCALES[: args.locales]
    with tempfile.TemporaryDirectory(prefix="integration-bench-api-") as folder:
        workdir = Path(folder)
        database_url = args.database_url or f"sqlite:///{workdir}/bench.sqlite3"
        print(
            f"Building data: {args.offers} offers × {len(locales)} languages "
            f"({', '.join(locales)}) …",
            flush=True,
        )
        data = build_data(database_url, args.offers, locales, workdir)
        print(f"Data built in {data.seconds:.1f} s: {data.describe()}", flush=True)

        conn_max_age = os.environ.get("DATABASE_CONN_MAX_AGE", "60")
        env = dict(
            data.env,
            DJANGO_SETTINGS_MODULE="bench.ceiling.settings",
            STATIC_ROOT=str(workdir / "static"),
            DATABASE_CONN_MAX_AGE=conn_max_age,
            BENCH_API_CACHE="off" if args.no_api_cache else "on",
        )
        manage("collectstatic", "--noinput", "-v0", env=env)
        log = workdir / "gunicorn.log"
        with serve(env, log) as port:
            print(f"gunicorn on {HOST}:{port}; measuring …", flush=True)
            results = measure(port, args)
        lines = [
            *setup_lines(data, args, conn_max_age),
            "",
            *table(results),
            "",
            *summary(results),
        ]
        print()
        print("\n".join(lines))
        failed = [result for result in results if result.errors]
        if failed:
            print(f"\ngunicorn log (last lines):\n{log_tail(log)}", file=sys.stderr)
            raise SystemExit(
                "Error responses from: "
                + ", ".join(
                    f"{result.endpoint.label} ({dict(result.statuses)})" for result in failed
                )
            )
    if args.write_docs:
        unavailable = [result.endpoint.label for result in results if not result.measured]
        if unavailable:
            raise SystemExit(
                "Not writing docs/benchmarks.md: unavailable: " + ", ".join(unavailable)
            )
        title = data.engine + (", API response cache off" if args.no_api_cache else "")
        replace_block(DOCS, HEADING, INTRODUCTION, title, lines, REPEAT)
        print(f"\nWrote the section “{HEADING[3:]}” of {DOCS.relative_to(ROOT)}.")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        print("\nInterrupted; the server is stopped.", file=sys.stderr)
        raise SystemExit(130) from None
