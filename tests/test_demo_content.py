"""The demo loader builds the Aachen site, and running it again changes nothing.

The command runs once per test class (``setUpTestData``); each test sees that
content inside its own transaction, so tests that run the command again do
not affect the others.
"""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Locale, Page, Revision, Site

from home.models import HomePage
from integration.models import (
    ActionFieldPage,
    ChapterPage,
    District,
    GuidingGoal,
    IntegrationConceptPage,
    Language,
    MeasurePage,
    OfferIndexPage,
    OfferPage,
    Provider,
    SubGoal,
    TargetGroup,
    ThemeFieldPage,
)

PAGE_MODELS = [
    HomePage,
    IntegrationConceptPage,
    ChapterPage,
    ThemeFieldPage,
    ActionFieldPage,
    MeasurePage,
    OfferIndexPage,
    OfferPage,
]
ROW_MODELS = [Provider, TargetGroup, District, Language, GuidingGoal, SubGoal, Locale]


def load_demo_content(*args: str) -> None:
    call_command("load_demo_content", *args, verbosity=0)


def german(model):
    return model.objects.filter(locale__language_code="de")


def snapshot() -> dict[str, int]:
    """How many pages, revisions and rows of each kind the database holds."""
    counts = {model._meta.label: model.objects.count() for model in PAGE_MODELS + ROW_MODELS}
    counts["wagtailcore.Page"] = Page.objects.count()
    counts["wagtailcore.Revision"] = Revision.objects.count()
    counts["wagtailcore.Site"] = Site.objects.count()
    return counts


def stream_blocks(pages, block_type: str):
    for page in pages:
        for block in page.body:
            if block.block_type == block_type:
                yield page, block.value


@pytest.mark.slow
class DemoContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo_content()

    def test_wagtails_welcome_page_is_gone(self):
        plain_page = ContentType.objects.get_for_model(Page)
        assert not Page.objects.filter(depth__gt=1, content_type=plain_page).exists()

    def test_one_default_site_with_a_german_home_page(self):
        sites = Site.objects.filter(is_default_site=True)
        assert sites.count() == 1
        root = sites.get().root_page.specific
        assert isinstance(root, HomePage)
        assert root.locale.language_code == "de"
        assert root.live

    def test_concept_with_its_council_resolution(self):
        concepts = german(IntegrationConceptPage).live()
        assert concepts.exists()
        assert any(
            concept.resolution_committee and concept.resolution_date and concept.resolution_text
            for concept in concepts
        )

    def test_chapters_with_the_aachen_vision_and_the_timeline(self):
        chapters = list(german(ChapterPage).live())
        assert len(chapters) >= 8

        principle_lists = [value for _, value in stream_blocks(chapters, "principle_list")]
        assert any(
            len(value["principles"]) >= 10
            and any("Aachen, das sind wir!" in principle for principle in value["principles"])
            for value in principle_lists
        )

        timelines = [value for _, value in stream_blocks(chapters, "timeline")]
        assert any(
            min(m["date"].year for m in value["milestones"]) <= 2006
            and max(m["date"].year for m in value["milestones"]) >= 2017
            for value in timelines
            if value["milestones"]
        )

    def test_four_theme_fields_each_with_goals_and_sub_goals(self):
        theme_fields = german(ThemeFieldPage).live()
        assert theme_fields.count() == 4
        titles = " | ".join(theme_fields.values_list("title", flat=True))
        for words in ["Interkulturelle Öffnung", "Willkommenskultur", "Quartier", "Teilhabe"]:
            assert words in titles
        for theme_field in theme_fields:
            assert SubGoal.objects.filter(
                guiding_goal__page=theme_field, locale=theme_field.locale
            ).exists(), f"{theme_field} has no goal with a sub-goal"

    def test_seven_action_fields_with_distinct_codes(self):
        codes = list(german(ActionFieldPage).live().values_list("code", flat=True))
        assert len(codes) == 7
        assert len(set(codes)) == 7
        assert all(codes)

    def test_measures_include_the_online_platform(self):
        measures = german(MeasurePage).live()
        assert measures.count() >= 5
        assert measures.filter(title__icontains="Online-Plattform").exists()

    def test_offers_cover_every_action_field_and_lie_in_aachen(self):
        offers = german(OfferPage).live()
        assert offers.count() >= 40
        for action_field in german(ActionFieldPage):
            assert offers.filter(action_fields=action_field).exists(), action_field.code
        assert german(District).count() >= 5
        assert german(TargetGroup).count() >= 6
        for latitude, longitude in offers.values_list("latitude", "longitude"):
            assert Decimal("50.70") <= latitude <= Decimal("50.85")
            assert Decimal("5.98") <= longitude <= Decimal("6.22")

    def test_locales_of_the_citys_newcomers_exist(self):
        codes = set(Locale.objects.values_list("language_code", flat=True))
        assert {"de", "en", "tr", "ar", "ru", "uk", "fa", "fr"} <= codes

    def test_demo_pages_pass_validation(self):
        for page in Page.objects.filter(depth__gt=1).specific():
            page.full_clean()

    def test_a_second_run_changes_nothing(self):
        before = snapshot()
        load_demo_content()
        assert snapshot() == before

    def test_reset_rebuilds_the_same_site(self):
        before = snapshot()
        before.pop("wagtailcore.Revision")
        load_demo_content("--reset")
        after = snapshot()
        after.pop("wagtailcore.Revision")
        assert after == before
        root = Site.objects.get(is_default_site=True).root_page.specific
        assert isinstance(root, HomePage)

    def test_german_home_page_leads_into_the_concept(self):
        response = self.client.get("/")
        assert response.status_code == 200
        html = response.content.decode()
        assert '<html lang="de"' in html
        for concept in german(IntegrationConceptPage).live():
            assert f'href="{concept.url}"' in html
        for offer_index in german(OfferIndexPage).live():
            assert f'href="{offer_index.url}"' in html

    def test_every_live_page_renders(self):
        pages = Page.objects.live().public().filter(depth__gt=1).specific()
        failures = [
            (page.url, status)
            for page in pages
            if (status := self.client.get(page.url).status_code) != 200
        ]
        assert failures == []

    def test_editors_log_in_and_see_the_dashboard(self):
        get_user_model().objects.create_superuser("redaktion", "r@example.org", "geheim-123")
        assert self.client.login(username="redaktion", password="geheim-123")
        assert self.client.get("/admin/").status_code == 200
