"""The public search, once per engine: language, relevance, facets, visibility, API, page.

Every test runs against the database backend and the plugin's
Elasticsearch-family backends (``integration.searching.backends``) on
osmem-server. One world of pages is planted for the module (German, English
and Arabic trees, visible pages and one hidden page for each way of being
hidden); each test gets fresh engine indexes built from it.
"""

import datetime
from dataclasses import dataclass, field

import pytest
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction

from integration import factories as f
from integration.models import Language, OfferPage
from integration.searching import service
from integration.searching.service import SearchRequest, search, suggest
from tests.conftest import make_site_root
from tests.search_engines import fresh_caches, search_backend_package  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


# The world ----------------------------------------------------------------------

HIDDEN = (
    "draft",
    "unpublished",
    "private",
    "private_ancestor",
    "expired",
    "future",
    "scheduled",
)


@dataclass
class World:
    pages: dict[str, int] = field(default_factory=dict)
    hidden: dict[str, int] = field(default_factory=dict)
    alias: int = 0
    listing: list[int] = field(default_factory=list)

    def __getitem__(self, name: str) -> int:
        return self.pages[name]


def restrict(page: Page) -> None:
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )


def publish_translation(page: Page, locale: Locale, **changes) -> Page:
    """``page`` translated into ``locale`` (parents too), with ``changes``, published."""
    copy = page.copy_for_translation(locale, copy_parents=True)
    copy = Page.objects.get(pk=copy.pk).specific
    for name, value in changes.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    for ancestor in copy.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.live:
            ancestor.save_revision().publish()
    return Page.objects.get(pk=copy.pk).specific


def plant() -> World:
    world = World()
    site_root = make_site_root()
    locale_en = Locale.objects.get_or_create(language_code="en")[0]
    locale_ar = Locale.objects.get_or_create(language_code="ar")[0]
    today = timezone.localdate()
    day = datetime.timedelta(days=1)
    language = {code: Language.objects.get(code=code) for code in ("de", "en", "ar")}

    concept = f.IntegrationConceptPageFactory(parent=site_root)
    sprache = f.ActionFieldPageFactory(
        parent=concept, code="sprache", title="Sprache und Bildung", summary="Lernen."
    )
    arbeit = f.ActionFieldPageFactory(
        parent=concept, code="arbeit", title="Arbeit und Ausbildung", summary="Arbeiten."
    )
    frauen = f.TargetGroupFactory(name="Frauen", slug="frauen")
    jugend = f.TargetGroupFactory(name="Jugendliche", slug="jugendliche")
    mitte = f.DistrictFactory(name="Mitte", slug="mitte")
    ost = f.DistrictFactory(name="Ostviertel", slug="ostviertel")
    offers = f.OfferIndexPageFactory(parent=site_root)

    def offer(key: str, title: str, parent=offers, **extra) -> OfferPage:
        extra.setdefault("action_fields", [sprache])
        page = f.OfferPageFactory(parent=parent, title=title, **extra)
        world.pages[key] = page.pk
        return page

    # Language analysis, typos and synonyms.
    offer("integrationskurs", "Sprach- und Integrationskurs", summary="Mit Abschlusstest.")
    frauenkurs = offer(
        "frauenkurs",
        "Deutschkurs für Frauen",
        summary="Vormittags, mit Kinderbetreuung.",
    )
    offer("abendkurs", "Deutschkurs am Abend", summary="Abends, nach der Arbeit.")
    offer("dolmetscher", "Dolmetscher für Behördengänge", summary="Begleitung zu Ämtern.")
    beratung = offer(
        "beratung", "Migrationsberatung für Erwachsene", summary="Beratung zu allen Fragen."
    )
    # Boosting: the same word in one title and in another body.
    offer("werkstatt", "Fahrradwerkstatt im Ostviertel", summary="Räder reparieren.")
    offer(
        "treff",
        "Offener Treff",
        summary="Ein Café mit Spielen.",
        description="<p>Im Hof gibt es eine kleine Fahrradwerkstatt.</p>",
    )
    # Highlights: text that looks like markup must come back escaped.
    # (Rich text stores what an editor types as "<script>" as "&lt;script&gt;".)
    offer(
        "formulare",
        "Hilfe bei Formularen",
        summary="",
        description="<p>Wir füllen Anträge aus.</p><p>Eltern &amp; Kinder: "
        "&lt;script&gt;alert(1)&lt;/script&gt; Unterlagen bitte mitbringen.</p>",
    )
    # Facets: "Tandem" matches exactly these four visible pages.
    offer(
        "tandem_ar",
        "Tandem Deutsch und Arabisch",
        target_groups=[frauen],
        languages=[language["de"], language["ar"]],
        district=mitte,
    )
    offer(
        "tandem_jugend",
        "Tandem für Jugendliche",
        action_fields=[sprache, arbeit],
        target_groups=[jugend],
        languages=[language["de"]],
        district=ost,
    )
    offer(
        "tandem_beruf",
        "Tandem im Beruf",
        action_fields=[arbeit],
        target_groups=[frauen, jugend],
        languages=[language["en"]],
        district=mitte,
    )
    chapter = f.ChapterPageFactory(parent=concept, title="Tandem und Patenschaft")
    world.pages["tandem_kapitel"] = chapter.pk
    # Pagination: more results than fit on one page.
    for number in range(1, 13):
        world.listing.append(
            offer(f"sprechstunde_{number}", f"Sprechstunde {number}", summary="Offen.").pk
        )

    # Hidden: each would match "Deutschkurs" and "Tandem", each with a target
    # group and a district of its own, so a leak into a facet names the state.
    intern = f.OfferIndexPageFactory(parent=site_root, title="Interne Angebote", slug="intern")
    restrict(intern)

    def hidden(state: str, parent=offers, **extra) -> OfferPage:
        page = f.OfferPageFactory(
            parent=parent,
            title=f"Deutschkurs Tandem {state}",
            action_fields=[sprache],
            target_groups=[f.TargetGroupFactory(name=f"Gruppe {state}", slug=f"gruppe-{state}")],
            languages=[language["ar"]],
            district=f.DistrictFactory(name=f"Bezirk {state}", slug=f"bezirk-{state}"),
            **extra,
        )
        world.hidden[state] = page.pk
        return page

    hidden("draft", live=False)
    unpublished = hidden("unpublished")
    unpublished.save_revision().publish()
    OfferPage.objects.get(pk=unpublished.pk).unpublish()
    restrict(hidden("private"))
    hidden("private_ancestor", parent=intern)
    hidden("expired", valid_until=today - day)
    hidden("future", valid_from=today + day)
    scheduled = hidden("scheduled", live=False)
    scheduled.go_live_at = timezone.now() + day
    scheduled.save_revision().publish()

    # English and Arabic.
    world.pages["en_frauenkurs"] = publish_translation(
        frauenkurs,
        locale_en,
        title="German course for women",
        summary="In the morning, with childcare.",
    ).pk
    world.pages["ar_frauenkurs"] = publish_translation(
        frauenkurs,
        locale_ar,
        title="دورات اللغة الألمانية للنساء",
        summary="في الصباح، مع رعاية الأطفال.",
    ).pk
    world.pages["ar_beratung"] = publish_translation(
        beratung, locale_ar, title="إرشاد للأسر", summary="استشارة في جميع المسائل."
    ).pk
    # An alias carries the German text into the English tree: no translation.
    radkurs = offer("radkurs", "Radfahrkurs für Frauen", summary="Sicher unterwegs.")
    alias = radkurs.copy_for_translation(locale_en, copy_parents=True, alias=True)
    world.alias = alias.pk
    return world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Planted once, in a transaction rolled back after the module's last test."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield plant()
        transaction.set_rollback(True)


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


def run(engine, query: str, code: str = "de", **options):
    engine.refresh()
    return search(SearchRequest(query=query, locale=locale(code), **options))


def found(engine, query: str, code: str = "de", **options) -> set[int]:
    return {hit.page.pk for hit in run(engine, query, code, limit=50, **options).hits}


def titles(response) -> list[str]:
    return [hit.title for hit in response.hits]


def counts(facets: dict, name: str) -> dict[str, int]:
    return {row["value"]: row["count"] for row in facets[name]}


def get(client, url: str, status: int = 200) -> dict:
    response = client.get(url)
    assert response.status_code == status, response.content
    return response.json()


def item_ids(data: dict) -> set[int]:
    return {item["id"] for item in data["items"]}


def schema_errors(name: str, data: dict) -> list[str]:
    from jsonschema import Draft202012Validator

    from integration.api.schema import openapi_document

    validator = Draft202012Validator(
        {"$ref": f"#/components/schemas/{name}", "components": openapi_document()["components"]}
    )
    return [error.message for error in validator.iter_errors(data)]


# Language analysis ----------------------------------------------------------------


def test_a_compound_finds_compounds_sharing_its_parts(world, search_engine):
    """ "Sprachkurs" is in neither title, but its parts are: "Sprach-" and "-kurs"."""
    results = found(search_engine, "Sprachkurs")

    assert {world["integrationskurs"], world["frauenkurs"]} <= results
    assert world["werkstatt"] not in results


def test_a_plural_finds_the_singular(world, search_engine):
    assert {world["frauenkurs"], world["abendkurs"]} <= found(search_engine, "Deutschkurse")
    assert world["en_frauenkurs"] in found(search_engine, "courses", "en")


def test_arabic_spellings_meet(world, search_engine):
    for query, page in (
        # Singular without article, with teh marbuta, for "دورات اللغة" (plural, article).
        ("دورة لغة", "ar_frauenkurs"),
        # Fully vowelled, with tatweel.
        ("دَوْرَةُ اللُّغَـةِ", "ar_frauenkurs"),
        # Bare alef for إ and أ, the article for the preposition-article لل.
        ("ارشاد الاسر", "ar_beratung"),
    ):
        assert world[page] in found(search_engine, query, "ar"), query


def test_a_typo_in_a_compound_still_finds_it(world, search_engine):
    """ "Intergationskurs" on every engine: the compound splitter takes the unknown
    first part as a part of its own and recognises the known head "kurs". On the
    database that is all there is (every "…kurs" matches equally); the engines also
    match the misspelt word itself, see below."""
    assert world["integrationskurs"] in found(search_engine, "Intergationskurs")


@pytest.mark.search_engines("opensearch3", "elasticsearch9")
def test_typos_are_forgiven_by_the_engines(world, search_engine):
    """Engines only: their fuzzy matching (edit distance) forgives a typo. Wagtail's
    database backend matches whole words (or their beginnings) and has no edit
    distance, so "Dolmetcher" finds nothing there, and a misspelt compound only
    finds what shares its known head."""
    assert world["dolmetscher"] in found(search_engine, "Dolmetcher")
    order = [hit.page.pk for hit in run(search_engine, "Intergationskurs").hits]
    assert order.index(world["integrationskurs"]) < order.index(world["abendkurs"])


# Synonyms ---------------------------------------------------------------------------


def test_a_synonym_group_finds_pages_with_another_of_its_terms(world, search_engine):
    """The group from the editors' guide. Its terms share the part "kurs", so
    "Integrationskurs" finds a "Deutschkurs" by that part even without the group;
    that a group changes the results is shown with "Dolmetscher, Sprachmittler" below."""
    f.SynonymGroupFactory(locale=locale("de"), terms="Deutschkurs, Sprachkurs, Integrationskurs")

    results = found(search_engine, "Integrationskurs")

    assert {world["integrationskurs"], world["abendkurs"], world["frauenkurs"]} <= results


def test_a_synonym_applies_only_while_active_and_in_its_locale(world, search_engine):
    """Each change applies to the very next search, without reindexing."""
    assert world["dolmetscher"] not in found(search_engine, "Sprachmittler")

    group = f.SynonymGroupFactory(locale=locale("de"), terms="Dolmetscher, Sprachmittler")
    assert world["dolmetscher"] in found(search_engine, "Sprachmittler")

    group.is_active = False
    group.save()
    assert world["dolmetscher"] not in found(search_engine, "Sprachmittler")

    group.is_active = True
    group.locale = locale("en")
    group.save()
    assert world["dolmetscher"] not in found(search_engine, "Sprachmittler")


# Relevance, facets, highlights -------------------------------------------------------


def test_a_title_match_ranks_above_a_body_match(world, search_engine):
    order = [hit.page.pk for hit in run(search_engine, "Fahrradwerkstatt").hits]

    assert order.index(world["werkstatt"]) < order.index(world["treff"])


def test_several_words_must_each_be_found(world, search_engine):
    # Two words: both, in any field; a page with only one of them is no match.
    assert found(search_engine, "Tandem Jugendliche") == {world["tandem_jugend"]}
    # Function words do not count, typed with or without umlauts.
    assert world["frauenkurs"] in found(search_engine, "Deutschkurs fur Frauen")
    assert world["abendkurs"] not in found(search_engine, "Deutschkurs für Frauen")
    # Of three or more words, three quarters suffice (rounded down).
    assert world["frauenkurs"] in found(search_engine, "Deutschkurs Frauen Wochenende")
    assert world["abendkurs"] not in found(search_engine, "Deutschkurs Frauen Wochenende")


def test_when_no_page_has_all_words_pages_with_some_are_shown_and_flagged(
    world, search_engine, client
):
    strict = run(search_engine, "Tandem Jugendliche")
    assert strict.matched == "all"

    response = run(search_engine, "Tandem Fahrradwerkstatt", limit=50)

    assert response.matched == "some"
    found_pages = {hit.page.pk for hit in response.hits}
    assert {world[name] for name in TANDEM} | {world["werkstatt"]} <= found_pages
    assert not found_pages & set(world.hidden.values())
    data = get(client, "/api/v2/search/?q=Tandem%20Fahrradwerkstatt")
    assert data["meta"]["matched"] == "some"
    assert get(client, "/api/v2/search/?q=Tandem")["meta"]["matched"] == "all"
    html = client.get("/search/?q=Tandem+Fahrradwerkstatt").content.decode()
    assert "Keine Seite enthält alle Suchwörter" in html
    assert (
        "Keine Seite enthält alle Suchwörter"
        not in client.get("/search/?q=Tandem").content.decode()
    )
    # A single word that matches nothing stays without results.
    assert run(search_engine, "Quantenphysik").total == 0


def test_totals_and_pages_cover_every_match_beyond_the_reranked_best(
    world, search_engine, client, monkeypatch
):
    # The database path re-ranks only its best matches by title and summary;
    # totals, facets and later pages still cover all of them.
    monkeypatch.setattr(service, "RERANKED", 3)
    first = get(client, "/api/v2/search/?q=Sprechstunde&limit=5")
    rest = get(client, "/api/v2/search/?q=Sprechstunde&limit=10&offset=5")

    assert first["meta"]["total_count"] == rest["meta"]["total_count"] == 12
    assert item_ids(first) | item_ids(rest) == set(world.listing)
    assert not item_ids(first) & item_ids(rest)
    assert sum(item["count"] for item in first["facets"]["type"]) == 12


TANDEM = ("tandem_ar", "tandem_jugend", "tandem_beruf", "tandem_kapitel")


def test_facets_count_the_results_per_value(world, search_engine):
    response = run(search_engine, "Tandem")

    assert {hit.page.pk for hit in response.hits} == {world[name] for name in TANDEM}
    assert response.total == 4
    assert counts(response.facets, "type") == {"offerpage": 3, "chapterpage": 1}
    assert counts(response.facets, "action_field") == {"sprache": 2, "arbeit": 2}
    assert counts(response.facets, "target_group") == {"frauen": 2, "jugendliche": 2}
    assert counts(response.facets, "language") == {"de": 2, "ar": 1, "en": 1}
    assert counts(response.facets, "district") == {"mitte": 2, "ostviertel": 1}
    assert {row["label"] for row in response.facets["action_field"]} == {
        "Sprache und Bildung",
        "Arbeit und Ausbildung",
    }


def test_a_filter_narrows_the_results_and_the_other_facets_follow(world, search_engine, client):
    response = run(search_engine, "Tandem", filters={"action_field": ["arbeit"]})

    assert {hit.page.pk for hit in response.hits} == {world["tandem_jugend"], world["tandem_beruf"]}
    assert response.total == 2
    # A dimension's own filter does not narrow its counts: the other values stay choosable.
    assert counts(response.facets, "action_field") == {"sprache": 2, "arbeit": 2}
    assert counts(response.facets, "type") == {"offerpage": 2}
    assert counts(response.facets, "target_group") == {"jugendliche": 2, "frauen": 1}
    assert counts(response.facets, "language") == {"de": 1, "en": 1}
    assert counts(response.facets, "district") == {"ostviertel": 1, "mitte": 1}

    data = get(client, "/api/v2/search/?q=Tandem&action_field=arbeit&district=mitte")

    assert item_ids(data) == {world["tandem_beruf"]}
    assert data["meta"]["total_count"] == 1
    assert counts(data["facets"], "action_field") == {"sprache": 1, "arbeit": 1}
    assert counts(data["facets"], "district") == {"ostviertel": 1, "mitte": 1}
    assert counts(data["facets"], "language") == {"en": 1}


def test_a_type_filter_keeps_only_that_type(world, search_engine):
    response = run(search_engine, "Tandem", filters={"type": ["chapterpage"]})

    assert [hit.page.pk for hit in response.hits] == [world["tandem_kapitel"]]
    assert counts(response.facets, "type") == {"offerpage": 3, "chapterpage": 1}
    assert counts(response.facets, "action_field") == {}


def test_the_snippet_marks_the_match_and_escapes_the_text(world, search_engine, client):
    for snippet in (
        next(
            hit.snippet
            for hit in run(search_engine, "Unterlagen").hits
            if hit.page.pk == world["formulare"]
        ),
        next(
            item["snippet"]
            for item in get(client, "/api/v2/search/?q=Unterlagen")["items"]
            if item["id"] == world["formulare"]
        ),
    ):
        assert "<mark>Unterlagen</mark>" in snippet
        # What the editor wrote comes back as text (engines also escape "/").
        assert "&lt;script&gt;alert(1)&lt;" in snippet
        assert "<script" not in snippet
        # Escaped once: "&" shows as "&", not as "&amp;".
        assert "Eltern &amp; Kinder" in snippet
        assert "&amp;amp;" not in snippet
        assert "&amp;lt;" not in snippet


# Suggestions -------------------------------------------------------------------------


def test_suggestions_complete_visible_titles(world, search_engine, client):
    search_engine.refresh()
    engine, suggestions = suggest("Deutschk", locale("de"), 8)

    assert engine == search_engine.name
    assert set(suggestions) == {"Deutschkurs für Frauen", "Deutschkurs am Abend"}
    data = get(client, "/api/v2/search/suggest/?q=Deutschk")
    assert data["engine"] == search_engine.name
    assert set(data["suggestions"]) == {"Deutschkurs für Frauen", "Deutschkurs am Abend"}
    assert get(client, "/api/v2/search/suggest/?q=German%20c&locale=en")["suggestions"] == [
        "German course for women"
    ]


# Locales -------------------------------------------------------------------------------


def test_each_locale_searches_its_own_pages(world, search_engine):
    german = locale("de")
    english = locale("en")
    arabic = locale("ar")

    assert world["frauenkurs"] in found(search_engine, "Deutschkurs")
    assert world["en_frauenkurs"] not in found(search_engine, "German course")
    assert world["en_frauenkurs"] in found(search_engine, "German course", "en")
    for query, code, expected in (
        ("Deutschkurs", "en", english),
        ("Tandem", "en", english),
        ("German course", "de", german),
        ("Deutschkurs", "ar", arabic),
        ("دورة", "ar", arabic),
        ("Sprechstunde", "ar", arabic),
    ):
        response = run(search_engine, query, code, limit=50)
        assert {hit.page.locale_id for hit in response.hits} <= {expected.pk}, (query, code)
    assert {hit.page.pk for hit in run(search_engine, "دورة", "ar").hits} == {
        world["ar_frauenkurs"]
    }


# Hidden content ------------------------------------------------------------------------


def hidden_leaks(world, text: str) -> list[str]:
    """The hidden states whose title or own facet values appear in ``text``."""
    return [
        state
        for state in HIDDEN
        if f"Tandem {state}" in text or f"bezirk-{state}" in text or f"gruppe-{state}" in text
    ]


def test_hidden_pages_are_never_found(world, search_engine):
    for query in ("Deutschkurs Tandem", "Tandem", "Deutschkurs"):
        response = run(search_engine, query, limit=50)

        assert not {hit.page.pk for hit in response.hits} & set(world.hidden.values()), query
        assert response.total == len(response.hits), query
        for name in ("target_group", "district"):
            assert not hidden_leaks(world, str(counts(response.facets, name))), query
    assert suggest("Deutschkurs T", locale("de"), 8)[1] == []
    assert not hidden_leaks(world, str(suggest("Deutschkurs", locale("de"), 20)[1]))


def test_hidden_pages_stay_out_of_the_api(world, search_engine, client):
    for query in ("Deutschkurs", "Tandem", "Deutschkurs%20Tandem"):
        data = get(client, f"/api/v2/search/?q={query}&limit=50")

        assert not item_ids(data) & set(world.hidden.values()), query
        assert data["meta"]["total_count"] == len(data["items"]), query
        assert not hidden_leaks(world, str(data["facets"])), query
    suggestions = get(client, "/api/v2/search/suggest/?q=Deutschkurs%20T")
    assert suggestions["suggestions"] == []


def test_hidden_pages_stay_off_the_search_page(world, search_engine, client):
    html = client.get("/search/?q=Deutschkurs").content.decode()

    assert not hidden_leaks(world, html)
    assert "Deutschkurs für Frauen" in html
    html = client.get("/search/?q=Tandem").content.decode()
    assert "4 Treffer" in html
    assert not hidden_leaks(world, html)


def test_an_alias_in_another_locale_is_not_found(world, search_engine, client):
    assert world["radkurs"] in found(search_engine, "Radfahrkurs")

    assert world.alias not in found(search_engine, "Radfahrkurs", "en")
    assert suggest("Radfahr", locale("en"), 8)[1] == []
    assert get(client, "/api/v2/search/?q=Radfahrkurs&locale=en")["items"] == []
    html = client.get("/en/search/?q=Radfahrkurs").content.decode()
    assert "Radfahrkurs für Frauen" not in html
    assert "Radfahrkurs für Frauen" in client.get("/search/?q=Radfahrkurs").content.decode()


def test_a_page_made_private_after_indexing_disappears_with_its_subtree(world, search_engine):
    """The admin's privacy setting saves no page: the engine's copy is not updated."""
    restrict(Page.objects.get(pk=world["tandem_ar"]))
    restrict(Page.objects.get(pk=world["tandem_kapitel"]).get_parent())

    response = run(search_engine, "Tandem")

    assert {hit.page.pk for hit in response.hits} == {
        world["tandem_jugend"],
        world["tandem_beruf"],
    }
    assert response.total == 2
    assert counts(response.facets, "type") == {"offerpage": 2}
    assert counts(response.facets, "language") == {"de": 1, "en": 1}
    assert set(suggest("Tandem", locale("de"), 8)[1]) == {
        "Tandem für Jugendliche",
        "Tandem im Beruf",
    }


def test_a_page_made_public_after_indexing_appears(world, search_engine):
    PageViewRestriction.objects.filter(page_id=world.hidden["private"]).delete()

    assert world.hidden["private"] in found(search_engine, "Deutschkurs Tandem")
    assert world.hidden["private_ancestor"] not in found(search_engine, "Deutschkurs Tandem")


def test_an_unpublished_page_disappears(world, search_engine):
    Page.objects.get(pk=world["tandem_beruf"]).specific.unpublish()

    response = run(search_engine, "Tandem")

    assert world["tandem_beruf"] not in {hit.page.pk for hit in response.hits}
    assert response.total == 3
    assert "Tandem im Beruf" not in suggest("Tandem", locale("de"), 8)[1]


def test_an_offer_expires_at_midnight_without_reindexing(world, search_engine, monkeypatch):
    today = timezone.localdate()
    offer = OfferPage.objects.get(pk=world["tandem_beruf"])
    offer.valid_until = today
    offer.save_revision().publish()
    assert world["tandem_beruf"] in found(search_engine, "Tandem")

    monkeypatch.setattr(timezone, "localdate", lambda *args: today + datetime.timedelta(days=1))

    assert world["tandem_beruf"] not in found(search_engine, "Tandem")
    assert "Tandem im Beruf" not in suggest("Tandem", locale("de"), 8)[1]


# Promotions --------------------------------------------------------------------------


def test_a_promoted_page_comes_first(world, search_engine, client):
    from wagtail.contrib.search_promotions.models import Query

    Query.get("beratung").editors_picks.create(page_id=world["werkstatt"], sort_order=0)

    response = run(search_engine, "beratung")

    assert response.hits[0].page.pk == world["werkstatt"]
    assert response.hits[0].promoted
    assert world["beratung"] in {hit.page.pk for hit in response.hits[1:]}
    assert not any(hit.promoted for hit in response.hits[1:])
    data = get(client, "/api/v2/search/?q=Beratung")
    assert data["items"][0]["id"] == world["werkstatt"]
    assert data["items"][0]["promoted"] is True
    assert 'class="search-result promoted"' in client.get("/search/?q=beratung").content.decode()


def test_searching_stores_no_query(world, search_engine, client):
    """Public searches only read promotions: no row per query string anyone types."""
    from wagtail.contrib.search_promotions.models import Query

    before = Query.objects.count()
    run(search_engine, "irgendein neuer Suchtext")
    assert client.get("/api/v2/search/", {"q": "noch ein Suchtext"}).status_code == 200
    assert Query.objects.count() == before


def test_a_hidden_page_is_not_promoted(world, search_engine):
    from wagtail.contrib.search_promotions.models import Query

    before = run(search_engine, "beratung")
    for state in HIDDEN:
        pick = Query.get("beratung").editors_picks.create(page_id=world.hidden[state], sort_order=0)

        response = run(search_engine, "beratung")

        assert world.hidden[state] not in {hit.page.pk for hit in response.hits}, state
        assert response.total == before.total, state
        assert not any(hit.promoted for hit in response.hits), state
        pick.delete()


# The API -------------------------------------------------------------------------------


def test_bad_parameters_get_400_naming_each(world, search_engine, client):
    for query, named in (
        ("", {"q"}),
        ("?q=", {"q"}),
        ("?q=Kurs&limit=0", {"limit"}),
        ("?q=Kurs&limit=viele", {"limit"}),
        ("?q=Kurs&limit=51", {"limit"}),
        ("?q=Kurs&locale=xx", {"locale"}),
        ("?q=Kurs&type=blogpage", {"type"}),
        ("?limit=0&locale=xx&type=blogpage", {"q", "limit", "locale", "type"}),
        ("suggest/?q=Deu&limit=21", {"limit"}),
        ("suggest/?q=Deu&locale=xx", {"locale"}),
        ("health/?q=Deu", {"q"}),
    ):
        data = get(client, f"/api/v2/search/{query}", status=400)

        assert set(data["errors"]) == named, query
        assert not schema_errors("Errors", data), query


def test_api_answers_conform_to_the_schema(world, search_engine, client):
    results = get(client, "/api/v2/search/?q=Tandem&type=offerpage,chapterpage&limit=2")
    suggestions = get(client, "/api/v2/search/suggest/?q=Tand&locale=de")
    health = get(client, "/api/v2/search/health/")

    assert not schema_errors("SearchResults", results)
    assert not schema_errors("Suggestions", suggestions)
    assert not schema_errors("SearchHealth", health)
    assert results["engine"] == suggestions["engine"] == search_engine.name
    assert results["meta"]["total_count"] == 4
    assert len(results["items"]) == 2
    assert results["meta"]["locale"]["code"] == "de"
    arabic = get(client, "/api/v2/search/?q=%D8%AF%D9%88%D8%B1%D8%A9&locale=ar")
    assert not schema_errors("SearchResults", arabic)
    assert arabic["meta"]["locale"] == {"code": "ar", "direction": "rtl"}
    if search_engine.is_database:
        assert health["status"] == "not configured"
    else:
        assert health["engine"] == search_engine.name
        assert health["status"] == "up"
        assert health["documents"] > 0
    assert health["backlog"] == 0


def test_api_pages_through_results(world, search_engine, client):
    first = get(client, "/api/v2/search/?q=Sprechstunde&limit=5")
    rest = get(client, "/api/v2/search/?q=Sprechstunde&limit=10&offset=5")

    assert first["meta"]["total_count"] == rest["meta"]["total_count"] == 12
    assert len(first["items"]) == 5
    assert len(rest["items"]) == 7
    assert item_ids(first) | item_ids(rest) == set(world.listing)


# The search page -------------------------------------------------------------------------


def test_the_search_page_keeps_query_and_filters_in_the_url(world, search_engine, client):
    response = client.get("/search/?q=Sprechstunde&type=offerpage")
    html = response.content.decode()

    assert response.status_code == 200
    # A plain GET form: works without JavaScript, the filters ride along hidden.
    assert '<form action="/search/" method="get"' in html
    assert 'name="q" value="Sprechstunde"' in html
    assert '<input type="hidden" name="type" value="offerpage">' in html
    assert "12 Treffer" in html
    assert html.count('<li class="search-result') == 10
    assert 'href="?q=Sprechstunde&amp;type=offerpage&amp;page=2" rel="next"' in html

    second = client.get("/search/?q=Sprechstunde&type=offerpage&page=2").content.decode()

    assert second.count('<li class="search-result') == 2
    assert 'href="?q=Sprechstunde&amp;type=offerpage&amp;page=1" rel="prev"' in second
    assert "Seite 2 von 2" in second
    assert 'rel="next"' not in second
    shown = {f"Sprechstunde {n}" for n in range(1, 13)}
    assert {title for title in shown if f">{title}</a>" in html + second} == shown


def test_the_search_page_offers_facet_links(world, search_engine, client):
    html = client.get("/search/?q=Tandem").content.decode()

    assert 'href="?q=Tandem&amp;action_field=arbeit"' in html
    narrowed = client.get("/search/?q=Tandem&action_field=arbeit").content.decode()
    assert "2 Treffer" in narrowed
    # The chosen value links back to the unfiltered results; the others add to the filter.
    assert 'href="?q=Tandem" aria-current="true"' in narrowed
    assert 'href="?q=Tandem&amp;action_field=arbeit&amp;district=mitte"' in narrowed


def test_the_search_page_of_another_locale(world, search_engine, client):
    html = client.get("/en/search/?q=German+course").content.decode()

    assert "German course for women" in html
    assert "Deutschkurs für Frauen" not in html
    assert "einfachen Modus" not in html
