"""What every page type of the plugin shares."""

from django.conf import settings
from django.db import models
from wagtail.models import Locale, Page
from wagtail.search import index

from ..i18n import text_direction


def live_in_locale(model: type[Page], locale: Locale) -> models.QuerySet:
    """Pages of ``model`` that the public may see, in ``locale``."""
    return model.objects.live().public().filter(locale=locale)


if "wagtail_headless_preview" in settings.INSTALLED_APPS:
    from wagtail_headless_preview.models import HeadlessPreviewMixin as PreviewBase
    from wagtail_headless_preview.settings import headless_preview_settings
else:  # the host site does not use a headless front end

    class PreviewBase:
        pass

    headless_preview_settings = None


# German compound parts and normalised spellings for the database search backend.
SEARCH_VARIANTS = index.SearchField("search_variants")


class IntegrationPage(PreviewBase, Page):
    """Abstract base of the plugin's page types.

    Where the host installs wagtail-headless-preview and configures client
    URLs (``WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"]``), editors preview
    pages in the headless front end; otherwise in the site's own templates.
    """

    class Meta:
        abstract = True

    # The public search's facets of this page type (besides "type"): facet
    # name → the lookup of its values, e.g. {"district": "district__slug"}.
    search_facets: dict[str, str] = {}

    @classmethod
    def get_indexed_objects(cls):
        from ..searching.documents import prepare_for_indexing

        return prepare_for_indexing(super().get_indexed_objects())

    def serve_preview(self, request, mode_name):
        if headless_preview_settings is not None and headless_preview_settings.CLIENT_URLS:
            return super().serve_preview(request, mode_name)
        return Page.serve_preview(self, request, mode_name)

    def search_variants(self) -> str:
        """Text the database search needs besides the fields themselves.

        German compound parts ("Sprachkurs" → "sprach kurs"), light stems
        ("Deutschkurse" → "deutschkurs") and, for Arabic and Persian, the
        normalised spelling; indexed through
        ``index.SearchField("search_variants")`` in each page type.
        """
        from ..searching.documents import page_text, search_variants

        text = page_text(self)
        joined = "\n".join((text.title, text.summary, text.body))
        return search_variants(joined, self.locale.language_code)

    @property
    def text_direction(self) -> str:
        """``"rtl"`` or ``"ltr"`` for the page's locale (used as the HTML ``dir``)."""
        return text_direction(self.locale.language_code)
