"""Factories for the integration plugin's page types, snippets and blocks.

Page factories build on wagtail-factories' ``PageFactory``: pass ``parent=``
to place a page in the tree (without it the page becomes a tree root, which
is enough for tests of model logic). Snippet factories use the default
locale unless given ``locale=``; goal rows take the locale of their page.
Every concrete model of the app has a factory here; ``tests/test_factories.py``
enforces that.
"""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail import blocks as wagtail_blocks
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.models import TranslationSource

from . import blocks
from .models import (
    ActionFieldPage,
    ChapterPage,
    ContentVersion,
    District,
    GuidingGoal,
    IntegrationConceptPage,
    Language,
    MeasurePage,
    OfferIndexPage,
    OfferPage,
    Provider,
    SearchBacklog,
    SourceFingerprint,
    SubGoal,
    SynonymGroup,
    TargetGroup,
    ThemeFieldPage,
    TranslatorGroup,
)

# Snippets ---------------------------------------------------------------


class TaxonomyTermFactory(DjangoModelFactory):
    """Shared defaults of the translatable vocabularies: a name and its slug."""

    locale = factory.LazyFunction(Locale.get_default)
    slug = factory.LazyAttribute(lambda term: slugify(term.name))

    class Meta:
        abstract = True


class ProviderFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Träger {n}")
    kind = Provider.Kind.WELFARE
    website = factory.LazyAttribute(lambda provider: f"https://{provider.slug}.example.org/")

    class Meta:
        model = Provider


class TargetGroupFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Zielgruppe {n}")

    class Meta:
        model = TargetGroup


class DistrictFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Stadtteil {n}")
    postcodes = "52062"
    latitude = Decimal("50.775346")
    longitude = Decimal("6.083887")

    class Meta:
        model = District


class LanguageFactory(DjangoModelFactory):
    """A language an offer is held in.

    Languages are reference data seeded by a migration, so by default this
    returns one of the seeded rows instead of inventing a new code.
    """

    code = factory.Iterator(["de", "en", "ar", "fa", "tr", "ru", "uk", "fr"])
    name_de = factory.LazyAttribute(lambda language: language.code)
    name_en = factory.LazyAttribute(lambda language: language.code)
    native_name = factory.LazyAttribute(lambda language: language.code)

    class Meta:
        model = Language
        django_get_or_create = ("code",)


# Blocks -----------------------------------------------------------------


class RichTextBlockFactory(wagtail_factories.blocks.BlockFactory):
    value = "<p>Ein Absatz des Kapitels.</p>"

    class Meta:
        model = wagtail_blocks.RichTextBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return RichText(kwargs["value"])


class TextBlockFactory(wagtail_factories.blocks.BlockFactory):
    value = "Ein Grundsatz."

    class Meta:
        model = wagtail_blocks.TextBlock

    @classmethod
    def _construct_block(cls, block_class, *args, **kwargs):
        return kwargs["value"]


class HeadingBlockFactory(wagtail_factories.StructBlockFactory):
    text = "Überschrift"
    level = "h2"

    class Meta:
        model = blocks.HeadingBlock


class PrincipleListBlockFactory(wagtail_factories.StructBlockFactory):
    heading = "Zusammenleben in Vielfalt"
    principles = wagtail_factories.ListBlockFactory(TextBlockFactory)

    class Meta:
        model = blocks.PrincipleListBlock


class MilestoneBlockFactory(wagtail_factories.StructBlockFactory):
    date = datetime.date(2015, 5, 9)
    date_label = ""
    title = "Auftaktveranstaltung"
    description = ""

    class Meta:
        model = blocks.MilestoneBlock


class TimelineBlockFactory(wagtail_factories.StructBlockFactory):
    heading = "Der Weg zum Konzept"
    milestones = wagtail_factories.ListBlockFactory(MilestoneBlockFactory)

    class Meta:
        model = blocks.TimelineBlock


class ChapterStreamBlockFactory(wagtail_factories.StreamBlockFactory):
    """Builds chapter bodies: ``body__0__principle_list__principles__0="…"``."""

    heading = factory.SubFactory(HeadingBlockFactory)
    paragraph = factory.SubFactory(RichTextBlockFactory)
    principle_list = factory.SubFactory(PrincipleListBlockFactory)
    timeline = factory.SubFactory(TimelineBlockFactory)

    class Meta:
        model = blocks.ChapterStreamBlock


# Pages ------------------------------------------------------------------


class IntegrationConceptPageFactory(wagtail_factories.PageFactory):
    title = "Integrationskonzept"
    version_label = "Entwurf 2016/17"
    status = IntegrationConceptPage.Status.ADOPTED
    adopted_on = datetime.date(2017, 3, 15)
    adopted_by = "Rat der Stadt"

    class Meta:
        model = IntegrationConceptPage


class ChapterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kapitel {n}")
    intro = "Worum es in diesem Kapitel geht."
    body = wagtail_factories.StreamFieldFactory(ChapterStreamBlockFactory)

    class Meta:
        model = ChapterPage


class ThemeFieldPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Themenfeld {n}")
    intro = "Ein Themenfeld des Konzepts."

    class Meta:
        model = ThemeFieldPage


class GuidingGoalFactory(DjangoModelFactory):
    """A guiding goal; ``page`` must be a saved ``ThemeFieldPage``."""

    page = factory.SubFactory(ThemeFieldPageFactory)
    title = factory.Sequence(lambda n: f"Leitziel {n}")
    sort_order = factory.Sequence(lambda n: n)
    locale = factory.LazyAttribute(lambda goal: goal.page.locale)

    class Meta:
        model = GuidingGoal


class SubGoalFactory(DjangoModelFactory):
    guiding_goal = factory.SubFactory(GuidingGoalFactory)
    title = factory.Sequence(lambda n: f"Teilziel {n}")
    sort_order = factory.Sequence(lambda n: n)
    locale = factory.LazyAttribute(lambda sub_goal: sub_goal.guiding_goal.locale)

    class Meta:
        model = SubGoal


class ActionFieldPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Handlungsfeld {n}")
    code = factory.Sequence(lambda n: f"handlungsfeld-{n}")
    summary = "Ein Handlungsfeld des Konzepts."

    class Meta:
        model = ActionFieldPage


def parental_m2m(field_name: str) -> factory.PostGeneration:
    def set_values(page, create, extracted, **kwargs):
        if extracted is None:
            return
        getattr(page, field_name).set(extracted)
        if create:
            # Saving a cluster commits its parental many-to-many values.
            page.save()

    return factory.PostGeneration(set_values)


class MeasurePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Maßnahme {n}")
    status = MeasurePage.Status.IN_PROGRESS
    summary = "Eine Maßnahme des Konzepts."
    action_fields = parental_m2m("action_fields")
    guiding_goals = parental_m2m("guiding_goals")

    class Meta:
        model = MeasurePage
        skip_postgeneration_save = True


class OfferIndexPageFactory(wagtail_factories.PageFactory):
    title = "Angebote"
    slug = "angebote"

    class Meta:
        model = OfferIndexPage


class OfferPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Angebot {n}")
    external_id = factory.Sequence(lambda n: f"ANG-{n:04d}")
    summary = "Ein Angebot aus der Bestandsaufnahme."
    provider = factory.SubFactory(ProviderFactory)
    street = "Markt 1"
    postcode = "52062"
    city = "Aachen"
    latitude = Decimal("50.776351")
    longitude = Decimal("6.083862")
    last_reviewed_on = factory.LazyFunction(timezone.localdate)
    action_fields = parental_m2m("action_fields")
    target_groups = parental_m2m("target_groups")
    languages = parental_m2m("languages")

    class Meta:
        model = OfferPage
        skip_postgeneration_save = True


class ContentVersionFactory(DjangoModelFactory):
    """The content-version row the API keys caches and ETags by."""

    class Meta:
        model = ContentVersion
        django_get_or_create = ("id",)

    id = 1


class TranslatorGroupFactory(DjangoModelFactory):
    """A translator group for a locale (``sync_locales`` also grants its permissions)."""

    class Meta:
        model = TranslatorGroup

    group = factory.SubFactory(
        "integration.factories.GroupFactory", name=factory.Sequence(lambda n: f"Übersetzung {n}")
    )
    locale = factory.LazyFunction(lambda: Locale.objects.get_or_create(language_code="en")[0])


class GroupFactory(DjangoModelFactory):
    class Meta:
        model = "auth.Group"
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Gruppe {n}")


class SourceFingerprintFactory(DjangoModelFactory):
    """Fingerprints of a source; made by signals in practice, this one for tests of the matrix."""

    class Meta:
        model = SourceFingerprint
        django_get_or_create = ("source",)

    source = factory.LazyFunction(
        lambda: TranslationSource.get_or_create_from_instance(ProviderFactory())[0]
    )
    synced = "0" * 64
    current = "0" * 64


class SynonymGroupFactory(DjangoModelFactory):
    """Equivalent search terms of one locale."""

    class Meta:
        model = SynonymGroup

    locale = factory.LazyFunction(Locale.get_default)
    terms = "Deutschkurs, Sprachkurs, Integrationskurs"


class SearchBacklogFactory(DjangoModelFactory):
    """An index write the search engine missed."""

    class Meta:
        model = SearchBacklog

    content_type = factory.LazyFunction(lambda: ContentType.objects.get_for_model(Provider))
    object_id = factory.Sequence(str)
