"""Index writes the search engine missed while it was unreachable.

Kept in the database, so every server process sees them: the health
endpoint reports how many there are, and ``manage.py update_index`` (or
``catch_up_search_index``) indexes them and clears the list.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchBacklog(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Ausstehende Suchindex-Änderung")
        verbose_name_plural = _("Ausstehende Suchindex-Änderungen")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="unique_search_backlog_object"
            )
        ]

    def __str__(self) -> str:
        return f"{self.content_type.model} {self.object_id}"
