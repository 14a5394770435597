"""The OpenAPI 3.1 description of the API and a readable docs page built from it.

Parameters come from the declarations in ``params.py`` (which also validate
requests); response schemas are plain JSON Schema, so tests validate real
responses against them.
"""

from typing import Any

from django.http import HttpRequest, JsonResponse
from django.template.response import TemplateResponse

from . import params as p

NULLABLE_STRING = {"type": ["string", "null"]}
NULLABLE_DATE = {"type": ["string", "null"], "format": "date"}

SCHEMAS: dict[str, Any] = {
    "Errors": {
        "type": "object",
        "required": ["errors"],
        "properties": {
            "errors": {
                "type": "object",
                "description": "One message per bad parameter.",
                "additionalProperties": {"type": "string"},
            }
        },
    },
    "LocaleInfo": {
        "type": "object",
        "required": ["code", "direction"],
        "properties": {
            "code": {"type": "string"},
            "direction": {"type": "string", "enum": ["ltr", "rtl"]},
        },
    },
    "Term": {
        "type": "object",
        "properties": {
            "slug": {"type": "string"},
            "code": {"type": "string"},
            "name": {"type": "string"},
            "title": {"type": "string"},
        },
    },
    "Offer": {
        "type": "object",
        "required": [
            "id",
            "external_id",
            "locale",
            "fallback",
            "title",
            "summary",
            "url",
            "provider",
            "action_fields",
            "target_groups",
            "languages",
            "district",
            "address",
            "location",
            "cost",
            "registration_required",
            "wheelchair_accessible",
            "childcare_available",
            "schedule",
            "valid_from",
            "valid_until",
            "last_reviewed_on",
            "last_published_at",
            "is_example",
        ],  # fmt: skip
        "properties": {
            "id": {"type": "integer"},
            "external_id": {"type": "string"},
            "locale": {"type": "string"},
            "fallback": {
                "type": "boolean",
                "description": "Source-language item shown in place of a missing translation.",
            },
            "title": {"type": "string"},
            "summary": {"type": "string"},
            "url": NULLABLE_STRING,
            "provider": {"$ref": "#/components/schemas/Term"},
            "action_fields": {"type": "array", "items": {"$ref": "#/components/schemas/Term"}},
            "target_groups": {"type": "array", "items": {"$ref": "#/components/schemas/Term"}},
            "languages": {"type": "array", "items": {"type": "string"}},
            "district": {"anyOf": [{"$ref": "#/components/schemas/Term"}, {"type": "null"}]},
            "address": {
                "type": "object",
                "properties": {
                    "street": {"type": "string"},
                    "postcode": {"type": "string"},
                    "city": {"type": "string"},
                },
            },
            "location": {
                "anyOf": [
                    {
                        "type": "object",
                        "required": ["lat", "lon"],
                        "properties": {"lat": {"type": "number"}, "lon": {"type": "number"}},
                    },
                    {"type": "null"},
                ]
            },
            "distance_km": {"type": "number", "description": "Only with `near`."},
            "cost": {
                "type": "object",
                "required": ["free", "note"],
                "properties": {"free": {"type": "boolean"}, "note": {"type": "string"}},
            },
            "registration_required": {"type": "boolean"},
            "wheelchair_accessible": {"type": "boolean"},
            "childcare_available": {"type": "boolean"},
            "schedule": {"type": "string"},
            "valid_from": NULLABLE_DATE,
            "valid_until": NULLABLE_DATE,
            "last_reviewed_on": NULLABLE_DATE,
            "last_published_at": {"type": ["string", "null"], "format": "date-time"},
            "is_example": {"type": "boolean"},
        },
    },  # fmt: skip
    "OfferDetail": {
        "allOf": [
            {"$ref": "#/components/schemas/Offer"},
            {
                "type": "object",
                "required": ["description", "contact", "translations"],
                "properties": {
                    "description": {"type": "string", "description": "HTML, links resolved."},
                    "contact": {
                        "type": "object",
                        "properties": {
                            "name": {"type": "string"},
                            "email": {"type": "string"},
                            "phone": {"type": "string"},
                            "website": {"type": "string"},
                        },
                    },
                    "translations": {
                        "type": "object",
                        "description": "Locale code → offer id.",
                        "additionalProperties": {"type": "integer"},
                    },
                },
            },
        ]
    },
    "FacetValue": {
        "type": "object",
        "required": ["value", "count"],
        "properties": {
            "value": {"type": ["string", "boolean"]},
            "label": {"type": "string"},
            "count": {"type": "integer", "minimum": 0},
        },
    },
    "OfferListing": {
        "type": "object",
        "required": ["meta", "items", "facets"],
        "properties": {
            "meta": {
                "type": "object",
                "required": ["total_count", "limit", "offset", "locale", "order"],
                "properties": {
                    "total_count": {"type": "integer"},
                    "limit": {"type": "integer"},
                    "offset": {"type": "integer"},
                    "locale": {"$ref": "#/components/schemas/LocaleInfo"},
                    "order": {"type": "string", "enum": list(p.OFFER_ORDERS)},
                },
            },
            "items": {"type": "array", "items": {"$ref": "#/components/schemas/Offer"}},
            "facets": {
                "type": "object",
                "description": "Counts per value of each filter, with all other filters applied.",
                "additionalProperties": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/FacetValue"},
                },
            },
        },
    },
    "PageRef": {
        "type": "object",
        "required": ["id", "translation_key", "locale", "fallback", "title", "url"],
        "properties": {
            "id": {"type": "integer"},
            "translation_key": {"type": "string", "format": "uuid"},
            "locale": {"type": "string"},
            "fallback": {"type": "boolean"},
            "title": {"type": "string"},
            "url": NULLABLE_STRING,
        },
    },
    "Concept": {
        "type": "object",
        "required": [
            "meta",
            "id",
            "title",
            "version_label",
            "status",
            "resolution",
            "chapters",
            "theme_fields",
            "action_fields",
            "measures",
        ],  # fmt: skip
        "properties": {
            "meta": {"type": "object"},
            "id": {"type": "integer"},
            "title": {"type": "string"},
            "version_label": {"type": "string"},
            "status": {"type": "string", "enum": ["draft", "adopted", "superseded"]},
            "summary": {"type": "string"},
            "adopted_on": NULLABLE_DATE,
            "adopted_by": {"type": "string"},
            "valid_until": NULLABLE_DATE,
            "resolution": {
                "type": "object",
                "properties": {
                    "committee": {"type": "string"},
                    "date": NULLABLE_DATE,
                    "text": {"type": "string"},
                },
            },
            "chapters": {"type": "array", "items": {"$ref": "#/components/schemas/Chapter"}},
            "theme_fields": {"type": "array", "items": {"type": "object"}},
            "action_fields": {"type": "array", "items": {"type": "object"}},
            "measures": {"type": "array", "items": {"type": "object"}},
        },
    },
    "Chapter": {
        "allOf": [
            {"$ref": "#/components/schemas/PageRef"},
            {
                "type": "object",
                "required": ["intro", "body", "sections"],
                "properties": {
                    "intro": {"type": "string"},
                    "body": {"type": "array", "items": {"type": "object"}},
                    "sections": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/Chapter"},
                    },
                },
            },
        ]
    },
    "SearchResults": {
        "type": "object",
        "required": ["engine", "meta", "items", "facets"],
        "properties": {
            "engine": {
                "type": "string",
                "description": "What answered: `opensearch3`, `elasticsearch8`, `elasticsearch9` "
                "or `database` (also when the engine is unavailable).",
            },
            "meta": {
                "type": "object",
                "required": ["total_count", "query", "locale"],
                "properties": {
                    "total_count": {"type": "integer"},
                    "query": {"type": "string"},
                    "locale": {"$ref": "#/components/schemas/LocaleInfo"},
                    "took_ms": {"type": "number"},
                    "matched": {
                        "type": "string",
                        "enum": ["all", "some"],
                        "description": "`all`: the results contain every word of the query "
                        "(three quarters of a longer one); `some`: no page did, so these "
                        "contain at least one of the words.",
                    },
                },
            },
            "items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "type", "title", "snippet", "url", "locale", "promoted"],
                    "properties": {
                        "id": {"type": "integer"},
                        "type": {"type": "string", "enum": list(p.SEARCH_TYPES)},
                        "type_label": {"type": "string"},
                        "title": {"type": "string"},
                        "snippet": {
                            "type": "string",
                            "description": "HTML: escaped text, matches in `<mark>`.",
                        },
                        "url": {"type": "string"},
                        "locale": {"type": "string"},
                        "promoted": {"type": "boolean"},
                    },
                },
            },
            "facets": {
                "type": "object",
                "additionalProperties": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/FacetValue"},
                },
            },
        },
    },
    "Suggestions": {
        "type": "object",
        "required": ["engine", "query", "suggestions"],
        "properties": {
            "engine": {"type": "string"},
            "query": {"type": "string"},
            "suggestions": {"type": "array", "items": {"type": "string"}},
        },
    },
    "SearchHealth": {
        "type": "object",
        "required": ["engine", "status", "fallback", "backlog"],
        "properties": {
            "engine": {"type": "string"},
            "status": {"type": "string", "enum": ["up", "down", "not configured"]},
            "fallback": {"type": "string"},
            "latency_ms": {"type": ["number", "null"]},
            "documents": {"type": ["integer", "null"]},
            "backlog": {"type": "integer", "description": "Index changes the engine missed."},
        },
    },
    "LocaleListing": {
        "type": "object",
        "required": ["meta", "items"],
        "properties": {
            "meta": {"type": "object"},
            "items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["code", "name", "direction", "is_source", "translated_share"],
                    "properties": {
                        "code": {"type": "string"},
                        "name": {"type": "string"},
                        "direction": {"type": "string", "enum": ["ltr", "rtl"]},
                        "is_source": {"type": "boolean"},
                        "live_pages": {"type": "integer"},
                        "translated_share": {"type": "number", "minimum": 0, "maximum": 1},
                    },
                },
            },
        },
    },
    "WagtailListing": {
        "type": "object",
        "required": ["meta", "items"],
        "properties": {
            "meta": {"type": "object", "properties": {"total_count": {"type": "integer"}}},
            "items": {"type": "array", "items": {"type": "object"}},
        },
    },
}

CONDITIONAL_HEADERS = [
    {
        "name": "If-None-Match",
        "in": "header",
        "required": False,
        "description": "An ETag from an earlier response; answered with 304 when unchanged.",
        "schema": {"type": "string"},
    },
    {
        "name": "If-Modified-Since",
        "in": "header",
        "required": False,
        "description": "Answered with 304 when nothing was published since.",
        "schema": {"type": "string"},
    },
]
RESPONSE_HEADERS = {
    "ETag": {"schema": {"type": "string"}},
    "Last-Modified": {"schema": {"type": "string"}},
    "Cache-Control": {"schema": {"type": "string"}},
}


def _parameter(param: p.Param) -> dict:
    schema = dict(param.schema)
    if param.multiple:
        schema = {"type": "array", "items": schema}
    if param.default is not None:
        schema["default"] = param.default
    entry = {
        "name": param.name,
        "in": "query",
        "required": False,
        "description": param.description,
        "schema": schema,
    }
    if param.multiple:
        entry["style"] = "form"
        entry["explode"] = False
    if param.example is not None:
        entry["example"] = param.example
    return entry


def _operation(summary: str, params: tuple, schema: str, *, path_id: bool = False) -> dict:
    parameters = [_parameter(param) for param in params] + CONDITIONAL_HEADERS
    if path_id:
        parameters.insert(
            0, {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
        )
    return {
        "get": {
            "summary": summary,
            "parameters": parameters,
            "responses": {
                "200": {
                    "description": "OK",
                    "headers": RESPONSE_HEADERS,
                    "content": {
                        "application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}
                    },
                },
                "304": {"description": "Not modified since the given ETag or date."},
                "400": {
                    "description": "Bad parameters, each named.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Errors"}}
                    },
                },
                "404": {
                    "description": "Nothing public with this id or in this locale.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Errors"}}
                    },
                },
            },
        }
    }


def _wagtail(summary: str, *, path_id: bool = False) -> dict:
    common = (
        p.Param("locale", "Language code.", p.parse_code, {"type": "string"}),
        p.Param(
            "type", "Page type, e.g. `integration.OfferPage`.", p.parse_code, {"type": "string"}
        ),
        p.Param("fields", "Fields to include, e.g. `*`.", p.parse_code, {"type": "string"}),
        p.Param(
            "translation_of", "Id of a page: its translations.", p.parse_code, {"type": "integer"}
        ),
        p.Param("search", "Full-text search.", p.parse_code, {"type": "string"}),
        p.LIMIT,
        p.OFFSET,
    )
    operation = _operation(summary, () if path_id else common, "WagtailListing", path_id=path_id)
    if path_id:
        operation["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
            "type": "object"
        }
    return operation


def openapi_document() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Integration CMS API",
            "version": "2",
            "description": "The integration concept and the offers directory, read-only. "
            "Only published, public and currently valid content is served.",
        },
        "paths": {
            "/api/v2/offers/": _operation(
                "Offers: filters, facets, search, distance", p.OFFER_LISTING, "OfferListing"
            ),
            "/api/v2/offers/{id}/": _operation(
                "One offer", p.OFFER_DETAIL, "OfferDetail", path_id=True
            ),
            "/api/v2/concept/": _operation("The whole concept of a locale", p.CONCEPT, "Concept"),
            "/api/v2/locales/": _operation("Content languages", p.LOCALES, "LocaleListing"),
            "/api/v2/search/": _operation(
                "Full-text search with highlights and facets", p.SEARCH, "SearchResults"
            ),
            "/api/v2/search/suggest/": _operation(
                "Suggestions as you type", p.SUGGEST, "Suggestions"
            ),
            "/api/v2/search/health/": _operation(
                "State of the search engine", p.SEARCH_HEALTH, "SearchHealth"
            ),
            "/api/v2/pages/": _wagtail("Pages (Wagtail API v2)"),
            "/api/v2/pages/{id}/": _wagtail("One page (Wagtail API v2)", path_id=True),
            "/api/v2/images/": _wagtail("Images (Wagtail API v2)"),
            "/api/v2/documents/": _wagtail("Documents (Wagtail API v2)"),
        },
        "components": {"schemas": SCHEMAS},
    }


def schema_view(request: HttpRequest) -> JsonResponse:
    return JsonResponse(openapi_document(), json_dumps_params={"ensure_ascii": False})


def docs_view(request: HttpRequest) -> TemplateResponse:
    document = openapi_document()
    endpoints = [
        {"path": path, "summary": item["get"]["summary"], "parameters": item["get"]["parameters"]}
        for path, item in document["paths"].items()
    ]
    return TemplateResponse(
        request, "integration/api_docs.html", {"document": document, "endpoints": endpoints}
    )
