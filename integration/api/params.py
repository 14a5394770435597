"""Query parameters of the plugin's API endpoints, declared once.

Each ``Param`` parses its raw value and says what is wrong with it; the same
declarations are rendered into the OpenAPI document (``schema.py``), so the
documentation cannot drift from what the endpoints accept.
"""

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils.dateparse import parse_datetime
from django.utils.timezone import is_naive, make_aware

MAX_LIMIT = 100
DEFAULT_LIMIT = 20


class ParamError(ValueError):
    """A bad value; the message names what is expected."""


@dataclass(frozen=True)
class Param:
    name: str
    description: str
    parse: Callable[[str], Any]
    schema: dict[str, Any]
    multiple: bool = False
    example: Any = None
    default: Any = None
    choices: tuple[str, ...] = ()


def parse_bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"true", "1", "yes"}:
        return True
    if lowered in {"false", "0", "no"}:
        return False
    raise ParamError("expected true or false")


def parse_limit(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise ParamError("expected a whole number") from None
    if number < 1:
        raise ParamError("must be at least 1")
    if number > MAX_LIMIT:
        raise ParamError(f"must be at most {MAX_LIMIT}")
    return number


def parse_offset(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise ParamError("expected a whole number") from None
    if number < 0:
        raise ParamError("must not be negative")
    return number


def parse_point(value: str) -> tuple[float, float]:
    parts = value.split(",")
    if len(parts) != 2:
        raise ParamError("expected latitude,longitude, e.g. 50.7753,6.0839")
    try:
        latitude, longitude = (float(part) for part in parts)
    except ValueError:
        raise ParamError("expected two decimal numbers: latitude,longitude") from None
    if not -90 <= latitude <= 90:
        raise ParamError("latitude must be between -90 and 90")
    if not -180 <= longitude <= 180:
        raise ParamError("longitude must be between -180 and 180")
    return latitude, longitude


def parse_radius(value: str) -> float:
    try:
        radius = float(value)
    except ValueError:
        raise ParamError("expected a number of kilometres") from None
    if not 0 < radius <= 100:
        raise ParamError("must be more than 0 and at most 100 km")
    return radius


def parse_timestamp(value: str) -> datetime.datetime:
    try:
        moment = parse_datetime(value.strip().replace(" ", "+"))
    except ValueError:  # well-formed but impossible, e.g. month 13
        raise ParamError("not a valid date and time") from None
    if moment is None:
        try:
            moment = datetime.datetime.combine(
                datetime.date.fromisoformat(value.strip()), datetime.time.min
            )
        except ValueError:
            raise ParamError("expected an ISO 8601 timestamp, e.g. 2026-01-31T12:00:00Z") from None
    return make_aware(moment) if is_naive(moment) else moment


def parse_text(value: str) -> str:
    """Search text: control characters and quotes (query syntax of some backends) go."""
    value = "".join(" " if ord(char) < 32 or char == '"' else char for char in value)
    value = " ".join(value.split())
    if len(value) > 200:
        raise ParamError("at most 200 characters")
    return value


def parse_code(value: str) -> str:
    return value.strip()


def choice(*allowed: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        if value not in allowed:
            raise ParamError("expected one of " + ", ".join(allowed))
        return value

    return parse


LOCALE = Param(
    "locale",
    "Language code of the content (default: the source language).",
    parse_code,
    {"type": "string"},
    example="de",
)
FALLBACK = Param(
    "fallback",
    "Include source-language items that have no translation in `locale`; "
    "they are marked `fallback: true`.",
    parse_bool,
    {"type": "boolean"},
    default=False,
)
LIMIT = Param(
    "limit",
    f"Items per page (1–{MAX_LIMIT}).",
    parse_limit,
    {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
    default=DEFAULT_LIMIT,
)
OFFSET = Param(
    "offset", "Items to skip.", parse_offset, {"type": "integer", "minimum": 0}, default=0
)

OFFER_FILTERS = (
    Param(
        "action_field",
        "Action field codes; comma-separated or repeated, any of them matches.",
        parse_code,
        {"type": "string"},
        multiple=True,
        example="sprache-bildung",
    ),
    Param(
        "target_group",
        "Target group slugs (any matches).",
        parse_code,
        {"type": "string"},
        multiple=True,
        example="frauen",
    ),
    Param(
        "language",
        "ISO 639-1 codes of languages the offer is held in (any matches).",
        parse_code,
        {"type": "string"},
        multiple=True,
        example="ar",
    ),
    Param(
        "district",
        "District slugs (any matches).",
        parse_code,
        {"type": "string"},
        multiple=True,
    ),
    Param(
        "provider",
        "Provider slugs (any matches).",
        parse_code,
        {"type": "string"},
        multiple=True,
    ),
)
OFFER_FLAGS = (
    Param("free", "Only free (true) or only paid (false) offers.", parse_bool, {"type": "boolean"}),
    Param(
        "wheelchair_accessible",
        "Wheelchair accessible.",
        parse_bool,
        {"type": "boolean"},
    ),
    Param("childcare", "Childcare available.", parse_bool, {"type": "boolean"}),
    Param(
        "registration_required",
        "Registration required.",
        parse_bool,
        {"type": "boolean"},
    ),
)
OFFER_ORDERS = ("relevance", "title", "distance", "-last_reviewed_on")
OFFER_LISTING = (
    LOCALE,
    FALLBACK,
    *OFFER_FILTERS,
    *OFFER_FLAGS,
    Param(
        "near",
        "Centre point `latitude,longitude`; adds `distance_km` to each item.",
        parse_point,
        {"type": "string", "pattern": r"^-?\d+(\.\d+)?,-?\d+(\.\d+)?$"},
        example="50.7753,6.0839",
    ),
    Param(
        "radius_km",
        "With `near`: the radius in kilometres (default 10, at most 100).",
        parse_radius,
        {"type": "number", "exclusiveMinimum": 0, "maximum": 100},
        default=10.0,
    ),
    Param(
        "q",
        "Full-text search (through the configured search backend).",
        parse_text,
        {"type": "string", "maxLength": 200},
        example="Deutschkurs",
    ),
    Param(
        "updated_since",
        "Only offers published at or after this ISO 8601 timestamp.",
        parse_timestamp,
        {"type": "string", "format": "date-time"},
    ),
    Param(
        "order",
        "Sort order. Default: `relevance` with `q`, `distance` with `near`, else `title`.",
        choice(*OFFER_ORDERS),
        {"type": "string", "enum": list(OFFER_ORDERS)},
        choices=OFFER_ORDERS,
    ),
    LIMIT,
    OFFSET,
)
OFFER_DETAIL = (LOCALE, FALLBACK)
SEARCH_TYPES = (
    "integrationconceptpage",
    "chapterpage",
    "themefieldpage",
    "actionfieldpage",
    "measurepage",
    "offerindexpage",
    "offerpage",
)
SEARCH_QUERY = Param(
    "q",
    "The search text (required; at most 200 characters).",
    parse_text,
    {"type": "string", "maxLength": 200},
    example="Deutschkurs für Frauen",
)
SEARCH = (
    SEARCH_QUERY,
    LOCALE,
    Param(
        "type",
        "Page types (any matches): " + ", ".join(SEARCH_TYPES) + ".",
        choice(*SEARCH_TYPES),
        {"type": "string", "enum": list(SEARCH_TYPES)},
        multiple=True,
        choices=SEARCH_TYPES,
    ),
    *[param for param in OFFER_FILTERS if param.name != "provider"],
    Param(
        "limit",
        "Results per page (1–50).",
        parse_limit,
        {"type": "integer", "minimum": 1, "maximum": 50},
        default=10,
    ),
    OFFSET,
)
SUGGEST = (
    Param(
        "q",
        "What has been typed so far (at least 2 characters for suggestions).",
        parse_text,
        {"type": "string", "maxLength": 200},
        example="Deutschk",
    ),
    LOCALE,
    Param(
        "limit",
        "Suggestions at most (1–20).",
        parse_limit,
        {"type": "integer", "minimum": 1, "maximum": 20},
        default=8,
    ),
)
SEARCH_HEALTH: tuple[Param, ...] = ()
CONCEPT = (LOCALE, FALLBACK)
LOCALES: tuple[Param, ...] = ()


@dataclass
class Parsed:
    values: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Any:
        return self.values.get(name)


def parse_query(query: Mapping[str, list[str]], params: tuple[Param, ...]) -> Parsed:
    """Parse a QueryDict-like mapping; every problem is collected, unknown names too."""
    parsed = Parsed()
    known = {param.name: param for param in params}
    for name in query:
        if name not in known and name != "format":
            parsed.errors[name] = "unknown parameter; allowed: " + ", ".join(sorted(known))
    for param in params:
        raw_values = query.getlist(param.name) if param.name in query else []
        if not raw_values:
            parsed.values[param.name] = [] if param.multiple else param.default
            continue
        try:
            if param.multiple:
                items = [item for raw in raw_values for item in raw.split(",") if item.strip()]
                parsed.values[param.name] = [param.parse(item) for item in items]
            else:
                if len(raw_values) > 1:
                    raise ParamError("give it once")
                parsed.values[param.name] = param.parse(raw_values[-1])
        except ParamError as error:
            parsed.errors[param.name] = str(error)
    return parsed
