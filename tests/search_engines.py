"""Search engines for the tests: osmem-server, proxies in front of it, backend settings.

Production runs an Elasticsearch-family engine; the tests run the same
backend code against osmem-server, an in-memory server that speaks the
OpenSearch REST API, started by the suite on a free loopback port.

- ``OsmemServer`` starts, stops and restarts the server process.
- ``EngineProxy`` forwards HTTP to an engine and can be stopped (connections
  refused) or made to hang (connections accepted, never answered), so a test
  can take "its" engine away without disturbing the shared server.
- ``CompatProxy`` does the same and also rewrites the Elasticsearch client's
  ``application/vnd.elasticsearch+json; compatible-with=N`` media types to
  the plain ones, which osmem-server answers (it rejects the others with 406).
- ``search_backends_setting`` builds ``WAGTAILSEARCH_BACKENDS`` for an engine.

The pytest fixtures that use these live in ``tests/conftest.py``.
"""

from __future__ import annotations

import atexit
import collections
import contextlib
import http.client
import json
import os
import re
import secrets
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
from osmem_server import resolve_binary

#: The engines the search tests run against by default, in this order.
ENGINES = ("database", "opensearch3", "elasticsearch9")
#: Every engine name ``search_backends_setting`` understands.
KNOWN_ENGINES = ("database", "opensearch3", "elasticsearch8", "elasticsearch9")
#: Wagtail's own backends; ``integration.searching.backends`` has the plugin's.
STOCK_BACKEND_PACKAGE = "wagtail.search.backends"
DATABASE_BACKEND = "wagtail.search.backends.database"
#: Seconds a test backend waits for the engine: short, so fault tests are quick,
#: yet far above what osmem-server needs for any request of the suite.
TEST_TIMEOUT = 1.0

_LOOPBACK = "127.0.0.1"


# Straight to the engine, whatever HTTP(S)_PROXY the environment sets.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _request(
    method: str, url: str, body: bytes | None = None, timeout: float = 5.0
) -> tuple[int, bytes]:
    """Status and body of one JSON request; error statuses are returned, not raised."""
    request = urllib.request.Request(  # noqa: S310 - the URL is the test engine's
        url, data=body, method=method, headers={"Content-Type": "application/json"}
    )
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def _get(url: str, timeout: float = 2.0) -> tuple[int, bytes]:
    return _request("GET", url, timeout=timeout)


class OsmemServer:
    """An osmem-server process on a loopback port.

    ``start()`` waits until ``GET /`` answers. ``restart()`` keeps the port
    by default, so clients and proxies configured with ``url`` reach the new
    process (which starts empty: the server keeps nothing on disk). The
    process is stopped at interpreter exit, and it exits by itself when the
    test process disappears (``-parent-pid``).
    """

    def __init__(
        self, binary: str | None = None, *, japanese: bool = False, startup_timeout: float = 10.0
    ) -> None:
        self.binary = resolve_binary(binary)
        # Japanese analysis (which the site does not use) costs about half a
        # second when the first index with analysis settings is created.
        self.japanese = japanese
        self.startup_timeout = startup_timeout
        self.process: subprocess.Popen[str] | None = None
        self.port: int | None = None
        self.version = ""
        self._output: collections.deque[str] = collections.deque(maxlen=200)
        self._reader: threading.Thread | None = None
        self._exit_hook = False

    @property
    def url(self) -> str:
        if self.port is None:
            raise RuntimeError("osmem-server has not been started")
        return f"http://{_LOOPBACK}:{self.port}"

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    @property
    def output(self) -> str:
        """The last lines the server printed (its log), for failure messages."""
        return "".join(self._output)

    def start(self, port: int | None = None) -> OsmemServer:
        """Start on ``port``; by default the previous port, or a free one the first time."""
        if self.running:
            return self
        if port is None:
            port = self.port or 0
        self._output.clear()
        self.process = subprocess.Popen(  # noqa: S603 - the bundled osmem-server binary
            [
                self.binary,
                "-addr",
                f"{_LOOPBACK}:{port}",
                "-no-stdin-watch",
                "-parent-pid",
                str(os.getpid()),
                *([] if self.japanese else ["-no-ja"]),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        ready: dict = {}
        announced = threading.Event()
        self._reader = threading.Thread(
            target=self._read_output, args=(self.process, ready, announced), daemon=True
        )
        self._reader.start()
        if not self._exit_hook:
            atexit.register(self.stop)
            self._exit_hook = True
        deadline = time.monotonic() + self.startup_timeout
        announced.wait(self.startup_timeout)
        if "url" not in ready:
            self.stop()
            raise RuntimeError(f"osmem-server did not start on port {port}:\n{self.output}")
        self.port = urllib.parse.urlsplit(ready["url"]).port
        self.version = ready.get("version", "")
        self._wait_until_ready(deadline)
        return self

    def _read_output(
        self, process: subprocess.Popen[str], ready: dict, announced: threading.Event
    ) -> None:
        # Reads until the process exits, so its output pipe never fills up.
        assert process.stdout is not None
        for line in process.stdout:
            self._output.append(line)
            if not announced.is_set() and line.lstrip().startswith("{"):
                try:
                    message = json.loads(line)
                except ValueError:
                    continue
                if isinstance(message, dict) and "url" in message:
                    ready.update(message)
                    announced.set()
        announced.set()

    def _wait_until_ready(self, deadline: float) -> None:
        while True:
            try:
                status, _ = _get(self.url + "/", timeout=0.5)
                if status == 200:
                    return
            except OSError:
                pass
            if not self.running or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"osmem-server at {self.url} did not answer:\n{self.output}")
            time.sleep(0.01)

    def stop(self) -> None:
        """Stop the process (its data is lost); ``start()`` starts a new, empty one."""
        process, self.process = self.process, None
        if process is None:
            return
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._reader is not None:
            self._reader.join(timeout=2)
        if process.stdout is not None:
            process.stdout.close()

    def restart(self, *, new_port: bool = False) -> OsmemServer:
        """Stop and start again, on the same port unless ``new_port``."""
        port = 0 if new_port else self.port
        self.stop()
        return self.start(port)

    def ensure_running(self) -> OsmemServer:
        """Start the server again if a test stopped it (on the port it had)."""
        return self if self.running else self.start()


# HTTP/1.1 hop-by-hop headers, which a proxy does not forward.
_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)
_COMPAT_MEDIA_TYPE = re.compile(
    r"application/vnd\.elasticsearch\+([\w.-]+)\s*;\s*compatible-with\s*=\s*\d+", re.IGNORECASE
)


def plain_media_type(value: str) -> str:
    """``application/vnd.elasticsearch+json; compatible-with=9`` → ``application/json``."""
    return _COMPAT_MEDIA_TYPE.sub(r"application/\1", value)


class _ProxyHandler(BaseHTTPRequestHandler):
    """One client connection; forwards each request on its own upstream connection."""

    protocol_version = "HTTP/1.1"  # keep-alive
    disable_nagle_algorithm = True
    server: EngineProxy  # type: ignore[assignment]

    def setup(self) -> None:
        super().setup()
        self.upstream: http.client.HTTPConnection | None = None
        self.upstream_target = ""

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            if self.upstream is not None:
                self.upstream.close()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def forward(self) -> None:
        proxy = self.server
        body = self.read_body()
        if proxy.hanging:
            # Hold the request unanswered until the test ends the hang or stops the proxy.
            proxy.wait_while_hanging()
            self.close_connection = True
            return
        headers = {
            name: value
            for name, value in self.headers.items()
            if name.lower() not in _HOP_BY_HOP and name.lower() not in {"host", "content-length"}
        }
        if proxy.rewrite_compat:
            for name in list(headers):
                if name.lower() in {"accept", "content-type"}:
                    headers[name] = plain_media_type(headers[name])
        answer = self.ask_upstream(proxy.target, body, headers)
        if answer is None:
            # The engine is unreachable: drop the client connection, as a dead engine would.
            self.close_connection = True
            return
        response, data = answer
        lines = [f"HTTP/1.1 {response.status} {response.reason}"]
        keep_length = self.command == "HEAD" or response.status in {204, 304}
        for name, value in response.getheaders():
            lowered = name.lower()
            if lowered in _HOP_BY_HOP or (lowered == "content-length" and not keep_length):
                continue
            lines.append(f"{name}: {value}")
        if not keep_length:
            lines.append(f"Content-Length: {len(data)}")
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.wfile.write(head + data)

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = forward

    def read_body(self) -> bytes | None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in {b"\r\n", b"\n", b""}:
                        pass  # trailer headers
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else None

    def ask_upstream(
        self, target: str, body: bytes | None, headers: dict[str, str]
    ) -> tuple[http.client.HTTPResponse, bytes] | None:
        # A kept-alive upstream connection may have died with a restarted
        # engine: one retry on a fresh connection tells that from an engine
        # that is down.
        for attempt in range(2):
            if self.upstream is None or self.upstream_target != target:
                if self.upstream is not None:
                    self.upstream.close()
                parts = urllib.parse.urlsplit(target)
                self.upstream = http.client.HTTPConnection(
                    parts.hostname or _LOOPBACK, parts.port or 80, timeout=30
                )
                self.upstream_target = target
            try:
                if self.upstream.sock is None:
                    self.upstream.connect()
                    self.upstream.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                self.upstream.request(self.command, self.path, body=body, headers=headers)
                response = self.upstream.getresponse()
                data = response.read()
            except (OSError, http.client.HTTPException):
                self.upstream.close()
                self.upstream = None
                if attempt:
                    return None
                continue
            if response.will_close:
                self.upstream.close()
                self.upstream = None
            return response, data
        return None


class EngineProxy:
    """A threaded HTTP proxy on a loopback port in front of an engine at ``target``.

    ``stop()`` closes the port and every open connection, so clients get
    "connection refused" (an engine that is down); ``start()`` listens on the
    same port again. While ``hanging`` is true the proxy accepts connections
    and reads requests but never answers (an engine that is overloaded or
    cut off by a firewall). ``target`` can be changed at any time.
    """

    #: Whether to rewrite the Elasticsearch client's compatible-with media types.
    rewrite_compat = False

    def __init__(self, target: str, *, port: int = 0) -> None:
        self.target = target.rstrip("/")
        self.port = port
        self._listener: socket.socket | None = None
        self._accepting: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        #: Client connections accepted so far (keep-alive clients reuse theirs).
        self.accepted = 0
        self._lock = threading.Lock()
        self._not_hanging = threading.Event()
        self._not_hanging.set()

    @property
    def url(self) -> str:
        if not self.port:
            raise RuntimeError("the proxy has not been started")
        return f"http://{_LOOPBACK}:{self.port}"

    @property
    def running(self) -> bool:
        return self._listener is not None

    @property
    def hanging(self) -> bool:
        return not self._not_hanging.is_set()

    @hanging.setter
    def hanging(self, value: bool) -> None:
        if value:
            self._not_hanging.clear()
        else:
            self._not_hanging.set()

    def hang(self) -> None:
        """Accept connections and requests from now on, but answer none of them."""
        self.hanging = True

    def wait_while_hanging(self) -> None:
        self._not_hanging.wait()

    def start(self) -> EngineProxy:
        """Listen (again) on the proxy's port and answer normally."""
        self.hanging = False
        if self._listener is not None:
            return self
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((_LOOPBACK, self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._accepting = threading.Thread(
            target=self._accept, args=(listener,), name=f"proxy:{self.port}", daemon=True
        )
        self._accepting.start()
        return self

    def stop(self) -> None:
        """Refuse connections: close the port and every open connection."""
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread
            listener.close()
            if self._accepting is not None:
                self._accepting.join(timeout=2)
        with self._lock:
            connections, self._connections = self._connections, set()
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        # Requests held by a hang end now, on closed connections.
        self._not_hanging.set()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                connection, address = listener.accept()
            except OSError:
                return
            connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                if self._listener is not listener:
                    connection.close()
                    return
                self._connections.add(connection)
                self.accepted += 1
            threading.Thread(target=self._serve, args=(connection, address), daemon=True).start()

    def _serve(self, connection: socket.socket, address: tuple[str, int]) -> None:
        try:
            _ProxyHandler(connection, address, self)
        except Exception:  # noqa: S110 - a broken connection ends just this connection
            pass  # the client went away, stop() closed the connection, or garbage came in
        finally:
            with self._lock:
                self._connections.discard(connection)
            connection.close()

    def __enter__(self) -> EngineProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class CompatProxy(EngineProxy):
    """An ``EngineProxy`` that lets the ``elasticsearch`` client talk to osmem-server.

    elasticsearch-py 8/9 sends ``Accept`` and ``Content-Type`` as
    ``application/vnd.elasticsearch+json; compatible-with=N`` (``+x-ndjson``
    for bulk requests); osmem-server answers those with 406. The proxy
    rewrites them to ``application/json`` / ``application/x-ndjson``. The
    client accepts osmem's plain ``application/json`` answers as they are.
    """

    rewrite_compat = True


def parse_engines(value: str) -> tuple[str, ...]:
    """Engine names from a comma-separated list (``SEARCH_ENGINES``); ``ENGINES`` if empty."""
    names = tuple(name.strip() for name in value.split(",") if name.strip())
    unknown = sorted(set(names) - set(KNOWN_ENGINES))
    if unknown:
        raise ValueError(
            f"unknown search engine(s) {', '.join(unknown)}; known: {', '.join(KNOWN_ENGINES)}"
        )
    return names or ENGINES


def index_prefix_factory() -> Iterator[str]:
    """Index name prefixes unique per test session and per call: ``t3fa9c1_1_``, ``t3fa9c1_2_``…"""
    session = secrets.token_hex(3)
    number = 0
    while True:
        number += 1
        yield f"t{session}_{number}_"


def search_backends_setting(
    engine: str,
    *,
    url: str = "",
    index_prefix: str = "",
    timeout: float = TEST_TIMEOUT,
    backend: str | None = None,
    database_fallback: bool = True,
) -> dict[str, dict]:
    """``WAGTAILSEARCH_BACKENDS`` for ``engine`` (one of ``KNOWN_ENGINES``).

    ``backend`` is the module whose ``SearchBackend`` serves an
    Elasticsearch-family engine; Wagtail's own (``wagtail.search.backends.<engine>``)
    by default. Like the production settings, an engine comes with the
    ``database`` backend next to it unless ``database_fallback`` is false.
    """
    if engine not in KNOWN_ENGINES:
        raise ValueError(f"unknown search engine {engine!r}; expected one of {KNOWN_ENGINES}")
    if engine == "database":
        return {"default": {"BACKEND": backend or DATABASE_BACKEND}}
    if not url:
        raise ValueError(f"the {engine} engine needs a URL")
    backends = {
        "default": {
            "BACKEND": backend or f"{STOCK_BACKEND_PACKAGE}.{engine}",
            "URLS": [url],
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": timeout,
        }
    }
    if database_fallback:
        backends["database"] = {"BACKEND": DATABASE_BACKEND}
    return backends


def delete_indexes(url: str, prefix: str) -> list[str]:
    """Delete the indexes (and with them their aliases) whose names start with ``prefix``.

    By name rather than by wildcard, which Elasticsearch refuses by default.
    """
    if not prefix:
        raise ValueError("refusing to delete every index")
    base = url.rstrip("/")
    status, body = _get(f"{base}/_cat/indices/{prefix}*?format=json&h=index", timeout=5)
    if status != 200:
        return []
    names = sorted(row["index"] for row in json.loads(body or b"[]"))
    if names:
        _request("DELETE", f"{base}/{','.join(names)}", timeout=5)
    return names


class SearchEngine:
    """The search engine one test runs against, as the ``search_engine`` fixture yields it.

    ``backend`` is the configured default backend. ``refresh()`` makes what was
    just indexed searchable (Elasticsearch refreshes about once a second;
    osmem-server at once); ``rebuild()`` runs ``update_index``. ``stop()``,
    ``hang()`` and ``start()`` act on this test's proxy in front of the
    engine, never on the shared server.
    """

    def __init__(
        self,
        name: str,
        *,
        proxy: EngineProxy | None = None,
        index_prefix: str = "",
        engine_url: str = "",
    ) -> None:
        from wagtail.search.backends import get_search_backend

        self.name = name
        self.proxy = proxy
        self.index_prefix = index_prefix
        #: The engine itself, bypassing the proxy (empty for the database backend).
        self.engine_url = engine_url
        self.backend = get_search_backend()

    def __repr__(self) -> str:
        return f"<SearchEngine {self.name}>"

    @property
    def is_database(self) -> bool:
        return self.proxy is None

    @property
    def unreachable_errors(self) -> tuple[type[Exception], ...]:
        """What a search raises when this engine refuses connections or times out."""
        if self.name.startswith("elasticsearch"):
            import elastic_transport

            return (elastic_transport.ConnectionError, elastic_transport.ConnectionTimeout)
        if self.name.startswith("opensearch"):
            import opensearchpy

            return (opensearchpy.ConnectionError,)
        return ()

    def refresh(self) -> None:
        """Make every document indexed so far searchable (nothing to do for the database)."""
        if not self.is_database:
            self.backend.es.indices.refresh(index=f"{self.index_prefix}*")

    def rebuild(self) -> None:
        """``manage.py update_index`` for the default backend: fresh indexes, all objects."""
        from django.core.management import call_command

        call_command("update_index", backend_name="default", verbosity=0)

    def index_names(self) -> list[str]:
        """The engine's indexes of this test (not aliases), asked of the engine directly."""
        if self.is_database:
            return []
        status, body = _get(
            f"{self.engine_url}/_cat/indices/{self.index_prefix}*?format=json&h=index"
        )
        return sorted(row["index"] for row in json.loads(body)) if status == 200 else []

    def _require_proxy(self) -> EngineProxy:
        if self.proxy is None:
            raise RuntimeError("the database backend cannot be stopped or made to hang")
        return self.proxy

    def stop(self) -> None:
        """Take the engine away: connections are refused from now on."""
        self._require_proxy().stop()

    def hang(self) -> None:
        """Make the engine accept connections but answer nothing."""
        self._require_proxy().hang()

    def start(self) -> None:
        """Bring the engine back after ``stop()`` or ``hang()``, at the same address."""
        self._require_proxy().start()


# Fixtures of the plugin's search tests (imported by test_search*.py) -----------


@pytest.fixture
def search_backend_package() -> str:
    """Run the module against the plugin's backends, not Wagtail's stock ones."""
    return "integration.searching.backends"


@pytest.fixture(autouse=True)
def fresh_caches():
    """No facet labels or synonym groups left over from another test."""
    from django.core.cache import cache

    from integration.searching import synonyms

    cache.clear()
    synonyms.clear_cache()
    yield
    cache.clear()
    synonyms.clear_cache()
