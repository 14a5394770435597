"""Wagtail's ``elasticsearch8`` backend with per-language fields and fast failure."""

from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Index,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
    Elasticsearch8SearchResults,
)

from .base import FacetPrefetchIndexMixin, MultilingualMappingMixin, ResilientBackendMixin


class Mapping(MultilingualMappingMixin, Elasticsearch8Mapping):
    pass


class SearchQueryCompiler(Elasticsearch8SearchQueryCompiler):
    mapping_class = Mapping


class AutocompleteQueryCompiler(Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = Mapping


class SearchResults(Elasticsearch8SearchResults):
    pass


class Index(FacetPrefetchIndexMixin, Elasticsearch8Index):
    pass


class SearchBackend(ResilientBackendMixin, Elasticsearch8SearchBackend):
    mapping_class = Mapping
    index_class = Index
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
    results_class = SearchResults
