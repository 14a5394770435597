"""The admin side of the offers directory: the import screen and "confirm still current"."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from wagtail.models import GroupPagePermission, PageLogEntry, Revision

from integration import factories as f
from integration.models import OfferPage, Provider

HEADER = "external_id;titel;träger;handlungsfelder;zielgruppen;sprachen;kosten\n"


@pytest.fixture
def directory(site_root):
    concept = f.IntegrationConceptPageFactory(parent=site_root)
    action_field = f.ActionFieldPageFactory(parent=concept, title="Sprache / Bildung", code="sb")
    f.TargetGroupFactory(name="Frauen", slug="frauen")
    index = f.OfferIndexPageFactory(parent=site_root)
    return {"index": index, "action_field": action_field}


@pytest.fixture
def editor(db):
    return User.objects.create_superuser("redaktion", "r@example.org", "pw")


def denied(response) -> bool:
    """Wagtail's admin answers PermissionDenied with a redirect to the dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def upload(client: Client, text: str, name: str = "angebote.csv", **extra):
    data = {"file": SimpleUploadedFile(name, text.encode("utf-8")), "locale": "de", **extra}
    return client.post("/admin/offers-import/", data)


def token_of(response) -> str:
    return re.search(r'name="token" value="([0-9a-f]{32})"', response.content.decode()).group(1)


def test_upload_preview_confirm_end_to_end(directory, editor):
    client = client_for(editor)
    assert client.get("/admin/offers-import/").status_code == 200
    sheet = HEADER + "A-1;Deutschkurs;VHS Aachen;Sprache / Bildung;Frauen;de|ar;kostenlos\n"

    preview = upload(client, sheet)
    html = preview.content.decode()
    assert preview.status_code == 200
    assert "1 neu · 0 geändert · 0 unverändert · 0 abgelehnt" in html
    assert "VHS Aachen" in html  # announced as a new provider
    assert not OfferPage.objects.exists(), "the preview writes nothing"
    assert not Provider.objects.exists()

    response = client.post(
        "/admin/offers-import/confirm/", {"token": token_of(preview), "publish": "on"}
    )
    assert response.status_code == 302
    offer = OfferPage.objects.get(external_id="A-1")
    assert offer.live and offer.title == "Deutschkurs" and offer.is_free
    assert offer.provider.name == "VHS Aachen"
    assert set(offer.languages.values_list("code", flat=True)) == {"de", "ar"}
    assert offer.latest_revision.user == editor
    messages = [str(m) for m in client.get("/admin/offer_listing/").context["messages"]]
    assert any("1 neu" in message for message in messages)


def test_preview_shows_rejected_rows_and_confirming_changes_nothing(directory, editor):
    client = client_for(editor)
    sheet = (
        HEADER
        + "A-1;Deutschkurs;VHS;Sprache / Bildung;;de;\n"
        + "A-2;Kaputt;VHS;Sprache/Bildun;;de;\n"
    )
    preview = upload(client, sheet)
    html = preview.content.decode()
    assert "1 neu · 0 geändert · 0 unverändert · 1 abgelehnt" in html
    assert "Zeile 3" in html and "Sprache/Bildun" in html and "Meinten Sie" in html

    response = client.post("/admin/offers-import/confirm/", {"token": token_of(preview)})
    assert response.status_code == 200
    assert "nichts geändert" in response.content.decode()
    assert not OfferPage.objects.exists()

    response = client.post(
        "/admin/offers-import/confirm/", {"token": token_of(preview), "skip_invalid": "on"}
    )
    assert response.status_code == 302
    assert list(OfferPage.objects.values_list("external_id", flat=True)) == ["A-1"]
    assert not OfferPage.objects.get().live, "without 'publish' new offers are drafts"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("angebote.pdf", "%PDF-1.4", "CSV- oder XLSX-Datei"),
        ("angebote.csv", "", "leer"),
        ("angebote.csv", "titel;träger\nX;Y\n", "Pflichtspalten fehlen"),
        ("angebote.xlsx", "not a zip", "keine lesbare XLSX-Datei"),
    ],
)
def test_broken_uploads_get_a_clear_error_and_change_nothing(
    directory, editor, name, content, message
):
    response = upload(client_for(editor), content, name=name)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'name="token"' not in response.content.decode()
    assert not OfferPage.objects.exists()


def test_a_token_is_bound_to_the_uploading_user(directory, editor):
    preview = upload(client_for(editor), HEADER + "A-1;Kurs;VHS;sb;;de;\n")
    other = User.objects.create_superuser("andere", "a@example.org", "pw")
    response = client_for(other).post("/admin/offers-import/confirm/", {"token": token_of(preview)})
    assert denied(response)
    assert not OfferPage.objects.exists()


def test_an_unknown_or_malformed_token_asks_for_a_new_upload(directory, editor):
    client = client_for(editor)
    for token in ["0" * 32, "../../etc/passwd", ""]:
        response = client.post("/admin/offers-import/confirm/", {"token": token})
        assert response.status_code == 302
        assert response["Location"].endswith("/admin/offers-import/")


def test_import_needs_permission_to_add_offers(directory):
    moderators = Group.objects.create(name="Nur lesen")
    moderators.permissions.add(Permission.objects.get(codename="access_admin"))
    reader = User.objects.create_user("leser", password="pw")
    reader.groups.add(moderators)
    client = client_for(reader)
    assert denied(client.get("/admin/offers-import/"))
    assert denied(upload(client, HEADER + "A-1;Kurs;VHS;sb;;de;\n"))

    GroupPagePermission.objects.create(
        group=moderators, page=directory["index"], permission_type="add"
    )
    assert client.get("/admin/offers-import/").status_code == 200
    # Adding is allowed, publishing is not.
    assert denied(upload(client, HEADER + "A-1;Kurs;VHS;sb;;de;\n", publish="on"))
    assert not OfferPage.objects.exists()


@pytest.fixture
def stale_offer(directory):
    offer = f.OfferPageFactory(
        parent=directory["index"],
        title="Sprachcafé",
        last_reviewed_on=datetime.date(2020, 1, 1),
        action_fields=[directory["action_field"]],
    )
    return OfferPage.objects.get(pk=offer.pk)


def test_confirm_current_sets_today_and_changes_nothing_else(stale_offer, editor):
    # An editor has a pending draft with a new title.
    draft = OfferPage.objects.get(pk=stale_offer.pk)
    draft.title = "Sprachcafé (neuer Titel, Entwurf)"
    draft.save_revision(user=editor)
    revisions_before = Revision.objects.count()

    client = client_for(editor)
    assert client.get(f"/admin/offers/{stale_offer.pk}/confirm-current/").status_code == 200
    assert OfferPage.objects.get(pk=stale_offer.pk).last_reviewed_on == datetime.date(2020, 1, 1)
    response = client.post(f"/admin/offers/{stale_offer.pk}/confirm-current/", {"next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"

    today = timezone.localdate()
    offer = OfferPage.objects.get(pk=stale_offer.pk)
    assert offer.last_reviewed_on == today
    assert offer.title == "Sprachcafé", "the live title is untouched"
    assert offer.has_unpublished_changes, "the draft is still pending"
    draft_object = offer.get_latest_revision_as_object()
    assert draft_object.title == "Sprachcafé (neuer Titel, Entwurf)"
    assert draft_object.last_reviewed_on == today, "publishing the draft keeps the date"
    assert Revision.objects.count() == revisions_before
    assert PageLogEntry.objects.filter(page=offer, action="integration.confirm_current").exists()
    assert OfferPage.objects.review_due().filter(pk=offer.pk).count() == 0


def test_confirm_current_reaches_translations(stale_offer, editor, locale_en):
    translation = stale_offer.copy_for_translation(locale_en, copy_parents=True)
    client_for(editor).post(f"/admin/offers/{stale_offer.pk}/confirm-current/")
    assert OfferPage.objects.get(pk=translation.pk).last_reviewed_on == timezone.localdate()


def test_confirm_current_needs_edit_permission(stale_offer, db):
    reader = User.objects.create_user("leser", password="pw")
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = client_for(reader)
    response = client.post(f"/admin/offers/{stale_offer.pk}/confirm-current/")
    assert denied(response)
    assert OfferPage.objects.get(pk=stale_offer.pk).last_reviewed_on == datetime.date(2020, 1, 1)


def test_confirm_current_ignores_foreign_next_urls(stale_offer, editor):
    response = client_for(editor).post(
        f"/admin/offers/{stale_offer.pk}/confirm-current/", {"next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/offer_listing/"


def test_dashboard_lists_overdue_offers_with_one_click_confirmation(stale_offer, editor):
    client = client_for(editor)
    html = client.get("/admin/").content.decode()
    assert "Sprachcafé" in html
    assert f"/admin/offers/{stale_offer.pk}/confirm-current/" in html
    assert 'data-review-due="1"' in html
    client.post(f"/admin/offers/{stale_offer.pk}/confirm-current/", {"next": "/admin/"})
    assert 'data-review-due="0"' in client.get("/admin/").content.decode()


def test_listing_and_page_header_offer_the_confirmation(stale_offer, editor):
    client = client_for(editor)
    url = f"/admin/offers/{stale_offer.pk}/confirm-current/"
    assert url in client.get("/admin/offer_listing/").content.decode()
    assert url in client.get(f"/admin/pages/{stale_offer.pk}/edit/").content.decode()
    listing = client.get("/admin/offer_listing/?freshness=review_due").content.decode()
    assert "Sprachcafé" in listing
