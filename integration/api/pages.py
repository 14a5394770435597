"""Wagtail's ``pages/`` endpoint, minus offers the public must not see."""

from wagtail.api.v2.views import PagesAPIViewSet

from ..models import OfferPage


class IntegrationPagesAPIViewSet(PagesAPIViewSet):
    """Stock pages endpoint; expired and not-yet-valid offers are left out.

    Wagtail already leaves out drafts, pages scheduled for later and pages
    under view restrictions; an offer's validity is our own rule.
    """

    def get_base_queryset(self):
        hidden = OfferPage.objects.not_current()
        return super().get_base_queryset().exclude(pk__in=hidden.values("pk"))
