"""Relevance of the public search: nDCG@10, MRR@10 and recall@20 per engine, from judged queries.

    python bench/relevance.py [--judgments FILE] [--engines database,opensearch3] [--write-docs]
    python bench/relevance.py --judgments FILE --base-url http://127.0.0.1:8000 [--label NAME]

Without ``--base-url`` it builds a throw-away database with the demo content,
with its synonym groups (plus any in ``SYNONYM_GROUPS``; ``--no-synonyms``
leaves those out), and for each engine rebuilds that engine's
index with ``manage.py update_index`` and runs every query through the search
service (``integration.searching.service.search``) in a separate process with
that engine's settings. Engines other than ``database`` run on osmem-server
(``elasticsearch8`` and ``elasticsearch9`` through a proxy that rewrites the
Elasticsearch client's media types, see ``tests/search_engines.py``). With
``--base-url`` it asks a running site's ``/api/v2/search/`` instead; that
site needs the demo content and the same synonym groups.

The judgments file is tab-separated, UTF-8, with a header line; ``#`` starts a
comment line. Columns: ``locale`` (``de``), ``query``, ``target`` (an offer's
``external_id`` such as ``AC-0001``, or any other page's slug in that locale),
``grade`` (0–3: 3 exactly what was asked, 2 relevant, 1 marginal, 0 not
relevant), and optionally ``category`` (``plain``, ``compound``, ``typo``,
``synonym``, ``filter``, ``multi-word``…). One line per judged target; the
lines of a query are its judgments. Filters follow the query text after
``|``: ``Deutschkurs | action_field=sprache-bildung | language=ar,de`` (any of
``type``, ``action_field``, ``target_group``, ``language``, ``district``;
several values of one filter separated by commas, any of them matches).

Measures, averaged over the queries (results not judged count as grade 0):

- nDCG@10: discounted cumulative gain of the first 10 results, gain
  ``2^grade - 1`` and discount ``log2(rank + 1)``, divided by that of the
  ideal order of the judged targets;
- MRR@10: 1 / rank of the first relevant result (grade 2 or 3) in the first
  10, 0 if there is none;
- recall@20: the share of the relevant targets (grade 2 or 3) among the first
  20 results.

MRR and recall count only queries with at least one relevant target. A page
that is an alias (a language's copy of an untranslated page) never matches a
judgment: the public search should not return it.
"""

from __future__ import annotations

import argparse
import csv
import http.client
import json
import math
import os
import subprocess
import sys
import tempfile
import urllib.parse
from collections import defaultdict
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
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
    replace_section,
)

DEFAULT_JUDGMENTS = ROOT / "bench" / "judgments" / "demo.tsv"
FIGURES = ROOT / "docs" / "search-figures.md"
HEADING = "## Relevance (`bench/relevance.py`)"
COLUMNS = ("locale", "query", "target", "grade")
FILTER_NAMES = ("type", "action_field", "target_group", "language", "district")
ENGINES = ("database", "opensearch3", "elasticsearch8", "elasticsearch9")
RELEVANT = 2  # the lowest grade that counts as relevant for MRR and recall
DEPTH = 20  # results asked for per query

# Groups of equivalent search terms to add to those the demo content ships
# (home/demo/aachen.py, SYNONYMS) before measuring, as ("de", "a, b, c").
SYNONYM_GROUPS: list[tuple[str, str]] = []

CREATE_SYNONYMS = """
from wagtail.models import Locale
from integration.models import SynonymGroup
for code, terms in %r:
    locale = Locale.objects.get(language_code=code)
    SynonymGroup.objects.get_or_create(locale=locale, terms=terms)
print("SYNONYMS", SynonymGroup.objects.filter(is_active=True).count())
"""


# Judgments -----------------------------------------------------------------------


@dataclass
class Query:
    locale: str
    raw: str  # as written in the file, filters included
    text: str
    filters: dict[str, list[str]]
    category: str = ""
    grades: dict[str, int] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.locale}\t{self.raw}"

    @property
    def relevant(self) -> set[str]:
        return {target for target, grade in self.grades.items() if grade >= RELEVANT}


def parse_query(raw: str) -> tuple[str, dict[str, list[str]]]:
    """``"Deutschkurs | action_field=sprache-bildung"`` → text and filters."""
    text, *parts = (part.strip() for part in raw.split("|"))
    filters: dict[str, list[str]] = {}
    for part in parts:
        name, sep, values = (piece.strip() for piece in part.partition("="))
        if not sep or name not in FILTER_NAMES or not values:
            raise ValueError(
                f"bad filter {part!r} in {raw!r}: expected name=value[,value] with a name "
                f"from {', '.join(FILTER_NAMES)}"
            )
        filters.setdefault(name, []).extend(v.strip() for v in values.split(",") if v.strip())
    if not text:
        raise ValueError(f"no query text in {raw!r}")
    return text, filters


def read_judgments(path: Path) -> list[Query]:
    rows = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    reader = csv.reader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = [name.strip() for name in next(reader, [])]
    if tuple(header[:4]) != COLUMNS:
        raise SystemExit(f"{path}: the header must start with {' '.join(COLUMNS)}; got {header}")
    has_category = len(header) > 4 and header[4] == "category"
    queries: dict[str, Query] = {}
    for number, row in enumerate(reader, start=2):
        if len(row) < 4:
            raise SystemExit(f"{path}: line {number} has {len(row)} columns: {row}")
        locale, raw, target, grade = (cell.strip() for cell in row[:4])
        category = row[4].strip() if has_category and len(row) > 4 else ""
        try:
            text, filters = parse_query(raw)
            value = int(grade)
        except ValueError as error:
            raise SystemExit(f"{path}: line {number}: {error}") from None
        if not 0 <= value <= 3:
            raise SystemExit(f"{path}: line {number}: grade {value} is not 0–3")
        query = queries.setdefault(f"{locale}\t{raw}", Query(locale, raw, text, filters, category))
        if target in query.grades:
            raise SystemExit(f"{path}: line {number}: {target} judged twice for {raw!r}")
        query.grades[target] = value
        query.category = query.category or category
    return list(queries.values())


# Measures ------------------------------------------------------------------------


def dcg(grades: list[int]) -> float:
    return sum((2**grade - 1) / math.log2(rank + 1) for rank, grade in enumerate(grades, 1))


def ndcg_at(query: Query, results: list[str], k: int = 10) -> float | None:
    ideal = dcg(sorted(query.grades.values(), reverse=True)[:k])
    if ideal == 0:
        return None
    return dcg([query.grades.get(target, 0) for target in results[:k]]) / ideal


def reciprocal_rank_at(query: Query, results: list[str], k: int = 10) -> float | None:
    if not query.relevant:
        return None
    for rank, target in enumerate(results[:k], 1):
        if query.grades.get(target, 0) >= RELEVANT:
            return 1 / rank
    return 0.0


def recall_at(query: Query, results: list[str], k: int = 20) -> float | None:
    relevant = query.relevant
    if not relevant:
        return None
    return len(relevant & set(results[:k])) / len(relevant)


@dataclass
class Scores:
    ndcg: list[float] = field(default_factory=list)
    mrr: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    queries: int = 0

    def add(self, query: Query, results: list[str]) -> None:
        self.queries += 1
        for values, value in (
            (self.ndcg, ndcg_at(query, results)),
            (self.mrr, reciprocal_rank_at(query, results)),
            (self.recall, recall_at(query, results)),
        ):
            if value is not None:
                values.append(value)

    @staticmethod
    def mean(values: list[float]) -> str:
        return f"{sum(values) / len(values):.3f}" if values else "–"

    def cells(self) -> list[str]:
        return [
            str(self.queries),
            self.mean(self.ndcg),
            self.mean(self.mrr),
            self.mean(self.recall),
        ]


# Running the queries -------------------------------------------------------------


@dataclass
class Run:
    """What one engine answered: per query key, the targets of the results in order."""

    engine: str
    label: str
    results: dict[str, list[str]]
    totals: dict[str, int]
    fallbacks: int = 0
    aliases: int = 0
    known: dict[str, list[str]] = field(default_factory=dict)  # locale → existing targets
    errors: dict[str, str] = field(default_factory=dict)


# Runs in a child process with one engine's settings (``--rank FILE``).
def rank_in_process(path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    from wagtail.models import Locale, Page

    from integration.models import OfferPage
    from integration.searching.documents import searchable_models
    from integration.searching.service import SearchRequest, search

    def target_of(page: Page) -> str:
        name = getattr(page, "external_id", "") or page.slug
        return f"alias:{name}" if page.alias_of_id else name

    queries = json.loads(path.read_text())
    answer: dict = {"results": {}, "totals": {}, "engines": [], "fallbacks": 0, "known": {}}
    locales = {code: Locale.objects.get(language_code=code) for code in {q[0] for q in queries}}
    for code, locale in locales.items():
        pages = (
            Page.objects.live()
            .filter(locale=locale, alias_of__isnull=True)
            .type(*searchable_models())
        )
        offers = dict(
            OfferPage.objects.filter(pk__in=pages.values("pk")).values_list("pk", "external_id")
        )
        answer["known"][code] = sorted(
            {offers.get(pk) or slug for pk, slug in pages.values_list("pk", "slug")}
        )
    for code, raw, text, filters in queries:
        response = search(
            SearchRequest(query=text, locale=locales[code], filters=filters, limit=DEPTH)
        )
        key = f"{code}\t{raw}"
        answer["results"][key] = [target_of(hit.page) for hit in response.hits]
        answer["totals"][key] = response.total
        answer["engines"].append(response.engine)
        answer["fallbacks"] += bool(response.fallback)
    print("RANKED " + json.dumps(answer))


def run_in_process(engine: str, label: str, env: dict[str, str], queries: list[Query]) -> Run:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump([[q.locale, q.raw, q.text, q.filters] for q in queries], handle)
    try:
        output = subprocess.run(
            [PYTHON, str(Path(__file__).resolve()), "--rank", handle.name],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.PIPE,
            text=True,
        ).stdout
    finally:
        os.unlink(handle.name)
    line = next(line for line in output.splitlines() if line.startswith("RANKED "))
    answer = json.loads(line.removeprefix("RANKED "))
    served = sorted(set(answer["engines"]))
    if engine != "database" and served != [engine]:
        print(f"  Note: {label} answered as {', '.join(served)}", flush=True)
    return Run(
        engine=engine,
        label=label,
        results=answer["results"],
        totals=answer["totals"],
        fallbacks=answer["fallbacks"],
        aliases=sum(t.startswith("alias:") for r in answer["results"].values() for t in r),
        known=answer["known"],
    )


def run_over_http(base_url: str, label: str, queries: list[Query]) -> Run:
    """Ask a running site's search API; offers are identified through the offers API."""
    parts = urllib.parse.urlsplit(base_url)
    connection_class = (
        http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    )
    connection = connection_class(parts.hostname or "127.0.0.1", parts.port, timeout=30)
    prefix = parts.path.rstrip("/")

    def get(path: str) -> tuple[int, dict]:
        connection.request("GET", prefix + path, headers={"Accept": "application/json"})
        response = connection.getresponse()
        body = response.read()
        return response.status, (json.loads(body) if body else {})

    external_ids: dict[tuple[str, int], str] = {}
    run = Run(engine="", label=label, results={}, totals={})
    engines = set()
    for query in queries:
        params = [("q", query.text), ("locale", query.locale), ("limit", str(DEPTH))]
        params += [(name, value) for name, values in query.filters.items() for value in values]
        status, body = get("/api/v2/search/?" + urllib.parse.urlencode(params))
        if status != 200:
            run.errors[query.key] = f"HTTP {status}: {json.dumps(body)[:200]}"
            run.results[query.key] = []
            continue
        engines.add(body.get("engine", "?"))
        targets = []
        for item in body["items"]:
            if item["type"] == "offerpage":
                cache_key = (query.locale, item["id"])
                if cache_key not in external_ids:
                    status, offer = get(f"/api/v2/offers/{item['id']}/?locale={query.locale}")
                    external_ids[cache_key] = (
                        offer.get("external_id") or f"offer:{item['id']}"
                        if status == 200
                        else f"unlisted:{item['id']}"
                    )
                targets.append(external_ids[cache_key])
            else:
                targets.append(item["url"].rstrip("/").rsplit("/", 1)[-1] or item["url"])
        run.results[query.key] = targets
        run.totals[query.key] = body["meta"]["total_count"]
    connection.close()
    run.engine = ", ".join(sorted(engines)) or "?"
    run.label = label or run.engine
    return run


# Engines -------------------------------------------------------------------------


@contextmanager
def engine_urls(engines: list[str]) -> Iterator[dict[str, str]]:
    """The URL per engine: osmem-server, behind a media-type proxy for the Elasticsearch ones."""
    wanted = [engine for engine in engines if engine != "database"]
    if not wanted:
        yield {}
        return
    sys.path.insert(0, str(ROOT))
    from tests.search_engines import CompatProxy, OsmemServer

    with ExitStack() as stack:
        server = OsmemServer().start()
        stack.callback(server.stop)
        urls = {}
        for engine in wanted:
            if engine.startswith("elasticsearch"):
                urls[engine] = stack.enter_context(CompatProxy(server.url)).url
            else:
                urls[engine] = server.url
        yield urls


def engine_env(base: dict[str, str], engine: str, url: str) -> dict[str, str]:
    env = {k: v for k, v in base.items() if not k.startswith("SEARCH_")}
    if engine != "database":
        env.update(
            SEARCH_URL=url,
            SEARCH_BACKEND=engine,
            SEARCH_INDEX_PREFIX=f"relevance_{engine}_",
            SEARCH_TIMEOUT="10",
        )
    env.setdefault("LOG_LEVEL", "ERROR")  # not the engine client's 404s of a first rebuild
    return env


def run_engines(args: argparse.Namespace, queries: list[Query]) -> tuple[list[Run], str]:
    print("Building a throw-away database with the demo content …", flush=True)
    with tempfile.TemporaryDirectory(prefix="integration-bench-relevance-") as folder:
        database_url = args.database_url or f"sqlite:///{folder}/bench.sqlite3"
        env = fresh_database(database_url)
        groups = [] if args.no_synonyms else SYNONYM_GROUPS
        output = manage_output("shell", "--no-imports", "-c", CREATE_SYNONYMS % (groups,), env=env)
        count = next(line for line in output.splitlines() if line.startswith("SYNONYMS "))
        synonyms = f"{count.split()[1]} synonym groups"
        runs = []
        with engine_urls(args.engines) as urls:
            for engine in args.engines:
                engine_env_ = engine_env(env, engine, urls.get(engine, ""))
                seconds = manage("update_index", "--backend", "default", "-v0", env=engine_env_)
                print(f"  {engine}: index rebuilt in {seconds:.1f} s; searching …", flush=True)
                runs.append(run_in_process(engine, engine, engine_env_, queries))
        return runs, synonyms


# Report --------------------------------------------------------------------------


def table(runs: list[Run], queries: list[Query], group) -> list[str]:
    """One row per engine and group (``group(query)`` → the group's name)."""
    lines = [
        "| engine | group | queries | nDCG@10 | MRR@10 | recall@20 |",
        "|--------|-------|--------:|--------:|-------:|----------:|",
    ]
    for run in runs:
        scores: dict[str, Scores] = defaultdict(Scores)
        for query in queries:
            results = run.results.get(query.key, [])
            scores["all"].add(query, results)
            name = group(query)
            if name:
                scores[name].add(query, results)
        for name in ["all", *sorted(n for n in scores if n != "all")]:
            lines.append(f"| {run.label} | {name} | " + " | ".join(scores[name].cells()) + " |")
    return lines


def per_query(runs: list[Run], queries: list[Query]) -> list[str]:
    """nDCG@10 of every query per engine, and the first three results."""
    lines = [
        "| locale | query | category | " + " | ".join(run.label for run in runs) + " |",
        "|---|---|---|" + "---:|" * len(runs),
    ]
    for query in queries:
        cells = []
        for run in runs:
            value = ndcg_at(query, run.results.get(query.key, []))
            cells.append("–" if value is None else f"{value:.2f}")
        text = query.raw.replace("|", "\\|")
        lines.append(f"| {query.locale} | {text} | {query.category} | " + " | ".join(cells) + " |")
    return lines


def weakest(runs: list[Run], queries: list[Query], count: int = 8) -> list[str]:
    lines = []
    for run in runs:
        rows = []
        for query in queries:
            results = run.results.get(query.key, [])
            value = ndcg_at(query, results)
            if value is not None and value < 0.75:
                top = ", ".join(
                    f"{target}({query.grades.get(target, 0)})" for target in results[:4]
                )
                rows.append((value, query, top or "no results"))
        rows.sort(key=lambda row: row[0])
        lines.append(f"{run.label}: {len(rows)} queries with nDCG@10 below 0.75; the weakest:")
        for value, query, top in rows[:count]:
            lines.append(f"  {value:.2f}  {query.locale} {query.raw!r} → {top}")
    return lines


def unjudged(runs: list[Run], queries: list[Query], k: int = 10) -> list[str]:
    """Results in the first ``k`` of any engine that have no judgment: the pool to judge next."""
    pool: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for run in runs:
        for query in queries:
            for rank, target in enumerate(run.results.get(query.key, [])[:k], 1):
                if target not in query.grades:
                    pool[query.key][target].append(f"{run.label} #{rank}")
    lines = []
    for query in queries:
        for target, where in pool.get(query.key, {}).items():
            found = ", ".join(where)
            lines.append(f"{query.locale}\t{query.raw}\t{target}\t?\t{query.category}  # {found}")
    return lines


def check_targets(runs: list[Run], queries: list[Query]) -> list[str]:
    """Judged targets that do not exist in their locale (typos in the judgments)."""
    known = next((run.known for run in runs if run.known), None)
    if not known:
        return []
    missing = sorted(
        {
            f"{query.locale}:{target}"
            for query in queries
            for target in query.grades
            if target not in known.get(query.locale, [])
        }
    )
    return [f"Judged targets that do not exist: {', '.join(missing)}"] if missing else []


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--judgments", type=Path, default=DEFAULT_JUDGMENTS)
    parser.add_argument(
        "--engines",
        default="database,opensearch3",
        help=f"comma-separated, from {', '.join(ENGINES)} (default: %(default)s)",
    )
    parser.add_argument("--base-url", help="ask this running site's search API instead")
    parser.add_argument("--label", default="", help="the engine's name in the report (HTTP)")
    parser.add_argument("--database-url", help="an empty database to build in (default: SQLite)")
    parser.add_argument(
        "--no-synonyms", action="store_true", help="do not add SYNONYM_GROUPS to the demo's"
    )
    parser.add_argument("--per-query", action="store_true", help="print nDCG@10 of every query")
    parser.add_argument(
        "--unjudged",
        action="store_true",
        help="print the results in any engine's first 10 that have no judgment yet",
    )
    parser.add_argument(
        "--write-docs", action="store_true", help=f"put the figures into {FIGURES.name}"
    )
    parser.add_argument("--rank", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rank:
        rank_in_process(args.rank)
        return
    args.engines = [name.strip() for name in args.engines.split(",") if name.strip()]
    unknown = sorted(set(args.engines) - set(ENGINES))
    if unknown:
        parser.error(f"unknown engine(s): {', '.join(unknown)}")

    queries = read_judgments(args.judgments)
    judged = sum(len(query.grades) for query in queries)
    print(f"{len(queries)} queries, {judged} judgments from {args.judgments}", flush=True)
    if args.base_url:
        runs = [run_over_http(args.base_url, args.label, queries)]
        setup = f"Site: {args.base_url} (its own content and synonym groups)."
    else:
        runs, synonyms = run_engines(args, queries)
        groups = "; ".join(f"{code}: “{terms}”" for code, terms in SYNONYM_GROUPS)
        setup = (
            f"Data: the demo content (`load_demo_content`) with {synonyms} in all: the "
            f"demo's own and those of `SYNONYM_GROUPS` in bench/relevance.py ({groups}); "
            "engines other than the database backend on osmem-server."
            if groups and not args.no_synonyms
            else f"Data: the demo content (`load_demo_content`) with its own {synonyms}; "
            "engines other than the database backend on osmem-server."
        )

    by_locale = table(runs, queries, lambda query: f"locale {query.locale}")
    by_category = table(runs, queries, lambda query: query.category)
    categories = defaultdict(int)
    for query in queries:
        categories[query.category or "–"] += 1
    locales = defaultdict(int)
    for query in queries:
        locales[query.locale] += 1
    try:
        judgments_name = args.judgments.resolve().relative_to(ROOT)
    except ValueError:
        judgments_name = args.judgments
    lines = [
        f"Machine: {machine()}.",
        setup,
        f"Judgments: `{judgments_name}`, {len(queries)} queries "
        f"({', '.join(f'{code} {n}' for code, n in sorted(locales.items()))}; "
        f"{', '.join(f'{name} {n}' for name, n in sorted(categories.items()))}), "
        f"{judged} judged targets.",
        "",
        "By locale:",
        "",
        *by_locale,
        "",
        "By category:",
        "",
        *by_category,
        "",
    ]
    for run in runs:
        notes = []
        if run.fallbacks:
            notes.append(f"{run.fallbacks} queries answered by the database fallback")
        if run.aliases:
            notes.append(f"{run.aliases} results were alias pages (counted as not relevant)")
        if run.errors:
            notes.append(f"{len(run.errors)} queries failed")
        if notes:
            lines.append(f"{run.label}: " + "; ".join(notes) + ".")
    lines += check_targets(runs, queries)
    print()
    print("\n".join(lines))
    weak = weakest(runs, queries)
    print()
    print("\n".join(weak))
    if args.per_query:
        print()
        print("\n".join(per_query(runs, queries)))
    if args.unjudged:
        print()
        print("\n".join(unjudged(runs, queries)) or "Every result in the first 10 is judged.")
    for run in runs:
        for key, error in run.errors.items():
            print(f"{run.label}: {key!r}: {error}", file=sys.stderr)
    if args.write_docs:
        repeat = (
            "Repeat: `python bench/relevance.py --write-docs` "
            "(`--per-query` prints every query's nDCG@10)."
        )
        weak_block = [
            "",
            "Queries with nDCG@10 below 0.75 (result: grade):",
            "",
            "```",
            *weak,
            "```",
        ]
        replace_section(
            FIGURES, HEADING, "\n".join([*lines, *weak_block, "", repeat]), "# Search: figures\n"
        )
        print(f"\nWrote the section “{HEADING[3:]}” of {FIGURES.relative_to(ROOT)}.")


if __name__ == "__main__":
    main()
