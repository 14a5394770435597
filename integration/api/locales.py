"""``/api/v2/locales/``: every content language with its direction and translation share."""

from django.conf import settings
from django.db.models import Count
from django.http import HttpRequest
from wagtail.models import Locale, Page

from ..i18n import text_direction
from . import params as p
from .common import APIError, EndpointMixin


class LocalesAPIViewSet(EndpointMixin):
    def listing(self, request: HttpRequest) -> dict:
        query = p.parse_query(request.GET, p.LOCALES)
        if query.errors:
            raise APIError(query.errors)
        default = Locale.get_default()
        names = dict(getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES))
        # Aliases hold the source text under another locale: not translated.
        live = Page.objects.live().public().filter(depth__gt=1, alias_of__isnull=True)
        counts = dict(live.values_list("locale_id").annotate(count=Count("pk")).order_by())
        source_count = counts.get(default.pk, 0)
        items = []
        for locale in Locale.objects.order_by("language_code"):
            count = counts.get(locale.pk, 0)
            items.append(
                {
                    "code": locale.language_code,
                    "name": names.get(locale.language_code, locale.language_code),
                    "direction": text_direction(locale.language_code),
                    "is_source": locale.pk == default.pk,
                    "live_pages": count,
                    "translated_share": round(min(count / source_count, 1.0), 4)
                    if source_count
                    else 0.0,
                }
            )
        return {"meta": {"total_count": len(items)}, "items": items}
