"""Fixes for Wagtail 8 / wagtail-localize behaviour, listed in docs/compatibility.md."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from integration.models import (
    ActionFieldPage,
    ChapterPage,
    District,
    GuidingGoal,
    IntegrationConceptPage,
    Language,
    OfferIndexPage,
    OfferPage,
    Provider,
    SubGoal,
    TargetGroup,
    ThemeFieldPage,
)


@pytest.fixture
def concept(site_root):
    return site_root.add_child(
        instance=IntegrationConceptPage(title="Integrationskonzept", version_label="2017")
    )


@pytest.fixture
def theme_field(concept):
    page = ThemeFieldPage(title="Interkulturelle Öffnung")
    goal = GuidingGoal(title="Die Verwaltung öffnet sich interkulturell")
    goal.sub_goals = [SubGoal(title="Mehrsprachige Formulare"), SubGoal(title="Dolmetscherpool")]
    page.guiding_goals = [goal]
    concept.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def admin_user(db):
    return User.objects.create_superuser("chef", "chef@example.org", "pw")


def test_translating_theme_field_creates_localised_sub_goals(theme_field, locale_en, admin_user):
    """Without LocaleFromParentMixin this raises an IntegrityError (wagtail#14425)."""
    TranslationCreator(admin_user, [locale_en]).create_translations(theme_field)

    translation = theme_field.get_translation(locale_en)
    goals = list(translation.guiding_goals.all())
    assert [goal.locale for goal in goals] == [locale_en]
    sub_goals = list(goals[0].sub_goals.all())
    assert [sub.title for sub in sub_goals] == ["Mehrsprachige Formulare", "Dolmetscherpool"]
    assert {sub.locale for sub in sub_goals} == {locale_en}
    german_keys = set(
        SubGoal.objects.filter(locale__language_code="de").values_list("translation_key", flat=True)
    )
    assert {sub.translation_key for sub in sub_goals} == german_keys


def test_translating_through_the_admin_includes_nested_goals(theme_field, locale_en, admin_user):
    client = Client()
    client.force_login(admin_user)
    response = client.post(
        f"/admin/localize/submit/page/{theme_field.pk}/", {"locales": [locale_en.pk]}
    )
    assert response.status_code == 302
    translation = theme_field.get_translation(locale_en)
    assert SubGoal.objects.filter(guiding_goal__page=translation, locale=locale_en).count() == 2
    assert client.get(f"/admin/pages/{translation.pk}/edit/").status_code == 200


def test_syncing_a_changed_source_adds_new_sub_goals_and_keeps_goal_identity(
    theme_field, locale_en, admin_user
):
    TranslationCreator(admin_user, [locale_en]).create_translations(theme_field)
    goal_pk = theme_field.guiding_goals.get().pk

    page = ThemeFieldPage.objects.get(pk=theme_field.pk)
    goals = list(page.guiding_goals.all())
    goals[0].sub_goals = [*goals[0].sub_goals.all(), SubGoal(title="Neues Teilziel")]
    page.guiding_goals = goals
    page.save_revision().publish()

    source, _ = TranslationSource.update_or_create_from_instance(page)
    for translation in Translation.objects.filter(source=source, target_locale=locale_en):
        translation.save_target(publish=True)

    assert page.guiding_goals.get().pk == goal_pk, "measures point at goals by primary key"
    translated = ThemeFieldPage.objects.get(pk=page.get_translation(locale_en).pk)
    titles = list(
        SubGoal.objects.filter(guiding_goal__page=translated).values_list("title", "locale")
    )
    assert ("Neues Teilziel", locale_en.pk) in titles
    assert len(titles) == 3


def test_offer_translation_keeps_many_to_many_links(site_root, concept, locale_en, admin_user):
    action_field = concept.add_child(instance=ActionFieldPage(title="Sprache", code="sprache"))
    index = site_root.add_child(instance=OfferIndexPage(title="Angebote"))
    group = TargetGroup.objects.create(name="Frauen", slug="frauen")
    offer = OfferPage(
        title="Deutschkurs",
        external_id="T-1",
        provider=Provider.objects.create(name="VHS", slug="vhs"),
    )
    index.add_child(instance=offer)
    offer.action_fields.set([action_field])
    offer.target_groups.set([group])
    offer.languages.set(Language.objects.filter(code__in=["de", "ar"]))
    offer.save_revision().publish()

    TranslationCreator(admin_user, [locale_en]).create_translations(offer)
    translation = OfferPage.objects.get(pk=offer.get_translation(locale_en).pk)
    assert list(translation.action_fields.all()) == [action_field]
    assert list(translation.target_groups.all()) == [group]
    assert set(translation.languages.values_list("code", flat=True)) == {"ar", "de"}
    assert translation.external_id == "T-1"

    # A later sync carries changed links across as well.
    offer = OfferPage.objects.get(pk=offer.pk)
    offer.languages.set(Language.objects.filter(code__in=["de", "ar", "fa"]))
    offer.save_revision().publish()
    source, _ = TranslationSource.update_or_create_from_instance(offer)
    Translation.objects.get(source=source, target_locale=locale_en).save_target(publish=True)
    translation = OfferPage.objects.get(pk=translation.pk)
    assert set(translation.languages.values_list("code", flat=True)) == {"ar", "de", "fa"}

    # Emptying a link list in German empties it in the translation on the next sync.
    offer = OfferPage.objects.get(pk=offer.pk)
    offer.target_groups.set([])
    offer.save_revision().publish()
    source, _ = TranslationSource.update_or_create_from_instance(offer)
    Translation.objects.get(source=source, target_locale=locale_en).save_target(publish=True)
    translation = OfferPage.objects.get(pk=translation.pk)
    assert list(translation.target_groups.all()) == []
    assert set(translation.languages.values_list("code", flat=True)) == {"ar", "de", "fa"}


def test_table_cells_reach_translators(concept, locale_en):
    chapter = ChapterPage(
        title="Förderung",
        body=[
            (
                "table",
                {
                    "caption": "Fördermittel",
                    "header": ["Posten", "Betrag"],
                    "rows": [{"cells": ["Förderung des KI je Jahr", "bis zu 170.000 €"]}],
                },
            )
        ],
    )
    concept.add_child(instance=chapter)
    source, _ = TranslationSource.get_or_create_from_instance(chapter)
    strings = set(
        StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    )
    assert {"Fördermittel", "Posten", "Betrag", "Förderung des KI je Jahr", "bis zu 170.000 €"} <= (
        strings
    )


def test_identifiers_cannot_be_overridden_per_language():
    """Filters, imports and the API need the same identifier in every language."""
    expected = {
        ActionFieldPage: "code",
        OfferPage: "external_id",
        Provider: "slug",
        TargetGroup: "slug",
        District: "slug",
    }
    for model, name in expected.items():
        (field,) = [f for f in get_translatable_fields(model) if f.field_name == name]
        assert field.is_synchronized(model()), (model, name)
        assert not field.is_overridable(model()), (model, name)
