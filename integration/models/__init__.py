"""The plugin's models, split by domain and re-exported here."""

from .concept import (
    ActionFieldPage,
    ChapterPage,
    GuidingGoal,
    IntegrationConceptPage,
    MeasurePage,
    SubGoal,
    ThemeFieldPage,
)
from .offers import OfferIndexPage, OfferPage, OfferQuerySet
from .pages import IntegrationPage, live_in_locale
from .publication import ContentVersion
from .search import SynonymGroup
from .search_index import SearchBacklog
from .taxonomy import District, Language, Provider, TargetGroup
from .translation import SourceFingerprint, TranslatorGroup

__all__ = [
    "ActionFieldPage",
    "ChapterPage",
    "ContentVersion",
    "District",
    "GuidingGoal",
    "IntegrationConceptPage",
    "IntegrationPage",
    "Language",
    "MeasurePage",
    "OfferIndexPage",
    "OfferPage",
    "OfferQuerySet",
    "Provider",
    "SearchBacklog",
    "SourceFingerprint",
    "SubGoal",
    "SynonymGroup",
    "TargetGroup",
    "ThemeFieldPage",
    "TranslatorGroup",
    "live_in_locale",
]
