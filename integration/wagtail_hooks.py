"""Admin wiring of the integration plugin: menus, snippet viewsets, dashboard."""

from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import (
    MeasureListingViewSet,
    OfferListingViewSet,
    OffersOverviewPanel,
    TranslationStatusPanel,
)
from .models import District, Language, OfferPage, Provider, TargetGroup
from .translation import roles
from .translation.permissions import translatable_locales
from .views import (
    freshness,
    offer_import,
    translation_exchange,
    translation_machine,
    translation_status,
)


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


# --- translation workflow: status matrix, locales, translator groups --------


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    return [
        path(
            "translations/status/",
            translation_status.translation_status,
            name="integration_translation_status",
        ),
        path(
            "translations/start/<int:content_type_id>/<int:object_id>/<str:locale_code>/",
            translation_status.start_translation,
            name="integration_translation_start",
        ),
        path(
            "translations/<int:translation_id>/reviewed/",
            translation_status.mark_reviewed,
            name="integration_translation_reviewed",
        ),
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return translation_status.user_can_view_status(request.user)


@hooks.register("register_translation_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Übersetzungsstand"),
        reverse("integration_translation_status"),
        icon_name="table",
        order=100,
        name="translation-status",
    )


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if translation_status.user_can_view_status(request.user):
        panels.append(TranslationStatusPanel())


@hooks.register("register_log_actions")
def register_translation_log_actions(actions):
    actions.register_action(
        "integration.translation_reviewed",
        _("Maschinelle Übersetzung geprüft"),
        _("Maschinell übersetzte Abschnitte als geprüft markiert"),
    )


def _deny_snippet_outside_locale(request, instance, action="change"):
    if roles.snippet_locale_denied(request.user, instance, action):
        raise PermissionDenied


@hooks.register("before_edit_snippet", order=-100)
def restrict_snippet_edit_to_translator_locale(request, instance):
    _deny_snippet_outside_locale(request, instance)


@hooks.register("before_delete_snippet", order=-100)
def restrict_snippet_delete_to_translator_locale(request, instances):
    for instance in instances:
        _deny_snippet_outside_locale(request, instance, "delete")


# --- translation workflow: machine translation ------------------------------


@hooks.register("register_admin_urls")
def register_machine_translation_urls():
    return [
        path(
            "translations/machine/",
            translation_machine.machine_translation,
            name="integration_machine_translation",
        ),
    ]


class MachineTranslationMenuItem(MenuItem):
    def is_shown(self, request):
        return translation_machine.user_can_machine_translate(request.user)


@hooks.register("register_translation_menu_item")
def register_machine_translation_menu_item():
    return MachineTranslationMenuItem(
        _("Maschinell übersetzen"),
        reverse("integration_machine_translation"),
        icon_name="globe",
        order=200,
        name="machine-translation",
    )


def _machine_translation_button(page, user, priority=65):
    if page.is_root() or page.alias_of_id:
        return []
    if (
        not translation_machine.user_can_machine_translate(user)
        or page.locale_id != translation_machine.source_locale().pk
    ):
        return []
    url = reverse("integration_machine_translation") + "?" + urlencode({"page": page.pk})
    return [Button(_("Maschinell übersetzen"), url, icon_name="globe", priority=priority)]


@hooks.register("register_page_listing_more_buttons")
def machine_translation_listing_button(page, user, next_url=None):
    yield from _machine_translation_button(page, user)


@hooks.register("register_page_header_buttons")
def machine_translation_header_button(page, user, view_name, next_url=None):
    yield from _machine_translation_button(page, user)


# --- translation workflow: exchange files (PO / XLIFF) ----------------------


class TranslationExchangeMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(translatable_locales(request.user))


@hooks.register("register_admin_urls")
def register_translation_exchange_urls():
    return [
        path(
            "translations/files/",
            translation_exchange.exchange_index,
            name="integration_translation_exchange",
        ),
        path(
            "translations/files/export/",
            translation_exchange.exchange_export,
            name="integration_translation_exchange_export",
        ),
        path(
            "translations/files/upload/",
            translation_exchange.exchange_upload,
            name="integration_translation_exchange_upload",
        ),
        path(
            "translations/files/confirm/",
            translation_exchange.exchange_confirm,
            name="integration_translation_exchange_confirm",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_translation_menu():
    """The "Übersetzung" area; its items register with ``register_translation_menu_item``."""
    menu = Menu(
        register_hook_name="register_translation_menu_item",
        construct_hook_name="construct_translation_menu",
    )
    return SubmenuMenuItem(_("Übersetzung"), menu, icon_name="globe", name="translation", order=140)


@hooks.register("register_translation_menu_item")
def register_translation_exchange_menu_item():
    return TranslationExchangeMenuItem(
        _("Übersetzungsdateien"),
        reverse("integration_translation_exchange"),
        icon_name="doc-full",
        order=300,
        name="translation-files",
    )


# --- search: synonym groups (Settings → Suchbegriffe (Synonyme)) -------------

from .models import SynonymGroup  # noqa: E402 - kept with the section it serves


class SynonymGroupViewSet(SnippetViewSet):
    """Editors' synonym groups per locale; the search applies them to the next query."""

    model = SynonymGroup
    icon = "search"
    menu_label = _("Suchbegriffe (Synonyme)")
    menu_name = "search-synonyms"
    add_to_settings_menu = True
    list_display = ["terms", "locale", "is_active"]
    list_filter = ["locale", "is_active"]
    search_fields = ["terms", "note"]


register_snippet(SynonymGroupViewSet)
