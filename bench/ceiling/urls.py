"""The site's URLs plus ``bench/ceiling/``: a fixed JSON body, built once at import."""

import json

from django.http import HttpRequest, HttpResponse
from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from config.urls import urlpatterns as site_patterns

# Wagtail's pages endpoint exactly as Wagtail ships it: no response cache, no
# validity filter. The baseline the plugin's endpoints are compared with.
stock_router = WagtailAPIRouter("stockapi")
stock_router.register_endpoint("pages", PagesAPIViewSet)

# About 20 KB, shaped like an API listing, so that writing the body costs what it would there.
BODY = json.dumps(
    {
        "meta": {"total_count": 52},
        "items": [
            {
                "id": number,
                "meta": {"type": "integration.OfferPage", "locale": "de"},
                "title": f"Deutschkurs für Erwachsene Nr. {number}",
                "summary": "Deutsch lernen im Alltag, in kleinen Gruppen.",
                "provider": {"id": number % 40, "name": f"Verein Nr. {number % 40}"},
                "action_fields": ["sprache-bildung", "arbeit-weiterbildung"],
                "languages": ["de", "ar", "tr"],
                "address": {"street": f"Beispielstraße {number}", "postcode": "52062"},
            }
            for number in range(52)
        ],
    },
    ensure_ascii=False,
).encode()


def ceiling(request: HttpRequest) -> HttpResponse:
    return HttpResponse(BODY, content_type="application/json")


urlpatterns = [
    path("bench/ceiling/", ceiling),
    path("bench/stock/api/v2/", stock_router.urls),
    *site_patterns,
]
