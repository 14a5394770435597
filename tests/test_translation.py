"""Translators localise pages and snippets; goals and links survive the copy.

Complements ``test_wagtail8_compat.py`` (TranslationCreator, the admin's
"Translate" action, re-syncing a changed source, table cells): here Wagtail's
own ``copy_for_translation`` and wagtail-localize's ``TranslationSource``
with strings a translator has entered.
"""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from integration import factories as f
from integration.models import GuidingGoal, OfferPage, SubGoal, ThemeFieldPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def concept(site_root):
    return f.IntegrationConceptPageFactory(parent=site_root)


@pytest.fixture
def theme_field(concept):
    """A published theme field with two goals, the first with two sub-goals."""
    page = f.ThemeFieldPageFactory(
        parent=concept, title="Interkulturelle Öffnung", slug="interkulturelle-oeffnung"
    )
    first = f.GuidingGoalFactory(page=page, title="Die Verwaltung öffnet sich", sort_order=0)
    f.SubGoalFactory(guiding_goal=first, title="Mehrsprachige Formulare", sort_order=0)
    f.SubGoalFactory(guiding_goal=first, title="Fortbildungen", sort_order=1)
    f.GuidingGoalFactory(page=page, title="Vereine öffnen sich", sort_order=1)
    page.save_revision().publish()
    return ThemeFieldPage.objects.get(pk=page.pk)


def rows(model, **filters) -> list[tuple[str, str, str]]:
    return [
        (row.title, row.locale.language_code, str(row.translation_key))
        for row in model.objects.filter(**filters).order_by("sort_order", "pk")
    ]


def test_theme_field_copied_to_english_brings_its_goals_and_sub_goals(theme_field, locale_en):
    translation = theme_field.copy_for_translation(locale_en, copy_parents=True)

    assert translation.locale == locale_en
    assert translation.translation_key == theme_field.translation_key
    german_goals = rows(GuidingGoal, page=theme_field)
    english_goals = rows(GuidingGoal, page=translation)
    assert [(title, "en", key) for title, _, key in german_goals] == english_goals
    german_sub_goals = rows(SubGoal, guiding_goal__page=theme_field)
    english_sub_goals = rows(SubGoal, guiding_goal__page=translation)
    assert [(title, "en", key) for title, _, key in german_sub_goals] == english_sub_goals
    # The German rows are untouched.
    assert {language for _, language, _ in german_goals + german_sub_goals} == {"de"}
    assert len(german_sub_goals) == 2


def test_offer_copied_to_english_keeps_its_links(site_root, concept, locale_en):
    action_field = f.ActionFieldPageFactory(parent=concept)
    women = f.TargetGroupFactory(name="Frauen")
    offer = f.OfferPageFactory(
        parent=f.OfferIndexPageFactory(parent=site_root),
        external_id="ANG-0007",
        action_fields=[action_field],
        target_groups=[women],
        languages=[f.LanguageFactory(code="de"), f.LanguageFactory(code="ar")],
    )

    translation = offer.copy_for_translation(locale_en, copy_parents=True)

    translation = OfferPage.objects.get(pk=translation.pk)
    assert translation.locale == locale_en
    assert translation.external_id == "ANG-0007"
    assert translation.provider == offer.provider
    assert list(translation.action_fields.all()) == [action_field]
    assert list(translation.target_groups.all()) == [women]
    assert set(translation.languages.values_list("code", flat=True)) == {"de", "ar"}
    # The source keeps its links as well.
    assert list(OfferPage.objects.get(pk=offer.pk).action_fields.all()) == [action_field]


@pytest.mark.parametrize(
    "term_factory", [f.ProviderFactory, f.TargetGroupFactory, f.DistrictFactory]
)
def test_snippet_copied_to_english_shares_key_and_slug(term_factory, locale_de, locale_en):
    term = term_factory(name="Caritasverband Aachen", slug="caritas")

    translation = term.copy_for_translation(locale_en)
    translation.name = "Caritas Association Aachen"
    translation.save()

    assert translation.pk != term.pk
    assert translation.locale == locale_en
    assert translation.translation_key == term.translation_key
    assert translation.slug == "caritas"
    assert term.get_translation(locale_en).name == "Caritas Association Aachen"
    model = type(term)
    assert model.objects.in_locale(locale_de).get().name == "Caritasverband Aachen"


def test_wagtail_localize_translates_goals_and_sub_goals(
    theme_field, locale_en, client, django_capture_on_commit_callbacks
):
    source, created = TranslationSource.get_or_create_from_instance(theme_field)
    assert created

    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    by_path = {segment.context.path: segment for segment in segments}
    goal = theme_field.guiding_goals.get(sort_order=0)
    sub_goal = goal.sub_goals.get(sort_order=0)
    sub_goal_path = (
        f"guiding_goals.{goal.translation_key}.sub_goals.{sub_goal.translation_key}.title"
    )
    assert by_path[f"guiding_goals.{goal.translation_key}.title"].string.data == (
        "Die Verwaltung öffnet sich"
    )
    assert by_path[sub_goal_path].string.data == "Mehrsprachige Formulare"

    english = {
        "Interkulturelle Öffnung": "Intercultural opening",
        "Die Verwaltung öffnet sich": "The administration opens up",
        "Mehrsprachige Formulare": "Multilingual forms",
        "Fortbildungen": "Training",
        "Vereine öffnen sich": "Clubs open up",
    }
    for segment in segments:
        if segment.string.data in english:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale_en,
                context=segment.context,
                data=english[segment.string.data],
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )

    with django_capture_on_commit_callbacks(execute=True):
        translation, created = source.create_or_update_translation(
            locale_en, copy_parent_pages=True, fallback=True
        )

    assert created
    translation = ThemeFieldPage.objects.get(pk=translation.pk)
    assert translation.live
    assert translation.title == "Intercultural opening"
    assert rows(GuidingGoal, page=translation) == [
        ("The administration opens up", "en", str(goal.translation_key)),
        ("Clubs open up", "en", rows(GuidingGoal, page=theme_field)[1][2]),
    ]
    sub_goals = rows(SubGoal, guiding_goal__page=translation)
    assert [(title, language) for title, language, _ in sub_goals] == [
        ("Multilingual forms", "en"),
        ("Training", "en"),
    ]

    # English readers find it under /en/, in English, left to right.
    assert translation.url.startswith("/en/")
    response = client.get(translation.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "Multilingual forms" in html
    assert "Mehrsprachige Formulare" not in html


def test_arabic_translation_renders_right_to_left(theme_field, client):
    arabic = Locale.objects.create(language_code="ar")
    translation = theme_field.copy_for_translation(arabic, copy_parents=True)
    translation.title = "الانفتاح بين الثقافات"
    translation.save_revision().publish()
    for ancestor in translation.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.live:
            ancestor.save_revision().publish()

    response = client.get(translation.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "الانفتاح بين الثقافات" in html
