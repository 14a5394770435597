"""``/api/v2/concept/`` and ``/api/v2/locales/``: what an app downloads to show the concept.

The planted concept has three chapters (not in title order, and one moved),
two sections, two theme fields with goals and sub-goals, two action fields
and a measure pointing at a goal and an action field: twelve live German
pages with the home page.
"""

import datetime
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.db import transaction
from wagtail.models import Locale, Page

from integration import factories as f
from integration.models import GuidingGoal, SubGoal
from tests.conftest import make_site_root

pytestmark = pytest.mark.django_db

GERMAN_LIVE_PAGES = 12


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@dataclass
class Concept:
    home: int
    concept: int
    mission: int  # the chapter "Leitbild"
    language: int  # the theme field "Sprache und Bildung"
    goals: dict[str, str]
    sub_goals: dict[str, str]
    measure: int


def plant() -> Concept:
    home = make_site_root()
    concept = f.IntegrationConceptPageFactory(
        parent=home,
        resolution_committee="Rat der Stadt Aachen",
        resolution_date=datetime.date(2017, 3, 15),
        summary="Wie Aachen Zusammenleben in Vielfalt gestaltet.",
    )
    summary = f.ChapterPageFactory(parent=concept, title="Zusammenfassung")
    situation = f.ChapterPageFactory(parent=concept, title="Ausgangslage")
    f.ChapterPageFactory(parent=situation, title="Bevölkerung")
    f.ChapterPageFactory(parent=situation, title="Bisherige Arbeit")
    mission = f.ChapterPageFactory(
        parent=concept,
        title="Leitbild",
        body__0__principle_list__heading="Grundsätze",
        body__0__principle_list__principles__0="Vielfalt ist Normalität",
    )
    mission.move(summary, pos="left")

    language = f.ThemeFieldPageFactory(parent=concept, title="Sprache und Bildung")
    children = f.GuidingGoalFactory(
        page=language, title="Alle Kinder sprechen gut Deutsch", sort_order=0
    )
    kita = f.SubGoalFactory(guiding_goal=children, title="Sprachförderung in Kitas", sort_order=0)
    parents = f.SubGoalFactory(guiding_goal=children, title="Elternbildung", sort_order=1)
    adults = f.GuidingGoalFactory(page=language, title="Erwachsene finden Kurse", sort_order=1)
    f.ThemeFieldPageFactory(parent=concept, title="Arbeit")

    field = f.ActionFieldPageFactory(parent=concept, code="sprache-bildung", title="Sprache")
    f.ActionFieldPageFactory(parent=concept, code="arbeit", title="Arbeit und Beruf")
    measure = f.MeasurePageFactory(
        parent=concept,
        title="Rucksack-Programm",
        starts_on=datetime.date(2017, 9, 1),
        responsible_provider=f.ProviderFactory(name="Kommunales Integrationszentrum", slug="ki"),
        action_fields=[field],
        guiding_goals=[children],
    )
    # The resolution links to a chapter: the API must give its real URL.
    concept.resolution_text = (
        f'<p>Der Rat beschließt das <a linktype="page" id="{mission.pk}">Leitbild</a>.</p>'
    )
    concept.save()
    return Concept(
        home=home.pk,
        concept=concept.pk,
        mission=mission.pk,
        language=language.pk,
        goals={"children": str(children.translation_key), "adults": str(adults.translation_key)},
        sub_goals={"kita": str(kita.translation_key), "parents": str(parents.translation_key)},
        measure=measure.pk,
    )


@pytest.fixture(scope="module")
def planted(django_db_setup, django_db_blocker):
    """Planted once, in a transaction rolled back after the module's last test."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield plant()
        transaction.set_rollback(True)


def get(client, url: str, status: int = 200) -> dict:
    response = client.get(url)
    assert response.status_code == status, response.content
    return response.json()


def chapter_tree(chapters: list[dict]) -> list:
    return [(chapter["title"], chapter_tree(chapter["sections"])) for chapter in chapters]


def translate(pk: int, locale: Locale, title: str | None = None) -> Page:
    """Copy a page into ``locale`` (parents become aliases) and publish it."""
    page = Page.objects.get(pk=pk).specific
    translation = page.copy_for_translation(locale, copy_parents=True)
    if title:
        translation.title = title
    translation.save_revision().publish()
    return Page.objects.get(pk=translation.pk).specific


# Structure --------------------------------------------------------------------


def test_concept_in_german(client, planted):
    data = get(client, "/api/v2/concept/")

    assert data["id"] == planted.concept
    assert data["title"] == "Integrationskonzept"
    assert data["locale"] == "de"
    assert data["fallback"] is False
    assert data["meta"] == {"locale": {"code": "de", "direction": "ltr"}}
    assert data["status"] == "adopted"
    assert data["version_label"] == "Entwurf 2016/17"
    assert data["adopted_on"] == "2017-03-15"
    assert data["valid_until"] == "2020-03-15"
    assert data["summary"] == "Wie Aachen Zusammenleben in Vielfalt gestaltet."


def test_resolution_with_a_resolved_link(client, planted):
    resolution = get(client, "/api/v2/concept/")["resolution"]

    assert resolution["committee"] == "Rat der Stadt Aachen"
    assert resolution["date"] == "2017-03-15"
    assert "linktype=" not in resolution["text"]
    leitbild = Page.objects.get(pk=planted.mission)
    assert f'<a href="{leitbild.get_url()}">Leitbild</a>' in resolution["text"]


def test_chapters_in_tree_order_with_nested_sections(client, planted):
    chapters = get(client, "/api/v2/concept/")["chapters"]

    assert chapter_tree(chapters) == [
        ("Leitbild", []),
        ("Zusammenfassung", []),
        ("Ausgangslage", [("Bevölkerung", []), ("Bisherige Arbeit", [])]),
    ]
    leitbild = chapters[0]
    assert leitbild["id"] == planted.mission
    assert leitbild["url"] == Page.objects.get(pk=leitbild["id"]).get_url()
    assert leitbild["body"][0]["type"] == "principle_list"
    assert leitbild["body"][0]["value"]["principles"] == ["Vielfalt ist Normalität"]


def test_theme_fields_with_goals_and_sub_goals(client, planted):
    theme_fields = get(client, "/api/v2/concept/")["theme_fields"]

    assert [page["title"] for page in theme_fields] == ["Sprache und Bildung", "Arbeit"]
    goals = theme_fields[0]["guiding_goals"]
    assert [(goal["id"], goal["number"], goal["title"]) for goal in goals] == [
        (planted.goals["children"], 1, "Alle Kinder sprechen gut Deutsch"),
        (planted.goals["adults"], 2, "Erwachsene finden Kurse"),
    ]
    assert goals[0]["sub_goals"] == [
        {"id": planted.sub_goals["kita"], "title": "Sprachförderung in Kitas", "description": ""},
        {"id": planted.sub_goals["parents"], "title": "Elternbildung", "description": ""},
    ]
    assert goals[1]["sub_goals"] == []
    assert theme_fields[1]["guiding_goals"] == []


def test_action_fields_with_codes(client, planted):
    action_fields = get(client, "/api/v2/concept/")["action_fields"]

    assert [(page["code"], page["title"]) for page in action_fields] == [
        ("sprache-bildung", "Sprache"),
        ("arbeit", "Arbeit und Beruf"),
    ]


def test_measures_point_at_goals_and_action_fields(client, planted):
    data = get(client, "/api/v2/concept/")

    (measure,) = data["measures"]
    assert measure["id"] == planted.measure
    assert measure["title"] == "Rucksack-Programm"
    assert measure["status"] == "in_progress"
    assert measure["starts_on"] == "2017-09-01"
    assert measure["responsible_provider"] == {
        "slug": "ki",
        "name": "Kommunales Integrationszentrum",
    }
    assert measure["action_fields"] == ["sprache-bildung"]
    assert measure["guiding_goals"] == [planted.goals["children"]]
    # The references resolve within the same response.
    goal_ids = {goal["id"] for page in data["theme_fields"] for goal in page["guiding_goals"]}
    assert set(measure["guiding_goals"]) <= goal_ids
    assert set(measure["action_fields"]) <= {page["code"] for page in data["action_fields"]}


# Locales and fallback ------------------------------------------------------------


def test_english_titles_where_translated(client, planted, locale_en):
    concept = translate(planted.concept, locale_en, "Integration concept")
    theme_field = translate(planted.language, locale_en, "Language and education")
    GuidingGoal.objects.filter(page=theme_field, sort_order=0).update(
        title="Every child speaks good German"
    )
    SubGoal.objects.filter(guiding_goal__page=theme_field, sort_order=0).update(
        title="Language support in day care"
    )
    chapter = translate(planted.mission, locale_en, "Mission statement")

    data = get(client, "/api/v2/concept/?locale=en")

    assert data["id"] == concept.pk
    assert data["title"] == "Integration concept"
    assert data["locale"] == "en"
    assert data["fallback"] is False
    assert data["meta"]["locale"] == {"code": "en", "direction": "ltr"}
    assert [(page["id"], page["title"]) for page in data["chapters"]] == [
        (chapter.pk, "Mission statement")
    ]
    (english,) = data["theme_fields"]
    assert english["title"] == "Language and education"
    assert english["locale"] == "en"
    # Goals keep their ids across languages, so a measure's references hold.
    goals = english["guiding_goals"]
    assert [(goal["id"], goal["title"]) for goal in goals] == [
        (planted.goals["children"], "Every child speaks good German"),
        (planted.goals["adults"], "Erwachsene finden Kurse"),
    ]
    assert [sub["id"] for sub in goals[0]["sub_goals"]] == [
        planted.sub_goals["kita"],
        planted.sub_goals["parents"],
    ]
    assert goals[0]["sub_goals"][0]["title"] == "Language support in day care"


def test_the_german_concept_is_unchanged_by_a_translation(client, planted, locale_en):
    translate(planted.mission, locale_en, "Mission statement")

    data = get(client, "/api/v2/concept/?locale=de")

    assert data["chapters"][0]["title"] == "Leitbild"
    assert len(data["chapters"]) == 3


def test_no_english_concept_is_a_404(client, planted, locale_en):
    data = get(client, "/api/v2/concept/?locale=en", status=404)

    assert set(data["errors"]) == {"detail"}


def test_no_english_concept_with_fallback_gives_the_german_one(client, planted, locale_en):
    data = get(client, "/api/v2/concept/?locale=en&fallback=true")

    assert data["id"] == planted.concept
    assert data["locale"] == "de"
    assert data["fallback"] is True
    assert data["meta"]["locale"]["code"] == "en"
    assert [page["fallback"] for page in data["chapters"]] == [True, True, True]
    assert data["chapters"][0]["title"] == "Leitbild"
    assert data["measures"][0]["fallback"] is True


@pytest.mark.parametrize("concept_translated", [True, False])
def test_fallback_fills_in_untranslated_parts_of_a_partial_translation(
    client, planted, locale_en, concept_translated
):
    """Fallback means source-language items where a translation is missing.

    Translating one chapter makes the English concept an alias of the German
    one unless the concept page is translated too; either way the other
    chapters, theme fields and measures are only German and must come as
    fallbacks, not vanish.
    """
    if concept_translated:
        translate(planted.concept, locale_en, "Integration concept")
    chapter = translate(planted.mission, locale_en, "Mission statement")

    data = get(client, "/api/v2/concept/?locale=en&fallback=true")

    assert data["fallback"] is not concept_translated
    assert [(page["title"], page["fallback"]) for page in data["chapters"]] == [
        ("Mission statement", False),
        ("Zusammenfassung", True),
        ("Ausgangslage", True),
    ]
    assert data["chapters"][0]["id"] == chapter.pk
    assert chapter_tree(data["chapters"])[2] == (
        "Ausgangslage",
        [("Bevölkerung", []), ("Bisherige Arbeit", [])],
    )
    assert [page["title"] for page in data["theme_fields"]] == ["Sprache und Bildung", "Arbeit"]
    assert [page["title"] for page in data["measures"]] == ["Rucksack-Programm"]


def test_right_to_left_locale_in_meta(client, planted):
    Locale.objects.create(language_code="ar")

    data = get(client, "/api/v2/concept/?locale=ar&fallback=true")

    assert data["meta"]["locale"] == {"code": "ar", "direction": "rtl"}


def test_bad_parameters_of_the_concept(client, planted):
    assert set(get(client, "/api/v2/concept/?locale=xx", status=400)["errors"]) == {"locale"}
    assert set(get(client, "/api/v2/concept/?fallback=vielleicht", status=400)["errors"]) == {
        "fallback"
    }
    assert set(get(client, "/api/v2/concept/?limit=5", status=400)["errors"]) == {"limit"}


def test_concept_names_every_bad_parameter_at_once(client, planted):
    errors = get(client, "/api/v2/concept/?locale=xx&colour=red", status=400)["errors"]

    assert set(errors) == {"locale", "colour"}


def test_no_concept_at_all_is_a_404(client, planted):
    Page.objects.get(pk=planted.concept).specific.unpublish()

    get(client, "/api/v2/concept/", status=404)
    get(client, "/api/v2/concept/?fallback=true", status=404)


# Locales ----------------------------------------------------------------------


def locales(client) -> dict[str, dict]:
    return {item["code"]: item for item in get(client, "/api/v2/locales/")["items"]}


def test_every_locale_with_its_direction(client, planted, locale_en):
    for code in ("ar", "fa", "tr"):
        Locale.objects.create(language_code=code)

    data = get(client, "/api/v2/locales/")

    codes = [item["code"] for item in data["items"]]
    assert sorted(codes) == sorted(Locale.objects.values_list("language_code", flat=True))
    assert data["meta"]["total_count"] == len(codes) == 5
    items = {item["code"]: item for item in data["items"]}
    assert {code: item["direction"] for code, item in items.items()} == {
        "ar": "rtl",
        "de": "ltr",
        "en": "ltr",
        "fa": "rtl",
        "tr": "ltr",
    }
    assert items["ar"]["name"] == "العربية"
    assert items["de"]["name"] == "Deutsch"
    assert [code for code, item in items.items() if item["is_source"]] == ["de"]
    assert all(0 <= item["translated_share"] <= 1 for item in items.values())


def test_translated_share_of_a_planted_case(client, planted, locale_en):
    # Home page, concept and one theme field translated into English, each
    # a real translation (not an alias) and published.
    translate(planted.home, locale_en)
    translate(planted.concept, locale_en)
    translate(planted.language, locale_en, "Language and education")
    Locale.objects.create(language_code="fa")

    items = locales(client)

    assert items["de"]["live_pages"] == GERMAN_LIVE_PAGES
    assert items["de"]["translated_share"] == 1.0
    assert items["en"]["live_pages"] == 3
    assert items["en"]["translated_share"] == 0.25
    assert items["fa"]["translated_share"] == 0.0


def test_translated_share_leaves_out_drafts(client, planted, locale_en):
    translate(planted.home, locale_en)
    Page.objects.get(pk=planted.concept).specific.copy_for_translation(locale_en)  # a draft

    assert locales(client)["en"]["translated_share"] == round(1 / GERMAN_LIVE_PAGES, 4)


def test_aliases_are_not_translations(client, planted, locale_en):
    """An alias shows the German page unchanged: it is not translated content.

    Translating a theme field creates the English home page and concept as
    aliases; wagtail-localize's tree synchronisation creates aliases of every
    page. Only the theme field is translated.
    """
    translate(planted.language, locale_en, "Language and education")
    assert Page.objects.filter(locale=locale_en, alias_of__isnull=False).count() == 2

    assert locales(client)["en"]["translated_share"] == round(1 / GERMAN_LIVE_PAGES, 4)


def test_locales_takes_no_parameters(client, planted):
    assert set(get(client, "/api/v2/locales/?locale=de", status=400)["errors"]) == {"locale"}
