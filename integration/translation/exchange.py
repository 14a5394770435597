"""Exchange files for translators: one locale's segments as PO and XLIFF 1.2, and back.

``export_locale`` writes every segment of every source page and translatable
snippet (or only the untranslated ones) into a ZIP archive holding the same
content twice, as ``<project>-<locale>.po`` and ``<project>-<locale>.xlf``,
with the translations made so far filled in. ``plan_import`` reads a
translated file back and reports what would change; ``import_file`` applies
it. Both check the whole file first (format, locale, every segment's key,
source text, markup and link placeholders) and collect every problem with
its location; a file with any problem changes nothing.

A segment is identified by its object (the ``translation_key`` shared by all
languages of a page or snippet), its content path within the object
(wagtail-localize's ``TranslationContext.path``) and its German text. In PO
the first two form ``msgctxt`` ("<translation_key>:<path>"), the text is the
``msgid``; in XLIFF each object is one ``<file original="<label>/<key>">``
and each segment one ``<trans-unit>`` whose ``resname`` is the path. When the
German text changed after the export, its segment no longer matches and the
import asks for a new export instead of guessing.

Segments are HTML fragments with inline tags only; links are placeholders
(``<a id="a1">``) whose targets stay in the German original. PO carries the
fragments as they are; XLIFF turns the tags into ``<g>`` and ``<x/>``
elements so translation tools protect them.
"""

import hashlib
import html
import io
import itertools
import re
import uuid
import zipfile
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from xml.etree import ElementTree as ET

import polib
from bs4 import BeautifulSoup, NavigableString, Tag
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as parse_xml
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    SourceDeletedError,
    StringSegment,
    StringTranslation,
    TranslatableObject,
    Translation,
)
from wagtail_localize.strings import INLINE_TAGS, StringValue, extract_ids

from .core import (
    apply_translation,
    prepare_translation,
    source_locale,
    source_pages,
    source_snippets,
    translatable_snippet_models,
)

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_NS = "http://www.w3.org/XML/1998/namespace"
# Largest upload, and largest total content of an uploaded archive.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ARCHIVE_MEMBERS = 20
TOOL_NAMES = {"po": "PO", "xliff": "XLIFF"}
PO_SUFFIXES = (".po", ".pot")
XLIFF_SUFFIXES = (".xlf", ".xliff", ".xml")

# gettext plural rules of the project's languages; the files hold no plural
# entries, but the header must name a rule and tools show it.
PLURAL_FORMS = {
    "ar": (
        "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : "
        "n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"
    ),
    "fa": "nplurals=2; plural=(n > 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "ru": (
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : "
        "n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
    ),
    "uk": (
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : "
        "n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
    ),
}
DEFAULT_PLURAL_FORMS = "nplurals=2; plural=(n != 1);"

# Inline HTML tags as XLIFF 1.2 ``<g ctype>``: the standard types where there
# is one, ``x-html-<tag>`` otherwise, so every tag maps back to itself.
G_CTYPES = {"b": "bold", "i": "italic"}
LINK_CTYPE = "link"
LINE_BREAK_CTYPE = "lb"

Progress = Callable[[int, int], None]


# Export -------------------------------------------------------------------


@dataclass
class ExportSegment:
    """One segment of an object, with the translation stored for the locale (if any)."""

    path: str
    field_path: str
    source: str
    translation: str = ""
    translation_type: str = ""
    has_error: bool = False

    @property
    def needs_review(self) -> bool:
        return bool(self.translation) and (
            self.has_error or self.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE
        )


@dataclass
class ExportObject:
    """A source page or snippet and its segments, as one export lists them."""

    object_id: str
    label: str
    kind: str
    title: str
    segments: list[ExportSegment]

    @property
    def original(self) -> str:
        return f"{self.label}/{self.object_id}"


def project_name() -> str:
    """Prefix of the exchange files' names: the default site's name as a slug."""
    site = Site.objects.filter(is_default_site=True).first()
    return slugify(site.site_name if site and site.site_name else "") or "integration"


def exportable_objects(root: Page | None = None) -> list[models.Model]:
    """Source pages (under ``root`` if given) and, for a full export, the snippets."""
    objects: list[models.Model] = [page.specific for page in source_pages(root)]
    if root is None:
        objects.extend(source_snippets())
    return objects


def collect_export(
    locale: Locale,
    *,
    root: Page | None = None,
    missing_only: bool = False,
    progress: Progress | None = None,
) -> list[ExportObject]:
    """Every object's current segments with the translations stored for ``locale``.

    Each source is refreshed first (``prepare_translation``) so the file holds
    what the German content says now. Objects whose translation was
    converted to manual editing are left out: imports cannot change them.
    With ``missing_only``, only untranslated segments (and ones whose stored
    translation is broken) are listed.
    """
    _check_target(locale)
    instances = exportable_objects(root)
    exported = []
    for done, instance in enumerate(instances, start=1):
        translation = prepare_translation(instance, locale)
        if translation.enabled:
            item = _export_object(translation, instance, missing_only=missing_only)
            if item.segments:
                exported.append(item)
        if progress:
            progress(done, len(instances))
    return exported


def _export_object(
    translation: Translation, instance: models.Model, *, missing_only: bool
) -> ExportObject:
    source = translation.source
    stored = _stored_translations(source.object_id, translation.target_locale)
    segments: list[ExportSegment] = []
    seen: set[tuple[str, str]] = set()
    for segment in _current_segments(source):
        key = (segment.context.path, segment.string.data)
        if key in seen or not segment.string.data.strip():
            continue
        seen.add(key)
        existing = stored.get((segment.string_id, segment.context_id))
        item = ExportSegment(
            path=segment.context.path,
            field_path=segment.context.field_path or segment.context.path,
            source=segment.string.data,
        )
        if existing is not None and existing.data:
            item.translation = existing.data
            item.translation_type = existing.translation_type
            item.has_error = existing.has_error
        if missing_only and item.translation and not item.has_error:
            continue
        segments.append(item)
    model = type(instance)
    return ExportObject(
        object_id=str(source.object_id),
        label=model._meta.label_lower,
        kind=str(model._meta.verbose_name),
        title=str(instance),
        segments=segments,
    )


def _current_segments(source) -> models.QuerySet[StringSegment]:
    return (
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    )


def _stored_translations(object_id: Any, locale: Locale) -> dict[tuple[int, int], Any]:
    rows = StringTranslation.objects.filter(
        context__object_id=object_id, locale=locale
    ).select_related("translation_of", "context")
    return {(row.translation_of_id, row.context_id): row for row in rows}


def export_locale(
    locale: Locale,
    *,
    root: Page | None = None,
    missing_only: bool = False,
    user: Any = None,
    progress: Progress | None = None,
) -> bytes:
    """A ZIP archive with ``<project>-<locale>.po`` and ``<project>-<locale>.xlf``."""
    objects = collect_export(locale, root=root, missing_only=missing_only, progress=progress)
    return write_archive(locale, objects, user=user)


def archive_name(locale: Locale) -> str:
    return f"{project_name()}-{locale.language_code}.zip"


def write_archive(locale: Locale, objects: list[ExportObject], *, user: Any = None) -> bytes:
    stem = f"{project_name()}-{locale.language_code}"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{stem}.po", write_po(locale, objects, user=user))
        archive.writestr(f"{stem}.xlf", write_xliff(locale, objects))
    return buffer.getvalue()


def write_po(locale: Locale, objects: list[ExportObject], *, user: Any = None) -> bytes:
    """The segments as a gettext PO file (UTF-8) that passes ``msgfmt --check``."""
    code = locale.language_code
    now = timezone.now().strftime("%Y-%m-%d %H:%M%z")
    translator = ""
    if user is not None and getattr(user, "is_authenticated", False):
        name = user.get_full_name() or user.get_username()
        translator = f"{name} <{user.email}>" if user.email else name
    po = polib.POFile(wrapwidth=78)
    po.header = (
        f"{project_name()}: {_language_name(locale)} ({code}).\n"
        "msgctxt: <Schlüssel des Objekts>:<Feld>. Bitte msgctxt und msgid nicht ändern."
    )
    po.metadata = {
        "Project-Id-Version": project_name(),
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": now,
        "PO-Revision-Date": now,
        "Last-Translator": translator,
        "Language-Team": _language_name(locale),
        "Language": code,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS.get(code.split("-")[0], DEFAULT_PLURAL_FORMS),
        "X-Integration-Project": project_name(),
        "X-Integration-Locale": code,
        "X-Integration-Source-Locale": source_locale().language_code,
    }
    for item in objects:
        for segment in item.segments:
            comments = [f"{item.kind} „{item.title}“", f"Feld: {segment.field_path}"]
            if segment.has_error:
                comments.append("Die gespeicherte Übersetzung ist fehlerhaft – bitte korrigieren.")
            elif segment.needs_review:
                comments.append("Maschinell übersetzt – bitte prüfen.")
            po.append(
                polib.POEntry(
                    msgctxt=f"{item.object_id}:{segment.path}",
                    msgid=segment.source,
                    msgstr=_match_newlines(segment.source, segment.translation),
                    comment="\n".join(comments),
                    flags=["fuzzy"] if segment.needs_review else [],
                )
            )
    return str(po).encode("utf-8")


def _match_newlines(source: str, translation: str) -> str:
    """gettext requires msgid and msgstr to agree on a leading and a trailing newline."""
    if not translation:
        return translation
    translation = translation.strip("\n")
    if source.startswith("\n"):
        translation = "\n" + translation
    if source.endswith("\n"):
        translation += "\n"
    return translation


def write_xliff(locale: Locale, objects: list[ExportObject]) -> bytes:
    """The segments as XLIFF 1.2: one ``<file>`` per object, one ``<trans-unit>`` per segment."""
    root = ET.Element("xliff", {"version": "1.2", "xmlns": XLIFF_NS})
    for item in objects:
        body = _xliff_file(root, locale, item.original, f"{item.kind} „{item.title}“")
        for segment in item.segments:
            unit = ET.SubElement(
                body,
                "trans-unit",
                {
                    "id": _unit_id(segment.path, segment.source),
                    "resname": segment.path,
                    f"{{{XML_NS}}}space": "preserve",
                },
            )
            html_to_inline(ET.SubElement(unit, "source"), segment.source)
            if not segment.translation:
                state = "needs-translation"
            elif segment.needs_review:
                state = "needs-review-translation"
            else:
                state = "translated"
            html_to_inline(ET.SubElement(unit, "target", {"state": state}), segment.translation)
            note = ET.SubElement(unit, "note")
            note.text = f"{item.kind} „{item.title}“ · Feld: {segment.field_path}"
    if not objects:
        # XLIFF needs at least one <file>; an empty export has one without units.
        _xliff_file(root, locale, project_name(), "")
    _indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def _xliff_file(root: ET.Element, locale: Locale, original: str, note: str) -> ET.Element:
    """Add a ``<file>`` with its header; returns its ``<body>``."""
    file = ET.SubElement(
        root,
        "file",
        {
            "original": original,
            "source-language": source_locale().language_code,
            "target-language": locale.language_code,
            "datatype": "html",
            "product-name": project_name(),
        },
    )
    header = ET.SubElement(file, "header")
    if note:
        ET.SubElement(header, "note").text = note
    return ET.SubElement(file, "body")


def _unit_id(path: str, source: str) -> str:
    """Unique within the object's ``<file>``: the path plus a digest of the German text."""
    digest = hashlib.sha1(source.encode("utf-8"), usedforsecurity=False).hexdigest()[:10]
    return f"{path}|{digest}"


def _indent(element: ET.Element, level: int = 0) -> None:
    """Indent the structure but not the content of ``<source>``, ``<target>``, ``<note>``."""
    if element.tag in {"source", "target", "note"}:
        return
    children = list(element)
    if not children:
        return
    element.text = "\n" + "  " * (level + 1)
    for index, child in enumerate(children):
        _indent(child, level + 1)
        last = index == len(children) - 1
        child.tail = "\n" + "  " * (level if last else level + 1)


def html_to_inline(parent: ET.Element, fragment: str) -> None:
    """Write a segment's HTML into ``parent`` as text with XLIFF inline elements."""
    soup = BeautifulSoup(fragment, "html.parser")
    counter = itertools.count(1)

    def add_text(element: ET.Element, text: str) -> None:
        children = list(element)
        if children:
            children[-1].tail = (children[-1].tail or "") + text
        else:
            element.text = (element.text or "") + text

    def walk(node: Tag, element: ET.Element) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                add_text(element, str(child))
            elif child.name == "br":
                ET.SubElement(element, "x", {"id": f"br{next(counter)}", "ctype": LINE_BREAK_CTYPE})
            else:
                link_id = child.get("id") if child.name == "a" else None
                if link_id:
                    attrs = {"id": str(link_id), "ctype": LINK_CTYPE}
                else:
                    ctype = G_CTYPES.get(child.name, f"x-html-{child.name}")
                    attrs = {"id": str(next(counter)), "ctype": ctype}
                walk(child, ET.SubElement(element, "g", attrs))

    walk(soup, parent)


def inline_to_html(element: ET.Element) -> str:
    """The HTML fragment of a ``<source>`` or ``<target>``; ``ValueError`` names what is wrong."""
    parts = [html.escape(element.text or "", quote=False)]
    for child in element:
        name = _local_name(child.tag)
        if name == "g":
            ctype = child.get("ctype", "")
            if ctype == LINK_CTYPE:
                link_id = html.escape(child.get("id", ""))
                tag, opening = "a", f'<a id="{link_id}">'
            elif _g_tag(ctype):
                tag = _g_tag(ctype)
                opening = f"<{tag}>"
            else:
                raise ValueError(
                    _('Unbekannte Formatierung <g ctype="%(ctype)s">.') % {"ctype": ctype}
                )
            parts += [opening, inline_to_html(child), f"</{tag}>"]
        elif name == "x" and child.get("ctype") == LINE_BREAK_CTYPE:
            parts.append("<br/>")
        elif name == "mrk":  # markers that translation tools add around text
            parts.append(inline_to_html(child))
        else:
            raise ValueError(_("Das Element <%(name)s> wird nicht unterstützt.") % {"name": name})
        parts.append(html.escape(child.tail or "", quote=False))
    return "".join(parts)


def _g_tag(ctype: str) -> str | None:
    """The inline HTML tag of a ``<g>`` other than a link, if it is one segments allow."""
    tag = {value: key for key, value in G_CTYPES.items()}.get(ctype) or ctype.removeprefix(
        "x-html-"
    )
    return tag if ctype != tag and tag in INLINE_TAGS and tag != "br" else None


def _local_name(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _language_name(locale: Locale) -> str:
    try:
        return str(locale.get_display_name() or locale.language_code)
    except (KeyError, AttributeError):
        return locale.language_code


def _check_target(locale: Locale) -> None:
    if locale.pk == source_locale().pk:
        raise ValueError(_("In die Quellsprache wird nicht übersetzt."))


# Reading files --------------------------------------------------------------


@dataclass(frozen=True)
class ExchangeError:
    """One problem of an uploaded file, with where it is (file, line or trans-unit)."""

    file: str
    location: str
    message: str

    def __str__(self) -> str:
        where = ", ".join(part for part in (self.file, self.location) if part)
        return f"{where}: {self.message}" if where else self.message


@dataclass
class Unit:
    """One translated segment as a file states it."""

    file: str
    location: str
    object_id: str
    path: str
    source: str
    target: str
    problem: str = ""  # why the source or target could not be read (XLIFF inline markup)


@dataclass
class ExchangeFile:
    file: str
    format: str  # "po" or "xliff"
    languages: set[str]
    units: list[Unit]


class FileRejected(Exception):
    """The file as a whole cannot be used; ``errors`` say why."""

    def __init__(self, errors: list[ExchangeError]):
        super().__init__("; ".join(str(error) for error in errors))
        self.errors = errors


def read_exchange_files(filename: str, data: bytes) -> list[ExchangeFile]:
    """The PO and XLIFF files in an upload (a single file or the export's ZIP archive)."""
    if len(data) > MAX_FILE_BYTES:
        raise _rejected(filename, _("Die Datei ist zu groß (höchstens %(mb)s MB).") % _mb())
    if not data.strip():
        raise _rejected(filename, _("Die Datei ist leer."))
    name = filename.lower()
    if data[:4] == b"PK\x03\x04" or name.endswith(".zip"):
        return _read_archive(filename, data)
    kind = _kind(name, data)
    if kind == "po":
        return [read_po(filename, data)]
    if kind == "xliff":
        return [read_xliff(filename, data)]
    raise _rejected(
        filename,
        _("Unbekanntes Dateiformat: bitte eine PO-, XLIFF- (.xlf) oder ZIP-Datei hochladen."),
    )


def _mb() -> dict[str, int]:
    return {"mb": MAX_FILE_BYTES >> 20}


def _rejected(filename: str, message: str, location: str = "") -> FileRejected:
    return FileRejected([ExchangeError(filename, location, message)])


def _kind(name: str, data: bytes) -> str | None:
    if name.endswith(PO_SUFFIXES):
        return "po"
    if name.endswith(XLIFF_SUFFIXES):
        return "xliff"
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:200]
    if start.startswith(b"<"):
        return "xliff"
    if b"msgid" in data[:4096]:
        return "po"
    return None


def _read_archive(filename: str, data: bytes) -> list[ExchangeFile]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [
            info
            for info in archive.infolist()
            if not info.is_dir()
            and not info.filename.startswith("__MACOSX/")
            and not info.filename.rsplit("/", 1)[-1].startswith(".")
        ]
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _rejected(filename, _("Keine gültige ZIP-Datei.")) from None
    if len(members) > MAX_ARCHIVE_MEMBERS or sum(m.file_size for m in members) > MAX_FILE_BYTES:
        raise _rejected(filename, _("Das Archiv ist zu groß (höchstens %(mb)s MB).") % _mb())
    files: list[ExchangeFile] = []
    errors: list[ExchangeError] = []
    for kind in ("po", "xliff"):
        chosen = [m for m in members if _kind(m.filename.lower(), b"") == kind]
        if len(chosen) > 1:
            errors.append(
                ExchangeError(
                    filename,
                    "",
                    _("Das Archiv enthält mehrere %(kind)s-Dateien: %(names)s.")
                    % {"kind": TOOL_NAMES[kind], "names": ", ".join(m.filename for m in chosen)},
                )
            )
            continue
        for member in chosen:
            try:
                content = archive.read(member)
            except (zipfile.BadZipFile, RuntimeError, OSError, ValueError):
                errors.append(
                    ExchangeError(filename, member.filename, _("Nicht lesbar (beschädigt?)."))
                )
                continue
            try:
                reader = read_po if kind == "po" else read_xliff
                files.append(reader(member.filename, content))
            except FileRejected as error:
                errors.extend(error.errors)
    if errors:
        raise FileRejected(errors)
    if not files:
        raise _rejected(filename, _("Das Archiv enthält keine PO- oder XLIFF-Datei."))
    return files


def _decode_utf8(filename: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise _rejected(
            filename,
            _("Die Datei ist nicht UTF-8-kodiert. Bitte als UTF-8 speichern."),
            _("Zeile %(line)s") % {"line": line},
        ) from None


def read_po(filename: str, data: bytes) -> ExchangeFile:
    text = _decode_utf8(filename, data)
    if "\n" not in text.strip():
        # Not a PO file; also keeps polib from taking the text for a file name.
        raise _rejected(filename, _("Keine gültige PO-Datei."))
    try:
        po = polib.pofile(text, encoding="utf-8", wrapwidth=0)
    except (OSError, ValueError) as error:
        match = re.search(r"line (\d+)", str(error))
        location = _("Zeile %(line)s") % {"line": match.group(1)} if match else ""
        raise _rejected(filename, _("Keine gültige PO-Datei (Syntaxfehler)."), location) from None
    errors = []
    charset = re.search(r"charset=([\w.-]+)", po.metadata.get("Content-Type", ""))
    if charset and charset.group(1).lower().replace("_", "-") not in {"utf-8", "utf8"}:
        errors.append(
            ExchangeError(
                filename,
                _("Kopf"),
                _("Die Datei ist als %(charset)s angegeben; erwartet wird UTF-8.")
                % {"charset": charset.group(1)},
            )
        )
    languages = {
        value
        for value in (po.metadata.get("Language"), po.metadata.get("X-Integration-Locale"))
        if value
    }
    units = []
    for entry in po:
        if entry.obsolete:
            continue
        location = _("Zeile %(line)s") % {"line": entry.linenum}
        if entry.msgid_plural:
            errors.append(
                ExchangeError(filename, location, _("Pluralformen werden nicht unterstützt."))
            )
            continue
        object_id, _sep, path = (entry.msgctxt or "").partition(":")
        units.append(
            Unit(filename, location, object_id, path, source=entry.msgid, target=entry.msgstr)
        )
    if errors:
        raise FileRejected(errors)
    return ExchangeFile(filename, "po", languages, units)


def read_xliff(filename: str, data: bytes) -> ExchangeFile:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise _rejected(
            filename, _("XML mit DOCTYPE- oder ENTITY-Deklarationen wird nicht angenommen.")
        )
    try:
        root = parse_xml(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise _rejected(
            filename, _("XML mit DOCTYPE- oder ENTITY-Deklarationen wird nicht angenommen.")
        ) from None
    except ET.ParseError as error:
        line = error.position[0] if error.position else ""
        raise _rejected(
            filename,
            _("Kein wohlgeformtes XML (%(detail)s).") % {"detail": str(error)},
            _("Zeile %(line)s") % {"line": line} if line else "",
        ) from None
    if root.tag != f"{{{XLIFF_NS}}}xliff" or root.get("version") != "1.2":
        version = root.get("version") or "?"
        raise _rejected(
            filename,
            _("Keine XLIFF-1.2-Datei (gefunden: <%(tag)s> Version %(version)s).")
            % {"tag": _local_name(root.tag), "version": version},
        )
    q = f"{{{XLIFF_NS}}}"
    errors = []
    languages: set[str] = set()
    units = []
    for index, file in enumerate(root.iter(f"{q}file"), start=1):
        file_location = _("<file> Nr. %(index)s") % {"index": index}
        source_language = file.get("source-language", "")
        if _language_key(source_language) != _language_key(source_locale().language_code):
            errors.append(
                ExchangeError(
                    filename,
                    file_location,
                    _("Ausgangssprache „%(found)s“; erwartet wird „%(expected)s“.")
                    % {"found": source_language, "expected": source_locale().language_code},
                )
            )
        if file.get("target-language"):
            languages.add(file.get("target-language"))
        else:
            errors.append(ExchangeError(filename, file_location, _("Die Zielsprache fehlt.")))
        object_id = (file.get("original") or "").rsplit("/", 1)[-1]
        for unit in file.iter(f"{q}trans-unit"):
            unit_id = unit.get("id", "")
            location = f"trans-unit „{unit_id}“"
            source = unit.find(f"{q}source")
            target = unit.find(f"{q}target")
            path = unit.get("resname") or unit_id.rsplit("|", 1)[0]
            if not unit_id or source is None:
                errors.append(
                    ExchangeError(
                        filename, location, _("Unvollständige trans-unit (id oder <source> fehlt).")
                    )
                )
                continue
            item = Unit(filename, location, object_id, path, source="", target="")
            try:
                item.source = inline_to_html(source)
            except ValueError as error:
                item.problem = str(error)
            if target is not None:
                try:
                    item.target = inline_to_html(target)
                except ValueError as error:
                    item.problem = str(error)
            units.append(item)
    if not languages and not errors:
        errors.append(ExchangeError(filename, "", _("Die Datei enthält kein <file>-Element.")))
    if errors:
        raise FileRejected(errors)
    return ExchangeFile(filename, "xliff", languages, units)


def _language_key(code: str) -> str:
    return code.strip().lower().replace("_", "-")


# Import ---------------------------------------------------------------------


@dataclass
class SegmentChange:
    """A segment whose translation the import sets (or would set)."""

    location: str
    object_title: str
    field_path: str
    source: str
    old: str
    new: str


@dataclass
class ImportReport:
    """What an import found and changed (or, planned only, would change)."""

    filename: str
    locale: Locale
    formats: list[str] = field(default_factory=list)
    errors: list[ExchangeError] = field(default_factory=list)
    changes: list[SegmentChange] = field(default_factory=list)
    unchanged: int = 0
    skipped_empty: int = 0
    objects: list[str] = field(default_factory=list)
    applied: bool = False

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    @property
    def counts(self) -> dict[str, int]:
        return {
            "changed": len(self.changes),
            "unchanged": self.unchanged,
            "empty": self.skipped_empty,
            "objects": len(self.objects),
            "errors": len(self.errors),
        }


@dataclass
class _Pending:
    translation: Translation
    segment: StringSegment
    existing: StringTranslation | None
    data: str
    tool_name: str
    change: SegmentChange


def plan_import(
    locale: Locale, filename: str, data: bytes, *, progress: Progress | None = None
) -> ImportReport:
    """Check ``data`` and report what importing it would change; writes nothing."""
    return _run_import(
        locale, filename, data, user=None, publish=False, apply=False, progress=progress
    )


def import_file(
    locale: Locale,
    filename: str,
    data: bytes,
    *,
    user: Any = None,
    publish: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Check ``data`` and, if it has no problem at all, apply it in one transaction.

    Only segments whose text differs from the stored translation are written
    (as manual translations by ``user``); each page or snippet with such a
    segment is then saved, as a draft unless ``publish`` is set (snippets
    without drafts are saved live). With any problem, ``report.errors``
    lists them all and nothing is changed. ``progress(done, total)`` is
    called per object checked, then per object saved.
    """
    return _run_import(
        locale, filename, data, user=user, publish=publish, apply=True, progress=progress
    )


def _run_import(
    locale: Locale,
    filename: str,
    data: bytes,
    *,
    user: Any,
    publish: bool,
    apply: bool,
    progress: Progress | None,
) -> ImportReport:
    report = ImportReport(filename=filename, locale=locale)
    try:
        _check_target(locale)
        files = read_exchange_files(filename, data)
    except ValueError as error:
        report.errors.append(ExchangeError(filename, "", str(error)))
        return report
    except FileRejected as error:
        report.errors.extend(error.errors)
        return report
    report.formats = [TOOL_NAMES[file.format] for file in files]
    for file in files:
        report.errors.extend(_locale_errors(file, locale))
    if report.errors:
        return report

    # Sources are refreshed to compare with the German content as it is now;
    # a plan, like a rejected file, rolls that back with everything else.
    with transaction.atomic():
        pending = _plan_units(locale, files, report, progress)
        if apply and not report.errors:
            _apply(pending, report, user=user, publish=publish, progress=progress)
        if not report.applied:
            transaction.set_rollback(True)
    return report


def _locale_errors(file: ExchangeFile, locale: Locale) -> list[ExchangeError]:
    expected = _language_key(locale.language_code)
    if not file.languages:
        return [
            ExchangeError(
                file.file,
                _("Kopf"),
                _("Die Datei nennt ihre Sprache nicht (Kopfzeile „Language“ fehlt)."),
            )
        ]
    wrong = sorted(
        code
        for code in file.languages
        # "ar_EG" is fine for a locale "ar"; "en" is not for "ar".
        if expected not in {_language_key(code), _language_key(code).split("-")[0]}
    )
    if not wrong:
        return []
    return [
        ExchangeError(
            file.file,
            _("Kopf") if file.format == "po" else "target-language",
            _("Die Datei ist für die Sprache „%(found)s“, gewählt ist „%(expected)s“.")
            % {"found": ", ".join(wrong), "expected": locale.language_code},
        )
    ]


class _ObjectState:
    """One object of the file: its refreshed translation, segments and stored strings."""

    def __init__(self, instance: models.Model, locale: Locale):
        self.instance = instance
        self.title = str(instance)
        self.translation = prepare_translation(instance, locale)
        source = self.translation.source
        self.segments: dict[tuple[str, str], StringSegment] = {}
        for segment in _current_segments(source):
            self.segments.setdefault((segment.context.path, segment.string.data), segment)
        self.paths = {path for path, _text in self.segments}
        self.stored = _stored_translations(source.object_id, locale)
        # Translations by path and German text, including those of texts
        # the source no longer has: an untouched entry of an outdated text
        # is recognised by them.
        self.by_text = {
            (row.context.path, row.translation_of.data): row
            for row in self.stored.values()
            if row.context is not None
        }


def _plan_units(
    locale: Locale,
    files: list[ExchangeFile],
    report: ImportReport,
    progress: Progress | None = None,
) -> list[_Pending]:
    """Check every unit; the changes to make, with ``report`` counting the rest.

    An archive holds the same segments twice (PO and XLIFF): a segment counts
    once, as changed if either file changes it, and two different changes of
    one segment are an error.
    """
    states: dict[str, _ObjectState | None] = {}
    object_count = len({unit.object_id for file in files for unit in file.units})
    proposals: dict[tuple[int, int], _Pending] = {}
    outcomes: dict[Hashable, str] = {}
    for file in files:
        seen: set[tuple[int, int]] = set()
        for unit in file.units:
            error = _error_for(report, unit)
            if unit.problem:
                error(unit.problem)
                continue
            # Units are told apart by object, path and German text, so that the
            # PO and XLIFF file of one archive count each segment once.
            unit_key: Hashable = (unit.object_id, unit.path, _normalise(unit.source))
            if not unit.target.strip():
                outcomes.setdefault(unit_key, "empty")
                continue
            if unit.object_id not in states:
                states[unit.object_id] = _object_state(unit.object_id, locale)
                if progress:
                    progress(len(states), object_count)
            state = states[unit.object_id]
            if state is None:
                error(
                    _("Unbekanntes Objekt „%(key)s“: keine Seite und kein Snippet dieses Exports.")
                    % {"key": unit.object_id or "–"}
                )
                continue
            segment = state.segments.get((unit.path, unit.source)) or state.segments.get(
                (unit.path, _normalise(unit.source))
            )
            if segment is None:
                previous = state.by_text.get((unit.path, unit.source)) or state.by_text.get(
                    (unit.path, _normalise(unit.source))
                )
                if previous is not None and _normalise(previous.data) == _normalise(unit.target):
                    # Exported before the German text changed, and left as it was.
                    outcomes.setdefault(unit_key, "unchanged")
                elif unit.path in state.paths:
                    error(
                        _(
                            "Der Ausgangstext hat sich seit dem Export geändert (%(title)s, "
                            "Feld %(path)s). Bitte neu exportieren."
                        )
                        % {"title": state.title, "path": unit.path}
                    )
                else:
                    error(
                        _("Unbekanntes Segment „%(path)s“ in „%(title)s“.")
                        % {"path": unit.path or "–", "title": state.title}
                    )
                continue
            key = (segment.string_id, segment.context_id)
            if key in seen:
                error(_("Das Segment kommt in der Datei mehrfach vor."))
                continue
            seen.add(key)
            new = _normalise(unit.target)
            existing = state.stored.get(key)
            if existing is not None and _normalise(existing.data) == new:
                if outcomes.get(unit_key) != "changed":
                    outcomes[unit_key] = "unchanged"
                continue
            problems = segment_problems(segment.string.data, unit.target)
            if not problems and not state.translation.enabled:
                problems = [
                    _(
                        "„%(title)s“ wird in dieser Sprache von Hand bearbeitet "
                        "(nicht mehr synchronisiert); die Datei kann es nicht ändern."
                    )
                    % {"title": state.title}
                ]
            if not problems and key in proposals and proposals[key].data != new:
                problems = [
                    _("Widerspricht %(other)s: zwei verschiedene Übersetzungen.")
                    % {"other": proposals[key].change.location}
                ]
            for problem in problems:
                error(problem)
            if problems or key in proposals:
                continue
            outcomes[unit_key] = "changed"
            proposals[key] = _Pending(
                translation=state.translation,
                segment=segment,
                existing=existing,
                data=new,
                tool_name=TOOL_NAMES[file.format],
                change=SegmentChange(
                    location=f"{unit.file}, {unit.location}",
                    object_title=state.title,
                    field_path=segment.context.field_path or segment.context.path,
                    source=segment.string.data,
                    old=existing.data if existing else "",
                    new=new,
                ),
            )
    statuses = list(outcomes.values())
    report.unchanged = statuses.count("unchanged")
    report.skipped_empty = statuses.count("empty")
    pending = list(proposals.values())
    report.changes = [item.change for item in pending]
    titles: dict[int, str] = {}
    for item in pending:
        titles.setdefault(item.translation.pk, item.change.object_title)
    report.objects = list(titles.values())
    return pending


def _error_for(report: ImportReport, unit: Unit) -> Callable[[str], None]:
    def add(message: str) -> None:
        report.errors.append(ExchangeError(unit.file, unit.location, message))

    return add


def _object_state(object_id: str, locale: Locale) -> "_ObjectState | None":
    """The source-locale page or snippet with this translation key, if it is exported."""
    try:
        key = uuid.UUID(object_id)
    except ValueError:
        return None
    translatable = TranslatableObject.objects.filter(translation_key=key).first()
    if translatable is None:
        return None
    model = translatable.content_type.model_class()
    if model is None:
        return None
    if issubclass(model, Page):
        page = source_pages().filter(translation_key=key).first()
        return _ObjectState(page.specific, locale) if page else None
    snippet_models = [m for m in translatable_snippet_models() if issubclass(m, model)]
    for snippet_model in snippet_models:
        instance = snippet_model.objects.filter(translation_key=key, locale=source_locale()).first()
        if instance is not None:
            return _ObjectState(instance, locale)
    return None


def _normalise(fragment: str) -> str:
    return str(BeautifulSoup(fragment, "html.parser"))


class _TagBalance(HTMLParser):
    """Finds tags that are closed without being opened, or opened and never closed."""

    VOID = frozenset({"br"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if self.open and self.open[-1] == tag:
            self.open.pop()
        else:
            self.problems.append(_("</%(tag)s> schließt kein geöffnetes <%(tag)s>.") % {"tag": tag})

    def close(self) -> None:
        super().close()
        for tag in self.open:
            self.problems.append(_("<%(tag)s> wird nicht geschlossen.") % {"tag": tag})


def _tag_names(fragment: str) -> set[str]:
    return {tag.name for tag in BeautifulSoup(fragment, "html.parser").find_all(True)}


def segment_problems(source: str, translation: str) -> list[str]:
    """What is wrong with ``translation`` as a translation of the segment ``source``.

    The markup must be well-formed, use only the inline tags of the source
    (wagtail-localize's rules: no block tags, no attributes but a link's
    ``id``) and keep exactly the source's link placeholders.
    """
    problems = []
    balance = _TagBalance()
    balance.feed(translation)
    balance.close()
    problems.extend(balance.problems)
    try:
        StringValue.from_translated_html(translation)
    except ValueError as error:
        problems.append(_("Ungültiges Markup: %(detail)s") % {"detail": error})
    extra_tags = sorted(_tag_names(translation) - _tag_names(source) - {"a"})
    if extra_tags:
        problems.append(
            _("Tags, die im Ausgangstext nicht vorkommen: %(tags)s.")
            % {"tags": ", ".join(f"<{tag}>" for tag in extra_tags)}
        )
    source_ids, target_ids = extract_ids(source), extract_ids(translation)
    missing, extra = sorted(source_ids - target_ids), sorted(target_ids - source_ids)
    if missing:
        problems.append(
            _("Link-Platzhalter fehlt: %(ids)s.")
            % {"ids": ", ".join(f'<a id="{link}">' for link in missing)}
        )
    if extra:
        problems.append(
            _("Unbekannter Link-Platzhalter: %(ids)s.")
            % {"ids": ", ".join(f'<a id="{link}">' for link in extra)}
        )
    if "a" in _tag_names(translation) and "a" not in _tag_names(source) and not extra:
        problems.append(_("Links ohne Platzhalter aus dem Ausgangstext sind nicht erlaubt."))
    return problems


def _apply(
    pending: list[_Pending],
    report: ImportReport,
    *,
    user: Any,
    publish: bool,
    progress: Progress | None = None,
) -> None:
    """Write the changed strings, then save each affected page or snippet."""
    author = user if user is not None and getattr(user, "is_authenticated", False) else None
    translations: dict[int, Translation] = {}
    for item in pending:
        row = item.existing or StringTranslation(
            translation_of=item.segment.string,
            locale=item.translation.target_locale,
            context=item.segment.context,
        )
        row.data = item.data
        row.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
        row.tool_name = item.tool_name
        row.last_translated_by = author
        row.has_error = False
        row.field_error = ""
        row.save()
        translations.setdefault(item.translation.pk, item.translation)
    for done, translation in enumerate(translations.values(), start=1):
        title = translation.source.object_repr
        try:
            with transaction.atomic():
                apply_translation(translation, user=author, publish=publish)
        except ValidationError as error:
            report.errors.append(
                ExchangeError(
                    report.filename,
                    "",
                    _("„%(title)s“ ließ sich nicht speichern: %(detail)s")
                    % {"title": title, "detail": "; ".join(error.messages)},
                )
            )
        except SourceDeletedError:
            report.errors.append(
                ExchangeError(
                    report.filename, "", _("„%(title)s“ gibt es nicht mehr.") % {"title": title}
                )
            )
        if progress:
            progress(done, len(translations))
    report.applied = not report.errors
