"""Admin wiring of the integration plugin: menus, snippet viewsets, dashboard."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import MeasureListingViewSet, OfferListingViewSet, OffersOverviewPanel
from .models import District, Language, Provider, TargetGroup


class ProviderViewSet(SnippetViewSet):
    model = Provider
    icon = "group"
    list_display = ["name", "kind", "website", "email"]
    list_filter = ["kind"]
    search_fields = ["name", "description"]
    list_export = ["name", "slug", "kind", "website", "email", "phone"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "user"
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "site"
    list_display = ["name", "slug", "postcodes"]
    search_fields = ["name", "postcodes"]


class LanguageViewSet(SnippetViewSet):
    model = Language
    icon = "globe"
    list_display = ["code", "name_de", "name_en", "native_name", "direction"]
    list_filter = ["direction"]
    search_fields = ["code", "name_de", "name_en", "native_name"]
    ordering = ["name_de"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    """The vocabularies of the offers directory, under one menu item."""

    items = (ProviderViewSet, TargetGroupViewSet, DistrictViewSet, LanguageViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Verzeichnis")
    menu_name = "directory"
    menu_order = 130


register_snippet(DirectoryViewSetGroup)


@hooks.register("register_admin_viewset")
def register_offer_listing():
    return OfferListingViewSet("offer_listing")


@hooks.register("register_admin_viewset")
def register_measure_listing():
    return MeasureListingViewSet("measure_listing")


@hooks.register("construct_homepage_panels")
def add_offers_overview_panel(request, panels):
    panels.append(OffersOverviewPanel())
