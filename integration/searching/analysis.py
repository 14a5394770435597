"""Per-language analysis in the Elasticsearch-family index.

Each locale's text goes into its own fields (``ic_title_de``, ``ic_body_ar``…)
analysed by that language's analyser, and a query for a locale searches only
that locale's fields, so it is analysed the same way. Analysers are
the engines' built-in language analysers where they have one. What must work
everywhere — Arabic and Persian normalisation, German compound parts,
synonyms — happens in Python (``text``, ``synonyms``).
"""

from django.conf import settings

from ..conf import get_setting

PREFIX = "ic_"
TEXT_FIELDS = ("title", "summary", "body")
FACET_FIELDS = ("type", "action_field", "target_group", "language", "district")

# The engine's built-in language analysers. Languages without one here use
# ``standard`` plus light stemming in Python (``ic_stems``): osmem-server has
# no ``arabic``, ``turkish`` or ``persian`` analyser, and custom stemmer
# filters misbehave there. With a full Elasticsearch or OpenSearch, set
# INTEGRATION_SEARCH_ANALYZERS = {"ar": "arabic", "tr": "turkish", "fa": "persian"}.
DEFAULT_ANALYZERS: dict[str, str] = {
    "de": "german",
    "en": "english",
    "fr": "french",
    "ru": "russian",
}


def languages() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def analyzer_name(language: str) -> str:
    analyzers = {**DEFAULT_ANALYZERS, **(get_setting("INTEGRATION_SEARCH_ANALYZERS") or {})}
    return analyzers.get(language, "standard")


def stems_in_python(language: str) -> bool:
    """Languages the engine analyses only with ``standard``: stemmed in Python instead."""
    return analyzer_name(language) == "standard"


def index_settings() -> dict:
    """Analysers of the page index's extra fields (the language ones are built in)."""
    return {
        "settings": {
            "analysis": {
                "analyzer": {
                    f"{PREFIX}words": {
                        "type": "custom",
                        "tokenizer": "whitespace",
                        "filter": ["lowercase"],
                    },
                    f"{PREFIX}prefix": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding", f"{PREFIX}edge"],
                    },
                    f"{PREFIX}prefix_search": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding"],
                    },
                },
                "filter": {f"{PREFIX}edge": {"type": "edge_ngram", "min_gram": 1, "max_gram": 20}},
            }
        }
    }


def text_field(name: str, language: str) -> str:
    return f"{PREFIX}{name}_{language}"


def mapping_properties() -> dict:
    """Properties added to the mapping of every page type."""
    properties: dict[str, dict] = {
        f"{PREFIX}locale": {"type": "keyword"},
        f"{PREFIX}searchable": {"type": "boolean"},
        f"{PREFIX}live": {"type": "boolean"},
        f"{PREFIX}public": {"type": "boolean"},
        f"{PREFIX}valid_from": {"type": "date"},
        f"{PREFIX}valid_until": {"type": "date"},
        f"{PREFIX}parts": {"type": "text", "analyzer": f"{PREFIX}words"},
        f"{PREFIX}stems": {"type": "text", "analyzer": f"{PREFIX}words"},
        f"{PREFIX}suggest": {
            "type": "text",
            "analyzer": f"{PREFIX}prefix",
            "search_analyzer": f"{PREFIX}prefix_search",
        },
        f"{PREFIX}title_raw": {"type": "keyword", "index": False},
    }
    for facet in (*FACET_FIELDS, "facets"):
        properties[f"{PREFIX}{facet}"] = {"type": "keyword"}
    for code in languages():
        for name in TEXT_FIELDS:
            properties[text_field(name, code)] = {"type": "text", "analyzer": analyzer_name(code)}
    return properties
