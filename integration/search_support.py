"""Full-text search of offers for the offers API's ``q``: the public search, offers only."""

from django.db.models import QuerySet
from wagtail.models import Locale

from .models import OfferPage
from .searching.service import search_ids as public_search_ids

MAX_RESULTS = 1000


def search_ids(query: str, visible: QuerySet[OfferPage], limit: int = MAX_RESULTS) -> list[int]:
    """Ids of offers in ``visible`` matching ``query``, best first.

    The public search (engine, or database when the engine is unavailable)
    ranks the offers of each locale in ``visible``; the ids are then
    intersected with ``visible``, which carries the API's other filters.
    """
    locale_ids = list(visible.order_by().values_list("locale_id", flat=True).distinct())
    ranked: list[int] = []
    for locale in Locale.objects.filter(pk__in=locale_ids).order_by("pk"):
        _engine, ids = public_search_ids(query, locale, limit)
        ranked.extend(ids)
    allowed = set(visible.filter(pk__in=ranked).values_list("pk", flat=True))
    return [pk for pk in ranked if pk in allowed]
