"""The language toolkit of the public search: normalising, tokens, German compounds, snippets.

Everything here runs in Python, on the text before it is indexed and on the
query, so it works the same on every engine: the database backend, and
Elasticsearch-family engines whether or not they apply their own
normalisation and decompounding filters (some accept them in a mapping and
then ignore them). Index text and query must go through the same functions,
or they stop matching.

- ``normalise`` makes equivalent spellings equal: Unicode compatibility forms,
  Arabic and Persian letter variants and diacritics, Eastern Arabic digits,
  invisible formatting characters, German ß, Russian ё.
- ``query_terms`` cuts normalised, lower-cased word tokens.
- ``split_compounds`` and ``compound_parts`` split German compounds into their
  parts ("Sprachkurs" → "sprach", "kurs"), with a lexicon shipped in
  ``data/de_compound_lexicon.txt``: every split is made of lexicon entries,
  linking elements and inflection endings, so it can be explained.
- ``highlight`` builds a safe HTML snippet around the matches, for engines
  without a highlighter of their own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from django.utils.html import escape
from django.utils.safestring import mark_safe

# --- normalising -------------------------------------------------------------

# Tashkeel, Quranic annotation marks and superscript alef: not written by
# most people, so they only get in the way of matching.
_ARABIC_MARKS = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
)
_ARABIC_MARKS_RE = re.compile(f"[{_ARABIC_MARKS}\u0640]")  # and tatweel (kashida)
# Characters that are invisible but split or join words: soft hyphen, zero
# width space and joiner, bidirectional marks and embeddings, byte order mark.
_INVISIBLE_RE = re.compile("[\u00ad\u200b\u200d\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]")
_CYRILLIC_STRESS_RE = re.compile("(?<=[\u0400-\u04ff])[\u0300\u0301]")
_APOSTROPHE_RE = re.compile("(?<=[^\\W\\d_])['\u2019\u2018\u02bc](?=[^\\W\\d_])")

# One spelling for letters that Arabic and Persian keyboards write differently
# or that people use interchangeably. The canonical forms are those of
# Lucene's Arabic and Persian normalisers (Arabic yeh and kaf), so text
# normalised here also agrees with engines that normalise on their own.
_ARABIC_LETTERS = str.maketrans(
    {
        "\u0623": "\u0627",  # أ alef with hamza above → ا
        "\u0625": "\u0627",  # إ alef with hamza below → ا
        "\u0622": "\u0627",  # آ alef with madda → ا
        "\u0671": "\u0627",  # ٱ alef wasla → ا
        "\u0672": "\u0627",  # ٲ
        "\u0673": "\u0627",  # ٳ
        "\u0649": "\u064a",  # ى alef maqsura → ي
        "\u06cc": "\u064a",  # ی Persian yeh → ي
        "\u06d2": "\u064a",  # ے yeh barree → ي
        "\u06a9": "\u0643",  # ک keheh (Persian kaf) → ك
        "\u06aa": "\u0643",  # ڪ swash kaf → ك
        "\u0629": "\u0647",  # ة teh marbuta → ه
        "\u06c0": "\u0647",  # ۀ heh with yeh above → ه
        "\u06c1": "\u0647",  # ہ heh goal → ه
        "\u200c": " ",  # zero width non-joiner: a word boundary for matching
        **{chr(0x0660 + digit): str(digit) for digit in range(10)},  # ٠-٩
        **{chr(0x06F0 + digit): str(digit) for digit in range(10)},  # ۰-۹
    }
)
_GERMAN_LETTERS = str.maketrans({"ß": "ss", "ẞ": "SS"})
_RUSSIAN_LETTERS = str.maketrans({"ё": "е", "Ё": "Е"})
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "sr", "mk"})


def normalise(text: str, language: str) -> str:
    """``text`` with equivalent spellings made equal, for indexing and for queries alike.

    Keeps letter case and umlauts (the engines' analysers lower-case and stem
    after this). Arabic-script folding applies whatever ``language`` says,
    because a page or a query in one locale may contain words in Arabic or
    Persian script and the folding touches nothing else. Idempotent:
    ``normalise(normalise(t, l), l) == normalise(t, l)``.

    - all languages: NFKC (presentation forms, ligatures, full-width letters),
      invisible formatting characters removed, Arabic-Indic and Persian digits
      → ASCII digits;
    - Arabic script: tashkeel and tatweel removed, alef variants → ا,
      ى and Persian ی → ي, keheh ک → ك, ة → ه, zero-width non-joiner → space
      (so "کتاب‌ها" matches "کتاب ها", as in Lucene's Persian analyser);
    - German: ß → ss ("Straße" matches "Strasse"); umlauts are kept;
    - Russian: ё → е; Cyrillic stress marks removed;
    - Ukrainian: apostrophes inside a word → ʼ (U+02BC), which keeps "мʼясо"
      one word.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE_RE.sub("", text)
    text = _ARABIC_MARKS_RE.sub("", text).translate(_ARABIC_LETTERS)
    if language == "de":
        text = text.translate(_GERMAN_LETTERS)
    elif language in _CYRILLIC_LANGUAGES:
        text = _CYRILLIC_STRESS_RE.sub("", text)
        if language == "ru":
            text = text.translate(_RUSSIAN_LETTERS)
        elif language == "uk":
            text = _APOSTROPHE_RE.sub("\u02bc", text)
    return text


def lowercase(text: str, language: str) -> str:
    """Lower case as the language writes it: Turkish İ → i and I → ı."""
    if language in ("tr", "az"):
        return text.replace("İ", "i").replace("I", "ı").lower()
    return text.lower().replace("i\u0307", "i")


_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "ẞ": "ss"})
_UMLAUT_DIGRAPHS_RE = re.compile("([aou])e")


def fold_umlauts(text: str) -> str:
    """Lower-cased ``text`` with ä, ö, ü, ß and the spellings ae, oe, ue folded to a, o, u, ss.

    For typo-tolerant matching only (apply it to both sides): people on
    keyboards without umlauts write "Fluchtlinge" or "Fluechtlinge" for
    "Flüchtlinge". Folding "ue" also changes words like "Quelle", the same way
    on both sides, so matching stays consistent.
    """
    return _UMLAUT_DIGRAPHS_RE.sub(r"\1", text.lower().translate(_UMLAUTS))


# --- tokens and stop words -------------------------------------------------------

# Combining marks belong to the word they sit on (the regex module's \p{M}
# is not available in ``re``): general diacritics, Cyrillic and Arabic marks;
# so does a soft hyphen ("Integrations\u00adkurs" is one word).
_MARKS = "\u00ad\u0300-\u036f\u0483-\u0489" + _ARABIC_MARKS
_WORD = f"(?:[^\\W_]|[{_MARKS}])+"
_WORD_RE = re.compile(_WORD)
_HYPHENS = "\\-\u2010\u2011"
# A German word with its hyphens: "Online-Plattform", and "Sprach-" in
# "Sprach- und Integrationskurs" (the trailing hyphen stands for a shared part).
_GERMAN_WORD_RE = re.compile(f"{_WORD}(?:[{_HYPHENS}]{_WORD})*[{_HYPHENS}]?")


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_STOPWORDS_RAW: dict[str, str] = {
    "de": "der die das den dem des ein eine einer eines einem einen und oder für mit von zu "
    "zum zur im in am an auf aus bei nach über unter vor ist sind wird werden es sie er wir "
    "ihr ich du auch als wie bis durch ohne um nicht nur noch so sich dass wo was wer",
    "en": "the a an and or for with of to in on at by from as is are be it this that "
    "what where who how",
    "fr": "le la les un une des du de et ou pour avec en au aux dans sur par est sont ce "
    "qui que où",
    "tr": "ve ile için bir bu şu da de mi ya veya ne nerede",
    "ru": "и в во на с со по для к ко от до из у о об а но или не что это где как",
    "uk": "і й та в у на з із зі до для від по про або але не що це де як",
    "ar": "في من إلى على عن مع و أو أن هذا هذه ذلك التي الذي ما لا هل أين",
    "fa": "و در به از با که را برای این آن یا تا هم ها های می کجا",
}


@lru_cache(maxsize=32)
def stopwords(language: str) -> frozenset[str]:
    """Short function words of ``language``, normalised: not worth marking or matching alone."""
    raw = _STOPWORDS_RAW.get(language, "")
    return frozenset(lowercase(normalise(raw, language), language).split())


def tokens(text: str, language: str) -> list[str]:
    """Every normalised, lower-cased word of ``text`` in order, repeats included.

    Hyphens and apostrophes separate words ("l'intégration" → "l",
    "intégration"), as the engines' standard tokeniser does with hyphens.
    """
    return _WORD_RE.findall(lowercase(normalise(text, language), language))


def query_terms(text: str, language: str, *, drop_stopwords: bool = False) -> list[str]:
    """The distinct normalised, lower-cased words of a query, in order.

    Single letters are dropped (elided articles, stray keys); single digits
    stay. With ``drop_stopwords``, function words go too unless nothing else
    would remain.
    """
    terms = list(dict.fromkeys(t for t in tokens(text, language) if len(t) > 1 or t.isdigit()))
    if drop_stopwords:
        content = [t for t in terms if t not in stopwords(language)]
        return content or terms
    return terms


# Light suffix stripping: enough to make singular and plural, or a word with
# and without the Arabic article, compare equal. Not a real stemmer: the
# engines stem; this serves matching done in Python (synonyms, highlighting).
_SUFFIXES: dict[str, tuple[str, ...]] = {
    "de": ("ern", "en", "er", "es", "em", "e", "n"),
    "fr": ("s", "x"),
    "tr": ("leri", "ları", "ler", "lar"),
    "ru": _words(
        "ями ами ого его ому ему ыми ими ах ях ов ев ей ой ий ый ая яя ое ее ые ие ую юю "
        "ом ем ам ям а я ы и е у ю о ь й"
    ),
    "uk": _words(
        "ями ами ого ому ими ах ях ів їв ей ой ий ій ая яя ое ее ие ії ую юю ою єю ом ем ам "
        "ям а я и і ї е у ю о ь й"
    ),
    "ar": ("ات", "ون", "ين", "ان", "ها", "يه", "ه", "ي"),
    "fa": ("هاي", "ها", "ان", "ات", "ين", "ي"),
}
_ARABIC_ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")


def light_stem(term: str, language: str) -> str:
    """``term`` (normalised, lower case) without a plural or case ending, for matching.

    "kurse" → "kurs", "beraterinnen" → "berater" → "berat", "courses" →
    "course", "курсы" → "курс", "الدورات" → "دور". Both sides of a comparison
    must go through it.
    """
    if language == "en":
        if term.endswith("ies") and len(term) > 4:
            return term[:-3] + "y"
        if term.endswith(("sses", "ches", "shes", "xes")):
            return term[:-2]
        if term.endswith("s") and not term.endswith(("ss", "us", "is")) and len(term) > 3:
            return term[:-1]
        return term
    minimum = 2 if language in ("ar", "fa") else 3
    if language == "ar":
        for article in _ARABIC_ARTICLES:
            if term.startswith(article) and len(term) - len(article) >= minimum:
                term = term[len(article) :]
                break
    if language == "de":
        for feminine in ("innen", "in"):
            if term.endswith(feminine) and len(term) - len(feminine) >= 4:
                term = term[: -len(feminine)]
                break
    for suffix in sorted(_SUFFIXES.get(language, ()), key=len, reverse=True):
        if term.endswith(suffix) and len(term) - len(suffix) >= minimum:
            return term[: -len(suffix)]
    return term


# --- German compounds --------------------------------------------------------

MIN_PART = 3
MAX_WORD = 64  # longer "words" are no German compounds worth splitting
# Linking elements (Fugenelemente) between the parts of a compound:
# Integration-s-kurs, Frau-en-treff, Kind-er-betreuung, Hausaufgabe-n-hilfe.
_LINKS = ("", "s", "es", "n", "en", "er", "e", "ns", "ens", "innen")
# Endings of the last part: Deutschkurs-e, Beratungsstelle-n, Sprachmittler-innen.
_ENDINGS = ("", "e", "en", "n", "s", "es", "er", "ern", "in", "innen")
# An unknown first part is accepted in front of known parts ("Intergations-kurs",
# "Fahrt-kosten"), but not when it is a verb prefix: "Unterhaltung" is no
# compound of "unter" and "Haltung".
_VERB_PREFIXES = frozenset(
    _words(
        "unter über hinter wider gegen durch miss voll wieder zurück zusammen entgegen nieder "
        "heraus herein hinaus hinein voran voraus vorbei"
    )
)
# Suffixes after which an "s" can only be a linking element: "Intergations" → "intergation".
_LINKING_S_AFTER = ("ion", "ung", "heit", "keit", "schaft", "tät", "ling", "tum")
_VOWELS = frozenset("aeiouäöüy")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    """Surface forms of the lexicon's words → the canonical part each stands for.

    A line's first word is its lemma; the canonical part is the lemma without a
    final "e" ("sprache" → "sprach"), because that is also the form the word
    takes in front of other parts ("Sprachkurs"), or the lemma as written when
    it is marked with "=" ("=online"). Other words on the line are
    further forms ("mütter" for "mutter"). Forms without umlauts are added
    last, so "Fluchtlingshilfe" typed without umlauts still splits.
    """
    source = resources.files("integration.searching").joinpath("data/de_compound_lexicon.txt")
    forms: dict[str, str] = {}
    derived: list[tuple[str, str]] = []
    for line in source.read_text(encoding="utf-8").splitlines():
        words = normalise(line.split("#", 1)[0], "de").lower().split()
        if not words:
            continue
        if words[0].startswith("="):  # a canonical form to keep as written
            words[0] = canonical = words[0][1:]
        else:
            lemma = words[0]
            canonical = lemma[:-1] if lemma.endswith("e") and len(lemma) > MIN_PART else lemma
        for word in words:
            if len(word) >= MIN_PART:
                forms[word] = canonical
            if word.endswith("e") and len(word) > MIN_PART:
                derived.append((word[:-1], canonical))
    for form, canonical in derived:
        forms.setdefault(form, canonical)
    for form, canonical in list(forms.items()):
        folded = fold_umlauts(form)
        if folded != form and len(folded) >= MIN_PART:
            forms.setdefault(folded, canonical)
    return forms


def _candidates(piece: str, endings: tuple[str, ...]) -> list[tuple[str, str]]:
    """(surface form, canonical part) pairs that ``piece`` is, with one of ``endings``."""
    forms = _lexicon()
    found = []
    for ending in endings:
        if ending and not piece.endswith(ending):
            continue
        form = piece[: len(piece) - len(ending)]
        if len(form) >= MIN_PART and form in forms:
            found.append((form, forms[form]))
    return found


# A segmentation's score, lower is better: fewest parts, then the longest
# parts (sum of squared lengths, negated), then the fewest linking elements.
_Score = tuple[int, int, int]


@lru_cache(maxsize=8192)
def _segment(word: str, final: bool) -> tuple[_Score, tuple[str, ...]] | None:
    """The best split of ``word`` into lexicon forms, or None.

    ``final``: the word ends the compound, so its last part may carry an
    inflection ending; otherwise (a hyphenated first element like "Sprach-")
    it may end in a linking element.
    """
    n = len(word)
    best: list[tuple[_Score, tuple[str, ...]] | None] = [None] * (n + 1)
    best[n] = ((0, 0, 0), ())
    for start in range(n - MIN_PART, -1, -1):
        options = []
        for end in range(start + MIN_PART, n + 1):
            rest = best[end]
            if rest is None:
                continue
            piece = word[start:end]
            endings = _ENDINGS if end == n and final else _LINKS
            for form, canonical in _candidates(piece, endings):
                (parts, length, links), tail = rest
                linked = int(len(piece) > len(form) and (end < n or not final))
                score = (parts + 1, length - len(form) ** 2, links + linked)
                options.append((score, (canonical, *tail)))
        if options:
            best[start] = min(options)
    return best[0]


def _strip_linking_s(part: str) -> str:
    if part.endswith("s") and part[:-1].endswith(_LINKING_S_AFTER):
        return part[:-1]
    return part


def _split_piece(piece: str, final: bool) -> tuple[str, ...] | None:
    """Canonical parts of one hyphen-free piece; None when nothing of it is known."""
    if len(piece) > MAX_WORD:
        return None
    found = _segment(piece, final) or _segment(fold_umlauts(piece), final)
    if found:
        return found[1]
    # An unknown first part (a typo, a rare word) in front of known parts.
    for start in range(4, len(piece) - MIN_PART + 1):
        head = piece[:start]
        if head in _VERB_PREFIXES or not _VOWELS & set(head):
            continue
        tail = _segment(piece[start:], final) if len(piece) - start >= 4 else None
        if tail:
            return (_strip_linking_s(head), *tail[1])
    return None


@lru_cache(maxsize=8192)
def _compound(word: str) -> tuple[tuple[str, ...], bool]:
    """(canonical parts, known) of a normalised lower-case German word.

    ``known`` is False when nothing of the word is in the lexicon; the
    "parts" are then the word itself.
    """
    pieces = re.split(f"[{_HYPHENS}]", word)
    trailing_hyphen = len(pieces) > 1 and pieces[-1] == ""
    pieces = [p for p in pieces if p]
    parts: list[str] = []
    known = False
    for index, piece in enumerate(pieces):
        final = index == len(pieces) - 1 and not trailing_hyphen
        split = _split_piece(piece, final)
        if split:
            known = True
            parts.extend(split)
        else:
            parts.append(piece)
    return tuple(parts), known


def split_compounds(word: str) -> list[str]:
    """The parts of a German compound, lower case and normalised; other words intact.

    "Sprachkurs" → ["sprach", "kurs"], "Integrationskurse" → ["integration",
    "kurs"], "Kinderbetreuung" → ["kind", "betreuung"], "Sprach-" → ["sprach"],
    "Online-Plattform" → ["online", "plattform"]; "Kurs", "Aachen", "und"
    come back as they are (lower case). Parts are the canonical forms of the
    lexicon (a lemma without final "e", no linking element, no inflection
    ending), so the same part looks the same in every compound.
    """
    normalised = lowercase(normalise(word, "de"), "de").strip()
    parts, known = _compound(normalised)
    hyphenated = bool(re.search(f"[{_HYPHENS}]", normalised))
    if len(parts) > 1 or (known and hyphenated):
        return list(parts)
    word = normalised.strip(_HYPHENS.replace("\\", ""))
    return [word] if word else []


_CONJUNCTIONS = frozenset({"und", "oder", "sowie", "bzw", "beziehungsweise", "als", "auch"})


def compound_parts(text: str, language: str) -> str:
    """The compound parts of German ``text``, space-separated; "" for other languages.

    For a field next to the language's text: it holds the parts of every
    compound and the canonical form of every other word the lexicon knows,
    each once, so "Sprachkurs" (sprach, kurs) meets "Sprach- und
    Integrationskurs" (sprach, kurs, integration) and "Kurs für Sprachen"
    (kurs, sprach). A first element with a hyphen takes the last part of the
    compound it shares it with: "Sprach- und Integrationskurs" also means
    "Sprachkurs". Run the query through the same function.
    """
    if language != "de" or not text:
        return ""
    words = _GERMAN_WORD_RE.findall(lowercase(normalise(text, "de"), "de"))
    found: dict[str, None] = {}
    for index, word in enumerate(words):
        parts, known = _compound(word)
        if not known:
            continue
        found.update(dict.fromkeys(parts))
        if word[-1] in "-\u2010\u2011":
            following = (w for w in words[index + 1 : index + 4] if w not in _CONJUNCTIONS)
            partner = next(following, "")
            partner_parts, partner_known = _compound(partner)
            if partner_known and len(partner_parts) > 1:
                found[partner_parts[-1]] = None
    return " ".join(found)


# --- highlighting ------------------------------------------------------------

_WHITESPACE_RE = re.compile(r"\s+")


def _term_keys(term: str, language: str) -> set[str]:
    keys = {term, light_stem(term, language)}
    return keys | {fold_umlauts(key) for key in keys}


def _word_keys(word: str, language: str) -> set[str]:
    word = lowercase(normalise(word, language), language)
    keys = {word, light_stem(word, language)}
    if language == "de":
        keys.update(split_compounds(word))
    return keys | {fold_umlauts(key) for key in keys}


def _matches(word_keys: set[str], term_keys: Iterable[set[str]]) -> int | None:
    """Index of the first term whose keys start one of the word's keys."""
    for index, keys in enumerate(term_keys):
        for key in keys:
            if len(key) < MIN_PART:
                if key in word_keys:
                    return index
            elif any(word_key.startswith(key) for word_key in word_keys):
                return index
    return None


def highlight(
    text: str,
    terms: list[str],
    language: str,
    *,
    max_chars: int = 240,
    marker: tuple[str, str] = ("<mark>", "</mark>"),
) -> str:
    """A safe HTML snippet of plain ``text`` with the words matching ``terms`` marked.

    For engines without a highlighter (the database backend). ``text`` is
    plain text (strip tags first): all of it is escaped, then whole words are
    wrapped in ``marker``. A word matches a term when, after normalising and
    lower-casing, it starts with the term or with its light stem, also with
    umlauts folded ("Deutschkurse" for "deutschkurs", "Fluchtlinge" for
    "flüchtling"), or when one of its German compound parts does ("kurs" marks
    "Sprachkurs"). Function words are not marked unless the query has no
    other words. The snippet is the window of at most ``max_chars`` characters
    with the most different terms, starting a little before its first match,
    cut at word boundaries, with "…" where text was cut.
    """
    text = _WHITESPACE_RE.sub(" ", text or "").strip()
    words = list(dict.fromkeys(word for term in terms for word in tokens(term, language)))
    ignored = {fold_umlauts(word) for word in stopwords(language)}
    content = [word for word in words if fold_umlauts(word) not in ignored] or words
    term_keys = [_term_keys(word, language) for word in content]
    matches: list[tuple[int, int, int]] = []
    if term_keys:
        for found in _WORD_RE.finditer(text):
            index = _matches(_word_keys(found.group(), language), term_keys)
            if index is not None:
                matches.append((found.start(), found.end(), index))
    start, end = _window(text, matches, max_chars)
    html = ["…" if start > 0 else ""]
    position = start
    for match_start, match_end, _index in matches:
        if match_start < start or match_end > end:
            continue
        html += [escape(text[position:match_start]), marker[0], escape(text[match_start:match_end])]
        html.append(marker[1])
        position = match_end
    html += [escape(text[position:end]), "…" if end < len(text) else ""]
    return mark_safe("".join(html))  # noqa: S308 - every piece of text is escaped above


def _window(text: str, matches: list[tuple[int, int, int]], max_chars: int) -> tuple[int, int]:
    """Start and end of the snippet: the best window, snapped to word boundaries."""
    if len(text) <= max_chars:
        return 0, len(text)
    lead = min(max_chars // 4, 60)
    best = (0, 0)  # (terms covered, -start)
    anchor = (0, 0)
    for match_start, match_end, _index in matches:
        start = max(0, match_start - lead)
        covered = {i for s, e, i in matches if s >= start and e <= start + max_chars}
        if (len(covered), -start) > best:
            best = (len(covered), -start)
            anchor = (match_start, match_end)
    start = -best[1]
    end = min(len(text), start + max_chars)
    if start > 0:
        space = text.find(" ", start, anchor[0])
        start = space + 1 if space != -1 else start
        end = min(len(text), start + max_chars)
    if end < len(text):
        space = text.rfind(" ", max(start, anchor[1]), end + 1)
        end = space if space != -1 else end
    return start, end
