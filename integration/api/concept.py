"""``/api/v2/concept/``: the whole concept of a locale in one response, for apps that cache it."""

from django.http import Http404, HttpRequest
from wagtail.models import Locale, Page

from ..models import (
    ActionFieldPage,
    ChapterPage,
    IntegrationConceptPage,
    MeasurePage,
    ThemeFieldPage,
)
from . import params as p
from .common import APIError, EndpointMixin, locale_info, resolve_locale, rich_text

STATUS_PREFERENCE = {"adopted": 0, "draft": 1, "superseded": 2}


def stream_data(page, field_name: str) -> list:
    """A StreamField as JSON, rich text with resolved links."""
    value = getattr(page, field_name)
    return value.stream_block.get_api_representation(value) if value else []


class ConceptAPIViewSet(EndpointMixin):
    """The concept in force (adopted, else the newest draft) of a locale."""

    def listing(self, request: HttpRequest) -> dict:
        query = p.parse_query(request.GET, p.CONCEPT)
        errors = dict(query.errors)
        locale = None
        if "locale" not in errors:
            try:
                locale = resolve_locale(query["locale"])
            except APIError as error:
                errors.update(error.errors)
        if errors:
            raise APIError(errors)
        concept = self._concept(locale)
        fallback = False
        if concept is None and query["fallback"]:
            concept, fallback = self._concept(Locale.get_default()), True
        if concept is None:
            raise Http404(f"no published concept in {locale.language_code!r}")
        return self._serialise(concept, locale, query["fallback"], fallback)

    @staticmethod
    def _concept(locale: Locale) -> IntegrationConceptPage | None:
        concepts = list(
            IntegrationConceptPage.objects.live()
            .public()
            .filter(locale=locale, alias_of__isnull=True)
            .order_by("-path")
        )
        concepts.sort(key=lambda page: STATUS_PREFERENCE.get(page.status, 9))
        return concepts[0] if concepts else None

    def _children(self, concept, model, locale: Locale, fallback: bool) -> list:
        """Live children of ``model`` in tree order, each from ``locale`` where translated."""
        pages = list(model.objects.child_of(concept).live().public().order_by("path"))
        return [self._localised(page, locale, fallback) for page in pages]

    @staticmethod
    def _localised(page: Page, locale: Locale, fallback: bool):
        """``(page, is_fallback)``; ``(None, False)`` when hidden in ``locale``."""
        if page.locale_id == locale.pk:
            return page, False
        translation = (
            type(page).objects.live().public().filter(
                translation_key=page.translation_key, locale=locale, alias_of__isnull=True
            ).first()
        )  # fmt: skip
        if translation is not None:
            return translation, False
        return (page, True) if fallback else (None, False)

    def _serialise(self, concept, locale: Locale, allow_fallback: bool, fallback: bool) -> dict:
        def base(page, is_fallback: bool) -> dict:
            return {
                "id": page.pk,
                "translation_key": str(page.translation_key),
                "locale": page.locale.language_code,
                "fallback": is_fallback,
                "title": page.title,
                "url": page.get_url(),
            }

        def chapter(page: ChapterPage, is_fallback: bool) -> dict:
            original = page
            if page.locale_id != default.pk:
                original = (
                    ChapterPage.objects.filter(
                        translation_key=page.translation_key, locale=default
                    ).first()
                    or page
                )
            sections = self._children(original, ChapterPage, locale, allow_fallback)
            return {
                **base(page, is_fallback),
                "intro": page.intro,
                "body": stream_data(page, "body"),
                "sections": [chapter(s, f) for s, f in sections if s is not None],
            }

        # Walk the source-language tree so that untranslated parts can fall back.
        default = Locale.get_default()
        source = concept
        if concept.locale_id != default.pk:
            original = (
                IntegrationConceptPage.objects.live()
                .public()
                .filter(translation_key=concept.translation_key, locale=default)
                .first()
            )
            source = original or concept
        theme_fields = []
        for page, is_fallback in self._children(source, ThemeFieldPage, locale, allow_fallback):
            if page is None:
                continue
            theme_fields.append(
                {
                    **base(page, is_fallback),
                    "intro": page.intro,
                    "body": rich_text(page.body),
                    "guiding_goals": [
                        {
                            "id": str(goal.translation_key),
                            "number": goal.number,
                            "title": goal.title,
                            "description": goal.description,
                            "is_example": goal.is_example,
                            "sub_goals": [
                                {
                                    "id": str(sub.translation_key),
                                    "title": sub.title,
                                    "description": sub.description,
                                }
                                for sub in goal.sub_goals.all()
                            ],  # fmt: skip
                        }
                        for goal in page.guiding_goals.all()
                    ],
                }
            )
        action_fields = [
            {**base(page, f), "code": page.code, "summary": page.summary,
             "body": stream_data(page, "body")}
            for page, f in self._children(source, ActionFieldPage, locale, allow_fallback)
            if page is not None
        ]  # fmt: skip
        measures = []
        for page, is_fallback in self._children(source, MeasurePage, locale, allow_fallback):
            if page is None:
                continue
            provider = page.responsible_provider
            if provider is not None and provider.locale_id != locale.pk:
                provider = provider.get_translation_or_none(locale) or provider
            measures.append(
                {
                    **base(page, is_fallback),
                    "status": page.status,
                    "summary": page.summary,
                    "body": stream_data(page, "body"),
                    "responsible_provider": (
                        {"slug": provider.slug, "name": provider.name} if provider else None
                    ),
                    "starts_on": page.starts_on.isoformat() if page.starts_on else None,
                    "ends_on": page.ends_on.isoformat() if page.ends_on else None,
                    "is_example": page.is_example,
                    "action_fields": sorted(field.code for field in page.action_fields.all()),
                    "guiding_goals": sorted(
                        str(goal.translation_key) for goal in page.guiding_goals.all()
                    ),
                }
            )
        return {
            "meta": {"locale": locale_info(locale)},
            **base(concept, fallback),
            "version_label": concept.version_label,
            "status": concept.status,
            "summary": concept.summary,
            "adopted_on": concept.adopted_on.isoformat() if concept.adopted_on else None,
            "adopted_by": concept.adopted_by,
            "valid_until": concept.valid_until.isoformat() if concept.valid_until else None,
            "resolution": {
                "committee": concept.resolution_committee,
                "date": concept.resolution_date.isoformat() if concept.resolution_date else None,
                "text": rich_text(concept.resolution_text),
            },
            "chapters": [
                chapter(page, f)
                for page, f in self._children(source, ChapterPage, locale, allow_fallback)
                if page is not None
            ],
            "theme_fields": theme_fields,
            "action_fields": action_fields,
            "measures": measures,
        }
