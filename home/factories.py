"""Factories for the reference site's page types."""

import wagtail_factories

from .models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Integration in Aachen"
    slug = "start"
    intro = "Das Integrationskonzept der Stadt und ihre Angebote"

    class Meta:
        model = HomePage
