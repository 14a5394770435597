"""A local stand-in for the DeepL API's ``POST /v2/translate``, for tests.

A real HTTP server on 127.0.0.1 (random port) in a thread, answering as
DeepL documents it (https://developers.deepl.com/api-reference/translate):
form-encoded or JSON bodies, ``Authorization: DeepL-Auth-Key …``, 403 for a
wrong key, 456 once the character quota is used up, 400 for unknown
languages, more than 50 texts, ``formality`` for a target language without
it, a glossary without ``source_lang`` and beta languages requested without
``enable_beta_languages``. With ``tag_handling=xml`` only the text between
tags is "translated"; tags and attributes come back unchanged.

The "translation" is deterministic: ``[EN-GB] `` (the target code) in front
of every text node. Each request is recorded in ``requests``.
"""

from __future__ import annotations

import json
import re
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

SOURCE_LANGS = {
    "AR", "BG", "CS", "DA", "DE", "EL", "EN", "ES", "ET", "FI", "FR", "HU", "ID", "IT",
    "JA", "KO", "LT", "LV", "NB", "NL", "PL", "PT", "RO", "RU", "SK", "SL", "SV", "TR",
    "UK", "ZH",
}  # fmt: skip
TARGET_LANGS = (SOURCE_LANGS - {"EN", "PT"}) | {"EN", "EN-GB", "EN-US", "PT-BR", "PT-PT"}
BETA_TARGET_LANGS = {"FA"}
FORMALITY_TARGETS = {"DE", "FR", "IT", "ES", "NL", "PL", "PT-BR", "PT-PT", "JA", "RU"}
TAG = re.compile(r"(<[^>]*>)")


def fake_translate(text: str, target_lang: str, tag_handling: str | None) -> str:
    """Put ``[TARGET] `` before every text node; keep tags (with attributes) as they are."""
    prefix = f"[{target_lang}] "
    if tag_handling not in {"xml", "html"}:
        return prefix + text
    parts = TAG.split(text)
    for index, part in enumerate(parts):
        if part and not part.startswith("<") and part.strip():
            stripped = part.lstrip()
            parts[index] = part[: len(part) - len(stripped)] + prefix + stripped
    return "".join(parts)


class FakeDeepL:
    """Start with ``with FakeDeepL() as deepl:``; point the translator at ``deepl.url``."""

    def __init__(self, auth_key: str = "test-key:fx") -> None:
        self.auth_key = auth_key
        self.requests: list[dict[str, Any]] = []
        self.character_quota: int | None = None
        self.characters_used = 0
        self.delay = 0.0  # seconds before each answer
        self.fail_next: list[int] = []  # HTTP statuses for the next requests, in turn
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeDeepL:
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def texts(self) -> list[str]:
        """Every text received, in order."""
        return [text for request in self.requests for text in request["text"]]

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                if fake.delay:
                    time.sleep(fake.delay)
                status, payload = fake.answer(self.path, dict(self.headers.items()), body)
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler

    def answer(self, path: str, headers: dict[str, str], body: bytes) -> tuple[int, dict]:
        if path != "/v2/translate":
            return HTTPStatus.NOT_FOUND, {"message": "Not found"}
        if headers.get("Authorization") != f"DeepL-Auth-Key {self.auth_key}":
            return HTTPStatus.FORBIDDEN, {"message": "Authorization failure, check auth_key"}
        params = self._parse(headers.get("Content-Type", ""), body)
        if params is None:
            return HTTPStatus.BAD_REQUEST, {"message": "Invalid request body"}
        with self._lock:
            self.requests.append(params)
            if self.fail_next:
                status = self.fail_next.pop(0)
                return status, {"message": f"Simulated HTTP {status}"}
        error = self._validate(params)
        if error:
            return HTTPStatus.BAD_REQUEST, {"message": error}
        texts = params["text"]
        with self._lock:
            characters = sum(map(len, texts))
            if (
                self.character_quota is not None
                and self.characters_used + characters > self.character_quota
            ):
                return 456, {"message": "Quota exceeded"}
            self.characters_used += characters
        target = params["target_lang"].upper()
        return HTTPStatus.OK, {
            "translations": [
                {
                    "detected_source_language": (params.get("source_lang") or "DE").upper(),
                    "text": fake_translate(text, target, params.get("tag_handling")),
                }
                for text in texts
            ]
        }

    @staticmethod
    def _parse(content_type: str, body: bytes) -> dict[str, Any] | None:
        try:
            if content_type.startswith("application/json"):
                params = json.loads(body)
                if not isinstance(params, dict):
                    return None
                params["content_type"] = "json"
            else:
                form = parse_qs(body.decode(), keep_blank_values=True)
                params = {key: values[-1] for key, values in form.items()}
                params["text"] = form.get("text", [])
                params["content_type"] = "form"
        except (ValueError, UnicodeDecodeError):
            return None
        if isinstance(params.get("text"), str):
            params["text"] = [params["text"]]
        return params

    @staticmethod
    def _validate(params: dict[str, Any]) -> str | None:
        texts = params.get("text")
        if not texts or not isinstance(texts, list):
            return "Parameter 'text' not specified."
        if len(texts) > 50:
            return "Too many texts: at most 50 per request."
        target = str(params.get("target_lang") or "").upper()
        if not target:
            return "Parameter 'target_lang' not specified."
        beta = params.get("enable_beta_languages") in {True, "1", "true"}
        if target not in TARGET_LANGS and not (beta and target in BETA_TARGET_LANGS):
            return f"Value for 'target_lang' not supported: {target}"
        source = params.get("source_lang")
        if source and str(source).upper() not in SOURCE_LANGS:
            return f"Value for 'source_lang' not supported: {source}"
        formality = params.get("formality")
        if formality and formality not in {"default", "more", "less", "prefer_more", "prefer_less"}:
            return f"Value for 'formality' not supported: {formality}"
        if formality in {"more", "less"} and target not in FORMALITY_TARGETS:
            return "'formality' is not supported for given 'target_lang'."
        if params.get("glossary_id") and not source:
            return "Use of a glossary requires the 'source_lang' parameter to be specified."
        tag_handling = params.get("tag_handling")
        if tag_handling and tag_handling not in {"xml", "html"}:
            return f"Value for 'tag_handling' not supported: {tag_handling}"
        return None
