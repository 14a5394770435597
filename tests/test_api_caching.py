"""ETags, 304s and the response cache of every API endpoint, and what invalidates them.

Publishing, unpublishing, deleting, view restrictions and vocabulary edits
bump the content version when their transaction commits. A test runs inside
a transaction that never commits, so changes are made inside ``committing()``,
which runs their on-commit callbacks the way a commit would.
"""

import datetime
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.http import http_date, parse_http_date
from wagtail.models import Locale, PageViewRestriction

from integration import factories as f
from integration.models import ChapterPage, ContentVersion, OfferPage, TargetGroup
from tests.conftest import make_site_root, run_pending_on_commit_callbacks

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@dataclass
class Planted:
    concept: int
    chapter: int
    index: int
    course: OfferPage
    cafe: OfferPage


def plant() -> Planted:
    site_root = make_site_root()
    concept = f.IntegrationConceptPageFactory(parent=site_root)
    chapter = f.ChapterPageFactory(parent=concept, title="Einleitung")
    field = f.ActionFieldPageFactory(parent=concept, code="sprache", title="Sprache")
    index = f.OfferIndexPageFactory(parent=site_root)
    women = f.TargetGroupFactory(name="Frauen", slug="frauen")
    course = f.OfferPageFactory(
        parent=index, title="Deutschkurs", action_fields=[field], target_groups=[women]
    )
    cafe = f.OfferPageFactory(parent=index, title="Sprachcafé", action_fields=[field])
    run_pending_on_commit_callbacks()  # the set-up is committed before the tests begin
    return Planted(concept.pk, chapter.pk, index.pk, course, cafe)


@pytest.fixture(scope="module")
def planted(django_db_setup, django_db_blocker):
    """Planted once, in a transaction rolled back after the module's last test."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield plant()
        transaction.set_rollback(True)


def fresh(page: OfferPage) -> OfferPage:
    """The page as stored now: a test may have changed it, earlier tests not."""
    return OfferPage.objects.get(pk=page.pk)


ENDPOINTS = {
    "offers": lambda planted: "/api/v2/offers/",
    "offers-filtered": lambda planted: "/api/v2/offers/?action_field=sprache&limit=5",
    "offer": lambda planted: f"/api/v2/offers/{planted.course.pk}/",
    "concept": lambda planted: "/api/v2/concept/",
    "locales": lambda planted: "/api/v2/locales/",
    "pages": lambda planted: "/api/v2/pages/",
    "page": lambda planted: f"/api/v2/pages/{planted.chapter}/",
}


@pytest.fixture(params=list(ENDPOINTS))
def url(request, planted) -> str:
    return ENDPOINTS[request.param](planted)


def titles(response) -> list[str]:
    return [item["title"] for item in response.json()["items"]]


# Headers and 304 -------------------------------------------------------------


def test_every_endpoint_sends_validators_and_cache_control(client, url):
    response = client.get(url)

    assert response.status_code == 200
    assert response["ETag"].startswith('"') and response["ETag"].endswith('"')
    assert parse_http_date(response["Last-Modified"]) <= timezone.now().timestamp() + 1
    assert response["Cache-Control"] == "public, max-age=60"
    assert "Accept" in response["Vary"]


def test_if_none_match_gives_an_empty_304(client, url):
    etag = client.get(url)["ETag"]

    response = client.get(url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert response["Cache-Control"] == "public, max-age=60"


def test_if_none_match_among_several_etags(client, url):
    etag = client.get(url)["ETag"]

    response = client.get(url, HTTP_IF_NONE_MATCH=f'"veraltet", {etag}')

    assert response.status_code == 304


def test_a_foreign_etag_gives_the_full_response(client, url):
    body = client.get(url).content

    response = client.get(url, HTTP_IF_NONE_MATCH='"veraltet"')

    assert response.status_code == 200
    assert response.content == body


def test_the_second_request_comes_from_the_cache(client, url):
    first = client.get(url)

    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)

    assert second.status_code == 200
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert second["Content-Type"] == first["Content-Type"]
    # Only the content version is read; the view does not run.
    assert len(queries) == 1


def test_head_has_the_same_validators(client, planted):
    get = client.get("/api/v2/offers/")
    head = client.head("/api/v2/offers/")

    assert head.status_code == 200
    assert head.content == b""
    assert head["ETag"] == get["ETag"]


def test_different_requests_have_different_etags(client, planted):
    etags = {
        client.get(address)["ETag"]
        for address in (
            "/api/v2/offers/",
            "/api/v2/offers/?limit=1",
            "/api/v2/offers/?locale=de",
            "/api/v2/concept/",
        )
    }

    assert len(etags) == 4


def test_if_modified_since(client, planted):
    last_modified = client.get("/api/v2/offers/")["Last-Modified"]
    future = http_date((timezone.now() + datetime.timedelta(days=1)).timestamp())
    past = http_date(datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC).timestamp())

    assert client.get("/api/v2/offers/", HTTP_IF_MODIFIED_SINCE=future).status_code == 304
    assert client.get("/api/v2/offers/", HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    response = client.get("/api/v2/offers/", HTTP_IF_MODIFIED_SINCE=past)
    assert response.status_code == 200
    assert titles(response) == ["Deutschkurs", "Sprachcafé"]
    garbage = client.get("/api/v2/offers/", HTTP_IF_MODIFIED_SINCE="gestern")
    assert garbage.status_code == 200


def test_if_none_match_wins_over_if_modified_since(client, planted):
    future = http_date((timezone.now() + datetime.timedelta(days=1)).timestamp())

    response = client.get(
        "/api/v2/offers/", HTTP_IF_NONE_MATCH='"veraltet"', HTTP_IF_MODIFIED_SINCE=future
    )

    assert response.status_code == 200


def test_errors_are_not_cached(client, planted):
    draft = f.OfferPageFactory(
        parent=fresh(planted.course).get_parent(), title="Entwurf", live=False
    )
    assert client.get(f"/api/v2/offers/{draft.pk}/").status_code == 404
    assert client.get("/api/v2/offers/?limit=0").status_code == 400

    # Made visible without a publish (so without a new content version).
    OfferPage.objects.filter(pk=draft.pk).update(live=True)

    assert client.get(f"/api/v2/offers/{draft.pk}/").status_code == 200


# Invalidation ----------------------------------------------------------------


def test_publishing_a_new_title(client, planted, committing):
    before = client.get("/api/v2/offers/")
    detail = client.get(f"/api/v2/offers/{planted.course.pk}/")

    with committing() as callbacks:
        course = fresh(planted.course)
        course.title = "Deutschkurs am Abend"
        course.save_revision().publish()
    assert callbacks  # the publish registered a bump

    after = client.get("/api/v2/offers/")
    assert after.status_code == 200
    assert titles(after) == ["Deutschkurs am Abend", "Sprachcafé"]
    assert after["ETag"] != before["ETag"]
    stale = client.get("/api/v2/offers/", HTTP_IF_NONE_MATCH=before["ETag"])
    assert stale.status_code == 200
    new_detail = client.get(
        f"/api/v2/offers/{planted.course.pk}/", HTTP_IF_NONE_MATCH=detail["ETag"]
    )
    assert new_detail.status_code == 200
    assert new_detail.json()["title"] == "Deutschkurs am Abend"


def test_unpublishing(client, planted, committing):
    before = client.get("/api/v2/offers/")
    client.get(f"/api/v2/offers/{planted.course.pk}/")

    with committing():
        fresh(planted.course).unpublish()

    after = client.get("/api/v2/offers/")
    assert titles(after) == ["Sprachcafé"]
    assert after["ETag"] != before["ETag"]
    assert client.get(f"/api/v2/offers/{planted.course.pk}/").status_code == 404


def test_a_view_restriction_on_the_offer(client, planted, committing):
    before = client.get("/api/v2/offers/")
    pages = client.get("/api/v2/pages/?type=integration.OfferPage")
    assert planted.course.pk in [item["id"] for item in pages.json()["items"]]

    with committing():
        PageViewRestriction.objects.create(
            page=planted.course, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
        )

    after = client.get("/api/v2/offers/")
    assert titles(after) == ["Sprachcafé"]
    assert after["ETag"] != before["ETag"]
    pages = client.get("/api/v2/pages/?type=integration.OfferPage")
    assert planted.course.pk not in [item["id"] for item in pages.json()["items"]]
    assert client.get(f"/api/v2/offers/{planted.course.pk}/").status_code == 404


def test_a_view_restriction_on_the_index_and_its_removal(client, planted, committing):
    client.get("/api/v2/offers/")

    with committing():
        restriction = PageViewRestriction.objects.create(
            page=fresh(planted.course).get_parent(),
            restriction_type=PageViewRestriction.PASSWORD,
            password="geheim",
        )
    assert titles(client.get("/api/v2/offers/")) == []

    with committing():
        restriction.delete()
    assert titles(client.get("/api/v2/offers/")) == ["Deutschkurs", "Sprachcafé"]


def test_deleting_an_offer(client, planted, committing):
    client.get("/api/v2/offers/")

    with committing():
        fresh(planted.cafe).delete()

    assert titles(client.get("/api/v2/offers/")) == ["Deutschkurs"]


def test_renaming_a_target_group(client, planted, committing):
    before = client.get(f"/api/v2/offers/{planted.course.pk}/")
    assert before.json()["target_groups"] == [{"slug": "frauen", "name": "Frauen"}]

    with committing():
        group = TargetGroup.objects.get(slug="frauen")
        group.name = "Frauen und Mädchen"
        group.save()

    after = client.get(f"/api/v2/offers/{planted.course.pk}/")
    assert after.json()["target_groups"] == [{"slug": "frauen", "name": "Frauen und Mädchen"}]


def test_publishing_a_chapter_changes_the_concept(client, planted, committing):
    before = client.get("/api/v2/concept/")

    with committing():
        chapter = ChapterPage.objects.get(pk=planted.chapter)
        chapter.title = "Vorwort"
        chapter.save_revision().publish()

    after = client.get("/api/v2/concept/")
    assert [page["title"] for page in after.json()["chapters"]] == ["Vorwort"]
    assert after["ETag"] != before["ETag"]


def test_a_new_locale_changes_the_locales(client, planted, committing):
    before = client.get("/api/v2/locales/")

    with committing():
        Locale.objects.create(language_code="uk")

    after = client.get("/api/v2/locales/")
    assert "uk" in [item["code"] for item in after.json()["items"]]
    assert "uk" not in [item["code"] for item in before.json()["items"]]


def test_two_changes_in_a_row_each_invalidate(client, planted, committing):
    etags = [client.get("/api/v2/offers/")["ETag"]]
    for title in ("Deutschkurs A1", "Deutschkurs A2"):
        with committing():
            course = fresh(planted.course)
            course.title = title
            course.save_revision().publish()
        response = client.get("/api/v2/offers/")
        assert titles(response)[0] == title
        etags.append(response["ETag"])

    assert len(set(etags)) == 3


def test_a_change_sets_last_modified(client, planted, committing):
    with committing():
        fresh(planted.course).save_revision().publish()

    changed_at = ContentVersion.current().changed_at
    response = client.get("/api/v2/offers/")
    assert parse_http_date(response["Last-Modified"]) == int(changed_at.timestamp())


def test_an_offer_expires_at_midnight_without_a_publish(client, planted, monkeypatch):
    today = timezone.localdate()
    OfferPage.objects.filter(pk=planted.cafe.pk).update(valid_until=today)
    before = client.get("/api/v2/offers/")
    assert titles(before) == ["Deutschkurs", "Sprachcafé"]

    tomorrow = today + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: tomorrow)

    after = client.get("/api/v2/offers/", HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert titles(after) == ["Deutschkurs"]


# Who asks --------------------------------------------------------------------


def test_what_a_signed_in_user_may_see_is_not_served_to_the_public(
    client, planted, django_user_model
):
    """Wagtail's pages endpoint shows login-restricted pages to signed-in users.

    Their response must not land in the shared cache (nor be marked public).
    """
    PageViewRestriction.objects.create(
        page=planted.course, restriction_type=PageViewRestriction.LOGIN
    )
    url = "/api/v2/pages/?type=integration.OfferPage"
    editor = django_user_model.objects.create_user("redaktion", password="x")
    client.force_login(editor)
    client.get(url)
    client.logout()

    response = client.get(url)

    assert planted.course.pk not in [item["id"] for item in response.json()["items"]]
