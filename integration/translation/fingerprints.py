"""Fingerprints of translatable content, and the signal handlers that keep them.

A fingerprint is a hash over the text segments wagtail-localize extracts
from an object (string segments and rich-text templates with their field
paths), so it changes exactly when there is something new to translate.
Synchronised values (addresses, images, links to snippets), the tree
position and publication dates are not part of it.
"""

import hashlib
import json

from django.db import models
from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.models import Page, TranslatableMixin
from wagtail.signals import page_published
from wagtail_localize.models import TranslationSource
from wagtail_localize.segments import StringSegmentValue, TemplateSegmentValue
from wagtail_localize.segments.extract import extract_segments

from ..models import SourceFingerprint
from .core import translatable_snippet_models


def content_fingerprint(instance: models.Model) -> str:
    """SHA-256 over the translatable segments of ``instance``, independent of their order."""
    parts = []
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            parts.append(["string", segment.path, segment.string.data])
        elif isinstance(segment, TemplateSegmentValue):
            parts.append(["template", segment.path, segment.format, segment.template])
    parts.sort()
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()


def record_sync(source: TranslationSource) -> SourceFingerprint:
    """The source was (re)extracted: what translators work from is its content now."""
    fingerprint = content_fingerprint(source.as_instance())
    record, _created = SourceFingerprint.objects.update_or_create(
        source=source, defaults={"synced": fingerprint, "current": fingerprint, "changed_at": None}
    )
    return record


def record_live_content(instance: models.Model) -> None:
    """The source object's live content may have changed: compare it with the last sync."""
    source = (
        TranslationSource.objects.filter(
            object_id=instance.translation_key, locale_id=instance.locale_id
        )
        .select_related("fingerprint")
        .first()
    )
    if source is None:
        return  # Never translated: nothing can be outdated.
    record = getattr(source, "fingerprint", None)
    if record is None:
        record = record_sync(source)
    fingerprint = content_fingerprint(instance)
    if fingerprint == record.current:
        return
    record.current = fingerprint
    record.changed_at = None if fingerprint == record.synced else timezone.now()
    record.save(update_fields=["current", "changed_at"])


def ensure_fingerprints(sources: models.QuerySet[TranslationSource]) -> None:
    """Fingerprint sources made before fingerprints were kept (or by bulk tools)."""
    for source in sources.filter(fingerprint__isnull=True):
        try:
            record = record_sync(source)
            live = source.get_source_instance()
        except models.ObjectDoesNotExist:
            continue
        if isinstance(live, Page):
            live = live.specific
        current = content_fingerprint(live)
        if current != record.current:
            record.current = current
            record.changed_at = timezone.now()
            record.save(update_fields=["current", "changed_at"])


def _source_saved(sender, instance: TranslationSource, raw: bool = False, **kwargs) -> None:
    if not raw:
        record_sync(instance)


def _page_published(sender, instance: Page, **kwargs) -> None:
    record_live_content(instance.specific if type(instance) is Page else instance)


def _snippet_saved(sender, instance: models.Model, raw: bool = False, **kwargs) -> None:
    # Pages are covered by ``page_published``: a page's save() also stores drafts.
    if raw or isinstance(instance, Page) or not isinstance(instance, TranslatableMixin):
        return
    if sender in translatable_snippet_models():
        record_live_content(instance)


def connect() -> None:
    post_save.connect(
        _source_saved, sender=TranslationSource, dispatch_uid="integration-source-fingerprint"
    )
    page_published.connect(_page_published, dispatch_uid="integration-page-fingerprint")
    post_save.connect(_snippet_saved, dispatch_uid="integration-snippet-fingerprint")
