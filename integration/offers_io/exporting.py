"""Open-data export of the offers directory.

CSV and XLSX use the importer's column names and notation (ISO dates,
``ja``/``nein``, lists joined by ``; ``), so an exported file re-imports
without changes. JSON carries the same fields typed. HSDS follows Open
Referral's Human Services Data Specification 3.0 so other directories can
consume the offers.
"""

import csv
import datetime
import io
import json
import uuid
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.db.models import QuerySet
from wagtail.models import Locale

from ..models import OfferPage
from .columns import COLUMNS

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
    "hsds": "application/json",
}
FORMATS = tuple(CONTENT_TYPES)
HSDS_NAMESPACE = uuid.UUID("6f1c4f0e-43a1-4c55-9f55-1f6e3d1a2b10")


def public_offers(locale: Locale) -> QuerySet[OfferPage]:
    """What the public may download: live, public, currently valid offers of ``locale``.

    Aliases (the source text kept under another locale until translated) are
    left out, as in the API: a dataset for a language holds its translations.
    """
    return (
        OfferPage.objects.for_public()
        .filter(locale=locale)
        .select_related("provider", "district", "locale")
        .prefetch_related("action_fields", "target_groups", "languages")
        .order_by("external_id")
    )


def offer_record(offer: OfferPage) -> dict[str, Any]:
    """One offer as typed values under the sheet's column names."""
    return {
        "external_id": offer.external_id,
        "title": offer.title,
        "summary": offer.summary,
        "description": offer.description,
        "provider": offer.provider.name,
        "action_fields": [field.code for field in offer.action_fields.all()],
        "target_groups": [group.slug for group in offer.target_groups.all()],
        "languages": sorted(language.code for language in offer.languages.all()),
        "district": offer.district.slug if offer.district else "",
        "street": offer.street,
        "postcode": offer.postcode,
        "city": offer.city,
        "latitude": offer.latitude,
        "longitude": offer.longitude,
        "contact_name": offer.contact_name,
        "email": offer.email,
        "phone": offer.phone,
        "website": offer.website,
        "schedule": offer.schedule,
        "cost": "kostenlos" if offer.is_free else (offer.cost_note or "kostenpflichtig"),
        "registration_required": offer.registration_required,
        "wheelchair_accessible": offer.wheelchair_accessible,
        "childcare": offer.childcare_available,
        "valid_from": offer.valid_from,
        "valid_until": offer.valid_until,
        "last_reviewed_on": offer.last_reviewed_on,
    }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, list):
        return "; ".join(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:f}"
    return str(value)


HEADER = [column.name for column in COLUMNS]


def sheet_rows(offers: Iterable[OfferPage]) -> Iterable[list[str]]:
    for offer in offers:
        record = offer_record(offer)
        yield [_cell(record[name]) for name in HEADER]


def to_csv(offers: Iterable[OfferPage]) -> bytes:
    """UTF-8 with BOM so that spreadsheet programs detect the encoding."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    writer.writerows(sheet_rows(offers))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(offers: Iterable[OfferPage]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Angebote")
    sheet.append(HEADER)
    for row in sheet_rows(offers):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(offers: Iterable[OfferPage], locale: Locale) -> bytes:
    records = []
    for offer in offers:
        record = offer_record(offer)
        record["is_free"] = offer.is_free
        record["cost_note"] = offer.cost_note
        record["url"] = offer.full_url
        records.append(record)
    document = {"locale": locale.language_code, "count": len(records), "offers": records}
    return json.dumps(document, ensure_ascii=False, default=_json_default, indent=1).encode()


def _hsds_id(kind: str, key: Any) -> str:
    return str(uuid.uuid5(HSDS_NAMESPACE, f"{kind}:{key}"))


def to_hsds(offers: Iterable[OfferPage], locale: Locale) -> dict[str, Any]:
    """Open Referral HSDS 3.0 tables as JSON arrays, with stable UUIDs."""
    organizations: dict[str, dict] = {}
    services, locations, service_at_locations, languages, phones, contacts = [], [], [], [], [], []
    schedules, taxonomy_terms, attributes = [], {}, []
    for offer in offers:
        provider = offer.provider
        organization_id = _hsds_id("organization", provider.translation_key)
        organizations.setdefault(
            organization_id,
            {
                "id": organization_id,
                "name": provider.name,
                "description": provider.description or provider.name,
                "email": provider.email or None,
                "website": provider.website or None,
            },
        )
        service_id = _hsds_id("service", offer.external_id)
        fees = "" if offer.is_free else offer.cost_note
        services.append(
            {
                "id": service_id,
                "organization_id": organization_id,
                "name": offer.title,
                "description": offer.summary or offer.title,
                "url": offer.website or offer.full_url,
                "email": offer.email or None,
                "status": "active",
                "fees_description": "kostenlos" if offer.is_free else fees,
                "application_process": "Anmeldung erforderlich"
                if offer.registration_required
                else "Ohne Anmeldung",
                "eligibility_description": ", ".join(g.name for g in offer.target_groups.all()),
                "assured_date": offer.last_reviewed_on.isoformat()
                if offer.last_reviewed_on
                else None,
                "last_modified": offer.last_published_at.isoformat()
                if offer.last_published_at
                else None,
                "external_identifier": offer.external_id,
            }
        )
        if offer.latitude is not None or offer.street:
            location_id = _hsds_id("location", offer.external_id)
            locations.append(
                {
                    "id": location_id,
                    "location_type": "physical",
                    "organization_id": organization_id,
                    "name": offer.district.name if offer.district else offer.city,
                    "latitude": float(offer.latitude) if offer.latitude is not None else None,
                    "longitude": float(offer.longitude) if offer.longitude is not None else None,
                    "addresses": [
                        {
                            "id": _hsds_id("address", offer.external_id),
                            "location_id": location_id,
                            "address_1": offer.street,
                            "city": offer.city,
                            "postal_code": offer.postcode,
                            "state_province": "",
                            "country": "DE",
                            "address_type": "physical",
                        }
                    ],
                    "accessibility": [
                        {
                            "id": _hsds_id("accessibility", offer.external_id),
                            "location_id": location_id,
                            "description": "rollstuhlgerecht"
                            if offer.wheelchair_accessible
                            else "nicht rollstuhlgerecht",
                        }
                    ],
                }
            )
            service_at_locations.append(
                {
                    "id": _hsds_id("service_at_location", offer.external_id),
                    "service_id": service_id,
                    "location_id": location_id,
                }
            )
        for language in offer.languages.all():
            languages.append(
                {
                    "id": _hsds_id("language", f"{offer.external_id}:{language.code}"),
                    "service_id": service_id,
                    "name": language.name_en,
                    "code": language.code,
                }
            )
        if offer.phone:
            phones.append(
                {
                    "id": _hsds_id("phone", offer.external_id),
                    "service_id": service_id,
                    "number": offer.phone,
                    "type": "voice",
                }
            )
        if offer.contact_name or offer.email:
            contacts.append(
                {
                    "id": _hsds_id("contact", offer.external_id),
                    "service_id": service_id,
                    "name": offer.contact_name or None,
                    "email": offer.email or None,
                }
            )
        if offer.schedule:
            schedules.append(
                {
                    "id": _hsds_id("schedule", offer.external_id),
                    "service_id": service_id,
                    "description": offer.schedule,
                }
            )
        for taxonomy, terms in (
            ("action_field", [(f.code, f.title) for f in offer.action_fields.all()]),
            ("target_group", [(g.slug, g.name) for g in offer.target_groups.all()]),
        ):
            for code, name in terms:
                term_id = _hsds_id(taxonomy, code)
                taxonomy_terms.setdefault(
                    term_id,
                    {
                        "id": term_id,
                        "code": code,
                        "name": name,
                        "taxonomy": taxonomy,
                        "language": locale.language_code,
                    },
                )
                attributes.append(
                    {
                        "id": _hsds_id("attribute", f"{offer.external_id}:{term_id}"),
                        "link_id": service_id,
                        "link_type": "service",
                        "link_entity": "service",
                        "taxonomy_term_id": term_id,
                    }
                )
    return {
        "hsds_version": "3.0",
        "locale": locale.language_code,
        "organizations": list(organizations.values()),
        "services": services,
        "locations": locations,
        "service_at_locations": service_at_locations,
        "languages": languages,
        "phones": phones,
        "contacts": contacts,
        "schedules": schedules,
        "taxonomy_terms": list(taxonomy_terms.values()),
        "attributes": attributes,
    }


def export(offers: Iterable[OfferPage], fmt: str, locale: Locale) -> bytes:
    if fmt == "csv":
        return to_csv(offers)
    if fmt == "xlsx":
        return to_xlsx(offers)
    if fmt == "json":
        return to_json(offers, locale)
    if fmt == "hsds":
        return json.dumps(to_hsds(offers, locale), ensure_ascii=False, indent=1).encode()
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
