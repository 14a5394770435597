"""The reference site's home page: the root of each locale's tree."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page

from integration.api.fields import RichTextAPIField
from integration.models import IntegrationConceptPage, IntegrationPage, OfferIndexPage


class HomePage(IntegrationPage):
    """Root of a locale's site; leads into the concept and the offers directory."""

    intro = models.CharField(_("Untertitel"), max_length=255, blank=True)
    body = RichTextField(_("Einleitung"), blank=True, features=["bold", "italic", "link"])

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["integration.IntegrationConceptPage", "integration.OfferIndexPage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    api_fields = [APIField("intro"), APIField("body", serializer=RichTextAPIField())]

    class Meta:
        verbose_name = _("Startseite")
        verbose_name_plural = _("Startseiten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().public()
        context["concepts"] = (
            IntegrationConceptPage.objects.child_of(self).live().public().order_by("path")
        )
        context["offer_indexes"] = OfferIndexPage.objects.child_of(self).live().public()
        context["other_pages"] = children.not_type(IntegrationConceptPage, OfferIndexPage)
        return context
