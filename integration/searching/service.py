"""The public search: one request, answered by the engine or, failing that, the database.

``search()`` and ``suggest()`` serve the search page and the API alike. With
an Elasticsearch-family engine configured they query its per-language
fields (``analysis``); when the engine is unreachable or slower than
``INTEGRATION_SEARCH_TIMEOUT`` they answer from Wagtail's database backend
and say so (``engine == "database"``). Both paths apply the same rules: live,
public, current, not an alias, in the requested locale; promoted pages first.
"""

import logging
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.html import escape, strip_tags
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Or, PlainText

from ..conf import get_setting
from ..models import OfferPage
from . import health
from .analysis import FACET_FIELDS, PREFIX, stems_in_python, text_field
from .documents import facet_values, page_facets, page_text, searchable_models, stems
from .fulltext import match_scores
from .labels import facet_labels
from .synonyms import expand_query
from .text import compound_parts, fold_umlauts, highlight, normalise, stopwords

logger = logging.getLogger(__name__)

MAX_LIMIT = 50
DATABASE_CANDIDATES = 200  # offers the offers API asks for at most
RERANKED = 50  # the best full-text matches that title and summary re-rank


@dataclass
class SearchRequest:
    query: str
    locale: Locale
    filters: dict[str, list[str]] = field(default_factory=dict)
    offset: int = 0
    limit: int = 10
    with_facets: bool = True
    # Pages with some of the query's words suffice (asked when none had them all).
    relaxed: bool = False


@dataclass
class SearchHit:
    page: Page
    title: str
    snippet: str  # safe HTML: escaped text with <mark> around matches
    url: str
    promoted: bool = False

    @property
    def type(self) -> str:
        return self.page._meta.model_name

    @property
    def type_label(self) -> str:
        return str(self.page._meta.verbose_name)


@dataclass
class SearchResponse:
    engine: str
    query: str
    total: int
    hits: list[SearchHit]
    facets: dict[str, list[dict]]
    fallback: bool = False
    # "all": pages with each word (three quarters of longer queries); "some":
    # no page had those, these have at least one of the words.
    matched: str = "all"
    took_ms: float = 0.0


# --- backends -----------------------------------------------------------------

_backends: dict[str, object] = {}


def _backend(alias: str = "default"):
    """The configured backend, built once per configuration (each owns a connection pool)."""
    import json

    config = settings.WAGTAILSEARCH_BACKENDS.get(alias)
    key = alias + json.dumps(config, sort_keys=True, default=str)
    if key not in _backends:
        _backends[key] = get_search_backend(alias)
    return _backends[key]


# --- shared rules -------------------------------------------------------------


def visible_pages(locale: Locale):
    """Pages the public may find in ``locale``: live, public, current, not aliases."""
    return (
        Page.objects.live()
        .public()
        .filter(locale=locale, alias_of__isnull=True)
        .type(*searchable_models())
        .exclude(pk__in=OfferPage.objects.not_current().values("pk"))
    )


def promoted_pages(query: str, locale: Locale) -> list[Page]:
    """Editors' picks (Wagtail search promotions) for the query, if visible in ``locale``."""
    if "wagtail.contrib.search_promotions" not in settings.INSTALLED_APPS or not query:
        return []
    from wagtail.contrib.search_promotions.models import Query
    from wagtail.search.utils import normalise_query_string

    # A read-only lookup: Query.get() would store every public query string.
    promotion = Query.objects.filter(query_string=normalise_query_string(query)).first()
    if promotion is None:
        return []
    picks = promotion.editors_picks.order_by("sort_order").values_list("page_id", flat=True)
    pages = visible_pages(locale).filter(pk__in=list(picks)).specific()
    order = {pk: index for index, pk in enumerate(picks)}
    return sorted(pages, key=lambda page: order.get(page.pk, 0))


def _label_facets(counts: dict[str, Counter], locale: Locale) -> dict[str, list[dict]]:
    labels = facet_labels(locale)
    return {
        name: sorted(
            (
                {"value": value, "label": labels.get(name, {}).get(value, value), "count": count}
                for value, count in counts.get(name, Counter()).items()
                if count
            ),
            key=lambda item: (-item["count"], item["label"]),
        )
        for name in FACET_FIELDS
    }


def _clean_filters(filters: dict[str, list[str]]) -> dict[str, list[str]]:
    return {name: values for name, values in filters.items() if name in FACET_FIELDS and values}


# --- the Elasticsearch family -----------------------------------------------------


def _call(backend, method: str, **kwargs):
    timeout = float(get_setting("INTEGRATION_SEARCH_TIMEOUT"))
    client = backend.es
    if getattr(backend, "use_new_elasticsearch_api", False):
        body = kwargs.pop("body", {})
        return getattr(client.options(request_timeout=timeout), method)(**kwargs, **body)
    return getattr(client, method)(request_timeout=timeout, **kwargs)


def _not_restricted() -> dict:
    """Nothing at or below a page with a view restriction, as the database says now.

    Adding or removing a restriction saves no page, so the ``ic_public`` the
    engine holds can be stale; the restricted subtrees are read at query
    time instead (there are few) and matched on Wagtail's ``path`` filter field.
    """
    paths = PageViewRestriction.objects.values_list("page__path", flat=True).distinct()
    return {"bool": {"must_not": [{"prefix": {"path_filter": path}} for path in paths]}}


def _base_filters(locale: Locale) -> list[dict]:
    today = timezone.localdate().isoformat()
    return [
        {"term": {f"{PREFIX}locale": locale.language_code}},
        {"term": {f"{PREFIX}searchable": True}},
        {"term": {f"{PREFIX}live": True}},
        _not_restricted(),
        # Open ends are indexed as far-off dates (documents.OPEN_START/OPEN_END).
        {"range": {f"{PREFIX}valid_from": {"lte": today}}},
        {"range": {f"{PREFIX}valid_until": {"gte": today}}},
    ]


def _text_query(query: str, locale: Locale, relaxed: bool = False) -> dict:
    language = locale.language_code
    expansion = expand_query(query, language, locale.pk)
    text = normalise(query, language)
    fields = [
        f"{text_field('title', language)}^4",
        f"{text_field('summary', language)}^2",
        text_field("body", language),
    ]
    should: list[dict] = [
        # Every word, anywhere in the page: the strongest signal.
        {
            "multi_match": {
                "query": text,
                "fields": fields,
                "type": "cross_fields",
                "operator": "and",
                "boost": 3,
            }
        },
    ]
    # A compound matches through its head ("Sprachkurs" → any "…kurs"), its
    # other parts only add weight: a Sprachcafé is no Sprachkurs.
    compounds = [parts for parts in expansion.parts_by_term.values() if len(parts) > 1]
    for parts in compounds:
        should.append(
            {
                "bool": {
                    "must": [{"match": {f"{PREFIX}parts": parts[-1]}}],
                    "should": [{"match": {f"{PREFIX}parts": " ".join(parts[:-1])}}],
                    "boost": 0.5,
                }
            }
        )
    # Coverage decides what matches and scores each word; the clauses above
    # add weight for all words together and for whole compounds.
    return {"bool": {"must": [_coverage(expansion, fields, relaxed)], "should": should}}


def content_words(expansion) -> list[str]:
    """The query's words that carry meaning: all but function words (unless that is all).

    Function words typed without umlauts ("fur") count as function words too.
    """
    function_words = stopwords(expansion.language)
    folded = {fold_umlauts(word) for word in function_words}
    words = [
        w for w in expansion.terms if w not in function_words and fold_umlauts(w) not in folded
    ]
    return words or list(expansion.terms)


def _coverage(expansion, fields: list[str], relaxed: bool = False) -> dict:
    """Which pages match at all, and what each word found adds to the score.

    A word counts as found through the text (typos forgiven), through its
    compound head in the parts ("Sprachkurs" → any "…kurs", weighing less),
    through a synonym of a phrase it belongs to, or through its light stem.
    Up to two words must all be found, of more words three quarters;
    ``relaxed``: one.
    """
    language = expansion.language
    per_word = []
    for word in content_words(expansion):
        routes: list[dict] = [
            {
                "multi_match": {
                    "query": word,
                    "fields": fields,
                    "fuzziness": "AUTO",
                    "prefix_length": 1,
                }
            }
        ]
        if head := _head(expansion, word):
            routes.append({"match": {f"{PREFIX}parts": {"query": head, "boost": 0.3}}})
        for text, parts in _synonyms_of(expansion, word):
            synonym = {"query": text, "fields": fields, "operator": "and", "boost": 2}
            routes.append({"multi_match": synonym})
            if parts:
                synonym_parts = {"query": parts, "operator": "and", "boost": 0.6}
                routes.append({"match": {f"{PREFIX}parts": synonym_parts}})
        if stems_in_python(language):
            routes.append({"match": {f"{PREFIX}stems": stems(word, language)}})
        per_word.append({"bool": {"should": routes, "minimum_should_match": 1}})
    return {"bool": {"should": per_word, "minimum_should_match": 1 if relaxed else "2<75%"}}


def _synonyms_of(expansion, word: str) -> list[tuple[str, str]]:
    """(text, compound parts) of each synonym of a phrase that ``word`` belongs to."""
    language = expansion.language
    return [
        (normalise(alternative, language), compound_parts(alternative, language))
        for phrase, alternatives in expansion.alternatives.items()
        if word in phrase.split()
        for alternative in alternatives
    ]


def _head(expansion, word: str) -> str:
    """The part of ``word`` a page's compounds must contain: its head, or its canonical form."""
    if expansion.language != "de":
        return ""
    if parts := expansion.parts_by_term.get(word):
        return parts[-1]
    canonical = compound_parts(word, "de").split()
    return canonical[-1] if canonical else ""


def _facet_filter(name: str, values: list[str]) -> dict:
    return {"terms": {f"{PREFIX}{name}": values}}


FACET_VALUES = 100  # at most, per facet


def _facet_aggregations(filters: dict[str, list[str]]) -> dict:
    """Facet counts in as few passes over the hits as the filters allow.

    A facet's counts ignore its own filter (choosing a district still shows
    the other districts) but apply the others. Facets without a filter
    share one filter set, so one ``terms`` aggregation over the combined
    ``ic_facets`` field counts them all; each filtered facet needs its own.
    """
    aggregations = {}
    combined = {"terms": {"field": f"{PREFIX}facets", "size": FACET_VALUES * len(FACET_FIELDS)}}
    if filters:
        all_filters = [_facet_filter(n, v) for n, v in filters.items()]
        aggregations["shared"] = {
            "filter": {"bool": {"filter": all_filters}},
            "aggs": {"values": combined},
        }
    else:
        aggregations["shared"] = combined
    for name in filters:
        others = [_facet_filter(n, v) for n, v in filters.items() if n != name]
        values = {"terms": {"field": f"{PREFIX}{name}", "size": FACET_VALUES}}
        aggregations[name] = (
            {"filter": {"bool": {"filter": others}}, "aggs": {"values": values}}
            if others
            else values
        )
    return aggregations


def _buckets(aggregation: dict) -> list[dict]:
    return aggregation.get("values", aggregation).get("buckets", [])


def _facet_counts(aggregations: dict, filters: dict[str, list[str]]) -> dict[str, Counter]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for bucket in _buckets(aggregations.get("shared", {})):
        name, _, value = bucket["key"].partition(":")
        if name in FACET_FIELDS and name not in filters:
            counts[name][value] = bucket["doc_count"]
    for name in filters:
        for bucket in _buckets(aggregations.get(name, {})):
            counts[name][bucket["key"]] = bucket["doc_count"]
    return counts


def engine_search(backend, request: SearchRequest, exclude: list[int]) -> SearchResponse:
    language = request.locale.language_code
    filters = _clean_filters(request.filters)
    base = _base_filters(request.locale)
    if exclude:
        base.append({"bool": {"must_not": {"terms": {"pk": [str(pk) for pk in exclude]}}}})
    body: dict = {
        "query": {
            "bool": {
                "must": [_text_query(request.query, request.locale, request.relaxed)],
                "filter": base,
            }
        },
        "from": request.offset,
        "size": request.limit,
        "_source": ["pk"],
        "highlight": {
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "encoder": "html",
            "fields": {
                text_field(name, language): {"fragment_size": 180, "number_of_fragments": 1}
                for name in ("summary", "body", "title")
            },
        },
    }
    if filters:
        body["post_filter"] = {
            "bool": {"filter": [_facet_filter(n, v) for n, v in filters.items()]}
        }
    if request.with_facets:
        body["aggs"] = _facet_aggregations(filters)
    index = backend.get_index_for_model(Page)
    result = _call(backend, "search", index=index.name, body=body)
    hits = result["hits"]["hits"]
    total = result["hits"]["total"]
    total = total["value"] if isinstance(total, dict) else total
    ids = [int(hit["_source"]["pk"]) for hit in hits]
    pages = Page.objects.filter(pk__in=ids).specific().in_bulk()
    items = []
    for hit in hits:
        page = pages.get(int(hit["_source"]["pk"]))
        if page is None:
            continue  # deleted since it was indexed
        fragments = hit.get("highlight", {})
        snippet = next(
            (
                fragments[key][0]
                for key in (text_field(n, language) for n in ("summary", "body", "title"))
                if key in fragments
            ),
            "",
        )
        if not snippet:
            snippet = escape(page_text(page).summary[:240])
        items.append(SearchHit(page=page, title=page.title, snippet=snippet, url=page.url or ""))
    counts = _facet_counts(result.get("aggregations", {}), filters)
    return SearchResponse(
        engine=health.engine_name(backend),
        query=request.query,
        total=total,
        hits=items,
        facets=_label_facets(counts, request.locale) if request.with_facets else {},
    )


def engine_suggest(backend, query: str, locale: Locale, limit: int) -> list[str]:
    body = {
        "query": {
            "bool": {
                "must": [
                    {
                        "match": {
                            f"{PREFIX}suggest": {
                                "query": normalise(query, locale.language_code),
                                "operator": "and",
                            }
                        }
                    }
                ],
                "filter": _base_filters(locale),
            }
        },
        "size": limit,
        "_source": [f"{PREFIX}title_raw"],
    }
    result = _call(backend, "search", index=backend.get_index_for_model(Page).name, body=body)
    titles = [hit["_source"][f"{PREFIX}title_raw"] for hit in result["hits"]["hits"]]
    return list(dict.fromkeys(titles))


# --- the database fallback ----------------------------------------------------------


def database_backend():
    return _backend("database" if "database" in settings.WAGTAILSEARCH_BACKENDS else "default")


def _page_matches_filters(facets: dict[str, list[str]], filters: dict[str, list[str]]) -> bool:
    return all(set(facets.get(name, [])) & set(values) for name, values in filters.items())


def _required_words(count: int) -> int:
    """How many of ``count`` query words a page must match ("2<75%", as on the engine)."""
    return count if count <= 2 else int(count * 0.75)


def _word_query(expansion, word: str):
    """The ways one query word can match in the database index (see ``_coverage``)."""
    language = expansion.language
    texts = [word, _head(expansion, word), stems(word, language)]
    options = [PlainText(text) for text in dict.fromkeys(texts) if text.strip()]
    for text, parts in _synonyms_of(expansion, word):
        options.append(PlainText(text, operator="and"))
        if parts:
            options.append(PlainText(parts, operator="and"))
    return options[0] if len(options) == 1 else Or(options)


def _database_matches(expansion, locale: Locale, relaxed: bool = False) -> dict[int, float]:
    """``{page id: score}`` of the pages matching enough of the query's words (one if relaxed)."""
    backend = database_backend()
    indexed = Page.objects.live().filter(locale=locale)
    words = content_words(expansion)
    found: Counter = Counter()
    scores: dict[int, float] = defaultdict(float)
    for word in words:
        for pk, score in match_scores(backend, _word_query(expansion, word), indexed).items():
            found[pk] += 1
            scores[pk] += score
    needed = 1 if relaxed else _required_words(len(words))
    return {pk: scores[pk] for pk, count in found.items() if count >= needed}


def database_search(request: SearchRequest, exclude: list[int]) -> SearchResponse:
    """The search on Wagtail's database backend: every match counted, the best re-ranked."""
    language = request.locale.language_code
    expansion = expand_query(request.query, language, request.locale.pk)
    scores = _database_matches(expansion, request.locale, request.relaxed) if expansion else {}
    # The index knows only live and locale: the other rules come from the table.
    visible = visible_table(request.locale)
    excluded = set(exclude)
    found = [pk for pk in scores if pk in visible and pk not in excluded]
    filters = _clean_filters(request.filters)
    matching = [pk for pk in found if _page_matches_filters(visible[pk], filters)]
    counts: dict[str, Counter] = defaultdict(Counter)
    if request.with_facets:
        for name in FACET_FIELDS:
            others = {n: v for n, v in filters.items() if n != name}
            for pk in found:
                if _page_matches_filters(visible[pk], others):
                    counts[name].update(visible[pk].get(name, []))
    ranked = sorted(matching, key=lambda pk: (-scores[pk], -pk))
    # Title and summary re-rank the best candidates (the full-text score ranks text blindly).
    best = Page.objects.filter(pk__in=ranked[:RERANKED]).specific().in_bulk()
    ranked = _rerank(ranked[:RERANKED], best, expansion, language) + ranked[RERANKED:]
    shown = ranked[request.offset : request.offset + request.limit]
    pages = {**best, **Page.objects.filter(pk__in=set(shown) - set(best)).specific().in_bulk()}
    terms = expansion.highlight_terms()
    items = []
    for pk in shown:
        page = pages[pk]
        items.append(
            SearchHit(
                page=page,
                title=page.title,
                snippet=_database_snippet(page, terms, language),
                url=page.url or "",
            )
        )
    return SearchResponse(
        engine="database",
        query=request.query,
        total=len(matching),
        hits=items,
        facets=_label_facets(counts, request.locale) if request.with_facets else {},
    )


_visible_tables: dict[str, dict[int, dict[str, list[str]]]] = {}


def visible_table(locale: Locale) -> dict[int, dict[str, list[str]]]:
    """Every page the public may find in ``locale``, with its facets: ``{id: facets}``.

    Built in a few queries and kept in the process per content version and
    day (every change the public can see bumps the version; offers expire at
    midnight), so a search reads visibility and facets from memory. Read
    fresh while this transaction holds changes of its own not yet committed.
    """
    from ..models import ContentVersion
    from ..signals import version_bump_pending

    if version_bump_pending():
        return _build_visible_table(locale)
    key = f"{ContentVersion.current().token}:{timezone.localdate()}:{locale.pk}"
    table = _visible_tables.get(key)
    if table is None:
        table = _visible_tables[key] = _build_visible_table(locale)
        while len(_visible_tables) > 8:
            _visible_tables.pop(next(iter(_visible_tables)))
    return table


def _build_visible_table(locale: Locale) -> dict[int, dict[str, list[str]]]:
    visible = visible_pages(locale)
    models = _models_by_content_type()
    types = {pk: models[type_id] for pk, type_id in visible.values_list("pk", "content_type_id")}
    return facet_values(types, scope=visible)


def _models_by_content_type() -> dict[int, type]:
    from django.contrib.contenttypes.models import ContentType

    return {ContentType.objects.get_for_model(model).pk: model for model in searchable_models()}


def _database_snippet(page: Page, terms: list[str], language: str) -> str:
    """The summary or body with the query's words marked; else the start of the text."""
    text = page_text(page)
    for candidate in (text.summary, text.body):
        marked = highlight(candidate, terms, language)
        if "<mark>" in marked:
            return marked
    return highlight(text.summary or text.body or text.title, terms, language)


def _rerank(ranked: list[int], pages: dict, expansion, language: str) -> list[int]:
    """Title > summary, and all words over some: the database backend ranks text blindly."""
    from .text import light_stem, tokens

    def words(text: str) -> set[str]:
        return {light_stem(token, language) for token in tokens(text, language)}

    wanted = words(" ".join([expansion.text, *expansion.parts]))
    query_words = words(expansion.text)
    scores = {}
    for pk in ranked:
        page = pages.get(pk)
        if page is None:
            continue
        title = words(page.title) | words(compound_parts(page.title, language))
        summary_text = strip_tags(str(getattr(page, "summary", "") or getattr(page, "intro", "")))
        summary = words(summary_text) | words(compound_parts(summary_text, language))
        score = 3 * len(wanted & title) + len(wanted & summary)
        if query_words and query_words <= title | summary:
            score += 4
        scores[pk] = score
    order = {pk: index for index, pk in enumerate(ranked)}
    return sorted(scores, key=lambda pk: (-scores[pk], order[pk]))


def database_suggest(query: str, locale: Locale, limit: int) -> list[str]:
    from django.db.models import Q
    from django.db.models.functions import Length

    prefix = query.strip()
    pages = (
        visible_pages(locale)
        .filter(Q(title__istartswith=prefix) | Q(title__icontains=f" {prefix}"))
        .order_by(Length("title"), "title")
        .values_list("title", flat=True)[:limit]
    )
    return list(dict.fromkeys(pages))


# --- entry points -----------------------------------------------------------------


def _uses_engine(backend) -> bool:
    return hasattr(backend, "es")


def _answer(request: SearchRequest, exclude: list[int]) -> SearchResponse:
    """The engine's answer if it gives one in time, else the database's."""
    backend = _backend()
    if _uses_engine(backend) and health.engine_available():
        try:
            return engine_search(backend, request, exclude)
        except Exception:
            logger.warning("Search engine unavailable, answering from the database", exc_info=True)
            health.mark_engine_down()
    response = database_search(request, exclude)
    response.fallback = _uses_engine(backend)
    return response


def _several_words(request: SearchRequest) -> bool:
    language = request.locale.language_code
    return len(content_words(expand_query(request.query, language, request.locale.pk))) > 1


def search(request: SearchRequest) -> SearchResponse:
    """Search, promoted pages first on the first page; the engine if it answers in time."""
    started = time.perf_counter()
    request.limit = max(1, min(request.limit, MAX_LIMIT))
    request.offset = max(0, request.offset)
    filters = _clean_filters(request.filters)
    promoted = [
        page
        for page in promoted_pages(request.query, request.locale)
        if _page_matches_filters(page_facets(page), filters)
    ]
    exclude = [page.pk for page in promoted]
    response = _answer(request, exclude)
    if response.total == 0 and not promoted and _several_words(request):
        # No page has (nearly) every word: show those with some of them, and say so.
        request.relaxed = True
        response = _answer(request, exclude)
        response.matched = "some"
    if request.offset == 0 and promoted:
        response.hits = [
            SearchHit(
                page=page,
                title=page.title,
                snippet=escape(page_text(page).summary[:240]),
                url=page.url or "",
                promoted=True,
            )
            for page in promoted
        ] + response.hits
    response.total += len(promoted)
    response.took_ms = round((time.perf_counter() - started) * 1000, 1)
    return response


def suggest(query: str, locale: Locale, limit: int = 8) -> tuple[str, list[str]]:
    """Titles completing ``query`` as typed; returns (engine, suggestions)."""
    if len(query.strip()) < 2:
        return "none", []
    backend = _backend()
    if _uses_engine(backend) and health.engine_available():
        try:
            return health.engine_name(backend), engine_suggest(backend, query, locale, limit)
        except Exception:
            logger.warning("Search engine unavailable for suggestions", exc_info=True)
            health.mark_engine_down()
    return "database", database_suggest(query, locale, limit)


def search_ids(
    query: str, locale: Locale, limit: int = DATABASE_CANDIDATES
) -> tuple[str, list[int]]:
    """Ids of visible offers matching ``query`` in ``locale``, best first (for the offers API)."""
    request = SearchRequest(
        query=query,
        locale=locale,
        filters={"type": ["offerpage"]},
        limit=MAX_LIMIT,
        with_facets=False,
    )
    backend = _backend()
    if _uses_engine(backend) and health.engine_available():
        try:
            ids: list[int] = []
            while len(ids) < limit:
                request.offset = len(ids)
                page = engine_search(backend, request, [])
                ids.extend(hit.page.pk for hit in page.hits)
                if len(page.hits) < request.limit:
                    break
            return health.engine_name(backend), ids
        except Exception:
            health.mark_engine_down()
    request.limit = limit
    response = database_search(request, [])
    return "database", [hit.page.pk for hit in response.hits]
