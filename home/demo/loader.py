"""Builds a city's demo site from ``DemoContent``, safe to run any number of times.

Why it works the way it does:

* Every object is found again by a stable key – a page by its slug under its
  parent (an action field by its ``code``, an offer by its ``external_id``), a
  snippet by its slug, a guiding goal or sub-goal by a ``translation_key``
  derived from its key in the data – so a second run finds what the first
  one built instead of adding duplicates.
* A page is saved only when one of its fields, many-to-many links or goals
  differs from the data. It then gets a new revision that is published, as if
  an editor had pressed "Publish"; an unchanged page keeps its history as it
  is. Running the loader twice therefore adds no pages, revisions or snippets.
* Offer dates are offsets from an anchor day: the day the offers directory was
  first published (today, on a fresh load). The directory is current right
  after loading, and later runs compute the very same dates.
* Translations go through wagtail-localize, as a translator's would: the
  source's segments are looked up in the data's translation memory, stored as
  ``StringTranslation``s and applied to the page or snippet in the target
  locale. Only missing or different strings are stored, and a translation is
  applied only when a string changed or the target does not exist yet, so a
  second run adds no revisions there either.
* Everything happens in one transaction: a failed run leaves the database as
  it was. (wagtail-localize publishes translated pages when it commits.)
"""

import datetime
import json
import uuid
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.core.management.base import OutputWrapper
from django.core.management.color import Style, no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.db.models import ProtectedError, Q
from django.utils import timezone
from django.utils.text import slugify
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.strings import StringValue, validate_translation_links

from home.models import HomePage
from integration.models import (
    ActionFieldPage,
    ChapterPage,
    District,
    GuidingGoal,
    IntegrationConceptPage,
    Language,
    MeasurePage,
    OfferIndexPage,
    OfferPage,
    Provider,
    SubGoal,
    SynonymGroup,
    TargetGroup,
    ThemeFieldPage,
)
from integration.translation.core import apply_translation, prepare_translation, source_locale
from integration.translation.locales import sync_locales
from integration.translation.roles import ensure_translator_groups

from .types import (
    ChapterData,
    ConceptData,
    DemoContent,
    GuidingGoalData,
    LocaleTranslationsData,
    OfferData,
    StreamData,
    ThemeFieldData,
    TranslatedObjectData,
)

# Namespace of the translation keys of guiding goals and sub-goals; changing
# it would make the loader replace every goal (and drop the measures' links).
GOAL_KEY_NAMESPACE = uuid.UUID("05bae9c2-6524-4175-8c48-0420a6079f6f")

# Title of the page that wagtailcore's initial migration creates.
WAGTAIL_WELCOME_TITLE = "Welcome to your new Wagtail site!"

# How far (in degrees) an offer may lie from its district's centre: about
# 3 km north–south and 3.5 km east–west, generous for Aachen's districts.
MAX_DISTANCE_FROM_DISTRICT = (Decimal("0.03"), Decimal("0.05"))

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"
OUTCOMES = (CREATED, UPDATED, UNCHANGED)

# Where a ``TranslatedObjectData`` of each kind is found: the model and the
# field its ``key`` is matched against (pages: below the demo's home page).
TRANSLATABLE_KINDS: dict[str, tuple[type[models.Model], str]] = {
    "home": (HomePage, "slug"),
    "concept": (IntegrationConceptPage, "slug"),
    "chapter": (ChapterPage, "slug"),
    "theme_field": (ThemeFieldPage, "slug"),
    "action_field": (ActionFieldPage, "code"),
    "measure": (MeasurePage, "slug"),
    "offer_index": (OfferIndexPage, "slug"),
    "offer": (OfferPage, "external_id"),
    "provider": (Provider, "slug"),
    "target_group": (TargetGroup, "slug"),
    "district": (District, "slug"),
}

PageT = TypeVar("PageT", bound=Page)
ModelT = TypeVar("ModelT", bound=models.Model)

_GERMAN_LETTERS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


class DemoContentError(Exception):
    """The demo data is inconsistent, or the database cannot take it as it is."""


def german_slug(text: str, max_length: int = 80) -> str:
    """A URL slug that spells umlauts the German way ("Förder" → "foerder", not "forder")."""
    words = text.translate(_GERMAN_LETTERS).replace("/", " ")
    return slugify(words)[:max_length].strip("-")


def goal_translation_key(key: str) -> uuid.UUID:
    """The stable ``translation_key`` of the guiding goal or sub-goal with ``key``."""
    return uuid.uuid5(GOAL_KEY_NAMESPACE, key)


@dataclass
class LoadReport:
    """What a run did, counted per model and outcome (created/updated/unchanged)."""

    pages: Counter[tuple[str, str]] = field(default_factory=Counter)
    snippets: Counter[tuple[str, str]] = field(default_factory=Counter)
    others: Counter[tuple[str, str]] = field(default_factory=Counter)
    # Translated pages and snippets, counted per (language code, outcome).
    translations: Counter[tuple[str, str]] = field(default_factory=Counter)
    # Alias pages wagtail-localize created to mirror the source tree, per language.
    aliases: Counter[str] = field(default_factory=Counter)
    # German segments the translation memory has no translation for.
    untranslated: list[str] = field(default_factory=list)
    deleted_pages: int = 0
    deleted_snippets: int = 0

    def totals(self, counter: Counter[tuple[str, str]]) -> dict[str, int]:
        return {
            outcome: sum(n for (_, seen), n in counter.items() if seen == outcome)
            for outcome in OUTCOMES
        }

    def by_model(self, counter: Counter[tuple[str, str]]) -> dict[str, dict[str, int]]:
        result: dict[str, dict[str, int]] = {}
        for (name, outcome), number in counter.items():
            result.setdefault(name, dict.fromkeys(OUTCOMES, 0))[outcome] += number
        return result

    @property
    def changed_anything(self) -> bool:
        counters = (self.pages, self.snippets, self.others, self.translations)
        changes = sum(self.totals(c)[CREATED] + self.totals(c)[UPDATED] for c in counters)
        return bool(changes or self.aliases.total() or self.deleted_pages or self.deleted_snippets)


# --- Validation of the data, before anything is written ---------------------


def validate_content(content: DemoContent) -> None:
    """Check the data's keys and references; raise ``DemoContentError`` listing every problem.

    Mistakes in hand-written data (a misspelt slug, a duplicated offer ID, an
    offer placed in the wrong district) should stop the loader before it
    touches the database, not halfway through.
    """
    problems: list[str] = []

    def unique(kind: str, keys: Sequence[str]) -> set[str]:
        for key, count in Counter(keys).items():
            if count > 1:
                problems.append(f"{kind} {key!r} occurs {count} times")
        return set(keys)

    def known(kind: str, owner: str, keys: Sequence[str], allowed: set[str]) -> None:
        for key in keys:
            if key not in allowed:
                problems.append(f"{owner}: unknown {kind} {key!r}")

    target_groups = unique("target group slug", [t.slug for t in content.target_groups])
    districts = {d.slug: d for d in content.districts}
    unique("district slug", [d.slug for d in content.districts])
    providers = unique("provider slug", [p.slug for p in content.providers])
    provider_kinds = set(Provider.Kind.values)
    for provider in content.providers:
        if provider.kind not in provider_kinds:
            problems.append(f"provider {provider.slug!r}: unknown kind {provider.kind!r}")

    unique("concept slug", [c.slug for c in content.concepts])
    action_fields: set[str] = set()
    for concept in content.concepts:
        unique(f"{concept.slug}: chapter slug", [c.slug for c in concept.chapters])
        stack = list(concept.chapters)
        while stack:
            chapter = stack.pop()
            unique(f"{chapter.slug}: section slug", [s.slug for s in chapter.sections])
            stack.extend(chapter.sections)
        codes = unique(
            f"{concept.slug}: action field code", [a.code for a in concept.action_fields]
        )
        action_fields |= codes
        goals = unique(
            "guiding goal key",
            [g.key for t in concept.theme_fields for g in t.guiding_goals],
        )
        unique(
            "sub-goal key",
            [s.key for t in concept.theme_fields for g in t.guiding_goals for s in g.sub_goals],
        )
        sibling_slugs = [c.slug for c in concept.chapters]
        sibling_slugs += [t.slug for t in concept.theme_fields]
        sibling_slugs += [a.slug for a in concept.action_fields]
        sibling_slugs += [m.slug for m in concept.measures]
        unique(f"{concept.slug}: page slug", sibling_slugs)
        for measure in concept.measures:
            owner = f"measure {measure.slug!r}"
            known("provider", owner, [measure.provider], providers)
            known("action field", owner, measure.action_fields, codes)
            known("guiding goal", owner, measure.guiding_goals, goals)
            if measure.status not in MeasurePage.Status.values:
                problems.append(f"{owner}: unknown status {measure.status!r}")
            if measure.starts_on and measure.ends_on and measure.ends_on < measure.starts_on:
                problems.append(f"{owner}: ends before it starts")
        if concept.status not in IntegrationConceptPage.Status.values:
            problems.append(f"concept {concept.slug!r}: unknown status {concept.status!r}")

    offers = content.offer_index.offers
    unique("offer external ID", [o.external_id for o in offers])
    unique("offer slug", [german_slug(o.title) for o in offers])
    for offer in offers:
        owner = f"offer {offer.external_id}"
        known("provider", owner, [offer.provider], providers)
        known("action field", owner, offer.action_fields, action_fields)
        known("target group", owner, offer.target_groups, target_groups)
        known("district", owner, [offer.district], set(districts))
        if not offer.action_fields:
            problems.append(f"{owner}: needs at least one action field")
        if offer.valid_from_days is not None and offer.valid_from_days > 0:
            problems.append(f"{owner}: starts after the anchor day; demo offers are current")
        if offer.valid_until_days is not None and offer.valid_until_days < 0:
            problems.append(f"{owner}: expired before the anchor day; demo offers are current")
        district = districts.get(offer.district)
        if district is not None:
            max_lat, max_lon = MAX_DISTANCE_FROM_DISTRICT
            if (
                abs(offer.latitude - district.latitude) > max_lat
                or abs(offer.longitude - district.longitude) > max_lon
            ):
                problems.append(f"{owner}: coordinates are far from {district.name}")

    chapter_slugs: set[str] = set()
    for concept in content.concepts:
        stack = list(concept.chapters)
        while stack:
            chapter = stack.pop()
            chapter_slugs.add(chapter.slug)
            stack.extend(chapter.sections)
    keys = {
        "home": {content.home.slug},
        "concept": {c.slug for c in content.concepts},
        "chapter": chapter_slugs,
        "theme_field": {t.slug for c in content.concepts for t in c.theme_fields},
        "action_field": action_fields,
        "measure": {m.slug for c in content.concepts for m in c.measures},
        "offer_index": {content.offer_index.slug},
        "offer": {o.external_id for o in offers},
        "provider": providers,
        "target_group": target_groups,
        "district": set(districts),
    }
    problems += _translation_problems(content, keys)

    if problems:
        raise DemoContentError("Invalid demo content:\n  " + "\n  ".join(problems))


def _translation_problems(content: DemoContent, keys: Mapping[str, set[str]]) -> list[str]:
    """What is wrong with the translations' locales and the objects they name."""
    problems: list[str] = []
    languages = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    for code, count in Counter(t.language_code for t in content.translations).items():
        if count > 1:
            problems.append(f"translations into {code!r} occur {count} times")
    for translations in content.translations:
        code = translations.language_code
        if code == content.language_code:
            problems.append(f"translations into {code!r}: that is the source language")
        elif code not in languages:
            problems.append(f"translations into {code!r}: not in WAGTAIL_CONTENT_LANGUAGES")
        seen = Counter((o.kind, o.key) for o in translations.objects)
        for (kind, key), count in seen.items():
            if count > 1:
                problems.append(f"translations into {code!r}: {kind} {key!r} occurs {count} times")
        for data in translations.objects:
            owner = f"translation into {code!r} of {data.kind} {data.key!r}"
            if data.kind not in TRANSLATABLE_KINDS:
                problems.append(f"{owner}: unknown kind")
                continue
            if data.key not in keys[data.kind]:
                problems.append(f"{owner}: no such {data.kind} in the demo content")
            model = TRANSLATABLE_KINDS[data.kind][0]
            for name, _text in data.earlier_wording:
                if not issubclass(model, Page):
                    problems.append(f"{owner}: an earlier wording needs a page")
                    break
                try:
                    model._meta.get_field(name)
                except FieldDoesNotExist:
                    problems.append(f"{owner}: no field {name!r} for the earlier wording")
    return problems


# --- Comparing and assigning field values ------------------------------------


def _without_block_ids(data: Any) -> Any:
    if isinstance(data, dict):
        return {key: _without_block_ids(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list):
        return [_without_block_ids(item) for item in data]
    return data


def _stream_value(stream_field: StreamField, value: StreamData | StreamValue) -> StreamValue:
    """``value`` as a StreamValue whose blocks are all converted to Python values.

    Converting every block makes ``get_prep_value`` emit the current JSON form
    (list items with ids), whether the value came from the data or the database.
    """
    if not isinstance(value, StreamValue):
        value = stream_field.stream_block.to_python(list(value))
    for _child in value:
        pass
    return value


def _stream_json(stream_field: StreamField, value: StreamData | StreamValue) -> str:
    """A comparable form of a StreamField value: its JSON without the random block ids."""
    prep_value = stream_field.stream_block.get_prep_value(_stream_value(stream_field, value))
    return json.dumps(_without_block_ids(prep_value), cls=DjangoJSONEncoder, sort_keys=True)


def _is_same(instance: models.Model, name: str, wanted: Any) -> bool:
    model_field = instance._meta.get_field(name)
    if isinstance(model_field, StreamField):
        return _stream_json(model_field, getattr(instance, name)) == _stream_json(
            model_field, wanted
        )
    if model_field.many_to_one:
        return getattr(instance, model_field.attname) == (wanted.pk if wanted else None)
    current = getattr(instance, name)
    if isinstance(model_field, models.DecimalField) and None not in (current, wanted):
        return Decimal(current) == Decimal(wanted)
    return current == wanted


def _differences(instance: models.Model, values: Mapping[str, Any]) -> list[str]:
    return [name for name, wanted in values.items() if not _is_same(instance, name, wanted)]


def _assign(instance: models.Model, values: Mapping[str, Any]) -> None:
    for name, wanted in values.items():
        model_field = instance._meta.get_field(name)
        if isinstance(model_field, StreamField):
            wanted = _stream_value(model_field, wanted)
        setattr(instance, name, wanted)


def _relation_differences(page: Page, relations: Mapping[str, Sequence[models.Model]]) -> list[str]:
    return [
        name
        for name, wanted in relations.items()
        if {obj.pk for obj in getattr(page, name).all()} != {obj.pk for obj in wanted}
    ]


def _assign_relations(page: Page, relations: Mapping[str, Sequence[models.Model]]) -> None:
    for name, wanted in relations.items():
        getattr(page, name).set(list(wanted))


# --- The loader ---------------------------------------------------------------


class DemoContentLoader:
    """Creates or updates the demo site described by a ``DemoContent``.

    Used by ``manage.py load_demo_content``; kept apart from the command so that
    tests and other commands can load the same content without parsing output.
    """

    def __init__(
        self,
        content: DemoContent,
        *,
        stdout: OutputWrapper | None = None,
        style: Style | None = None,
        verbosity: int = 1,
        today: datetime.date | None = None,
    ) -> None:
        self.content = content
        self.stdout = stdout
        self.style = style or no_style()
        self.verbosity = verbosity
        self.today = today or timezone.localdate()
        self.report = LoadReport()
        self._section: Counter[str] = Counter()
        self.locale: Locale
        self.target_groups: dict[str, TargetGroup] = {}
        self.districts: dict[str, District] = {}
        self.providers: dict[str, Provider] = {}
        self.action_fields: dict[str, ActionFieldPage] = {}

    # Output ------------------------------------------------------------------

    def _say(
        self, message: str, style_func: Callable[[str], str] | None = None, level: int = 1
    ) -> None:
        if self.stdout is not None and self.verbosity >= level:
            self.stdout.write(message, style_func)

    def _begin(self, title: str) -> None:
        self._section = Counter()
        self._say(title, self.style.MIGRATE_HEADING)

    def _end(self, what: str = "objects") -> None:
        counts = ", ".join(f"{self._section[outcome]} {outcome}" for outcome in OUTCOMES)
        self._say(f"  {what}: {counts}", self.style.SUCCESS)

    def _count(self, kind: str, model: type[models.Model], outcome: str, label: str) -> None:
        counter = {"page": self.report.pages, "snippet": self.report.snippets}.get(
            kind, self.report.others
        )
        counter[(model.__name__, outcome)] += 1
        self._section[outcome] += 1
        self._say(f"    {outcome:<9} {model.__name__} {label}", level=2)

    # The run -----------------------------------------------------------------

    def run(self, *, reset: bool = False) -> LoadReport:
        """Build or update the whole demo site; with ``reset``, delete it first."""
        validate_content(self.content)
        with transaction.atomic():
            if reset:
                self.delete_demo_content()
            self.ensure_source_locale()
            self.remove_wagtail_welcome_page()
            self.sync_vocabularies()
            home = self.sync_home()
            self.sync_site(home)
            for concept in self.content.concepts:
                self.sync_concept(home, concept)
            self.sync_offers(home)
            self.sync_target_locales()
            for translations in self.content.translations:
                self.sync_translations(home, translations)
            self.sync_synonyms()
        return self.report

    def sync_synonyms(self) -> None:
        """The example synonym groups of each language, created once (editors may change them)."""
        self._begin("Search synonyms")
        for code, groups in self.content.synonyms.items():
            locale = Locale.objects.filter(language_code=code).first()
            if locale is None:
                continue
            for terms in groups:
                _group, created = SynonymGroup.objects.get_or_create(locale=locale, terms=terms)
                self._count("synonym", SynonymGroup, CREATED if created else UNCHANGED, terms)
        self._end("synonym groups")

    def delete_demo_content(self) -> None:
        """Delete the home page tree (in every locale) and the snippets the data names.

        A snippet that a page outside the demo tree still needs (an offer's
        provider is protected) is kept, with a warning.
        """
        self._begin("Deleting the demo content (--reset)")
        locale = Locale.objects.filter(language_code=self.content.language_code).first()
        homes = HomePage.objects.filter(depth=2, slug=self.content.home.slug, locale=locale)
        for home in homes:
            for page in [home, *home.get_translations()]:
                self.report.deleted_pages += page.get_descendants(inclusive=True).count()
                page.delete()
        vocabularies: list[tuple[type[models.Model], list[str]]] = [
            (TargetGroup, [t.slug for t in self.content.target_groups]),
            (District, [d.slug for d in self.content.districts]),
            (Provider, [p.slug for p in self.content.providers]),
        ]
        for model, slugs in vocabularies:
            for obj in model.objects.filter(slug__in=slugs):
                try:
                    with transaction.atomic():
                        obj.delete()
                except ProtectedError:
                    self._say(f"  kept {model.__name__} {obj} (still in use)", self.style.WARNING)
                else:
                    self.report.deleted_snippets += 1
        self._say(
            f"  deleted {self.report.deleted_pages} pages and "
            f"{self.report.deleted_snippets} snippets",
            self.style.SUCCESS,
        )

    def ensure_source_locale(self) -> None:
        """The Locale of the demo's language (German, the source); the others come later."""
        self._begin("Source locale")
        code = self.content.language_code
        if code not in {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}:
            raise DemoContentError(
                f"The source language {code!r} is not in WAGTAIL_CONTENT_LANGUAGES."
            )
        self.locale, created = Locale.objects.get_or_create(language_code=code)
        self._count("locale", Locale, CREATED if created else UNCHANGED, code)
        self._end("locales")

    def sync_target_locales(self) -> None:
        """The other content languages, as ``manage.py sync_locales`` sets them up.

        A Locale per language, the source tree mirrored into each as alias
        pages (which translations then replace) and a translator group per
        language with its permissions.
        """
        self._begin("Target locales, synchronised trees and translator groups")
        result = sync_locales(progress=lambda message: self._say(f"    {message}", level=2))
        for code in result.synchronised_locales:
            outcome = CREATED if code in result.created_locales else UNCHANGED
            self._count("locale", Locale, outcome, code)
        self.report.aliases.update({code: n for code, n in result.aliases_created.items() if n})
        for code in result.unconfigured_locales:
            self._say(
                f"  locale {code} is no longer in WAGTAIL_CONTENT_LANGUAGES; kept",
                self.style.WARNING,
            )
        for group in ensure_translator_groups():
            outcome = CREATED if group.created else UNCHANGED
            self._count("group", Group, outcome, group.group.name)
        aliases = sum(result.aliases_created.values())
        self._say(f"  alias pages created: {aliases}", self.style.SUCCESS)
        self._end("locales and groups")

    def remove_wagtail_welcome_page(self) -> None:
        """Delete the "Welcome" page of wagtailcore's migrations and the Site pointing at it.

        It is a plain ``wagtailcore.Page`` at depth 2 whose slug ("home") the
        demo home page needs. A plain page with children is someone's content
        and is left alone.
        """
        self._begin("Wagtail's default page and site")
        plain_page = ContentType.objects.get_for_model(Page)
        candidates = Page.objects.filter(depth=2, content_type=plain_page).filter(
            Q(title=WAGTAIL_WELCOME_TITLE) | Q(slug=self.content.home.slug)
        )
        removed = 0
        for page in candidates:
            if page.get_children().exists():
                raise DemoContentError(
                    f"The page {page.title!r} (id {page.pk}) at the top of the tree has child "
                    "pages; move or delete them before loading the demo content."
                )
            Site.objects.filter(root_page=page).delete()
            page.delete()
            removed += 1
        self._say(
            f"  removed {removed} default page(s)" if removed else "  nothing to remove",
            self.style.SUCCESS,
        )

    def sync_vocabularies(self) -> None:
        self._begin("Target groups, districts and providers (snippets)")
        self.target_groups = {
            data.slug: self._sync_snippet(
                TargetGroup, data.slug, {"name": data.name, "description": data.description}
            )
            for data in self.content.target_groups
        }
        self.districts = {
            data.slug: self._sync_snippet(
                District,
                data.slug,
                {
                    "name": data.name,
                    "postcodes": data.postcodes,
                    "latitude": data.latitude,
                    "longitude": data.longitude,
                },
            )
            for data in self.content.districts
        }
        self.providers = {
            data.slug: self._sync_snippet(
                Provider,
                data.slug,
                {
                    "name": data.name,
                    "kind": data.kind,
                    "description": data.description,
                    "website": data.website,
                    "email": data.email,
                    "phone": data.phone,
                },
            )
            for data in self.content.providers
        }
        self._end("snippets")

    def sync_home(self) -> HomePage:
        self._begin("Home page")
        root = Page.get_first_root_node()
        data = self.content.home
        home = self._sync_page(
            root,
            HomePage,
            lookup={"slug": data.slug},
            values={"title": data.title, "slug": data.slug, "intro": data.intro, "body": data.body},
        )
        self._end("pages")
        return home

    def sync_site(self, home: HomePage) -> None:
        """One default Site whose root is the German home page."""
        self._begin("Site")
        data = self.content.site
        site = (
            Site.objects.filter(hostname=data.hostname, port=data.port).first()
            or Site.objects.filter(is_default_site=True).first()
        )
        values = {
            "hostname": data.hostname,
            "port": data.port,
            "site_name": data.site_name,
            "root_page": home,
            "is_default_site": True,
        }
        Site.objects.filter(is_default_site=True).exclude(pk=site.pk if site else None).update(
            is_default_site=False
        )
        if site is None:
            site = Site()
            outcome = CREATED
        else:
            outcome = UPDATED if _differences(site, values) else UNCHANGED
        if outcome != UNCHANGED:
            _assign(site, values)
            site.full_clean()
            site.save()
        self._count("site", Site, outcome, f"{data.hostname}:{data.port}")
        self._end("sites")

    def sync_concept(self, home: HomePage, data: ConceptData) -> IntegrationConceptPage:
        self._begin(f"Integration concept „{data.title}“ ({data.version_label})")

        def recompute_validity(page: IntegrationConceptPage) -> None:
            # The model derives valid_until from adopted_on only when it is empty.
            if page.adopted_on != data.adopted_on:
                page.valid_until = None

        concept = self._sync_page(
            home,
            IntegrationConceptPage,
            lookup={"slug": data.slug},
            values={
                "title": data.title,
                "slug": data.slug,
                "show_in_menus": True,
                "version_label": data.version_label,
                "status": data.status,
                "summary": data.summary,
                "adopted_on": data.adopted_on,
                "adopted_by": data.adopted_by,
                "resolution_committee": data.resolution_committee,
                "resolution_date": data.resolution_date,
                "resolution_text": data.resolution_text,
            },
            prepare=recompute_validity,
        )
        self._sync_chapters(concept, data.chapters)
        for theme_field in data.theme_fields:
            self._sync_page(
                concept,
                ThemeFieldPage,
                lookup={"slug": theme_field.slug},
                values={
                    "title": theme_field.title,
                    "slug": theme_field.slug,
                    "intro": theme_field.intro,
                    "body": theme_field.body,
                },
                children=self._goal_updater(theme_field),
            )
        for action_field in data.action_fields:
            self.action_fields[action_field.code] = self._sync_page(
                concept,
                ActionFieldPage,
                lookup={"code": action_field.code},
                values={
                    "title": action_field.title,
                    "slug": action_field.slug,
                    "code": action_field.code,
                    "summary": action_field.summary,
                    "body": action_field.body,
                },
            )
        goal_keys = [g.key for t in data.theme_fields for g in t.guiding_goals]
        goals = {
            goal.translation_key: goal
            for goal in GuidingGoal.objects.filter(
                locale=self.locale,
                translation_key__in=[goal_translation_key(key) for key in goal_keys],
            )
        }
        for measure in data.measures:
            self._sync_page(
                concept,
                MeasurePage,
                lookup={"slug": measure.slug},
                values={
                    "title": measure.title,
                    "slug": measure.slug,
                    "status": measure.status,
                    "summary": measure.summary,
                    "body": measure.body,
                    "responsible_provider": self.providers[measure.provider],
                    "starts_on": measure.starts_on,
                    "ends_on": measure.ends_on,
                    "is_example": measure.is_example,
                },
                relations={
                    "action_fields": [self.action_fields[code] for code in measure.action_fields],
                    "guiding_goals": [
                        goals[goal_translation_key(key)] for key in measure.guiding_goals
                    ],
                },
            )
        self._end("pages")
        return concept

    def _sync_chapters(self, parent: Page, chapters: Sequence[ChapterData]) -> None:
        for data in chapters:
            chapter = self._sync_page(
                parent,
                ChapterPage,
                lookup={"slug": data.slug},
                values={
                    "title": data.title,
                    "slug": data.slug,
                    "intro": data.intro,
                    "body": data.body,
                },
            )
            self._sync_chapters(chapter, data.sections)

    def _goal_updater(self, data: ThemeFieldData) -> Callable[[ThemeFieldPage], bool]:
        """A function that puts the data's goals on a theme field page, if they differ.

        Goals are matched by translation key, so an edited goal keeps its
        primary key and the measures that point at it.
        """

        def wanted_state(goal: GuidingGoalData) -> tuple:
            return (
                goal_translation_key(goal.key),
                self.locale.pk,
                goal.title,
                goal.description,
                goal.is_example,
                [
                    (goal_translation_key(sub.key), self.locale.pk, sub.title, sub.description)
                    for sub in goal.sub_goals
                ],
            )

        def current_state(goal: GuidingGoal) -> tuple:
            return (
                goal.translation_key,
                goal.locale_id,
                goal.title,
                goal.description,
                goal.is_example,
                [
                    (sub.translation_key, sub.locale_id, sub.title, sub.description)
                    for sub in goal.sub_goals.all()
                ],
            )

        def update(page: ThemeFieldPage) -> bool:
            current = list(page.guiding_goals.all()) if page.pk else []
            if [current_state(g) for g in current] == [wanted_state(g) for g in data.guiding_goals]:
                return False
            existing_goals = {goal.translation_key: goal for goal in current}
            goals = []
            for number, goal_data in enumerate(data.guiding_goals):
                key = goal_translation_key(goal_data.key)
                goal = existing_goals.get(key) or GuidingGoal(translation_key=key)
                goal.locale = self.locale
                goal.sort_order = number
                goal.title = goal_data.title
                goal.description = goal_data.description
                goal.is_example = goal_data.is_example
                existing_subs = {s.translation_key: s for s in goal.sub_goals.all()}
                subs = []
                for sub_number, sub_data in enumerate(goal_data.sub_goals):
                    sub_key = goal_translation_key(sub_data.key)
                    sub = existing_subs.get(sub_key) or SubGoal(translation_key=sub_key)
                    sub.locale = self.locale
                    sub.sort_order = sub_number
                    sub.title = sub_data.title
                    sub.description = sub_data.description
                    subs.append(sub)
                goal.sub_goals = subs
                goals.append(goal)
            page.guiding_goals = goals
            return True

        return update

    def sync_offers(self, home: HomePage) -> OfferIndexPage:
        data = self.content.offer_index
        self._begin(f"Offers directory „{data.title}“")
        existing = (
            OfferIndexPage.objects.child_of(home).filter(locale=self.locale, slug=data.slug).first()
        )
        anchor = (
            timezone.localdate(existing.first_published_at)
            if existing is not None and existing.first_published_at
            else self.today
        )
        index = self._sync_page(
            home,
            OfferIndexPage,
            lookup={"slug": data.slug},
            values={
                "title": data.title,
                "slug": data.slug,
                "show_in_menus": True,
                "intro": data.intro,
            },
        )
        codes = {code for offer in data.offers for code in offer.languages}
        languages = Language.objects.in_bulk(codes)
        missing = codes - set(languages)
        if missing:
            raise DemoContentError(f"Unknown language codes: {', '.join(sorted(missing))}")
        for offer in data.offers:
            self._sync_offer(index, offer, anchor, languages)
        self._end("pages")
        return index

    def _sync_offer(
        self,
        index: OfferIndexPage,
        data: OfferData,
        anchor: datetime.date,
        languages: Mapping[str, Language],
    ) -> OfferPage:
        def day(offset: int | None) -> datetime.date | None:
            return None if offset is None else anchor + datetime.timedelta(days=offset)

        return self._sync_page(
            index,
            OfferPage,
            lookup={"external_id": data.external_id},
            values={
                "title": data.title,
                "slug": german_slug(data.title),
                "external_id": data.external_id,
                "summary": data.summary,
                "description": data.description,
                "provider": self.providers[data.provider],
                "district": self.districts[data.district],
                "street": data.street,
                "postcode": data.postcode,
                "city": data.city,
                "latitude": data.latitude,
                "longitude": data.longitude,
                "contact_name": data.contact_name,
                "email": data.email,
                "phone": data.phone,
                "website": data.website,
                "schedule": data.schedule,
                "is_free": data.is_free,
                "cost_note": data.cost_note,
                "registration_required": data.registration_required,
                "wheelchair_accessible": data.wheelchair_accessible,
                "childcare_available": data.childcare_available,
                "valid_from": day(data.valid_from_days),
                "valid_until": day(data.valid_until_days),
                "last_reviewed_on": day(-data.reviewed_days_ago),
                "is_example": data.is_example,
            },
            relations={
                "action_fields": [self.action_fields[code] for code in data.action_fields],
                "target_groups": [self.target_groups[slug] for slug in data.target_groups],
                "languages": [languages[code] for code in data.languages],
            },
        )

    # Translations --------------------------------------------------------------

    def sync_translations(self, home: HomePage, data: LocaleTranslationsData) -> None:
        """Translate the objects ``data`` names into its locale, through wagtail-localize."""
        self._begin(f"Translations into {data.language_code}")
        if source_locale().pk != self.locale.pk:
            raise DemoContentError(
                f"Translations need {self.content.language_code!r} as the default locale "
                "(LANGUAGE_CODE): wagtail-localize's translations go out from there."
            )
        try:
            locale = Locale.objects.get(language_code=data.language_code)
        except Locale.DoesNotExist as error:
            raise DemoContentError(f"No locale {data.language_code!r}") from error
        for item in data.objects:
            instance = self._translatable_object(home, item)
            outcome = self._translate(instance, locale, item, data)
            self.report.translations[(data.language_code, outcome)] += 1
            self._section[outcome] += 1
            self._say(f"    {outcome:<9} {item.kind} {item.key}", level=2)
        self._end("translations")

    def _translatable_object(self, home: HomePage, data: TranslatedObjectData) -> models.Model:
        model, key_field = TRANSLATABLE_KINDS[data.kind]
        objects = model.objects.filter(locale=self.locale, **{key_field: data.key})
        if issubclass(model, Page):
            objects = objects.descendant_of(home, inclusive=True)
        found = list(objects[:2])
        if len(found) != 1:
            raise DemoContentError(
                f"Expected one {data.kind} {data.key!r} to translate, found {len(found)}"
            )
        return found[0]

    def _translate(
        self,
        instance: models.Model,
        locale: Locale,
        data: TranslatedObjectData,
        translations: LocaleTranslationsData,
    ) -> str:
        """Translate one page or snippet; return whether that created or updated its translation.

        With an earlier wording, the German page is first published with that
        text and translated, then published with its current text: the
        translation is outdated from the start. Later runs leave it alone,
        since refreshing its source would make it current.
        """
        model = type(instance)
        target = model.objects.filter(
            translation_key=instance.translation_key, locale=locale
        ).first()
        if isinstance(target, Page) and target.alias_of_id:
            target = None  # an alias mirrors the German page: nothing translated yet
        earlier = dict(data.earlier_wording)
        if earlier and target is not None:
            return UNCHANGED
        current: dict[str, Any] = {}
        if earlier:
            current = {name: getattr(instance, name) for name in earlier}
            _assign(instance, earlier)
            instance.save_revision().publish()

        translation = prepare_translation(instance, locale)
        changed = self._store_strings(translation, locale, data, translations)
        if changed or target is None:
            apply_translation(translation, publish=True)

        if current:
            _assign(instance, current)
            instance.save_revision().publish()
        if target is None:
            return CREATED
        return UPDATED if changed else UNCHANGED

    def _store_strings(
        self,
        translation: Translation,
        locale: Locale,
        data: TranslatedObjectData,
        translations: LocaleTranslationsData,
    ) -> bool:
        """Store the memory's translation of each segment unless it is there already.

        Returns whether any string was added or changed.
        """
        if data.machine_tool:
            kind, tool = StringTranslation.TRANSLATION_TYPE_MACHINE, data.machine_tool
            memories = (translations.machine_memory, translations.memory)
        else:
            kind, tool = StringTranslation.TRANSLATION_TYPE_MANUAL, ""
            memories = (translations.memory,)
        segments = [
            segment
            for segment in translation.source.stringsegment_set.select_related("string", "context")
            if not data.fields or segment.context.path.split(".")[0] in data.fields
        ]
        stored = {
            (st.translation_of_id, st.context_id): st
            for st in StringTranslation.objects.filter(
                locale=locale, context__in=[segment.context_id for segment in segments]
            )
        }
        changed = False
        for segment in segments:
            german = segment.string.data
            text = next((memory[german] for memory in memories if german in memory), None)
            if text is None:
                self.report.untranslated.append(f"{locale.language_code}: {german}")
                self._say(
                    f"  no {locale.language_code} translation of {german!r} "
                    f"({data.kind} {data.key}, {segment.context.path})",
                    self.style.WARNING,
                )
                continue
            try:
                StringValue.from_translated_html(text)
                validate_translation_links(german, text)
            except ValueError as error:
                raise DemoContentError(
                    f"{locale.language_code} translation of {german!r}: {error}"
                ) from error
            wanted = {"data": text, "translation_type": kind, "tool_name": tool}
            existing = stored.get((segment.string_id, segment.context_id))
            if existing is None:
                StringTranslation.objects.create(
                    translation_of=segment.string, locale=locale, context=segment.context, **wanted
                )
            elif existing.has_error or _differences(existing, wanted):
                _assign(existing, {**wanted, "has_error": False, "field_error": ""})
                existing.save()
            else:
                continue
            changed = True
        return changed

    # Building blocks -----------------------------------------------------------

    def _sync_snippet(self, model: type[ModelT], slug: str, values: Mapping[str, Any]) -> ModelT:
        obj = model.objects.filter(locale=self.locale, slug=slug).first()
        if obj is None:
            obj = model(locale=self.locale, slug=slug)
            outcome = CREATED
        else:
            outcome = UPDATED if _differences(obj, values) else UNCHANGED
        if outcome != UNCHANGED:
            _assign(obj, values)
            obj.full_clean()
            obj.save()
        self._count("snippet", model, outcome, slug)
        return obj

    def _sync_page(
        self,
        parent: Page,
        model: type[PageT],
        *,
        lookup: Mapping[str, Any],
        values: Mapping[str, Any],
        relations: Mapping[str, Sequence[models.Model]] | None = None,
        children: Callable[[PageT], bool] | None = None,
        prepare: Callable[[PageT], None] | None = None,
    ) -> PageT:
        """Create or update the page of ``model`` under ``parent`` found by ``lookup``.

        ``relations`` are many-to-many links, ``children`` puts inline child
        rows on the page and says whether they changed, ``prepare`` adjusts the
        page before the new values are assigned. A new or changed page is
        published through a new revision; an unchanged page is not touched.
        """
        relations = relations or {}
        page = model.objects.child_of(parent).filter(locale=self.locale, **lookup).first()
        if page is None:
            page = model(locale=self.locale)
            outcome = CREATED
        else:
            changes = _differences(page, values) + _relation_differences(page, relations)
            if children is not None and children(page):
                changes.append("children")
            if not page.live:
                changes.append("live")
            outcome = UPDATED if changes else UNCHANGED
        if outcome == UNCHANGED:
            self._count("page", model, outcome, repr(page.title))
            return page

        if prepare is not None:
            prepare(page)
        _assign(page, values)
        _assign_relations(page, relations)
        if outcome == CREATED:
            if children is not None:
                children(page)
            parent.add_child(instance=page)
        page.save_revision().publish()
        self._count("page", model, outcome, repr(page.title))
        return model.objects.get(pk=page.pk)
