"""What the public search knows about a page: its text by weight, facets and visibility.

One extraction serves every engine. Text comes from the page type's own
``search_fields`` (so it is exactly what Wagtail indexes), sorted into three
weights — title > summary > body — and passed through the language toolkit
(normalisation, German compound parts). Facets are the slugs and codes the
offers API filters by.
"""

from dataclasses import dataclass, field

from django.db import models
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

# Fields whose text weighs as a summary; every other text field counts as body.
SUMMARY_FIELDS = {"summary", "intro", "search_description", "resolution_text"}
SKIP_FIELDS = {"title", "slug", "seo_title", "search_variants"}


@dataclass
class PageText:
    title: str = ""
    summary: str = ""
    body: str = ""


@dataclass
class Facets:
    type: str = ""
    action_fields: list[str] = field(default_factory=list)
    target_groups: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, list[str]]:
        return {
            "type": [self.type] if self.type else [],
            "action_field": self.action_fields,
            "target_group": self.target_groups,
            "language": self.languages,
            "district": self.districts,
        }


FACET_NAMES = ("type", "action_field", "target_group", "language", "district")


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
    summary: list[str] = []
    body: list[str] = []
    for search_field in type(page).get_search_fields():
        name = search_field.field_name
        if name in SKIP_FIELDS:
            continue
        texts = [text.strip() for text in _field_texts(search_field, page) if text.strip()]
        (summary if name in SUMMARY_FIELDS else body).extend(texts)
    return PageText(title=page.title, summary="\n".join(summary), body="\n".join(body))


def _slugs(manager, attribute: str) -> list[str]:
    return sorted({getattr(item, attribute) for item in manager.all()})


def page_facets(page: Page) -> Facets:
    from ..models import ActionFieldPage, MeasurePage, OfferPage

    facets = Facets(type=page._meta.model_name)
    if isinstance(page, OfferPage):
        facets.action_fields = _slugs(page.action_fields, "code")
        facets.target_groups = _slugs(page.target_groups, "slug")
        facets.languages = _slugs(page.languages, "code")
        facets.districts = [page.district.slug] if page.district_id else []
    elif isinstance(page, ActionFieldPage):
        facets.action_fields = [page.code]
    elif isinstance(page, MeasurePage):
        facets.action_fields = _slugs(page.action_fields, "code")
    return facets


def is_public(page: Page) -> bool:
    """No view restriction on the page or any ancestor (login, password, groups)."""
    return not PageViewRestriction.objects.filter(
        page__path__in=[page.path[: i * Page.steplen] for i in range(1, page.depth + 1)]
    ).exists()


def validity(page: Page) -> tuple:
    """``(valid_from, valid_until)`` for offers, else ``(None, None)``."""
    return getattr(page, "valid_from", None), getattr(page, "valid_until", None)


def search_document(page: Page) -> dict:
    """The ``ic_*`` fields of a page in the Elasticsearch-family index."""
    from .analysis import PREFIX, stems_in_python, text_field
    from .text import compound_parts, normalise

    language = page.locale.language_code
    text = page_text(page)
    valid_from, valid_until = validity(page)
    document = {
        f"{PREFIX}locale": language,
        # An alias repeats its source's text in another locale: not a translation.
        f"{PREFIX}searchable": page.alias_of_id is None,
        f"{PREFIX}live": page.live,
        f"{PREFIX}public": is_public(page),
        f"{PREFIX}valid_from": valid_from.isoformat() if valid_from else None,
        f"{PREFIX}valid_until": valid_until.isoformat() if valid_until else None,
        f"{PREFIX}suggest": normalise(text.title, language),
        f"{PREFIX}title_raw": text.title,
        f"{PREFIX}parts": compound_parts(" ".join((text.title, text.summary, text.body)), language),
    }
    for name in ("title", "summary", "body"):
        document[text_field(name, language)] = normalise(getattr(text, name), language)
    if stems_in_python(language):
        document[f"{PREFIX}stems"] = stems(
            " ".join((text.title, text.summary, text.body)), language
        )
    for facet, values in page_facets(page).as_dict().items():
        document[f"{PREFIX}{facet}"] = values
    return document


def stems(text: str, language: str) -> str:
    """Light stems of the words of ``text`` (for languages the engine does not stem)."""
    from .text import light_stem, tokens

    return " ".join(dict.fromkeys(light_stem(token, language) for token in tokens(text, language)))
