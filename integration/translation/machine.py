"""Machine translation with DeepL, one object at a time or a whole subtree.

``DeepLTranslator`` is what ``WAGTAILLOCALIZE_MACHINE_TRANSLATOR`` names when
the host sets a DeepL key (see ``config/settings/base.py``): wagtail-localize's
translation editor then offers "Translate with DeepL" for one translation,
and ``machine_translate`` does the same for many objects and languages at
once (the admin screen in ``views/translation_machine.py`` and the
``machine_translate`` management command).

Strings stored here are wagtail-localize ``StringTranslation`` rows of type
*machine*; they stay marked so until a person edits them in the translation
editor, which makes them *manual*.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import requests
from django.db import models, transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.machine_translators.deepl import DeepLTranslator as BaseDeepLTranslator
from wagtail_localize.machine_translators.deepl import language_code
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.segments import RelatedObjectSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue

from ..models import OfferIndexPage, OfferPage
from .core import (
    apply_translation,
    prepare_translation,
    save_translation_draft,
    source_locale,
    source_pages,
    source_snippets,
)

logger = logging.getLogger(__name__)

PRO_API_URL = "https://api.deepl.com"
FREE_API_URL = "https://api-free.deepl.com"

#: DeepL takes at most 50 texts per request and at most 128 KiB per request body.
MAX_TEXTS_PER_REQUEST = 50
MAX_CHARACTERS_PER_REQUEST = 60_000

FORMALITY_OPTIONS = frozenset({"default", "more", "less", "prefer_more", "prefer_less"})
#: Target languages for which DeepL accepts ``formality``.
FORMALITY_TARGETS = frozenset({"DE", "FR", "IT", "ES", "NL", "PL", "PT-BR", "PT-PT", "JA", "RU"})
#: DeepL target codes for locales whose plain code DeepL deprecates as a target.
DEFAULT_TARGET_LANGS = {"en": "EN-GB", "pt": "PT-PT", "zh": "ZH-HANS"}
#: Target languages DeepL offers only in beta (``enable_beta_languages``).
DEFAULT_BETA_TARGETS = frozenset({"FA"})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

Stop = Literal["batch", "locale", "run"]


class MachineTranslationError(Exception):
    """A machine translation request failed; the message says why, for editors.

    ``stop`` tells a bulk run how far the problem reaches: only this batch
    of texts, every text for this target language (DeepL does not offer it),
    or the whole run (bad key, quota used up, DeepL unreachable).
    """

    def __init__(self, message: str, *, status: int | None = None, stop: Stop = "run"):
        super().__init__(message)
        self.status = status
        self.stop = stop


class MachineTranslationNotConfigured(MachineTranslationError):
    """No machine translator is configured (no ``DEEPL_API_KEY``)."""


def parse_glossaries(value: str | dict | None) -> dict[tuple[str, str], str]:
    """DeepL glossary ids by (source, target) language, e.g. ``"de:en=id1,de:fr=id2"``.

    Also accepts a mapping keyed by ``(source, target)`` tuples or
    ``"source:target"`` strings. Codes are upper-cased; a glossary for a
    language (``EN``) serves its variants (``EN-GB``) as DeepL documents.
    """
    if not value:
        return {}
    if isinstance(value, str):
        items = []
        for entry in value.split(","):
            if not entry.strip():
                continue
            pair, _sep, glossary_id = entry.partition("=")
            items.append((pair, glossary_id))
    else:
        items = list(value.items())
    glossaries = {}
    for pair, glossary_id in items:
        source, target = pair if isinstance(pair, tuple | list) else str(pair).split(":", 1)
        if not (source.strip() and target.strip() and str(glossary_id).strip()):
            raise ValueError(f"not a glossary entry: {pair}={glossary_id}")
        glossaries[(source.strip().upper(), target.strip().upper())] = str(glossary_id).strip()
    return glossaries


class DeepLTranslator(BaseDeepLTranslator):
    """wagtail-localize's DeepL translator, made fit for bulk runs and tests.

    Options (``WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]``): ``AUTH_KEY``;
    ``API_URL`` (default: DeepL API Free for keys ending in ``:fx``, else
    DeepL API Pro); ``FORMALITY`` (sent only for target languages that
    support it); ``GLOSSARY_IDS`` (see ``parse_glossaries``); ``TIMEOUT``
    (seconds); ``TARGET_LANGS`` (locale code → DeepL target code, default
    English as ``EN-GB``); ``RETRIES`` and ``RETRY_BACKOFF`` for answers
    429 and 5xx.

    Texts are sent as JSON in batches of at most 50; every failure becomes a
    ``MachineTranslationError`` instead of a crash on ``response.json()``.
    """

    display_name = "DeepL"

    def get_api_endpoint(self) -> str:
        url = (self.options.get("API_URL") or "").strip()
        if not url:
            url = FREE_API_URL if self.options.get("AUTH_KEY", "").endswith(":fx") else PRO_API_URL
        url = url.rstrip("/")
        return url if url.endswith("/v2/translate") else f"{url}/v2/translate"

    def get_headers(self) -> dict[str, str]:
        auth_key = self.options.get("AUTH_KEY")
        if not auth_key:
            raise MachineTranslationNotConfigured(_("Für DeepL ist kein API-Schlüssel gesetzt."))
        return {
            "Authorization": f"DeepL-Auth-Key {auth_key}",
            "User-Agent": "integration-cms (wagtail-localize)",
        }

    def source_lang(self, locale: Locale) -> str:
        return language_code(locale.language_code)

    def target_lang(self, locale: Locale) -> str:
        code = locale.language_code.lower()
        overrides = {
            key.lower(): value.upper()
            for key, value in (self.options.get("TARGET_LANGS") or {}).items()
        }
        targets = {**DEFAULT_TARGET_LANGS, **overrides}
        return targets.get(code) or language_code(code, is_target=True)

    def glossary_id(self, source_lang: str, target_lang: str) -> str | None:
        try:
            glossaries = parse_glossaries(self.options.get("GLOSSARY_IDS"))
        except ValueError:
            raise MachineTranslationError(
                _("Die DeepL-Glossare sind falsch angegeben (Form: de:en=Glossar-ID,…).")
            ) from None
        return glossaries.get((source_lang, target_lang)) or glossaries.get(
            (source_lang, target_lang.split("-")[0])
        )

    def get_parameters(
        self, source_locale: Locale, target_locale: Locale, strings: Iterable[StringValue]
    ) -> dict[str, Any]:
        source_lang = self.source_lang(source_locale)
        target_lang = self.target_lang(target_locale)
        parameters: dict[str, Any] = {
            "text": [string.data for string in strings],
            "source_lang": source_lang,
            "target_lang": target_lang,
            # Segments are inline HTML (<a id="a1">, <b>, <br/>): keep the tags.
            "tag_handling": "xml",
        }
        formality = self.options.get("FORMALITY")
        if formality and formality not in FORMALITY_OPTIONS:
            raise MachineTranslationError(
                _("Unbekannte DeepL-Anrede „%(value)s“ (möglich: %(options)s).")
                % {"value": formality, "options": ", ".join(sorted(FORMALITY_OPTIONS))}
            )
        if formality and target_lang in FORMALITY_TARGETS:
            parameters["formality"] = formality
        if glossary_id := self.glossary_id(source_lang, target_lang):
            parameters["glossary_id"] = glossary_id
        beta = {code.upper() for code in self.options.get("BETA_LANGUAGES", DEFAULT_BETA_TARGETS)}
        if target_lang in beta:
            parameters["enable_beta_languages"] = True
        return parameters

    def translate(
        self, source_locale: Locale, target_locale: Locale, strings: Iterable[StringValue]
    ) -> dict[StringValue, StringValue]:
        translations = {}
        for batch in _batches(list(strings)):
            texts = self._post(self.get_parameters(source_locale, target_locale, batch))
            if len(texts) != len(batch):
                raise MachineTranslationError(
                    _("DeepL hat %(got)s statt %(sent)s Übersetzungen geliefert.")
                    % {"got": len(texts), "sent": len(batch)},
                    stop="batch",
                )
            translations.update(zip(batch, map(StringValue, texts), strict=True))
        return translations

    def _post(self, payload: dict[str, Any]) -> list[str]:
        url = self.get_api_endpoint()
        timeout = float(self.options.get("TIMEOUT", 30))
        retries = int(self.options.get("RETRIES", 2))
        for attempt in range(retries + 1):
            try:
                response = requests.post(
                    url, json=payload, headers=self.get_headers(), timeout=timeout
                )
            except requests.Timeout as error:
                raise MachineTranslationError(
                    _("DeepL hat nicht innerhalb von %(seconds)s Sekunden geantwortet.")
                    % {"seconds": f"{timeout:g}"}
                ) from error
            except requests.RequestException as error:
                raise MachineTranslationError(
                    _("DeepL ist nicht erreichbar (%(url)s): %(error)s")
                    % {"url": url, "error": error.__class__.__name__}
                ) from error
            if response.status_code not in RETRY_STATUSES or attempt == retries:
                break
            time.sleep(self._retry_delay(response, attempt))
        if response.status_code != 200:
            raise _http_error(response, url)
        try:
            return [str(item["text"]) for item in response.json()["translations"]]
        except (ValueError, KeyError, TypeError) as error:
            raise MachineTranslationError(
                _("DeepL hat eine unverständliche Antwort geschickt."), stop="batch"
            ) from error

    def _retry_delay(self, response: requests.Response, attempt: int) -> float:
        backoff = float(self.options.get("RETRY_BACKOFF", 1.0))
        try:
            retry_after = float(response.headers.get("Retry-After", ""))
        except ValueError:
            retry_after = backoff * 2**attempt
        return max(0.0, min(retry_after, 10.0))


def _batches(strings: list[StringValue]) -> Iterator[list[StringValue]]:
    batch: list[StringValue] = []
    size = 0
    for string in strings:
        if batch and (
            len(batch) == MAX_TEXTS_PER_REQUEST
            or size + len(string.data) > MAX_CHARACTERS_PER_REQUEST
        ):
            yield batch
            batch, size = [], 0
        batch.append(string)
        size += len(string.data)
    if batch:
        yield batch


def _http_error(response: requests.Response, url: str) -> MachineTranslationError:
    status = response.status_code
    try:
        detail = str(response.json().get("message", ""))[:200]
    except (ValueError, AttributeError):
        detail = ""
    known: dict[int, tuple[str, Stop]] = {
        400: (_("DeepL hat die Anfrage abgelehnt (HTTP 400)."), "locale"),
        403: (_("DeepL lehnt den API-Schlüssel ab (HTTP 403)."), "run"),
        404: (
            _("Unter %(url)s antwortet keine DeepL-Schnittstelle (HTTP 404).") % {"url": url},
            "run",
        ),
        413: (_("Der Text ist zu lang für eine Anfrage an DeepL (HTTP 413)."), "batch"),
        429: (_("Zu viele Anfragen an DeepL (HTTP 429); bitte später erneut versuchen."), "run"),
        456: (_("Das Zeichenkontingent des DeepL-Kontos ist aufgebraucht (HTTP 456)."), "run"),
    }
    if status in known:
        message, stop = known[status]
    elif status >= 500:
        message = _("DeepL ist gerade nicht verfügbar (HTTP %(status)s).") % {"status": status}
        stop = "run"
    else:
        message = _("DeepL antwortet mit HTTP %(status)s.") % {"status": status}
        stop = "run"
    if detail:
        message = f"{message} DeepL: {detail}"
    return MachineTranslationError(message, status=status, stop=stop)


def machine_translator() -> BaseMachineTranslator | None:
    """The configured machine translator (``WAGTAILLOCALIZE_MACHINE_TRANSLATOR``), if any."""
    return get_machine_translator()


def machine_translation_available() -> bool:
    """Whether a machine translator is configured; without one no screen offers it."""
    return machine_translator() is not None


def collect_objects(
    root: Page | None = None, *, offers: bool = False, snippets: bool = False
) -> list[models.Model]:
    """The source objects of a bulk run, in an order that translates dependencies first.

    Snippets come first (pages link to them), then pages by tree path
    (parents before children): ``root`` and its descendants, and with
    ``offers`` every offer and offers index page.
    """
    objects: list[models.Model] = list(source_snippets()) if snippets else []
    page_ids: set[int] = set()
    if root is not None:
        page_ids.update(source_pages(root).values_list("pk", flat=True))
    if offers:
        page_ids.update(source_pages().type(OfferIndexPage, OfferPage).values_list("pk", flat=True))
    if page_ids:
        objects.extend(Page.objects.filter(pk__in=page_ids).order_by("path").specific())
    return objects


@dataclass
class LocaleCounts:
    """What a run did (or a preview would do) for one target language."""

    translated: int = 0  # objects whose translation was written
    segments: int = 0  # text segments machine-translated
    characters: int = 0  # characters sent to the translator (each distinct text once)
    unchanged: int = 0  # objects with nothing left to translate
    skipped: int = 0  # translations switched to manual editing in Wagtail's editor
    failed: int = 0  # objects left as they were because of an error

    def add(self, other: LocaleCounts) -> None:
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)


@dataclass
class MachineTranslationProblem:
    object: str
    locale: str
    message: str

    def __str__(self) -> str:
        return f"{self.object} [{self.locale}]: {self.message}"


@dataclass
class MachineTranslationReport:
    """Counts per language code and the problems of a bulk machine translation.

    ``next_position`` is set when a run stopped at its deadline: calling
    ``machine_translate`` again with ``start=next_position`` continues it.
    ``stopped`` means an error (bad key, quota) ended the run early.
    """

    source_objects: int = 0
    locales: dict[str, LocaleCounts] = field(default_factory=dict)
    errors: list[MachineTranslationProblem] = field(default_factory=list)
    stopped: bool = False
    next_position: int | None = None
    total_positions: int = 0

    def for_locale(self, code: str) -> LocaleCounts:
        return self.locales.setdefault(code, LocaleCounts())

    @property
    def translated(self) -> int:
        return sum(counts.translated for counts in self.locales.values())

    @property
    def segments(self) -> int:
        return sum(counts.segments for counts in self.locales.values())

    @property
    def characters(self) -> int:
        return sum(counts.characters for counts in self.locales.values())

    @property
    def failed(self) -> int:
        return sum(counts.failed for counts in self.locales.values())

    def merge(self, later: MachineTranslationReport) -> None:
        """Add the counts of a continuation of the same run."""
        for code, counts in later.locales.items():
            self.for_locale(code).add(counts)
        self.errors.extend(later.errors)
        self.source_objects = max(self.source_objects, later.source_objects)
        self.total_positions = max(self.total_positions, later.total_positions)
        self.stopped = self.stopped or later.stopped
        self.next_position = later.next_position

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MachineTranslationReport:
        return cls(
            **{
                **data,
                "locales": {code: LocaleCounts(**c) for code, c in data["locales"].items()},
                "errors": [MachineTranslationProblem(**e) for e in data["errors"]],
            }
        )


def _label(instance: models.Model) -> str:
    return str(getattr(instance, "title", None) or instance)[:100]


def _specific(instance: models.Model) -> models.Model:
    return instance.specific if isinstance(instance, Page) else instance


def _has_target(instance: models.Model, locale: Locale) -> bool:
    """Whether a real (non-alias) translation of ``instance`` exists in ``locale``."""
    translations = instance.get_translations().filter(locale=locale)
    if isinstance(instance, Page):
        translations = translations.filter(alias_of__isnull=True)
    return translations.exists()


def _untranslated_related(segments: Iterable, locale: Locale) -> Iterator[models.Model]:
    """Snippets the object links to (``RelatedObjectSegmentValue``) that lack a translation.

    Like wagtail-localize's "Translate" action, one level deep: a page's
    Träger or Stadtteil is translated along with it.
    """
    source = source_locale()
    for segment in segments:
        if not isinstance(segment, RelatedObjectSegmentValue):
            continue
        model = segment.content_type.model_class()
        if model is None:
            continue
        objects = model._default_manager.filter(translation_key=segment.translation_key)
        if objects.filter(locale=locale).exists():
            continue
        related = objects.filter(locale=source).first()
        if related is not None:
            yield related


def estimate_machine_translation(
    objects: Sequence[models.Model], locales: Iterable[Locale]
) -> MachineTranslationReport:
    """What ``machine_translate`` would send, without writing or sending anything.

    Counts per language the objects that would be written, the segments
    without a translation and the characters of their distinct texts.
    """
    report = MachineTranslationReport(source_objects=len(objects))
    extracted: dict[Any, tuple[models.Model, list]] = {}

    def segments_of(instance: models.Model) -> list:
        key = instance.translation_key
        if key not in extracted:
            extracted[key] = (instance, extract_segments(_specific(instance)))
        return extracted[key][1]

    for locale in locales:
        counts = report.for_locale(locale.language_code)
        texts: set[str] = set()
        seen: set[Any] = set()
        work: list[models.Model] = []
        for instance in objects:
            for item in [*_untranslated_related(segments_of(instance), locale), instance]:
                if item.translation_key not in seen:
                    work.append(item)
                    seen.add(item.translation_key)
        disabled = set(
            Translation.objects.filter(
                target_locale=locale, enabled=False, source__object_id__in=seen
            ).values_list("source__object_id", flat=True)
        )
        done = set(
            StringTranslation.objects.filter(
                locale=locale, context__object_id__in=seen
            ).values_list("context__object_id", "context__path", "translation_of__data")
        )
        for instance in work:
            key = instance.translation_key
            if key in disabled:
                counts.skipped += 1
                continue
            pending = [
                segment.string.data
                for segment in segments_of(instance)
                if isinstance(segment, StringSegmentValue)
                and (key, segment.path, segment.string.data) not in done
            ]
            if pending or not _has_target(instance, locale):
                counts.translated += 1
            else:
                counts.unchanged += 1
            counts.segments += len(pending)
            texts.update(pending)
        counts.characters = sum(map(len, texts))
    return report


@dataclass
class _Unit:
    """One object's translation into one locale, waiting for its texts."""

    instance: models.Model
    translation: Translation
    created: bool  # the Translation record did not exist before this run
    pending: list[tuple[int, int, str]]  # (string id, context id, text) without translation
    needs_target: bool  # no real target object yet: write it even with nothing to translate


class _Run:
    """The state of one ``machine_translate`` call: caches, counts, problems."""

    GROUP_TEXTS = MAX_TEXTS_PER_REQUEST
    GROUP_UNITS = 25

    def __init__(self, translator: BaseMachineTranslator, user, publish: bool, report):
        self.translator = translator
        self.user = user
        self.publish = publish
        self.report: MachineTranslationReport = report
        self.source = source_locale()
        self.texts: dict[str, dict[str, str]] = {}  # locale code → source text → translation
        self.seen: dict[str, set] = {}  # locale code → translation keys handled

    def problem(self, instance: models.Model | None, locale: Locale, message: str) -> None:
        label = _label(instance) if instance is not None else "–"
        self.report.errors.append(MachineTranslationProblem(label, locale.language_code, message))

    def prepare(
        self, instance: models.Model, locale: Locale, group: list[_Unit], *, related: bool = True
    ) -> None:
        """Add the object, after the snippets it links to that lack a translation, to the group."""
        instance = _specific(instance)
        seen = self.seen.setdefault(locale.language_code, set())
        if instance.translation_key in seen:
            return
        seen.add(instance.translation_key)
        existed = Translation.objects.filter(
            source__object_id=instance.translation_key, target_locale=locale
        ).exists()
        translation = prepare_translation(instance, locale)
        if not translation.enabled:
            self.report.for_locale(locale.language_code).skipped += 1
            return
        if related:
            segments = translation.source.relatedobjectsegment_set.select_related("object")
            for segment in segments:
                if segment.object_id in seen or segment.object.has_translation(locale):
                    continue
                linked = segment.object.get_instance_or_none(self.source)
                if linked is not None:
                    self.prepare(linked, locale, group, related=False)
        self._add(instance, translation, existed, locale, group)

    def _add(self, instance, translation: Translation, existed: bool, locale, group) -> None:
        source = translation.source
        done = set(
            StringTranslation.objects.filter(
                locale=locale, context__object_id=source.object_id
            ).values_list("translation_of_id", "context_id")
        )
        pending = [
            (segment.string_id, segment.context_id, segment.string.data)
            for segment in source.stringsegment_set.select_related("string").order_by("order")
            if (segment.string_id, segment.context_id) not in done
        ]
        group.append(
            _Unit(
                instance=instance,
                translation=translation,
                created=not existed,
                pending=pending,
                needs_target=not existed or not _has_target(instance, locale),
            )
        )

    def group_is_full(self, group: list[_Unit], locale: Locale) -> bool:
        known = self.texts.get(locale.language_code, {})
        texts = {text for unit in group for *_ids, text in unit.pending if text not in known}
        return len(texts) >= self.GROUP_TEXTS or len(group) >= self.GROUP_UNITS

    def flush(self, group: list[_Unit], locale: Locale) -> Stop | None:
        """Translate the group's new texts in one go, then write each object on its own."""
        if not group:
            return None
        counts = self.report.for_locale(locale.language_code)
        known = self.texts.setdefault(locale.language_code, {})
        texts = (text for unit in group for *_ids, text in unit.pending if text not in known)
        wanted = list(dict.fromkeys(texts))
        if wanted:
            try:
                result = self.translator.translate(
                    self.source, locale, [StringValue(text) for text in wanted]
                )
            except MachineTranslationError as error:
                self._fail(group, locale, str(error))
                return error.stop
            except Exception as error:
                logger.exception("Machine translation into %s failed", locale.language_code)
                self._fail(group, locale, _("Übersetzungsdienst: %(error)s") % {"error": error})
                return "locale"
            counts.characters += sum(map(len, wanted))
            for original, translated in result.items():
                if translated is not None and translated.data is not None:
                    known[original.data] = translated.data
        for unit in group:
            self._write(unit, locale, known, counts)
        return None

    def _fail(self, group: list[_Unit], locale: Locale, message: str) -> None:
        counts = self.report.for_locale(locale.language_code)
        for unit in group:
            self._undo(unit)
            counts.failed += 1
        labels = ", ".join(_label(unit.instance) for unit in group[:3])
        more = len(group) - 3
        if more > 0:
            labels += " " + _("und %(count)s weitere") % {"count": more}
        self.report.errors.append(MachineTranslationProblem(labels, locale.language_code, message))

    def _undo(self, unit: _Unit) -> None:
        """Leave no Translation record behind that this run created for nothing."""
        if unit.created:
            Translation.objects.filter(pk=unit.translation.pk).delete()

    def _save_target(self, unit: _Unit) -> None:
        # An unpublished German page does not get a published translation.
        if self.publish and getattr(unit.instance, "live", True):
            apply_translation(unit.translation, user=self.user, publish=True)
        # A published translation keeps its published text until someone publishes the draft.
        elif save_translation_draft(unit.translation, user=self.user) is None:
            apply_translation(unit.translation, user=self.user, publish=False)

    def _write(self, unit: _Unit, locale: Locale, known: dict[str, str], counts) -> None:
        tool = getattr(self.translator, "display_name", "")
        stored = 0
        try:
            with transaction.atomic():
                for string_id, context_id, text in unit.pending:
                    if text not in known:
                        continue
                    _row, created = StringTranslation.objects.get_or_create(
                        translation_of_id=string_id,
                        locale=locale,
                        context_id=context_id,
                        defaults={
                            "data": known[text],
                            "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                            "tool_name": tool,
                            "last_translated_by": self.user,
                            "has_error": False,
                            "field_error": "",
                        },
                    )
                    stored += created
                if stored or unit.needs_target:
                    self._save_target(unit)
        except Exception as error:
            logger.exception("Saving the machine translation of %r failed", unit.instance)
            self._undo(unit)
            counts.failed += 1
            self.problem(
                unit.instance, locale, _("Speichern fehlgeschlagen: %(error)s") % {"error": error}
            )
            return
        if stored or unit.needs_target:
            counts.translated += 1
            counts.segments += stored
        else:
            counts.unchanged += 1


def machine_translate(
    objects: Sequence[models.Model],
    locales: Sequence[Locale],
    *,
    user=None,
    publish: bool = False,
    progress: Callable[[int, int], None] | None = None,
    start: int = 0,
    deadline: float | None = None,
    translator: BaseMachineTranslator | None = None,
) -> MachineTranslationReport:
    """Machine-translate ``objects`` (pages, snippets) into ``locales``.

    For each language, then each object: prepare the wagtail-localize
    translation, send its segments that have no translation yet (each
    distinct text once per language, in batches), store the results as
    machine translations and write the target object: pages as drafts
    unless ``publish``. Snippets the objects link to and that lack a
    translation are translated first.

    One object in one language is written in one transaction: a failed
    request or save leaves it as it was and is reported, the run goes on
    (or stops, for a bad key or an exhausted quota). ``deadline`` (a
    ``time.monotonic()`` value) ends the run early; it then reports where to
    continue (``next_position``, to pass as ``start``). ``progress`` is
    called with (done, total) positions, one per object and language.
    """
    translator = translator or machine_translator()
    if translator is None:
        raise MachineTranslationNotConfigured(
            _("Maschinelle Übersetzung ist nicht eingerichtet (DEEPL_API_KEY fehlt).")
        )
    objects, locales = list(objects), list(locales)
    count = len(objects)
    total = count * len(locales)
    report = MachineTranslationReport(source_objects=count, total_positions=total)
    run = _Run(translator, user, publish, report)
    for locale in locales:
        report.for_locale(locale.language_code)
    position = max(0, start)
    while position < total:
        locale = locales[position // count]
        locale_end = (position // count + 1) * count
        if not translator.can_translate(run.source, locale):
            run.problem(None, locale, _("Diese Sprache kann nicht übersetzt werden."))
            report.for_locale(locale.language_code).failed += locale_end - position
            position = locale_end
            continue
        group: list[_Unit] = []
        while position < locale_end:
            run.prepare(objects[position % count], locale, group)
            position += 1
            if run.group_is_full(group, locale):
                break
        stop = run.flush(group, locale)
        if stop == "run":
            report.stopped = True
            break
        if stop == "locale" and position < locale_end:
            report.for_locale(locale.language_code).failed += locale_end - position
            position = locale_end
        if progress is not None:
            progress(position, total)
        if deadline is not None and position < total and time.monotonic() >= deadline:
            report.next_position = position
            break
    return report
