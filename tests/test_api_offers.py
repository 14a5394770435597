"""``/api/v2/offers/``: filters, facets, search, distance, order, pages, detail, bad input.

Most tests run against five planted offers, few enough to count by hand
(flags: F free, W wheelchair accessible, C childcare, R registration required):

===  ========================  ==============  ======  =====  ======  =======  =====
key  title                     action fields   groups  langs  distr.  provider flags
===  ========================  ==============  ======  =====  ======  =======  =====
1    Deutschkurs für Frauen    sprache         frauen  de ar  mitte   caritas  F W C
2    Bewerbungstraining        arbeit          jugend  de     ost     awo      R
3    Elterncafé                sprache wohnen  frauen  ar fa  mitte   awo      F W
4    Wohnungssuche …           wohnen          –       fa     –       caritas  F
5    Sprachcafé International  sprache         jugend  de     ost     caritas  F
===  ========================  ==============  ======  =====  ======  =======  =====

Offer 1 stands at the Markt, 3 about 0.6 km and 2 about 2 km from it, 4 in
Düren (about 28 km); 5 has no coordinates.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from integration import factories as f
from integration.models import (
    ActionFieldPage,
    IntegrationConceptPage,
    Language,
    OfferIndexPage,
    OfferPage,
)
from tests.conftest import make_site_root

pytestmark = pytest.mark.django_db

MARKT = "50.776351,6.083862"


@pytest.fixture(autouse=True)
def empty_cache():
    """API responses are cached per content version, which tests do not bump."""
    cache.clear()
    yield
    cache.clear()


def get(client, url: str, params: dict | None = None, status: int = 200) -> dict:
    response = client.get(url, params or {})
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def listing(client, **params) -> dict:
    return get(client, "/api/v2/offers/", params)


def facet(data: dict, name: str) -> dict:
    return {row["value"]: row["count"] for row in data["facets"][name]}


@dataclass
class Directory:
    """The planted concept, its action fields, the offer index and offers 1–5."""

    concept_pk: int
    index_pk: int
    action_field_pks: dict[str, int]
    offers: dict[int, OfferPage]


def plant() -> Directory:
    site_root = make_site_root()
    concept = f.IntegrationConceptPageFactory(parent=site_root)
    action_fields = {
        code: f.ActionFieldPageFactory(parent=concept, code=code, title=title)
        for code, title in (
            ("sprache", "Sprache und Bildung"),
            ("arbeit", "Arbeit und Beruf"),
            ("wohnen", "Wohnen"),
        )
    }
    offer_index = f.OfferIndexPageFactory(parent=site_root)
    groups = {
        slug: f.TargetGroupFactory(name=name, slug=slug)
        for slug, name in (("frauen", "Frauen"), ("jugend", "Jugendliche"))
    }
    districts = {
        slug: f.DistrictFactory(name=name, slug=slug)
        for slug, name in (("mitte", "Innenstadt"), ("ost", "Aachen-Ost"))
    }
    providers = {
        slug: f.ProviderFactory(name=name, slug=slug)
        for slug, name in (("caritas", "Caritas"), ("awo", "AWO"))
    }
    languages = {language.code: language for language in Language.objects.all()}

    def offer(title, fields, group_slugs, codes, district, provider, lat, lon, **extra):
        return f.OfferPageFactory(
            parent=offer_index,
            title=title,
            action_fields=[action_fields[code] for code in fields],
            target_groups=[groups[slug] for slug in group_slugs],
            languages=[languages[code] for code in codes],
            district=districts[district] if district else None,
            provider=providers[provider],
            latitude=None if lat is None else Decimal(lat),
            longitude=None if lon is None else Decimal(lon),
            **extra,
        )

    offers = {
        1: offer(
            "Deutschkurs für Frauen",
            ["sprache"],
            ["frauen"],
            ["de", "ar"],
            "mitte",
            "caritas",
            "50.776351",
            "6.083862",
            summary="Sprachkurs mit Kinderbetreuung am Vormittag",
            wheelchair_accessible=True,
            childcare_available=True,
            last_reviewed_on=datetime.date(2026, 1, 10),
        ),
        2: offer(
            "Bewerbungstraining",
            ["arbeit"],
            ["jugend"],
            ["de"],
            "ost",
            "awo",
            "50.776351",
            "6.112000",
            summary="Lebenslauf und Vorstellungsgespräch üben",
            is_free=False,
            cost_note="20 Euro",
            registration_required=True,
            last_reviewed_on=datetime.date(2025, 6, 1),
        ),
        3: offer(
            "Elterncafé",
            ["sprache", "wohnen"],
            ["frauen"],
            ["ar", "fa"],
            "mitte",
            "awo",
            "50.780000",
            "6.090000",
            summary="Treffpunkt für Eltern aus aller Welt",
            wheelchair_accessible=True,
            last_reviewed_on=datetime.date(2026, 3, 1),
        ),
        4: offer(
            "Wohnungssuche leicht gemacht",
            ["wohnen"],
            [],
            ["fa"],
            None,
            "caritas",
            "50.800000",
            "6.480000",
            summary="Beratung zu Mietvertrag und Wohnberechtigungsschein",
            last_reviewed_on=None,
        ),
        5: offer(
            "Sprachcafé International",
            ["sprache"],
            ["jugend"],
            ["de"],
            "ost",
            "caritas",
            None,
            None,
            summary="Gespräche in gemütlicher Runde",
            last_reviewed_on=datetime.date(2024, 12, 1),
        ),
    }
    return Directory(
        concept_pk=concept.pk,
        index_pk=offer_index.pk,
        action_field_pks={code: page.pk for code, page in action_fields.items()},
        offers=offers,
    )


@pytest.fixture(scope="module")
def planted(django_db_setup, django_db_blocker):
    """Planted once for the module, in a transaction rolled back after its last test.

    Each test runs in a savepoint inside it, so what a test adds or publishes
    is gone before the next one.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield plant()
        transaction.set_rollback(True)


@pytest.fixture
def directory(planted) -> dict[int, OfferPage]:
    """Offers 1–5, fresh from the database (a test may change them)."""
    fresh = OfferPage.objects.in_bulk([offer.pk for offer in planted.offers.values()])
    return {key: fresh[offer.pk] for key, offer in planted.offers.items()}


@pytest.fixture
def concept(planted) -> IntegrationConceptPage:
    return IntegrationConceptPage.objects.get(pk=planted.concept_pk)


@pytest.fixture
def action_fields(planted) -> dict[str, ActionFieldPage]:
    pages = ActionFieldPage.objects.in_bulk(planted.action_field_pks.values())
    return {code: pages[pk] for code, pk in planted.action_field_pks.items()}


@pytest.fixture
def offer_index(planted) -> OfferIndexPage:
    return OfferIndexPage.objects.get(pk=planted.index_pk)


def keys(data: dict, directory: dict[int, OfferPage]) -> list[int]:
    """The planted keys of a listing's items, in their order."""
    by_pk = {offer.pk: key for key, offer in directory.items()}
    return [by_pk[item["id"]] for item in data["items"]]


# Filters ------------------------------------------------------------------


def test_without_filters_every_offer_is_listed_by_title(client, directory):
    data = listing(client)

    assert keys(data, directory) == [2, 1, 3, 5, 4]
    assert data["meta"]["total_count"] == 5
    assert data["meta"]["order"] == "title"
    assert data["meta"]["locale"] == {"code": "de", "direction": "ltr"}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"action_field": "arbeit"}, [2]),
        ({"action_field": "sprache"}, [1, 3, 5]),
        ({"target_group": "frauen"}, [1, 3]),
        ({"language": "fa"}, [3, 4]),
        ({"district": "ost"}, [2, 5]),
        ({"provider": "caritas"}, [1, 5, 4]),
    ],
)
def test_each_filter_alone(client, directory, params, expected):
    data = listing(client, **params)

    assert keys(data, directory) == expected
    assert data["meta"]["total_count"] == len(expected)


@pytest.mark.parametrize(
    "query",
    ["action_field=arbeit,wohnen", "action_field=arbeit&action_field=wohnen"],
)
def test_several_values_of_one_filter_match_any_of_them(client, directory, query):
    data = get(client, f"/api/v2/offers/?{query}")

    assert keys(data, directory) == [2, 3, 4]


def test_an_offer_matching_several_values_is_listed_once(client, directory):
    data = listing(client, language="de,ar")

    assert keys(data, directory) == [2, 1, 3, 5]
    assert data["meta"]["total_count"] == 4


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"action_field": "sprache", "provider": "caritas"}, [1, 5]),
        ({"language": "de,fa", "district": "mitte"}, [1, 3]),
        ({"action_field": "sprache,arbeit", "target_group": "jugend"}, [2, 5]),
        ({"target_group": "jugend", "language": "ar"}, []),
    ],
)
def test_filters_of_different_dimensions_must_all_match(client, directory, params, expected):
    data = listing(client, **params)

    assert keys(data, directory) == expected
    assert data["meta"]["total_count"] == len(expected)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"free": "true"}, [1, 3, 5, 4]),
        ({"free": "false"}, [2]),
        ({"free": "no"}, [2]),
        ({"wheelchair_accessible": "true"}, [1, 3]),
        ({"wheelchair_accessible": "0"}, [2, 5, 4]),
        ({"childcare": "yes"}, [1]),
        ({"registration_required": "1"}, [2]),
        ({"free": "true", "wheelchair_accessible": "true"}, [1, 3]),
        ({"free": "true", "action_field": "wohnen"}, [3, 4]),
    ],
)
def test_yes_no_filters(client, directory, params, expected):
    assert keys(listing(client, **params), directory) == expected


# Distance -----------------------------------------------------------------


def test_near_lists_offers_within_ten_kilometres_nearest_first(client, directory):
    data = listing(client, near=MARKT)

    assert keys(data, directory) == [1, 3, 2]
    assert data["meta"]["order"] == "distance"
    distances = [item["distance_km"] for item in data["items"]]
    assert distances[0] == 0
    assert 0.4 < distances[1] < 0.8
    assert 1.8 < distances[2] < 2.2


def test_radius_km_narrows_the_circle(client, directory):
    assert keys(listing(client, near=MARKT, radius_km="1"), directory) == [1, 3]
    assert keys(listing(client, near=MARKT, radius_km="50"), directory) == [1, 3, 2, 4]


def test_near_with_another_order_still_leaves_out_what_is_outside(client, directory):
    data = listing(client, near=MARKT, order="title")

    assert keys(data, directory) == [2, 1, 3]
    assert all("distance_km" in item for item in data["items"])


def test_order_distance_explicitly(client, directory):
    data = listing(client, near="50.7763,6.1120", order="distance", radius_km="5")

    assert keys(data, directory) == [2, 3, 1]


def test_items_have_no_distance_without_near(client, directory):
    data = listing(client)

    assert not any("distance_km" in item for item in data["items"])


# Full text ----------------------------------------------------------------


def test_q_finds_a_word_of_the_summary(client, directory):
    data = listing(client, q="Kinderbetreuung")

    assert keys(data, directory) == [1]
    assert data["meta"]["order"] == "relevance"


def test_q_finds_a_word_of_the_title(client, directory):
    assert keys(listing(client, q="Bewerbungstraining"), directory) == [2]


def test_q_orders_by_relevance(client, directory, offer_index, action_fields):
    # Title order would put "Offener Treff" first; the word in the title of a
    # short offer ranks it above a long text that mentions it once.
    strong = f.OfferPageFactory(
        parent=offer_index,
        title="Treffpunkt Nähen",
        summary="Nähen für alle",
        action_fields=[action_fields["wohnen"]],
    )
    weak = f.OfferPageFactory(
        parent=offer_index,
        title="Offener Treff",
        summary=(
            "Ein offener Treff im Stadtteil mit Kaffee, Gesprächen, Spielen für "
            "Kinder, Hausaufgabenhilfe, Beratung und manchmal auch Nähen."
        ),
        action_fields=[action_fields["wohnen"]],
    )
    data = listing(client, q="Nähen")

    assert data["meta"]["order"] == "relevance"
    assert [item["id"] for item in data["items"]] == [strong.pk, weak.pk]
    assert [item["id"] for item in listing(client, q="Nähen", order="title")["items"]] == [
        weak.pk,
        strong.pk,
    ]


def test_q_combines_with_filters(client, directory):
    assert keys(listing(client, q="Sprachkurs", district="ost"), directory) == []
    assert keys(listing(client, q="Sprachkurs", district="mitte"), directory) == [1]


def test_q_with_order_title(client, directory):
    data = listing(client, q="für", order="title")

    assert keys(data, directory) == [1, 3]


# Updated since, order, pages ---------------------------------------------


def test_updated_since(client, directory):
    moments = {
        1: datetime.datetime(2026, 1, 2, 9, 0, tzinfo=datetime.UTC),
        2: datetime.datetime(2025, 1, 2, 9, 0, tzinfo=datetime.UTC),
        3: datetime.datetime(2025, 12, 31, 23, 30, tzinfo=datetime.UTC),
    }
    for key, moment in moments.items():
        OfferPage.objects.filter(pk=directory[key].pk).update(last_published_at=moment)

    assert keys(listing(client, updated_since="2025-06-01"), directory) == [1, 3]
    assert keys(listing(client, updated_since="2026-01-01T00:00:00Z"), directory) == [1]
    # In Aachen 2026-01-01T00:00 is 2025-12-31T23:00Z: offer 3 came after it.
    assert keys(listing(client, updated_since="2026-01-01T00:00:00+01:00"), directory) == [1, 3]
    assert keys(listing(client, updated_since="2027-01-01"), directory) == []


def test_order_by_last_review_newest_first_never_reviewed_last(client, directory):
    data = listing(client, order="-last_reviewed_on")

    assert keys(data, directory) == [3, 1, 2, 5, 4]
    assert data["meta"]["order"] == "-last_reviewed_on"


def test_limit_and_offset(client, directory):
    pages = [listing(client, limit=2, offset=offset) for offset in (0, 2, 4, 6)]

    assert [keys(page, directory) for page in pages] == [[2, 1], [3, 5], [4], []]
    assert {page["meta"]["total_count"] for page in pages} == {5}
    assert [(page["meta"]["limit"], page["meta"]["offset"]) for page in pages] == [
        (2, 0),
        (2, 2),
        (2, 4),
        (2, 6),
    ]


def test_default_limit_is_twenty_and_a_hundred_is_allowed(
    client, directory, offer_index, action_fields
):
    for _ in range(20):
        f.OfferPageFactory(parent=offer_index, action_fields=[action_fields["arbeit"]])

    assert len(listing(client)["items"]) == 20
    assert len(listing(client, limit=100)["items"]) == 25
    assert listing(client)["meta"]["total_count"] == 25


# Facets -------------------------------------------------------------------


def test_facets_without_filters_count_every_offer(client, directory):
    data = listing(client)

    assert facet(data, "action_field") == {"sprache": 3, "wohnen": 2, "arbeit": 1}
    assert facet(data, "target_group") == {"frauen": 2, "jugend": 2}
    assert facet(data, "language") == {"de": 3, "ar": 2, "fa": 2}
    assert facet(data, "district") == {"mitte": 2, "ost": 2}
    assert facet(data, "provider") == {"caritas": 3, "awo": 2}
    assert facet(data, "free") == {True: 4, False: 1}
    assert facet(data, "wheelchair_accessible") == {True: 2, False: 3}
    assert facet(data, "childcare") == {True: 1, False: 4}
    assert facet(data, "registration_required") == {True: 1, False: 4}


def test_each_facet_applies_every_other_filter(client, directory):
    data = listing(client, action_field="sprache", language="ar")

    assert keys(data, directory) == [1, 3]
    # Offers in Arabic (1, 3), whatever their action field.
    assert facet(data, "action_field") == {"sprache": 2, "wohnen": 1}
    # Offers in "sprache" (1, 3, 5), whatever their language.
    assert facet(data, "language") == {"de": 2, "ar": 2, "fa": 1}
    # Both filters apply to the other dimensions.
    assert facet(data, "target_group") == {"frauen": 2}
    assert facet(data, "district") == {"mitte": 2}
    assert facet(data, "provider") == {"caritas": 1, "awo": 1}
    assert facet(data, "free") == {True: 2, False: 0}
    assert facet(data, "wheelchair_accessible") == {True: 2, False: 0}


def test_a_yes_no_facet_ignores_its_own_filter(client, directory):
    data = listing(client, free="false", district="ost")

    assert keys(data, directory) == [2]
    assert facet(data, "free") == {True: 1, False: 1}
    assert facet(data, "district") == {"ost": 1}
    assert facet(data, "registration_required") == {True: 1, False: 0}


def test_yes_no_facets_count_each_offer_once_under_a_multi_value_filter(client, directory):
    """Offer 1 is in German and Arabic; joined twice, it must still count once."""
    data = listing(client, language="de,ar")

    assert data["meta"]["total_count"] == 4
    assert facet(data, "free") == {True: 3, False: 1}
    assert facet(data, "childcare") == {True: 1, False: 3}


def test_a_filtered_yes_no_facet_counts_each_offer_once_too(client, directory):
    data = listing(client, language="de,ar", registration_required="false")

    assert data["meta"]["total_count"] == 3
    assert facet(data, "registration_required") == {True: 1, False: 3}


def test_facets_follow_near_and_q(client, directory):
    assert facet(listing(client, near=MARKT, radius_km="1"), "district") == {"mitte": 2}
    assert facet(listing(client, q="Sprachkurs"), "action_field") == {"sprache": 1}


def test_facet_entries_have_labels(client, directory):
    data = listing(client)

    rows = {row["value"]: row for row in data["facets"]["action_field"]}
    assert rows["arbeit"] == {"value": "arbeit", "label": "Arbeit und Beruf", "count": 1}
    languages = {row["value"]: row["label"] for row in data["facets"]["language"]}
    assert languages["ar"] == "العربية"
    districts = {row["value"]: row["label"] for row in data["facets"]["district"]}
    assert districts == {"mitte": "Innenstadt", "ost": "Aachen-Ost"}


# Labels and items in the requested locale -------------------------------------


@pytest.fixture
def english(directory, action_fields, locale_en):
    """The action field "sprache" and offer 1 translated into English and published."""
    field = action_fields["sprache"].copy_for_translation(locale_en, copy_parents=True)
    field.title = "Language and education"
    field.save_revision().publish()
    offer = directory[1].copy_for_translation(locale_en, copy_parents=True)
    offer.title = "German course for women"
    offer.save_revision().publish()
    return OfferPage.objects.get(pk=offer.pk)


def test_english_listing_has_english_labels(client, directory, english):
    data = listing(client, locale="en", fallback="true")

    by_key = {item["id"]: item for item in data["items"]}
    assert by_key[english.pk]["title"] == "German course for women"
    assert by_key[english.pk]["action_fields"] == [
        {"code": "sprache", "title": "Language and education"}
    ]
    assert by_key[directory[5].pk]["action_fields"] == [
        {"code": "sprache", "title": "Language and education"}
    ]
    # Untranslated action fields keep their German title.
    assert by_key[directory[2].pk]["action_fields"] == [
        {"code": "arbeit", "title": "Arbeit und Beruf"}
    ]
    labels = {row["value"]: row["label"] for row in data["facets"]["action_field"]}
    assert labels == {
        "sprache": "Language and education",
        "wohnen": "Wohnen",
        "arbeit": "Arbeit und Beruf",
    }
    assert data["meta"]["locale"] == {"code": "en", "direction": "ltr"}


def test_german_listing_keeps_german_labels(client, directory, english):
    data = listing(client)

    labels = {row["value"]: row["label"] for row in data["facets"]["action_field"]}
    assert labels["sprache"] == "Sprache und Bildung"
    assert data["items"][1]["action_fields"][0]["title"] == "Sprache und Bildung"


# Fallback -----------------------------------------------------------------


def test_english_listing_without_fallback_has_only_english_offers(client, directory, english):
    data = listing(client, locale="en")

    assert [item["id"] for item in data["items"]] == [english.pk]
    assert data["items"][0]["fallback"] is False
    assert data["items"][0]["locale"] == "en"
    assert data["meta"]["total_count"] == 1


def test_fallback_adds_german_offers_without_english_translation(client, directory, english):
    data = listing(client, locale="en", fallback="true")

    by_id = {item["id"]: item for item in data["items"]}
    assert set(by_id) == {english.pk} | {directory[key].pk for key in (2, 3, 4, 5)}
    assert directory[1].pk not in by_id  # its translation stands in for it
    assert by_id[english.pk]["fallback"] is False
    assert {by_id[directory[key].pk]["fallback"] for key in (2, 3, 4, 5)} == {True}
    assert {by_id[directory[key].pk]["locale"] for key in (2, 3, 4, 5)} == {"de"}
    assert data["meta"]["total_count"] == 5
    assert facet(data, "action_field")["sprache"] == 3


def test_fallback_in_the_source_locale_changes_nothing(client, directory, english):
    data = listing(client, locale="de", fallback="true")

    assert keys(data, directory) == [2, 1, 3, 5, 4]
    assert {item["fallback"] for item in data["items"]} == {False}


def test_fallback_after_the_translation_is_unpublished(client, directory, english):
    english.unpublish()

    data = listing(client, locale="en", fallback="true")

    assert directory[1].pk in [item["id"] for item in data["items"]]
    assert english.pk not in [item["id"] for item in data["items"]]


# Detail -------------------------------------------------------------------


def test_detail_has_every_field(client, directory, concept):
    offer = directory[1]
    offer.description = (
        f'<p>Teil des <a linktype="page" id="{concept.pk}">Integrationskonzepts</a>.</p>'
    )
    offer.contact_name = "Frau Yilmaz"
    offer.email = "kurse@caritas.example.org"
    offer.phone = "0241 12345"
    offer.website = "https://caritas.example.org/kurse"
    offer.schedule = "Dienstags 9–11 Uhr"
    offer.save_revision().publish()

    data = get(client, f"/api/v2/offers/{offer.pk}/")

    assert data["id"] == offer.pk
    assert data["title"] == "Deutschkurs für Frauen"
    assert data["locale"] == "de"
    assert data["fallback"] is False
    assert data["url"] == offer.get_url()
    assert "linktype=" not in data["description"]
    assert f'href="{concept.get_url()}"' in data["description"]
    assert data["contact"] == {
        "name": "Frau Yilmaz",
        "email": "kurse@caritas.example.org",
        "phone": "0241 12345",
        "website": "https://caritas.example.org/kurse",
    }
    assert data["provider"] == {"slug": "caritas", "name": "Caritas"}
    assert data["district"] == {"slug": "mitte", "name": "Innenstadt"}
    assert data["target_groups"] == [{"slug": "frauen", "name": "Frauen"}]
    assert data["action_fields"] == [{"code": "sprache", "title": "Sprache und Bildung"}]
    assert data["languages"] == ["ar", "de"]
    assert data["location"] == {"lat": 50.776351, "lon": 6.083862}
    assert data["schedule"] == "Dienstags 9–11 Uhr"
    assert data["cost"] == {"free": True, "note": ""}
    assert data["childcare_available"] is True
    assert data["last_reviewed_on"] == "2026-01-10"
    assert data["translations"] == {"de": offer.pk}


def test_listing_items_leave_out_description_and_contact(client, directory):
    item = listing(client)["items"][0]

    assert "description" not in item
    assert "contact" not in item


def test_detail_in_english_returns_the_translation(client, directory, english):
    data = get(client, f"/api/v2/offers/{directory[1].pk}/", {"locale": "en"})

    assert data["id"] == english.pk
    assert data["title"] == "German course for women"
    assert data["locale"] == "en"
    assert data["fallback"] is False
    assert data["action_fields"] == [{"code": "sprache", "title": "Language and education"}]
    assert data["translations"] == {"de": directory[1].pk, "en": english.pk}


def test_detail_of_the_translation_in_german_returns_the_source(client, directory, english):
    data = get(client, f"/api/v2/offers/{english.pk}/", {"locale": "de"})

    assert data["id"] == directory[1].pk


def test_detail_without_translation_is_not_found(client, directory, locale_en):
    data = get(client, f"/api/v2/offers/{directory[2].pk}/", {"locale": "en"}, status=404)

    assert set(data["errors"]) == {"detail"}


def test_detail_without_translation_with_fallback(client, directory, locale_en):
    data = get(client, f"/api/v2/offers/{directory[2].pk}/", {"locale": "en", "fallback": "true"})

    assert data["id"] == directory[2].pk
    assert data["locale"] == "de"
    assert data["fallback"] is True


def test_unknown_offer_is_a_json_404(client, directory):
    unknown = max(offer.pk for offer in directory.values()) + 1000

    data = get(client, f"/api/v2/offers/{unknown}/", status=404)

    assert set(data["errors"]) == {"detail"}


def test_detail_of_a_page_that_is_no_offer_is_a_404(client, directory, concept):
    get(client, f"/api/v2/offers/{concept.pk}/", status=404)


# Bad input ----------------------------------------------------------------


def errors_of(client, url: str, params=None) -> dict:
    return get(client, url, params, status=400)["errors"]


def test_every_bad_parameter_is_named_at_once(client, directory):
    errors = errors_of(
        client,
        "/api/v2/offers/",
        {
            "action_field": "nope",
            "language": "xx",
            "near": "abc",
            "limit": "101",
            "offset": "-1",
            "locale": "xx",
            "colour": "red",
            "updated_since": "garbage",
            "free": "maybe",
            "order": "price",
        },
    )

    assert set(errors) == {
        "action_field",
        "language",
        "near",
        "limit",
        "offset",
        "locale",
        "colour",
        "updated_since",
        "free",
        "order",
    }
    assert "nope" in errors["action_field"]
    assert "xx" in errors["locale"]


def test_distance_and_radius_need_near(client, directory):
    errors = errors_of(client, "/api/v2/offers/", {"order": "distance", "radius_km": "5"})

    assert set(errors) == {"order", "radius_km"}


@pytest.mark.parametrize(
    ("params", "bad"),
    [
        ({"action_field": "nope"}, "action_field"),
        ({"action_field": "sprache,nope"}, "action_field"),
        ({"target_group": "nope"}, "target_group"),
        ({"district": "nope"}, "district"),
        ({"provider": "nope"}, "provider"),
        ({"language": "klingonisch"}, "language"),
        ({"near": "abc"}, "near"),
        ({"near": "91,0"}, "near"),
        ({"near": "0,181"}, "near"),
        ({"near": "50.7"}, "near"),
        ({"near": "50.7,6.0,1"}, "near"),
        ({"near": "nan,nan"}, "near"),
        ({"near": MARKT, "radius_km": "0"}, "radius_km"),
        ({"near": MARKT, "radius_km": "101"}, "radius_km"),
        ({"near": MARKT, "radius_km": "weit"}, "radius_km"),
        ({"limit": "101"}, "limit"),
        ({"limit": "0"}, "limit"),
        ({"limit": "zehn"}, "limit"),
        ({"offset": "-1"}, "offset"),
        ({"locale": "xx"}, "locale"),
        ({"colour": "red"}, "colour"),
        ({"order": "random"}, "order"),
        ({"order": "distance"}, "order"),
        ({"order": "relevance"}, "order"),
        ({"radius_km": "5"}, "radius_km"),
        ({"updated_since": "garbage"}, "updated_since"),
        ({"updated_since": "gestern"}, "updated_since"),
        ({"free": "vielleicht"}, "free"),
        ({"q": "x" * 201}, "q"),
    ],
)
def test_a_bad_parameter_is_a_400_naming_it(client, directory, params, bad):
    assert list(errors_of(client, "/api/v2/offers/", params)) == [bad]


@pytest.mark.parametrize(
    "query",
    ["limit=5&limit=6", f"near={MARKT}&near={MARKT}", "locale=de&locale=en", "free=1&free=0"],
)
def test_a_single_value_parameter_given_twice_is_a_400(client, directory, locale_en, query):
    errors = errors_of(client, f"/api/v2/offers/?{query}")

    assert list(errors) == [query.split("=")[0]]


@pytest.mark.parametrize(
    "updated_since",
    ["2026-13-45T00:00:00", "2026-02-30T10:00", "2026-01-01T25:00:00", "2026-02-30"],
)
def test_an_impossible_date_is_a_400_not_a_500(client, directory, updated_since):
    errors = errors_of(client, "/api/v2/offers/", {"updated_since": updated_since})

    assert list(errors) == ["updated_since"]


@pytest.mark.parametrize(
    "q",
    ["x" * 200, "Café", "مرحبا", "Курс", "日本語", "*", "(", "'", "%", "-", "AND", "NEAR(", "a:b"],
)
def test_odd_search_text_is_answered(client, directory, q):
    data = listing(client, q=q)

    assert data["meta"]["total_count"] == len(data["items"])


@pytest.mark.parametrize("q", ['"', 'Deutsch"kurs', "\x00", "Kurs\x00"])
def test_quotes_and_control_characters_in_q_are_not_a_500(client, directory, q):
    response = client.get("/api/v2/offers/", {"q": q})

    assert response.status_code in (200, 400)
    assert response["Content-Type"].startswith("application/json")


def test_odd_but_valid_values_are_accepted(client, directory):
    assert keys(listing(client, near=" 50.776351 , 6.083862 ", radius_km="0.001"), directory) == [1]
    assert listing(client, offset="99999")["items"] == []
    assert keys(listing(client, action_field="sprache,,", free="TRUE"), directory) == [1, 3, 5]
    assert listing(client, format="json")["meta"]["total_count"] == 5


def test_unknown_parameter_on_the_detail_is_a_400(client, directory):
    errors = errors_of(client, f"/api/v2/offers/{directory[1].pk}/", {"limit": "5"})

    assert list(errors) == ["limit"]


def test_detail_names_every_bad_parameter_at_once(client, directory):
    errors = errors_of(
        client, f"/api/v2/offers/{directory[1].pk}/", {"locale": "xx", "colour": "red"}
    )

    assert set(errors) == {"locale", "colour"}


def test_only_get_and_head(client, directory):
    response = client.post("/api/v2/offers/")

    assert response.status_code == 405
    assert client.head("/api/v2/offers/").status_code == 200


# Query count --------------------------------------------------------------


@pytest.fixture
def many_offers(directory, concept, offer_index) -> list[ActionFieldPage]:
    """120 more offers, each with two action fields, a target group, languages, a district."""
    fields = [f.ActionFieldPageFactory(parent=concept) for _ in range(4)]
    groups = [f.TargetGroupFactory() for _ in range(3)]
    districts = [f.DistrictFactory() for _ in range(3)]
    providers = [f.ProviderFactory() for _ in range(5)]
    languages = list(Language.objects.filter(code__in=["de", "ar", "fa", "tr"]))
    offers = [
        f.OfferPageFactory(
            parent=offer_index, provider=providers[number % 5], district=districts[number % 3]
        )
        for number in range(120)
    ]
    # Many-to-many rows straight into the link tables: one query instead of a
    # page save per value, which would only slow the test down.
    links = OfferPage.action_fields.through.objects.bulk_create(
        OfferPage.action_fields.through(offerpage=offer, actionfieldpage=field)
        for number, offer in enumerate(offers)
        for field in (fields[number % 4], fields[(number + 1) % 4])
    )
    OfferPage.target_groups.through.objects.bulk_create(
        OfferPage.target_groups.through(offerpage=offer, targetgroup=groups[number % 3])
        for number, offer in enumerate(offers)
    )
    OfferPage.languages.through.objects.bulk_create(
        OfferPage.languages.through(offerpage=offer, language=language)
        for number, offer in enumerate(offers)
        for language in languages[: 1 + number % 4]
    )
    assert len(links) == 240
    return fields


def count_queries(client, url: str) -> tuple[int, dict]:
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response.json()


def test_listing_costs_the_same_few_queries_for_20_and_100_items(client, many_offers):
    client.get("/api/v2/offers/")  # warm up per-process caches (content types)

    twenty, first = count_queries(client, "/api/v2/offers/?limit=20")
    hundred, full = count_queries(client, "/api/v2/offers/?limit=100")

    assert (len(first["items"]), len(full["items"])) == (20, 100)
    assert full["meta"]["total_count"] == 125
    assert all(item["target_groups"] and item["district"] for item in full["items"])
    assert sum(row["count"] for row in full["facets"]["provider"]) == 125
    assert twenty == hundred
    assert hundred <= 25


def test_a_filtered_listing_costs_the_same_queries_for_20_and_100_items(client, many_offers):
    client.get("/api/v2/offers/")
    url = f"/api/v2/offers/?language=de,ar&action_field={many_offers[0].code}"

    twenty, first = count_queries(client, url + "&limit=20")
    hundred, full = count_queries(client, url + "&limit=100")

    assert (len(first["items"]), len(full["items"])) == (20, 60)
    assert twenty == hundred
