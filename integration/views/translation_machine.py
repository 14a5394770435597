"""The admin's bulk machine translation: choose what and into which languages, preview, run.

Only there when a machine translator is configured (``DEEPL_API_KEY``) and
only for people who may submit translations. A large run would outlast a
web request, so each request translates for at most ``TIME_BUDGET``
seconds and the page then continues by itself where it stopped; the
counts of the run so far are kept in the session.
"""

import secrets
import time

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Locale, Page

from ..translation.core import source_locale, target_locales, translatable_snippet_models
from ..translation.machine import (
    MachineTranslationError,
    MachineTranslationReport,
    collect_objects,
    estimate_machine_translation,
    machine_translate,
    machine_translation_available,
)

#: Seconds of translating per request before the page continues in a new one.
TIME_BUDGET = 10.0
SESSION_KEY = "integration_machine_translation"
MAX_LISTED_ERRORS = 10
MAX_KEPT_RUNS = 5


def user_can_machine_translate(user) -> bool:
    """People who may submit translations, once a machine translator is configured."""
    return (
        user.is_active
        and (user.is_superuser or user.has_perm("wagtail_localize.submit_translation"))
        and machine_translation_available()
    )


class MachineTranslationForm(forms.Form):
    scope = forms.ChoiceField(label=_("Was übersetzen?"), widget=forms.RadioSelect)
    page = forms.ModelChoiceField(
        label=_("Seite"),
        queryset=Page.objects.filter(depth__gt=1),
        required=False,
        widget=AdminPageChooser(can_choose_root=False),
        help_text=_("Die deutsche Seite; alle ihre Unterseiten werden mit übersetzt."),
    )
    locales = forms.ModelMultipleChoiceField(
        label=_("Zielsprachen"),
        queryset=Locale.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    publish = forms.BooleanField(
        label=_("Übersetzungen veröffentlichen"),
        required=False,
        help_text=_(
            "Ohne Haken werden Seiten als Entwurf gespeichert und erst nach der Durchsicht "
            "veröffentlicht. Träger, Zielgruppen und Stadtteile haben keine Entwürfe und "
            "gelten immer sofort."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        snippets = ", ".join(
            str(model._meta.verbose_name_plural) for model in translatable_snippet_models()
        )
        self.fields["scope"].choices = [
            ("page", _("Eine Seite mit allen Unterseiten")),
            ("offers", _("Alle Angebote (mit der Angebotsübersicht)")),
            ("snippets", snippets),
        ]
        self.fields["locales"].queryset = target_locales()
        self.source_locale = source_locale()

    def clean(self):
        cleaned = super().clean()
        page = cleaned.get("page")
        if cleaned.get("scope") == "page":
            if page is None:
                self.add_error("page", _("Bitte eine Seite wählen."))
            elif page.locale_id != self.source_locale.pk:
                self.add_error(
                    "page",
                    _("Bitte die Seite in der Quellsprache (%(language)s) wählen.")
                    % {"language": self.source_locale.get_display_name()},
                )
        return cleaned

    def objects(self) -> list:
        scope = self.cleaned_data["scope"]
        return collect_objects(
            self.cleaned_data["page"] if scope == "page" else None,
            offers=scope == "offers",
            snippets=scope == "snippets",
        )


def _render(request: HttpRequest, template: str, **context) -> TemplateResponse:
    return TemplateResponse(request, f"integration/translation/{template}", context)


def _report_messages(request: HttpRequest, report: MachineTranslationReport) -> None:
    summary = _(
        "Maschinell übersetzt: %(translated)s Übersetzungen gespeichert, %(segments)s "
        "Textabschnitte, %(characters)s Zeichen an den Übersetzungsdienst gesendet."
    ) % {
        "translated": report.translated,
        "segments": report.segments,
        "characters": report.characters,
    }
    if report.stopped:
        messages.error(request, "{} {}".format(_("Abgebrochen."), summary))
    elif report.errors:
        messages.warning(request, summary)
    else:
        messages.success(request, summary)
    for problem in report.errors[:MAX_LISTED_ERRORS]:
        messages.warning(request, str(problem))
    hidden = len(report.errors) - MAX_LISTED_ERRORS
    if hidden > 0:
        more = ngettext(
            "… und %(count)s weiteres Problem.", "… und %(count)s weitere Probleme.", hidden
        )
        messages.warning(request, more % {"count": hidden})


def machine_translation(request: HttpRequest) -> HttpResponse:
    """Form (GET), preview (POST ``action=preview``), run and continue (``action=run``)."""
    if not machine_translation_available():
        raise Http404
    if not user_can_machine_translate(request.user):
        raise PermissionDenied

    if request.method != "POST":
        initial = {"scope": "page", "locales": list(target_locales())}
        page_id = request.GET.get("page", "")
        if page_id.isdigit():
            initial["page"] = Page.objects.filter(pk=page_id).first()
        return _render(request, "machine_form.html", form=MachineTranslationForm(initial=initial))

    form = MachineTranslationForm(request.POST)
    if not form.is_valid():
        return _render(request, "machine_form.html", form=form)
    objects = form.objects()
    locales = list(form.cleaned_data["locales"])

    if request.POST.get("action") != "run":
        estimate = estimate_machine_translation(objects, locales)
        return _render(
            request,
            "machine_form.html",
            form=form,
            estimate=estimate,
            locale_rows=_rows(estimate, locales),
        )

    run = request.POST.get("run", "")
    position = request.POST.get("position", "0")
    if not (run.isalnum() and position.isdigit()):
        run, position = secrets.token_hex(8), "0"
    runs = request.session.get(SESSION_KEY, {})
    try:
        report = machine_translate(
            objects,
            locales,
            user=request.user,
            publish=form.cleaned_data["publish"],
            start=int(position),
            deadline=time.monotonic() + TIME_BUDGET,
        )
    except MachineTranslationError as error:
        messages.error(request, str(error))
        return _render(request, "machine_form.html", form=form)
    if run in runs and int(position) > 0:
        total = MachineTranslationReport.from_dict(runs[run])
        total.merge(report)
    else:
        total = report

    if report.next_position is not None:
        runs.pop(run, None)
        runs[run] = total.to_dict()
        # Runs whose page was closed midway are not continued; keep only the latest few.
        request.session[SESSION_KEY] = dict(list(runs.items())[-MAX_KEPT_RUNS:])
        return _render(
            request,
            "machine_progress.html",
            form=form,
            run=run,
            report=total,
            position=report.next_position,
        )
    runs.pop(run, None)
    request.session[SESSION_KEY] = runs
    _report_messages(request, total)
    return _render(
        request,
        "machine_report.html",
        report=total,
        locale_rows=_rows(total, locales),
        publish=form.cleaned_data["publish"],
    )


def _rows(report: MachineTranslationReport, locales: list[Locale]) -> list[tuple]:
    """(locale, counts) in the order of the chosen languages."""
    return [(locale, report.for_locale(locale.language_code)) for locale in locales]
