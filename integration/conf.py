"""The plugin's settings, each with a default, read from the host's Django settings.

The host site configures the plugin only through these names; the plugin
never imports the host's modules.
"""

from typing import Any

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    # Page types under which an IntegrationConceptPage or OfferIndexPage may
    # be created (``None``: anywhere). The reference site sets its home page.
    "INTEGRATION_ROOT_PAGE_TYPES": None,
    # Days after which an offer counts as not reviewed ("always current").
    "INTEGRATION_REVIEW_INTERVAL_DAYS": 365,
    # Years a concept stays valid after adoption (state funding rule for KI).
    "INTEGRATION_CONCEPT_VALIDITY_YEARS": 3,
    # Plausible coordinates of offers: (min lat, max lat, min lon, max lon).
    # The default accepts the whole globe; a city narrows it to its region.
    "INTEGRATION_COORDINATE_BOUNDS": (-90, 90, -180, 180),
    # The search engine's analyser per language code, added to
    # integration.searching.analysis.DEFAULT_ANALYZERS (others: "standard").
    "INTEGRATION_SEARCH_ANALYZERS": None,
    # Seconds a public search waits for the search engine before answering
    # from the database, and seconds the engine is then left alone.
    "INTEGRATION_SEARCH_TIMEOUT": 1.5,
    "INTEGRATION_SEARCH_RETRY_AFTER": 30,
    # Seconds one bulk write of an index rebuild (update_index) may take.
    "INTEGRATION_SEARCH_BULK_TIMEOUT": 60,
    # Locales whose script runs right to left.
    "INTEGRATION_RTL_LANGUAGES": ("ar", "fa", "he", "ur", "ps", "ckb"),
}


def get_setting(name: str) -> Any:
    return getattr(settings, name, DEFAULTS[name])
