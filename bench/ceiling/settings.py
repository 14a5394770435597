"""Production settings, served from loopback for the API benchmark only."""

import os

# Production refuses to start without a key; this server only ever listens on 127.0.0.1.
os.environ.setdefault("SECRET_KEY", "bench-api-loopback-only")

from config.settings.production import *  # noqa: E402, F403

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.ceiling.urls"

# ``bench/api.py --no-api-cache``: every API request runs its view; ETags and 304s still work.
if os.environ.get("BENCH_API_CACHE") == "off":
    CACHES = {
        **globals().get(
            "CACHES", {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
        ),
        "bench-none": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    INTEGRATION_API_CACHE = "bench-none"
