"""Settings shared by every environment.

Safe by default: ``DEBUG`` is off and everything that differs between
deployments comes from the environment (see the table in README.md).
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "search",
    "integration",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail_headless_preview",
    "corsheaders",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# Database: SQLite needs no set-up; production sets DATABASE_URL (PostgreSQL).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation. German is the source language of all content; every
# other language is a translation target. One list serves Django (UI),
# Wagtail (content locales) and wagtail-localize.
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("tr", "Türkçe"),
    ("ar", "العربية"),
    ("ru", "Русский"),
    ("uk", "Українська"),
    ("fa", "فارسی"),
    ("fr", "Français"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [SITE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

# Static and media files
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATICFILES_DIRS = [SITE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = os.environ.get("SITE_NAME", "Integrationskonzept Aachen")
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://localhost:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch"), ("en", "English")]

# Search: Wagtail's database backend needs nothing; SEARCH_URL selects an
# Elasticsearch-family engine (SEARCH_BACKEND: elasticsearch8, elasticsearch9
# or opensearch3) with the plugin's per-language fields. The database backend
# is kept up to date as well ("database"): searches fall back to it when the
# engine is unreachable or slow.
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "opensearch3")
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "integration_")
# Seconds an index write or search may wait for the engine; bulk writes of
# rebuilds (update_index) may take longer.
SEARCH_TIMEOUT = float(os.environ.get("SEARCH_TIMEOUT", "1.5"))
SEARCH_BULK_TIMEOUT = float(os.environ.get("SEARCH_BULK_TIMEOUT", "60"))
_SEARCH_BACKENDS = {
    "elasticsearch8": "integration.searching.backends.elasticsearch8",
    "elasticsearch9": "integration.searching.backends.elasticsearch9",
    "opensearch3": "integration.searching.backends.opensearch3",
}
_DATABASE_SEARCH = {"BACKEND": "wagtail.search.backends.database"}
if SEARCH_URL:
    if SEARCH_BACKEND not in _SEARCH_BACKENDS:
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND={SEARCH_BACKEND!r} is not one of {', '.join(_SEARCH_BACKENDS)}"
        )
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": _SEARCH_BACKENDS[SEARCH_BACKEND],
            "URLS": [SEARCH_URL],
            "INDEX_PREFIX": SEARCH_INDEX_PREFIX,
            "TIMEOUT": SEARCH_TIMEOUT,
        },
        "database": _DATABASE_SEARCH,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": _DATABASE_SEARCH}
INTEGRATION_SEARCH_TIMEOUT = SEARCH_TIMEOUT
INTEGRATION_SEARCH_BULK_TIMEOUT = SEARCH_BULK_TIMEOUT

# Machine translation with DeepL (wagtail-localize): only offered when a key is set.
DEEPL_FORMALITY_OPTIONS = ("default", "more", "less", "prefer_more", "prefer_less")
if os.environ.get("DEEPL_API_KEY"):
    _formality = os.environ.get("DEEPL_FORMALITY", "prefer_more")
    if _formality not in DEEPL_FORMALITY_OPTIONS:
        raise ImproperlyConfigured(
            f"DEEPL_FORMALITY={_formality!r} is not one of {', '.join(DEEPL_FORMALITY_OPTIONS)}"
        )
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "integration.translation.machine.DeepLTranslator",
        "OPTIONS": {
            "AUTH_KEY": os.environ["DEEPL_API_KEY"],
            "API_URL": os.environ.get("DEEPL_API_URL", ""),
            "FORMALITY": _formality,
            "GLOSSARY_IDS": os.environ.get("DEEPL_GLOSSARIES", ""),
            "TIMEOUT": float(os.environ.get("DEEPL_TIMEOUT", "20")),
        },
    }

# The integration plugin: how many days an offer may go without review.
INTEGRATION_REVIEW_INTERVAL_DAYS = int(os.environ.get("INTEGRATION_REVIEW_INTERVAL_DAYS", "365"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# The reference site's home page is the root of the concept and the directory.
INTEGRATION_ROOT_PAGE_TYPES = ["home.HomePage"]
# Offers outside the StädteRegion Aachen are typing errors (swapped or garbled coordinates).
INTEGRATION_COORDINATE_BOUNDS = (50.45, 50.95, 5.85, 6.45)

# Headless front ends: which origins may call the API from a browser, and
# where editors preview pages (e.g. "https://app.example.org/preview").
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/(api|open-data)/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified"]
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": (
        {"default": os.environ["HEADLESS_PREVIEW_URL"]}
        if os.environ.get("HEADLESS_PREVIEW_URL")
        else {}
    ),
    "REDIRECT_ON_PREVIEW": False,
}

# The API caches whole responses per content version; seconds clients may cache.
INTEGRATION_API_MAX_AGE = int(os.environ.get("API_MAX_AGE", "60"))
