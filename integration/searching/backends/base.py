"""The plugin's additions to Wagtail's Elasticsearch-family backends.

``MultilingualMappingMixin`` adds the ``ic_*`` fields (per-language text,
facets, visibility; see ``analysis`` and ``documents``) to the page
documents Wagtail indexes, so ``update_index`` and Wagtail's signal
handlers keep them current. ``ResilientBackendMixin`` keeps an unreachable
engine from holding up editors: index writes from page saves time out fast
and, once the engine has failed, are skipped for a while and remembered;
``manage.py update_index`` catches up.
"""

from wagtail.models import Page

from .. import health
from ..analysis import index_settings, mapping_properties
from ..documents import is_searchable, search_document


class MultilingualMappingMixin:
    def get_mapping(self):
        mapping = super().get_mapping()
        if issubclass(self.model, Page):
            mapping["properties"].update(mapping_properties())
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        if is_searchable(obj):
            document.update(search_document(obj))
        return document


def deep_merge(base: dict, extra: dict) -> dict:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            deep_merge(base[key], value)
        else:
            base[key] = value
    return base


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
