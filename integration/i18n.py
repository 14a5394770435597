"""Language helpers shared by templates, the admin and (later) the API."""

from .conf import get_setting


def text_direction(language_code: str) -> str:
    """``"rtl"`` for right-to-left scripts (Arabic, Persian, …), else ``"ltr"``."""
    base = (language_code or "").split("-")[0].lower()
    return "rtl" if base in get_setting("INTEGRATION_RTL_LANGUAGES") else "ltr"
