"""What editors tell the public search: groups of equivalent search terms per locale.

A ``SynonymGroup`` lists terms that mean the same for people searching in one
locale ("Deutschkurs, Sprachkurs, Integrationskurs"). The search expands a
query with the other terms of every active group it matches
(``integration.searching.synonyms.expand_query``), so a change applies to the
next search, without reindexing. Made available in the admin under Settings
through ``SynonymGroupViewSet`` in ``wagtail_hooks.py``.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from ..searching.synonyms import match_key

MAX_TERM_LENGTH = 100
_WORD_RE = re.compile(r"[^\W_]")


def parse_terms(text: str) -> list[str]:
    """The terms of a group as written: separated by commas or line breaks.

    Blank lines and a comma at the end of a line are allowed; an empty term
    between two commas stays in the list as "" so validation can name it.
    """
    terms: list[str] = []
    for line in (text or "").splitlines():
        line = line.strip().removesuffix(",").strip()
        if line:
            terms.extend(" ".join(term.split()) for term in line.split(","))
    return terms


def term_errors(terms: list[str], language: str = "") -> list[str]:
    """Why ``terms`` cannot form a group, as messages for the editor; [] when they can."""
    errors: list[str] = []
    if any(not term for term in terms):
        errors.append(_("Ein Begriff ist leer: zwischen zwei Kommas steht nichts."))
    for term in terms:
        if len(term) > MAX_TERM_LENGTH:
            errors.append(
                _("„%(term)s…“ ist länger als %(max)d Zeichen.")
                % {"term": term[:30], "max": MAX_TERM_LENGTH}
            )
        elif term and not _WORD_RE.search(term):
            errors.append(_("„%(term)s“ enthält kein Wort.") % {"term": term})
    distinct = {match_key(term, language) for term in terms if term}
    if len(distinct - {""}) < 2:
        errors.append(
            _(
                "Eine Gruppe braucht mindestens zwei verschiedene Begriffe "
                "(Groß- und Kleinschreibung und Mehrzahlformen zählen nicht als verschieden)."
            )
        )
    return errors


class SynonymGroup(models.Model):
    """Terms that people searching in ``locale`` use for the same thing."""

    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="synonym_groups",
        verbose_name=_("Sprache"),
        help_text=_("Die Gruppe wirkt nur auf Suchen in dieser Sprache."),
    )
    terms = models.TextField(
        _("Begriffe"),
        help_text=_(
            "Gleichbedeutende Suchbegriffe, getrennt durch Kommas oder Zeilenumbrüche, "
            "z. B. „Deutschkurs, Sprachkurs, Integrationskurs“. Wer einen davon sucht, "
            "findet auch Inhalte mit den anderen. Groß- und Kleinschreibung sowie "
            "Mehrzahlformen spielen keine Rolle."
        ),
    )
    note = models.TextField(
        _("Notiz"),
        blank=True,
        help_text=_("Nur für die Redaktion: warum es diese Gruppe gibt."),
    )
    is_active = models.BooleanField(
        _("Aktiv"),
        default=True,
        help_text=_("Inaktive Gruppen bleiben gespeichert, wirken aber nicht auf die Suche."),
    )
    # Part of the version the search's in-process cache of groups is keyed by.
    updated_at = models.DateTimeField(_("Geändert"), auto_now=True)

    panels = [
        FieldPanel("locale"),
        FieldPanel("terms"),
        FieldPanel("note"),
        FieldPanel("is_active"),
    ]

    class Meta:
        verbose_name = _("Synonymgruppe")
        verbose_name_plural = _("Synonymgruppen")
        ordering = ["locale_id", "terms"]

    def __str__(self) -> str:
        text = ", ".join(term for term in self.term_list() if term)
        return text if len(text) <= 80 else text[:79] + "…"

    def term_list(self) -> list[str]:
        return parse_terms(self.terms)

    def clean(self):
        super().clean()
        language = self.locale.language_code if self.locale_id else ""
        errors = term_errors(self.term_list(), language)
        if errors:
            raise ValidationError({"terms": errors})
