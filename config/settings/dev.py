"""Local development: debug on, a fixed throw-away secret key."""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-change-me"  # noqa: S105
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
