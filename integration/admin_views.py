"""Admin listings and dashboard components; registered in ``wagtail_hooks.py``."""

import django_filters
from django import forms
from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Locale

from .conf import get_setting
from .models import ActionFieldPage, District, MeasurePage, OfferPage, Provider, TargetGroup


class OfferFilterSet(PageListingViewSet.filterset_class):
    """Filters editors use to find offers: classification, place, freshness."""

    action_fields = django_filters.ModelMultipleChoiceFilter(
        label=_("Handlungsfeld"),
        queryset=lambda request: ActionFieldPage.objects.filter(locale=Locale.get_default()),
        widget=forms.CheckboxSelectMultiple,
        method="filter_action_fields",
    )
    target_groups = django_filters.ModelMultipleChoiceFilter(
        label=_("Zielgruppe"),
        queryset=lambda request: TargetGroup.objects.filter(locale=Locale.get_default()),
        widget=forms.CheckboxSelectMultiple,
        method="filter_target_groups",
    )
    district = django_filters.ModelChoiceFilter(
        label=_("Stadtteil"),
        queryset=lambda request: District.objects.filter(locale=Locale.get_default()),
        method="filter_district",
    )
    provider = django_filters.ModelChoiceFilter(
        label=_("Träger"),
        queryset=lambda request: Provider.objects.filter(locale=Locale.get_default()),
        method="filter_provider",
    )
    freshness = django_filters.ChoiceFilter(
        label=_("Aktualität"),
        choices=[
            ("review_due", _("Prüfung fällig")),
            ("expired", _("Abgelaufen")),
            ("current", _("Aktuell gültig")),
        ],
        method="filter_freshness",
        empty_label=_("Alle"),
    )
    is_free = django_filters.BooleanFilter(label=_("Kostenlos"))

    class Meta:
        model = OfferPage
        fields = ["is_free", "wheelchair_accessible", "childcare_available"]

    # Translated offers point at the source-language terms, so match by
    # translation_key: choosing a German term finds offers in every locale.
    def filter_action_fields(self, queryset, name, value):
        if not value:
            return queryset
        keys = [item.translation_key for item in value]
        return queryset.filter(action_fields__translation_key__in=keys).distinct()

    def filter_target_groups(self, queryset, name, value):
        if not value:
            return queryset
        keys = [item.translation_key for item in value]
        return queryset.filter(target_groups__translation_key__in=keys).distinct()

    def filter_district(self, queryset, name, value):
        return (
            queryset.filter(district__translation_key=value.translation_key) if value else queryset
        )

    def filter_provider(self, queryset, name, value):
        return (
            queryset.filter(provider__translation_key=value.translation_key) if value else queryset
        )

    def filter_freshness(self, queryset, name, value):
        offers = OfferPage.objects.all()
        subsets = {
            "review_due": offers.review_due(),
            "expired": offers.expired(),
            "current": offers.current(),
        }
        if value not in subsets:
            return queryset
        return queryset.filter(pk__in=subsets[value].values("pk"))


class OfferIndexView(PageListingViewSet.index_view_class):
    list_export = [
        "external_id",
        "title",
        "provider",
        "district",
        "last_reviewed_on",
        "valid_from",
        "valid_until",
        "live",
    ]


class OfferListingViewSet(PageListingViewSet):
    """All offers in one flat, filterable listing (the explorer nests them)."""

    model = OfferPage
    icon = "list-ul"
    menu_label = _("Angebote")
    menu_order = 110
    add_to_admin_menu = True
    index_view_class = OfferIndexView
    filterset_class = OfferFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("provider", label=_("Träger"), sort_key="provider__name"),
        Column("district", label=_("Stadtteil"), sort_key="district__name"),
        DateColumn("last_reviewed_on", label=_("Geprüft am"), sort_key="last_reviewed_on"),
        DateColumn("valid_until", label=_("Gültig bis"), sort_key="valid_until"),
    ]


class MeasureFilterSet(PageListingViewSet.filterset_class):
    class Meta:
        model = MeasurePage
        fields = ["status"]


class MeasureListingViewSet(PageListingViewSet):
    model = MeasurePage
    icon = "tasks"
    menu_label = _("Maßnahmen")
    menu_order = 120
    add_to_admin_menu = True
    filterset_class = MeasureFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("get_status_display", label=_("Status"), sort_key="status"),
        Column("responsible_provider", label=_("Verantwortlich")),
    ]


class OffersOverviewPanel(Component):
    """Dashboard panel: live offers per action field, and offers due for review."""

    name = "integration_offers_overview"
    order = 50
    template_name = "integration/admin/offers_overview_panel.html"

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        locale = Locale.get_default()
        live_offers = OfferPage.objects.live().filter(locale=locale)
        counts = (
            ActionFieldPage.objects.filter(locale=locale)
            .annotate(
                offer_count=Count(
                    "offers",
                    filter=Q(offers__live=True, offers__locale=locale),
                    distinct=True,
                )
            )
            .order_by("path")
        )
        listing_url = reverse("offer_listing:index")
        context.update(
            {
                "action_fields": [
                    {
                        "title": field.title,
                        "count": field.offer_count,
                        "url": f"{listing_url}?action_fields={field.pk}",
                    }
                    for field in counts
                ],
                "total": live_offers.count(),
                "review_due": live_offers.review_due().count(),
                "expired": live_offers.expired().count(),
                "review_due_url": f"{listing_url}?freshness=review_due",
                "expired_url": f"{listing_url}?freshness=expired",
                "review_interval_days": get_setting("INTEGRATION_REVIEW_INTERVAL_DAYS"),
                "overdue": live_offers.review_due()
                .current()
                .order_by(F("last_reviewed_on").asc(nulls_first=True), "title")[:10],
                "csrf_token": (parent_context or {}).get("csrf_token"),
                "dashboard_url": reverse("wagtailadmin_home"),
            }
        )
        return context


class TranslationStatusPanel(Component):
    """Dashboard panel: per language, how many pages and entries are in each translation state."""

    name = "integration_translation_status"
    order = 60
    template_name = "integration/admin/translation_status_panel.html"

    def get_context_data(self, parent_context=None):
        from .translation.status import State, build_matrix

        context = super().get_context_data(parent_context)
        matrix = build_matrix()
        summary = matrix.summary()
        status_url = reverse("integration_translation_status")
        context.update(
            {
                "states": list(State),
                "rows": [
                    (locale, [(state, summary[locale.language_code][state]) for state in State])
                    for locale in matrix.locales
                ],
                "total": len(matrix.rows),
                "status_url": status_url,
            }
        )
        return context
