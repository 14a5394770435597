"""The admin's offer import: upload a sheet, see exactly what would change, confirm.

The uploaded file is kept in a private temporary folder between preview and
confirmation (named by a random token and bound to the uploading user); on
confirmation it is read and planned again, so changes made by others in the
meantime are taken into account, then applied in one transaction.
"""

import json
import secrets
import tempfile
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from ..models import OfferIndexPage
from ..offers_io import ImportFileError, read_table
from ..offers_io.exporting import FORMATS
from ..offers_io.importer import ACTION_LABELS, ImportRejected, OfferImporter

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
TOKEN_LENGTH = 32


def upload_dir() -> Path:
    path = Path(
        getattr(settings, "INTEGRATION_IMPORT_DIR", None)
        or Path(tempfile.gettempdir()) / "integration-offer-imports"
    )
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Angebotsliste"), help_text=_("CSV (UTF-8 oder Windows-1252) oder XLSX")
    )
    locale = forms.ModelChoiceField(
        label=_("Sprache der Angebote"),
        queryset=Locale.objects.all(),
        to_field_name="language_code",
        empty_label=None,
    )
    publish = forms.BooleanField(
        label=_("Neue und geänderte Angebote sofort veröffentlichen"), required=False
    )
    skip_invalid = forms.BooleanField(
        label=_("Fehlerhafte Zeilen überspringen und den Rest importieren"), required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("Die Datei ist zu groß (höchstens %(mb)s MB).") % {"mb": MAX_UPLOAD_BYTES >> 20}
            )
        if Path(upload.name).suffix.lower() not in {".csv", ".xlsx", ".txt"}:
            raise forms.ValidationError(_("Bitte eine CSV- oder XLSX-Datei hochladen."))
        return upload


class ConfirmForm(forms.Form):
    token = forms.RegexField(regex=rf"^[0-9a-f]{{{TOKEN_LENGTH}}}$")
    publish = forms.BooleanField(required=False)
    skip_invalid = forms.BooleanField(required=False)


def _parent_for(locale: Locale) -> OfferIndexPage | None:
    return OfferIndexPage.objects.filter(locale=locale).order_by("path").first()


def _check_permission(request: HttpRequest, locale: Locale, publish: bool) -> None:
    parent = _parent_for(locale)
    if parent is None:
        return  # the plan reports the missing directory row by row
    permissions = parent.permissions_for_user(request.user)
    if not permissions.can_add_subpage():
        raise PermissionDenied
    if publish and not permissions.can_publish_subpage():
        raise PermissionDenied


def user_can_import(user) -> bool:
    parent = _parent_for(Locale.get_default())
    return bool(parent and parent.permissions_for_user(user).can_add_subpage())


def _context(**extra) -> dict:
    return {
        "action_labels": {action.value: label for action, label in ACTION_LABELS.items()},
        "export_formats": FORMATS,
        "export_url": reverse("integration:export_offers", args=["csv"]).rsplit("/", 1)[0],
        **extra,
    }


def import_offers(request: HttpRequest) -> HttpResponse:
    """Step 1: upload (GET shows the form); a valid upload shows the preview."""
    if not user_can_import(request.user):
        raise PermissionDenied
    if request.method != "POST":
        form = ImportForm(initial={"locale": Locale.get_default()})
        return TemplateResponse(request, "integration/admin/import_form.html", _context(form=form))

    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return TemplateResponse(request, "integration/admin/import_form.html", _context(form=form))
    locale = form.cleaned_data["locale"]
    _check_permission(request, locale, form.cleaned_data["publish"])
    upload = form.cleaned_data["file"]
    data = upload.read()
    try:
        table = read_table(data, upload.name)
    except ImportFileError as error:
        form.add_error("file", str(error))
        return TemplateResponse(request, "integration/admin/import_form.html", _context(form=form))

    plan = OfferImporter(locale=locale).plan(table, publish=form.cleaned_data["publish"])
    token = secrets.token_hex(TOKEN_LENGTH // 2)
    folder = upload_dir()
    (folder / f"{token}.data").write_bytes(data)
    (folder / f"{token}.json").write_text(
        json.dumps(
            {"user": request.user.pk, "filename": upload.name, "locale": locale.language_code}
        )
    )
    return TemplateResponse(
        request,
        "integration/admin/import_preview.html",
        _context(
            plan=plan,
            filename=upload.name,
            token=token,
            publish=form.cleaned_data["publish"],
            skip_invalid=form.cleaned_data["skip_invalid"],
        ),
    )


def confirm_import(request: HttpRequest) -> HttpResponse:
    """Step 2: apply the previewed file (planned again against the current database)."""
    if request.method != "POST":
        return redirect("integration_import")
    form = ConfirmForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Der Import ist abgelaufen. Bitte die Datei erneut hochladen."))
        return redirect("integration_import")
    token = form.cleaned_data["token"]
    folder = upload_dir()
    meta_path, data_path = folder / f"{token}.json", folder / f"{token}.data"
    try:
        meta = json.loads(meta_path.read_text())
        data = data_path.read_bytes()
    except (OSError, ValueError):
        messages.error(request, _("Der Import ist abgelaufen. Bitte die Datei erneut hochladen."))
        return redirect("integration_import")
    if meta.get("user") != request.user.pk:
        raise PermissionDenied
    locale = Locale.objects.get(language_code=meta["locale"])
    publish, skip_invalid = form.cleaned_data["publish"], form.cleaned_data["skip_invalid"]
    _check_permission(request, locale, publish)

    importer = OfferImporter(locale=locale)
    plan = importer.plan(read_table(data, meta["filename"]), publish=publish)
    try:
        importer.apply(plan, publish=publish, skip_invalid=skip_invalid, user=request.user)
    except ImportRejected:
        messages.error(request, _("Es wurden Zeilen abgelehnt; es wurde nichts geändert."))
        return TemplateResponse(
            request,
            "integration/admin/import_preview.html",
            _context(
                plan=plan,
                filename=meta["filename"],
                token=token,
                publish=publish,
                skip_invalid=skip_invalid,
            ),
        )
    meta_path.unlink(missing_ok=True)
    data_path.unlink(missing_ok=True)
    counts = plan.counts
    messages.success(
        request,
        _(
            "Import abgeschlossen: %(create)s neu, %(update)s geändert, "
            "%(unchanged)s unverändert, %(rejected)s abgelehnt."
        )
        % counts,
    )
    return redirect("offer_listing:index")
