"""``/api/v2/search/``, ``/search/suggest/`` and ``/search/health/``: the public search.

Answered by ``integration.searching.service``: the configured engine, or the
database when the engine is unreachable (``"engine": "database"``). Only
live, public, currently valid pages of the requested locale are returned.
"""

from django.http import HttpRequest
from django.urls import path

from ..searching import health
from ..searching.service import MAX_LIMIT, SearchRequest, search, suggest
from . import params as p
from .common import APIError, EndpointMixin, locale_info, resolve_locale

FILTER_NAMES = ("type", "action_field", "target_group", "language", "district")
MAX_SUGGESTIONS = 20


def _check_limit(query: p.Parsed, maximum: int) -> None:
    """The shared limit parser allows the offers' 100; these endpoints document less."""
    if "limit" not in query.errors and query["limit"] > maximum:
        query.errors["limit"] = f"must be at most {maximum}"


def _uncached(view):
    view.integration_uncached = True
    return view


class SearchAPIViewSet(EndpointMixin):
    @classmethod
    def get_urlpatterns(cls):
        def action(name):
            def view(request: HttpRequest):
                return cls()._respond(request, name)

            view.__name__ = f"{cls.__name__}_{name}"
            return _uncached(view)

        return [
            path("", action("listing"), name="listing"),
            path("suggest/", action("suggestions"), name="suggest"),
            path("health/", action("engine_health"), name="health"),
        ]

    def listing(self, request: HttpRequest) -> dict:
        query = p.parse_query(request.GET, p.SEARCH)
        if not query["q"] and "q" not in query.errors:
            query.errors["q"] = "required: the text to search for"
        _check_limit(query, MAX_LIMIT)
        locale = self._locale(query)
        response = search(
            SearchRequest(
                query=query["q"],
                locale=locale,
                filters={name: query[name] for name in FILTER_NAMES if query[name]},
                offset=query["offset"],
                limit=query["limit"],
            )
        )
        return {
            "engine": response.engine,
            "meta": {
                "total_count": response.total,
                "query": response.query,
                "locale": locale_info(locale),
                "took_ms": response.took_ms,
                "matched": response.matched,
            },
            "items": [
                {
                    "id": hit.page.pk,
                    "type": hit.type,
                    "type_label": hit.type_label,
                    "title": hit.title,
                    "snippet": hit.snippet,
                    "url": hit.url,
                    "locale": locale.language_code,
                    "promoted": hit.promoted,
                }
                for hit in response.hits
            ],
            "facets": response.facets,
        }

    def suggestions(self, request: HttpRequest) -> dict:
        query = p.parse_query(request.GET, p.SUGGEST)
        _check_limit(query, MAX_SUGGESTIONS)
        locale = self._locale(query)
        engine, suggestions = suggest(query["q"] or "", locale, query["limit"])
        return {"engine": engine, "query": query["q"] or "", "suggestions": suggestions}

    def engine_health(self, request: HttpRequest) -> dict:
        query = p.parse_query(request.GET, p.SEARCH_HEALTH)
        if query.errors:
            raise APIError(query.errors)
        return health.check().as_dict()

    @staticmethod
    def _locale(query: p.Parsed):
        try:
            locale = resolve_locale(query["locale"])
        except APIError as error:
            query.errors.update(error.errors)
            locale = None
        if query.errors:
            raise APIError(query.errors)
        return locale
