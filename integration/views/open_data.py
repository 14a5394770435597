"""Public views of the plugin: open-data downloads of the offers directory.

A host site includes ``integration.urls`` wherever it likes, e.g.
``path("open-data/", include("integration.urls"))``.
"""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from ..offers_io.exporting import CONTENT_TYPES, FORMATS, export, public_offers


@require_GET
def export_offers(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in FORMATS:
        return JsonResponse(
            {"errors": {"format": f"Unbekanntes Format „{fmt}“; möglich: {', '.join(FORMATS)}."}},
            status=404,
        )
    code = request.GET.get("locale")
    if code is None:
        locale = Locale.get_active()
    else:
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            known = ", ".join(Locale.objects.values_list("language_code", flat=True))
            return JsonResponse(
                {"errors": {"locale": f"Unbekannte Sprache „{code}“; vorhanden: {known}."}},
                status=400,
            )
    data = export(list(public_offers(locale)), fmt, locale)
    response = HttpResponse(data, content_type=CONTENT_TYPES[fmt])
    extension = "json" if fmt == "hsds" else fmt
    suffix = "-hsds" if fmt == "hsds" else ""
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = (
        f'attachment; filename="angebote-{locale.language_code}{suffix}-{stamp}.{extension}"'
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response
