"""Records of the translation workflow kept next to wagtail-localize's.

``TranslatorGroup`` ties a Django group to the one locale its members
translate into (made by ``manage.py sync_locales``). ``SourceFingerprint``
remembers, per wagtail-localize ``TranslationSource``, a fingerprint of the
translatable content at the last sync and of the source's live content now:
the status matrix calls a translation *outdated* exactly when the two differ,
so saving without changes, moving or republishing a page never does.
"""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail_localize.models import TranslationSource


class TranslatorGroup(models.Model):
    """A group whose members translate into ``locale`` and nowhere else."""

    group = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="translator_locale", verbose_name=_("Gruppe")
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="translator_groups",
        verbose_name=_("Sprache"),
    )

    class Meta:
        verbose_name = _("Übersetzungsgruppe")
        verbose_name_plural = _("Übersetzungsgruppen")

    def __str__(self) -> str:
        return f"{self.group} ({self.locale})"


class SourceFingerprint(models.Model):
    """Fingerprints of a source's translatable content: at the last sync and live now."""

    source = models.OneToOneField(
        TranslationSource, on_delete=models.CASCADE, related_name="fingerprint"
    )
    synced = models.CharField(max_length=64)
    current = models.CharField(max_length=64)
    # When the live content last changed to something other than what was synced.
    changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("Fingerabdruck einer Übersetzungsquelle")

    def __str__(self) -> str:
        return f"{self.source_id}: {self.synced[:8]} / {self.current[:8]}"

    @property
    def is_outdated(self) -> bool:
        return self.synced != self.current
