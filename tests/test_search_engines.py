"""The search engines the suite runs against: osmem-server, the proxies, ``search_engine``.

Each test that takes ``search_engine`` runs once per engine (database,
opensearch3, elasticsearch9); see ``tests/conftest.py``.
"""

import http.client
import secrets
import time
import urllib.parse

import pytest
from django.contrib.contenttypes.models import ContentType
from elasticsearch import Elasticsearch
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from integration.factories import ChapterPageFactory, ThemeFieldPageFactory
from integration.models import ChapterPage, ThemeFieldPage
from tests.search_engines import (
    ENGINES,
    TEST_TIMEOUT,
    EngineProxy,
    OsmemServer,
    SearchEngine,
    parse_engines,
    plain_media_type,
)

pytestmark = pytest.mark.slow

ENGINE_ONLY = pytest.mark.search_engines("opensearch3", "elasticsearch9")
COMPAT_JSON = "application/vnd.elasticsearch+json; compatible-with=9"
COMPAT_NDJSON = "application/vnd.elasticsearch+x-ndjson; compatible-with=9"


def raw_request(
    url: str, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
) -> int:
    """Send one request with exactly these headers; return the status."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    try:
        connection.request(method, path, body=body or None, headers=headers or {})
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def pks(results) -> list[int]:
    return sorted(page.pk for page in results)


# Searching, once per engine ---------------------------------------------------


def test_saved_page_is_found(search_engine, site_root):
    workshop = ChapterPageFactory(parent=site_root, title="Fahrradwerkstatt im Ostviertel")
    housing = ChapterPageFactory(parent=site_root, title="Wohnungssuche")
    search_engine.refresh()

    assert pks(Page.objects.live().search("Fahrradwerkstatt")) == [workshop.pk]
    assert pks(search_engine.backend.search("Fahrradwerkstatt", Page)) == [workshop.pk]
    assert pks(ChapterPage.objects.search("Wohnungssuche")) == [housing.pk]


def test_page_saved_before_the_engine_was_set_up_is_found(site_root, search_engine):
    # site_root was saved while the database backend was the default.
    assert pks(Page.objects.live().search("Aachen")) == [site_root.pk]


def test_unpublished_and_deleted_pages_are_not_found(search_engine, site_root):
    draft = ChapterPageFactory(parent=site_root, title="Nachhilfe", live=False)
    gone = ChapterPageFactory(parent=site_root, title="Nachhilfe am Abend")
    gone.delete()
    search_engine.refresh()

    assert pks(Page.objects.live().search("Nachhilfe")) == []
    assert pks(Page.objects.search("Nachhilfe")) == [draft.pk]


def test_autocomplete_finds_a_word_from_its_beginning(search_engine, site_root):
    workshop = ChapterPageFactory(parent=site_root, title="Fahrradwerkstatt")
    search_engine.refresh()

    assert pks(Page.objects.live().autocomplete("Fahrradw")) == [workshop.pk]


def test_facet_counts_results_per_value(search_engine, site_root):
    ChapterPageFactory(parent=site_root, title="Sprachkurs am Morgen")
    ChapterPageFactory(parent=site_root, title="Sprachkurs am Abend")
    ThemeFieldPageFactory(parent=site_root, title="Sprachkurs für Eltern")
    search_engine.refresh()

    counts = Page.objects.live().search("Sprachkurs").facet("content_type_id")

    chapter = ContentType.objects.get_for_model(ChapterPage).pk
    theme_field = ContentType.objects.get_for_model(ThemeFieldPage).pk
    assert dict(counts) == {chapter: 2, theme_field: 1}


def test_update_index_rebuilds_the_index_in_bulk(search_engine, site_root):
    before = search_engine.index_names()
    pages = [ChapterPageFactory(parent=site_root, title=f"Beratung {n}") for n in range(3)]
    search_engine.rebuild()
    search_engine.refresh()

    assert pks(Page.objects.live().search("Beratung")) == pks(pages)
    if not search_engine.is_database:
        # update_index built a new page index in bulk, pointed Wagtail's alias
        # at it and dropped the one from setup.
        page_indexes = [name for name in search_engine.index_names() if "wagtailcore_page" in name]
        assert len(page_indexes) == 1
        assert page_indexes[0] not in before


# Faults: the engine is stopped, hangs, restarts --------------------------------


@ENGINE_ONLY
def test_stopped_engine_fails_fast_and_recovers(search_engine, site_root):
    search_engine.stop()
    started = time.monotonic()
    with pytest.raises(search_engine.unreachable_errors):
        list(Page.objects.live().search("Aachen"))
    assert time.monotonic() - started < TEST_TIMEOUT

    search_engine.start()
    assert pks(Page.objects.live().search("Aachen")) == [site_root.pk]


@ENGINE_ONLY
def test_hanging_engine_times_out_within_the_backend_timeout(search_engine, site_root):
    search_engine.hang()
    started = time.monotonic()
    with pytest.raises(search_engine.unreachable_errors):
        list(Page.objects.live().search("Aachen"))
    waited = time.monotonic() - started
    assert TEST_TIMEOUT * 0.9 <= waited < TEST_TIMEOUT + 1

    search_engine.start()
    assert pks(Page.objects.live().search("Aachen")) == [site_root.pk]


@ENGINE_ONLY
def test_restarted_engine_is_empty_until_rebuilt(search_engine, site_root, osmem):
    url = osmem.url
    osmem.restart()
    assert osmem.url == url
    assert search_engine.index_names() == []

    search_engine.rebuild()
    assert pks(Page.objects.live().search("Aachen")) == [site_root.pk]


def test_database_backend_cannot_be_stopped(db):
    with pytest.raises(RuntimeError):
        SearchEngine("database").stop()


# The infrastructure itself --------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "body", "media_type"),
    [
        ("/{index}", b"{}", COMPAT_JSON),
        ("/_bulk", b'{"index":{"_index":"{index}","_id":"1"}}\n{"title":"x"}\n', COMPAT_NDJSON),
    ],
    ids=["json", "ndjson"],
)
def test_compat_proxy_makes_osmem_accept_the_elasticsearch_media_types(
    osmem, es_proxy, path, body, media_type
):
    index = f"compat_{secrets.token_hex(4)}"
    path = path.format(index=index)
    body = body.replace(b"{index}", index.encode())
    headers = {"Content-Type": media_type, "Accept": COMPAT_JSON}
    method = "PUT" if path == f"/{index}" else "POST"
    try:
        assert raw_request(osmem.url, method, path, body, headers) == 406
        assert raw_request(es_proxy.url, method, path, body, headers) in {200, 201}
    finally:
        raw_request(osmem.url, "DELETE", f"/{index}")


def test_plain_media_type():
    assert plain_media_type(COMPAT_JSON) == "application/json"
    assert plain_media_type(COMPAT_NDJSON) == "application/x-ndjson"
    assert plain_media_type("application/json") == "application/json"


def test_elasticsearch_client_keeps_its_connection_to_the_proxy(es_proxy):
    client = Elasticsearch(es_proxy.url, request_timeout=TEST_TIMEOUT)
    before = es_proxy.accepted
    started = time.monotonic()
    for n in range(50):
        client.index(index="keepalive", id=str(n), document={"title": f"Dokument {n}"})
    elapsed = time.monotonic() - started
    client.indices.delete(index="keepalive")

    assert es_proxy.accepted - before == 1
    # Without TCP_NODELAY each request would wait ~40 ms for a delayed ACK.
    assert elapsed < 1.0


def test_osmem_server_restarts_on_its_port_and_leaves_no_process():
    server = OsmemServer().start()
    try:
        first = server.process
        url = server.url
        server.restart()
        assert server.url == url
        assert first.poll() is not None
        assert raw_request(url, "GET", "/") == 200
    finally:
        server.stop()
    assert first.poll() is not None
    with pytest.raises(OSError):
        raw_request(url, "GET", "/")


def test_proxy_refuses_when_stopped_and_forwards_to_a_new_target(osmem):
    with EngineProxy("http://127.0.0.1:9") as proxy:
        proxy.stop()
        with pytest.raises(ConnectionRefusedError):
            raw_request(proxy.url, "GET", "/")
        proxy.target = osmem.url
        proxy.start()
        assert raw_request(proxy.url, "GET", "/") == 200


def test_search_engines_from_the_environment():
    assert parse_engines("") == ENGINES
    assert parse_engines(" database, opensearch3 ") == ("database", "opensearch3")
    with pytest.raises(ValueError, match="solr"):
        parse_engines("database,solr")


def test_search_engine_fixture_runs_each_engine(request, search_engine):
    assert search_engine.name == request.node.callspec.params["search_engine"]
    assert search_engine.name in type(search_engine.backend).__module__
    assert search_engine.name in type(get_search_backend()).__module__


@pytest.mark.parametrize("search_engine", ["opensearch3"], indirect=True)
def test_a_test_can_choose_its_engines(search_engine):
    assert search_engine.name == "opensearch3"
