"""Offers sheets come in as editors really save them, and go in whole or not at all.

Every sheet read here is a real file under ``tests/fixtures/offers/``; the
binary and specially encoded ones are rebuilt by ``tests/fixtures/make_fixtures.py``.
The vocabulary they refer to is the ``directory`` fixture below.
"""

import datetime
import io
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Model
from modelsearch.backends.base import BaseSearchBackend
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.signals import page_published

from integration import factories as f
from integration.models import ActionFieldPage, Language, OfferPage, Provider
from integration.offers_io import ImportFileError, read_table
from integration.offers_io.importer import (
    Action,
    ImportPlan,
    ImportRejected,
    OfferImporter,
)
from integration.publishing import ChildPageCreator

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures" / "offers"


# Helpers ----------------------------------------------------------------


def plan_file(name: str, **importer_options: Any) -> ImportPlan:
    path = FIXTURES / name
    return OfferImporter(**importer_options).plan(read_table(path.read_bytes(), path.name))


def import_file(name: str, *, publish: bool = True, skip_invalid: bool = False) -> ImportPlan:
    plan = plan_file(name)
    return OfferImporter().apply(plan, publish=publish, skip_invalid=skip_invalid)


def import_twice(name: str) -> ImportPlan:
    """Import and publish ``name``; importing it again must find nothing to change."""
    plan = import_file(name)
    assert plan.counts["create"] == len(plan.rows)
    assert plan_file(name).counts == {
        "create": 0,
        "update": 0,
        "unchanged": len(plan.rows),
        "rejected": 0,
    }
    return plan


def run_command(*args: str) -> tuple[str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("import_offers", *args, stdout=stdout, stderr=stderr, no_color=True)
    return stdout.getvalue(), stderr.getvalue()


def offer(external_id: str) -> OfferPage:
    return OfferPage.objects.get(external_id=external_id)


def codes(queryset) -> list[str]:
    return sorted(term.code for term in queryset.all())


def slugs(queryset) -> list[str]:
    return sorted(term.slug for term in queryset.all())


def row_errors(plan: ImportPlan, external_id: str) -> list[tuple[int, str, str]]:
    return [
        (error.row, error.column, error.message)
        for row in plan.rows
        if row.external_id == external_id
        for error in row.errors
    ]


def snapshot() -> dict[str, Any]:
    """Everything an import may touch, in a form that compares exactly."""
    return {
        "pages": sorted(
            Page.objects.values_list(
                "pk", "path", "numchild", "title", "live", "has_unpublished_changes"
            )
        ),
        "offers": sorted(OfferPage.objects.values_list("external_id", "title", "provider_id")),
        "revisions": Revision.objects.count(),
        "providers": sorted(Provider.objects.values_list("pk", "name")),
        "log entries": PageLogEntry.objects.count(),
        "references": ReferenceIndex.objects.count(),
    }


class RecordingSearchBackend(BaseSearchBackend):
    """A search index outside the database: what reaches it is not rolled back."""

    added: ClassVar[list[tuple[str, Any]]] = []

    def add(self, obj: Model) -> None:
        self.added.append((type(obj).__name__, obj.pk))

    def add_bulk(self, model: type[Model], obj_list: list[Model]) -> None:
        for obj in obj_list:
            self.add(obj)

    def delete(self, obj: Model) -> None:
        pass


@pytest.fixture
def search_recorder(settings) -> list[tuple[str, Any]]:
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database"},
        "recorder": {"BACKEND": f"{__name__}.RecordingSearchBackend"},
    }
    RecordingSearchBackend.added = []
    return RecordingSearchBackend.added


# The vocabulary the sheets refer to ---------------------------------------


@pytest.fixture
def directory(site_root, locale_en) -> SimpleNamespace:
    """Action fields, target groups, districts and providers; two terms translated to English."""
    concept = f.IntegrationConceptPageFactory(parent=site_root)
    language_education = f.ActionFieldPageFactory(
        parent=concept, title="Sprache / Bildung", code="sprache-bildung"
    )
    work = f.ActionFieldPageFactory(
        parent=concept, title="Arbeit / Ausbildung", code="arbeit-ausbildung"
    )
    health = f.ActionFieldPageFactory(parent=concept, title="Gesundheit", code="gesundheit")
    women = f.TargetGroupFactory(name="Frauen", slug="frauen")
    women_en = women.copy_for_translation(locale_en)
    women_en.name = "Women"
    women_en.save()
    centre = f.DistrictFactory(name="Innenstadt", slug="innenstadt")
    centre_en = centre.copy_for_translation(locale_en)
    centre_en.name = "City Centre"
    centre_en.save()

    return SimpleNamespace(
        concept=concept,
        offer_index=f.OfferIndexPageFactory(parent=site_root),
        language_education=language_education,
        work=work,
        health=health,
        women=women,
        refugees=f.TargetGroupFactory(name="Geflüchtete", slug="gefluechtete"),
        youth=f.TargetGroupFactory(name="Jugendliche", slug="jugendliche"),
        parents=f.TargetGroupFactory(name="Eltern", slug="eltern"),
        mitte=f.DistrictFactory(name="Aachen-Mitte", slug="mitte"),
        burtscheid=f.DistrictFactory(name="Burtscheid", slug="burtscheid"),
        centre=centre,
        caritas=f.ProviderFactory(name="Caritasverband Aachen", slug="caritas"),
        vhs=f.ProviderFactory(name="Volkshochschule Aachen", slug="vhs"),
    )


# 1. Format quirks -----------------------------------------------------------


def test_utf8_with_bom_and_commas(directory):
    import_twice("utf8_bom_comma.csv")

    first = offer("BOM-1")
    assert first.title == "Deutschkurs für Frauen, mit Kinderbetreuung"
    assert first.summary == "Ein Kurs, der Mut macht."
    assert first.provider == directory.caritas
    assert codes(first.action_fields) == ["sprache-bildung"]
    assert slugs(first.target_groups) == ["frauen"]
    assert sorted(first.languages.values_list("code", flat=True)) == ["de"]
    assert first.district == directory.mitte
    assert (first.street, first.postcode, first.city) == ("Kapuzinergraben 19", "52062", "Aachen")
    assert (first.latitude, first.longitude) == (Decimal("50.775300"), Decimal("6.083900"))
    assert first.email == "kurs@caritas-aachen.de"
    assert first.website == "https://www.caritas-aachen.de/kurse"
    assert (first.is_free, first.cost_note) == (True, "")
    assert (first.valid_from, first.valid_until) == (datetime.date(2025, 1, 1), None)

    second = offer("BOM-2")
    assert second.title == "Bewerbungstraining"
    assert second.provider == directory.vhs
    assert codes(second.action_fields) == ["arbeit-ausbildung"]
    assert (second.summary, second.street, second.latitude, second.district) == ("", "", None, None)


def test_utf8_without_bom_with_semicolons_as_german_excel_saves_it(directory):
    import_twice("utf8_semicolon.csv")

    treff = offer("XL-1")
    assert treff.title == "Offener Treff für Mütter"
    assert treff.summary == "Kaffee; Kuchen und Gespräche"
    assert treff.street == "Großkölnstraße 12"
    assert (treff.latitude, treff.longitude) == (Decimal("50.775300"), Decimal("6.083900"))
    assert (treff.is_free, treff.cost_note) == (False, "20 € pro Kurs")
    assert treff.schedule == "Mo 10–12 Uhr\nMi 14–16 Uhr"
    assert codes(treff.action_fields) == ["gesundheit"]
    assert offer("XL-2").title == "Bewerbungstraining"


def test_windows_1252_with_umlauts_and_strasse_header(directory):
    assert b"\xdf" in (FIXTURES / "windows1252_semicolon.csv").read_bytes()  # ß, not UTF-8

    import_twice("windows1252_semicolon.csv")

    cafe = offer("W-1")
    assert cafe.title == "Sprachcafé für Mütter und Väter"
    assert cafe.street == "Große Weberstraße 5"
    assert (cafe.is_free, cafe.cost_note) == (False, "20 € pro Kurs")
    assert list(cafe.target_groups.all()) == [directory.refugees]
    listening = offer("W-2")
    assert listening.title == "Hörübungen für Großeltern – Öcher Platt"
    assert listening.street == "Peterstraße 21"
    assert list(listening.target_groups.all()) == [directory.parents]


def test_german_headers_in_any_letter_case(directory):
    plan = import_twice("german_headers.csv")

    assert plan.ignored_columns == []
    course = offer("DE-1")
    assert course.title == "Integrationskurs mit Kinderbetreuung"
    assert course.summary == "Deutsch lernen von A1 bis B1."
    assert course.description == "<p>Vormittags im Haus der VHS.</p>"
    assert course.provider == directory.vhs
    assert codes(course.action_fields) == ["sprache-bildung"]
    assert slugs(course.target_groups) == ["eltern", "frauen"]
    assert sorted(course.languages.values_list("code", flat=True)) == ["ar", "de"]
    assert course.district == directory.mitte
    assert (course.street, course.postcode, course.city) == ("Peterstraße 21-25", "52062", "Aachen")
    assert (course.latitude, course.longitude) == (Decimal("50.778000"), Decimal("6.091000"))
    assert course.contact_name == "Frau Yılmaz"
    assert course.email == "integration@vhs-aachen.de"
    assert course.phone == "0241 4792-0"
    assert course.website == "https://www.vhs-aachen.de"
    assert course.schedule == "Mo–Fr 9–12 Uhr"
    assert (course.is_free, course.cost_note) == (True, "")
    assert course.registration_required is True
    assert course.wheelchair_accessible is True
    assert course.childcare_available is True
    assert course.valid_from == datetime.date(2025, 9, 1)
    assert course.valid_until == datetime.date(2030, 7, 31)
    assert course.last_reviewed_on == datetime.date(2025, 8, 15)


def test_decimal_commas_and_points_in_coordinates(directory):
    import_twice("decimal_commas.csv")

    coordinates = dict(
        OfferPage.objects.values_list("external_id", "latitude").order_by("external_id")
    )
    assert coordinates == {
        "DEC-1": Decimal("50.775300"),
        "DEC-2": Decimal("50.775300"),
        "DEC-3": Decimal("50.775346"),
        "DEC-4": Decimal("50.700000"),
    }
    assert offer("DEC-1").longitude == Decimal("6.083900")
    assert offer("DEC-3").longitude == Decimal("6.083887")
    assert offer("DEC-4").longitude == Decimal("6.100000")


def test_dates_in_iso_and_german_notation(directory):
    import_twice("dates.csv")

    expected = (datetime.date(2025, 3, 1), datetime.date(2025, 12, 31), datetime.date(2025, 2, 15))
    for external_id in ("DAT-1", "DAT-2"):
        page = offer(external_id)
        assert (page.valid_from, page.valid_until, page.last_reviewed_on) == expected
    undated = offer("DAT-3")
    assert (undated.valid_from, undated.valid_until, undated.last_reviewed_on) == (None, None, None)


def test_yes_no_in_every_spelling(directory):
    import_twice("booleans.csv")

    flags = {
        page.external_id: (
            page.registration_required,
            page.wheelchair_accessible,
            page.childcare_available,
        )
        for page in OfferPage.objects.all()
    }
    assert flags == {
        "B-1": (True, True, True),  # ja, yes, x
        "B-2": (False, False, False),  # nein, no, 0
        "B-3": (True, True, True),  # 1, Ja, X
        "B-4": (False, False, False),  # empty
        "B-5": (True, False, False),  # YES, NEIN, No
    }


def test_costs_free_words_and_fee_text(directory):
    import_twice("costs.csv")

    costs = {page.external_id: (page.is_free, page.cost_note) for page in OfferPage.objects.all()}
    assert costs == {
        "C-1": (True, ""),  # kostenlos
        "C-2": (True, ""),  # free
        "C-3": (True, ""),  # 0
        "C-4": (False, "20 € pro Kurs"),
        "C-5": (True, ""),  # empty
        "C-6": (True, ""),  # Kostenlos
        "C-7": (True, ""),  # 0 €
        "C-8": (True, ""),  # 0,00 EUR
        "C-9": (False, ""),  # kostenpflichtig: a fee without a note, as export writes it
    }


def test_list_cells_split_at_semicolons_and_bars(directory):
    import_twice("list_separators.csv")

    assert codes(offer("L-1").action_fields) == ["arbeit-ausbildung", "sprache-bildung"]
    assert slugs(offer("L-1").target_groups) == ["frauen", "jugendliche"]
    assert sorted(offer("L-1").languages.values_list("code", flat=True)) == ["ar", "de"]
    assert codes(offer("L-2").action_fields) == ["gesundheit", "sprache-bildung"]
    assert slugs(offer("L-2").target_groups) == ["eltern", "gefluechtete"]
    assert sorted(offer("L-2").languages.values_list("code", flat=True)) == ["fa", "tr"]
    assert codes(offer("L-3").action_fields) == [
        "arbeit-ausbildung",
        "gesundheit",
        "sprache-bildung",
    ]
    assert sorted(offer("L-3").languages.values_list("code", flat=True)) == ["ar", "de", "uk"]
    # Empty items between separators are dropped, not looked up.
    assert codes(offer("L-4").action_fields) == ["gesundheit"]
    assert slugs(offer("L-4").target_groups) == ["frauen"]


def test_vocabulary_matched_by_name_slug_code_and_english_translation(directory, locale_en):
    health_en = directory.health.copy_for_translation(locale_en, copy_parents=True)
    health_en.title = "Health"
    health_en.save()

    import_twice("vocabulary.csv")

    by_name = offer("V-1")
    assert (by_name.provider, by_name.district) == (directory.caritas, directory.burtscheid)
    assert list(by_name.action_fields.all()) == [directory.language_education]
    assert list(by_name.target_groups.all()) == [directory.refugees]

    by_code = offer("V-2")
    assert (by_code.provider, by_code.district) == (directory.caritas, directory.mitte)
    assert list(by_code.action_fields.all()) == [directory.work]
    assert list(by_code.target_groups.all()) == [directory.youth]

    # English names resolve to the German terms, not to their English copies.
    by_english_name = offer("V-3")
    assert list(by_english_name.action_fields.all()) == [directory.health]
    assert list(by_english_name.target_groups.all()) == [directory.women]
    assert by_english_name.district == directory.centre

    other_spelling = offer("V-4")
    assert other_spelling.provider == directory.vhs
    assert list(other_spelling.action_fields.all()) == [directory.language_education]
    assert list(other_spelling.target_groups.all()) == [directory.refugees]
    assert other_spelling.district == directory.centre
    assert Provider.objects.count() == 2


def test_import_in_english_uses_english_terms_and_links_translations(directory, locale_en):
    health_en = directory.health.copy_for_translation(locale_en, copy_parents=True)
    health_en.title = "Health"
    health_en.save()
    index_en = directory.offer_index.copy_for_translation(locale_en)
    import_file("vocabulary.csv")  # the German offers first

    plan = plan_file("vocabulary.csv", locale=locale_en)
    OfferImporter(locale=locale_en).apply(plan, publish=True)

    english = OfferPage.objects.get(external_id="V-3", locale=locale_en)
    assert english.get_parent().pk == index_en.pk
    # Each offer becomes the translation of the German offer with the same id.
    assert (
        english.translation_key
        == OfferPage.objects.get(external_id="V-3", locale__language_code="de").translation_key
    )
    assert [page.pk for page in english.action_fields.all()] == [health_en.pk]
    assert list(english.target_groups.all()) == [directory.women.get_translation(locale_en)]
    assert english.district == directory.centre.get_translation(locale_en)
    # German names find the English terms too; terms without translation stay German.
    other_spelling = OfferPage.objects.get(external_id="V-4", locale=locale_en)
    assert other_spelling.district == directory.centre.get_translation(locale_en)
    assert list(other_spelling.target_groups.all()) == [directory.refugees]


def test_languages_by_iso_code_and_german_english_or_native_name(directory):
    seeded = Language.objects.count()
    import_twice("languages.csv")

    def languages(external_id: str) -> list[str]:
        return sorted(offer(external_id).languages.values_list("code", flat=True))

    assert languages("S-1") == ["ar", "de", "tr"]
    assert languages("S-2") == ["ar", "fa", "tr"]  # Arabisch; Türkisch; Persisch (Farsi, Dari)
    assert languages("S-3") == ["ar", "tr", "uk"]  # Turkish | Arabic | Ukrainian
    assert languages("S-4") == ["de", "en", "ru"]  # DE | Englisch | Русский
    assert Language.objects.count() == seeded  # matched, never invented


def test_xlsx_with_typed_cells(directory):
    plan = plan_file("offers.xlsx")
    # The blank third row is skipped; row numbers stay those of the sheet.
    assert [(row.row, row.external_id) for row in plan.rows] == [(2, "1001"), (4, "XLSX-2")]
    OfferImporter().apply(plan, publish=True)

    sewing = offer("1001")
    assert sewing.title == "Nähcafé International"
    assert codes(sewing.action_fields) == ["gesundheit", "sprache-bildung"]
    assert sorted(sewing.languages.values_list("code", flat=True)) == ["ar", "de"]
    assert sewing.postcode == "52062"
    assert (sewing.latitude, sewing.longitude) == (Decimal("50.775300"), Decimal("6.083900"))
    assert sewing.valid_from == datetime.date(2025, 3, 1)
    assert sewing.valid_until == datetime.date(2025, 12, 31)
    assert sewing.last_reviewed_on == datetime.date(2025, 2, 15)
    assert (sewing.registration_required, sewing.wheelchair_accessible) == (True, False)
    assert (sewing.is_free, sewing.cost_note) == (True, "")

    parents = offer("XLSX-2")
    assert parents.postcode == "52064"
    assert (parents.latitude, parents.longitude) == (Decimal("50.770000"), Decimal("6.100000"))
    assert list(parents.languages.values_list("code", flat=True)) == ["tr"]
    assert (parents.valid_from, parents.valid_until, parents.last_reviewed_on) == (None,) * 3
    assert (parents.registration_required, parents.wheelchair_accessible) == (True, False)
    assert (parents.is_free, parents.cost_note) == (False, "20 € pro Kurs")
    assert plan_file("offers.xlsx").counts["unchanged"] == 2


def test_tab_separated_text_file(directory):
    import_twice("tabs.txt")

    assert offer("TAB-1").title == "Tabulatoren aus einer Textdatei"
    assert offer("TAB-1").city == "Aachen"


# 2. Validation: row, column and reason ---------------------------------------

BOTH_COORDINATES = (
    "Breitengrad und Längengrad gehören zusammen: bitte beide angeben oder beide leer lassen."
)
# Every row of invalid_rows.csv with one mistake: {external id: [(row, column, reason)]}.
INVALID_ROWS = {
    "E-AF": [
        (
            3,
            "action_fields",
            "Handlungsfeld „Sprache/Bildun“ ist unbekannt. "
            "Meinten Sie: „Sprache / Bildung“, „sprache-bildung“, „Arbeit / Ausbildung“?",
        )
    ],
    "E-MAIL": [(4, "email", "„info(at)caritas-aachen.de“ ist keine gültige E-Mail-Adresse.")],
    "E-URL": [(5, "website", "„htp//caritas aachen“ ist keine gültige Webadresse.")],
    "E-FAR": [
        (
            6,
            "latitude",
            "Breitengrad 48.137154 liegt außerhalb des plausiblen Bereichs (50.45 bis 50.95).",
        ),
        (
            6,
            "longitude",
            "Längengrad 11.576124 liegt außerhalb des plausiblen Bereichs (5.85 bis 6.45).",
        ),
    ],
    "E-SWAP": [
        (7, "latitude", "Breitengrad 6.083887 und Längengrad 50.775346 scheinen vertauscht.")
    ],
    "E-LAT": [(8, "longitude", BOTH_COORDINATES)],
    "E-LON": [(9, "latitude", BOTH_COORDINATES)],
    "E-DATES": [(10, "valid_until", "„Gültig bis“ liegt vor „Gültig ab“.")],
    "DUP-1": [
        (11, "external_id", "Die Kennung „DUP-1“ steht mehrfach in der Datei (auch in Zeile 12)."),
        (12, "external_id", "Die Kennung „DUP-1“ steht mehrfach in der Datei (auch in Zeile 11)."),
    ],
    "": [(13, "external_id", "Pflichtwert fehlt.")],
    "E-NO-TITLE": [(14, "title", "Pflichtwert fehlt.")],
    "E-NO-PROVIDER": [(15, "provider", "Pflichtwert fehlt.")],
    "E-NO-FIELD": [(16, "action_fields", "Pflichtwert fehlt.")],
    "E-TG": [(18, "target_groups", "Zielgruppe „Fraün“ ist unbekannt. Meinten Sie: „Frauen“?")],
    "E-LANG": [
        (
            19,
            "languages",
            "Sprache „Klingonisch“ ist unbekannt. "
            "Meinten Sie: „Ukrainisch“, „Italienisch“, „Polnisch“?",
        )
    ],
    "E-DISTRICT": [
        (20, "district", "Stadtteil „Burtschied“ ist unbekannt. Meinten Sie: „Burtscheid“?")
    ],
    "E-DATE": [
        (21, "valid_from", "„31.02.2025“ ist kein Datum (erwartet 2025-03-01 oder 01.03.2025).")
    ],
    "E-BOOL": [
        (
            22,
            "registration_required",
            "„vielleicht“ ist kein Ja/Nein-Wert (erlaubt: ja, nein, yes, no, x, 1, 0).",
        )
    ],
}


@pytest.fixture
def invalid_rows_plan(directory) -> ImportPlan:
    return plan_file("invalid_rows.csv")


def test_each_mistake_is_reported_with_row_column_and_reason(invalid_rows_plan):
    reported = {
        external_id: row_errors(invalid_rows_plan, external_id) for external_id in INVALID_ROWS
    }

    assert reported == INVALID_ROWS
    rejected = {row.external_id for row in invalid_rows_plan.rows if row.action is Action.REJECTED}
    assert rejected >= set(INVALID_ROWS)


def test_a_list_cell_of_separators_only_counts_as_missing(invalid_rows_plan):
    assert row_errors(invalid_rows_plan, "E-ONLY-SEPARATORS") == [
        (17, "action_fields", "Pflichtwert fehlt.")
    ]


def test_a_coordinate_that_is_no_number_gets_one_error(invalid_rows_plan):
    # Both coordinates are given; "give both or neither" would send the editor astray.
    assert row_errors(invalid_rows_plan, "E-NUMBER") == [
        (23, "latitude", "„fünfzig“ ist keine Zahl.")
    ]


def test_the_valid_row_among_mistakes_passes(invalid_rows_plan):
    (valid,) = [row for row in invalid_rows_plan.rows if row.external_id == "OK-1"]
    assert (valid.row, valid.errors, valid.action) == (2, [], Action.CREATE)
    assert invalid_rows_plan.has_errors


def test_error_text_names_row_and_column(invalid_rows_plan):
    (error,) = [error for error in invalid_rows_plan.errors if error.row == 4]
    assert str(error) == (
        "Zeile 4, Spalte „email“: „info(at)caritas-aachen.de“ ist keine gültige E-Mail-Adresse."
    )


def test_too_long_values_are_rejected(directory):
    plan = plan_file("too_long.csv")

    assert [error for row in plan.rows[:4] for error in row_errors(plan, row.external_id)] == [
        (3, "external_id", "Zu lang: 101 Zeichen, höchstens 100."),
        (4, "title", "Zu lang: 287 Zeichen, höchstens 255."),
        (5, "postcode", "Zu lang: 18 Zeichen, höchstens 10."),
    ]


def test_values_longer_than_their_database_columns_are_rejected(directory):
    """EmailField(254), URLField(200) and Provider.name(255) are limits too.

    SQLite stores longer text silently; PostgreSQL aborts the whole import with
    a DataError instead of naming the row.
    """
    plan = plan_file("too_long.csv")

    assert [error for row in plan.rows[4:] for error in row_errors(plan, row.external_id)] == [
        (6, "email", "Zu lang: 262 Zeichen, höchstens 254."),
        (7, "website", "Zu lang: 230 Zeichen, höchstens 200."),
        (8, "provider", "Zu lang: 279 Zeichen, höchstens 255."),
    ]


def test_missing_required_column_is_named(directory):
    with pytest.raises(ImportFileError) as raised:
        plan_file("missing_column.csv")

    assert str(raised.value) == (
        "Pflichtspalten fehlen in der Kopfzeile: „provider“, „action_fields“ "
        "(unbekannte Spalten: Handlungsfeld)"
    )


UNREADABLE = [
    ("empty.csv", "Die Datei ist leer."),
    # What Excel writes for an empty sheet saved as "CSV UTF-8".
    ("bom_only.csv", "Die Datei ist leer."),
    ("brochure_renamed.csv", "Binärdaten"),
    ("offers_renamed.csv", "Die Datei ist eine Excel-Datei (XLSX), keine CSV-Datei."),
    ("not_a_workbook.xlsx", "Die Datei ist keine lesbare XLSX-Datei."),
    ("notes.ods", "Dateityp „.ods“ wird nicht unterstützt"),
    ("ragged.csv", "Zeile 2 hat mehr Zellen (5) als die Kopfzeile (4)."),
    ("duplicate_column.csv", "Die Spalte „title“ kommt doppelt vor („title“ und „Titel“)."),
]


@pytest.mark.parametrize(("name", "reason"), UNREADABLE, ids=[case[0] for case in UNREADABLE])
def test_unreadable_file_is_rejected_as_a_whole(name, reason):
    path = FIXTURES / name
    with pytest.raises(ImportFileError) as raised:
        read_table(path.read_bytes(), path.name)
    assert reason in str(raised.value)


@pytest.mark.parametrize("name", ["brochure_renamed.csv", "bom_only.csv", "notes.ods"])
def test_command_reports_an_unreadable_file_without_a_traceback(db, name):
    with pytest.raises(CommandError, match=rf"^{name}: "):
        run_command(str(FIXTURES / name))


def test_command_reports_a_missing_file(db, tmp_path):
    with pytest.raises(CommandError, match="Datei nicht gefunden"):
        run_command(str(tmp_path / "angebote.csv"))


def test_command_rejects_an_unknown_locale(directory):
    with pytest.raises(CommandError, match="Unbekannte Sprache „xx“"):
        run_command(str(FIXTURES / "dates.csv"), "--locale", "xx")


# 3. A rejected row stops the whole file, unless skipped ------------------------


def test_a_single_rejected_row_changes_nothing(directory):
    before = snapshot()
    plan = plan_file("mixed.csv")

    with pytest.raises(ImportRejected) as raised:
        OfferImporter().apply(plan, publish=True)

    assert str(raised.value) == "1 Zeile(n) abgelehnt; es wurde nichts geändert."
    assert snapshot() == before
    assert not OfferPage.objects.exists()
    assert not Provider.objects.filter(name="Nachbarschaftshilfe Forst e. V.").exists()


def test_command_lists_the_errors_and_changes_nothing(directory):
    before = snapshot()
    stdout, stderr = io.StringIO(), io.StringIO()

    with pytest.raises(CommandError, match="Fehler beheben oder --skip-invalid angeben"):
        call_command(
            "import_offers",
            str(FIXTURES / "mixed.csv"),
            "--publish",
            stdout=stdout,
            stderr=stderr,
            no_color=True,
        )

    assert stderr.getvalue() == (
        "Zeile 3, Spalte „email“: „info(at)sv06.de“ ist keine gültige E-Mail-Adresse.\n"
    )
    assert "Abgebrochen: 3 neu, 0 geändert, 0 unverändert, 1 abgelehnt" in stdout.getvalue()
    assert snapshot() == before


def test_skip_invalid_imports_the_valid_rows_only(directory):
    import_file("mixed.csv", skip_invalid=True)

    assert sorted(OfferPage.objects.values_list("external_id", flat=True)) == [
        "MIX-1",
        "MIX-3",
        "MIX-4",
    ]
    neighbours = Provider.objects.get(name="Nachbarschaftshilfe Forst e. V.")
    assert offer("MIX-1").provider == offer("MIX-3").provider == neighbours
    # The provider named only in the rejected row is not created.
    assert not Provider.objects.filter(name="Schwimmverein Aachen 06").exists()


def test_skip_invalid_reports_only_the_providers_it_creates(directory):
    stdout, stderr = run_command(str(FIXTURES / "mixed.csv"), "--skip-invalid")

    assert "Import abgeschlossen: 3 neu, 0 geändert, 0 unverändert, 1 abgelehnt" in stdout
    assert "Zeile 3, Spalte „email“" in stderr
    assert not Provider.objects.filter(name="Schwimmverein Aachen 06").exists()
    assert "Neue Träger: Nachbarschaftshilfe Forst e. V.\n" in stdout


# 4. A dry run changes nothing ----------------------------------------------------


@pytest.fixture
def evening_course(directory) -> OfferPage:
    """A live offer that batch.csv renames."""
    page = f.OfferPageFactory(
        parent=directory.offer_index,
        external_id="BATCH-1",
        title="Deutschkurs am Abend",
        summary="Montags und mittwochs.",
        provider=directory.caritas,
        action_fields=[directory.language_education],
    )
    page.save_revision().publish()
    return OfferPage.objects.get(pk=page.pk)


def test_planning_alone_writes_nothing(directory, evening_course):
    before = snapshot()

    plan = plan_file("batch.csv")

    assert plan.counts == {"create": 4, "update": 1, "unchanged": 0, "rejected": 0}
    assert plan.rows[0].changes == ["title", "summary"]
    assert plan.new_providers == ["Nachbarschaftshilfe Forst e. V.", "Verkehrswacht Aachen"]
    assert snapshot() == before


def test_dry_run_with_rejected_rows_fails_so_scripts_notice(directory):
    before = snapshot()
    with pytest.raises(CommandError, match="abgelehnt"):
        run_command(str(FIXTURES / "invalid_rows.csv"), "--dry-run")
    assert snapshot() == before


def test_publish_brings_out_offers_an_earlier_import_left_as_drafts(directory):
    drafts = import_file("batch.csv", publish=False)
    assert not OfferPage.objects.filter(live=True).exists()
    assert plan_file("batch.csv").counts["unchanged"] == len(drafts.rows)

    path = FIXTURES / "batch.csv"
    importer = OfferImporter()
    plan = importer.plan(read_table(path.read_bytes(), path.name), publish=True)
    assert plan.counts["update"] == len(drafts.rows)
    revisions = Revision.objects.count()
    importer.apply(plan, publish=True)
    assert OfferPage.objects.filter(live=True).count() == len(drafts.rows)
    assert Revision.objects.count() == revisions, "publishing reuses the draft revision"
    assert not OfferPage.objects.filter(has_unpublished_changes=True).exists()


def test_dry_run_command_writes_nothing(directory, evening_course):
    before = snapshot()

    stdout, _ = run_command(str(FIXTURES / "batch.csv"), "--dry-run", "--publish")

    assert "Probelauf – nichts geändert: 4 neu, 1 geändert, 0 unverändert, 0 abgelehnt" in stdout
    assert "Neue Träger: Nachbarschaftshilfe Forst e. V., Verkehrswacht Aachen" in stdout
    assert snapshot() == before
    assert offer("BATCH-1").title == "Deutschkurs am Abend"


# 5. All or nothing ------------------------------------------------------------------


def fail_on_call(monkeypatch, number: int) -> list[str]:
    """Make ``ChildPageCreator.add`` raise on its ``number``-th call; returns the titles seen."""
    original = ChildPageCreator.add
    seen: list[str] = []

    def add(self, page, **kwargs):
        seen.append(page.title)
        if len(seen) == number:
            raise RuntimeError("Festplatte voll")
        return original(self, page, **kwargs)

    monkeypatch.setattr(ChildPageCreator, "add", add)
    return seen


def test_failure_half_way_leaves_the_database_as_it_was(
    directory, evening_course, monkeypatch, django_capture_on_commit_callbacks
):
    seen = fail_on_call(monkeypatch, 3)
    before = snapshot()
    plan = plan_file("batch.csv")

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError, match="Festplatte voll"),
    ):
        OfferImporter().apply(plan, publish=True)

    # The update of BATCH-1 and two new offers were written before the failure.
    assert seen == ["Sprachcafé", "Hausaufgabenhilfe", "Zebrastreifenschule"]
    assert snapshot() == before
    assert callbacks == []
    live = OfferPage.objects.get(pk=evening_course.pk)
    assert (live.title, live.has_unpublished_changes) == ("Deutschkurs am Abend", False)
    assert list(OfferPage.objects.live().search("Sprachcafé")) == []


def test_failure_half_way_sends_no_offer_to_the_search_index(
    directory, evening_course, monkeypatch, search_recorder, django_capture_on_commit_callbacks
):
    fail_on_call(monkeypatch, 3)
    plan = plan_file("batch.csv")
    search_recorder.clear()

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        OfferImporter().apply(plan, publish=True)

    assert [entry for entry in search_recorder if entry[0] == "OfferPage"] == []


def test_failure_half_way_sends_no_provider_to_the_search_index(
    directory, evening_course, monkeypatch, search_recorder, django_capture_on_commit_callbacks
):
    """An external index (Elasticsearch) is not rolled back with the database."""
    fail_on_call(monkeypatch, 3)
    plan = plan_file("batch.csv")
    search_recorder.clear()

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        OfferImporter().apply(plan, publish=True)

    assert search_recorder == []


def test_offers_are_indexed_once_each_when_the_import_commits(
    directory, evening_course, search_recorder, django_capture_on_commit_callbacks
):
    search_recorder.clear()
    with django_capture_on_commit_callbacks() as callbacks:
        import_file("batch.csv")
        indexed_before_commit = [entry for entry in search_recorder if entry[0] == "OfferPage"]
    for callback in callbacks:
        callback()

    assert indexed_before_commit == []
    offers = sorted(OfferPage.objects.values_list("pk", flat=True))
    assert sorted(pk for model, pk in search_recorder if model == "OfferPage") == offers
    (found,) = OfferPage.objects.live().search("Zebrastreifenschule")
    assert found.external_id == "BATCH-4"
    assert (
        ReferenceIndex.get_references_for_object(found)
        .filter(to_object_id=str(found.provider_id))
        .exists()
    )


# 6. Upsert by external_id ---------------------------------------------------------


@pytest.fixture
def published(directory) -> SimpleNamespace:
    """Live offers: one upsert.csv renames, one it repeats, one it leaves out."""

    def make(external_id: str, title: str, action_field: ActionFieldPage) -> OfferPage:
        page = f.OfferPageFactory(
            parent=directory.offer_index,
            external_id=external_id,
            title=title,
            provider=directory.caritas,
            action_fields=[action_field],
        )
        page.save_revision().publish()
        return OfferPage.objects.get(pk=page.pk)

    return SimpleNamespace(
        renamed=make("UP-1", "Deutschkurs am Abend", directory.language_education),
        repeated=make("UP-2", "Beratung für Geflüchtete", directory.health),
        left_out=make("UP-9", "Alter Kurs", directory.work),
    )


def revisions_of(page: OfferPage) -> int:
    return Revision.page_revisions.filter(object_id=str(page.pk)).count()


def test_changed_offer_gets_one_revision_and_an_unchanged_one_none(directory, published):
    plan = import_file("upsert.csv", publish=True)

    assert [(row.external_id, row.action, row.changes) for row in plan.rows] == [
        ("UP-1", Action.UPDATE, ["title"]),
        ("UP-2", Action.UNCHANGED, []),
        ("UP-3", Action.CREATE, []),
    ]
    assert revisions_of(published.renamed) == 2
    assert revisions_of(published.repeated) == 1
    assert revisions_of(offer("UP-3")) == 1
    renamed = OfferPage.objects.get(pk=published.renamed.pk)
    assert renamed.title == "Deutschkurs am Abend (jetzt dienstags)"
    assert renamed.live_revision_id == renamed.latest_revision_id
    assert list(
        PageLogEntry.objects.filter(page=renamed, action__in=["wagtail.edit", "wagtail.publish"])
        .order_by("pk")
        .values_list("action", flat=True)
    ) == ["wagtail.publish", "wagtail.edit", "wagtail.publish"]


def test_second_import_of_the_same_file_changes_nothing(directory, published):
    path = str(FIXTURES / "upsert.csv")
    first, _ = run_command(path, "--publish")
    assert "Import abgeschlossen: 1 neu, 1 geändert, 1 unverändert, 0 abgelehnt" in first
    revisions, entries = Revision.objects.count(), PageLogEntry.objects.count()

    second, _ = run_command(path, "--publish")

    assert "Import abgeschlossen: 0 neu, 0 geändert, 3 unverändert, 0 abgelehnt" in second
    assert (Revision.objects.count(), PageLogEntry.objects.count()) == (revisions, entries)


def test_offers_missing_from_the_file_are_reported_and_kept(directory, published):
    plan = plan_file("upsert.csv")
    assert plan.missing == [published.left_out]

    stdout, _ = run_command(str(FIXTURES / "upsert.csv"), "--publish")

    assert "1 Angebot(e) fehlen in der Datei (nicht gelöscht): UP-9" in stdout
    left_out = OfferPage.objects.get(pk=published.left_out.pk)
    assert (left_out.live, left_out.title) == (True, "Alter Kurs")


def test_without_publish_new_offers_are_drafts_and_changes_wait_for_review(
    directory, published, client
):
    run_command(str(FIXTURES / "upsert.csv"))

    new = offer("UP-3")
    assert (new.live, new.has_unpublished_changes, new.live_revision_id) == (False, True, None)
    assert new.latest_revision.as_object().title == "Neues Elterncafé"
    assert client.get(new.url).status_code == 404

    renamed = OfferPage.objects.get(pk=published.renamed.pk)
    assert renamed.live is True
    assert renamed.has_unpublished_changes is True
    assert renamed.title == "Deutschkurs am Abend"  # live content unchanged
    assert renamed.live_revision_id == published.renamed.live_revision_id
    assert renamed.latest_revision_id != renamed.live_revision_id
    assert renamed.get_latest_revision_as_object().title == "Deutschkurs am Abend (jetzt dienstags)"
    html = client.get(renamed.url).content.decode()
    assert "Deutschkurs am Abend" in html
    assert "jetzt dienstags" not in html
    # The draft is what the next import compares with.
    assert plan_file("upsert.csv").counts == {
        "create": 0,
        "update": 0,
        "unchanged": 3,
        "rejected": 0,
    }


def test_publish_publishes_new_and_changed_offers(directory, published, client):
    run_command(str(FIXTURES / "upsert.csv"), "--publish")

    new = offer("UP-3")
    assert (new.live, new.has_unpublished_changes) == (True, False)
    assert new.live_revision_id == new.latest_revision_id
    renamed = OfferPage.objects.get(pk=published.renamed.pk)
    assert (renamed.live, renamed.has_unpublished_changes) == (True, False)
    assert renamed.title == "Deutschkurs am Abend (jetzt dienstags)"
    assert "jetzt dienstags" in client.get(renamed.url).content.decode()
    assert client.get(new.url).status_code == 200


def test_unknown_provider_is_created_once(directory):
    plan = import_file("new_providers.csv")

    assert plan.new_providers == ["Nachbarschaftshilfe Forst e. V."]
    neighbours = Provider.objects.get(name="Nachbarschaftshilfe Forst e. V.")
    assert (neighbours.slug, neighbours.locale.language_code) == (
        "nachbarschaftshilfe-forst-e-v",
        "de",
    )
    assert Provider.objects.count() == 3
    assert {offer(f"NP-{n}").provider for n in (1, 2, 3)} == {neighbours}
    assert offer("NP-4").provider == directory.vhs


def test_new_providers_are_named_as_the_import_reports_them(directory):
    plan = import_file("provider_spellings.csv")

    created = set(
        Provider.objects.exclude(slug__in=["caritas", "vhs"]).values_list("name", flat=True)
    )
    assert created == set(plan.new_providers)


def test_one_provider_spelled_differently_becomes_one_provider(directory):
    """Matching ignores case and accents ("Café", "Cafe", "café"), so creating must too."""
    import_file("provider_spellings.csv")

    assert Provider.objects.count() == 3
    assert offer("PS-1").provider == offer("PS-2").provider == offer("PS-3").provider
    # Otherwise the next import of the same file "changes" the offers.
    assert plan_file("provider_spellings.csv").counts["unchanged"] == 3


# 7. ChildPageCreator leaves what Wagtail's own path leaves -------------------------

# Revision content that differs by nature between two pages created one after the other.
PER_PAGE_KEYS = {
    "pk",
    "path",
    "slug",
    "url_path",
    "external_id",
    "translation_key",
    "latest_revision_created_at",
    "first_published_at",
    "last_published_at",
}


def references(page: OfferPage) -> set[tuple[int, str, str]]:
    return set(
        ReferenceIndex.get_references_for_object(page).values_list(
            "to_content_type_id", "to_object_id", "model_path"
        )
    )


def test_imported_offer_equals_one_created_the_wagtail_way(
    directory, client, django_capture_on_commit_callbacks
):
    index = directory.offer_index
    published_signals: list[int] = []

    def on_published(sender, instance, revision, **kwargs):
        published_signals.append(instance.pk)

    page_published.connect(on_published)
    try:
        plan = plan_file("german_headers.csv")
        (row,) = plan.rows
        values, relations = dict(row.values), dict(row.relations)
        with django_capture_on_commit_callbacks(execute=True):
            OfferImporter().apply(plan, publish=True)
        assert Page.objects.get(pk=index.pk).numchild == 1

        # The same data the way the admin's "Publish" button creates a page.
        by_hand = OfferPage(**{**values, "external_id": "DE-1-WAGTAIL"})
        for name, terms in relations.items():
            getattr(by_hand, name).set(terms)
        index.add_child(instance=by_hand)
        by_hand.save_revision(log_action=True).publish()
    finally:
        page_published.disconnect(on_published)

    imported, by_hand = offer("DE-1"), offer("DE-1-WAGTAIL")
    assert published_signals == [imported.pk, by_hand.pk]
    index = Page.objects.get(pk=index.pk)
    assert index.numchild == 2 == index.get_children().count()
    assert Page.find_problems() == ([], [], [], [], [])

    for page in (imported, by_hand):
        assert (page.live, page.has_unpublished_changes) == (True, False)
        assert page.live_revision_id == page.latest_revision_id is not None
        assert page.first_published_at is not None
        assert page.last_published_at is not None
        assert page.latest_revision_created_at is not None
        assert page.depth == index.depth + 1
        assert page.locale_id == index.locale_id
        assert page.url_path == f"{index.url_path}{page.slug}/"
        assert page.draft_title == page.title
        assert page.get_parent().pk == index.pk
        assert set(PageLogEntry.objects.filter(page=page).values_list("action", flat=True)) >= {
            "wagtail.create",
            "wagtail.publish",
        }
        publish_entry = PageLogEntry.objects.get(page=page, action="wagtail.publish")
        assert publish_entry.revision_id == page.live_revision_id
        assert publish_entry.content_type_id == page.content_type_id
        assert publish_entry.label == page.title
        response = client.get(page.url)
        assert response.status_code == 200
        assert "Integrationskurs mit Kinderbetreuung" in response.content.decode()
        assert (
            ReferenceIndex.get_references_for_object(page)
            .filter(to_object_id=str(page.provider_id), model_path="provider")
            .exists()
        )

    assert imported.slug == "integrationskurs-mit-kinderbetreuung"
    assert by_hand.slug == "integrationskurs-mit-kinderbetreuung-2"
    assert references(imported) == references(by_hand)
    imported_content = imported.latest_revision.content
    by_hand_content = by_hand.latest_revision.content
    assert {k: v for k, v in imported_content.items() if k not in PER_PAGE_KEYS} == {
        k: v for k, v in by_hand_content.items() if k not in PER_PAGE_KEYS
    }
    for name in ("content_type", "base_content_type", "object_str", "user"):
        assert getattr(imported.latest_revision, name) == getattr(by_hand.latest_revision, name)
    field_names = [field.attname for field in OfferPage._meta.concrete_fields]
    differing = {name for name in field_names if getattr(imported, name) != getattr(by_hand, name)}
    assert differing <= PER_PAGE_KEYS | {
        "id",
        "page_ptr_id",
        "latest_revision_id",
        "live_revision_id",
    }
    assert {
        name: sorted(term.pk for term in getattr(imported, name).all()) for name in relations
    } == {name: sorted(term.pk for term in getattr(by_hand, name).all()) for name in relations}
    found = OfferPage.objects.live().search("Kinderbetreuung")
    assert {page.pk for page in found} == {imported.pk, by_hand.pk}


def test_new_offers_get_free_slugs_like_wagtail_gives_them(directory):
    index = directory.offer_index
    f.OfferPageFactory(parent=index, title="Sprachcafé", slug="sprachcafé", external_id="OLD")

    import_file("new_providers.csv")

    assert offer("NP-1").slug == "sprachcafé-2"
    by_hand = OfferPage(
        title="Sprachcafé",
        external_id="BY-HAND",
        provider=directory.caritas,
    )
    index = Page.objects.get(pk=index.pk)
    index.add_child(instance=by_hand)
    assert by_hand.slug == "sprachcafé-3"
    assert [page.title for page in index.get_children()] == [
        "Sprachcafé",
        "Sprachcafé",
        "Hausaufgabenhilfe",
        "Nähcafé",
        "Bewerbungscafé",
        "Sprachcafé",
    ]
    assert Page.objects.get(pk=index.pk).numchild == 6
    assert Page.find_problems() == ([], [], [], [], [])


def test_draft_import_leaves_what_saving_a_draft_leaves(directory):
    import_file("new_providers.csv", publish=False)

    for page in OfferPage.objects.all():
        assert (page.live, page.has_unpublished_changes) == (False, True)
        assert page.live_revision_id is None
        assert page.first_published_at is None and page.last_published_at is None
        assert page.latest_revision.as_object().title == page.title
        actions = set(PageLogEntry.objects.filter(page=page).values_list("action", flat=True))
        assert "wagtail.create" in actions
        assert "wagtail.publish" not in actions
