"""Shared fixtures: locales, a German home page as the default site's root, search engines."""

import contextlib
import os
from collections.abc import Callable, Iterator

import pytest
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.factories import HomePageFactory
from home.models import HomePage
from tests.search_engines import (
    KNOWN_ENGINES,
    STOCK_BACKEND_PACKAGE,
    CompatProxy,
    EngineProxy,
    OsmemServer,
    SearchEngine,
    delete_indexes,
    index_prefix_factory,
    parse_engines,
    search_backends_setting,
)


@pytest.fixture
def locale_de(db) -> Locale:
    """The source locale, created by Wagtail's migrations from ``LANGUAGE_CODE``."""
    return Locale.objects.get(language_code="de")


@pytest.fixture
def locale_en(db) -> Locale:
    return Locale.objects.get_or_create(language_code="en")[0]


def make_site_root() -> HomePage:
    """Replace Wagtail's welcome page by a German ``HomePage`` as the default site's root."""
    tree_root = Page.get_first_root_node()
    home = HomePageFactory(parent=tree_root)
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.save()
    welcome.delete()
    return home


@pytest.fixture
def site_root(locale_de) -> HomePage:
    return make_site_root()


# Search engines ---------------------------------------------------------------
#
# A test that takes ``search_engine`` runs once per engine: Wagtail's database
# backend, ``opensearch3`` against osmem-server and ``elasticsearch9`` (the
# ``elasticsearch`` client) against osmem-server through a ``CompatProxy``.
# SEARCH_ENGINES=database,opensearch3 limits the engines;
# @pytest.mark.search_engines("opensearch3", "elasticsearch9") limits them for
# one test. SEARCH_TEST_URL points the Elasticsearch-family runs at a real
# engine instead of osmem-server.

SEARCH_TEST_URL = os.environ.get("SEARCH_TEST_URL", "").rstrip("/")
_index_prefixes = index_prefix_factory()


def pytest_configure(config: pytest.Config) -> None:
    selected_search_engines()  # a wrong SEARCH_ENGINES stops the run before collection
    config.addinivalue_line(
        "markers",
        "search_engines(*names): run the test only against these of the search engines "
        f"({', '.join(KNOWN_ENGINES)})",
    )


def selected_search_engines() -> tuple[str, ...]:
    """The engines named in SEARCH_ENGINES (comma-separated), or all of ``ENGINES``."""
    try:
        return parse_engines(os.environ.get("SEARCH_ENGINES", ""))
    except ValueError as error:
        raise pytest.UsageError(f"SEARCH_ENGINES: {error}") from None


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "search_engine" not in metafunc.fixturenames:
        return
    for marker in metafunc.definition.iter_markers("parametrize"):
        names = marker.args[0]
        if isinstance(names, str):
            names = [name.strip() for name in names.split(",")]
        if "search_engine" in names:
            return  # the test chose its engines itself
    engines = selected_search_engines()
    marker = metafunc.definition.get_closest_marker("search_engines")
    if marker is not None:
        engines = tuple(name for name in engines if name in marker.args)
    metafunc.parametrize("search_engine", engines, indirect=True, ids=list(engines))


@pytest.fixture(scope="session")
def osmem() -> Iterator[OsmemServer]:
    """The session's osmem-server; a test may stop or restart it (``search_engine`` restarts it)."""
    if SEARCH_TEST_URL:
        pytest.skip("SEARCH_TEST_URL is set: the tests use that engine, not osmem-server")
    server = OsmemServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def search_engine_url(request: pytest.FixtureRequest) -> str:
    """Where the Elasticsearch-family engine answers: SEARCH_TEST_URL, else osmem-server."""
    if SEARCH_TEST_URL:
        return SEARCH_TEST_URL
    return request.getfixturevalue("osmem").url


@pytest.fixture(scope="session")
def es_proxy(search_engine_url: str) -> Iterator[CompatProxy]:
    """A session-wide ``CompatProxy`` in front of the engine, for the ``elasticsearch`` client."""
    with CompatProxy(search_engine_url) as proxy:
        yield proxy


@pytest.fixture
def search_backend_package() -> str:
    """The package whose ``<engine>`` modules provide the Elasticsearch-family backends.

    Override it in a test module to run that module against other backends,
    e.g. the plugin's ``integration.searching.backends``.
    """
    return STOCK_BACKEND_PACKAGE


@pytest.fixture
def search_engine(
    request: pytest.FixtureRequest, settings, db, search_backend_package: str
) -> Iterator[SearchEngine]:
    """The default search backend of this test, once per engine (see above).

    Elasticsearch-family engines get indexes of their own (a fresh prefix,
    built by ``update_index`` at setup with whatever the database holds by
    then, deleted afterwards) and a proxy of their own, so ``stop()`` and
    ``hang()`` affect this test only. Saves index at once (the tasks run
    inside ``save()``); call ``refresh()`` before searching for what was just
    saved.
    """
    from integration.searching import health

    # The engine's "down" state is per process: no test inherits another's outage.
    health.mark_engine_up()
    request.addfinalizer(health.mark_engine_up)
    name = getattr(request, "param", "database")
    if name == "database":
        settings.WAGTAILSEARCH_BACKENDS = search_backends_setting("database")
        yield SearchEngine(name)
        return
    engine_url = request.getfixturevalue("search_engine_url")
    if not SEARCH_TEST_URL:
        request.getfixturevalue("osmem").ensure_running()
    proxy_class = CompatProxy if name.startswith("elasticsearch") else EngineProxy
    proxy = proxy_class(engine_url).start()
    prefix = next(_index_prefixes)
    settings.WAGTAILSEARCH_BACKENDS = search_backends_setting(
        name,
        url=proxy.url,
        index_prefix=prefix,
        backend=f"{search_backend_package}.{name}",
    )
    try:
        engine = SearchEngine(name, proxy=proxy, index_prefix=prefix, engine_url=engine_url)
        engine.rebuild()
        yield engine
    finally:
        proxy.stop()
        # A test that stopped the engine took its indexes with it.
        with contextlib.suppress(OSError):
            delete_indexes(engine_url, prefix)


def run_pending_on_commit_callbacks() -> list[Callable]:
    """Run and forget what waits for the test's transaction to commit.

    The signal handlers register one bump per transaction and skip a second
    while one is pending; in a test nothing ever commits, so a bump left
    over from the set-up would swallow the bump of the change under test.
    """
    db = transaction.get_connection()
    pending, db.run_on_commit = db.run_on_commit, []
    for _savepoints, callback, _robust in pending:
        callback()
    return [callback for _savepoints, callback, _robust in pending]


@pytest.fixture
def committing(django_capture_on_commit_callbacks):
    """``with committing() as callbacks:`` around a change, as if it were committed."""

    @contextlib.contextmanager
    def commit() -> Iterator[list]:
        run_pending_on_commit_callbacks()
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            yield callbacks
        run_pending_on_commit_callbacks()

    return commit
