"""Benchmark: the public search — index rebuilds and search latency over real HTTP.

    python bench/search.py [--sizes 2000,10000] [--engines database,opensearch3]
                           [--requests 400] [--concurrency 4] [--database-url URL] [--write-docs]

Builds a throw-away database with the demo content and, for each size (the
smallest first), imports that many German offers with
``manage.py import_offers --publish``: the offers sheet of bench/_common.py
with varied titles, summaries, descriptions and districts (14 kinds of offer,
from German courses to bike courses, for various groups, in various places),
so that a query finds a realistic share of them. Each bigger size re-imports
the smaller sheet unchanged and adds the rest. Then, per size:

1. Index rebuilds, each a separate ``manage.py update_index`` process timed
   from start to end: the engine's indexes (``--backend default``) and the
   database backend's (``--backend database``). Their sum is the full rebuild
   an operator runs after a deployment (``update_index`` rebuilds one backend
   after the other in one process, so it takes one start-up less); the goal
   is 10,000 offers in under 60 s.
2. Per engine, gunicorn with 2 sync workers and the production settings
   (``bench.ceiling.settings``, as bench/api.py) on a loopback port, and
   client threads (standard library, one connection each) sending:
   - the mixed list: every query of ``QUERIES`` (German words, compounds,
     several words, typos, with and without filters) to ``/api/v2/search/``
     and every prefix of ``SUGGESTIONS`` to ``/api/v2/search/suggest/``, in
     rotation (the goal: p99 under 150 ms at 10,000 offers);
   - the queries without filters to ``/api/v2/search/`` and, side by side,
     to Wagtail's own pages endpoint exactly as Wagtail ships it
     (``/bench/stock/api/v2/pages/?search=…&locale=de``, mounted uncached by
     bench/ceiling/urls.py) on the same data and the same search backend;
   - the mixed list once more from a single client thread: the latency of a
     search without requests queueing for the two workers.
   Each run starts with a warm-up of one request per URL, which also checks
   the answers and records each query's hit count.

``opensearch3`` runs the plugin's OpenSearch backend against osmem-server
(``tests/search_engines.py``), an in-memory engine on the same machine; a
production cluster is another machine with other figures. Every answer of
the engine runs is checked to come from the engine, not the database
fallback. ``--write-docs`` puts the results into docs/benchmarks.md and a
summary into docs/search-figures.md.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import http.client
import itertools
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (  # noqa: E402
    GROUPS,
    PYTHON,
    ROOT,
    fresh_database,
    machine,
    manage,
    manage_output,
    positive,
    replace_block,
    replace_section,
    write_sheet,
)
from api import CEILING, HOST, REQUEST_TIMEOUT, WORKERS, engine_name, get, log_tail, serve  # noqa: E402
from relevance import CREATE_SYNONYMS, SYNONYM_GROUPS, parse_query  # noqa: E402

DOCS = ROOT / "docs" / "benchmarks.md"
FIGURES = ROOT / "docs" / "search-figures.md"
HEADING = "## Search (`bench/search.py`)"
REPEAT = (
    "Repeat: `python bench/search.py --write-docs` (add `--database-url postgres://…` "
    "for PostgreSQL, on an empty database)."
)
FIGURES_HEADING = "## Performance (`bench/search.py`)"
ENGINES = ("database", "opensearch3")
INDEX_PREFIX = "bench_"
GOAL_P99_MS = 150
GOAL_REINDEX_S = 60
GOAL_SIZE = 10_000
WARMUP_SECONDS = 10  # at most, per run

# The mixed list: (kind, query); filters after "|" as in bench/relevance.py.
QUERIES = [
    ("word", "Deutschkurs"),
    ("word", "Beratung"),
    ("word", "Kinderbetreuung"),
    ("word", "Schwimmkurs"),
    ("word", "Fußball"),
    ("word", "Rassismus"),
    ("word", "Gesundheit"),
    ("compound", "Sprachkurs"),
    ("compound", "Wohnung"),
    ("compound", "Hausaufgabenhilfe"),
    ("compound", "Frauentreff"),
    ("compound", "Bewerbungstraining"),
    ("multi-word", "Deutschkurs für Frauen mit Kinderbetreuung"),
    ("multi-word", "Beratung für Geflüchtete"),
    ("multi-word", "Sport für Jugendliche"),
    ("multi-word", "Deutsch lernen am Abend"),
    ("typo", "Intergationskurs"),
    ("typo", "Deutschkuhrs"),
    ("typo", "Kinderbetreung"),
    ("typo", "Fussbal"),
    ("typo", "Wohnugssuche"),
    ("filter", "Deutschkurs | action_field=sprache-bildung"),
    ("filter", "Beratung | target_group=frauen"),
    ("filter", "Kurs | language=ar"),
    ("filter", "Beratung | type=offerpage | action_field=arbeit-weiterbildung"),
    ("filter", "Sport | district=innenstadt"),
]
SUGGESTIONS = ["Deu", "Sprach", "Bera", "Schwim", "Integr"]
KINDS = ("word", "compound", "multi-word", "typo", "filter", "suggest")


# Data ---------------------------------------------------------------------------

# Kinds of offer: (weight, titles, summaries, sentences of the description).
OFFER_KINDS: list[tuple[int, list[str], list[str], list[str]]] = [
    (
        12,
        ["Deutschkurs {level}", "Deutschkurs am Vormittag", "Deutsch lernen im Alltag"],
        [
            "Deutsch lernen bis zum Niveau {level} in kleinen Gruppen.",
            "Sprechen, Hören, Lesen und Schreiben für den Alltag.",
        ],
        [
            "Wir üben Gespräche beim Arzt, in der Schule und beim Einkaufen.",
            "Ein Einstufungstest vor Kursbeginn ist kostenlos.",
            "Das Lernmaterial wird gestellt.",
        ],
    ),
    (
        5,
        ["Integrationskurs", "Integrationskurs mit Alphabetisierung", "Jugendintegrationskurs"],
        ["Sprachkurs und Orientierungskurs bis zum „Deutsch-Test für Zuwanderer“."],
        [
            "Zur Anmeldung brauchen Sie eine Berechtigung des BAMF, der Ausländerbehörde "
            "oder des Jobcenters.",
            "Der Orientierungskurs behandelt Rechtsordnung, Geschichte und Kultur in Deutschland.",
        ],
    ),
    (
        5,
        ["Sprachcafé", "Sprachtreff", "Gesprächskreis Deutsch", "Sprachtandem"],
        ["Deutsch sprechen ohne Prüfungsdruck, bei Kaffee und Tee."],
        [
            "Ehrenamtliche Gesprächspartnerinnen und -partner unterhalten sich mit Ihnen "
            "über Alltagsthemen.",
            "Alle Sprachniveaus sind willkommen.",
        ],
    ),
    (
        5,
        ["Hausaufgabenhilfe", "Lernhilfe", "Nachhilfe in Mathematik und Deutsch"],
        ["Ehrenamtliche helfen Schülerinnen und Schülern bei Hausaufgaben und beim Lernen."],
        [
            "Die Kinder lernen in kleinen Gruppen.",
            "Eltern können sich jederzeit über die Fortschritte informieren.",
        ],
    ),
    (
        14,
        [
            "Migrationsberatung",
            "Sozialberatung",
            "Mietberatung",
            "Schuldnerberatung",
            "Anerkennungsberatung",
            "Familienberatung",
        ],
        [
            "Beratung zu Aufenthalt, Arbeit, Wohnen und Behördenbriefen.",
            "Vertrauliche Beratung in mehreren Sprachen.",
        ],
        [
            "Wir helfen beim Ausfüllen von Anträgen und erklären Behördenbriefe.",
            "Die Beratung ist vertraulich und kostenlos.",
            "Bei Bedarf arbeiten wir mit Sprachmittlerinnen und Sprachmittlern.",
        ],
    ),
    (
        7,
        ["Bewerbungstraining", "Bewerbungswerkstatt", "Jobcoaching", "Berufsorientierung"],
        ["Lebenslauf schreiben, Vorstellungsgespräche üben, Stellen finden."],
        [
            "Computer und Drucker stehen bereit.",
            "Gemeinsam suchen wir passende Stellen und Ausbildungsplätze.",
        ],
    ),
    (
        4,
        ["Wohnungslotsen", "Hilfe bei der Wohnungssuche", "Mietsprechstunde"],
        ["Begleitung bei Wohnungssuche, Besichtigungen und Mietvertrag."],
        [
            "Wir erklären, was in einem Mietvertrag steht.",
            "Auch beim Wohnberechtigungsschein helfen wir.",
        ],
    ),
    (
        8,
        [
            "Schwimmkurs",
            "Radfahrkurs",
            "Fußballtraining",
            "Yoga",
            "Gymnastik",
            "Lauftreff",
            "Selbstverteidigung",
        ],
        ["Bewegung in der Gruppe, Vorkenntnisse sind nicht nötig."],
        [
            "Sportkleidung bitte mitbringen, alles andere wird gestellt.",
            "Der Stadtsportbund hilft bei der Anmeldung im Verein.",
        ],
    ),
    (
        7,
        [
            "Theaterwerkstatt",
            "Musikprojekt",
            "Chor der Kulturen",
            "Kochabend",
            "Frauentreff",
            "Stadtführung",
            "Nähwerkstatt",
        ],
        ["Gemeinsam etwas gestalten und neue Menschen kennenlernen."],
        [
            "Zum Abschluss gibt es eine Aufführung.",
            "Gerichte aus vielen Ländern werden gemeinsam gekocht.",
        ],
    ),
    (
        4,
        ["Gesundheitslotsen", "Erste-Hilfe-Kurs", "Psychosoziale Beratung"],
        ["Das Gesundheitssystem verstehen und Hilfe finden."],
        ["Krankenversicherung, Hausarztpraxis, Vorsorge und Impfungen werden erklärt."],
    ),
    (
        3,
        ["Antidiskriminierungsberatung", "Workshop gegen Rassismus", "Opferberatung"],
        ["Beratung und Begleitung nach Diskriminierung und rassistischen Angriffen."],
        ["Wir dokumentieren den Fall und begleiten Sie bei Beschwerden."],
    ),
    (
        4,
        ["Elterncafé", "Eltern-Kind-Gruppe", "Familienfrühstück", "Elternkurs"],
        ["Austausch für Eltern, während die Kinder spielen."],
        ["Fragen zu Kita, Schule und Erziehung haben hier Platz."],
    ),
    (
        3,
        ["Computerkurs", "Smartphone-Sprechstunde", "Digitalwerkstatt"],
        ["Umgang mit Computer, Smartphone und Online-Anträgen."],
        ["Geräte werden gestellt, eigene dürfen mitgebracht werden."],
    ),
]
# Who an offer is for: the title's words and, where it is one, the sheet's target group.
AUDIENCES = [
    ("für Frauen", "Frauen"),
    ("für Jugendliche", "Jugendliche"),
    ("für Geflüchtete", "Geflüchtete"),
    ("für Seniorinnen und Senioren", "Seniorinnen und Senioren"),
    ("für Studierende", "Studierende"),
    ("für Familien", ""),
    ("für Berufstätige", ""),
    ("", ""),
    ("", ""),
]
EXTRAS = ["mit Kinderbetreuung", "am Abend", "am Wochenende", "online", "auf Arabisch", ""]
DISTRICTS = {
    "innenstadt": "in der Innenstadt",
    "aachen-nord": "in Aachen-Nord",
    "brand": "in Brand",
    "burtscheid": "in Burtscheid",
    "eilendorf": "in Eilendorf",
    "forst": "in Forst",
    "frankenberger-viertel": "im Frankenberger Viertel",
    "haaren": "in Haaren",
    "kornelimuenster-walheim": "in Kornelimünster",
    "laurensberg": "in Laurensberg",
    "ostviertel-rothe-erde": "im Ostviertel",
    "richterich": "in Richterich",
    "westpark-jakobsviertel": "im Jakobsviertel",
}
GENERAL = [
    "Die Teilnahme ist kostenlos.",
    "Eine Anmeldung ist erforderlich.",
    "Ein Einstieg ist jederzeit möglich.",
    "Die Räume sind barrierefrei.",
]
CHILDCARE = "Kinder werden während des Angebots betreut."


def offer_texts(number: int, seed: int = 7) -> tuple[str, str, str, str, str]:
    """Title, summary, description, target groups and district of offer ``number``.

    Depends on the number alone, so every sheet gives an offer the same texts.
    """
    rng = random.Random(f"{seed}-{number}")
    weights = [kind[0] for kind in OFFER_KINDS]
    _, titles, summaries, sentences = rng.choices(OFFER_KINDS, weights)[0]
    level = rng.choice(["A1", "A2", "B1", "B2"])
    audience, group = rng.choice(AUDIENCES)
    extra = rng.choice(EXTRAS)
    district = rng.choice(list(DISTRICTS))
    words = [rng.choice(titles).format(level=level), audience, extra]
    if extra != "online" and rng.random() < 0.25:
        words.append(DISTRICTS[district])
    title = " ".join(word for word in words if word)
    summary = rng.choice(summaries).format(level=level)
    body = rng.sample(sentences, min(len(sentences), 2)) + rng.sample(GENERAL, 2)
    if extra == "mit Kinderbetreuung" or rng.random() < 0.1:
        body.append(CHILDCARE)
    description = " ".join(body[:2]) + "\n\n" + " ".join(body[2:])
    groups = [group] if group else []
    groups.append(rng.choice([g for g in GROUPS if g not in groups]))
    return title, summary, description, "; ".join(groups), district


def write_varied_sheet(path: Path, count: int) -> None:
    """bench/_common.py's offers sheet with the texts, groups and districts of ``offer_texts``."""
    write_sheet(path, count)
    with path.open(encoding="cp1252", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header = rows[0]
    columns = [header.index(name) for name in ("Titel", "Kurzbeschreibung", "Beschreibung")]
    groups = header.index("Zielgruppen")
    header.append("Stadtteil")
    for number, row in enumerate(rows[1:]):
        title, summary, description, target_groups, district = offer_texts(number)
        for column, value in zip(columns, (title, summary, description), strict=True):
            row[column] = value
        row[groups] = target_groups
        row.append(district)
    with path.open("w", encoding="cp1252", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)


COUNT_OFFERS = """
from wagtail.models import Locale
from integration.models import OfferPage
german = OfferPage.objects.filter(locale=Locale.get_default())
print("COUNT", german.filter(live=True).count(), german.filter(live=True,
      external_id__startswith="BENCH-").count())
"""


def import_offers(env: dict[str, str], size: int, workdir: Path) -> tuple[float, int]:
    """Import a sheet of ``size`` offers; return the seconds and the live German offers."""
    sheet = workdir / f"angebote-{size}.csv"
    write_varied_sheet(sheet, size)
    seconds = manage("import_offers", str(sheet), "--publish", "-v0", env=env)
    output = manage_output("shell", "--no-imports", "-c", COUNT_OFFERS, env=env)
    live, imported = (int(n) for n in output.split("COUNT", 1)[1].split()[:2])
    if imported != size:
        raise SystemExit(f"Import failed: {imported} of {size} offers are live")
    return seconds, live


# Index rebuilds -----------------------------------------------------------------


@dataclass
class Rebuild:
    label: str
    seconds: float
    pages: int  # documents in the page index
    objects: int  # everything indexed (pages, snippets…)

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def timed_update_index(env: dict[str, str], *args: str) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(
        [PYTHON, "manage.py", "update_index", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    if result.returncode:
        tail = "\n".join(result.stdout.splitlines()[-25:])
        raise SystemExit(f"update_index {' '.join(args)} failed:\n{tail}")
    return time.perf_counter() - started, result.stdout


def indexed_counts(output: str) -> tuple[int, int]:
    """Pages and all objects that Wagtail's ``update_index`` reports as indexed."""
    pages = objects = 0
    current = ""
    for line in output.splitlines():
        if "Rebuilding index" in line:
            current = line
        match = re.search(r"indexed (\d+) objects", line)
        if match:
            count = int(match.group(1))
            objects += count
            # The engine's page index is named …wagtailcore_page; the database
            # backend's single index holds pages and snippets together.
            if "wagtailcore_page" in current or "Index object" in current:
                pages += count
    return pages, objects


PAGE_COUNT = """
from wagtail.models import Page
print("PAGES", Page.objects.count())
"""


def rebuild_indexes(
    env: dict[str, str], engine_env: dict[str, str] | None, pages: int
) -> list[Rebuild]:
    """Time the engine's rebuild and the database backend's; the last row is the full one."""
    if engine_env is None:
        seconds, output = timed_update_index(env)
        _, objects = indexed_counts(output)
        return [Rebuild("database backend (`update_index`)", seconds, pages, objects)]
    seconds, output = timed_update_index(engine_env, "--backend", "default")
    counted, objects = indexed_counts(output)
    engine = Rebuild("engine (`--backend default`)", seconds, counted, objects)
    seconds, output = timed_update_index(engine_env, "--backend", "database")
    _, objects = indexed_counts(output)
    database = Rebuild("database backend (`--backend database`)", seconds, pages, objects)
    full = Rebuild(
        "both: the full rebuild (sum of the two)",
        engine.seconds + database.seconds,
        pages,
        engine.objects + database.objects,
    )
    return [engine, database, full]


# Load ---------------------------------------------------------------------------


@dataclass
class Target:
    kind: str
    path: str
    label: str  # the query as written


@dataclass
class Measured:
    label: str
    targets: list[Target]
    samples: list[tuple[int, float, int]] = field(default_factory=list)  # target, s, status
    seconds: float = 0.0
    concurrency: int | None = None  # client threads, if not --concurrency
    wrong_engine: int = 0  # answers from another engine (the database fallback)
    hits: dict[str, int] = field(default_factory=dict)  # query → total_count
    failures: list[str] = field(default_factory=list)

    def latencies(self, kind: str | None = None) -> list[float]:
        return sorted(
            latency
            for index, latency, _ in self.samples
            if kind is None or self.targets[index].kind == kind
        )

    @property
    def errors(self) -> int:
        """Answers other than 200, the warm-up's included."""
        return len(self.failures)

    @property
    def rate(self) -> float:
        return len(self.samples) / self.seconds if self.seconds else 0.0

    def stats(self, kind: str | None = None) -> tuple[int, float, float, float]:
        """Requests, p50, p99 and mean in milliseconds."""
        values = self.latencies(kind)
        if not values:
            return 0, float("nan"), float("nan"), float("nan")
        return (
            len(values),
            percentile(values, 50) * 1000,
            percentile(values, 99) * 1000,
            sum(values) / len(values) * 1000,
        )


def percentile(ordered: list[float], percent: float) -> float:
    """Nearest-rank percentile of sorted values."""
    rank = max(1, -(-len(ordered) * percent // 100))
    return ordered[int(rank) - 1]


def load(
    port: int,
    measured: Measured,
    *,
    concurrency: int,
    limit: int,
    max_seconds: float,
    on_response: Callable[[Target, int, bytes], None] | None = None,
) -> list[tuple[int, float, int]]:
    """``limit`` requests (or ``max_seconds``) from ``concurrency`` threads, URLs in
    rotation; returns (target, seconds, status) per request and calls ``on_response``
    with each answer (under a lock)."""
    counter = itertools.count()
    barrier = threading.Barrier(concurrency + 1)
    deadline: dict[str, float] = {}
    lock = threading.Lock()
    collected: list[tuple[int, float, int]] = []

    def worker() -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
        samples = []
        barrier.wait()
        try:
            while True:
                number = next(counter)
                if number >= limit or time.perf_counter() >= deadline["at"]:
                    break
                index = number % len(measured.targets)
                started = time.perf_counter()
                try:
                    connection.request("GET", measured.targets[index].path)
                    response = connection.getresponse()
                    body = response.read()
                    status = response.status
                except (OSError, http.client.HTTPException):
                    connection.close()
                    status, body = 0, b""
                samples.append((index, time.perf_counter() - started, status))
                if on_response is not None:
                    with lock:
                        on_response(measured.targets[index], status, body)
        finally:
            connection.close()
            with lock:
                collected.extend(samples)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    started = time.perf_counter()
    deadline["at"] = started + max_seconds
    barrier.wait()
    for thread in threads:
        thread.join()
    measured.seconds = time.perf_counter() - started
    return collected


def search_path(query: str, locale: str = "de") -> str:
    text, filters = parse_query(query)
    params = [("q", text), ("locale", locale)]
    params += [(name, value) for name, values in filters.items() for value in values]
    return "/api/v2/search/?" + urllib.parse.urlencode(params)


def workloads() -> list[Measured]:
    mixed = [Target(kind, search_path(query), query) for kind, query in QUERIES]
    mixed += [
        Target("suggest", "/api/v2/search/suggest/?" + urllib.parse.urlencode({"q": q}), q)
        for q in SUGGESTIONS
    ]
    plain = [query for kind, query in QUERIES if kind != "filter"]
    same = [Target("search", search_path(query), query) for query in plain]
    stock = [
        Target(
            "stock",
            "/bench/stock/api/v2/pages/?"
            + urllib.parse.urlencode({"search": query, "locale": "de", "limit": 10}),
            query,
        )
        for query in plain
    ]
    return [
        Measured("search API, mixed list", mixed),
        Measured("search API, mixed list, 1 client thread", mixed, concurrency=1),
        Measured("search API, queries without filters", same),
        Measured("stock pages endpoint `?search=`, same queries", stock),
    ]


def drain(port: int) -> None:
    """Wait until the workers have finished what the last run left them (requests whose
    client gave up are still being served): one cheap request per worker and client
    slot, all at once, answered only when the workers are free again."""

    def ask() -> None:
        # A worker still busy after REQUEST_TIMEOUT: go on regardless.
        with contextlib.suppress(OSError, http.client.HTTPException):
            get(port, CEILING)

    threads = [threading.Thread(target=ask, daemon=True) for _ in range(2 * WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=2 * REQUEST_TIMEOUT)


ENGINE_RE = re.compile(rb'"engine":\s*"([^"]*)"')


def measure_engine(port: int, engine: str, args: argparse.Namespace) -> list[Measured]:
    """Every workload: a warm-up of one request per URL, then the measured requests.

    Every answer must be 200; the search API's must come from ``engine`` (or say
    ``"none"``, a suggestion prefix too short to look up). The warm-up records
    each query's hit count.
    """
    status, _, body = get(port, "/api/v2/search/health/")
    health = json.loads(body) if status == 200 else {"status": f"HTTP {status}"}
    if engine != "database" and health.get("status") != "up":
        raise SystemExit(f"The engine is not up: {health}")
    results = []
    for measured in workloads():

        def check(target: Target, status: int, body: bytes, measured=measured) -> None:
            if status != 200:
                measured.failures.append(f"HTTP {status} for {target.label!r}")
            elif target.path.startswith("/api/v2/search/"):
                match = ENGINE_RE.search(body)
                if match is None or match.group(1).decode() not in (engine, "none"):
                    measured.wrong_engine += 1

        def warm(target: Target, status: int, body: bytes, measured=measured) -> None:
            check(target, status, body)
            if status == 200 and target.path.startswith("/api/v2/search/?"):
                measured.hits[target.label] = json.loads(body)["meta"]["total_count"]

        threads = measured.concurrency or args.concurrency
        load(
            port,
            measured,
            concurrency=threads,
            limit=len(measured.targets),
            max_seconds=min(args.max_seconds, WARMUP_SECONDS),
            on_response=warm,
        )
        drain(port)
        measured.samples = load(
            port,
            measured,
            concurrency=threads,
            limit=args.requests,
            max_seconds=args.max_seconds,
            on_response=check,
        )
        drain(port)
        count, p50, p99, _ = measured.stats()
        print(
            f"    {measured.label}: {count} requests in {measured.seconds:.1f} s, "
            f"p50 {p50:.1f} ms, p99 {p99:.1f} ms",
            flush=True,
        )
        if measured.failures:
            print(f"    {len(measured.failures)} error responses, e.g. {measured.failures[0]}")
        results.append(measured)
    return results


# Engines ------------------------------------------------------------------------


@contextmanager
def search_engine(engines: list[str]) -> Iterator[str]:
    """osmem-server's URL if an engine other than the database is wanted, else ""."""
    if all(engine == "database" for engine in engines):
        yield ""
        return
    sys.path.insert(0, str(ROOT))
    from tests.search_engines import OsmemServer

    server = OsmemServer().start()
    try:
        yield server.url
    finally:
        server.stop()


def with_engine(env: dict[str, str], engine: str, url: str) -> dict[str, str]:
    """``env`` with the settings of ``engine`` (the site's defaults otherwise)."""
    env = {name: value for name, value in env.items() if not name.startswith("SEARCH_")}
    if engine != "database":
        env.update(SEARCH_URL=url, SEARCH_BACKEND=engine, SEARCH_INDEX_PREFIX=INDEX_PREFIX)
    return env


# Report -------------------------------------------------------------------------


@dataclass
class SizeResult:
    size: int
    live_offers: int
    pages: int
    import_seconds: float
    rebuilds: list[Rebuild]
    runs: dict[str, list[Measured]] = field(default_factory=dict)


def fmt(value: float) -> str:
    return f"{value:.1f}" if value == value else "–"  # NaN → –


def size_lines(result: SizeResult) -> list[str]:
    lines = [
        f"#### {result.size:,} imported offers",
        "",
        f"{result.live_offers:,} live German offers ({result.size:,} imported, the demo's "
        f"{result.live_offers - result.size} others), {result.pages:,} pages in all "
        f"languages (aliases included); import {result.import_seconds:.1f} s.",
        "",
        "| index rebuild | seconds | pages | pages/s | objects |",
        "|---------------|--------:|------:|--------:|--------:|",
    ]
    for rebuild in result.rebuilds:
        lines.append(
            f"| {rebuild.label} | {rebuild.seconds:.1f} | {rebuild.pages:,} | "
            f"{rebuild.rate:,.0f} | {rebuild.objects:,} |"
        )
    lines += [
        "",
        "| engine | requests | kind | req/s | p50 ms | p99 ms | mean ms | errors |",
        "|--------|----------|------|------:|-------:|-------:|--------:|-------:|",
    ]
    for engine, runs in result.runs.items():
        for measured in runs:
            count, p50, p99, mean = measured.stats()
            lines.append(
                f"| {engine} | {measured.label} | all | {measured.rate:.0f} | {fmt(p50)} | "
                f"{fmt(p99)} | {fmt(mean)} | {measured.errors} |"
            )
            if "mixed list" in measured.label:
                for kind in KINDS:
                    count, p50, p99, mean = measured.stats(kind)
                    if count:
                        lines.append(
                            f"| {engine} | ↳ {count} of them | {kind} | | {fmt(p50)} | "
                            f"{fmt(p99)} | {fmt(mean)} | |"
                        )
    lines.append("")
    for engine, runs in result.runs.items():
        by_label = {measured.label: measured for measured in runs}
        ours = by_label["search API, queries without filters"]
        stock = by_label["stock pages endpoint `?search=`, same queries"]
        _, _, ours_p99, _ = ours.stats()
        _, _, stock_p99, _ = stock.stats()
        lines.append(
            f"{engine}: search API ÷ stock endpoint, same queries: "
            f"{ours.rate / stock.rate if stock.rate else float('nan'):.2f}× the requests per "
            "second, "
            f"{ours_p99 / stock_p99:.2f}× the p99."
        )
        for measured in runs:
            if measured.failures:
                counts = Counter(measured.failures).most_common(3)
                plural = "s" if measured.errors != 1 else ""
                lines.append(
                    f"{engine}, {measured.label}: {measured.errors} error answer{plural} ("
                    + ", ".join(f"{count}× {text}" for text, count in counts)
                    + ")."
                )
        wrong = sum(measured.wrong_engine for measured in runs)
        if wrong:
            lines.append(f"{engine}: {wrong} answers came from the database fallback.")
    hits = hit_lines(result)
    if hits:
        lines += ["", *hits]
    return lines


def hit_lines(result: SizeResult) -> list[str]:
    """Results per query and engine (``total_count`` of the warm-up's answers)."""
    engines = list(result.runs)
    mixed = {engine: result.runs[engine][0].hits for engine in engines}
    queries = [query for _, query in QUERIES]
    if not any(mixed.values()):
        return []
    lines = [
        "| query | " + " | ".join(f"{engine} hits" for engine in engines) + " |",
        "|-------|" + "------:|" * len(engines),
    ]
    for query in queries:
        cells = [str(mixed[engine].get(query, "–")) for engine in engines]
        lines.append(f"| {query.replace('|', chr(92) + '|')} | " + " | ".join(cells) + " |")
    if any(query not in mixed[engine] for engine in engines for query in queries):
        lines += ["", f"–: not reached in the warm-up (at most {WARMUP_SECONDS} s)."]
    return lines


def goal_lines(results: list[SizeResult], engines: list[str], concurrency: int) -> list[str]:
    lines = []
    goal = next((result for result in results if result.size == GOAL_SIZE), None)
    if goal is None:
        return [f"Goals are set at {GOAL_SIZE:,} offers, which this run did not measure."]
    full = goal.rebuilds[-1]
    verdict = "met" if full.seconds < GOAL_REINDEX_S else "NOT met"
    lines.append(
        f"Full reindex of {GOAL_SIZE:,} offers ({full.label}): {full.seconds:.1f} s; "
        f"goal under {GOAL_REINDEX_S} s: {verdict}."
    )
    for engine in engines:
        loaded, single = goal.runs[engine][:2]
        p99 = loaded.stats()[2]
        single_p99 = single.stats()[2]
        verdict = "met" if p99 < GOAL_P99_MS else "NOT met"
        single_verdict = "met" if single_p99 < GOAL_P99_MS else "NOT met"
        lines.append(
            f"p99 of the mixed list at {GOAL_SIZE:,} offers, {engine}: {fmt(p99)} ms under "
            f"load ({concurrency} client threads), {fmt(single_p99)} ms from one client "
            f"thread; goal under {GOAL_P99_MS} ms: {verdict} under load, {single_verdict} "
            "from one client."
        )
    return lines


def summary_table(results: list[SizeResult]) -> list[str]:
    """One row per size and engine, for docs/search-figures.md."""
    lines = [
        "| offers | engine | page index pages/s | full reindex s | mixed req/s | p50 ms | "
        "p99 ms | p99 ms, 1 client | errors | vs stock req/s | vs stock p99 |",
        "|-------:|--------|------:|------:|------:|------:|------:|------:|------:|------:|------:|",
    ]
    for result in results:
        full = result.rebuilds[-1]
        for engine, runs in result.runs.items():
            rebuild = next(
                (
                    r
                    for r in result.rebuilds
                    if r.label.startswith("engine" if engine != "database" else "database")
                ),
                full,
            )
            mixed, single, same, stock = runs
            _, p50, p99, _ = mixed.stats()
            single_p99 = single.stats()[2]
            same_p99 = same.stats()[2]
            stock_p99 = stock.stats()[2]
            rate = f"{same.rate / stock.rate:.2f}×" if stock.rate else "–"
            errors = sum(measured.errors for measured in runs)
            lines.append(
                f"| {result.size:,} | {engine} | {rebuild.rate:,.0f} | {full.seconds:.1f} | "
                f"{mixed.rate:.1f} | {fmt(p50)} | {fmt(p99)} | {fmt(single_p99)} | {errors} | "
                f"{rate} | {same_p99 / stock_p99:.2f}× |"
            )
    return lines


INTRODUCTION = """\
The public search (`integration/searching/`) on growing data: the demo
content with its synonym groups, and N
imported German offers with varied texts (14 kinds of offer — German and
integration courses, language cafés, counselling, job coaching, sport,
culture, parents' groups… — for various groups, in 13 districts), so that
the queries find from a handful to half of them.

Index rebuilds are separate `manage.py update_index` processes, timed from
start to end (start-up included): the engine's indexes (`--backend
default`) and the database backend's (`--backend database`); the full
rebuild that operators run (`update_index`, both backends one after the
other) is their sum. pages/s counts the documents of the page index (all
page types, all languages, aliases included). The rebuilds run with the
site's default settings (bulk writes may take `SEARCH_BULK_TIMEOUT`, 60 s).

The searches go over real HTTP to gunicorn (2 sync workers, production
settings with the default `SEARCH_TIMEOUT`, the server of "Public API"),
from client threads on the same two cores as server and engine, so the
figures are for all three together. Each run starts with one request per
URL as a warm-up, which also checks the answers, and ends when the workers
are idle again. The mixed list is 26 queries — German words, compounds,
several words, typos, and filters by action field, target group, language,
district and type — plus 5 suggestion prefixes, in rotation; its rows per
kind come from the same run. It runs under load (4 client threads for 2
workers, so requests queue) and from a single client thread (the latency of
one search). The stock endpoint is Wagtail's pages endpoint as Wagtail
ships it (`/bench/stock/api/v2/pages/?search=…&locale=de&limit=10`,
uncached) on the same data and the same search backend, asked the 21
queries without filters; "search API, queries without filters" asks the
plugin's endpoint the same 21 for the ratio. `opensearch3` is the plugin's
OpenSearch backend against osmem-server, an in-memory engine on the same
machine (a production cluster runs elsewhere and behaves differently);
every answer is checked to come from the engine, not the database
fallback. Errors count answers other than 200, warm-up included; status 0
is a request that gunicorn's worker timeout (30 s) cut off. Goals: p99
under 150 ms at 10,000 offers; a full reindex of 10,000 offers in under
60 s.
"""


# Main ---------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes",
        default="2000,10000",
        help="imported offers, comma-separated (default: %(default)s)",
    )
    parser.add_argument(
        "--engines",
        default=",".join(ENGINES),
        help=f"comma-separated, from {', '.join(ENGINES)} (default: %(default)s)",
    )
    parser.add_argument(
        "--requests",
        type=positive,
        default=400,
        help="requests per run after the warm-up (default: %(default)s)",
    )
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=25,
        help="at most this long per run, in seconds (default: %(default)s)",
    )
    parser.add_argument(
        "--concurrency",
        type=positive,
        default=4,
        help="client threads, one connection each (default: %(default)s)",
    )
    parser.add_argument(
        "--database-url",
        default=None,
        help="an empty database to build in (default: a new SQLite file, removed afterwards)",
    )
    parser.add_argument(
        "--write-docs",
        action="store_true",
        help="put the results into docs/benchmarks.md and docs/search-figures.md",
    )
    args = parser.parse_args()
    try:
        args.sizes = sorted({int(size) for size in args.sizes.split(",") if size.strip()})
    except ValueError:
        parser.error("--sizes takes numbers, e.g. 2000,10000")
    if not args.sizes or min(args.sizes) < 1:
        parser.error("--sizes needs at least one positive number")
    args.engines = [name.strip() for name in args.engines.split(",") if name.strip()]
    unknown = sorted(set(args.engines) - set(ENGINES))
    if unknown or not args.engines:
        parser.error(f"--engines: choose from {', '.join(ENGINES)}")
    return args


def main() -> None:
    args = parse_args()
    started = time.perf_counter()
    results: list[SizeResult] = []
    with (
        tempfile.TemporaryDirectory(prefix="integration-bench-search-") as folder,
        search_engine(args.engines) as engine_url,
    ):
        workdir = Path(folder)
        database_url = args.database_url or f"sqlite:///{workdir}/bench.sqlite3"
        print("Building a database with the demo content …", flush=True)
        env = fresh_database(database_url)
        manage_output("shell", "--no-imports", "-c", CREATE_SYNONYMS % (SYNONYM_GROUPS,), env=env)
        env["LOG_LEVEL"] = os.environ.get("LOG_LEVEL", "ERROR")
        database = engine_name(env["DATABASE_URL"])
        served = dict(
            env,
            DJANGO_SETTINGS_MODULE="bench.ceiling.settings",
            STATIC_ROOT=str(workdir / "static"),
            DATABASE_CONN_MAX_AGE=os.environ.get("DATABASE_CONN_MAX_AGE", "60"),
        )
        manage("collectstatic", "--noinput", "-v0", env=served)
        engine = next((name for name in args.engines if name != "database"), None)
        for size in args.sizes:
            print(f"{size:,} offers: importing …", flush=True)
            seconds, live = import_offers(env, size, workdir)
            output = manage_output("shell", "--no-imports", "-c", PAGE_COUNT, env=env)
            pages = int(output.split("PAGES", 1)[1].split()[0])
            print(f"  imported in {seconds:.1f} s; rebuilding indexes …", flush=True)
            engine_env = with_engine(env, engine, engine_url) if engine else None
            rebuilds = rebuild_indexes(env, engine_env, pages)
            for rebuild in rebuilds:
                print(f"    {rebuild.label}: {rebuild.seconds:.1f} s", flush=True)
            result = SizeResult(size, live, pages, seconds, rebuilds)
            for name in args.engines:
                log = workdir / f"gunicorn-{name}-{size}.log"
                with serve(with_engine(served, name, engine_url), log) as port:
                    print(f"  {name}: gunicorn on {HOST}:{port}; measuring …", flush=True)
                    try:
                        result.runs[name] = measure_engine(port, name, args)
                    except SystemExit:
                        print(f"gunicorn log (last lines):\n{log_tail(log)}", file=sys.stderr)
                        raise
                if any(measured.failures for measured in result.runs[name]):
                    print(f"gunicorn log (last lines):\n{log_tail(log)}", file=sys.stderr)
            results.append(result)

    load_line = (
        f"Load: {args.concurrency} client threads; per run a warm-up of one request per "
        f"URL, then {args.requests} requests (at most {args.max_seconds:g} s)."
    )
    lines = [
        f"Machine: {machine()}; database: {database}; search engines: "
        + ", ".join(
            "database (Wagtail's database backend)"
            if name == "database"
            else f"{name} on osmem-server"
            for name in args.engines
        )
        + ".",
        f"Server: gunicorn, {WORKERS} sync workers, production settings. {load_line}",
        f"Run time: {time.perf_counter() - started:.0f} s.",
        "",
    ]
    for result in results:
        lines += [*size_lines(result), ""]
    goals = goal_lines(results, args.engines, args.concurrency)
    lines += goals
    print()
    print("\n".join(lines))
    if args.write_docs:
        replace_block(DOCS, HEADING, INTRODUCTION, database, lines, REPEAT)
        summary = [
            f"Machine: {machine()}; database: {database}; gunicorn with {WORKERS} sync "
            f"workers; {args.concurrency} client threads on the same machine. Details and "
            "method: docs/benchmarks.md, “Search”.",
            "",
            *summary_table(results),
            "",
            "“vs stock”: the search API ÷ Wagtail's stock pages endpoint `?search=` on the "
            "same 21 queries and data (requests per second: higher is better; p99: lower is "
            "better).",
            "",
            *goals,
            "",
            "Repeat: `python bench/search.py --write-docs`.",
        ]
        replace_section(FIGURES, FIGURES_HEADING, "\n".join(summary), title="# Search: figures\n")
        print(f"\nWrote {DOCS.relative_to(ROOT)} and {FIGURES.relative_to(ROOT)}.")
    failed = [
        f"{result.size:,} offers, {engine}, {measured.label}: {len(measured.failures)}"
        for result in results
        for engine, runs in result.runs.items()
        for measured in runs
        if measured.failures
    ]
    if failed:
        raise SystemExit("Error responses (warm-up included): " + "; ".join(failed))


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        print("\nInterrupted; servers are stopped.", file=sys.stderr)
        raise SystemExit(130) from None
