"""The public search when the engine fails: answers from the database, quick publishing, catch-up.

Engines only (opensearch3, elasticsearch9 on osmem-server; the database
backend cannot fail this way). ``search_engine.stop()`` refuses connections,
``hang()`` accepts them and never answers; the backend waits at most
``TEST_TIMEOUT`` (1 s) for an index write.
"""

import io
import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from integration import factories as f
from integration.models import ChapterPage, OfferPage, SearchBacklog
from integration.searching import health
from integration.searching.service import SearchRequest, search, suggest
from tests.conftest import make_site_root
from tests.search_engines import (  # the fixtures are used by name
    TEST_TIMEOUT,
    fresh_caches,  # noqa: F401
    search_backend_package,  # noqa: F401
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.slow,
    pytest.mark.search_engines("opensearch3", "elasticsearch9"),
]

#: What a publish may take, whatever the engine does.
PUBLISH_BUDGET = 2.0


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker) -> dict[str, int]:
    """A few pages, planted once, in a transaction rolled back after the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        site_root = make_site_root()
        concept = f.IntegrationConceptPageFactory(parent=site_root)
        offers = f.OfferIndexPageFactory(parent=site_root)
        pages = {
            "concept": concept.pk,
            "offers": offers.pk,
            "frauenkurs": f.OfferPageFactory(parent=offers, title="Deutschkurs für Frauen").pk,
            "abendkurs": f.OfferPageFactory(parent=offers, title="Deutschkurs am Abend").pk,
            "naehcafe": f.OfferPageFactory(parent=offers, title="Nähcafé am Markt").pk,
            "sommerfest": f.OfferPageFactory(
                parent=offers, title="Sommerfest der Kulturen", live=False
            ).pk,
        }
        yield pages
        transaction.set_rollback(True)


def run(engine, query: str, **options):
    if engine.proxy.running and not engine.proxy.hanging:
        engine.refresh()
    locale = Locale.objects.get(language_code="de")
    return search(SearchRequest(query=query, locale=locale, **options))


def found(engine, query: str) -> set[int]:
    return {hit.page.pk for hit in run(engine, query).hits}


def in_backlog(page: Page) -> bool:
    page = page.specific
    return SearchBacklog.objects.filter(
        content_type=ContentType.objects.get_for_model(type(page), for_concrete_model=False),
        object_id=str(page.pk),
    ).exists()


def timed_publish(page: Page) -> float:
    started = time.perf_counter()
    page.save_revision().publish()
    return time.perf_counter() - started


# The engine goes away ---------------------------------------------------------------


def test_a_stopped_engine_leaves_the_search_to_the_database(world, search_engine, client):
    assert run(search_engine, "Deutschkurs").engine == search_engine.name

    search_engine.stop()
    started = time.perf_counter()
    response = run(search_engine, "Deutschkurs")

    assert time.perf_counter() - started < PUBLISH_BUDGET
    assert response.engine == "database"
    assert response.fallback
    assert {hit.page.pk for hit in response.hits} == {world["frauenkurs"], world["abendkurs"]}
    assert suggest("Deutschk", Locale.objects.get(language_code="de"), 8) == (
        "database",
        ["Deutschkurs am Abend", "Deutschkurs für Frauen"],
    )
    data = client.get("/api/v2/search/?q=Deutschkurs").json()
    assert data["engine"] == "database"
    assert {item["id"] for item in data["items"]} == {world["frauenkurs"], world["abendkurs"]}
    html = client.get("/search/?q=Deutschkurs").content.decode()
    assert "einfachen Modus" in html
    assert "Deutschkurs für Frauen" in html


def test_a_hanging_engine_leaves_the_search_to_the_database(world, search_engine, client, settings):
    settings.INTEGRATION_SEARCH_TIMEOUT = 0.5
    search_engine.hang()

    started = time.perf_counter()
    response = run(search_engine, "Deutschkurs")

    assert time.perf_counter() - started < 0.5 + 1.0
    assert response.engine == "database"
    assert world["frauenkurs"] in {hit.page.pk for hit in response.hits}
    # Marked down: the next searches do not wait for the engine again.
    started = time.perf_counter()
    assert client.get("/api/v2/search/?q=Deutschkurs").json()["engine"] == "database"
    assert time.perf_counter() - started < 0.5


def test_health_reports_the_outage_and_the_backlog(world, search_engine, client):
    assert client.get("/api/v2/search/health/").json()["status"] == "up"
    search_engine.stop()
    timed_publish(Page.objects.get(pk=world["sommerfest"]).specific)

    data = client.get("/api/v2/search/health/").json()

    assert data["engine"] == search_engine.name
    assert data["status"] == "down"
    assert data["fallback"] == "database"
    assert data["backlog"] == SearchBacklog.objects.count() >= 1


# Publishing during an outage ---------------------------------------------------------


@pytest.mark.parametrize("fault", ["stop", "hang"])
def test_publishing_during_an_outage_is_quick_and_remembered(world, search_engine, fault):
    first = Page.objects.get(pk=world["sommerfest"]).specific
    second = Page.objects.get(pk=world["naehcafe"]).specific
    getattr(search_engine, fault)()

    assert timed_publish(first) < PUBLISH_BUDGET
    # After the first failure the engine is skipped: no more waiting at all.
    second.title = "Nähcafé im Stadtteilbüro"
    assert timed_publish(second) < TEST_TIMEOUT

    assert in_backlog(first)
    assert in_backlog(second)
    response = run(search_engine, "Sommerfest")
    assert response.engine == "database"
    assert world["sommerfest"] in {hit.page.pk for hit in response.hits}
    assert world["naehcafe"] in found(search_engine, "Stadtteilbüro")


@pytest.mark.parametrize("fault", ["stop", "hang"])
def test_publishing_in_the_admin_during_an_outage_is_quick(world, search_engine, client, fault):
    client.force_login(get_user_model().objects.create_superuser("redaktion", "r@example.org", "x"))
    url = reverse("wagtailadmin_pages:add", args=["integration", "chapterpage", world["concept"]])
    data = nested_form_data(
        {
            "title": "Kapitel Nachbarschaft",
            "slug": "nachbarschaft",
            "intro": "",
            "body": streamfield([]),
        }
    )
    getattr(search_engine, fault)()

    started = time.perf_counter()
    response = client.post(url, data | {"action-publish": "action-publish"})
    elapsed = time.perf_counter() - started

    assert response.status_code == 302
    assert elapsed < PUBLISH_BUDGET
    chapter = ChapterPage.objects.get(slug="nachbarschaft")
    assert chapter.live
    assert in_backlog(chapter)
    assert chapter.pk in found(search_engine, "Nachbarschaft")


# Catching up ------------------------------------------------------------------------


def outage_with_changes(world, engine) -> None:
    """While the engine is stopped: one page published, one unpublished, one deleted."""
    engine.stop()
    timed_publish(Page.objects.get(pk=world["sommerfest"]).specific)
    OfferPage.objects.get(pk=world["abendkurs"]).unpublish()
    Page.objects.get(pk=world["naehcafe"]).delete()
    assert SearchBacklog.objects.count() >= 3


@pytest.mark.parametrize("command", [["--backlog-only"], []], ids=["backlog-only", "full"])
def test_update_index_catches_up_after_the_outage(world, search_engine, client, command):
    assert world["abendkurs"] in found(search_engine, "Deutschkurs")
    assert world["naehcafe"] in found(search_engine, "Nähcafé")
    outage_with_changes(world, search_engine)

    search_engine.start()
    call_command("update_index", *command, backend_name="default", stdout=io.StringIO())

    assert SearchBacklog.objects.count() == 0
    assert health.engine_available()
    response = run(search_engine, "Sommerfest")
    assert response.engine == search_engine.name
    assert world["sommerfest"] in {hit.page.pk for hit in response.hits}
    deutschkurs = run(search_engine, "Deutschkurs")
    assert deutschkurs.engine == search_engine.name
    assert {hit.page.pk for hit in deutschkurs.hits} == {world["frauenkurs"]}
    assert run(search_engine, "Nähcafé").hits == []
    health_data = client.get("/api/v2/search/health/").json()
    assert health_data["status"] == "up"
    assert health_data["backlog"] == 0


def test_without_catch_up_the_engine_misses_the_outage(world, search_engine):
    """The control: what ``update_index`` repairs is really missing from the engine."""
    outage_with_changes(world, search_engine)
    search_engine.start()
    health.mark_engine_up()

    response = run(search_engine, "Sommerfest")

    assert response.engine == search_engine.name
    assert world["sommerfest"] not in {hit.page.pk for hit in response.hits}
    assert SearchBacklog.objects.count() >= 3


# Coming back ------------------------------------------------------------------------


def test_search_returns_to_the_engine_after_the_retry_period(world, search_engine, settings):
    settings.INTEGRATION_SEARCH_RETRY_AFTER = 0.5
    search_engine.stop()
    marked = time.monotonic()
    assert run(search_engine, "Deutschkurs").engine == "database"
    search_engine.start()

    # Still within the retry period: the engine is left alone.
    assert run(search_engine, "Deutschkurs").engine == "database"
    time.sleep(max(0.0, marked + 0.5 - time.monotonic()) + 0.05)

    response = run(search_engine, "Deutschkurs")
    assert response.engine == search_engine.name
    assert {hit.page.pk for hit in response.hits} == {world["frauenkurs"], world["abendkurs"]}


def test_marking_the_engine_up_returns_the_search_to_it(world, search_engine):
    search_engine.stop()
    assert run(search_engine, "Deutschkurs").engine == "database"
    search_engine.start()

    health.mark_engine_up()

    assert run(search_engine, "Deutschkurs").engine == search_engine.name
