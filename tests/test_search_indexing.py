"""What keeps the search fast at scale: index documents, bulk writes, the visibility table.

These need no running engine: documents are built by the backends' mapping
classes, the bulk write path is checked with the engine client replaced,
and the database search's table of visible pages on the database backend.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend
from wagtail.models import Locale, PageViewRestriction

from integration import factories as f
from integration.models import Language, OfferPage
from integration.searching import service
from integration.searching.backends import opensearch3
from integration.searching.backends.base import BackgroundBulk, pipelined
from integration.searching.documents import prefetch_facets
from integration.searching.service import SearchRequest
from tests.conftest import make_site_root, run_pending_on_commit_callbacks

pytestmark = pytest.mark.django_db


def plant_offers(count: int, parent, *, terms: dict, start: int = 0) -> list[int]:
    return [
        f.OfferPageFactory(
            parent=parent,
            title=f"Deutschkurs {number}",
            action_fields=[terms["sprache"]],
            target_groups=[terms["frauen"], terms["jugend"]],
            languages=[terms["de"]],
            district=terms["mitte"],
        ).pk
        for number in range(start, start + count)
    ]


def documents(ids: list[int]) -> tuple[int, list[dict]]:
    """(queries, documents) for the offers ``ids``, loaded as a rebuild loads a chunk."""
    mapping = opensearch3.Mapping(OfferPage)
    with CaptureQueriesContext(connection) as queries:
        chunk = list(OfferPage.get_indexed_objects().filter(pk__in=ids).order_by("pk"))
        prefetch_facets(chunk)  # as the engine's index does with each chunk
        built = [mapping.get_document(page) for page in chunk]
    return len(queries), built


def test_a_chunk_of_documents_takes_the_same_queries_for_2_or_8_offers():
    site_root = make_site_root()
    concept = f.IntegrationConceptPageFactory(parent=site_root)
    terms = {
        "sprache": f.ActionFieldPageFactory(parent=concept, code="sprache"),
        "frauen": f.TargetGroupFactory(slug="frauen"),
        "jugend": f.TargetGroupFactory(slug="jugend"),
        "de": Language.objects.get(code="de"),
        "mitte": f.DistrictFactory(slug="mitte"),
    }
    offers = f.OfferIndexPageFactory(parent=site_root)
    intern = f.OfferIndexPageFactory(parent=site_root, title="Intern", slug="intern")
    PageViewRestriction.objects.create(
        page=intern, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    few = plant_offers(2, offers, terms=terms)
    many = plant_offers(6, offers, terms=terms, start=2) + plant_offers(2, intern, terms=terms)

    few_queries, _ = documents(few)
    many_queries, built = documents(many)

    assert many_queries == few_queries
    first = built[0]
    assert first["ic_action_field"] == ["sprache"]
    assert first["ic_target_group"] == ["frauen", "jugend"]
    assert first["ic_district"] == ["mitte"]
    assert "district:mitte" in first["ic_facets"]
    assert "type:offerpage" in first["ic_facets"]
    assert [document["ic_public"] for document in built] == [True] * 6 + [False] * 2
    # Open validity ends are stored as far-off dates.
    assert first["ic_valid_from"] == datetime.date(1, 1, 1).isoformat()
    assert first["ic_valid_until"] == datetime.date(9999, 12, 31).isoformat()


def test_a_page_saved_outside_a_rebuild_gets_the_same_document():
    site_root = make_site_root()
    offers = f.OfferIndexPageFactory(parent=site_root)
    offer = f.OfferPageFactory(parent=offers, title="Nähcafé", summary="Nähen und Reden.")
    mapping = opensearch3.Mapping(OfferPage)

    _, [from_chunk] = documents([offer.pk])
    alone = mapping.get_document(OfferPage.objects.get(pk=offer.pk))

    assert alone == from_chunk
    assert "nähen" in alone["ic_summary_de"].lower()


def test_a_failed_background_bulk_write_surfaces_at_the_next_write_or_the_end():
    def fail():
        raise ConnectionError("engine gone")

    background = BackgroundBulk()
    background.submit(fail)
    with pytest.raises(ConnectionError, match="engine gone"):
        background.submit(lambda: None)

    background.submit(fail)
    with pytest.raises(ConnectionError, match="engine gone"):
        background.close()


def test_a_rebuild_waits_for_its_last_bulk_write_before_switching(monkeypatch):
    events = []

    class Rebuilder:
        def __init__(self, index):
            self.index = index

        def start(self):
            return self.index

        def finish(self):
            events.append("finish")

    class Index:
        name = "pages"

        class backend:  # noqa: N801 - stands in for the backend object
            background_bulk: dict = {}

    rebuilder = pipelined(Rebuilder)(Index)
    index = rebuilder.start()
    writer = index.backend.background_bulk["pages"]
    writer.submit(lambda: events.append("bulk"))
    rebuilder.finish()

    assert events == ["bulk", "finish"]
    assert "pages" not in index.backend.background_bulk


def test_bulk_writes_get_their_own_timeout(settings, monkeypatch):
    settings.INTEGRATION_SEARCH_TIMEOUT = 1.5
    settings.INTEGRATION_SEARCH_BULK_TIMEOUT = 42
    calls = []
    monkeypatch.setattr(
        OpenSearch3SearchBackend, "bulk", lambda self, client, actions, **kw: calls.append(kw)
    )
    backend = opensearch3.SearchBackend(
        {"URLS": ["http://127.0.0.1:9"], "INDEX_PREFIX": "t_", "TIMEOUT": 1.5}
    )

    backend.bulk(backend.es, [], index="t_pages")

    assert calls == [{"index": "t_pages", "request_timeout": 42.0}]


def test_the_database_search_keeps_its_visibility_table_per_content_version(
    committing, monkeypatch
):
    site_root = make_site_root()
    offers = f.OfferIndexPageFactory(parent=site_root)
    market = f.OfferPageFactory(parent=offers, title="Nähcafé am Markt")
    park = f.OfferPageFactory(parent=offers, title="Nähcafé im Park")
    run_pending_on_commit_callbacks()  # the set-up is committed
    builds = []
    build = service._build_visible_table
    monkeypatch.setattr(
        service, "_build_visible_table", lambda locale: builds.append(locale) or build(locale)
    )
    de = Locale.objects.get(language_code="de")

    def found() -> set[int]:
        request = SearchRequest(query="Nähcafé", locale=de, limit=50)
        return {hit.page.pk for hit in service.database_search(request, []).hits}

    assert found() == {market.pk, park.pk}
    assert found() == {market.pk, park.pk}
    assert len(builds) == 1  # kept while the content version stands

    with committing():
        park.unpublish()
    assert found() == {market.pk}
    assert len(builds) == 2  # the committed change bumped the version

    # This transaction's own change, not yet committed, is seen at once.
    OfferPage.objects.get(pk=park.pk).save_revision().publish()
    assert found() == {market.pk, park.pk}
