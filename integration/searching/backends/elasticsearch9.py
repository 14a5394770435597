"""Wagtail's ``elasticsearch9`` backend with per-language fields and fast failure."""

from modelsearch.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Index,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
    Elasticsearch9SearchResults,
)

from .base import FacetPrefetchIndexMixin, MultilingualMappingMixin, ResilientBackendMixin


class Mapping(MultilingualMappingMixin, Elasticsearch9Mapping):
    pass


class SearchQueryCompiler(Elasticsearch9SearchQueryCompiler):
    mapping_class = Mapping


class AutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = Mapping


class SearchResults(Elasticsearch9SearchResults):
    pass


class Index(FacetPrefetchIndexMixin, Elasticsearch9Index):
    pass


class SearchBackend(ResilientBackendMixin, Elasticsearch9SearchBackend):
    mapping_class = Mapping
    index_class = Index
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
    results_class = SearchResults
