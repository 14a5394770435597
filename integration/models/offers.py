"""The offers directory (Bestandsaufnahme): ``OfferIndexPage`` and its ``OfferPage``s.

Offers change every week and must be kept current; each carries the date it
was last reviewed and an optional validity period. An offer is identified by
its ``external_id`` across imports and across all its translations.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..api.fields import RichTextAPIField, TermAPIField, TermsAPIField
from ..conf import get_setting
from .pages import SEARCH_VARIANTS, IntegrationPage, live_in_locale
from .taxonomy import LATITUDE_VALIDATORS, LONGITUDE_VALIDATORS


class OfferQuerySet(PageQuerySet):
    @staticmethod
    def _valid_on(day: datetime.date | None) -> Q:
        day = day or timezone.localdate()
        return (Q(valid_from__isnull=True) | Q(valid_from__lte=day)) & (
            Q(valid_until__isnull=True) | Q(valid_until__gte=day)
        )

    def current(self, day: datetime.date | None = None) -> "OfferQuerySet":
        """Offers whose validity period includes ``day`` (today by default)."""
        return self.filter(self._valid_on(day))

    def not_current(self, day: datetime.date | None = None) -> "OfferQuerySet":
        """Offers that have expired or are not valid yet on ``day``."""
        return self.exclude(self._valid_on(day))

    def for_public(self) -> "OfferQuerySet":
        """Live, public, currently valid offers that are not aliases.

        wagtail-localize's aliases carry the source text under another
        locale: they are no translations and are never served as such.
        """
        return self.live().public().current().filter(alias_of__isnull=True)

    def expired(self, day: datetime.date | None = None) -> "OfferQuerySet":
        day = day or timezone.localdate()
        return self.filter(valid_until__lt=day)

    def review_due(self, day: datetime.date | None = None) -> "OfferQuerySet":
        """Offers not reviewed within the review interval (or never)."""
        day = day or timezone.localdate()
        cutoff = day - datetime.timedelta(days=get_setting("INTEGRATION_REVIEW_INTERVAL_DAYS"))
        return self.filter(Q(last_reviewed_on__isnull=True) | Q(last_reviewed_on__lt=cutoff))


OfferPageManager = PageManager.from_queryset(OfferQuerySet)


class OfferIndexPage(IntegrationPage):
    """The directory of offers; its children are the offers."""

    intro = RichTextField(_("Einleitung"), blank=True, features=["bold", "italic", "link"])

    parent_page_types = get_setting("INTEGRATION_ROOT_PAGE_TYPES")
    subpage_types = ["integration.OfferPage"]

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), SEARCH_VARIANTS]
    api_fields = [APIField("intro", serializer=RichTextAPIField())]

    class Meta:
        verbose_name = _("Angebotsverzeichnis")
        verbose_name_plural = _("Angebotsverzeichnisse")

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        context = super().get_context(request, *args, **kwargs)
        offers = (
            live_in_locale(OfferPage, self.locale)
            .child_of(self)
            .current()
            .select_related("provider", "district")
            .order_by("title")
        )
        context["offers"] = Paginator(offers, 25).get_page(request.GET.get("page"))
        return context


class OfferPage(IntegrationPage):
    """One integration offer: a course, a counselling hour, a sports group…"""

    external_id = models.CharField(
        _("Externe Kennung"),
        max_length=100,
        db_index=True,
        help_text=_("Eindeutige Kennung aus der Angebotsliste, gleich in allen Sprachen."),
    )
    summary = models.TextField(_("Kurzbeschreibung"), blank=True)
    description = RichTextField(
        _("Beschreibung"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    provider = models.ForeignKey(
        "integration.Provider",
        verbose_name=_("Träger"),
        on_delete=models.PROTECT,
        related_name="offers",
    )
    action_fields = ParentalManyToManyField(
        "integration.ActionFieldPage", related_name="offers", verbose_name=_("Handlungsfelder")
    )
    target_groups = ParentalManyToManyField(
        "integration.TargetGroup", blank=True, related_name="offers", verbose_name=_("Zielgruppen")
    )
    languages = ParentalManyToManyField(
        "integration.Language", blank=True, related_name="offers", verbose_name=_("Sprachen")
    )
    district = models.ForeignKey(
        "integration.District",
        verbose_name=_("Stadtteil"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offers",
    )
    street = models.CharField(_("Straße und Hausnummer"), max_length=255, blank=True)
    postcode = models.CharField(_("PLZ"), max_length=10, blank=True)
    city = models.CharField(_("Ort"), max_length=100, blank=True)
    latitude = models.DecimalField(
        _("Breitengrad"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=LATITUDE_VALIDATORS,
    )
    longitude = models.DecimalField(
        _("Längengrad"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=LONGITUDE_VALIDATORS,
    )
    contact_name = models.CharField(_("Ansprechperson"), max_length=255, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=64, blank=True)
    website = models.URLField(_("Website"), blank=True)
    schedule = models.TextField(_("Zeiten"), blank=True)
    is_free = models.BooleanField(_("Kostenlos"), default=True)
    cost_note = models.CharField(
        _("Kosten"),
        max_length=255,
        blank=True,
        help_text=_("Gebühr und Hinweise, wenn nicht kostenlos."),
    )
    registration_required = models.BooleanField(_("Anmeldung erforderlich"), default=False)
    wheelchair_accessible = models.BooleanField(_("Barrierefrei"), default=False)
    childcare_available = models.BooleanField(_("Kinderbetreuung"), default=False)
    valid_from = models.DateField(_("Gültig ab"), null=True, blank=True)
    valid_until = models.DateField(_("Gültig bis"), null=True, blank=True)
    last_reviewed_on = models.DateField(_("Zuletzt geprüft am"), null=True, blank=True)
    is_example = models.BooleanField(
        _("Beispielinhalt"),
        default=False,
        help_text=_(
            "Markiert erfundene Beispielinhalte, die nicht aus der Bestandsaufnahme stammen."
        ),
    )

    objects = OfferPageManager()

    parent_page_types = ["integration.OfferIndexPage"]
    subpage_types: list[str] = []

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("external_id"), FieldPanel("is_example")]),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("provider"),
                FieldPanel("action_fields", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("languages"),
            ],
            heading=_("Einordnung"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("district"),
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Ort"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("website"),
            ],
            heading=_("Kontakt"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("schedule"),
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("cost_note")]),
                FieldRowPanel(
                    [
                        FieldPanel("registration_required"),
                        FieldPanel("wheelchair_accessible"),
                        FieldPanel("childcare_available"),
                    ]
                ),
            ],
            heading=_("Zeiten, Kosten und Zugang"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
                FieldPanel("last_reviewed_on"),
            ],
            heading=_("Gültigkeit und Prüfung"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        SEARCH_VARIANTS,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("schedule"),
        index.RelatedFields("provider", [index.SearchField("name")]),
        index.FilterField("external_id"),
        index.FilterField("is_free"),
        index.FilterField("wheelchair_accessible"),
        index.FilterField("childcare_available"),
        index.FilterField("registration_required"),
        index.FilterField("valid_from"),
        index.FilterField("valid_until"),
    ]
    search_facets = {
        "action_field": "action_fields__code",
        "target_group": "target_groups__slug",
        "language": "languages__code",
        "district": "district__slug",
    }
    api_fields = [
        APIField("external_id"),
        APIField("summary"),
        APIField("description", serializer=RichTextAPIField()),
        APIField("provider", serializer=TermAPIField()),
        APIField("action_fields", serializer=TermsAPIField("code")),
        APIField("target_groups", serializer=TermsAPIField("slug")),
        APIField("languages", serializer=TermsAPIField("code")),
        APIField("district", serializer=TermAPIField()),
        *(
            APIField(name)
            for name in (
                "street",
                "postcode",
                "city",
                "latitude",
                "longitude",
                "contact_name",
                "email",
                "phone",
                "website",
                "schedule",
                "is_free",
                "cost_note",
                "registration_required",
                "wheelchair_accessible",
                "childcare_available",
                "valid_from",
                "valid_until",
                "last_reviewed_on",
                "is_example",
            )  # fmt: skip
        ),
    ]
    # wagtail-localize skips many-to-many fields unless told to synchronise
    # them; identifiers and contact data are the same in every language.
    override_translatable_fields = [
        SynchronizedField("external_id", overridable=False),
        SynchronizedField("action_fields"),
        SynchronizedField("target_groups"),
        SynchronizedField("languages"),
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("phone"),
    ]

    class Meta:
        verbose_name = _("Angebot")
        verbose_name_plural = _("Angebote")

    def clean(self):
        super().clean()
        errors = {}
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _("„Gültig bis“ liegt vor „Gültig ab“.")
        if self.external_id:
            clash = (
                OfferPage.objects.filter(external_id=self.external_id)
                .exclude(translation_key=self.translation_key)
                .exists()
            )
            if clash:
                errors["external_id"] = _("Ein anderes Angebot hat schon diese Kennung.")
        if errors:
            raise ValidationError(errors)

    def serve(self, request, *args, **kwargs):
        # Expired or not yet valid offers are hidden from the public at query
        # time, so no scheduled job is needed; editors still preview them.
        if not self.is_current:
            raise Http404("Dieses Angebot ist nicht mehr oder noch nicht gültig.")
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.is_current else []

    @property
    def is_current(self) -> bool:
        today = timezone.localdate()
        return (self.valid_from is None or self.valid_from <= today) and (
            self.valid_until is None or self.valid_until >= today
        )

    @property
    def review_due(self) -> bool:
        if self.last_reviewed_on is None:
            return True
        interval = datetime.timedelta(days=get_setting("INTEGRATION_REVIEW_INTERVAL_DAYS"))
        return self.last_reviewed_on < timezone.localdate() - interval
