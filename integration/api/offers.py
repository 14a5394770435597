"""``/api/v2/offers/``: the offers directory for apps, with filters and facets.

Stock Wagtail API v2 filters by exact field values only and serialises
listings with a query per item. Here filters take several values, facets
count each dimension with all *other* active filters applied, and a listing
costs the same few queries whatever its ``limit``.
"""

import datetime
import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest
from django.utils import timezone
from wagtail.models import Locale

from ..models import (
    OfferPage,
)
from ..search_support import search_ids
from ..searching.labels import facet_labels
from . import params as p
from .caching import content_version_token
from .common import (
    APIError,
    EndpointMixin,
    locale_info,
    resolve_locale,
    rich_text,
)

# Filter dimensions that take term codes or slugs (several values each).
DIMENSIONS = ("action_field", "target_group", "language", "district", "provider")
FLAGS = {
    "free": "is_free",
    "wheelchair_accessible": "wheelchair_accessible",
    "childcare": "childcare_available",
    "registration_required": "registration_required",
}
# Many-to-many filter dimensions → (field on OfferPage, key of the related term)
MANY_TO_MANY = {
    "action_field": ("action_fields", "code"),
    "target_group": ("target_groups", "slug"),
    "language": ("languages", "code"),
}
EARTH_RADIUS_KM = 6371.0
# Per process: the visible-offer rows of the last few (version, day, locale) keys.
_recent_rows: dict[str, dict] = {}


@dataclass(slots=True)
class OfferRow:
    """What filtering, facets and ordering need of one visible offer."""

    title: str
    reviewed: datetime.date | None
    published: datetime.datetime | None
    latitude: float | None
    longitude: float | None
    terms: dict[str, Any]
    flags: dict[str, bool]

    def __post_init__(self):
        self.latitude = float(self.latitude) if self.latitude is not None else None
        self.longitude = float(self.longitude) if self.longitude is not None else None

    def values(self, name: str) -> set:
        value = self.terms.get(name)
        if isinstance(value, set):
            return value
        return {value} if value is not None else set()

    def passes(self, wanted: dict[str, Any]) -> dict[str, bool]:
        checks = {}
        for name, accepted in wanted.items():
            if name in FLAGS:
                checks[name] = self.flags[name] == accepted
            else:
                checks[name] = bool(self.values(name) & accepted)
        return checks


def visible_offers(locale: Locale, fallback: bool = False) -> QuerySet[OfferPage]:
    """What the public may see in ``locale``: live, public, currently valid offers.

    With ``fallback``, source-language offers without a visible translation
    in ``locale`` are included too.
    """
    base = OfferPage.objects.for_public()
    visible = base.filter(locale=locale)
    default = Locale.get_default()
    if fallback and locale.pk != default.pk:
        translated = visible.values("translation_key")
        visible = base.filter(
            Q(locale=locale) | Q(locale=default) & ~Q(translation_key__in=translated)
        )
    return visible


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


class OffersAPIViewSet(EndpointMixin):
    """List and detail of offers; registered on the API router by the host site."""

    # Listing -------------------------------------------------------------

    def listing(self, request: HttpRequest) -> dict:
        query = p.parse_query(request.GET, p.OFFER_LISTING)
        errors = dict(query.errors)
        order = query["order"]
        if order == "relevance" and not query["q"]:
            errors["order"] = "relevance needs q"
        if order == "distance" and not query["near"]:
            errors["order"] = "distance needs near"
        if "radius_km" in request.GET and not query["near"]:
            errors["radius_km"] = "radius_km needs near"
        locale = None
        if "locale" not in errors:
            try:
                locale = resolve_locale(query["locale"])
            except APIError as error:
                errors.update(error.errors)
        for name, message in self._unknown_values(query, locale).items():
            errors.setdefault(name, message)
        if errors:
            raise APIError(errors)

        base = visible_offers(locale, query["fallback"])
        rows = self._cached_rows(base, locale, query["fallback"])
        if query["updated_since"]:
            since = query["updated_since"]
            rows = {pk: row for pk, row in rows.items() if row.published and row.published >= since}

        # Restrictions that are not plain filters: full-text search and distance.
        ranked: list[int] | None = None
        distances: dict[int, float] = {}
        if query["q"]:
            ranked = search_ids(query["q"], base)
            rows = {pk: rows[pk] for pk in ranked if pk in rows}
        if query["near"]:
            latitude, longitude = query["near"]
            for pk, row in rows.items():
                if row.latitude is not None and row.longitude is not None:
                    km = distance_km(latitude, longitude, row.latitude, row.longitude)
                    if km <= query["radius_km"]:
                        distances[pk] = round(km, 3)
            rows = {pk: row for pk, row in rows.items() if pk in distances}

        wanted = self._wanted(query)
        passes = {pk: row.passes(wanted) for pk, row in rows.items()}
        matching = [pk for pk, checks in passes.items() if all(checks.values())]
        order = order or ("relevance" if query["q"] else "distance" if query["near"] else "title")
        ids = self._ordered(matching, rows, order, ranked, distances)
        page_ids = ids[query["offset"] : query["offset"] + query["limit"]]

        return {
            "meta": {
                "total_count": len(ids),
                "limit": query["limit"],
                "offset": query["offset"],
                "locale": locale_info(locale),
                "order": order,
            },
            "items": self._items(page_ids, locale, distances, detail=False),
            "facets": self._facets(rows, passes, locale),
        }

    # The visible offers as compact rows: one query for the offers, one per
    # many-to-many relation, then filters, facets and ordering in one pass.

    def _cached_rows(self, base: QuerySet, locale: Locale, fallback: bool) -> dict:
        """The rows of the visible offers, cached until the content version or the day changes."""
        version = content_version_token(self.request)
        key = f"integration-api-rows:{version}:{timezone.localdate()}:{locale.pk}:{fallback}"
        rows = _recent_rows.get(key)
        if rows is None:
            rows = cache.get(key)
            if rows is None:
                rows = self._rows(base)
                cache.set(key, rows, 3600)
            # The key names the content version, so a kept copy is never stale;
            # keeping it spares every request unpickling thousands of rows.
            _recent_rows[key] = rows
            while len(_recent_rows) > 8:
                _recent_rows.pop(next(iter(_recent_rows)))
        return rows

    def _rows(self, base: QuerySet) -> dict[int, "OfferRow"]:
        rows = {
            pk: OfferRow(title, reviewed, published, lat, lon,
                         {"district": district, "provider": provider},
                         dict(zip(FLAGS, flags, strict=True)))
            for pk, title, reviewed, published, lat, lon, district, provider, *flags
            in base.values_list(
                "pk", "title", "last_reviewed_on", "last_published_at", "latitude", "longitude",
                "district__slug", "provider__slug", *FLAGS.values(),
            )
        }  # fmt: skip
        for name, (field_name, key) in MANY_TO_MANY.items():
            field = OfferPage._meta.get_field(field_name)
            through = field.remote_field.through
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            memberships = through.objects.filter(**{f"{source}_id__in": base.values("pk")})
            for pk, value in memberships.values_list(f"{source}_id", f"{target}__{key}"):
                if pk in rows:
                    rows[pk].terms.setdefault(name, set()).add(value)
        return rows

    @staticmethod
    def _wanted(query: p.Parsed) -> dict[str, Any]:
        wanted: dict[str, Any] = {name: set(query[name]) for name in DIMENSIONS if query[name]}
        wanted.update({name: query[name] for name in FLAGS if query[name] is not None})
        return wanted

    @staticmethod
    def _ordered(matching: list[int], rows, order: str, ranked, distances) -> list[int]:
        if order == "relevance":
            position = {pk: index for index, pk in enumerate(ranked)}
            return sorted(matching, key=position.__getitem__)
        if order == "distance":
            return sorted(matching, key=lambda pk: (distances[pk], pk))
        if order == "-last_reviewed_on":
            return sorted(
                matching,
                key=lambda pk: (
                    rows[pk].reviewed is None,
                    -(rows[pk].reviewed.toordinal() if rows[pk].reviewed else 0),
                    rows[pk].title,
                    pk,
                ),
            )
        return sorted(matching, key=lambda pk: (rows[pk].title, pk))

    def _facets(self, rows: dict, passes: dict, locale: Locale) -> dict:
        """Per dimension, counts over the offers passing every *other* active filter."""
        labels = self._labels(locale)
        counts: dict[str, Counter] = {name: Counter() for name in (*DIMENSIONS, *FLAGS)}
        for pk, row in rows.items():
            checks = passes[pk]
            failed = [name for name, ok in checks.items() if not ok]
            if len(failed) > 1:
                continue
            for name in (*DIMENSIONS, *FLAGS):
                if failed and failed[0] != name:
                    continue
                if name in FLAGS:
                    counts[name][row.flags[name]] += 1
                else:
                    counts[name].update(row.values(name))
        facets: dict[str, list[dict[str, Any]]] = {}
        for name in DIMENSIONS:
            facets[name] = sorted(
                (
                    {"value": value, "label": labels[name].get(value, value), "count": count}
                    for value, count in counts[name].items()
                ),
                key=lambda item: (-item["count"], item["label"]),
            )
        for name in FLAGS:
            facets[name] = [
                {"value": value, "count": counts[name].get(value, 0)} for value in (True, False)
            ]
        return facets

    def _unknown_values(self, query: p.Parsed, locale: Locale | None) -> dict[str, str]:
        """Filter values that name nothing: a typo should not look like "no results"."""
        if not any(query[name] for name in DIMENSIONS):
            return {}
        labels = self._labels(locale)
        errors = {}
        for name in DIMENSIONS:
            allowed = set(labels.get(name, {}))
            unknown = [value for value in query[name] if value not in allowed]
            if unknown:
                errors[name] = "unknown value(s): " + ", ".join(unknown)
        return errors

    def _labels(self, locale: Locale | None) -> dict[str, dict[str, str]]:
        """Facet labels per value in ``locale`` (source language where untranslated).

        The vocabularies change only when the content version does, so they
        are cached per version and locale.
        """
        version = content_version_token(self.request)
        memo = self.__dict__.setdefault("_label_memo", {})
        key = (version, getattr(locale, "pk", 0))
        if key not in memo:
            memo[key] = facet_labels(locale, version)
        return memo[key]

    # Items ---------------------------------------------------------------

    def _items(self, ids: list[int], locale: Locale, distances: dict, detail: bool) -> list:
        offers = {
            offer.pk: offer
            for offer in OfferPage.objects.filter(pk__in=ids)
            .select_related("provider", "district", "locale")
            .prefetch_related("action_fields", "target_groups", "languages")
        }
        ordered = [offers[pk] for pk in ids if pk in offers]
        if not ordered:
            return []
        labels = self._labels(locale)
        return [self._serialise(offer, locale, labels, distances, detail) for offer in ordered]

    @staticmethod
    def _serialise(offer: OfferPage, locale: Locale, labels, distances, detail: bool) -> dict:
        item = {
            "id": offer.pk,
            "external_id": offer.external_id,
            "locale": offer.locale.language_code,
            "fallback": offer.locale_id != locale.pk,
            "title": offer.title,
            "summary": offer.summary,
            "url": offer.get_url(),
            "provider": {
                "slug": offer.provider.slug,
                "name": labels["provider"].get(offer.provider.slug, offer.provider.name),
            },
            "action_fields": [
                {"code": field.code, "title": labels["action_field"].get(field.code, field.title)}
                for field in offer.action_fields.all()
            ],
            "target_groups": [
                {"slug": group.slug, "name": labels["target_group"].get(group.slug, group.name)}
                for group in offer.target_groups.all()
            ],
            "languages": sorted(language.code for language in offer.languages.all()),
            "district": (
                {
                    "slug": offer.district.slug,
                    "name": labels["district"].get(offer.district.slug, offer.district.name),
                }
                if offer.district
                else None
            ),
            "address": {"street": offer.street, "postcode": offer.postcode, "city": offer.city},
            "location": (
                {"lat": float(offer.latitude), "lon": float(offer.longitude)}
                if offer.latitude is not None and offer.longitude is not None
                else None
            ),
            "cost": {"free": offer.is_free, "note": offer.cost_note},
            "registration_required": offer.registration_required,
            "wheelchair_accessible": offer.wheelchair_accessible,
            "childcare_available": offer.childcare_available,
            "schedule": offer.schedule,
            "valid_from": offer.valid_from.isoformat() if offer.valid_from else None,
            "valid_until": offer.valid_until.isoformat() if offer.valid_until else None,
            "last_reviewed_on": offer.last_reviewed_on.isoformat()
            if offer.last_reviewed_on
            else None,
            "last_published_at": offer.last_published_at.isoformat()
            if offer.last_published_at
            else None,
            "is_example": offer.is_example,
        }
        if offer.pk in distances:
            item["distance_km"] = distances[offer.pk]
        if detail:
            item["description"] = rich_text(offer.description)
            item["contact"] = {
                "name": offer.contact_name,
                "email": offer.email,
                "phone": offer.phone,
                "website": offer.website,
            }
        return item

    # Detail --------------------------------------------------------------

    def detail(self, request: HttpRequest, pk: int) -> dict:
        query = p.parse_query(request.GET, p.OFFER_DETAIL)
        errors = dict(query.errors)
        locale = None
        if query["locale"] and "locale" not in errors:
            try:
                locale = resolve_locale(query["locale"])
            except APIError as error:
                errors.update(error.errors)
        if errors:
            raise APIError(errors)
        visible = OfferPage.objects.for_public()
        offer = visible.filter(pk=pk).first()
        if offer is None:
            raise Http404(f"no published, public, currently valid offer with id {pk}")
        if locale and offer.locale_id != locale.pk:
            translation = visible.filter(translation_key=offer.translation_key, locale=locale)
            source = visible.filter(
                translation_key=offer.translation_key, locale=Locale.get_default()
            )
            # Fallback means: the source language stands in, never another one.
            offer = translation.first() or (source.first() if query["fallback"] else None)
            if offer is None:
                raise Http404(f"offer {pk} has no translation in {locale.language_code!r}")
        locale = locale or offer.locale
        (item,) = self._items([offer.pk], locale, {}, detail=True)
        item["translations"] = dict(
            visible.filter(translation_key=offer.translation_key).values_list(
                "locale__language_code", "pk"
            )
        )
        return item
