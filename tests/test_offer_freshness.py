"""Offers keep themselves current: due reviews show up, expired offers drop out on their own.

Nothing is scheduled to unpublish an expired offer; every public view asks
for current offers when it is rendered. ``travel_to`` moves "today" forward
without touching the database to prove it.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone
from wagtail.models import Revision

from integration import factories as f
from integration.models import OfferPage

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
TOMORROW = TODAY + datetime.timedelta(days=1)


def travel_to(monkeypatch, day: datetime.date) -> None:
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: day)


def titles(queryset) -> set[str]:
    return set(queryset.values_list("title", flat=True))


# Review due ---------------------------------------------------------------------------


@pytest.fixture
def reviewed(site_root) -> SimpleNamespace:
    index = f.OfferIndexPageFactory(parent=site_root)

    def offer(title: str, last_reviewed_on: datetime.date | None) -> OfferPage:
        return f.OfferPageFactory(parent=index, title=title, last_reviewed_on=last_reviewed_on)

    return SimpleNamespace(
        fresh=offer("Vor 10 Tagen geprüft", TODAY - datetime.timedelta(days=10)),
        edge=offer("Vor 30 Tagen geprüft", TODAY - datetime.timedelta(days=30)),
        overdue=offer("Vor 31 Tagen geprüft", TODAY - datetime.timedelta(days=31)),
        never=offer("Nie geprüft", None),
    )


def test_review_due_follows_the_configured_interval(reviewed, settings):
    settings.INTEGRATION_REVIEW_INTERVAL_DAYS = 30
    assert titles(OfferPage.objects.review_due()) == {"Vor 31 Tagen geprüft", "Nie geprüft"}

    settings.INTEGRATION_REVIEW_INTERVAL_DAYS = 7
    assert titles(OfferPage.objects.review_due()) == {
        "Vor 10 Tagen geprüft",
        "Vor 30 Tagen geprüft",
        "Vor 31 Tagen geprüft",
        "Nie geprüft",
    }

    settings.INTEGRATION_REVIEW_INTERVAL_DAYS = 365
    assert titles(OfferPage.objects.review_due()) == {"Nie geprüft"}


@pytest.mark.parametrize("interval", [7, 30, 365])
def test_review_due_on_the_page_agrees_with_the_query(reviewed, settings, interval):
    settings.INTEGRATION_REVIEW_INTERVAL_DAYS = interval
    due = set(OfferPage.objects.review_due().values_list("pk", flat=True))

    for page in OfferPage.objects.all():
        assert page.review_due is (page.pk in due)


def test_review_due_on_a_given_day(reviewed, settings):
    settings.INTEGRATION_REVIEW_INTERVAL_DAYS = 30
    in_three_weeks = TODAY + datetime.timedelta(days=21)

    assert titles(OfferPage.objects.review_due(in_three_weeks)) == {
        "Vor 10 Tagen geprüft",
        "Vor 30 Tagen geprüft",
        "Vor 31 Tagen geprüft",
        "Nie geprüft",
    }
    # Yesterday the oldest review was exactly 30 days old: not yet due.
    assert titles(OfferPage.objects.review_due(TODAY - datetime.timedelta(days=1))) == {
        "Nie geprüft"
    }


# Validity ----------------------------------------------------------------------------


@pytest.fixture
def swimming(site_root) -> SimpleNamespace:
    """Three live swimming courses under one action field: ending today, open, from tomorrow."""
    concept = f.IntegrationConceptPageFactory(parent=site_root)
    health = f.ActionFieldPageFactory(parent=concept, title="Gesundheit", code="gesundheit")
    index = f.OfferIndexPageFactory(parent=site_root)

    def offer(title: str, **validity: datetime.date) -> OfferPage:
        return f.OfferPageFactory(parent=index, title=title, action_fields=[health], **validity)

    return SimpleNamespace(
        index=index,
        action_field=health,
        ending=offer("Schwimmkurs für Frauen", valid_until=TODAY),
        open=offer("Schwimmkurs für Familien"),
        starting=offer("Schwimmkurs im Winter", valid_from=TOMORROW),
    )


def public_titles(client, swimming) -> dict[str, set[str]]:
    """Which of the courses each public view shows."""
    courses = {swimming.ending.title, swimming.open.title, swimming.starting.title}

    def shown(html: str) -> set[str]:
        return {title for title in courses if title in html}

    sitemap = client.get("/sitemap.xml").content.decode()
    return {
        "offer index": shown(client.get(swimming.index.url).content.decode()),
        "action field": shown(client.get(swimming.action_field.url).content.decode()),
        "search": shown(client.get("/search/", {"q": "Schwimmkurs"}).content.decode()),
        "sitemap": {
            page.title
            for page in (swimming.ending, swimming.open, swimming.starting)
            if f"{page.url}</loc>" in sitemap
        },
        "served": {
            page.title
            for page in (swimming.ending, swimming.open, swimming.starting)
            if client.get(page.url).status_code == 200
        },
    }


def test_current_expired_and_future_offers_today(swimming):
    assert titles(OfferPage.objects.current()) == {
        "Schwimmkurs für Frauen",
        "Schwimmkurs für Familien",
    }
    assert titles(OfferPage.objects.expired()) == set()
    assert [swimming.ending.is_current, swimming.starting.is_current] == [True, False]


def test_on_its_last_day_an_offer_is_still_public(swimming, client):
    views = public_titles(client, swimming)

    expected = {"Schwimmkurs für Frauen", "Schwimmkurs für Familien"}
    assert views == dict.fromkeys(views, expected)


def test_the_day_after_an_offer_expires_it_is_gone_everywhere(swimming, client, monkeypatch):
    revisions = Revision.objects.count()
    travel_to(monkeypatch, TOMORROW)

    views = public_titles(client, swimming)

    expected = {"Schwimmkurs für Familien", "Schwimmkurs im Winter"}
    assert views == dict.fromkeys(views, expected)
    assert titles(OfferPage.objects.expired()) == {"Schwimmkurs für Frauen"}
    # Nothing was unpublished or saved: the view decides at request time.
    ending = OfferPage.objects.get(pk=swimming.ending.pk)
    assert (ending.live, ending.has_unpublished_changes) == (True, False)
    assert Revision.objects.count() == revisions


def test_an_expired_offer_leaves_the_open_data_export(swimming, client, monkeypatch):
    def exported() -> set[str]:
        records = client.get("/open-data/offers.json", {"locale": "de"}).json()["offers"]
        return {record["title"] for record in records}

    assert exported() == {"Schwimmkurs für Frauen", "Schwimmkurs für Familien"}
    travel_to(monkeypatch, TOMORROW)
    assert exported() == {"Schwimmkurs für Familien", "Schwimmkurs im Winter"}
