"""Matching sheet values to the directory's vocabularies.

Action fields, target groups and districts match by name, slug (or code) in
any locale; the match resolves to the term's instance in the import locale
where one exists. Languages match by ISO code or German, English or native
name. Unknown values get the closest known names as suggestions.
"""

import difflib
import unicodedata
from collections.abc import Iterable
from typing import Generic, TypeVar

from django.db import models
from wagtail.models import Locale

from ..models import ActionFieldPage, District, Language, Provider, TargetGroup

T = TypeVar("T", bound=models.Model)


def fold(value: str) -> str:
    """Case- and accent-insensitive key: ``"Straße"`` → ``"strasse"``, ``"Öl"`` → ``"ol"``."""
    value = unicodedata.normalize("NFKD", value.strip().lower().replace("ß", "ss"))
    return " ".join("".join(c for c in value if not unicodedata.combining(c)).split())


class Vocabulary(Generic[T]):
    """Lookup of one vocabulary by every name its terms go by."""

    def __init__(self, label: str, terms: Iterable[T], keys_of, locale: Locale | None):
        self.label = label
        self._by_key: dict[str, T] = {}
        self._display: dict[str, str] = {}
        chosen: dict[object, T] = {}
        for term in terms:
            identity = getattr(term, "translation_key", term.pk)
            # Prefer the term's instance in the import locale.
            if identity not in chosen or getattr(term, "locale_id", None) == getattr(
                locale, "pk", None
            ):
                chosen[identity] = term
        for term in terms:
            identity = getattr(term, "translation_key", term.pk)
            for key in keys_of(term):
                if key:
                    self._by_key.setdefault(fold(key), chosen[identity])
                    self._display.setdefault(fold(key), key)

    def get(self, value: str) -> T | None:
        return self._by_key.get(fold(value))

    def suggestions(self, value: str) -> list[str]:
        matches = difflib.get_close_matches(fold(value), list(self._display), n=3, cutoff=0.5)
        return [self._display[match] for match in matches]

    def unknown_message(self, value: str) -> str:
        message = f"{self.label} „{value}“ ist unbekannt."
        close = self.suggestions(value)
        if close:
            message += " Meinten Sie: " + ", ".join(f"„{name}“" for name in close) + "?"
        return message


class Vocabularies:
    """All vocabularies an offers sheet refers to, loaded once per import."""

    def __init__(self, locale: Locale):
        self.locale = locale
        self.action_fields = Vocabulary(
            "Handlungsfeld",
            list(ActionFieldPage.objects.all().order_by("locale_id", "path")),
            lambda term: (term.title, term.slug, term.code),
            locale,
        )
        self.target_groups = Vocabulary(
            "Zielgruppe",
            list(TargetGroup.objects.all().order_by("locale_id", "name")),
            lambda term: (term.name, term.slug),
            locale,
        )
        self.districts = Vocabulary(
            "Stadtteil",
            list(District.objects.all().order_by("locale_id", "name")),
            lambda term: (term.name, term.slug),
            locale,
        )
        self.languages = Vocabulary(
            "Sprache",
            list(Language.objects.all()),
            lambda term: (term.code, term.name_de, term.name_en, term.native_name),
            None,
        )
        self.providers = Vocabulary(
            "Träger",
            list(Provider.objects.all().order_by("locale_id", "name")),
            lambda term: (term.name, term.slug),
            locale,
        )
