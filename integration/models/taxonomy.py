"""The vocabularies offers and measures are described with.

``Provider``, ``TargetGroup`` and ``District`` are translatable snippets, made
available in the admin through the viewsets in ``wagtail_hooks.py``. Their
``slug`` is synchronised across translations, so a slug names the same thing
in every locale (the API filters by it). ``Language`` is reference data keyed
by ISO 639-1 code: the languages an offer is held in.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

LATITUDE_VALIDATORS = [MinValueValidator(-90), MaxValueValidator(90)]
LONGITUDE_VALIDATORS = [MinValueValidator(-180), MaxValueValidator(180)]


class TaxonomyQuerySet(models.QuerySet):
    def in_locale(self, locale):
        return self.filter(locale=locale)


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """Shared shape of a translatable vocabulary term: a name and a stable slug."""

    name = models.CharField(_("Name"), max_length=255)
    slug = models.SlugField(
        _("Kurzname"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Gleich in allen Sprachen; wird in Adressen und Filtern der API verwendet."),
    )

    objects = TaxonomyQuerySet.as_manager()

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
        index.FilterField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        clash = (
            type(self)
            .objects.filter(slug=self.slug)
            .exclude(translation_key=self.translation_key)
            .exists()
        )
        if clash:
            raise ValidationError({"slug": _("Dieser Kurzname ist schon vergeben.")})


class Provider(TaxonomyTerm):
    """An organisation that runs offers or is responsible for measures (Träger)."""

    class Kind(models.TextChoices):
        WELFARE = "welfare", _("Wohlfahrtsverband")
        INTEGRATION_AGENCY = "integration_agency", _("Integrationsagentur")
        CITY = "city", _("Städtische Stelle")
        EDUCATION = "education", _("Bildungseinrichtung")
        CLUB = "club", _("Verein")
        MIGRANT_ORGANISATION = "migrant_organisation", _("Migrantenorganisation")
        RELIGIOUS = "religious", _("Religionsgemeinschaft")
        OTHER = "other", _("Sonstige")

    kind = models.CharField(_("Art"), max_length=32, choices=Kind.choices, default=Kind.OTHER)
    description = models.TextField(_("Beschreibung"), blank=True)
    website = models.URLField(_("Website"), blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=64, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldRowPanel([FieldPanel("email"), FieldPanel("phone")])],
            heading=_("Kontakt"),
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("phone"),
    ]
    search_fields = [
        *TaxonomyTerm.search_fields,
        index.SearchField("description"),
        index.FilterField("kind"),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Träger")
        verbose_name_plural = _("Träger")


class TargetGroup(TaxonomyTerm):
    """Who an offer is for (Zielgruppe): refugees, women, youth, seniors…"""

    description = models.TextField(_("Beschreibung"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Zielgruppe")
        verbose_name_plural = _("Zielgruppen")


class District(TaxonomyTerm):
    """A district (Stadtteil, Quartier) of the city where offers take place."""

    postcodes = models.CharField(
        _("Postleitzahlen"), max_length=255, blank=True, help_text=_("Durch Kommas getrennt.")
    )
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

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("postcodes"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Mittelpunkt")),
    ]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("postcodes"),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Stadtteil")
        verbose_name_plural = _("Stadtteile")


class Language(index.Indexed, models.Model):
    """A language an offer is held in, keyed by its ISO 639-1 code.

    Reference data (seeded by a migration), not content: it has no locale.
    Names are kept in German, English and the language itself so that imports
    can match any of them.
    """

    class Direction(models.TextChoices):
        LTR = "ltr", _("links nach rechts")
        RTL = "rtl", _("rechts nach links")

    code = models.CharField(_("Code (ISO 639-1)"), max_length=3, primary_key=True)
    name_de = models.CharField(_("Name (Deutsch)"), max_length=100)
    name_en = models.CharField(_("Name (Englisch)"), max_length=100)
    native_name = models.CharField(_("Eigenname"), max_length=100)
    direction = models.CharField(
        _("Schreibrichtung"), max_length=3, choices=Direction.choices, default=Direction.LTR
    )

    panels = [
        FieldPanel("code"),
        FieldRowPanel([FieldPanel("name_de"), FieldPanel("name_en")]),
        FieldPanel("native_name"),
        FieldPanel("direction"),
    ]
    search_fields = [
        index.SearchField("name_de"),
        index.SearchField("name_en"),
        index.SearchField("native_name"),
        index.AutocompleteField("name_de"),
    ]

    class Meta:
        ordering = ["name_de"]
        verbose_name = _("Sprache")
        verbose_name_plural = _("Sprachen")

    def __str__(self) -> str:
        return f"{self.name_de} ({self.code})"
