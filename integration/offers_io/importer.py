"""The offer import: validate a sheet, plan what would change, apply it atomically.

Both the ``import_offers`` command and the admin's import screen use
``OfferImporter``: ``plan()`` reads the database but writes nothing (that is
the dry run and the admin's preview); ``apply()`` carries a plan out in one
transaction, so a failure half-way leaves the database as it was.
"""

import datetime
import enum
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils.text import slugify
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.models import Locale

from ..conf import get_setting
from ..indexing import deferred_indexing
from ..models import OfferIndexPage, OfferPage, Provider
from ..publishing import ChildPageCreator
from . import parsing
from .errors import ImportFileError, RowError
from .reading import Table
from .vocabulary import Vocabularies, fold

# Model fields set from one column each, with their parser.
SCALAR_COLUMNS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "title": ("title", parsing.text),
    "summary": ("summary", parsing.text),
    "street": ("street", parsing.text),
    "postcode": ("postcode", parsing.text),
    "city": ("city", parsing.text),
    "contact_name": ("contact_name", parsing.text),
    "phone": ("phone", parsing.text),
    "schedule": ("schedule", parsing.text),
    "email": ("email", parsing.parse_email),
    "website": ("website", parsing.parse_url),
    "latitude": ("latitude", parsing.parse_decimal),
    "longitude": ("longitude", parsing.parse_decimal),
    "registration_required": ("registration_required", parsing.parse_bool),
    "wheelchair_accessible": ("wheelchair_accessible", parsing.parse_bool),
    "childcare": ("childcare_available", parsing.parse_bool),
    "valid_from": ("valid_from", parsing.parse_date),
    "valid_until": ("valid_until", parsing.parse_date),
    "last_reviewed_on": ("last_reviewed_on", parsing.parse_date),
}
MAX_LENGTHS = {
    name: OfferPage._meta.get_field(name).max_length
    for name in (
        "title",
        "street",
        "postcode",
        "city",
        "contact_name",
        "phone",
        "external_id",
        "email",
        "website",
    )
}
MAX_LENGTHS["cost_note"] = OfferPage._meta.get_field("cost_note").max_length
RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
M2M_FIELDS = ("action_fields", "target_groups", "languages")
# The "change" of an unchanged row whose offer only needs publishing.
PUBLISH_ONLY = "veröffentlichen"


class Action(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


ACTION_LABELS = {
    Action.CREATE: "neu",
    Action.UPDATE: "geändert",
    Action.UNCHANGED: "unverändert",
    Action.REJECTED: "abgelehnt",
}


@dataclass
class PlannedRow:
    """What the import does with one row of the sheet."""

    row: int
    external_id: str
    title: str
    action: Action = Action.REJECTED
    errors: list[RowError] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    relations: dict[str, list[Any]] = field(default_factory=dict)
    new_provider: str = ""
    page: OfferPage | None = None
    translation_of: "uuid.UUID | None" = None


@dataclass
class ImportPlan:
    rows: list[PlannedRow]
    locale: Locale
    parent: OfferIndexPage | None
    missing: list[OfferPage] = field(default_factory=list)
    new_providers: list[str] = field(default_factory=list)
    # fold(name) → the spelling the provider is created with (its first one)
    provider_names: dict[str, str] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        counter = Counter(row.action for row in self.rows)
        return {action.value: counter.get(action, 0) for action in Action}

    @property
    def errors(self) -> list[RowError]:
        return [error for row in self.rows for error in row.errors]

    @property
    def has_errors(self) -> bool:
        return any(row.action is Action.REJECTED for row in self.rows)


class ImportRejected(Exception):
    """Raised by ``apply`` when rows were rejected and skipping them was not asked for."""

    def __init__(self, plan: ImportPlan):
        self.plan = plan
        super().__init__(f"{plan.counts['rejected']} Zeile(n) abgelehnt; es wurde nichts geändert.")


def coordinate_bounds() -> tuple[float, float, float, float]:
    """(min lat, max lat, min lon, max lon) that count as plausible for offers."""
    return tuple(get_setting("INTEGRATION_COORDINATE_BOUNDS"))  # type: ignore[return-value]


class OfferImporter:
    """Validates offers sheets and upserts offers by ``external_id`` in one locale."""

    def __init__(self, locale: Locale | None = None, parent: OfferIndexPage | None = None):
        self.locale = locale or Locale.get_default()
        self.parent = parent
        self._rich_text = EditorHTMLConverter(features=RICH_TEXT_FEATURES)

    # Planning ------------------------------------------------------------

    def plan(self, table: Table, *, publish: bool = False) -> ImportPlan:
        """What importing ``table`` would do; ``publish`` as it will be passed to ``apply``.

        With ``publish``, an unchanged row whose offer is not live or has an
        unpublished draft is planned as an update that only publishes it.
        """
        vocabularies = Vocabularies(self.locale)
        parent = self.parent or (
            OfferIndexPage.objects.filter(locale=self.locale).order_by("path").first()
        )
        rows = [
            self._parse_row(number, cells, table.columns, vocabularies)
            for number, cells in table.rows
        ]
        self._reject_duplicates(rows)

        ids = {row.external_id for row in rows if row.external_id}
        existing = self._existing_offers(ids)
        elsewhere = dict(
            OfferPage.objects.filter(external_id__in=ids)
            .exclude(locale=self.locale)
            .values_list("external_id", "translation_key")
        )
        for row in rows:
            if row.errors:
                row.action = Action.REJECTED
                continue
            page = existing.get(row.external_id)
            if page is None:
                if parent is None:
                    row.errors.append(
                        RowError(
                            row.row,
                            "",
                            f"Es gibt kein Angebotsverzeichnis in der Sprache „{self.locale}“ "
                            "für neue Angebote.",
                        )
                    )
                    row.action = Action.REJECTED
                else:
                    row.action = Action.CREATE
                    row.translation_of = elsewhere.get(row.external_id)
                continue
            row.page = page
            row.changes = self._differences(page, row)
            if not row.changes and publish and page.import_pending_publication:
                row.changes = [PUBLISH_ONLY]
            row.action = Action.UPDATE if row.changes else Action.UNCHANGED

        # Only rows that will be applied create providers; spellings that the
        # vocabulary would match to each other become one provider.
        new_providers: dict[str, str] = {}
        for row in rows:
            if row.new_provider and row.action in (Action.CREATE, Action.UPDATE):
                new_providers.setdefault(fold(row.new_provider), row.new_provider)
        seen_ids = {row.external_id for row in rows}
        missing = [
            page
            for page in OfferPage.objects.filter(locale=self.locale).order_by("title")
            if page.external_id not in seen_ids
        ]
        return ImportPlan(
            rows=rows,
            locale=self.locale,
            parent=parent,
            missing=missing,
            new_providers=sorted(new_providers.values()),
            provider_names=new_providers,
            ignored_columns=table.ignored_columns,
        )

    def _existing_offers(self, external_ids: set[str]) -> dict[str, OfferPage]:
        """The current state of existing offers: the draft where there is one."""
        pages = {}
        queryset = OfferPage.objects.filter(locale=self.locale, external_id__in=external_ids)
        for page in queryset.select_related("provider", "district").prefetch_related(*M2M_FIELDS):
            pending = page.has_unpublished_changes or not page.live
            if page.has_unpublished_changes:
                page = page.get_latest_revision_as_object()
            page.import_pending_publication = pending
            pages[page.external_id] = page
        return pages

    def _parse_row(
        self, number: int, cells: dict[str, Any], columns: list[str], vocabularies: Vocabularies
    ) -> PlannedRow:
        errors: list[RowError] = []

        def fail(column: str, message: str) -> None:
            errors.append(RowError(number, column, message))

        external_id = parsing.text(cells.get("external_id"))
        title = parsing.text(cells.get("title"))
        planned = PlannedRow(row=number, external_id=external_id, title=title)
        for name in ("external_id", "title", "provider", "action_fields"):
            if not parsing.text(cells.get(name)):
                fail(name, "Pflichtwert fehlt.")
        values: dict[str, Any] = {"external_id": external_id}

        for column, (field_name, parse) in SCALAR_COLUMNS.items():
            if column not in columns:
                continue
            try:
                values[field_name] = parse(cells.get(column))
            except ValueError as error:
                fail(column, str(error))
        if "description" in columns:
            raw = parsing.text(cells.get("description"))
            values["description"] = self._description_html(raw)
        if "cost" in columns:
            values["is_free"], values["cost_note"] = parsing.parse_cost(cells.get("cost"))

        for name, limit in MAX_LENGTHS.items():
            value = values.get(name)
            if isinstance(value, str) and limit and len(value) > limit:
                fail(name, f"Zu lang: {len(value)} Zeichen, höchstens {limit}.")

        if not {error.column for error in errors} & {"latitude", "longitude"}:
            self._check_coordinates(values, columns, fail)
        valid_from, valid_until = values.get("valid_from"), values.get("valid_until")
        if valid_from and valid_until and valid_until < valid_from:
            fail("valid_until", "„Gültig bis“ liegt vor „Gültig ab“.")

        relations: dict[str, list[Any]] = {}
        for column, vocabulary in (
            ("action_fields", vocabularies.action_fields),
            ("target_groups", vocabularies.target_groups),
            ("languages", vocabularies.languages),
        ):
            if column not in columns:
                continue
            terms = []
            for value in parsing.parse_list(cells.get(column)):
                term = vocabulary.get(value)
                if term is None:
                    fail(column, vocabulary.unknown_message(value))
                elif term not in terms:
                    terms.append(term)
            relations[column] = terms
        # A cell of separators only (" | ") names no action field either.
        reported = any(error.column == "action_fields" for error in errors)
        if "action_fields" in relations and not relations["action_fields"] and not reported:
            fail("action_fields", "Pflichtwert fehlt.")

        if "district" in columns:
            name = parsing.text(cells.get("district"))
            district = vocabularies.districts.get(name) if name else None
            if name and district is None:
                fail("district", vocabularies.districts.unknown_message(name))
            values["district"] = district

        provider_name = parsing.text(cells.get("provider"))
        provider_limit = Provider._meta.get_field("name").max_length
        if len(provider_name) > provider_limit:
            fail("provider", f"Zu lang: {len(provider_name)} Zeichen, höchstens {provider_limit}.")
            provider_name = ""
        if provider_name:
            provider = vocabularies.providers.get(provider_name)
            if provider is None:
                planned.new_provider = provider_name
            values["provider"] = provider

        planned.values = values
        planned.relations = relations
        planned.errors = errors
        return planned

    def _description_html(self, raw: str) -> str:
        """Rich text as stored by Wagtail: HTML is cleaned, plain text becomes paragraphs."""
        if not raw:
            return ""
        if "<" in raw and ">" in raw:
            return self._rich_text.to_database_format(raw)
        from django.utils.html import escape

        paragraphs = [part.strip() for part in raw.replace("\r\n", "\n").split("\n\n")]
        return "".join(
            f"<p>{escape(part).replace(chr(10), '<br/>')}</p>" for part in paragraphs if part
        )

    def _check_coordinates(self, values: dict[str, Any], columns: list[str], fail) -> None:
        latitude, longitude = values.get("latitude"), values.get("longitude")
        if "latitude" not in columns and "longitude" not in columns:
            return
        if (latitude is None) != (longitude is None):
            fail(
                "latitude" if latitude is None else "longitude",
                "Breitengrad und Längengrad gehören zusammen: "
                "bitte beide angeben oder beide leer lassen.",
            )
            return
        if latitude is None:
            return
        lat_min, lat_max, lon_min, lon_max = coordinate_bounds()

        def inside(lat: Decimal, lon: Decimal) -> bool:
            return lat_min <= lat <= lat_max and lon_min <= lon <= lon_max

        if inside(latitude, longitude):
            return
        if inside(longitude, latitude):
            fail(
                "latitude",
                f"Breitengrad {latitude} und Längengrad {longitude} scheinen vertauscht.",
            )
            return
        if not lat_min <= latitude <= lat_max:
            fail(
                "latitude",
                f"Breitengrad {latitude} liegt außerhalb des plausiblen Bereichs "
                f"({lat_min} bis {lat_max}).",
            )
        if not lon_min <= longitude <= lon_max:
            fail(
                "longitude",
                f"Längengrad {longitude} liegt außerhalb des plausiblen Bereichs "
                f"({lon_min} bis {lon_max}).",
            )

    @staticmethod
    def _reject_duplicates(rows: list[PlannedRow]) -> None:
        by_id: dict[str, list[PlannedRow]] = defaultdict(list)
        for row in rows:
            if row.external_id:
                by_id[row.external_id].append(row)
        for external_id, group in by_id.items():
            if len(group) < 2:
                continue
            for row in group:
                others = ", ".join(str(other.row) for other in group if other is not row)
                row.errors.append(
                    RowError(
                        row.row,
                        "external_id",
                        f"Die Kennung „{external_id}“ steht mehrfach in der Datei "
                        f"(auch in Zeile {others}).",
                    )
                )

    def _differences(self, page: OfferPage, row: PlannedRow) -> list[str]:
        changes = []
        for name, value in row.values.items():
            if name == "provider":
                if value is None or page.provider_id != value.pk:
                    changes.append(name)
            elif name == "district":
                if page.district_id != (value.pk if value else None):
                    changes.append(name)
            elif _normalise(getattr(page, name)) != _normalise(value):
                changes.append(name)
        for name, terms in row.relations.items():
            current = {item.pk for item in getattr(page, name).all()}
            if current != {term.pk for term in terms}:
                changes.append(name)
        return changes

    # Applying ------------------------------------------------------------

    def apply(
        self,
        plan: ImportPlan,
        *,
        publish: bool = False,
        skip_invalid: bool = False,
        user=None,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportPlan:
        """Carry out ``plan`` in one transaction; rejected rows stop it unless skipped."""
        if plan.has_errors and not skip_invalid:
            raise ImportRejected(plan)
        work = [row for row in plan.rows if row.action in (Action.CREATE, Action.UPDATE)]
        with transaction.atomic(), deferred_indexing(OfferPage, Provider) as touched:
            providers = self._create_providers(plan)
            for provider in providers.values():
                touched.add(provider)
            creator = ChildPageCreator(plan.parent) if plan.parent else None
            for done, row in enumerate(work, start=1):
                if row.new_provider:
                    row.values["provider"] = providers[fold(row.new_provider)]
                if row.action is Action.CREATE:
                    self._create(creator, row, publish=publish, user=user)
                else:
                    self._update(row, publish=publish, user=user)
                touched.add(row.page)
                if progress:
                    progress(done, len(work))
            if creator:
                creator.finish()
        return plan

    def _create_providers(self, plan: ImportPlan) -> dict[str, Provider]:
        created = {}
        for key, name in sorted(plan.provider_names.items()):
            base = slugify(name)[:90] or "traeger"
            slug, suffix = base, 2
            while Provider.objects.filter(slug=slug).exists():
                slug, suffix = f"{base}-{suffix}", suffix + 1
            created[key] = Provider.objects.create(name=name, slug=slug, locale=plan.locale)
        return created

    def _assign(self, page: OfferPage, row: PlannedRow) -> None:
        for name, value in row.values.items():
            setattr(page, name, value)
        for name, terms in row.relations.items():
            getattr(page, name).set(terms)

    def _create(self, creator: ChildPageCreator, row: PlannedRow, *, publish: bool, user) -> None:
        page = OfferPage(locale=creator.parent.locale)
        if row.translation_of is not None:
            # The offer exists in another language: this row is its translation.
            page.translation_key = row.translation_of
        self._assign(page, row)
        creator.add(page, publish=publish, user=user)
        row.page = page

    def _update(self, row: PlannedRow, *, publish: bool, user) -> None:
        page = OfferPage.objects.get(pk=row.page.pk)
        if row.changes == [PUBLISH_ONLY]:
            page.get_latest_revision().publish(user=user)
            row.page = page
            return
        if page.has_unpublished_changes:
            page = page.get_latest_revision_as_object()
        self._assign(page, row)
        revision = page.save_revision(user=user, log_action=True, clean=False)
        if publish:
            revision.publish(user=user)
        row.page = page


def _normalise(value: Any) -> Any:
    if isinstance(value, Decimal):
        return value.quantize(Decimal("0.000001"))
    if isinstance(value, datetime.datetime):
        return value.date()
    if value is None:
        return None
    return value


__all__ = [
    "Action",
    "ACTION_LABELS",
    "ImportFileError",
    "ImportPlan",
    "ImportRejected",
    "OfferImporter",
    "PlannedRow",
]
