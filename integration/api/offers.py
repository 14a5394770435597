"""``/api/v2/offers/``: the offers directory for apps, with filters and facets.

Stock Wagtail API v2 filters by exact field values only and serialises
listings with a query per item. Here filters take several values, facets
count each dimension with all *other* active filters applied, and a listing
costs the same few queries whatever its ``limit``.
"""

import math
from collections import defaultdict
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404, HttpRequest
from wagtail.models import Locale

from ..models import ActionFieldPage, District, OfferPage, Provider, TargetGroup
from ..search_support import search_ids
from . import params as p
from .common import (
    APIError,
    EndpointMixin,
    locale_info,
    resolve_locale,
    rich_text,
    titles_in_locale,
)

# Filter dimension → (lookup on OfferPage, through-model join or None)
DIMENSIONS = {
    "action_field": "action_fields__code",
    "target_group": "target_groups__slug",
    "language": "languages__code",
    "district": "district__slug",
    "provider": "provider__slug",
}
FLAGS = {
    "free": "is_free",
    "wheelchair_accessible": "wheelchair_accessible",
    "childcare": "childcare_available",
    "registration_required": "registration_required",
}
EARTH_RADIUS_KM = 6371.0


def visible_offers(locale: Locale, fallback: bool = False) -> QuerySet[OfferPage]:
    """What the public may see in ``locale``: live, public, currently valid offers.

    With ``fallback``, source-language offers without a visible translation
    in ``locale`` are included too.
    """
    base = OfferPage.objects.live().public().current()
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
        for name, message in self._unknown_values(query).items():
            errors.setdefault(name, message)
        if errors:
            raise APIError(errors)

        base = visible_offers(locale, query["fallback"])
        if query["updated_since"]:
            base = base.filter(last_published_at__gte=query["updated_since"])
        conditions = self._conditions(query)

        # Restrictions that are not plain SQL: full-text search and distance.
        ranked: list[int] | None = None
        distances: dict[int, float] = {}
        if query["q"]:
            ranked = search_ids(query["q"], base)
            base = base.filter(pk__in=ranked)
        if query["near"]:
            distances = self._within(base, *query["near"], query["radius_km"])
            base = base.filter(pk__in=list(distances))

        matching = base.filter(*conditions.values()).distinct()
        order = order or ("relevance" if query["q"] else "distance" if query["near"] else "title")
        ids = self._ordered_ids(matching, order, ranked, distances)
        total = len(ids)
        page_ids = ids[query["offset"] : query["offset"] + query["limit"]]

        items = self._items(page_ids, locale, distances, detail=False)
        return {
            "meta": {
                "total_count": total,
                "limit": query["limit"],
                "offset": query["offset"],
                "locale": locale_info(locale),
                "order": order,
            },
            "items": items,
            "facets": self._facets(base, conditions, locale),
        }

    def _unknown_values(self, query: p.Parsed) -> dict[str, str]:
        """Filter values that name nothing: a typo should not look like "no results"."""
        known = {
            "action_field": set(ActionFieldPage.objects.values_list("code", flat=True)),
            "target_group": set(TargetGroup.objects.values_list("slug", flat=True)),
            "district": set(District.objects.values_list("slug", flat=True)),
            "provider": set(Provider.objects.values_list("slug", flat=True)),
        }
        from ..models import Language

        known["language"] = set(Language.objects.values_list("code", flat=True))
        errors = {}
        for name, allowed in known.items():
            unknown = [value for value in query[name] if value not in allowed]
            if unknown:
                errors[name] = "unknown value(s): " + ", ".join(unknown)
        return errors

    @staticmethod
    def _conditions(query: p.Parsed) -> dict[str, Q]:
        conditions = {}
        for name, lookup in DIMENSIONS.items():
            if query[name]:
                conditions[name] = Q(**{f"{lookup}__in": query[name]})
        for name, field_name in FLAGS.items():
            if query[name] is not None:
                conditions[name] = Q(**{field_name: query[name]})
        return conditions

    @staticmethod
    def _within(base: QuerySet, latitude: float, longitude: float, radius: float) -> dict:
        # A bounding box in SQL, then the exact great-circle distance.
        dlat = radius / 111.0
        dlon = radius / (111.0 * max(math.cos(math.radians(latitude)), 0.01))
        candidates = base.filter(
            latitude__gte=latitude - dlat,
            latitude__lte=latitude + dlat,
            longitude__gte=longitude - dlon,
            longitude__lte=longitude + dlon,
        ).values_list("pk", "latitude", "longitude")
        distances = {}
        for pk, lat, lon in candidates:
            km = distance_km(latitude, longitude, float(lat), float(lon))
            if km <= radius:
                distances[pk] = round(km, 3)
        return distances

    @staticmethod
    def _ordered_ids(matching: QuerySet, order: str, ranked, distances) -> list[int]:
        if order == "relevance":
            position = {pk: index for index, pk in enumerate(ranked)}
            return sorted(matching.values_list("pk", flat=True), key=position.__getitem__)
        if order == "distance":
            return sorted(matching.values_list("pk", flat=True), key=lambda pk: (distances[pk], pk))
        if order == "-last_reviewed_on":
            ordering = matching.order_by("-last_reviewed_on", "title", "pk")
        else:
            ordering = matching.order_by("title", "pk")
        return list(ordering.values_list("pk", flat=True))

    # Facets --------------------------------------------------------------

    def _facets(self, base: QuerySet, conditions: dict[str, Q], locale: Locale) -> dict:
        def others(excluded: str) -> QuerySet:
            return base.filter(*(c for name, c in conditions.items() if name != excluded))

        facets: dict[str, list[dict[str, Any]]] = {}
        labels = self._labels(locale)
        for name, lookup in DIMENSIONS.items():
            rows = (
                others(name)
                .exclude(**{f"{lookup}__isnull": True})
                .values(lookup)
                .annotate(count=Count("pk", distinct=True))
                .order_by()
            )
            facets[name] = sorted(
                (
                    {"value": row[lookup], "label": labels[name].get(row[lookup], row[lookup]),
                     "count": row["count"]}
                    for row in rows
                ),
                key=lambda item: (-item["count"], item["label"]),
            )  # fmt: skip
        # Flags that are not filtered share one base: one query for all of them.
        unfiltered = [name for name in FLAGS if name not in conditions]
        shared = {}
        if unfiltered:
            aggregates = {}
            for name in unfiltered:
                aggregates[f"{name}_true"] = Count("pk", filter=Q(**{FLAGS[name]: True}))
                aggregates[f"{name}_false"] = Count("pk", filter=Q(**{FLAGS[name]: False}))
            shared = others("").aggregate(**aggregates)
        for name, field_name in FLAGS.items():
            if name in conditions:
                counts = dict(
                    others(name).values_list(field_name).annotate(count=Count("pk")).order_by()
                )
            else:
                counts = {True: shared[f"{name}_true"], False: shared[f"{name}_false"]}
            facets[name] = [
                {"value": value, "count": counts.get(value, 0)} for value in (True, False)
            ]
        return facets

    @staticmethod
    def _labels(locale: Locale) -> dict[str, dict[str, str]]:
        """Facet labels in ``locale`` (source language where untranslated)."""
        from ..models import Language

        labels: dict[str, dict[str, str]] = defaultdict(dict)
        for model, name, key in (
            (ActionFieldPage, "action_field", "code"),
            (TargetGroup, "target_group", "slug"),
            (District, "district", "slug"),
            (Provider, "provider", "slug"),
        ):
            label = "title" if model is ActionFieldPage else "name"
            rows = model.objects.values_list(key, label, "locale_id")
            if model is ActionFieldPage:
                rows = model.objects.live().values_list(key, label, "locale_id")
            for value, text, _locale_id in sorted(rows, key=lambda row: row[2] == locale.pk):
                labels[name][value] = text  # the requested locale sorts last and wins
        labels["language"] = dict(Language.objects.values_list("code", "native_name"))
        return labels

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
        names = {
            "action_fields": titles_in_locale(
                {f for o in ordered for f in o.action_fields.all()}, locale
            ),
            "target_groups": titles_in_locale(
                {g for o in ordered for g in o.target_groups.all()}, locale, "name"
            ),
            "districts": titles_in_locale(
                {o.district for o in ordered if o.district}, locale, "name"
            ),
            "providers": titles_in_locale({o.provider for o in ordered}, locale, "name"),
        }
        return [self._serialise(offer, locale, names, distances, detail) for offer in ordered]

    @staticmethod
    def _serialise(offer: OfferPage, locale: Locale, names, distances, detail: bool) -> dict:
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
                "name": names["providers"][offer.provider.translation_key],
            },
            "action_fields": [
                {"code": field.code, "title": names["action_fields"][field.translation_key]}
                for field in offer.action_fields.all()
            ],
            "target_groups": [
                {"slug": group.slug, "name": names["target_groups"][group.translation_key]}
                for group in offer.target_groups.all()
            ],
            "languages": sorted(language.code for language in offer.languages.all()),
            "district": (
                {
                    "slug": offer.district.slug,
                    "name": names["districts"][offer.district.translation_key],
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
        if query.errors:
            raise APIError(query.errors)
        locale = resolve_locale(query["locale"]) if query["locale"] else None
        offer = OfferPage.objects.live().public().current().filter(pk=pk).first()
        if offer is None:
            raise Http404(f"no published, public, currently valid offer with id {pk}")
        if locale and offer.locale_id != locale.pk:
            translated = (
                OfferPage.objects.live().public().current()
                .filter(translation_key=offer.translation_key, locale=locale)
                .first()
            )  # fmt: skip
            if translated is not None:
                offer = translated
            elif not query["fallback"]:
                raise Http404(f"offer {pk} has no translation in {locale.language_code!r}")
        locale = locale or offer.locale
        (item,) = self._items([offer.pk], locale, {}, detail=True)
        item["translations"] = dict(OfferPage.objects.live().public().current()
            .filter(translation_key=offer.translation_key)
            .values_list("locale__language_code", "pk"))  # fmt: skip
        return item
