"""The admin's exchange files: download a locale's PO/XLIFF archive, upload it translated.

Uploading shows a preview (every change, or every problem with its line or
trans-unit) and changes nothing. The uploaded file is kept in a private
temporary folder under a random token, bound to the uploading user, the
locale and a digest of its content; confirming checks the same file again
against the current database and applies it in one transaction.
"""

import functools
import hashlib
import json
import secrets
import tempfile
import time
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from ..translation.core import target_locales
from ..translation.exchange import (
    MAX_FILE_BYTES,
    archive_name,
    export_locale,
    import_file,
    plan_import,
)
from ..translation.permissions import can_translate_into, translatable_locales

TOKEN_LENGTH = 32
# Uploads never confirmed are removed after this many seconds.
UPLOAD_LIFETIME = 24 * 60 * 60
SUFFIXES = (".po", ".xlf", ".xliff", ".zip")


def upload_dir() -> Path:
    base = getattr(settings, "INTEGRATION_IMPORT_DIR", None)
    path = (
        Path(base) / "translations"
        if base
        else Path(tempfile.gettempdir()) / "integration-translation-imports"
    )
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _remove_stale_uploads(folder: Path) -> None:
    limit = time.time() - UPLOAD_LIFETIME
    for path in folder.glob("*.*"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            pass


class LocaleField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Locale) -> str:
        return f"{obj.get_display_name()} ({obj.language_code})"


class ExportForm(forms.Form):
    locale = LocaleField(
        label=_("Sprache"),
        queryset=Locale.objects.none(),
        to_field_name="language_code",
        empty_label=None,
    )
    missing_only = forms.BooleanField(label=_("Nur noch nicht übersetzte Segmente"), required=False)

    id_prefix = "export"

    def __init__(self, *args, locales=None, **kwargs):
        # Both forms are on one page: keep their element ids apart.
        kwargs.setdefault("auto_id", f"{self.id_prefix}_%s")
        super().__init__(*args, **kwargs)
        # Offered: the user's locales; accepted: any target locale, so that
        # another one is refused with 403 rather than as an invalid choice.
        queryset = target_locales()
        if locales is not None:
            queryset = queryset.filter(pk__in=[locale.pk for locale in locales])
        self.fields["locale"].queryset = queryset


class UploadForm(ExportForm):
    file = forms.FileField(
        label=_("Übersetzte Datei"),
        help_text=_("PO (.po), XLIFF 1.2 (.xlf, .xliff) oder das ZIP-Archiv des Exports"),
    )
    missing_only = None
    id_prefix = "upload"
    publish = forms.BooleanField(
        label=_("Geänderte Übersetzungen sofort veröffentlichen"), required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                _("Die Datei ist zu groß (höchstens %(mb)s MB).") % {"mb": MAX_FILE_BYTES >> 20}
            )
        if not upload.name.lower().endswith(SUFFIXES):
            raise forms.ValidationError(
                _("Bitte eine PO-, XLIFF- (.xlf, .xliff) oder ZIP-Datei hochladen.")
            )
        return upload


class ConfirmForm(forms.Form):
    token = forms.RegexField(regex=rf"^[0-9a-f]{{{TOKEN_LENGTH}}}$")
    digest = forms.RegexField(regex=r"^[0-9a-f]{64}$")
    publish = forms.BooleanField(required=False)


class Forbidden(Exception):
    """The user may not translate into ``locale`` (or, without one, into any locale)."""

    def __init__(self, locale: Locale | None = None):
        super().__init__(locale)
        self.locale = locale


def _forbidden(request: HttpRequest, locale: Locale | None) -> TemplateResponse:
    """A 403 page that says why (Wagtail would turn ``PermissionDenied`` into a redirect)."""
    return TemplateResponse(
        request,
        "integration/translation/exchange_denied.html",
        {"locale": locale},
        status=403,
    )


def _allowed_locales(request: HttpRequest) -> list[Locale]:
    locales = translatable_locales(request.user)
    if not locales:
        raise Forbidden
    return locales


def _check_locale(request: HttpRequest, locale: Locale) -> None:
    if not can_translate_into(request.user, locale):
        raise Forbidden(locale)


def refuses_forbidden(view):
    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except Forbidden as denied:
            return _forbidden(request, denied.locale)

    return wrapper


def _index(request: HttpRequest, *, export_form=None, upload_form=None) -> TemplateResponse:
    locales = _allowed_locales(request)
    return TemplateResponse(
        request,
        "integration/translation/exchange_index.html",
        {
            "export_form": export_form or ExportForm(locales=locales),
            "upload_form": upload_form or UploadForm(locales=locales),
            "max_mb": MAX_FILE_BYTES >> 20,
        },
    )


@refuses_forbidden
def exchange_index(request: HttpRequest) -> HttpResponse:
    """Choose a locale: download its archive, or upload a translated file."""
    return _index(request)


@refuses_forbidden
def exchange_export(request: HttpRequest) -> HttpResponse:
    """The locale's archive as a download (POST: it refreshes translation sources)."""
    if request.method != "POST":
        return redirect("integration_translation_exchange")
    _allowed_locales(request)
    form = ExportForm(request.POST)
    if not form.is_valid():
        return _index(request, export_form=form)
    locale = form.cleaned_data["locale"]
    _check_locale(request, locale)
    data = export_locale(locale, missing_only=form.cleaned_data["missing_only"], user=request.user)
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{archive_name(locale)}"'
    return response


@refuses_forbidden
def exchange_upload(request: HttpRequest) -> HttpResponse:
    """Step 1: check the uploaded file and show what would change (nothing changes yet)."""
    if request.method != "POST":
        return redirect("integration_translation_exchange")
    _allowed_locales(request)
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _index(request, upload_form=form)
    locale = form.cleaned_data["locale"]
    _check_locale(request, locale)
    upload = form.cleaned_data["file"]
    data = upload.read()
    report = plan_import(locale, upload.name, data)

    token = secrets.token_hex(TOKEN_LENGTH // 2)
    digest = hashlib.sha256(data).hexdigest()
    if not report.has_errors:
        folder = upload_dir()
        _remove_stale_uploads(folder)
        (folder / f"{token}.data").write_bytes(data)
        (folder / f"{token}.json").write_text(
            json.dumps(
                {
                    "user": request.user.pk,
                    "filename": upload.name,
                    "locale": locale.language_code,
                    "digest": digest,
                }
            )
        )
    return _preview(
        request, report, token=token, digest=digest, publish=form.cleaned_data["publish"]
    )


def _preview(request: HttpRequest, report, **context) -> TemplateResponse:
    return TemplateResponse(
        request,
        "integration/translation/exchange_preview.html",
        {"report": report, "counts": report.counts, **context},
    )


@refuses_forbidden
def exchange_confirm(request: HttpRequest) -> HttpResponse:
    """Step 2: apply the previewed file, checked again against the current database."""
    if request.method != "POST":
        return redirect("integration_translation_exchange")
    form = ConfirmForm(request.POST)
    expired = _("Der Import ist abgelaufen. Bitte die Datei erneut hochladen.")
    if not form.is_valid():
        messages.error(request, expired)
        return redirect("integration_translation_exchange")
    token, digest = form.cleaned_data["token"], form.cleaned_data["digest"]
    folder = upload_dir()
    meta_path, data_path = folder / f"{token}.json", folder / f"{token}.data"
    try:
        meta = json.loads(meta_path.read_text())
        data = data_path.read_bytes()
    except (OSError, ValueError):
        messages.error(request, expired)
        return redirect("integration_translation_exchange")
    if meta.get("user") != request.user.pk:
        raise PermissionDenied
    if meta.get("digest") != digest or hashlib.sha256(data).hexdigest() != digest:
        messages.error(request, expired)
        return redirect("integration_translation_exchange")
    locale = Locale.objects.filter(language_code=meta.get("locale")).first()
    if locale is None:
        raise Forbidden
    _check_locale(request, locale)

    publish = form.cleaned_data["publish"]
    report = import_file(locale, meta["filename"], data, user=request.user, publish=publish)
    if report.has_errors:
        messages.error(request, _("Die Datei wurde abgelehnt; es wurde nichts geändert."))
        return _preview(request, report, token=token, digest=digest, publish=publish)
    meta_path.unlink(missing_ok=True)
    data_path.unlink(missing_ok=True)
    messages.success(
        request,
        _(
            "Import abgeschlossen: %(changed)s Segmente geändert, %(unchanged)s unverändert, "
            "%(empty)s leer übersprungen; %(objects)s Seiten oder Snippets gespeichert."
        )
        % report.counts,
    )
    return redirect("integration_translation_exchange")
