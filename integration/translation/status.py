"""The translation status matrix: every source object × every target locale.

One pass over a handful of queries, whatever the number of pages: the rows
(source pages and translatable snippets), their translations in other
locales, wagtail-localize's sources and translations, and translated-segment
counts per source and locale from one grouped join. A cell is

- *missing*: nothing in that locale (an alias page mirrors the German one),
- *in progress (n %)*: a translation is started, segments are missing or it
  is not published yet,
- *machine-translated, not reviewed*: complete, but with machine-made segments
  nobody has reviewed,
- *up to date*,
- *outdated*: the source's translatable content changed since the last sync
  (see ``fingerprints``).
"""

import enum
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from .core import source_locale, source_pages, target_locales, translatable_snippet_models
from .fingerprints import ensure_fingerprints


class State(enum.StrEnum):
    MISSING = "missing"
    IN_PROGRESS = "in_progress"
    MACHINE = "machine"
    UP_TO_DATE = "up_to_date"
    OUTDATED = "outdated"

    @property
    def label(self) -> str:
        return str(STATE_LABELS[self])


STATE_LABELS = {
    State.MISSING: _("Fehlt"),
    State.IN_PROGRESS: _("In Arbeit"),
    State.MACHINE: _("Maschinell übersetzt, nicht geprüft"),
    State.UP_TO_DATE: _("Aktuell"),
    State.OUTDATED: _("Veraltet"),
}


@dataclass(frozen=True)
class Cell:
    state: State
    progress: int | None = None  # percent of segments translated, for in-progress cells
    translation_id: int | None = None
    target_pk: int | None = None

    @property
    def label(self) -> str:
        if self.state is State.IN_PROGRESS and self.progress is not None:
            return f"{self.state.label} ({self.progress} %)"
        return self.state.label


@dataclass
class Row:
    model: type[models.Model]
    pk: int
    title: str
    translation_key: str
    depth: int = 0
    source_id: int | None = None
    cells: dict[str, Cell] = field(default_factory=dict)

    @property
    def is_page(self) -> bool:
        return issubclass(self.model, Page)

    @property
    def type_label(self) -> str:
        return str(self.model._meta.verbose_name)


@dataclass
class Matrix:
    locales: list[Locale]
    rows: list[Row]

    def summary(self) -> dict[str, Counter]:
        """Per locale code: how many rows are in each state."""
        counts = {locale.language_code: Counter() for locale in self.locales}
        for row in self.rows:
            for code, cell in row.cells.items():
                counts[code][cell.state] += 1
        return counts


@dataclass
class _Target:
    pk: int
    live: bool
    last_published_at: object = None
    has_unpublished_changes: bool = False

    @property
    def published(self) -> bool:
        """Live with nothing left in draft: what readers see is the translation."""
        return self.live and not self.has_unpublished_changes


def _page_rows(root: Page | None, page_models: Sequence[type[Page]] | None) -> list[Row]:
    pages = source_pages(root)
    if page_models is not None:
        pages = pages.filter(
            content_type__in=[ContentType.objects.get_for_model(m) for m in page_models]
        )
    return [
        Row(
            model=ContentType.objects.get_for_id(content_type_id).model_class() or Page,
            pk=pk,
            title=title,
            translation_key=str(key),
            depth=depth,
        )
        for pk, title, key, depth, content_type_id in pages.values_list(
            "pk", "title", "translation_key", "depth", "content_type_id"
        )
    ]


def _snippet_rows(snippet_models: Iterable[type[models.Model]]) -> list[Row]:
    source = source_locale()
    rows = []
    for model in snippet_models:
        for instance in model.objects.filter(locale=source).order_by("pk"):
            rows.append(
                Row(
                    model=model,
                    pk=instance.pk,
                    title=str(instance),
                    translation_key=str(instance.translation_key),
                )
            )
    return rows


def _targets(rows: list[Row], locale_ids: set[int]) -> dict[tuple[str, int], _Target]:
    targets: dict[tuple[str, int], _Target] = {}
    if any(row.is_page for row in rows):
        page_keys = {row.translation_key for row in rows if row.is_page}
        for pk, key, locale_id, live, published, draft in Page.objects.filter(
            alias_of__isnull=True, locale_id__in=locale_ids
        ).values_list(
            "pk",
            "translation_key",
            "locale_id",
            "live",
            "last_published_at",
            "has_unpublished_changes",
        ):
            if str(key) in page_keys:
                targets[(str(key), locale_id)] = _Target(pk, live, published, draft)
    for model in {row.model for row in rows if not row.is_page}:
        for pk, key, locale_id in model.objects.filter(locale_id__in=locale_ids).values_list(
            "pk", "translation_key", "locale_id"
        ):
            targets[(str(key), locale_id)] = _Target(pk, True)
    return targets


def _translated_counts(
    source_locale_id: int, locale_ids: Iterable[int]
) -> dict[tuple[int, int], tuple[int, int]]:
    """(source id, locale id) → (translated segments, of which machine-made), in one query.

    The condition on the translations' locale lets the database find each
    segment's translations in the unique (locale, string, context) index.
    Without it SQLite looks them up by string alone, and a string that many
    pages share ("Aachen" as every offer's town) has thousands of them: 25 s
    instead of 0.06 s for 2,000 pages × 8 locales (bench/translation_status.py).
    """
    locale_ids = sorted(locale_ids)
    if not locale_ids:
        return {}
    segment = StringSegment._meta.db_table
    translation = StringTranslation._meta.db_table
    source = TranslationSource._meta.db_table
    placeholders = ", ".join(["%s"] * len(locale_ids))
    sql = f"""
        SELECT seg.source_id, st.locale_id, COUNT(*),
               SUM(CASE WHEN st.translation_type = %s THEN 1 ELSE 0 END)
        FROM {segment} seg
        JOIN {source} src ON src.id = seg.source_id
        JOIN {translation} st
          ON st.translation_of_id = seg.string_id AND st.context_id = seg.context_id
        WHERE src.locale_id = %s AND st.has_error = %s AND st.locale_id IN ({placeholders})
        GROUP BY seg.source_id, st.locale_id
    """  # noqa: S608 -- table names come from the models, values are parameters
    parameters = [StringTranslation.TRANSLATION_TYPE_MACHINE, source_locale_id, False]
    with connection.cursor() as cursor:
        cursor.execute(sql, [*parameters, *locale_ids])
        return {
            (source_id, locale_id): (done, int(machine or 0))
            for source_id, locale_id, done, machine in cursor.fetchall()
        }


def build_matrix(
    *,
    root: Page | None = None,
    page_models: Sequence[type[Page]] | None = None,
    snippet_models: Sequence[type[models.Model]] | None = None,
    include_pages: bool = True,
    locales: Sequence[Locale] | None = None,
) -> Matrix:
    """The status of every source page (under ``root``) and snippet in every target locale."""
    locales = list(locales if locales is not None else target_locales())
    locale_ids = {locale.pk for locale in locales}
    source = source_locale()

    rows = _page_rows(root, page_models) if include_pages else []
    if root is None:
        rows += _snippet_rows(
            translatable_snippet_models() if snippet_models is None else snippet_models
        )

    sources = TranslationSource.objects.filter(locale=source)
    ensure_fingerprints(sources)
    source_by_key = {}
    for source_id, key, synced, current, changed_at in sources.values_list(
        "pk", "object_id", "fingerprint__synced", "fingerprint__current", "fingerprint__changed_at"
    ):
        source_by_key[str(key)] = (source_id, synced != current, changed_at)
    translations = {
        (source_id, locale_id): pk
        for pk, source_id, locale_id in Translation.objects.filter(
            enabled=True, source__locale=source, target_locale_id__in=locale_ids
        ).values_list("pk", "source_id", "target_locale_id")
    }
    totals = dict(
        StringSegment.objects.filter(source__locale=source)
        .values("source_id")
        .annotate(n=Count("pk"))
        .values_list("source_id", "n")
    )
    done = _translated_counts(source.pk, locale_ids)
    targets = _targets(rows, locale_ids)

    for row in rows:
        source_id, outdated, changed_at = source_by_key.get(
            row.translation_key, (None, False, None)
        )
        row.source_id = source_id
        for locale in locales:
            target = targets.get((row.translation_key, locale.pk))
            translation_id = translations.get((source_id, locale.pk))
            row.cells[locale.language_code] = _cell(
                target,
                translation_id,
                outdated=outdated,
                changed_at=changed_at,
                total=totals.get(source_id, 0),
                counts=done.get((source_id, locale.pk), (0, 0)),
            )
    return Matrix(locales=locales, rows=rows)


def _cell(
    target: _Target | None,
    translation_id: int | None,
    *,
    outdated: bool,
    changed_at,
    total: int,
    counts: tuple[int, int],
) -> Cell:
    target_pk = target.pk if target else None
    if translation_id is None:
        if target is None:
            return Cell(State.MISSING)
        # Translated outside wagtail-localize's workflow: compare publication times.
        if changed_at and target.last_published_at and changed_at > target.last_published_at:
            return Cell(State.OUTDATED, target_pk=target_pk)
        return Cell(State.UP_TO_DATE, target_pk=target_pk)

    translated, machine = counts
    progress = 100 if total == 0 else min(100, translated * 100 // total)
    if target is None:
        return Cell(State.IN_PROGRESS, progress, translation_id)
    if outdated:
        return Cell(State.OUTDATED, None, translation_id, target_pk)
    if translated < total or not target.published:
        return Cell(State.IN_PROGRESS, progress, translation_id, target_pk)
    if machine:
        return Cell(State.MACHINE, None, translation_id, target_pk)
    return Cell(State.UP_TO_DATE, None, translation_id, target_pk)
