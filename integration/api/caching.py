"""Conditional requests and response caching for every API endpoint.

An ETag names the content version, the day (offers expire at midnight
without any publish), the host, the full path and the ``Accept`` header. A
request whose ``If-None-Match`` matches gets ``304`` without the view
running; otherwise a successful body is cached under the same key, so a
publish or unpublish (which bumps the version) invalidates every cached
listing at once, in every server process.
"""

import datetime
import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, parse_etags, parse_http_date_safe

from ..models import ContentVersion


def _setting(name: str, default):
    return getattr(settings, name, default)


def content_version_token(request) -> str:
    """The content version a request is served at: number and time of the last change.

    The time makes it unique even when a database is restored (or a test
    rolled back) to an older number. Read once per request, by ``api_cache``.
    """
    token = getattr(request, "integration_content_version", None)
    if token is None:
        token = ContentVersion.current().token
        request.integration_content_version = token
    return token


def api_cache(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        if getattr(view, "integration_uncached", False):
            # Answers that depend on more than the content (the search engine's
            # state): short client caching only, never the shared cache.
            response = view(request, *args, **kwargs)
            response["Cache-Control"] = (
                f"public, max-age={_setting('INTEGRATION_SEARCH_MAX_AGE', 30)}"
            )
            return response
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            # Wagtail's pages endpoint shows login-restricted pages to signed-in
            # users: such a response must neither come from nor go into the
            # shared cache, nor be stored by proxies.
            response = view(request, *args, **kwargs)
            response["Cache-Control"] = "private, no-store"
            patch_vary_headers(response, ["Cookie"])
            return response
        version = ContentVersion.current()
        request.integration_content_version = version.token
        today = timezone.localdate()
        material = "|".join(
            (
                request.integration_content_version,
                today.isoformat(),
                request.get_host(),
                request.get_full_path(),
                request.headers.get("Accept", ""),
            )
        )
        etag = '"' + hashlib.sha256(material.encode()).hexdigest()[:32] + '"'
        midnight = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
        last_modified = max(version.changed_at, midnight)

        def finish(response):
            response["ETag"] = etag
            response["Last-Modified"] = http_date(last_modified.timestamp())
            response["Cache-Control"] = f"public, max-age={_setting('INTEGRATION_API_MAX_AGE', 60)}"
            patch_vary_headers(response, ["Accept"])
            return response

        if_none_match = request.headers.get("If-None-Match")
        if if_none_match is not None:
            if etag in parse_etags(if_none_match) or if_none_match.strip() == "*":
                return finish(HttpResponseNotModified())
        else:
            since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
            if since is not None and int(last_modified.timestamp()) <= since:
                return finish(HttpResponseNotModified())

        cache = caches[_setting("INTEGRATION_API_CACHE", "default")]
        key = "integration-api:" + etag.strip('"')
        cached = cache.get(key)
        if cached is not None:
            body, content_type = cached
            return finish(HttpResponse(body, content_type=content_type))
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if response.status_code != 200 or response.streaming:
            return response
        cache.set(
            key,
            (response.content, response["Content-Type"]),
            _setting("INTEGRATION_API_CACHE_SECONDS", 3600),
        )
        return finish(response)

    return wrapped
