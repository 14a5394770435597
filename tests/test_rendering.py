"""The public sees every page type, but not drafts or password-protected pages."""

import datetime
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from integration import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(site_root):
    """One live page of every type, linked the way editors link them."""
    concept = f.IntegrationConceptPageFactory(
        parent=site_root, title="Integrationskonzept 2017", summary="Das neue Konzept."
    )
    chapter = f.ChapterPageFactory(
        parent=concept,
        title="Aachener Haltung",
        body__0__principle_list__principles__0="Aachen, das sind wir!",
        body__1__timeline__milestones__0__title="Auftaktveranstaltung",
        body__2__paragraph__value="<p>Der Weg zum <b>Konzept</b>.</p>",
    )
    section = f.ChapterPageFactory(parent=chapter, title="Steuerungsgruppe")
    theme_field = f.ThemeFieldPageFactory(parent=concept, title="Interkulturelle Öffnung")
    sub_goal = f.SubGoalFactory(
        guiding_goal__page=theme_field,
        guiding_goal__title="Die Verwaltung öffnet sich",
        title="Mehrsprachige Formulare",
    )
    action_field = f.ActionFieldPageFactory(parent=concept, title="Sprache und Bildung")
    measure = f.MeasurePageFactory(
        parent=concept,
        title="Online-Plattform der Angebote",
        action_fields=[action_field],
        guiding_goals=[sub_goal.guiding_goal],
    )
    offer_index = f.OfferIndexPageFactory(parent=site_root, title="Angebote")
    offer = f.OfferPageFactory(
        parent=offer_index,
        title="Deutschkurs für Frauen",
        provider__name="Caritasverband",
        action_fields=[action_field],
        languages=[f.LanguageFactory(code="ar")],
    )
    return SimpleNamespace(
        home=site_root,
        concept=concept,
        chapter=chapter,
        section=section,
        theme_field=theme_field,
        action_field=action_field,
        measure=measure,
        offer_index=offer_index,
        offer=offer,
    )


PAGES = [
    "home",
    "concept",
    "chapter",
    "section",
    "theme_field",
    "action_field",
    "measure",
    "offer_index",
    "offer",
]


@pytest.mark.parametrize("name", PAGES)
def test_every_page_type_renders_for_the_public(client, tree, name):
    page = getattr(tree, name)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert page.title in html
    assert '<html lang="de" dir="ltr">' in html


def test_home_page_is_served_at_the_root_and_links_into_concept_and_offers(client, tree):
    assert tree.home.url == "/"
    html = client.get("/").content.decode()
    assert f'href="{tree.concept.url}"' in html
    assert f'href="{tree.offer_index.url}"' in html


def test_concept_lists_its_parts(client, tree):
    html = client.get(tree.concept.url).content.decode()
    for part in [tree.chapter, tree.theme_field, tree.action_field, tree.measure]:
        assert f'href="{part.url}"' in html
    assert "15. März 2017" in html  # adopted_on, in German


def test_chapter_shows_its_blocks_and_sections(client, tree):
    html = client.get(tree.chapter.url).content.decode()
    assert "Aachen, das sind wir!" in html
    assert "Auftaktveranstaltung" in html
    assert "<b>Konzept</b>" in html
    assert f'href="{tree.section.url}"' in html


def test_theme_field_shows_goals_and_sub_goals(client, tree):
    html = client.get(tree.theme_field.url).content.decode()
    assert "Die Verwaltung öffnet sich" in html
    assert "Mehrsprachige Formulare" in html


def test_action_field_shows_its_measures_and_current_offers(client, tree):
    expired = f.OfferPageFactory(
        parent=tree.offer_index,
        title="Abgelaufener Kurs",
        valid_until=timezone.localdate() - datetime.timedelta(days=1),
        action_fields=[tree.action_field],
    )
    html = client.get(tree.action_field.url).content.decode()
    assert f'href="{tree.measure.url}"' in html
    assert f'href="{tree.offer.url}"' in html
    assert expired.title not in html


def test_offer_shows_provider_action_field_and_languages(client, tree):
    html = client.get(tree.offer.url).content.decode()
    assert "Caritasverband" in html
    assert f'href="{tree.action_field.url}"' in html
    assert '<span lang="ar" dir="rtl">العربية</span>' in html


def test_draft_page_is_not_found_by_the_public(client, tree):
    draft = f.OfferPageFactory(parent=tree.offer_index, title="Noch nicht fertig", live=False)
    assert client.get(draft.url).status_code == 404
    assert "Noch nicht fertig" not in client.get(tree.offer_index.url).content.decode()


def test_unpublished_page_disappears(client, tree):
    assert client.get(tree.measure.url).status_code == 200
    tree.measure.unpublish()
    assert client.get(tree.measure.url).status_code == 404


def test_password_protected_offer_is_not_shown(client, tree):
    secret = f.OfferPageFactory(
        parent=tree.offer_index,
        title="Geschütztes Angebot",
        summary="Nur für angemeldete Träger sichtbar.",
    )
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )

    response = client.get(secret.url)
    html = response.content.decode()
    assert "Nur für angemeldete Träger sichtbar." not in html
    assert 'name="password"' in html
    # Nor is it listed in the directory or under its action field.
    assert "Geschütztes Angebot" not in client.get(tree.offer_index.url).content.decode()

    # With the password, the reader gets in.
    response = client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, secret.pk]),
        {"password": "geheim", "return_url": secret.url},
    )
    assert response.status_code == 302
    assert "Nur für angemeldete Träger sichtbar." in client.get(secret.url).content.decode()


def test_offer_directory_lists_current_offers_only(client, tree):
    today = timezone.localdate()
    f.OfferPageFactory(
        parent=tree.offer_index,
        title="Kurs von gestern",
        valid_until=today - datetime.timedelta(days=1),
    )
    f.OfferPageFactory(
        parent=tree.offer_index,
        title="Kurs von morgen",
        valid_from=today + datetime.timedelta(days=1),
    )
    html = client.get(tree.offer_index.url).content.decode()
    assert tree.offer.title in html
    assert "Kurs von gestern" not in html
    assert "Kurs von morgen" not in html
