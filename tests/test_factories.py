"""Every page type and snippet has a factory, and the factories build valid content."""

import inspect
from types import ModuleType

import factory
import pytest
from django.apps import apps
from django.db import models
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

import home.factories
import integration.factories
from home.factories import HomePageFactory
from integration import factories as f
from integration.models import District, Provider, SubGoal, TargetGroup

APP_LABELS = ("home", "integration")
FACTORY_MODULES: tuple[ModuleType, ...] = (integration.factories, home.factories)


def factories_for(model: type[models.Model]) -> list[type[factory.Factory]]:
    """Factories defined in the project's factory modules that build ``model``."""
    found = []
    for module in FACTORY_MODULES:
        for _, candidate in inspect.getmembers(module, inspect.isclass):
            if (
                candidate.__module__ == module.__name__
                and issubclass(candidate, factory.base.BaseFactory)
                and not candidate._meta.abstract
                and candidate._meta.model is model
            ):
                found.append(candidate)
    return found


def app_models() -> list[type[models.Model]]:
    return [model for label in APP_LABELS for model in apps.get_app_config(label).get_models()]


PAGE_MODELS = [model for model in app_models() if issubclass(model, Page)]
OTHER_MODELS = [model for model in app_models() if not issubclass(model, Page)]


def test_the_apps_have_page_types_and_other_models():
    assert len(PAGE_MODELS) >= 8
    assert SubGoal in OTHER_MODELS


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model._meta.label)
def test_every_page_type_has_a_factory(model):
    assert factories_for(model), f"{model._meta.label} has no factory"


@pytest.mark.parametrize("model", OTHER_MODELS, ids=lambda model: model._meta.label)
def test_every_other_model_has_a_factory(model):
    assert factories_for(model), f"{model._meta.label} has no factory"


def test_every_registered_snippet_has_a_factory():
    snippet_models = [
        model for model in get_snippet_models() if model._meta.app_label in APP_LABELS
    ]
    # The editors' vocabularies are snippets in the admin.
    assert {Provider, TargetGroup, District} <= set(snippet_models)
    missing = [model._meta.label for model in snippet_models if not factories_for(model)]
    assert missing == []


@pytest.mark.django_db
def test_factories_build_a_tree_that_passes_validation(locale_de):
    """Content made by the factories is content an editor could have saved."""
    tree_root = Page.get_first_root_node()
    home_page = HomePageFactory(parent=tree_root)
    concept = f.IntegrationConceptPageFactory(parent=home_page)
    chapter = f.ChapterPageFactory(
        parent=concept,
        body__0__paragraph__value="<p>Einleitung</p>",
        body__1__principle_list__principles__0="Aachen, das sind wir!",
        body__2__timeline__milestones__0__title="Auftakt",
    )
    section = f.ChapterPageFactory(parent=chapter)
    theme_field = f.ThemeFieldPageFactory(parent=concept)
    sub_goal = f.SubGoalFactory(guiding_goal__page=theme_field)
    action_field = f.ActionFieldPageFactory(parent=concept)
    measure = f.MeasurePageFactory(
        parent=concept, action_fields=[action_field], guiding_goals=[sub_goal.guiding_goal]
    )
    offer_index = f.OfferIndexPageFactory(parent=home_page)
    offer = f.OfferPageFactory(
        parent=offer_index,
        action_fields=[action_field],
        target_groups=[f.TargetGroupFactory()],
        languages=[f.LanguageFactory(code="ar")],
        district=f.DistrictFactory(),
    )

    pages = [home_page, concept, chapter, section, theme_field, action_field, measure]
    pages += [offer_index, offer]
    for page in pages:
        page.full_clean()
        assert page.locale == locale_de
    for row in [sub_goal.guiding_goal, sub_goal, offer.provider, offer.district]:
        row.full_clean()
        assert row.locale == locale_de

    chapter.refresh_from_db()
    assert [block.block_type for block in chapter.body] == [
        "paragraph",
        "principle_list",
        "timeline",
    ]
    assert list(chapter.body[1].value["principles"]) == ["Aachen, das sind wir!"]
    offer.refresh_from_db()
    assert list(offer.action_fields.all()) == [action_field]
    assert [language.code for language in offer.languages.all()] == ["ar"]
    assert list(measure.guiding_goals.all()) == [sub_goal.guiding_goal]


@pytest.mark.django_db
def test_language_factory_reuses_the_seeded_languages():
    arabic = f.LanguageFactory(code="ar")
    assert arabic.name_de == "Arabisch"
    assert arabic.direction == "rtl"
