"""What the public search knows about a page: its text by weight, facets and visibility.

One extraction serves every engine. Text comes from the page type's own
``search_fields`` (so it is exactly what Wagtail indexes), sorted into three
weights — title > summary > body — and passed through the language toolkit
(normalisation, German compound parts). Facets are the slugs and codes the
offers API filters by.
"""

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from django.db import models
from django.db.models import Exists, OuterRef, prefetch_related_objects
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from .analysis import FACET_FIELDS, PREFIX, stems_in_python, text_field

# Fields whose text weighs as a summary; every other text field counts as body.
SUMMARY_FIELDS = {"summary", "intro", "search_description", "resolution_text"}
SKIP_FIELDS = {"title", "slug", "seo_title", "search_variants"}


@dataclass
class PageText:
    title: str = ""
    summary: str = ""
    body: str = ""


def searchable_models() -> list[type[Page]]:
    """The page types the public search covers: the plugin's concept pages and offers."""
    from ..models import (
        ActionFieldPage,
        ChapterPage,
        IntegrationConceptPage,
        MeasurePage,
        OfferIndexPage,
        OfferPage,
        ThemeFieldPage,
    )

    return [
        IntegrationConceptPage,
        ChapterPage,
        ThemeFieldPage,
        ActionFieldPage,
        MeasurePage,
        OfferIndexPage,
        OfferPage,
    ]


def is_searchable(page: models.Model) -> bool:
    return isinstance(page, tuple(searchable_models()))


def _flatten(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        # Plain text already: rich text and stream fields arrive through their
        # get_searchable_content(). Stripping "tags" again would drop text an
        # editor wrote, such as "<script>" in a tip about forms.
        return [value]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _flatten(item)]
    return [str(value)]


def _field_texts(search_field, obj) -> list[str]:
    if isinstance(search_field, index.RelatedFields):
        value = search_field.get_value(obj)
        related = value.all() if hasattr(value, "all") else [value] if value is not None else []
        return [
            text
            for item in related
            for sub in search_field.fields
            if isinstance(sub, index.SearchField | index.RelatedFields)
            for text in _field_texts(sub, item)
        ]
    if isinstance(search_field, index.SearchField):
        return _flatten(search_field.get_value(obj))
    return []


def page_text(page: Page) -> PageText:
    cached = page.__dict__.get("_ic_page_text")
    if cached is not None:
        return cached
    summary: list[str] = []
    body: list[str] = []
    for search_field in type(page).get_search_fields():
        name = search_field.field_name
        if name in SKIP_FIELDS:
            continue
        texts = [text.strip() for text in _field_texts(search_field, page) if text.strip()]
        (summary if name in SUMMARY_FIELDS else body).extend(texts)
    return PageText(title=page.title, summary="\n".join(summary), body="\n".join(body))


def facet_relations(model: type) -> list[str]:
    """The relations the facets of ``model`` read, to load for many pages at once."""
    return sorted(
        {lookup.split("__")[0] for lookup in getattr(model, "search_facets", {}).values()}
        & {field.name for field in model._meta.get_fields() if field.is_relation}
    )


def _lookup(obj, lookup: str) -> list[str]:
    """The values at ``lookup`` ("district__slug", "action_fields__code", "code") of ``obj``."""
    values = [obj]
    for name in lookup.split("__"):
        found = []
        for value in values:
            value = getattr(value, name)
            if hasattr(value, "all"):  # a many-to-many manager (prefetched or not)
                found.extend(value.all())
            elif value is not None:
                found.append(value)
        values = found
    return sorted({str(value) for value in values})


def page_facets(page: Page) -> dict[str, list[str]]:
    """``{facet: values}`` of ``page``, every facet of ``FACET_FIELDS`` (empty if none)."""
    facets = {name: [] for name in FACET_FIELDS}
    facets["type"] = [page._meta.model_name]
    for name, lookup in getattr(type(page), "search_facets", {}).items():
        facets[name] = _lookup(page, lookup)
    return facets


def facet_values(pages: dict[int, type], scope=None) -> dict[int, dict[str, list[str]]]:
    """The facets of many pages (``{id: page type}``), a few queries per page type.

    ``scope``, a queryset of pages including those, narrows the queries
    instead of a list of ids (for many thousands of pages).
    """
    values: dict[int, dict[str, list[str]]] = {
        pk: {"type": [model._meta.model_name]} for pk, model in pages.items()
    }
    by_model: dict[type, list[int]] = {}
    for pk, model in pages.items():
        by_model.setdefault(model, []).append(pk)
    for model, ids in by_model.items():
        within = ids if scope is None else scope.values("pk")
        for name, lookup in getattr(model, "search_facets", {}).items():
            rows = model.objects.filter(pk__in=within, **{f"{lookup}__isnull": False})
            for pk, value in rows.values_list("pk", lookup).distinct():
                if pk in values:
                    values[pk].setdefault(name, []).append(str(value))
    return values


def is_public(page: Page) -> bool:
    """No view restriction on the page or any ancestor (login, password, groups)."""
    if "ic_restricted" in page.__dict__:  # annotated by prepare_for_indexing
        return not page.ic_restricted
    return not PageViewRestriction.objects.filter(
        page__path__in=[page.path[: i * Page.steplen] for i in range(1, page.depth + 1)]
    ).exists()


def prepare_for_indexing(queryset: models.QuerySet) -> models.QuerySet:
    """``queryset`` with the locale joined and ``ic_restricted`` annotated.

    Each page then knows, without a query of its own, whether it or an
    ancestor has a view restriction. The facet relations, which only the
    engine's documents need, are loaded per chunk by ``prefetch_facets``.
    """
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return queryset.select_related("locale").annotate(ic_restricted=Exists(restricted))


def prefetch_facets(pages) -> None:
    """Load the facet relations of many pages in a few queries (not one per page)."""
    by_type: dict[type, list[Page]] = {}
    for page in pages:
        by_type.setdefault(type(page), []).append(page)
    for model, group in by_type.items():
        if relations := facet_relations(model):
            prefetch_related_objects(group, *relations)


@contextmanager
def text_computed_once(page: Page):
    """Within the block, ``page_text(page)`` is extracted once (a document reads it twice)."""
    page.__dict__["_ic_page_text"] = page_text(page)
    try:
        yield
    finally:
        page.__dict__.pop("_ic_page_text", None)


OPEN_START = date(1, 1, 1)
OPEN_END = date(9999, 12, 31)


def facet_value(facet: str, value: str) -> str:
    """A value of the combined ``ic_facets`` field: ``"district:innenstadt"``."""
    return f"{facet}:{value}"


def validity(page: Page) -> tuple:
    """``(valid_from, valid_until)`` for offers, else ``(None, None)``."""
    return getattr(page, "valid_from", None), getattr(page, "valid_until", None)


def search_document(page: Page) -> dict:
    """The ``ic_*`` fields of a page in the Elasticsearch-family index."""
    from .text import compound_parts, normalise

    language = page.locale.language_code
    text = page_text(page)
    joined = " ".join((text.title, text.summary, text.body))
    valid_from, valid_until = validity(page)
    document = {
        f"{PREFIX}locale": language,
        # An alias repeats its source's text in another locale: not a translation.
        f"{PREFIX}searchable": page.alias_of_id is None,
        f"{PREFIX}live": page.live,
        f"{PREFIX}public": is_public(page),
        # Open ends are stored as far-off dates: one range test per end, no
        # "missing" clause (which costs the engine a pass over every document).
        f"{PREFIX}valid_from": (valid_from or OPEN_START).isoformat(),
        f"{PREFIX}valid_until": (valid_until or OPEN_END).isoformat(),
        f"{PREFIX}suggest": normalise(text.title, language),
        f"{PREFIX}title_raw": text.title,
        f"{PREFIX}parts": compound_parts(joined, language),
    }
    for name in ("title", "summary", "body"):
        document[text_field(name, language)] = normalise(getattr(text, name), language)
    if stems_in_python(language):
        document[f"{PREFIX}stems"] = stems(joined, language)
    facets = page_facets(page)
    for facet, values in facets.items():
        document[f"{PREFIX}{facet}"] = values
    # All facets in one field, so one aggregation counts them all.
    document[f"{PREFIX}facets"] = [
        facet_value(facet, value) for facet, values in facets.items() for value in values
    ]
    return document


def stems(text: str, language: str) -> str:
    """Light stems of the words of ``text`` (for languages the engine does not stem)."""
    from .text import light_stem, tokens

    return " ".join(dict.fromkeys(light_stem(token, language) for token in tokens(text, language)))


@lru_cache(maxsize=64)
def search_variants(text: str, language: str) -> str:
    """Compound parts, normalised spelling and light stems of ``text``, for the database index.

    Wagtail's database backend reads a search field once for each of its
    index columns; the text work is done once (the result is a pure
    function of the text).
    """
    from .text import compound_parts, normalise

    normalised = normalise(text, language)
    return " ".join(
        filter(
            None,
            [
                compound_parts(text, language),
                normalised if normalised != text else "",
                stems(normalised, language),
            ],
        )
    )
