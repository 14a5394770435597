"""Admin views of the translation status: the matrix, its CSV, and the actions of its cells."""

import csv
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.log_actions import log
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation

from ..translation.core import (
    apply_translation,
    model_label,
    prepare_translation,
    source_locale,
    translatable_snippet_models,
)
from ..translation.permissions import can_translate_into
from ..translation.roles import translator_locale_ids
from ..translation.status import State, build_matrix

ROWS_PER_PAGE = 100


def user_can_view_status(user) -> bool:
    return bool(
        user.is_superuser
        or user.has_perm("wagtail_localize.submit_translation")
        or translator_locale_ids(user)
    )


def _sections() -> list[Page]:
    """Top-level sections of the source tree to filter by: the concepts, the offers…"""
    return list(
        Page.objects.filter(locale=source_locale(), depth=3, alias_of__isnull=True)
        .specific()
        .order_by("path")
    )


def _type_choices() -> list[tuple[str, str]]:
    page_types = (
        Page.objects.filter(locale=source_locale(), depth__gt=1, alias_of__isnull=True)
        .values_list("content_type_id", flat=True)
        .distinct()
    )
    models = [ContentType.objects.get_for_id(pk).model_class() for pk in page_types]
    models += translatable_snippet_models()
    return sorted(
        (model_label(model), str(model._meta.verbose_name)) for model in models if model is not None
    )


def _filtered_matrix(request: HttpRequest):
    """The matrix for the request's filters: section, type, state."""
    sections = _sections()
    section = request.GET.get("section", "")
    type_label = request.GET.get("type", "")
    state = request.GET.get("state", "")
    types = dict(_type_choices())

    root = None
    include_pages, snippet_models = True, None
    if section == "snippets":
        include_pages = False
    elif section:
        root = next((page for page in sections if str(page.pk) == section), None)
    page_models = None
    if type_label in types:
        model = ContentType.objects.get_by_natural_key(*type_label.split(".")).model_class()
        if issubclass(model, Page):
            page_models, snippet_models = [model], []
        else:
            include_pages, snippet_models = False, [model]

    matrix = build_matrix(
        root=root,
        include_pages=include_pages,
        page_models=page_models,
        snippet_models=snippet_models,
    )
    rows = matrix.rows
    if state in State.__members__.values():
        rows = [row for row in rows if any(cell.state == state for cell in row.cells.values())]
    filters = {"section": section, "type": type_label, "state": state}
    return matrix, rows, filters, sections, types


def translation_status(request: HttpRequest) -> HttpResponse:
    if not user_can_view_status(request.user):
        raise PermissionDenied
    matrix, rows, filters, sections, types = _filtered_matrix(request)
    if request.GET.get("export") == "csv":
        return _csv_response(matrix, rows)

    page = Paginator(rows, ROWS_PER_PAGE).get_page(request.GET.get("p"))
    translatable = {
        locale.language_code: can_translate_into(request.user, locale) for locale in matrix.locales
    }
    summary = matrix.summary()
    query = urlencode({key: value for key, value in filters.items() if value})
    return TemplateResponse(
        request,
        "integration/translation/status.html",
        {
            "matrix": matrix,
            "page_obj": page,
            "rows": [
                {
                    "row": row,
                    "edit_url": edit_url(row.model, row.pk),
                    "cells": [
                        {
                            "locale": locale,
                            "cell": row.cells[locale.language_code],
                            "can_translate": translatable[locale.language_code],
                            "edit_url": edit_url(
                                row.model, row.cells[locale.language_code].target_pk
                            ),
                        }
                        for locale in matrix.locales
                    ],
                    "content_type_id": ContentType.objects.get_for_model(row.model).pk,
                }
                for row in page.object_list
            ],
            "summary": [
                (locale, [(state, summary[locale.language_code][state]) for state in State])
                for locale in matrix.locales
            ],
            "states": list(State),
            "filters": filters,
            "query": query,
            "sections": sections,
            "types": sorted(types.items(), key=lambda item: item[1]),
            "total_rows": len(rows),
            "status_url": reverse("integration_translation_status"),
            "can_sync": request.user.has_perm("wagtail_localize.submit_translation"),
        },
    )


def edit_url(model, pk: int | None) -> str | None:
    """The admin edit URL of a page or snippet, from its model and primary key alone."""
    if pk is None:
        return None
    if issubclass(model, Page):
        return reverse("wagtailadmin_pages:edit", args=[pk])
    viewset = getattr(model, "snippet_viewset", None)
    return reverse(viewset.get_url_name("edit"), args=[pk]) if viewset else None


def _csv_response(matrix, rows) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="uebersetzungsstand.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 only with a BOM
    writer = csv.writer(response)
    codes = [locale.language_code for locale in matrix.locales]
    writer.writerow(["type", "id", "title", *codes, *[f"{code}_progress" for code in codes]])
    for row in rows:
        cells = [row.cells[code] for code in codes]
        writer.writerow(
            [
                model_label(row.model),
                row.pk,
                row.title,
                *[cell.state.value for cell in cells],
                *["" if cell.progress is None else cell.progress for cell in cells],
            ]
        )
    return response


def _next_url(request: HttpRequest) -> str:
    from django.utils.http import url_has_allowed_host_and_scheme

    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if next_url and url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return next_url
    return reverse("integration_translation_status")


@require_POST
def start_translation(
    request: HttpRequest, content_type_id: int, object_id: int, locale_code: str
) -> HttpResponse:
    """Start the translation of one source object into a locale; open its editor."""
    locale = get_object_or_404(Locale, language_code=locale_code)
    if locale == source_locale():
        raise Http404
    if not can_translate_into(request.user, locale):
        raise PermissionDenied
    content_type = get_object_or_404(ContentType, pk=content_type_id)
    model = content_type.model_class()
    if model is None:
        raise Http404
    instance = get_object_or_404(model, pk=object_id, locale=source_locale())
    if isinstance(instance, Page) and instance.alias_of_id:
        raise Http404
    with transaction.atomic():
        translation = prepare_translation(instance, locale)
        apply_translation(translation, user=request.user, publish=False)
    target = translation.get_target_instance()
    messages.success(
        request,
        _("Übersetzung von „%(title)s“ nach %(language)s begonnen.")
        % {"title": instance, "language": locale.get_display_name()},
    )
    edit_url = AdminURLFinder(request.user).get_edit_url(target)
    return redirect(edit_url or _next_url(request))


@require_POST
def mark_reviewed(request: HttpRequest, translation_id: int) -> HttpResponse:
    """A person has reviewed the machine-made segments of a translation: they count as manual."""
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), pk=translation_id
    )
    if not can_translate_into(request.user, translation.target_locale):
        raise PermissionDenied
    segments = translation.source.stringsegment_set.values("string_id", "context_id")
    machine = StringTranslation.objects.filter(
        locale=translation.target_locale,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        translation_of_id__in=segments.values("string_id"),
        context_id__in=segments.values("context_id"),
    )
    with transaction.atomic():
        count = machine.update(
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            last_translated_by=request.user,
        )
        if count:
            target = translation.get_target_instance()
            log(
                target,
                "integration.translation_reviewed",
                user=request.user,
                data={"segments": count},
            )
    if count:
        messages.success(
            request,
            _("%(count)s maschinell übersetzte Abschnitte als geprüft markiert.")
            % {"count": count},
        )
    else:
        messages.info(request, _("Es gab keine ungeprüften maschinellen Übersetzungen."))
    return redirect(_next_url(request))
