"""The public content's version: what API caches and ETags are keyed by.

Every change the public can see (publish, unpublish, move, delete, view
restrictions, vocabulary edits, review confirmations) bumps one row; a cached
response or ETag made before the bump is never served again. The counter
lives in the database so that every server process sees the same value.
"""

from django.db import models
from django.db.models import F
from django.utils import timezone


class ContentVersion(models.Model):
    """A single row counting changes to public content."""

    version = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "Inhaltsstand"

    def __str__(self) -> str:
        return f"{self.version} ({self.changed_at:%Y-%m-%d %H:%M})"

    @classmethod
    def current(cls) -> "ContentVersion":
        row = cls.objects.filter(pk=1).first()
        if row is None:
            row, _ = cls.objects.get_or_create(pk=1)
        return row

    @property
    def token(self) -> str:
        """Number and time of the last change: unique even when a database is restored
        (or a test rolled back) to an older number."""
        return f"{self.version}.{self.changed_at.timestamp()}"

    @classmethod
    def bump(cls) -> None:
        updated = cls.objects.filter(pk=1).update(
            version=F("version") + 1, changed_at=timezone.now()
        )
        if not updated:
            cls.objects.get_or_create(pk=1, defaults={"version": 1})
