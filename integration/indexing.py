"""Deferring search and reference indexing during bulk changes.

Every page save normally updates the search index and Wagtail's reference
index at once; an import saves each offer three times (create, revision,
publish). Inside ``deferred_indexing`` those per-save updates are paused for
the given models, and the touched objects are indexed once each when the
transaction commits (or not at all if it rolls back).
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import transaction
from django.db.models import Model
from django.db.models.signals import post_save
from modelcluster.models import get_all_child_relations
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

try:  # Wagtail 7.1+ moved its search signal handlers into django-modelsearch.
    from modelsearch.signal_handlers import post_save_signal_handler
except ImportError:  # pragma: no cover - older Wagtail
    from wagtail.search.signal_handlers import post_save_signal_handler


class TouchedObjects:
    def __init__(self) -> None:
        self.objects: dict[tuple[type[Model], object], Model] = {}

    def add(self, obj: Model) -> None:
        self.objects[(type(obj), obj.pk)] = obj


@contextmanager
def deferred_indexing(*models: type[Model]) -> Iterator[TouchedObjects]:
    """Pause per-save indexing of ``models``; index what was ``add``-ed on commit.

    The signal handlers are disconnected process-wide for the duration, so
    run it only for short bulk operations (imports), never around a request
    that serves other users' edits concurrently in threads.
    """
    touched = TouchedObjects()
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield touched
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
    objects = list(touched.objects.values())
    transaction.on_commit(lambda: reindex(objects))


def reindex(objects: list[Model]) -> None:
    """Bring the search and reference indexes up to date for ``objects``."""
    by_model: dict[type[Model], list[Model]] = {}
    for obj in objects:
        by_model.setdefault(type(obj), []).append(obj)
    for model, items in by_model.items():
        related = [
            field.name
            for field in model._meta.get_fields(include_parents=False)
            if field.many_to_one and field.concrete
        ]
        prefetch = [field.name for field in model._meta.many_to_many] + [
            relation.get_accessor_name() for relation in get_all_child_relations(model)
        ]
        fresh = list(
            model._default_manager.filter(pk__in=[item.pk for item in items])
            .select_related(*related)
            .prefetch_related(*prefetch)
        )
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, fresh)
        with transaction.atomic():
            for obj in fresh:
                ReferenceIndex.create_or_update_for_object(obj)
