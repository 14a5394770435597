"""Open data out: only what the public may see, in files that come back in unchanged.

The ``directory`` fixture plants, next to three current offers, every kind of
offer the public must not get: a draft, a password-protected one, an expired
one, one that starts tomorrow and one in another language.
"""

import csv
import datetime
import io
import json
import uuid
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import Locale, PageViewRestriction, Revision

from integration import factories as f
from integration.models import OfferPage
from integration.offers_io.columns import COLUMNS
from integration.offers_io.exporting import export, public_offers, to_csv, to_hsds

pytestmark = pytest.mark.django_db

CURRENT = ["ANG-001", "ANG-002", "ANG-003"]
HIDDEN_TITLES = [
    "Entwurf eines Kurses",
    "Geschlossene Gruppe",
    "Abgelaufener Kurs",
    "Kurs ab morgen",
    "Language café",
]
FORMATS = ["csv", "xlsx", "json", "hsds"]


@pytest.fixture
def directory(site_root, locale_en) -> SimpleNamespace:
    today = timezone.localdate()
    concept = f.IntegrationConceptPageFactory(parent=site_root)
    language_education = f.ActionFieldPageFactory(
        parent=concept, title="Sprache / Bildung", code="sprache-bildung"
    )
    health = f.ActionFieldPageFactory(parent=concept, title="Gesundheit", code="gesundheit")
    women = f.TargetGroupFactory(name="Frauen", slug="frauen")
    refugees = f.TargetGroupFactory(name="Geflüchtete", slug="gefluechtete")
    mitte = f.DistrictFactory(name="Aachen-Mitte", slug="mitte")
    caritas = f.ProviderFactory(
        name="Caritasverband Aachen", slug="caritas", email="info@caritas-aachen.de"
    )
    vhs = f.ProviderFactory(name="Volkshochschule Aachen", slug="vhs")
    index = f.OfferIndexPageFactory(parent=site_root)

    def offer(**kwargs: Any) -> OfferPage:
        defaults = {"parent": index, "provider": caritas, "action_fields": [health]}
        page = f.OfferPageFactory(**(defaults | kwargs))
        return OfferPage.objects.get(pk=page.pk)

    course = offer(
        external_id="ANG-001",
        title="Deutschkurs für Frauen",
        summary="Deutsch lernen, während die Kinder betreut werden.",
        description='<p>Ein <b>Kurs</b> mit <a href="https://example.org/kurs">Anmeldung</a>.</p>',
        action_fields=[language_education, health],
        target_groups=[women, refugees],
        languages=[f.LanguageFactory(code="de"), f.LanguageFactory(code="ar")],
        district=mitte,
        street="Kapuzinergraben 19",
        latitude=Decimal("50.775346"),
        longitude=Decimal("6.083887"),
        contact_name="Frau Yılmaz",
        email="kurs@caritas-aachen.de",
        phone="0241 123456",
        website="https://www.caritas-aachen.de/kurse",
        schedule="Mo 9–12 Uhr\nMi 9–12 Uhr",
        is_free=False,
        cost_note="20 € pro Kurs",
        registration_required=True,
        childcare_available=True,
        valid_from=today - datetime.timedelta(days=30),
        valid_until=today + datetime.timedelta(days=300),
        last_reviewed_on=datetime.date(2026, 1, 15),
    )
    consultation = offer(
        external_id="ANG-002",
        title="Offene Sprechstunde",
        provider=vhs,
        summary="",
        street="",
        postcode="",
        city="",
        latitude=None,
        longitude=None,
        last_reviewed_on=None,
    )
    cycling = offer(
        external_id="ANG-003",
        title="Fahrradkurs",
        is_free=False,
        wheelchair_accessible=True,
        valid_from=today,
        valid_until=today,
    )
    draft = offer(external_id="ANG-DRAFT", title="Entwurf eines Kurses", live=False)
    private = offer(external_id="ANG-PRIVATE", title="Geschlossene Gruppe")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    expired = offer(
        external_id="ANG-EXPIRED",
        title="Abgelaufener Kurs",
        valid_until=today - datetime.timedelta(days=1),
    )
    future = offer(
        external_id="ANG-FUTURE", title="Kurs ab morgen", valid_from=today + datetime.timedelta(1)
    )
    index_en = index.copy_for_translation(locale_en, copy_parents=True)
    english = f.OfferPageFactory(
        parent=index_en, locale=locale_en, external_id="ANG-EN", title="Language café"
    )
    return SimpleNamespace(
        index=index,
        current=[course, consultation, cycling],
        course=course,
        consultation=consultation,
        cycling=cycling,
        draft=draft,
        private=private,
        expired=expired,
        future=future,
        english=english,
        caritas=caritas,
        vhs=vhs,
    )


def german() -> Locale:
    return Locale.objects.get(language_code="de")


def exported_ids(data: bytes, fmt: str) -> list[str]:
    """The external ids in an export, read the way a consumer reads the file."""
    if fmt == "csv":
        return [row["external_id"] for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig")))]
    if fmt == "xlsx":
        sheet = load_workbook(io.BytesIO(data), read_only=True).worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
        position = rows[0].index("external_id")
        return [row[position] for row in rows[1:]]
    document = json.loads(data)
    if fmt == "json":
        return [record["external_id"] for record in document["offers"]]
    return [service["external_identifier"] for service in document["services"]]


def text_of(data: bytes, fmt: str) -> str:
    if fmt != "xlsx":
        return data.decode("utf-8")
    sheet = load_workbook(io.BytesIO(data), read_only=True).worksheets[0]
    return "\n".join(str(cell) for row in sheet.iter_rows(values_only=True) for cell in row)


# What is public --------------------------------------------------------------------


def test_public_offers_are_live_public_current_and_in_the_locale(directory, locale_en):
    assert [page.external_id for page in public_offers(german())] == CURRENT
    assert [page.external_id for page in public_offers(locale_en)] == ["ANG-EN"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_holds_only_public_current_offers(directory, fmt):
    data = export(list(public_offers(german())), fmt, german())

    assert exported_ids(data, fmt) == CURRENT
    content = text_of(data, fmt)
    for title in HIDDEN_TITLES:
        assert title not in content
    assert "Deutschkurs für Frauen" in content


@pytest.mark.parametrize(
    ("fmt", "content_type", "filename"),
    [
        ("csv", "text/csv; charset=utf-8", "angebote-de-{day}.csv"),
        (
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "angebote-de-{day}.xlsx",
        ),
        ("json", "application/json", "angebote-de-{day}.json"),
        ("hsds", "application/json", "angebote-de-hsds-{day}.json"),
    ],
)
def test_download_view(directory, client, fmt, content_type, filename):
    response = client.get(f"/open-data/offers.{fmt}", {"locale": "de"})

    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    day = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == f'attachment; filename="{filename.format(day=day)}"'
    assert response["Access-Control-Allow-Origin"] == "*"
    assert exported_ids(response.content, fmt) == CURRENT
    content = text_of(response.content, fmt)
    for title in HIDDEN_TITLES:
        assert title not in content


def test_download_view_in_another_locale(directory, client):
    response = client.get("/open-data/offers.json", {"locale": "en"})

    assert exported_ids(response.content, "json") == ["ANG-EN"]
    assert json.loads(response.content)["locale"] == "en"


def test_download_view_defaults_to_the_source_language(directory, client):
    response = client.get("/open-data/offers.csv")

    assert exported_ids(response.content, "csv") == CURRENT


def test_download_view_rejects_an_unknown_locale(directory, client):
    response = client.get("/open-data/offers.csv", {"locale": "xx"})

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"errors": {"locale": "Unbekannte Sprache „xx“; vorhanden: de, en."}}


def test_download_view_rejects_an_unknown_format(directory, client):
    response = client.get("/open-data/offers.pdf")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "errors": {"format": "Unbekanntes Format „pdf“; möglich: csv, xlsx, json, hsds."}
    }


def test_download_view_is_read_only(directory, client):
    assert client.post("/open-data/offers.csv").status_code == 405


def test_sitemap_lists_only_current_public_offers(directory, client):
    sitemap = client.get("/sitemap.xml").content.decode()

    for page in directory.current:
        assert f"{page.url}</loc>" in sitemap
    for page in (directory.draft, directory.private, directory.expired, directory.future):
        assert f"{page.url}</loc>" not in sitemap


def test_expired_and_future_offers_are_not_served(directory, client):
    for page in directory.current:
        assert client.get(page.url).status_code == 200
    assert client.get(directory.expired.url).status_code == 404
    assert client.get(directory.future.url).status_code == 404
    assert client.get(directory.draft.url).status_code == 404
    assert "Geschlossene Gruppe" not in client.get(directory.private.url).content.decode()


# What the files hold -----------------------------------------------------------------


def test_csv_uses_the_import_columns_and_notation(directory):
    data = to_csv(public_offers(german()))

    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert list(rows[0]) == [column.name for column in COLUMNS]
    course, consultation, cycling = rows
    today = timezone.localdate()
    assert course == {
        "external_id": "ANG-001",
        "title": "Deutschkurs für Frauen",
        "summary": "Deutsch lernen, während die Kinder betreut werden.",
        "description": (
            '<p>Ein <b>Kurs</b> mit <a href="https://example.org/kurs">Anmeldung</a>.</p>'
        ),
        "provider": "Caritasverband Aachen",
        "action_fields": "sprache-bildung; gesundheit",
        "target_groups": "frauen; gefluechtete",
        "languages": "ar; de",
        "district": "mitte",
        "street": "Kapuzinergraben 19",
        "postcode": "52062",
        "city": "Aachen",
        "latitude": "50.775346",
        "longitude": "6.083887",
        "contact_name": "Frau Yılmaz",
        "email": "kurs@caritas-aachen.de",
        "phone": "0241 123456",
        "website": "https://www.caritas-aachen.de/kurse",
        "schedule": "Mo 9–12 Uhr\nMi 9–12 Uhr",
        "cost": "20 € pro Kurs",
        "registration_required": "ja",
        "wheelchair_accessible": "nein",
        "childcare": "ja",
        "valid_from": (today - datetime.timedelta(days=30)).isoformat(),
        "valid_until": (today + datetime.timedelta(days=300)).isoformat(),
        "last_reviewed_on": "2026-01-15",
    }
    assert (consultation["latitude"], consultation["district"], consultation["cost"]) == (
        "",
        "",
        "kostenlos",
    )
    assert consultation["last_reviewed_on"] == ""
    assert (cycling["cost"], cycling["wheelchair_accessible"]) == ("kostenpflichtig", "ja")


def test_json_is_typed(directory):
    document = json.loads(export(list(public_offers(german())), "json", german()))

    assert (document["locale"], document["count"]) == ("de", 3)
    course = document["offers"][0]
    assert (course["latitude"], course["longitude"]) == (50.775346, 6.083887)
    assert course["registration_required"] is True
    assert course["languages"] == ["ar", "de"]
    assert (course["is_free"], course["cost_note"]) == (False, "20 € pro Kurs")
    assert course["url"] == directory.course.full_url
    assert course["last_reviewed_on"] == "2026-01-15"


def test_hsds_tables_refer_to_each_other(directory):
    document = to_hsds(public_offers(german()), german())

    assert document["hsds_version"] == "3.0"
    organizations = {row["id"]: row for row in document["organizations"]}
    services = {row["id"]: row for row in document["services"]}
    locations = {row["id"]: row for row in document["locations"]}
    terms = {row["id"]: row for row in document["taxonomy_terms"]}
    assert sorted(row["name"] for row in organizations.values()) == [
        "Caritasverband Aachen",
        "Volkshochschule Aachen",
    ]
    assert sorted(row["external_identifier"] for row in services.values()) == CURRENT
    every_id = [
        row["id"]
        for table in (
            "organizations",
            "services",
            "locations",
            "service_at_locations",
            "languages",
            "phones",
            "contacts",
            "schedules",
            "taxonomy_terms",
            "attributes",
        )
        for row in document[table]
    ]
    assert len(every_id) == len(set(every_id))
    for value in every_id:
        assert str(uuid.UUID(value)) == value
    for service in services.values():
        assert service["organization_id"] in organizations
    for location in locations.values():
        assert location["organization_id"] in organizations
        for address in location["addresses"]:
            assert address["location_id"] == location["id"]
    links = document["service_at_locations"]
    assert {(services[link["service_id"]]["external_identifier"]) for link in links} == {
        "ANG-001",
        "ANG-003",
    }  # the consultation has no address
    for link in links:
        assert link["location_id"] in locations
    for table in ("languages", "phones", "contacts", "schedules"):
        for row in document[table]:
            assert row["service_id"] in services
    for attribute in document["attributes"]:
        assert attribute["link_id"] in services
        assert attribute["taxonomy_term_id"] in terms
    languages = {
        (services[row["service_id"]]["external_identifier"], row["code"])
        for row in document["languages"]
    }
    assert languages == {("ANG-001", "ar"), ("ANG-001", "de")}
    course = next(row for row in services.values() if row["external_identifier"] == "ANG-001")
    assert organizations[course["organization_id"]]["name"] == "Caritasverband Aachen"
    assert course["fees_description"] == "20 € pro Kurs"


def test_hsds_ids_are_stable_across_exports(directory, client):
    first = client.get("/open-data/offers.hsds", {"locale": "de"}).json()
    # Editing and republishing an offer does not give it new ids.
    course = directory.course
    course.title = "Deutschkurs für Frauen am Vormittag"
    course.save_revision().publish()
    second = client.get("/open-data/offers.hsds", {"locale": "de"}).json()

    def ids(document: dict[str, Any]) -> dict[str, list[str]]:
        return {
            table: sorted(row["id"] for row in rows)
            for table, rows in document.items()
            if isinstance(rows, list)
        }

    assert ids(first) == ids(second)
    assert first["organizations"] == second["organizations"]
    assert "Deutschkurs für Frauen am Vormittag" in {row["name"] for row in second["services"]}


# Round trip ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_exported_file_reimports_unchanged(directory, tmp_path: Path, fmt):
    path = tmp_path / f"angebote.{fmt}"
    call_command("export_offers", "--format", fmt, "--output", str(path), stderr=io.StringIO())
    revisions = Revision.objects.count()
    before = {page.pk: (page.title, page.latest_revision_id) for page in OfferPage.objects.all()}

    stdout = io.StringIO()
    call_command("import_offers", str(path), "--publish", stdout=stdout, no_color=True)

    assert (
        "Import abgeschlossen: 0 neu, 0 geändert, 3 unverändert, 0 abgelehnt" in stdout.getvalue()
    )
    assert Revision.objects.count() == revisions
    assert {
        page.pk: (page.title, page.latest_revision_id) for page in OfferPage.objects.all()
    } == before


# The export_offers command ---------------------------------------------------------------


def test_export_command_writes_a_file(directory, tmp_path: Path):
    path = tmp_path / "angebote.json"
    stderr = io.StringIO()

    call_command("export_offers", "--format", "json", "--output", str(path), stderr=stderr)

    assert exported_ids(path.read_bytes(), "json") == CURRENT
    assert f"3 Angebote (de) als json nach {path} geschrieben." in stderr.getvalue()


def test_export_command_writes_to_stdout(directory, capsysbinary):
    stdout = io.StringIO()
    call_command("export_offers", "--format", "csv", "--locale", "en", stdout=stdout)
    assert exported_ids(stdout.getvalue().encode("utf-8"), "csv") == ["ANG-EN"]
    call_command("export_offers", "--format", "csv", "--locale", "en")

    assert exported_ids(capsysbinary.readouterr().out, "csv") == ["ANG-EN"]


def test_export_command_rejects_an_unknown_locale(directory):
    with pytest.raises(CommandError, match="Unbekannte Sprache „xx“"):
        call_command("export_offers", "--locale", "xx")


def test_aliases_are_not_exported_as_translations(directory, locale_en, client):
    """An alias in the English tree carries German text: not an English offer."""
    alias = directory.course.create_alias(
        parent=directory.english.get_parent(),
        update_locale=locale_en,
        reset_translation_key=False,
    )
    assert alias.live and alias.locale == locale_en

    for fmt in ("csv", "json"):
        data = export(list(public_offers(locale_en)), fmt, locale_en)
        assert exported_ids(data, fmt) == ["ANG-EN"]
    response = client.get("/open-data/offers.csv?locale=en")
    assert exported_ids(response.content, "csv") == ["ANG-EN"]
