"""The plugin's additions to Wagtail's Elasticsearch-family backends.

``MultilingualMappingMixin`` adds the ``ic_*`` fields (per-language text,
facets, visibility; see ``analysis`` and ``documents``) to the page
documents Wagtail indexes, so ``update_index`` and Wagtail's signal
handlers keep them current. ``ResilientBackendMixin`` keeps an unreachable
engine from holding up editors: index writes from page saves time out fast
and, once the engine has failed, are skipped for a while and remembered;
``manage.py update_index`` catches up. Bulk writes (index rebuilds)
get their own, longer timeout, and during a rebuild each chunk's bulk
write runs in the background while the next chunk's documents are built.
"""

from concurrent.futures import Future, ThreadPoolExecutor

from wagtail.models import Page

from ...conf import get_setting
from .. import health
from ..analysis import index_settings, mapping_properties
from ..documents import is_searchable, prefetch_facets, search_document, text_computed_once


class MultilingualMappingMixin:
    def get_mapping(self):
        mapping = super().get_mapping()
        if issubclass(self.model, Page):
            mapping["properties"].update(mapping_properties())
        return mapping

    def get_document(self, obj):
        if not is_searchable(obj):
            return super().get_document(obj)
        with text_computed_once(obj):
            document = super().get_document(obj)
            document.update(search_document(obj))
        return document


class FacetPrefetchIndexMixin:
    """Loads the facet relations of a chunk of pages before their documents are built."""

    def add_items(self, model, items):
        if issubclass(model, Page):
            prefetch_facets(items)
        return super().add_items(model, items)


def deep_merge(base: dict, extra: dict) -> dict:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            deep_merge(base[key], value)
        else:
            base[key] = value
    return base


class BackgroundBulk:
    """One bulk write at a time in a background thread; errors surface at the next call."""

    def __init__(self) -> None:
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-bulk")
        self.pending: Future | None = None

    def submit(self, function, *args, **kwargs) -> None:
        self.wait()
        self.pending = self.executor.submit(function, *args, **kwargs)

    def wait(self) -> None:
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.result()

    def close(self) -> None:
        try:
            self.wait()
        finally:
            self.executor.shutdown()


def pipelined(rebuilder_class):
    """``rebuilder_class`` whose bulk writes overlap building the next chunk."""

    class PipelinedRebuilder(rebuilder_class):
        def start(self):
            index = super().start()
            index.backend.background_bulk[index.name] = BackgroundBulk()
            return index

        def finish(self):
            self.index.backend.background_bulk.pop(self.index.name).close()
            super().finish()

    PipelinedRebuilder.__name__ = f"Pipelined{rebuilder_class.__name__}"
    return PipelinedRebuilder


class ResilientBackendMixin:
    """Index writes that never keep a publish waiting on a failing engine."""

    def __init__(self, params):
        params = dict(params)
        options = dict(params.get("OPTIONS", {}))
        options.setdefault("max_retries", 0)
        options.setdefault("retry_on_timeout", False)
        params["OPTIONS"] = options
        super().__init__(params)
        self.settings = deep_merge(self.settings, index_settings())
        self.rebuilder_class = pipelined(self.rebuilder_class)
        self.background_bulk: dict[str, BackgroundBulk] = {}

    def bulk(self, client, actions, **kwargs):
        timeout = float(get_setting("INTEGRATION_SEARCH_BULK_TIMEOUT"))
        if self.use_new_elasticsearch_api:
            client = client.options(request_timeout=timeout)
        else:
            kwargs["request_timeout"] = timeout
        background = self.background_bulk.get(kwargs.get("index"))
        if background is None:
            return super().bulk(client, actions, **kwargs)
        return background.submit(super().bulk, client, actions, **kwargs)

    def _guarded(self, operation, obj):
        if not health.engine_available():
            health.remember_pending(obj)
            return None
        try:
            return operation(obj)
        except Exception:
            health.mark_engine_down()
            health.remember_pending(obj)
            raise

    def add(self, obj):
        return self._guarded(super().add, obj)

    def delete(self, obj):
        return self._guarded(super().delete, obj)
