"""What every page type of the plugin shares."""

from django.db import models
from wagtail.models import Locale, Page

from ..i18n import text_direction


def live_in_locale(model: type[Page], locale: Locale) -> models.QuerySet:
    """Pages of ``model`` that the public may see, in ``locale``."""
    return model.objects.live().public().filter(locale=locale)


class IntegrationPage(Page):
    """Abstract base of the plugin's page types."""

    class Meta:
        abstract = True

    @property
    def text_direction(self) -> str:
        """``"rtl"`` or ``"ltr"`` for the page's locale (used as the HTML ``dir``)."""
        return text_direction(self.locale.language_code)
