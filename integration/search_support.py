"""Full-text search of offers through the configured Wagtail search backend."""

from django.db.models import QuerySet
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from .models import OfferPage

MAX_RESULTS = 2000


def search_ids(query: str, visible: QuerySet[OfferPage], limit: int = MAX_RESULTS) -> list[int]:
    """Ids of offers in ``visible`` matching ``query``, best first.

    The backend searches live offers per locale (filters it can index), and
    the ids are then intersected with ``visible`` in the database, which
    applies the rules the index does not know (validity, view restrictions).
    """
    backend = get_search_backend()
    locale_ids = list(visible.order_by().values_list("locale_id", flat=True).distinct())
    ranked: list[int] = []
    for locale in Locale.objects.filter(pk__in=locale_ids).order_by("pk"):
        results = backend.search(query, OfferPage.objects.live().filter(locale=locale))
        ranked.extend(page.pk for page in results[:limit])
    allowed = set(visible.filter(pk__in=ranked).values_list("pk", flat=True))
    return [pk for pk in ranked if pk in allowed]
