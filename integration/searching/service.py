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
from .documents import page_facets, page_text, searchable_models, stems
from .labels import facet_labels
from .synonyms import expand_query
from .text import compound_parts, highlight, normalise

logger = logging.getLogger(__name__)

MAX_LIMIT = 50
DATABASE_CANDIDATES = 200


@dataclass
class SearchRequest:
    query: str
    locale: Locale
    filters: dict[str, list[str]] = field(default_factory=dict)
    offset: int = 0
    limit: int = 10
    with_facets: bool = True


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
    took_ms: float = 0.0


class EngineUnavailable(Exception):
    pass


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
        {
            "bool": {
                "should": [
                    {"range": {f"{PREFIX}valid_from": {"lte": today}}},
                    {"bool": {"must_not": {"exists": {"field": f"{PREFIX}valid_from"}}}},
                ]
            }
        },
        {
            "bool": {
                "should": [
                    {"range": {f"{PREFIX}valid_until": {"gte": today}}},
                    {"bool": {"must_not": {"exists": {"field": f"{PREFIX}valid_until"}}}},
                ]
            }
        },
    ]


def _text_query(query: str, locale: Locale) -> dict:
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
        # Most words, with typos forgiven.
        {
            "multi_match": {
                "query": text,
                "fields": fields,
                "type": "best_fields",
                "fuzziness": "AUTO",
                "prefix_length": 1,
                "minimum_should_match": "2<75%",
            }
        },
    ]
    for alternative in expansion.all_texts(with_parts=False)[1:]:
        should.append(
            {
                "multi_match": {
                    "query": normalise(alternative, language),
                    "fields": fields,
                    "type": "best_fields",
                    "minimum_should_match": "2<75%",
                    "boost": 2,
                }
            }
        )
    # A compound matches through its head ("Sprachkurs" → any "…kurs"), its
    # other parts only add weight: a Sprachcafé is no Sprachkurs.
    compounds = [parts for parts in expansion.parts_by_term.values() if len(parts) > 1]
    if words := _part_words(expansion):
        # Plain words also match as parts of compounds: "Kurs" finds "Deutschkurs".
        should.append({"match": {f"{PREFIX}parts": {"query": " ".join(words), "boost": 0.3}}})
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
    if stems_in_python(language):
        should.append(
            {
                "match": {
                    f"{PREFIX}stems": {
                        "query": stems(text, language),
                        "minimum_should_match": "2<75%",
                    }
                }
            }
        )
    return {"bool": {"should": should, "minimum_should_match": 1}}


def _part_words(expansion) -> list[str]:
    """Parts a page's compounds must contain: heads of compounds and plain words, not modifiers."""
    modifiers = {
        part for parts in expansion.parts_by_term.values() if len(parts) > 1 for part in parts[:-1]
    }
    return [part for part in expansion.parts if part not in modifiers]


def _facet_filter(name: str, values: list[str]) -> dict:
    return {"terms": {f"{PREFIX}{name}": values}}


def engine_search(backend, request: SearchRequest, exclude: list[int]) -> SearchResponse:
    language = request.locale.language_code
    filters = _clean_filters(request.filters)
    base = _base_filters(request.locale)
    if exclude:
        base.append({"bool": {"must_not": {"terms": {"pk": [str(pk) for pk in exclude]}}}})
    body: dict = {
        "query": {"bool": {"must": [_text_query(request.query, request.locale)], "filter": base}},
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
        body["aggs"] = {
            name: {
                "filter": {
                    "bool": {
                        "filter": [_facet_filter(n, v) for n, v in filters.items() if n != name]
                    }
                },
                "aggs": {"values": {"terms": {"field": f"{PREFIX}{name}", "size": 100}}},
            }
            for name in FACET_FIELDS
        }
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
    counts = {
        name: Counter(
            {bucket["key"]: bucket["doc_count"] for bucket in aggregation["values"]["buckets"]}
        )
        for name, aggregation in result.get("aggregations", {}).items()
    }
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


def database_search(request: SearchRequest, exclude: list[int]) -> SearchResponse:
    language = request.locale.language_code
    expansion = expand_query(request.query, language, request.locale.pk)
    query_text = normalise(request.query, language)
    heads = _part_words(expansion)
    texts = [
        query_text,
        *expansion.all_texts(with_parts=False)[1:],
        *heads,
        stems(query_text, language),
    ]
    texts = [text for text in dict.fromkeys(texts) if text.strip()]
    query = Or([PlainText(text, operator="or") for text in texts]) if len(texts) > 1 else texts[0]
    # The index filters what it can (live, locale); the rest of the rules in SQL.
    indexed = Page.objects.live().filter(locale=request.locale)
    results = database_backend().search(query, indexed, operator="or")
    ranked = [page.pk for page in results[:DATABASE_CANDIDATES]]
    allowed = set(
        visible_pages(request.locale)
        .exclude(pk__in=exclude)
        .filter(pk__in=ranked)
        .values_list("pk", flat=True)
    )
    ranked = [pk for pk in ranked if pk in allowed]
    pages = Page.objects.filter(pk__in=ranked).specific().in_bulk()
    _prefetch_facets(pages.values())
    ranked = _rerank(ranked, pages, expansion, language)
    facets = {pk: page_facets(page).as_dict() for pk, page in pages.items()}
    filters = _clean_filters(request.filters)
    matching = [pk for pk in ranked if pk in pages and _page_matches_filters(facets[pk], filters)]
    counts: dict[str, Counter] = defaultdict(Counter)
    if request.with_facets:
        for pk in ranked:
            if pk not in pages:
                continue
            for name in FACET_FIELDS:
                others = {n: v for n, v in filters.items() if n != name}
                if _page_matches_filters(facets[pk], others):
                    counts[name].update(facets[pk].get(name, []))
    terms = expansion.highlight_terms()
    items = []
    for pk in matching[request.offset : request.offset + request.limit]:
        page = pages[pk]
        text = page_text(page)
        source = text.summary or text.body or text.title
        for candidate in (text.summary, text.body):
            marked = highlight(candidate, terms, language)
            if "<mark>" in marked:
                source = None
                snippet = marked
                break
        if source is not None:
            snippet = highlight(source, terms, language)
        items.append(SearchHit(page=page, title=page.title, snippet=snippet, url=page.url or ""))
    return SearchResponse(
        engine="database",
        query=request.query,
        total=len(matching),
        hits=items,
        facets=_label_facets(counts, request.locale) if request.with_facets else {},
    )


def _prefetch_facets(pages) -> None:
    """Load the facet relations of many pages in a few queries (not one per page)."""
    from django.db.models import prefetch_related_objects

    from ..models import MeasurePage

    offers = [page for page in pages if isinstance(page, OfferPage)]
    prefetch_related_objects(offers, "action_fields", "target_groups", "languages", "district")
    measures = [page for page in pages if isinstance(page, MeasurePage)]
    prefetch_related_objects(measures, "action_fields")


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


def search(request: SearchRequest) -> SearchResponse:
    """Search, promoted pages first on the first page; the engine if it answers in time."""
    started = time.perf_counter()
    request.limit = max(1, min(request.limit, MAX_LIMIT))
    request.offset = max(0, request.offset)
    filters = _clean_filters(request.filters)
    promoted = [
        page
        for page in promoted_pages(request.query, request.locale)
        if _page_matches_filters(page_facets(page).as_dict(), filters)
    ]
    exclude = [page.pk for page in promoted]
    backend = _backend()
    response = None
    if _uses_engine(backend) and health.engine_available():
        try:
            response = engine_search(backend, request, exclude)
        except Exception:
            logger.warning("Search engine unavailable, answering from the database", exc_info=True)
            health.mark_engine_down()
    if response is None:
        response = database_search(request, exclude)
        response.fallback = _uses_engine(backend)
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
