"""The demo loader builds the Aachen site, and running it again changes nothing.

The command runs once per test class (``setUpTestData``); each test sees that
content inside its own transaction, so tests that run the command again do
not affect the others. wagtail-localize publishes translated pages when the
transaction commits, so the command runs with its commit callbacks executed,
as they are outside tests.
"""

from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import (
    String,
    StringTranslation,
    TranslatableObject,
    Translation,
    TranslationSource,
)

from home.demo import AACHEN
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
    TranslatorGroup,
)
from integration.translation.status import State, build_matrix

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
TRANSLATION_MODELS = [
    TranslatableObject,
    TranslationSource,
    Translation,
    String,
    StringTranslation,
    Group,
    TranslatorGroup,
]


def load_demo_content(*args: str, verbosity: int = 0) -> str:
    """Run the command and, as a real commit would, wagtail-localize's publishing after it."""
    output = StringIO()
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo_content", *args, verbosity=verbosity, stdout=output)
    return output.getvalue()


def german(model):
    return model.objects.filter(locale__language_code="de")


def snapshot() -> dict[str, int]:
    """How many pages, revisions and rows of each kind the database holds."""
    models = PAGE_MODELS + ROW_MODELS + TRANSLATION_MODELS
    counts = {model._meta.label: model.objects.count() for model in models}
    counts["wagtailcore.Page"] = Page.objects.count()
    counts["wagtailcore.Revision"] = Revision.objects.count()
    counts["wagtailcore.Site"] = Site.objects.count()
    return counts


def translation_states() -> dict[tuple[str, int, str], State]:
    """The status matrix as (model, primary key, language code) → state."""
    return {
        (row.model._meta.label, row.pk, code): cell.state
        for row in build_matrix().rows
        for code, cell in row.cells.items()
    }


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
        states_before = translation_states()
        output = load_demo_content(verbosity=1)
        assert snapshot() == before
        # Nor does it bring the outdated translation up to date by re-reading its source.
        assert translation_states() == states_before
        objects = sum(len(locale.objects) for locale in AACHEN.translations)
        summary = f"Translations (pages and snippets): 0 created, 0 updated, {objects} unchanged"
        assert summary in output
        assert "Alias pages created: none" in output
        assert "Nothing changed" in output

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

    def test_translation_matrix_shows_every_state_in_english(self):
        rows = build_matrix().rows
        english = {row.title: row.cells["en"] for row in rows}
        assert {cell.state for cell in english.values()} == set(State)

        chapters = [row.cells["en"] for row in rows if row.model is ChapterPage]
        assert chapters
        assert all(cell.state is State.IN_PROGRESS and 0 < cell.progress < 100 for cell in chapters)
        machine = {title for title, cell in english.items() if cell.state is State.MACHINE}
        assert machine == {"Bewerbungswerkstatt für Geflüchtete", "Interreligiöser Gesprächskreis"}
        outdated = {title for title, cell in english.items() if cell.state is State.OUTDATED}
        assert outdated == {"Sprachcafé in der Stadtbibliothek"}
        up_to_date_offers = [
            row
            for row in rows
            if row.model is OfferPage and row.cells["en"].state is State.UP_TO_DATE
        ]
        assert len(up_to_date_offers) >= 10
        for row in rows:
            if row.model in (ThemeFieldPage, ActionFieldPage, IntegrationConceptPage, HomePage):
                assert row.cells["en"].state is State.UP_TO_DATE, row.title

    def test_arabic_home_page_and_action_fields_are_up_to_date_the_rest_missing(self):
        rows = build_matrix().rows
        translated = {HomePage, ActionFieldPage}
        for row in rows:
            wanted = State.UP_TO_DATE if row.model in translated else State.MISSING
            assert row.cells["ar"].state is wanted, row.title
            for code in ("tr", "ru", "uk", "fa", "fr"):
                assert row.cells[code].state is State.MISSING, (code, row.title)
        assert sum(row.model is ActionFieldPage for row in rows) == 7

    def test_english_translation_of_the_language_cafe_keeps_the_old_time(self):
        cafe = german(OfferPage).get(external_id="AC-0003")
        english = cafe.get_translation(Locale.objects.get(language_code="en"))
        assert not english.alias_of_id
        assert cafe.schedule == "Dienstags, 16:00–18:00 Uhr"
        assert english.schedule == "Tuesdays, 3:00–5:00 pm"
        assert english.title == "Language café at the City Library"

    def test_arabic_home_page_renders_right_to_left(self):
        home = HomePage.objects.get(locale__language_code="ar")
        assert not home.alias_of_id
        response = self.client.get(home.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert '<html lang="ar" dir="rtl"' in html
        assert "الاندماج في آخن" in html
        assert "<b>موقف آخن من العيش المشترك في ظل التنوع</b>" in html

    def test_api_lists_arabic_as_right_to_left_with_its_translated_pages(self):
        response = self.client.get("/api/v2/locales/")
        assert response.status_code == 200
        locales = {item["code"]: item for item in response.json()["items"]}
        assert locales["ar"]["direction"] == "rtl"
        assert locales["ar"]["live_pages"] == 8  # the home page and the seven action fields
        assert locales["en"]["direction"] == "ltr"
        assert locales["de"]["is_source"]
