"""The public search page: server-rendered, works without JavaScript.

Query, filters and page number live in the URL (``?q=…&type=offerpage&page=2``),
so every result page can be bookmarked and shared. Results come from the
plugin's search service: the search engine, or the database with a quiet
notice when the engine is unavailable.
"""

from urllib.parse import urlencode

from django.template.response import TemplateResponse
from wagtail.models import Locale

from integration.api.params import ParamError, parse_text
from integration.searching.analysis import FACET_FIELDS
from integration.searching.service import SearchRequest, suggest
from integration.searching.service import search as run_search

PER_PAGE = 10
MAX_PAGE = 100


def _page_number(raw: str | None) -> int:
    try:
        return min(max(int(raw or 1), 1), MAX_PAGE)
    except ValueError:
        return 1


def search(request):
    try:
        query = parse_text(request.GET.get("q", ""))
    except ParamError:
        query = parse_text(request.GET.get("q", "")[:200])
    locale = Locale.get_active()
    filters = {
        name: [value for value in request.GET.getlist(name) if value][:20] for name in FACET_FIELDS
    }
    filters = {name: values for name, values in filters.items() if values}
    number = _page_number(request.GET.get("page"))
    context = {"search_query": query, "filters": filters, "page_number": number}
    if query:
        response = run_search(
            SearchRequest(
                query=query,
                locale=locale,
                filters=filters,
                offset=(number - 1) * PER_PAGE,
                limit=PER_PAGE,
            )
        )
        pages = max(1, -(-response.total // PER_PAGE))

        def url(**changes) -> str:
            params = {"q": query, **filters}
            params.update(changes)
            return "?" + urlencode(
                [
                    (key, value)
                    for key, values in params.items()
                    for value in (values if isinstance(values, list) else [values])
                    if value not in ("", None)
                ]
            )

        facet_groups = []
        for name, items in response.facets.items():
            selected = set(filters.get(name, []))
            options = []
            for item in items:
                chosen = item["value"] in selected
                values = sorted(
                    selected - {item["value"]} if chosen else selected | {item["value"]}
                )
                options.append(
                    {**item, "selected": chosen, "url": url(**{name: values, "page": ""})}
                )
            if options:
                facet_groups.append({"name": name, "options": options})
        context.update(
            {
                "response": response,
                "results": response.hits,
                "total": response.total,
                "facet_groups": facet_groups,
                "previous_url": url(page=number - 1) if number > 1 else None,
                "next_url": url(page=number + 1) if number < pages else None,
                "page_count": pages,
                "engine_unavailable": response.fallback,
                "some_words": response.matched == "some",
            }
        )
        if not response.hits and number == 1:
            context["did_you_mean"] = suggest(query, locale, 3)[1]
    return TemplateResponse(request, "search/search.html", context)
