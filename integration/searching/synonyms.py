"""Query expansion: a query's terms, their German compound parts and the editors' synonyms.

Synonyms are applied to the query only, never at index time, so an editor's
change to a ``SynonymGroup`` applies to the next search without reindexing,
and on every engine alike. A query term (or several words in a row) matches a
group term when both compare equal after normalising, lower-casing, light
stemming and, in German, splitting compounds: "Sprachkurse" and "Sprach-Kurs"
both match the group term "Sprachkurs".

The groups of a locale are parsed once per process and kept until their
version changes: the number of groups, the highest id and the latest
``updated_at`` of the locale's groups, one cheap query per search. Changes
made with ``QuerySet.update()`` do not touch ``updated_at``; call
``clear_cache()`` after those.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db.models import Count, Max

from .text import compound_parts, light_stem, split_compounds, stopwords, tokens

MAX_TEXTS = 16


@dataclass
class QueryExpansion:
    """What to search for, built from one query; an engine ORs ``all_texts()`` together.

    - ``terms``: the query's distinct words, normalised and lower case;
    - ``alternatives``: for each query phrase (one word, or several joined by
      a space) that matched a synonym group, the group's other terms;
    - ``parts``: what to look for in a field filled with ``compound_parts``
      (German only): the parts of compounds and the canonical form of known
      words, of the query and of its alternatives;
    - ``parts_by_term``: the parts of each German compound among the query's
      words and the alternatives' words, for engines that want all parts of
      one compound to match together.
    """

    text: str
    language: str
    terms: list[str] = field(default_factory=list)
    alternatives: dict[str, list[str]] = field(default_factory=dict)
    parts: list[str] = field(default_factory=list)
    parts_by_term: dict[str, list[str]] = field(default_factory=dict)
    # The query's words in order, and the (start, end) word spans of the
    # phrases in ``alternatives``, to substitute them in ``all_texts``.
    words: list[str] = field(default_factory=list, repr=False)
    spans: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def __bool__(self) -> bool:
        return bool(self.terms)

    def all_texts(self, *, with_parts: bool = True, limit: int = MAX_TEXTS) -> list[str]:
        """Query strings to OR together: the query, then with synonyms substituted.

        Each phrase that matched a group is replaced by each of its
        alternatives, one phrase at a time first, then in combination, up to
        ``limit`` strings. With ``with_parts``, each German string is
        followed by its decompounded form ("sprachkurs für frauen" →
        "sprach kurs für frauen") when that differs.
        """
        if not self.words:
            return []
        texts: dict[str, None] = {}
        for text in self._substitutions():
            if len(texts) >= limit:
                break
            texts[text] = None
            if with_parts and len(texts) < limit:
                decompounded = self._decompounded(text)
                if decompounded != text:
                    texts[decompounded] = None
        return list(texts)[:limit]

    def _substitutions(self) -> Iterator[str]:
        """The query with no phrase replaced, then one, then two… (generated lazily)."""
        options = [
            self.alternatives.get(" ".join(self.words[start:end]), []) for start, end in self.spans
        ]
        for count in range(len(self.spans) + 1):
            for chosen in itertools.combinations(range(len(self.spans)), count):
                for replacements in itertools.product(*(options[i] for i in chosen)):
                    words: list[str] = list(self.words)
                    for i, replacement in sorted(
                        zip(chosen, replacements, strict=True), reverse=True
                    ):
                        start, end = self.spans[i]
                        words[start:end] = [replacement]
                    yield " ".join(words)

    def highlight_terms(self) -> list[str]:
        """Words worth marking in a result: the query's, the alternatives' and their parts."""
        words = [*self.terms]
        for alternatives in self.alternatives.values():
            words.extend(word for text in alternatives for word in text.split())
        for parts in self.parts_by_term.values():
            words.extend(parts)
        return list(dict.fromkeys(words))

    def _decompounded(self, text: str) -> str:
        if self.language != "de":
            return text
        return " ".join(" ".join(self.parts_by_term.get(word, [word])) for word in text.split())


@dataclass(frozen=True)
class _SynonymIndex:
    """A locale's active groups, looked up by the match key of their terms."""

    version: tuple
    groups: tuple[tuple[tuple[str, str], ...], ...]  # per group: (term, match key) pairs
    keys: dict[str, tuple[int, ...]]  # match key → indexes into ``groups``
    longest: int  # the most key pieces in one term

    def alternatives(self, key: str) -> list[str]:
        """The terms of every group with a term matching ``key``, except those matching it."""
        found: dict[str, None] = {}
        for index in self.keys.get(key, ()):
            found.update((term, None) for term, term_key in self.groups[index] if term_key != key)
        return list(found)


_CACHE: dict[tuple[int, str], _SynonymIndex] = {}


def clear_cache() -> None:
    """Forget the parsed groups of every locale (they are re-read on the next search)."""
    _CACHE.clear()


def _key_pieces(word: str, language: str) -> list[str]:
    if language == "de":
        return [light_stem(part, language) for part in split_compounds(word)]
    return [light_stem(word, language)]


def match_key(text: str, language: str) -> str:
    """The form in which a synonym term and a query phrase are compared.

    "Sprachkurse", "Sprach-Kurs" and "sprachkurs" have the same key; function
    words do not count unless there is nothing else.
    """
    return _match_key(tokens(text, language), language)


def _match_key(words: list[str], language: str) -> str:
    content = [w for w in words if w not in stopwords(language)] or words
    return " ".join(piece for word in content for piece in _key_pieces(word, language))


def _synonym_index(locale_id: int, language: str) -> _SynonymIndex:
    from ..models import SynonymGroup

    groups = SynonymGroup.objects.filter(locale_id=locale_id)
    stats = groups.aggregate(count=Count("pk"), top=Max("pk"), changed=Max("updated_at"))
    version = (language, stats["count"], stats["top"], stats["changed"])
    cached = _CACHE.get((locale_id, language))
    if cached is not None and cached.version == version:
        return cached
    parsed: list[tuple[tuple[str, str], ...]] = []
    keys: dict[str, list[int]] = {}
    longest = 0
    for group in groups.filter(is_active=True).order_by("pk"):
        terms: dict[str, str] = {}
        for term in group.term_list():
            words = tokens(term, language)
            if words:
                terms[" ".join(words)] = _match_key(words, language)
        if len(set(terms.values())) < 2:
            continue
        index = len(parsed)
        parsed.append(tuple(terms.items()))
        for key in terms.values():
            if index not in keys.setdefault(key, []):
                keys[key].append(index)
            longest = max(longest, len(key.split()))
    built = _SynonymIndex(
        version=version,
        groups=tuple(parsed),
        keys={key: tuple(indexes) for key, indexes in keys.items()},
        longest=longest,
    )
    _CACHE[(locale_id, language)] = built
    return built


def expand_query(text: str, language: str, locale_id: int | None) -> QueryExpansion:
    """The terms, compound parts and synonym alternatives of a query in ``language``.

    ``locale_id`` selects the synonym groups (``None``: no synonyms). Phrases
    are matched longest first, left to right, each word in one phrase at
    most; function words between the words of a phrase are skipped
    ("Deutschkurs für Frauen" matches a group term "Deutschkurs Frauen").
    """
    words = [w for w in tokens(text, language) if len(w) > 1 or w.isdigit()]
    expansion = QueryExpansion(
        text=" ".join(words),
        language=language,
        terms=list(dict.fromkeys(words)),
        words=words,
    )
    if not words:
        return expansion
    if locale_id is not None:
        _add_alternatives(expansion, _synonym_index(locale_id, language))
    if language == "de":
        alternative_words = [
            word for texts in expansion.alternatives.values() for t in texts for word in t.split()
        ]
        for word in dict.fromkeys([*words, *alternative_words]):
            parts = split_compounds(word)
            if len(parts) > 1:
                expansion.parts_by_term[word] = parts
        expansion.parts = compound_parts(" ".join([*words, *alternative_words]), language).split()
    return expansion


def _add_alternatives(expansion: QueryExpansion, index: _SynonymIndex) -> None:
    if not index.keys:
        return
    language, words = expansion.language, expansion.words
    content = [i for i, word in enumerate(words) if word not in stopwords(language)]
    pieces = {i: _key_pieces(words[i], language) for i in content}
    position = 0
    while position < len(content):
        for length in range(min(index.longest, len(content) - position), 0, -1):
            chosen = content[position : position + length]
            key = " ".join(piece for i in chosen for piece in pieces[i])
            alternatives = index.alternatives(key) if key in index.keys else []
            phrase_words = words[chosen[0] : chosen[-1] + 1]
            alternatives = [a for a in alternatives if a != " ".join(phrase_words)]
            if alternatives:
                phrase = " ".join(phrase_words)
                merged = expansion.alternatives.setdefault(phrase, [])
                merged.extend(a for a in alternatives if a not in merged)
                expansion.spans.append((chosen[0], chosen[-1] + 1))
                position += length
                break
        else:
            position += 1
