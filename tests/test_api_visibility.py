"""What the public must not see stays out of every API endpoint.

One visible offer and one offer for each way of being hidden are planted
side by side, with the same action field and language. Each hidden offer has
a provider of its own, so a leak into a facet names the state that leaked.
The concept gets a draft, a private and an unpublished page of each kind.
"""

import datetime
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction

from integration import factories as f
from integration.models import Language, MeasurePage, OfferPage
from tests.conftest import make_site_root

pytestmark = pytest.mark.django_db

HIDDEN = ("draft", "private", "private_index", "expired", "future", "scheduled")


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@dataclass
class World:
    visible: int
    hidden: dict[str, int]
    english_only: int
    concept: int


def restrict(page: Page) -> None:
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )


def plant() -> World:
    site_root = make_site_root()
    locale_en, _ = Locale.objects.get_or_create(language_code="en")
    today = timezone.localdate()
    day = datetime.timedelta(days=1)

    concept = f.IntegrationConceptPageFactory(parent=site_root)
    field = f.ActionFieldPageFactory(parent=concept, code="sprache", title="Sprache und Bildung")
    f.ActionFieldPageFactory(
        parent=concept, code="entwurf", title="Entwurfshandlungsfeld", live=False
    )
    intro = f.ChapterPageFactory(parent=concept, title="Einleitung")
    f.ChapterPageFactory(parent=intro, title="Hintergrund")
    f.ChapterPageFactory(parent=intro, title="Entwurfsabschnitt", live=False)
    f.ChapterPageFactory(parent=concept, title="Entwurfskapitel", live=False)
    internal = f.ChapterPageFactory(parent=concept, title="Internes Kapitel")
    f.ChapterPageFactory(parent=internal, title="Abschnitt im internen Kapitel")
    restrict(internal)
    f.ThemeFieldPageFactory(parent=concept, title="Sprache")
    f.ThemeFieldPageFactory(parent=concept, title="Entwurfsthemenfeld", live=False)
    private_theme = f.ThemeFieldPageFactory(parent=concept, title="Internes Themenfeld")
    restrict(private_theme)
    f.MeasurePageFactory(parent=concept, title="Sichtbare Maßnahme", action_fields=[field])
    withdrawn = f.MeasurePageFactory(parent=concept, title="Zurückgezogene Maßnahme")
    withdrawn.save_revision().publish()
    MeasurePage.objects.get(pk=withdrawn.pk).unpublish()
    f.MeasurePageFactory(parent=concept, title="Geplante Maßnahme", live=False)
    # A newer concept that is not published must not replace the live one.
    f.IntegrationConceptPageFactory(parent=site_root, title="Konzept 2027", live=False)

    arabic = Language.objects.get(code="ar")
    offer_index = f.OfferIndexPageFactory(parent=site_root)
    internal_index = f.OfferIndexPageFactory(
        parent=site_root, title="Interne Angebote", slug="intern"
    )
    restrict(internal_index)

    def offer(state: str, parent=offer_index, **extra) -> OfferPage:
        return f.OfferPageFactory(
            parent=parent,
            title=f"Angebot {state}",
            provider=f.ProviderFactory(name=f"Träger {state}", slug=f"traeger-{state}"),
            action_fields=[field],
            languages=[arabic],
            **extra,
        )

    visible = offer("sichtbar")
    hidden = {
        "draft": offer("draft", live=False),
        "private": offer("private"),
        "private_index": offer("private_index", parent=internal_index),
        "expired": offer("expired", valid_until=today - day),
        "future": offer("future", valid_from=today + day),
        "scheduled": offer("scheduled", live=False),
    }
    restrict(hidden["private"])
    scheduled = hidden["scheduled"]
    scheduled.go_live_at = timezone.now() + day
    scheduled.save_revision().publish()

    english_index = offer_index.copy_for_translation(locale_en, copy_parents=True)
    english_index.save_revision().publish()
    english_index = Page.objects.get(pk=english_index.pk).specific
    english_only = offer("english", parent=english_index)

    return World(
        visible=visible.pk,
        hidden={state: page.pk for state, page in hidden.items()},
        english_only=english_only.pk,
        concept=concept.pk,
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Planted once, in a transaction rolled back after the module's last test."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield plant()
        transaction.set_rollback(True)


def get(client, url: str, status: int = 200) -> dict:
    response = client.get(url)
    assert response.status_code == status, response.content
    return response.json()


def ids(data: dict) -> set[int]:
    return {item["id"] for item in data["items"]}


def facet(data: dict, name: str) -> dict:
    return {row["value"]: row["count"] for row in data["facets"][name]}


def test_the_planted_states_are_what_they_claim(world):
    pages = OfferPage.objects.in_bulk(world.hidden.values())
    state = {name: pages[pk] for name, pk in world.hidden.items()}

    assert not state["draft"].live
    assert not state["scheduled"].live
    assert state["scheduled"].get_latest_revision().approved_go_live_at > timezone.now()
    assert not OfferPage.objects.public().filter(pk=state["private"].pk).exists()
    assert not OfferPage.objects.public().filter(pk=state["private_index"].pk).exists()
    assert not state["expired"].is_current
    assert not state["future"].is_current
    assert OfferPage.objects.get(pk=world.english_only).locale.language_code == "en"


# Offers ---------------------------------------------------------------------


def test_listing_has_only_the_visible_offer(client, world):
    data = get(client, "/api/v2/offers/")

    assert ids(data) == {world.visible}
    assert data["meta"]["total_count"] == 1
    assert facet(data, "action_field") == {"sprache": 1}
    assert facet(data, "language") == {"ar": 1}
    assert facet(data, "provider") == {"traeger-sichtbar": 1}
    assert facet(data, "free") == {True: 1, False: 0}


@pytest.mark.parametrize("state", HIDDEN)
def test_hidden_offer_is_not_in_the_listing_nor_its_facets(client, world, state):
    for url in (
        "/api/v2/offers/",
        "/api/v2/offers/?locale=de&fallback=true",
        "/api/v2/offers/?action_field=sprache&language=ar&limit=100",
        "/api/v2/offers/?q=Angebot",
        "/api/v2/offers/?near=50.776351,6.083862",
    ):
        data = get(client, url)
        assert world.hidden[state] not in ids(data), url
        assert data["meta"]["total_count"] == 1, url
        assert f"traeger-{state}" not in facet(data, "provider"), url


@pytest.mark.parametrize("state", HIDDEN)
def test_hidden_offer_has_no_detail(client, world, state):
    pk = world.hidden[state]

    assert set(get(client, f"/api/v2/offers/{pk}/", status=404)["errors"]) == {"detail"}
    get(client, f"/api/v2/offers/{pk}/?fallback=true", status=404)


def test_a_draft_translation_is_neither_shown_nor_named(client, world, locale_en):
    visible = OfferPage.objects.get(pk=world.visible)
    draft = visible.copy_for_translation(locale_en, copy_parents=True)
    assert not draft.live

    assert get(client, f"/api/v2/offers/{world.visible}/")["translations"] == {"de": world.visible}
    get(client, f"/api/v2/offers/{world.visible}/?locale=en", status=404)
    assert draft.pk not in ids(get(client, "/api/v2/offers/?locale=en"))
    fallback = get(client, "/api/v2/offers/?locale=en&fallback=true")
    assert world.visible in ids(fallback)
    assert draft.pk not in ids(fallback)


@pytest.mark.parametrize("state", HIDDEN)
def test_hidden_offer_is_not_in_the_pages_endpoint(client, world, state):
    data = get(client, "/api/v2/pages/?type=integration.OfferPage&limit=20")

    assert world.hidden[state] not in ids(data)
    assert world.visible in ids(data)
    get(client, f"/api/v2/pages/{world.hidden[state]}/", status=404)


def test_pages_endpoint_lists_every_visible_offer_and_no_other(client, world):
    data = get(client, "/api/v2/pages/?type=integration.OfferPage&locale=de")

    assert ids(data) == {world.visible}
    assert data["meta"]["total_count"] == 1


# An offer of another locale --------------------------------------------------


def test_english_offer_is_listed_in_english(client, world):
    """The control: the English offer is visible where it belongs."""
    assert world.english_only in ids(get(client, "/api/v2/offers/?locale=en"))


@pytest.mark.parametrize(
    "query", ["", "?locale=de", "?locale=de&fallback=true", "?fallback=true&limit=100"]
)
def test_english_offer_stays_out_of_the_german_listing(client, world, query):
    data = get(client, f"/api/v2/offers/{query}")

    assert world.english_only not in ids(data)
    assert "traeger-english" not in facet(data, "provider")
    assert data["meta"]["total_count"] == 1


def test_english_offer_has_no_german_detail(client, world):
    get(client, f"/api/v2/offers/{world.english_only}/?locale=de", status=404)


def test_fallback_does_not_turn_an_english_offer_into_a_german_one(client, world):
    """Fallback adds *source-language* offers; German is the source itself."""
    get(client, f"/api/v2/offers/{world.english_only}/?locale=de&fallback=true", status=404)


def test_english_offer_stays_out_of_the_german_pages_listing(client, world):
    data = get(client, "/api/v2/pages/?type=integration.OfferPage&locale=de")

    assert world.english_only not in ids(data)


# Concept --------------------------------------------------------------------


@pytest.fixture
def concept_data(client, world) -> dict:
    return get(client, "/api/v2/concept/")


def chapter_tree(chapters: list[dict]) -> list:
    return [(chapter["title"], chapter_tree(chapter["sections"])) for chapter in chapters]


def test_concept_is_the_published_one(concept_data, world):
    assert concept_data["id"] == world.concept
    assert concept_data["title"] == "Integrationskonzept"


def test_concept_leaves_out_draft_and_private_chapters_and_sections(concept_data):
    assert chapter_tree(concept_data["chapters"]) == [("Einleitung", [("Hintergrund", [])])]


def test_concept_leaves_out_draft_and_private_theme_fields(concept_data):
    assert [page["title"] for page in concept_data["theme_fields"]] == ["Sprache"]


def test_concept_leaves_out_draft_action_fields(concept_data):
    assert [page["code"] for page in concept_data["action_fields"]] == ["sprache"]


def test_concept_leaves_out_unpublished_and_draft_measures(concept_data):
    assert [page["title"] for page in concept_data["measures"]] == ["Sichtbare Maßnahme"]


def test_an_unpublished_translation_of_the_concept_is_not_returned(client, world):
    french, _ = Locale.objects.get_or_create(language_code="fr")
    concept = Page.objects.get(pk=world.concept).specific
    translation = concept.copy_for_translation(french, copy_parents=True)
    assert not translation.live

    get(client, "/api/v2/concept/?locale=fr", status=404)


def test_an_unpublished_concept_is_not_returned(client, world):
    Page.objects.get(pk=world.concept).specific.unpublish()

    get(client, "/api/v2/concept/", status=404)


def test_a_private_concept_is_not_returned(client, world):
    restrict(Page.objects.get(pk=world.concept))

    get(client, "/api/v2/concept/", status=404)


def test_pages_endpoint_leaves_out_hidden_concept_pages(client, world):
    data = get(client, "/api/v2/pages/?type=integration.ChapterPage")

    assert {item["title"] for item in data["items"]} == {"Einleitung", "Hintergrund"}
    measures = get(client, "/api/v2/pages/?type=integration.MeasurePage")
    assert [item["title"] for item in measures["items"]] == ["Sichtbare Maßnahme"]
