"""What the plugin's API endpoints share: locales, errors, labels, rich text."""

from django.http import Http404, HttpRequest, JsonResponse
from django.urls import path
from wagtail.models import Locale
from wagtail.rich_text import expand_db_html

from ..i18n import text_direction


class APIError(Exception):
    """A 400 answer naming each bad parameter."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__(errors)


def error_response(errors: dict[str, str], status: int = 400) -> JsonResponse:
    return JsonResponse({"errors": errors}, status=status)


def resolve_locale(code: str | None) -> Locale:
    if not code:
        return Locale.get_default()
    locale = Locale.objects.filter(language_code=code).first()
    if locale is None:
        known = ", ".join(sorted(Locale.objects.values_list("language_code", flat=True)))
        raise APIError({"locale": f"unknown locale {code!r}; available: {known}"})
    return locale


def rich_text(html: str) -> str:
    """Rich text as HTML with internal links and embeds resolved to real URLs."""
    return expand_db_html(html) if html else ""


def locale_info(locale: Locale) -> dict:
    return {
        "code": locale.language_code,
        "direction": text_direction(locale.language_code),
    }


class NotAModel:
    """What these endpoints claim to serve when Wagtail's router asks.

    Wagtail's serializers look up "the endpoint of a related model" on the
    router to build nested objects; these endpoints have no such
    serializers, so no model is ever a subclass of this.
    """


class EndpointMixin:
    """Routing glue so that ``WagtailAPIRouter`` can mount plain view classes."""

    model = NotAModel

    @classmethod
    def get_urlpatterns(cls):
        patterns = [path("", cls.as_listing_view(), name="listing")]
        if hasattr(cls, "detail"):
            patterns.append(path("<int:pk>/", cls.as_detail_view(), name="detail"))
        return patterns

    @classmethod
    def as_listing_view(cls):
        def view(request: HttpRequest):
            return cls()._respond(request, "listing")

        view.__name__ = f"{cls.__name__}_listing"
        return view

    @classmethod
    def as_detail_view(cls):
        def view(request: HttpRequest, pk: int):
            return cls()._respond(request, "detail", pk)

        view.__name__ = f"{cls.__name__}_detail"
        return view

    request: HttpRequest | None = None

    def _respond(self, request: HttpRequest, action: str, *args):
        self.request = request
        if request.method not in ("GET", "HEAD"):
            return JsonResponse({"errors": {"method": "only GET and HEAD"}}, status=405)
        try:
            data = getattr(self, action)(request, *args)
        except APIError as error:
            return error_response(error.errors)
        except Http404 as error:
            return error_response({"detail": str(error) or "not found"}, status=404)
        if isinstance(data, JsonResponse):
            return data
        return JsonResponse(data, json_dumps_params={"ensure_ascii": False})

    @classmethod
    def get_model_listing_urlpath(cls, model, namespace=""):
        from django.urls import reverse

        return reverse(f"{namespace}:listing")

    @classmethod
    def get_object_detail_urlpath(cls, model, pk, namespace=""):
        from django.urls import reverse

        return reverse(f"{namespace}:detail", args=[pk])
