"""The public search page of the reference site (first cut: Wagtail's backend)."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from integration.models import OfferPage


def search(request):
    query = request.GET.get("q", "").strip()
    results = Page.objects.none()
    if query:
        locale = Locale.get_active()
        hidden_offers = OfferPage.objects.not_current()
        results = (
            Page.objects.live()
            .public()
            .filter(locale=locale)
            .exclude(pk__in=hidden_offers.values("pk"))
            .specific()
            .search(query)
        )
    page = Paginator(results, 10).get_page(request.GET.get("page"))
    return TemplateResponse(request, "search/search.html", {"search_query": query, "results": page})
