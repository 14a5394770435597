"""Wagtail's ``opensearch3`` backend with per-language fields and fast failure."""

from modelsearch.backends.opensearch3 import (
    OpenSearch3AutocompleteQueryCompiler,
    OpenSearch3Index,
    OpenSearch3Mapping,
    OpenSearch3SearchBackend,
    OpenSearch3SearchQueryCompiler,
    OpenSearch3SearchResults,
)

from .base import FacetPrefetchIndexMixin, MultilingualMappingMixin, ResilientBackendMixin


class Mapping(MultilingualMappingMixin, OpenSearch3Mapping):
    pass


class SearchQueryCompiler(OpenSearch3SearchQueryCompiler):
    mapping_class = Mapping


class AutocompleteQueryCompiler(OpenSearch3AutocompleteQueryCompiler):
    mapping_class = Mapping


class SearchResults(OpenSearch3SearchResults):
    pass


class Index(FacetPrefetchIndexMixin, OpenSearch3Index):
    pass


class SearchBackend(ResilientBackendMixin, OpenSearch3SearchBackend):
    mapping_class = Mapping
    index_class = Index
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
    results_class = SearchResults
