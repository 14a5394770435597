"""Page types of the integration concept itself.

An ``IntegrationConceptPage`` holds, as child pages in their editorial
order, the concept's ``ChapterPage``s (nested for sections), its four
``ThemeFieldPage``s (with ``GuidingGoal`` and ``SubGoal`` rows edited inline),
its seven ``ActionFieldPage``s and its ``MeasurePage``s.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..api.fields import (
    GoalKeysAPIField,
    GuidingGoalsAPIField,
    RichTextAPIField,
    TermAPIField,
    TermsAPIField,
)
from ..blocks import ChapterStreamBlock
from ..conf import get_setting
from .mixins import LocaleFromParentMixin
from .pages import SEARCH_VARIANTS, IntegrationPage, live_in_locale


def add_years(day: datetime.date, years: int) -> datetime.date:
    """``day`` moved by whole years; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


class IntegrationConceptPage(IntegrationPage):
    """The whole concept (Integrationskonzept) as adopted by a council.

    A city may keep several versions (the 2006 concept, the 2016/17 draft);
    ``status`` says which one is in force. State funding requires a concept
    no older than three years, hence ``valid_until``.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Entwurf")
        ADOPTED = "adopted", _("Beschlossen")
        SUPERSEDED = "superseded", _("Abgelöst")

    version_label = models.CharField(
        _("Fassung"), max_length=100, help_text=_("z. B. „Entwurf 2016/17“ oder „2006“.")
    )
    status = models.CharField(
        _("Status"), max_length=16, choices=Status.choices, default=Status.DRAFT
    )
    summary = models.TextField(_("Zusammenfassung"), blank=True)
    adopted_on = models.DateField(_("Beschlossen am"), null=True, blank=True)
    adopted_by = models.CharField(
        _("Beschlossen von"), max_length=255, blank=True, help_text=_("z. B. Rat der Stadt")
    )
    valid_until = models.DateField(
        _("Gültig bis"),
        null=True,
        blank=True,
        help_text=_(
            "Leer lassen: drei Jahre nach dem Beschluss (Förderrichtlinie für "
            "Kommunale Integrationszentren)."
        ),
    )
    resolution_committee = models.CharField(_("Beschlussgremium"), max_length=255, blank=True)
    resolution_date = models.DateField(_("Sitzung am"), null=True, blank=True)
    resolution_text = RichTextField(
        _("Beschluss(vorschlag)"), blank=True, features=["bold", "italic", "ol", "ul", "link"]
    )

    parent_page_types = get_setting("INTEGRATION_ROOT_PAGE_TYPES")
    subpage_types = [
        "integration.ChapterPage",
        "integration.ThemeFieldPage",
        "integration.ActionFieldPage",
        "integration.MeasurePage",
    ]

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("version_label"), FieldPanel("status")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("adopted_on"), FieldPanel("adopted_by")]),
                FieldPanel("valid_until"),
            ],
            heading=_("Beschluss und Gültigkeit"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("resolution_committee"), FieldPanel("resolution_date")]),
                FieldPanel("resolution_text"),
            ],
            heading=_("Ratsbeschluss"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        SEARCH_VARIANTS,
        index.SearchField("summary"),
        index.SearchField("resolution_text"),
        index.FilterField("status"),
    ]
    api_fields = [
        APIField("version_label"),
        APIField("status"),
        APIField("summary"),
        APIField("adopted_on"),
        APIField("adopted_by"),
        APIField("valid_until"),
        APIField("resolution_committee"),
        APIField("resolution_date"),
        APIField("resolution_text", serializer=RichTextAPIField()),
    ]

    class Meta:
        verbose_name = _("Integrationskonzept")
        verbose_name_plural = _("Integrationskonzepte")

    @staticmethod
    def default_valid_until(adopted_on: datetime.date) -> datetime.date:
        return add_years(adopted_on, get_setting("INTEGRATION_CONCEPT_VALIDITY_YEARS"))

    def save(self, *args, **kwargs):
        if self.adopted_on:
            # A validity that merely followed the old adoption date follows the
            # new one; a date an editor chose stays.
            previous = (
                IntegrationConceptPage.objects.filter(pk=self.pk)
                .values_list("adopted_on", flat=True)
                .first()
                if self.pk
                else None
            )
            follows_previous = (
                previous
                and previous != self.adopted_on
                and self.valid_until == self.default_valid_until(previous)
            )
            if not self.valid_until or follows_previous:
                self.valid_until = self.default_valid_until(self.adopted_on)
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.adopted_on and self.valid_until and self.valid_until < self.adopted_on:
            raise ValidationError({"valid_until": _("„Gültig bis“ liegt vor dem Beschluss.")})

    def is_valid_on(self, day: datetime.date) -> bool:
        return bool(self.valid_until and self.valid_until >= day)

    def children_of_type(self, model):
        return model.objects.child_of(self).live().public().specific().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = self.children_of_type(ChapterPage)
        context["theme_fields"] = self.children_of_type(ThemeFieldPage)
        context["action_fields"] = self.children_of_type(ActionFieldPage)
        context["measures"] = self.children_of_type(MeasurePage)
        return context


class ChapterPage(IntegrationPage):
    """A chapter (Kapitel) of the concept; sub-pages are its sections."""

    intro = models.TextField(_("Einleitung"), blank=True)
    body = StreamField(ChapterStreamBlock(), blank=True, verbose_name=_("Inhalt"))

    parent_page_types = ["integration.IntegrationConceptPage", "integration.ChapterPage"]
    subpage_types = ["integration.ChapterPage"]

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        SEARCH_VARIANTS,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("Kapitel")
        verbose_name_plural = _("Kapitel")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().public().specific()
        return context


class ThemeFieldPage(IntegrationPage):
    """One of the concept's theme fields (Themenfeld) with its goals."""

    intro = models.TextField(_("Einleitung"), blank=True)
    body = RichTextField(_("Beschreibung"), blank=True)

    parent_page_types = ["integration.IntegrationConceptPage"]
    subpage_types: list[str] = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("guiding_goals", heading=_("Leitziele"), label=_("Leitziel")),
    ]
    search_fields = [
        *Page.search_fields,
        SEARCH_VARIANTS,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.RelatedFields(
            "guiding_goals", [index.SearchField("title"), index.SearchField("description")]
        ),
    ]
    api_fields = [
        APIField("intro"),
        APIField("body", serializer=RichTextAPIField()),
        APIField("guiding_goals", serializer=GuidingGoalsAPIField()),
    ]

    class Meta:
        verbose_name = _("Themenfeld")
        verbose_name_plural = _("Themenfelder")


class GuidingGoal(TranslatableMixin, ClusterableModel, Orderable):
    """A guiding goal (Leitziel) of a theme field, with ordered sub-goals.

    A row of its own so that measures can point at it: its primary key is
    stable across edits of the theme field, and its ``translation_key`` is
    shared by all its translations.
    """

    page = ParentalKey(ThemeFieldPage, on_delete=models.CASCADE, related_name="guiding_goals")
    title = models.CharField(_("Leitziel"), max_length=500)
    description = models.TextField(_("Erläuterung"), blank=True)
    is_example = models.BooleanField(
        _("Beispielinhalt"),
        default=False,
        help_text=_("Markiert erfundene Beispielinhalte, die nicht aus dem Konzept stammen."),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("is_example"),
        InlinePanel("sub_goals", heading=_("Teilziele"), label=_("Teilziel")),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("Leitziel")
        verbose_name_plural = _("Leitziele")

    def __str__(self) -> str:
        return f"{self.page.title} – {self.number}. {self.title}" if self.page_id else self.title

    @property
    def number(self) -> int:
        return (self.sort_order or 0) + 1


class SubGoal(LocaleFromParentMixin, TranslatableMixin, Orderable):
    """A sub-goal (Teilziel) of a guiding goal."""

    guiding_goal = ParentalKey(GuidingGoal, on_delete=models.CASCADE, related_name="sub_goals")
    title = models.CharField(_("Teilziel"), max_length=500)
    description = models.TextField(_("Erläuterung"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("Teilziel")
        verbose_name_plural = _("Teilziele")

    def __str__(self) -> str:
        return self.title


class ActionFieldPage(IntegrationPage):
    """One of the concept's action fields (Handlungsfeld).

    Measures and offers point at action fields; the page shows those that are
    live in its own locale (a translated offer keeps pointing at the source
    action field, so they are matched by ``translation_key``).
    """

    code = models.SlugField(
        _("Kennung"),
        max_length=64,
        help_text=_("Gleich in allen Sprachen, z. B. „sprache-bildung“; für Filter und Importe."),
    )
    summary = models.TextField(_("Zusammenfassung"), blank=True)
    body = StreamField(ChapterStreamBlock(), blank=True, verbose_name=_("Inhalt"))

    parent_page_types = ["integration.IntegrationConceptPage"]
    subpage_types: list[str] = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("code"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        SEARCH_VARIANTS,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("code"),
    ]
    search_facets = {"action_field": "code"}
    api_fields = [APIField("code"), APIField("summary"), APIField("body")]
    override_translatable_fields = [SynchronizedField("code", overridable=False)]

    class Meta:
        verbose_name = _("Handlungsfeld")
        verbose_name_plural = _("Handlungsfelder")

    def clean(self):
        super().clean()
        clash = (
            ActionFieldPage.objects.filter(code=self.code)
            .exclude(translation_key=self.translation_key)
            .exists()
        )
        if clash:
            raise ValidationError({"code": _("Diese Kennung hat schon ein anderes Handlungsfeld.")})

    def related_to_me(self, model):
        """Live pages of ``model`` in this page's locale that point at this action field."""
        return (
            live_in_locale(model, self.locale)
            .filter(action_fields__translation_key=self.translation_key)
            .distinct()
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        from .offers import OfferPage

        context = super().get_context(request, *args, **kwargs)
        context["measures"] = self.related_to_me(MeasurePage)
        context["offers"] = self.related_to_me(OfferPage).current()
        return context


class MeasurePage(IntegrationPage):
    """A concrete measure (Maßnahme) of the concept."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Geplant")
        IN_PROGRESS = "in_progress", _("In Umsetzung")
        DONE = "done", _("Abgeschlossen")
        PAUSED = "paused", _("Ruht")

    status = models.CharField(
        _("Status"), max_length=16, choices=Status.choices, default=Status.PLANNED
    )
    summary = models.TextField(_("Zusammenfassung"), blank=True)
    body = StreamField(ChapterStreamBlock(), blank=True, verbose_name=_("Inhalt"))
    responsible_provider = models.ForeignKey(
        "integration.Provider",
        verbose_name=_("Verantwortlich"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="measures",
    )
    starts_on = models.DateField(_("Beginn"), null=True, blank=True)
    ends_on = models.DateField(_("Ende"), null=True, blank=True)
    guiding_goals = ParentalManyToManyField(
        "integration.GuidingGoal", blank=True, related_name="measures", verbose_name=_("Leitziele")
    )
    action_fields = ParentalManyToManyField(
        "integration.ActionFieldPage",
        blank=True,
        related_name="measures",
        verbose_name=_("Handlungsfelder"),
    )
    is_example = models.BooleanField(
        _("Beispielinhalt"),
        default=False,
        help_text=_("Markiert erfundene Beispielinhalte, die nicht aus dem Konzept stammen."),
    )

    parent_page_types = ["integration.IntegrationConceptPage"]
    subpage_types: list[str] = []

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("status"), FieldPanel("is_example")]),
        FieldPanel("summary"),
        FieldPanel("responsible_provider"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], heading=_("Zeitraum")),
        FieldPanel("action_fields", widget=forms.CheckboxSelectMultiple),
        FieldPanel("guiding_goals", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        SEARCH_VARIANTS,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("status"),
    ]
    search_facets = {"action_field": "action_fields__code"}
    api_fields = [
        APIField("status"),
        APIField("summary"),
        APIField("body"),
        APIField("responsible_provider", serializer=TermAPIField()),
        APIField("starts_on"),
        APIField("ends_on"),
        APIField("is_example"),
        APIField("action_fields", serializer=TermsAPIField("code")),
        APIField("guiding_goals", serializer=GoalKeysAPIField()),
    ]
    # wagtail-localize skips many-to-many fields unless told to synchronise them.
    override_translatable_fields = [
        SynchronizedField("guiding_goals"),
        SynchronizedField("action_fields"),
    ]

    class Meta:
        verbose_name = _("Maßnahme")
        verbose_name_plural = _("Maßnahmen")

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("Das Ende liegt vor dem Beginn.")})
