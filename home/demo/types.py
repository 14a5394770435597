"""Typed shapes of the demo content, and builders for StreamField blocks.

The content itself lives in ``aachen.py`` and only describes *what* the site
holds; ``loader.py`` decides *how* it gets into the database. Records refer to
each other by stable keys (slugs, action field codes, goal keys, offer IDs)
rather than by database rows, so the same data can be loaded into an empty
database, re-applied to a loaded one, or checked before anything is written.

Dates of offers are given in days relative to an anchor day (see
``OfferData``), so that the demo directory is current whenever it is loaded.
"""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal, TypedDict


class RawBlock(TypedDict):
    """One block of a StreamField in Wagtail's JSON form (without a block id)."""

    type: str
    value: Any


StreamData = tuple[RawBlock, ...]
HeadingLevel = Literal["h2", "h3", "h4"]


# --- StreamField block builders (see integration/blocks.py) -----------------


def heading(text: str, level: HeadingLevel = "h2") -> RawBlock:
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(html: str) -> RawBlock:
    """A rich text block; ``html`` uses Wagtail's rich text subset (p, ul, b, i…)."""
    return {"type": "paragraph", "value": html}


def quote(text: str, attribution: str = "") -> RawBlock:
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}


def principle_list(heading_text: str, principles: tuple[str, ...]) -> RawBlock:
    return {
        "type": "principle_list",
        "value": {"heading": heading_text, "principles": list(principles)},
    }


@dataclass(frozen=True, slots=True)
class Milestone:
    """A step of a timeline; ``date_label`` replaces ``date`` when the day is fuzzy."""

    date: datetime.date
    title: str
    description: str = ""
    date_label: str = ""


def timeline(heading_text: str, milestones: tuple[Milestone, ...]) -> RawBlock:
    return {
        "type": "timeline",
        "value": {
            "heading": heading_text,
            "milestones": [
                {
                    "date": milestone.date.isoformat(),
                    "date_label": milestone.date_label,
                    "title": milestone.title,
                    "description": milestone.description,
                }
                for milestone in milestones
            ],
        },
    }


def table(caption: str, header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> RawBlock:
    return {
        "type": "table",
        "value": {
            "caption": caption,
            "header": list(header),
            "rows": [{"cells": list(row)} for row in rows],
        },
    }


# --- Snippets ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TargetGroupData:
    slug: str
    name: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class DistrictData:
    """A district with its approximate centre, used to place offers on a map."""

    slug: str
    name: str
    postcodes: str
    latitude: Decimal
    longitude: Decimal


@dataclass(frozen=True, slots=True)
class ProviderData:
    """``kind`` is a value of ``integration.Provider.Kind``."""

    slug: str
    name: str
    kind: str
    description: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""


# --- The concept -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChapterData:
    """A chapter; ``sections`` become nested chapter pages below it."""

    slug: str
    title: str
    intro: str = ""
    body: StreamData = ()
    sections: tuple["ChapterData", ...] = ()


@dataclass(frozen=True, slots=True)
class SubGoalData:
    key: str
    title: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class GuidingGoalData:
    """A guiding goal; ``key`` is stable and lets measures point at the goal."""

    key: str
    title: str
    description: str = ""
    sub_goals: tuple[SubGoalData, ...] = ()
    is_example: bool = False


@dataclass(frozen=True, slots=True)
class ThemeFieldData:
    slug: str
    title: str
    intro: str
    body: str
    guiding_goals: tuple[GuidingGoalData, ...]


@dataclass(frozen=True, slots=True)
class ActionFieldData:
    """An action field; ``code`` is the stable key shared by every translation."""

    code: str
    slug: str
    title: str
    summary: str
    body: StreamData = ()


@dataclass(frozen=True, slots=True)
class MeasureData:
    """A measure; ``status`` is a value of ``integration.MeasurePage.Status``."""

    slug: str
    title: str
    status: str
    summary: str
    provider: str
    starts_on: datetime.date | None
    ends_on: datetime.date | None
    action_fields: tuple[str, ...] = ()
    guiding_goals: tuple[str, ...] = ()
    body: StreamData = ()
    is_example: bool = False


@dataclass(frozen=True, slots=True)
class ConceptData:
    """One version of the concept; ``status`` is ``IntegrationConceptPage.Status``."""

    slug: str
    title: str
    version_label: str
    status: str
    summary: str
    adopted_on: datetime.date | None = None
    adopted_by: str = ""
    resolution_committee: str = ""
    resolution_date: datetime.date | None = None
    resolution_text: str = ""
    chapters: tuple[ChapterData, ...] = ()
    theme_fields: tuple[ThemeFieldData, ...] = ()
    action_fields: tuple[ActionFieldData, ...] = ()
    measures: tuple[MeasureData, ...] = ()


# --- The offers directory ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class OfferData:
    """One offer of the directory, identified by ``external_id``.

    Its dates are offsets in days from the anchor day the loader chooses
    (negative: before it), because fixed dates would make the demo directory
    look outdated a few months after it was written.
    """

    external_id: str
    title: str
    summary: str
    description: str
    provider: str
    action_fields: tuple[str, ...]
    target_groups: tuple[str, ...]
    languages: tuple[str, ...]
    district: str
    street: str
    postcode: str
    latitude: Decimal
    longitude: Decimal
    schedule: str
    reviewed_days_ago: int
    contact_name: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    city: str = "Aachen"
    is_free: bool = True
    cost_note: str = ""
    registration_required: bool = False
    wheelchair_accessible: bool = False
    childcare_available: bool = False
    valid_from_days: int | None = None
    valid_until_days: int | None = None
    is_example: bool = True


@dataclass(frozen=True, slots=True)
class OfferIndexData:
    slug: str
    title: str
    intro: str
    offers: tuple[OfferData, ...]


# --- Translations --------------------------------------------------------------

# Where the loader finds an object to translate; ``TranslatedObjectData.key``
# is the object's stable key in the data (see ``loader.TRANSLATABLE_KINDS``).
TranslatableKind = Literal[
    "home",
    "concept",
    "chapter",
    "theme_field",
    "action_field",
    "measure",
    "offer_index",
    "offer",
    "provider",
    "target_group",
    "district",
]


@dataclass(frozen=True, slots=True)
class TranslatedObjectData:
    """One page or snippet to translate, found by ``kind`` and ``key``.

    ``fields`` limits the translation to those fields (the first part of a
    segment's path, e.g. ``("title", "slug")``): the rest stays untranslated,
    so the translation is *in progress*. ``machine_tool`` marks every segment
    as machine-made by that tool and not yet reviewed. ``earlier_wording``
    (field → German text) makes the translation from an earlier version of
    the source: the loader publishes that wording, translates it, then
    publishes the current text, so the translation is *outdated*.
    """

    kind: TranslatableKind
    key: str
    fields: tuple[str, ...] = ()
    machine_tool: str = ""
    earlier_wording: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class LocaleTranslationsData:
    """Example translations into one locale, as a translator's memory would hold them.

    ``memory`` maps a German segment (wagtail-localize's text of one field,
    paragraph or list item, inline tags included) to its translation;
    ``machine_memory`` holds the output of a machine translator for objects
    with a ``machine_tool`` and is consulted before ``memory`` for them.
    """

    language_code: str
    memory: Mapping[str, str]
    objects: tuple[TranslatedObjectData, ...]
    machine_memory: Mapping[str, str] = field(default_factory=dict)


# --- The whole site ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HomeData:
    slug: str
    title: str
    intro: str
    body: str


@dataclass(frozen=True, slots=True)
class SiteData:
    hostname: str
    port: int
    site_name: str


@dataclass(frozen=True, slots=True)
class DemoContent:
    """Everything the loader builds for one city; ``language_code`` is the source locale.

    ``translations`` are made after the source content, through wagtail-localize.
    """

    language_code: str
    site: SiteData
    home: HomeData
    target_groups: tuple[TargetGroupData, ...]
    districts: tuple[DistrictData, ...]
    providers: tuple[ProviderData, ...]
    concepts: tuple[ConceptData, ...]
    offer_index: OfferIndexData
    translations: tuple[LocaleTranslationsData, ...] = ()
    # Search synonyms per language code: each string is one group of equivalent terms.
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
