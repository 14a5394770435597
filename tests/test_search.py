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
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction

from integration import factories as f
from integration.models import Language, OfferPage
from integration.searching import synonyms
from integration.searching.service import SearchRequest, search, suggest
from tests.conftest import make_site_root

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture
def search_backend_package() -> str:
    return "integration.searching.backends"


@pytest.fixture(autouse=True)
def fresh_caches():
    cache.clear()
    synonyms.clear_cache()
    yield
    cache.clear()
    synonyms.clear_cache()


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
    offer(
        "formulare",
        "Hilfe bei Formularen",
        summary="Wir füllen Anträge aus. <script>alert('x')</script> Unterlagen mitbringen.",
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


def test_explore(world, search_engine):
    names = {pk: name for name, pk in world.pages.items()}
    names.update({pk: "HIDDEN " + s for s, pk in world.hidden.items()})
    for q, code in [
        ("Sprachkurs", "de"),
        ("Deutschkurse", "de"),
        ("courses", "en"),
        ("دورة لغة", "ar"),
        ("دَوْرَة", "ar"),
        ("ارشاد", "ar"),
        ("ارشاد الاسر", "ar"),
        ("Intergationskurs", "de"),
        ("Integrationskurs", "de"),
        ("Sprachmittler", "de"),
        ("Fahrradwerkstatt", "de"),
        ("Tandem", "de"),
        ("Unterlagen", "de"),
        ("Radfahrkurs", "en"),
        ("Deutschkurs", "en"),
    ]:
        r = run(search_engine, q, code, limit=50)
        print(search_engine.name, q, r.engine, r.total, [names.get(h.page.pk, h.page.pk) for h in r.hits])
        if q == "Unterlagen":
            print([h.snippet for h in r.hits])
        if q == "Tandem":
            print(r.facets)
    print(suggest("Deutschk", locale("de"), 8))


def test_explore2(world, search_engine):
    page = Page.objects.get(pk=world["tandem_ar"])
    restrict(page)
    print(search_engine.name, "restricted later:", world["tandem_ar"] in found(search_engine, "Tandem"))
    parent = Page.objects.get(pk=world["tandem_kapitel"]).get_parent()
    restrict(parent)
    print(search_engine.name, "ancestor restricted later:", world["tandem_kapitel"] in found(search_engine, "Tandem"))
    r = run(search_engine, "Tandem")
    print(r.total, r.facets["district"])
    print(suggest("Tandem", locale("de"), 8))
