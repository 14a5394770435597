"""Admin wiring of the integration plugin: menus, snippet viewsets, dashboard."""

from urllib.parse import urlencode

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import MeasureListingViewSet, OfferListingViewSet, OffersOverviewPanel
from .models import District, Language, OfferPage, Provider, TargetGroup
from .views import freshness, offer_import


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


@hooks.register("register_admin_urls")
def register_offer_admin_urls():
    return [
        path("offers-import/", offer_import.import_offers, name="integration_import"),
        path(
            "offers-import/confirm/",
            offer_import.confirm_import,
            name="integration_import_confirm",
        ),
        path(
            "offers/<int:page_id>/confirm-current/",
            freshness.confirm_offer_current,
            name="integration_confirm_current",
        ),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return offer_import.user_can_import(request.user)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Angebote importieren"),
        reverse("integration_import"),
        icon_name="upload",
        order=111,
        name="offers-import",
    )


@hooks.register("register_log_actions")
def register_offer_log_actions(actions):
    actions.register_action(
        "integration.confirm_current",
        _("Als aktuell bestätigt"),
        _("Angebot als aktuell bestätigt"),
    )


def _confirm_current_button(page, user, next_url=None, priority=10):
    if not isinstance(page.specific_deferred, OfferPage):
        return []
    if not page.permissions_for_user(user).can_edit():
        return []
    url = reverse("integration_confirm_current", args=[page.pk])
    if next_url:
        url += "?" + urlencode({"next": next_url})
    return [Button(_("Als aktuell bestätigen"), url, icon_name="check", priority=priority)]


@hooks.register("register_page_listing_more_buttons")
def confirm_current_listing_button(page, user, next_url=None):
    yield from _confirm_current_button(page, user, next_url)


@hooks.register("register_page_header_buttons")
def confirm_current_header_button(page, user, view_name, next_url=None):
    yield from _confirm_current_button(page, user, next_url)
