"""Labels of facet values (action fields, target groups, districts…) per locale."""

from collections import defaultdict

from django.core.cache import cache
from wagtail.models import Locale

from ..models import ActionFieldPage, ContentVersion, District, Language, Provider, TargetGroup
from .documents import searchable_models


def facet_labels(locale: Locale | None, version: str | None = None) -> dict[str, dict[str, str]]:
    """Labels per facet and value in ``locale`` (source language where untranslated).

    The vocabularies change only when the content version does, so they are
    cached per version and locale.
    """
    version = version or str(ContentVersion.current().version)
    key = f"integration-facet-labels:{version}:{getattr(locale, 'pk', 0)}"
    labels = cache.get(key)
    if labels is not None:
        return labels
    labels = defaultdict(dict)
    for model, name, attribute in (
        (ActionFieldPage, "action_field", "code"),
        (TargetGroup, "target_group", "slug"),
        (District, "district", "slug"),
        (Provider, "provider", "slug"),
    ):
        label = "title" if model is ActionFieldPage else "name"
        manager = model.objects.live() if model is ActionFieldPage else model.objects
        rows = manager.values_list(attribute, label, "locale_id")
        # The requested locale sorts last and wins.
        for value, text, _locale_id in sorted(
            rows, key=lambda row: row[2] == getattr(locale, "pk", None)
        ):
            labels[name][value] = text
    labels["language"] = dict(Language.objects.values_list("code", "native_name"))
    labels["type"] = {
        model._meta.model_name: str(model._meta.verbose_name) for model in searchable_models()
    }
    labels = dict(labels)
    cache.set(key, labels, 3600)
    return labels
