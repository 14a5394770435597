"""The search engine's state as this process sees it, and the backlog it missed.

After a failure the engine is left alone for ``INTEGRATION_SEARCH_RETRY_AFTER``
seconds: searches answer from the database at once and page saves skip the
engine (remembering what to index later) instead of each waiting for a
timeout. The state is per process; the backlog is in the database.
"""

import time
from dataclasses import asdict, dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models

from ..conf import get_setting

_down_until = {"value": 0.0}


def engine_available() -> bool:
    return time.monotonic() >= _down_until["value"]


def mark_engine_down() -> None:
    _down_until["value"] = time.monotonic() + float(get_setting("INTEGRATION_SEARCH_RETRY_AFTER"))


def mark_engine_up() -> None:
    _down_until["value"] = 0.0


def remember_pending(obj: models.Model) -> None:
    from ..models import SearchBacklog

    if obj.pk is None:
        return
    SearchBacklog.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(type(obj), for_concrete_model=False),
        object_id=str(obj.pk),
    )


def backlog_count() -> int:
    from ..models import SearchBacklog

    return SearchBacklog.objects.count()


def catch_up(backend=None, *, progress=None) -> tuple[int, int]:
    """Index (or remove from the index) every object the engine missed; return (done, failed)."""
    from wagtail.search.backends import get_search_backend

    from ..models import SearchBacklog

    backend = backend or get_search_backend()
    done = failed = 0
    for entry in SearchBacklog.objects.select_related("content_type").order_by("pk"):
        model = entry.content_type.model_class()
        obj = None
        if model is not None:
            obj = model._default_manager.filter(pk=entry.object_id).first()
        try:
            if obj is None:
                if model is not None:
                    stand_in = model(pk=entry.object_id)
                    backend.get_index_for_model(model).delete_item(stand_in)
            else:
                if hasattr(obj, "specific"):
                    obj = obj.specific
                backend.get_index_for_model(type(obj)).add_item(obj)
        except Exception:
            failed += 1
            continue
        entry.delete()
        done += 1
        if progress:
            progress(done)
    if not failed:
        mark_engine_up()
    return done, failed


@dataclass
class EngineHealth:
    engine: str
    status: str  # "up", "down" or "not configured"
    fallback: str
    latency_ms: float | None
    documents: int | None
    backlog: int

    def as_dict(self) -> dict:
        return asdict(self)


def engine_name(backend) -> str:
    module = type(backend).__module__
    return "database" if ".database" in module else module.rsplit(".", 1)[-1]


def check(backend=None) -> EngineHealth:
    """Ping the engine (with the search timeout) and count the page index's documents."""
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    backend = backend or get_search_backend()
    name = engine_name(backend)
    if not hasattr(backend, "es"):
        return EngineHealth(name, "not configured", "database", None, None, backlog_count())
    started = time.perf_counter()
    try:
        index = backend.get_index_for_model(Page)
        timeout = float(get_setting("INTEGRATION_SEARCH_TIMEOUT"))
        if getattr(backend, "use_new_elasticsearch_api", False):
            # The elasticsearch client takes transport options through options().
            count = backend.es.options(request_timeout=timeout).count(index=index.name)["count"]
        else:
            count = backend.es.count(index=index.name, request_timeout=timeout)["count"]
    except Exception:
        mark_engine_down()
        return EngineHealth(name, "down", "database", None, None, backlog_count())
    latency = round((time.perf_counter() - started) * 1000, 1)
    return EngineHealth(name, "up", "database", latency, count, backlog_count())
