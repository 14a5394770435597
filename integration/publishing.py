"""Creating many pages under one parent quickly, optionally published from the start.

Wagtail's usual path for a new published page (``add_child`` →
``save_revision`` → ``publish``) saves the page three times, validates it
twice, looks up its last sibling and updates its parent once per page, and
rebuilds it from its revision in between. For thousands of imported offers
that dominates the run time. ``ChildPageCreator`` does the same work once
per parent instead of once per page; the pages it leaves are in the same
state as the usual path leaves them (tested in ``tests/test_offer_import.py``):
the tree position, slug, url path and locale Wagtail would give them, a first
revision that is both latest and live, the audit-log entries of the admin's
create view (``wagtail.create`` with its revision, then ``wagtail.publish``;
written in one insert by ``finish()``), and the ``page_published`` signal.

Callers validate pages themselves (``full_clean`` is not run) and hold a
transaction around ``add()``…``finish()``.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from modelcluster.fields import ParentalManyToManyField
from wagtail.log_actions import get_active_log_context
from wagtail.models import COMMENTS_RELATION_NAME, Page, PageLogEntry, Revision
from wagtail.signals import page_published


class ChildPageCreator:
    """Adds new child pages to ``parent``; call ``finish()`` after the last one."""

    def __init__(self, parent: Page):
        self.parent = parent
        last = parent.get_last_child()
        self._last_path = last.path if last else None
        self._slugs = set(parent.get_children().values_list("slug", flat=True))
        self._added = 0
        self._log_entries: list[PageLogEntry] = []
        self._through_rows: dict[type[models.Model], list[models.Model]] = {}
        self._allow_unicode = getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)

    def _next_path(self) -> str:
        if self._last_path is None:
            path = Page._get_path(self.parent.path, self.parent.depth + 1, 1)
        else:
            path = Page(path=self._last_path)._inc_path()
        self._last_path = path
        return path

    def _unique_slug(self, title: str) -> str:
        base = slugify(title, allow_unicode=self._allow_unicode) or "seite"
        slug, suffix = base, 1
        while slug in self._slugs:
            suffix += 1
            slug = f"{base}-{suffix}"
        return slug

    def add(self, page: Page, *, publish: bool = False, user=None) -> Revision:
        """Save ``page`` as the parent's new last child, with its first revision.

        Call inside a transaction. The page row is written with a plain model
        save: its many-to-many rows are queued and written in bulk (before the
        next page, or by ``finish()``), and a new page has no comments or
        other child rows to commit.
        """
        now = timezone.now()
        page.depth = self.parent.depth + 1
        page.path = self._next_path()
        page.numchild = 0
        page.locale_id = page.locale_id or self.parent.locale_id
        page.slug = page.slug or self._unique_slug(page.title)
        self._slugs.add(page.slug)
        page.draft_title = page.title
        page.url_path = f"{self.parent.url_path}{page.slug}/"
        page.owner = page.owner or user
        page.latest_revision_created_at = now
        page.live = publish
        page.has_unpublished_changes = not publish
        if publish:
            page.first_published_at = page.last_published_at = now
        # A new page has no comments; saying so spares serializable_data() a query.
        setattr(page, COMMENTS_RELATION_NAME, [])
        models.Model.save(page)
        self._added += 1
        self._queue_many_to_many(page)

        revision = Revision.objects.create(
            content_object=page,
            base_content_type=page.get_base_content_type(),
            user=user,
            content=page.serializable_data(),
            object_str=str(page),
            created_at=now,
        )
        page.latest_revision = revision
        update = {"latest_revision": revision}
        if publish:
            page.live_revision = revision
            update["live_revision"] = revision
        Page.objects.filter(pk=page.pk).update(**update)

        self._log(page, "wagtail.create", user, now, revision=revision)
        if publish:
            self._log(page, "wagtail.publish", user, now, revision=revision)
            page_published.send(sender=page.specific_class, instance=page, revision=revision)
        if len(self._log_entries) >= 500:
            self.flush()
        return revision

    def _queue_many_to_many(self, page: Page) -> None:
        for field in page._meta.get_fields():
            if not isinstance(field, ParentalManyToManyField):
                continue
            through = field.remote_field.through
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            for related in getattr(page, field.name).all():
                self._through_rows.setdefault(through, []).append(
                    through(**{f"{source}_id": page.pk, f"{target}_id": related.pk})
                )

    def _log(self, page: Page, action: str, user, timestamp, revision=None) -> None:
        """The entry ``wagtail.log_actions.log`` would write, kept for one bulk insert."""
        context = get_active_log_context()
        self._log_entries.append(
            PageLogEntry(
                content_type=ContentType.objects.get_for_model(page, for_concrete_model=False),
                label=page.get_admin_display_title(),
                action=action,
                timestamp=timestamp,
                data={},
                user=user or context.user,
                uuid=context.uuid,
                page=page,
                revision=revision,
                content_changed=True,
            )
        )

    def flush(self) -> None:
        """Write the queued many-to-many rows and audit-log entries."""
        for through, rows in self._through_rows.items():
            through.objects.bulk_create(rows)
        self._through_rows = {}
        PageLogEntry.objects.bulk_create(self._log_entries)
        self._log_entries = []

    def finish(self) -> None:
        self.flush()
        if self._added:
            type(self.parent).objects.filter(pk=self.parent.pk).update(
                numchild=F("numchild") + self._added
            )
            self.parent.numchild += self._added
            self._added = 0
