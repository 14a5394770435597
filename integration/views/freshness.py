"""Admin view: confirm that an offer is still current (one click)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from ..freshness import confirm_current
from ..models import OfferPage


def confirm_offer_current(request: HttpRequest, page_id: int) -> HttpResponse:
    offer = get_object_or_404(OfferPage, pk=page_id)
    if not offer.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
        next_url = ""
    if request.method == "POST":
        confirm_current(offer, user=request.user)
        messages.success(
            request, _("„%(title)s“ ist als aktuell bestätigt.") % {"title": offer.title}
        )
        return redirect(next_url or "offer_listing:index")
    return TemplateResponse(
        request,
        "integration/admin/confirm_current.html",
        {"offer": offer, "next": next_url},
    )
