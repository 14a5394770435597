"""Translators take a locale's texts away as PO or XLIFF and bring them back.

The round trips edit exactly one segment of a real export and check that
exactly that translation changes and the translated page shows it; every
rejected file is checked to change nothing at all. ``msgfmt`` is the real
GNU gettext program (Debian package ``gettext``).
"""

import io
import os
import re
import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from xml.etree import ElementTree as ET

import polib
import pytest
from defusedxml.ElementTree import fromstring as parse_xml
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Locale, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from integration import factories as f
from integration.models import Provider, ThemeFieldPage
from integration.translation.exchange import (
    XLIFF_NS,
    export_locale,
    html_to_inline,
    import_file,
    inline_to_html,
    plan_import,
    segment_problems,
)
from integration.translation.permissions import can_translate_into

pytestmark = pytest.mark.django_db

X = f"{{{XLIFF_NS}}}"
BODY = (
    '<p>Mehr bei der <a href="https://beratung.example.org/">Beratungsstelle</a> '
    "&amp; <b>kostenlos</b>.</p><p>Zwei Zeilen:<br/>die zweite „Zeile“</p>"
)
LINK_SEGMENT = 'Mehr bei der <a id="a1">Beratungsstelle</a> &amp; <b>kostenlos</b>.'


@pytest.fixture
def locale_ar(db) -> Locale:
    return Locale.objects.get_or_create(language_code="ar")[0]


@pytest.fixture
def content(site_root, locale_en) -> SimpleNamespace:
    """A published theme field with rich text, a goal, and a provider, partly in English."""
    concept = f.IntegrationConceptPageFactory(parent=site_root)
    page = f.ThemeFieldPageFactory(
        parent=concept, title="Interkulturelle Öffnung", slug="oeffnung", body=BODY
    )
    f.GuidingGoalFactory(page=page, title="Die Verwaltung öffnet sich", sort_order=0)
    page.save_revision().publish()
    provider = f.ProviderFactory(name="Caritasverband Aachen", description="Hilft „allen“.")
    # Earlier work in English: one manual and one machine translation.
    export_locale(locale_en)
    translate("Caritasverband Aachen", "Caritas Association Aachen", locale_en)
    translate("Die Verwaltung öffnet sich", "The administration opens", locale_en, machine=True)
    return SimpleNamespace(page=ThemeFieldPage.objects.get(pk=page.pk), provider=provider)


def translate(source: str, text: str, locale: Locale, *, machine: bool = False) -> None:
    source_row = TranslationSource.objects.filter(stringsegment__string__data=source).first()
    segment = source_row.stringsegment_set.select_related("string", "context").get(
        string__data=source
    )
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=locale,
        context=segment.context,
        data=text,
        translation_type="machine" if machine else "manual",
        tool_name="DeepL" if machine else "",
    )


def unpack(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def po_of(archive: dict[str, bytes]) -> bytes:
    return next(data for name, data in archive.items() if name.endswith(".po"))


def xliff_of(archive: dict[str, bytes]) -> bytes:
    return next(data for name, data in archive.items() if name.endswith(".xlf"))


def parse_po(data: bytes) -> polib.POFile:
    return polib.pofile(data.decode("utf-8"))


def edit_po(data: bytes, source: str, msgstr: str, **changes: str) -> bytes:
    """Set the translation of the entry for ``source`` (and other attributes of it)."""
    po = parse_po(data)
    entry = next(entry for entry in po if entry.msgid == source)
    entry.msgstr = msgstr
    for name, value in changes.items():
        setattr(entry, name, value)
    return str(po).encode("utf-8")


def unit_with_source(root: ET.Element, text: str) -> ET.Element:
    return next(
        unit
        for unit in root.iter(f"{X}trans-unit")
        if "".join(unit.find(f"{X}source").itertext()) == text
    )


def edit_xliff(data: bytes, source_text: str, target_xml: str) -> bytes:
    """Replace the ``<target>`` of the unit whose source reads ``source_text``."""
    ET.register_namespace("", XLIFF_NS)
    root = parse_xml(data)
    unit = unit_with_source(root, source_text)
    target = unit.find(f"{X}target")
    new = parse_xml(f'<target xmlns="{XLIFF_NS}" state="translated">{target_xml}</target>')
    unit.insert(list(unit).index(target), new)
    unit.remove(target)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def snapshot() -> dict[str, Any]:
    """Everything an import could change."""
    return {
        "strings": sorted(
            StringTranslation.objects.values_list(
                "pk", "data", "translation_type", "tool_name", "updated_at", "has_error"
            )
        ),
        "sources": sorted(TranslationSource.objects.values_list("pk", "last_updated_at")),
        "revisions": Revision.objects.count(),
        "pages": sorted(ThemeFieldPage.objects.values_list("pk", "title", "live")),
        "providers": sorted(Provider.objects.values_list("pk", "name")),
    }


def stored(locale: Locale) -> dict[str, tuple[str, str, str]]:
    return {
        row.translation_of.data: (row.data, row.translation_type, row.tool_name)
        for row in StringTranslation.objects.filter(locale=locale).select_related("translation_of")
    }


def english_page(content) -> ThemeFieldPage:
    return content.page.get_translation(Locale.objects.get(language_code="en")).specific


# Export -------------------------------------------------------------------


def test_archive_holds_po_and_xliff_with_every_segment(content, locale_en):
    archive = unpack(export_locale(locale_en))

    assert sorted(archive) == ["integration-en.po", "integration-en.xlf"]
    po = parse_po(po_of(archive))
    msgids = [entry.msgid for entry in po]
    for text in [
        "Interkulturelle Öffnung",
        LINK_SEGMENT,
        "Zwei Zeilen:<br/>die zweite „Zeile“",
        "Die Verwaltung öffnet sich",
        "Caritasverband Aachen",
        "Hilft „allen“.",
        "Integration in Aachen",
    ]:
        assert text in msgids
    assert len(msgids) == len(set(zip(msgids, (e.msgctxt for e in po), strict=True)))
    by_id = {entry.msgid: entry for entry in po}
    assert by_id["Caritasverband Aachen"].msgstr == "Caritas Association Aachen"
    assert not by_id["Caritasverband Aachen"].fuzzy
    assert by_id["Die Verwaltung öffnet sich"].msgstr == "The administration opens"
    assert by_id["Die Verwaltung öffnet sich"].fuzzy
    assert by_id["Interkulturelle Öffnung"].msgstr == ""
    assert by_id["Interkulturelle Öffnung"].msgctxt == (f"{content.page.translation_key}:title")
    assert "Themenfeld „Interkulturelle Öffnung“" in by_id["Interkulturelle Öffnung"].comment
    assert po.metadata["Language"] == "en"
    assert po.metadata["X-Integration-Locale"] == "en"

    root = parse_xml(xliff_of(archive))
    units = list(root.iter(f"{X}trans-unit"))
    assert len(units) == len(po)


def test_missing_only_leaves_out_translated_segments(content, locale_en):
    msgids = [entry.msgid for entry in parse_po(po_of(unpack(export_locale(locale_en))))]
    missing = [
        entry.msgid
        for entry in parse_po(po_of(unpack(export_locale(locale_en, missing_only=True))))
    ]

    assert "Caritasverband Aachen" in msgids
    assert "Caritasverband Aachen" not in missing
    assert "Die Verwaltung öffnet sich" not in missing
    assert "Interkulturelle Öffnung" in missing
    assert len(missing) == len(msgids) - 2


@pytest.mark.skipif(
    shutil.which("msgfmt") is None and not os.environ.get("CI"),
    reason="GNU gettext (msgfmt) not installed (CI installs it and never skips)",
)
@pytest.mark.parametrize("code", ["en", "ar", "ru"])
def test_po_passes_msgfmt_check(content, tmp_path, code):
    locale = Locale.objects.get_or_create(language_code=code)[0]
    path = tmp_path / f"{code}.po"
    path.write_bytes(po_of(unpack(export_locale(locale))))

    for options in (
        ["--check"],
        ["--check-format", "--check-header", "--check-domain"],
    ):
        result = subprocess.run(  # noqa: S603
            ["msgfmt", *options, "-o", str(tmp_path / "out.mo"), str(path)],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""


def test_xliff_is_version_1_2_with_source_and_target_languages(content, locale_ar):
    translate("Caritasverband Aachen", "كاريتاس آخن", locale_ar)
    data = xliff_of(unpack(export_locale(locale_ar)))

    assert data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    root = parse_xml(data)
    assert root.tag == f"{X}xliff"
    assert root.get("version") == "1.2"
    files = root.findall(f"{X}file")
    assert files
    for file in files:
        assert file.get("source-language") == "de"
        assert file.get("target-language") == "ar"
        assert file.get("datatype") == "html"
        assert file.find(f"{X}body") is not None
        for unit in file.iter(f"{X}trans-unit"):
            assert unit.get("id")
            children = [child.tag for child in unit]
            assert children == [f"{X}source", f"{X}target", f"{X}note"]
    originals = [file.get("original") for file in files]
    assert len(set(originals)) == len(originals)
    assert f"integration.themefieldpage/{content.page.translation_key}" in originals

    link_unit = unit_with_source(root, "Mehr bei der Beratungsstelle & kostenlos.")
    link = link_unit.find(f"{X}source/{X}g[@ctype='link']")
    assert link.get("id") == "a1"
    assert link.text == "Beratungsstelle"
    assert link_unit.find(f"{X}source/{X}g[@ctype='bold']").text == "kostenlos"
    assert link_unit.find(f"{X}target").get("state") == "needs-translation"
    assert unit_with_source(root, "Caritasverband Aachen").find(f"{X}target").text == (
        "كاريتاس آخن"
    )
    assert unit_with_source(root, "Caritasverband Aachen").find(f"{X}target").get("state") == (
        "translated"
    )
    note = unit_with_source(root, "Interkulturelle Öffnung").find(f"{X}note").text
    assert "Interkulturelle Öffnung" in note
    assert "title" in note
    line_break = unit_with_source(root, "Zwei Zeilen:die zweite „Zeile“")
    assert line_break.find(f"{X}source/{X}x").get("ctype") == "lb"


def test_machine_translation_needs_review_in_xliff(content, locale_en):
    root = parse_xml(xliff_of(unpack(export_locale(locale_en))))

    target = unit_with_source(root, "Die Verwaltung öffnet sich").find(f"{X}target")
    assert target.get("state") == "needs-review-translation"
    assert target.text == "The administration opens"


# Round trips --------------------------------------------------------------


def test_po_round_trip_changes_exactly_the_edited_segment(
    content, locale_en, client, admin_user, django_capture_on_commit_callbacks
):
    po = po_of(unpack(export_locale(locale_en)))
    before = stored(locale_en)

    edited = edit_po(po, "Interkulturelle Öffnung", 'Intercultural "opening"')
    with django_capture_on_commit_callbacks(execute=True):
        report = import_file(locale_en, "integration-en.po", edited, user=admin_user, publish=True)

    assert report.errors == []
    assert report.applied
    assert report.counts == {
        "changed": 1,
        "unchanged": 2,
        "empty": report.counts["empty"],
        "objects": 1,
        "errors": 0,
    }
    after = stored(locale_en)
    assert after.pop("Interkulturelle Öffnung") == ('Intercultural "opening"', "manual", "PO")
    assert after == before
    row = StringTranslation.objects.get(data='Intercultural "opening"')
    assert row.last_translated_by == admin_user
    page = english_page(content)
    assert page.title == 'Intercultural "opening"'
    assert page.live
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Intercultural &quot;opening&quot;" in response.content.decode()


def test_po_round_trip_of_rich_text_keeps_the_link(
    content, locale_en, client, django_capture_on_commit_callbacks
):
    po = po_of(unpack(export_locale(locale_en)))
    edited = edit_po(
        po, LINK_SEGMENT, 'More at the <a id="a1">advice centre</a> &amp; <b>free</b>.'
    )

    with django_capture_on_commit_callbacks(execute=True):
        report = import_file(locale_en, "integration-en.po", edited, publish=True)

    assert report.counts["changed"] == 1, report.errors
    html = client.get(english_page(content).url).content.decode()
    assert '<a href="https://beratung.example.org/">advice centre</a>' in html
    assert "<b>free</b>" in html


def test_xliff_round_trip_changes_exactly_the_edited_segment(content, locale_en):
    xliff = xliff_of(unpack(export_locale(locale_en)))
    before = stored(locale_en)

    edited = edit_xliff(
        xliff,
        "Mehr bei der Beratungsstelle & kostenlos.",
        'More at the <g id="a1" ctype="link">advice centre</g> &amp; '
        '<g id="1" ctype="bold">free</g>.',
    )
    report = import_file(locale_en, "integration-en.xlf", edited, publish=False)

    assert report.errors == []
    assert report.counts["changed"] == 1
    assert report.counts["unchanged"] == 2
    after = stored(locale_en)
    assert after.pop(LINK_SEGMENT) == (
        'More at the <a id="a1">advice centre</a> &amp; <b>free</b>.',
        "manual",
        "XLIFF",
    )
    assert after == before
    # Saved as a draft: the latest revision has it, nothing is published.
    page = english_page(content)
    assert not page.live
    draft = page.get_latest_revision_as_object()
    assert '<a href="https://beratung.example.org/">advice centre</a>' in str(draft.body)


def test_xliff_line_break_and_arabic_text_round_trip(content, locale_ar):
    xliff = xliff_of(unpack(export_locale(locale_ar)))
    edited = edit_xliff(
        xliff, "Zwei Zeilen:die zweite „Zeile“", 'سطران:<x id="br1" ctype="lb"/>الثاني'
    )

    report = import_file(locale_ar, "integration-ar.xlf", edited)

    assert report.errors == []
    assert stored(locale_ar) == {
        "Zwei Zeilen:<br/>die zweite „Zeile“": ("سطران:<br/>الثاني", "manual", "XLIFF")
    }


def test_unchanged_export_imports_as_no_change(content, locale_en):
    archive = export_locale(locale_en)
    before = snapshot()

    for name, data in [("all.zip", archive), *unpack(archive).items()]:
        report = import_file(locale_en, name, data)
        assert report.errors == []
        assert report.counts["changed"] == 0
        assert report.counts["unchanged"] == 2  # the two stored translations
        assert report.counts["objects"] == 0
    assert snapshot() == before


def test_archive_with_one_file_edited_changes_that_segment(content, locale_en):
    archive = unpack(export_locale(locale_en))
    name = next(name for name in archive if name.endswith(".po"))
    archive[name] = edit_po(archive[name], "Hilft „allen“.", "Helps “everyone”.")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for member, data in archive.items():
            out.writestr(member, data)

    report = import_file(locale_en, "returned.zip", buffer.getvalue())

    assert report.errors == []
    assert report.formats == ["PO", "XLIFF"]
    assert report.counts["changed"] == 1
    assert stored(locale_en)["Hilft „allen“."] == ("Helps “everyone”.", "manual", "PO")
    assert Provider.objects.get(locale=locale_en).description == "Helps “everyone”."


def test_plan_reports_but_writes_nothing(content, locale_en):
    po = edit_po(po_of(unpack(export_locale(locale_en))), "Interkulturelle Öffnung", "Opening")
    before = snapshot()

    report = plan_import(locale_en, "x.po", po)

    assert report.counts["changed"] == 1
    assert report.changes[0].new == "Opening"
    assert report.changes[0].object_title == "Interkulturelle Öffnung"
    assert not report.applied
    assert snapshot() == before


# Rejected files -------------------------------------------------------------


def broken_po(content, po: bytes) -> bytes:
    return edit_po(po, LINK_SEGMENT, "More at the advice centre.")


def unknown_segment(content, po: bytes) -> bytes:
    return edit_po(
        po,
        "Interkulturelle Öffnung",
        "Opening",
        msgctxt=f"{content.page.translation_key}:no_such_field",
    )


def unknown_object(content, po: bytes) -> bytes:
    return edit_po(po, "Interkulturelle Öffnung", "Opening", msgctxt=f"{uuid.uuid4()}:title")


def outdated_source(content, po: bytes) -> bytes:
    return edit_po(po, "Interkulturelle Öffnung", "Opening", msgid="Interkulturelle Öffnung (alt)")


def with_translation(text: str):
    def make(content, po: bytes) -> bytes:
        return edit_po(po, LINK_SEGMENT, text)

    return make


def wrong_language(content, po: bytes) -> bytes:
    return po.replace(b"Language: en", b"Language: ar").replace(
        b"X-Integration-Locale: en", b"X-Integration-Locale: ar"
    )


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (unknown_segment, "Unbekanntes Segment „no_such_field“"),
        (unknown_object, "Unbekanntes Objekt"),
        (outdated_source, "Der Ausgangstext hat sich seit dem Export geändert"),
        (broken_po, 'Link-Platzhalter fehlt: <a id="a1">'),
        (
            with_translation('More <a id="a1">here</a> and <a id="a2">there</a> <b>free</b>.'),
            'Unbekannter Link-Platzhalter: <a id="a2">',
        ),
        (with_translation('More <a id="a1">here</a> <b>free.'), "<b> wird nicht geschlossen"),
        (with_translation('More <a id="a1">here</a> free</b>.'), "</b> schließt kein"),
        (with_translation('<p>More <a id="a1">here</a></p>'), "Ungültiges Markup"),
        (
            with_translation('More <a id="a1">here</a> <i>free</i>.'),
            "Tags, die im Ausgangstext nicht vorkommen: <i>",
        ),
        (
            with_translation('More <a id="a1" href="https://evil.example">here</a>.'),
            "Ungültiges Markup",
        ),
        (wrong_language, "Die Datei ist für die Sprache „ar“, gewählt ist „en“"),
    ],
)
def test_po_problem_is_named_and_changes_nothing(content, locale_en, make, message):
    po = make(content, po_of(unpack(export_locale(locale_en))))
    before = snapshot()

    report = import_file(locale_en, "integration-en.po", po, publish=True)

    assert report.has_errors
    assert not report.applied
    assert any(message in str(error) for error in report.errors), report.errors
    assert snapshot() == before


def test_every_problem_is_listed_with_its_line_and_nothing_applies(content, locale_en):
    po = po_of(unpack(export_locale(locale_en)))
    po = edit_po(po, "Interkulturelle Öffnung", "Intercultural opening")  # fine on its own
    po = edit_po(po, LINK_SEGMENT, "No link.")
    po = edit_po(po, "Hilft „allen“.", "<b>Helps</b>")
    before = snapshot()

    report = import_file(locale_en, "integration-en.po", po)

    assert len(report.errors) == 2
    lines = {
        entry.msgid: entry.linenum
        for entry in parse_po(po)
        if entry.msgid in {LINK_SEGMENT, "Hilft „allen“."}
    }
    messages = [str(error) for error in report.errors]
    assert any(f"Zeile {lines[LINK_SEGMENT]}: Link-Platzhalter fehlt" in m for m in messages)
    assert any(f"Zeile {lines['Hilft „allen“.']}: Tags, die im Ausgangstext" in m for m in messages)
    assert snapshot() == before


def test_xliff_problem_names_the_trans_unit(content, locale_en):
    xliff = xliff_of(unpack(export_locale(locale_en)))
    edited = edit_xliff(
        xliff,
        "Mehr bei der Beratungsstelle & kostenlos.",
        'More at the <g id="a2" ctype="link">advice centre</g> <ph id="9">x</ph>.',
    )
    unit_id = unit_with_source(parse_xml(xliff), "Mehr bei der Beratungsstelle & kostenlos.").get(
        "id"
    )
    before = snapshot()

    report = import_file(locale_en, "integration-en.xlf", edited)

    assert [error.location for error in report.errors] == [f"trans-unit „{unit_id}“"]
    assert "<ph>" in report.errors[0].message
    edited = edit_xliff(
        xliff,
        "Mehr bei der Beratungsstelle & kostenlos.",
        'More at the <g id="a2" ctype="link">advice centre</g>.',
    )
    report = import_file(locale_en, "integration-en.xlf", edited)
    assert [error.location for error in report.errors] == [f"trans-unit „{unit_id}“"] * 2
    assert [error.message for error in report.errors] == [
        'Link-Platzhalter fehlt: <a id="a1">.',
        'Unbekannter Link-Platzhalter: <a id="a2">.',
    ]
    assert snapshot() == before


def test_xliff_for_another_language_is_rejected(content, locale_en, locale_ar):
    xliff = xliff_of(unpack(export_locale(locale_ar)))
    xliff = edit_xliff(xliff, "Interkulturelle Öffnung", "Opening")
    before = snapshot()

    report = import_file(locale_en, "integration-ar.xlf", xliff)

    assert [error.message for error in report.errors] == [
        "Die Datei ist für die Sprache „ar“, gewählt ist „en“."
    ]
    assert snapshot() == before


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="x" source-language="de" target-language="en" datatype="html"><body>
<trans-unit id="t"><source>a</source><target>&lol2;</target></trans-unit>
</body></file></xliff>"""


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("integration-en.po", b"", "Die Datei ist leer."),
        ("integration-en.xlf", b"  \n", "Die Datei ist leer."),
        ("integration-en.po", b"\xff\xfe\x00\x81garbage\x00\n", "nicht UTF-8-kodiert"),
        ("integration-en.po", b"hello\nworld\n", "Keine gültige PO-Datei"),
        ("integration-en.xlf", b"\x89PNG\r\n\x1a\n\x00\x00", "Kein wohlgeformtes XML"),
        ("integration-en.xlf", b"<html><body>Hallo</body></html>", "Keine XLIFF-1.2-Datei"),
        ("integration-en.xlf", BILLION_LAUGHS, "DOCTYPE"),
        ("integration-en.zip", b"PK\x03\x04broken", "Keine gültige ZIP-Datei"),
        ("bild.png", b"\x89PNG\r\n\x1a\n", "Unbekanntes Dateiformat"),
        (
            "integration-en.po",
            b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n',
            "Die Datei nennt ihre Sprache nicht",
        ),
        (
            "integration-en.po",
            b'msgid ""\nmsgstr ""\n"Language: en\\n"\n'
            b'"Content-Type: text/plain; charset=ISO-8859-1\\n"\n',
            "erwartet wird UTF-8",
        ),
    ],
)
def test_unusable_file_is_rejected_with_a_reason(content, locale_en, name, data, message):
    before = snapshot()

    report = import_file(locale_en, name, data)

    assert report.has_errors
    assert message in str(report.errors[0])
    assert name in str(report.errors[0])
    assert snapshot() == before


def test_archive_without_exchange_files_is_rejected(content, locale_en):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "nothing")

    report = import_file(locale_en, "x.zip", buffer.getvalue())

    assert [error.message for error in report.errors] == [
        "Das Archiv enthält keine PO- oder XLIFF-Datei."
    ]


def test_import_into_the_source_language_is_refused(content, locale_de, locale_en):
    po = po_of(unpack(export_locale(locale_en)))

    report = import_file(locale_de, "x.po", po)

    assert [error.message for error in report.errors] == [
        "In die Quellsprache wird nicht übersetzt."
    ]


def test_empty_translations_are_skipped(content, locale_en):
    po = parse_po(po_of(unpack(export_locale(locale_en))))
    for entry in po:
        entry.msgstr = ""

    report = import_file(locale_en, "x.po", str(po).encode())

    assert report.errors == []
    assert report.counts["changed"] == 0
    assert report.counts["empty"] == len(po)
    assert stored(locale_en)["Caritasverband Aachen"][0] == "Caritas Association Aachen"


def test_german_change_after_export_blocks_only_an_edited_entry(content, locale_en):
    po = po_of(unpack(export_locale(locale_en)))
    provider = Provider.objects.get(pk=content.provider.pk)
    provider.name = "Caritasverband für die Region Aachen"
    provider.save()

    # The pre-filled entry of the old German name was left as it was: fine.
    untouched = edit_po(po, "Interkulturelle Öffnung", "Opening")
    report = plan_import(locale_en, "integration-en.po", untouched)
    assert report.errors == []
    assert report.counts["changed"] == 1
    assert report.counts["unchanged"] == 2

    # Translating the old German name again is refused: it is no longer there.
    edited = edit_po(untouched, "Caritasverband Aachen", "Caritas Aachen")
    before = snapshot()
    report = import_file(locale_en, "integration-en.po", edited)
    assert len(report.errors) == 1
    assert report.errors[0].message == (
        "Der Ausgangstext hat sich seit dem Export geändert (Caritasverband für die Region "
        "Aachen, Feld name). Bitte neu exportieren."
    )
    assert snapshot() == before


def test_translation_edited_by_hand_is_left_out_and_not_overwritten(content, locale_en):
    po = edit_po(po_of(unpack(export_locale(locale_en))), "Interkulturelle Öffnung", "Opening")
    Translation.objects.filter(
        source__object_id=content.page.translation_key, target_locale=locale_en
    ).update(enabled=False)
    before = snapshot()

    report = import_file(locale_en, "integration-en.po", po)

    assert [error.message for error in report.errors] == [
        "„Interkulturelle Öffnung“ wird in dieser Sprache von Hand bearbeitet "
        "(nicht mehr synchronisiert); die Datei kann es nicht ändern."
    ]
    assert snapshot() == before
    msgids = [entry.msgid for entry in parse_po(po_of(unpack(export_locale(locale_en))))]
    assert "Interkulturelle Öffnung" not in msgids
    assert "Caritasverband Aachen" in msgids


@pytest.mark.parametrize(
    "fragment",
    [
        LINK_SEGMENT,
        "Zwei<br/>Zeilen &lt;b&gt; &amp; „so“",
        "<strong>s</strong><em>e</em><i>i</i><code>c</code><abbr>a</abbr><a>ohne</a>",
    ],
)
def test_xliff_inline_markup_maps_back_to_the_same_html(fragment):
    element = ET.Element("source")
    html_to_inline(element, fragment)
    text = ET.tostring(element, encoding="unicode")

    assert inline_to_html(parse_xml(text)) == fragment


@pytest.mark.parametrize(
    "markup",
    [
        '<g id="1" ctype="x-html-script">alert(1)</g>',
        '<g id="1" ctype="x-html-a onclick=x">x</g>',
        '<g id="1" ctype="underlined">u</g>',
        '<bpt id="1">&lt;b&gt;</bpt>',
    ],
)
def test_xliff_markup_without_an_html_equivalent_is_refused(markup):
    with pytest.raises(ValueError, match="Unbekannte Formatierung|wird nicht unterstützt"):
        inline_to_html(parse_xml(f"<target>{markup}</target>"))


def test_segment_problems_accepts_a_faithful_translation():
    assert (
        segment_problems(LINK_SEGMENT, 'Mehr <b>gratis</b> bei <a id="a1">uns</a> &amp; so') == []
    )
    assert segment_problems("Zwei<br/>Zeilen", "Two<br>lines") == []


# Permissions --------------------------------------------------------------


@pytest.fixture
def translator_ar(django_user_model, locale_ar):
    """A member of the Arabic translator group with admin access."""
    from integration.models import TranslatorGroup

    group = Group.objects.create(name="Übersetzung – Arabisch")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    TranslatorGroup.objects.create(group=group, locale=locale_ar)
    user = django_user_model.objects.create_user("ar-team", password="pw")
    user.groups.add(group)
    return user


@pytest.fixture
def reader(django_user_model):
    user = django_user_model.objects.create_user("leser", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_who_may_translate_into_a_locale(
    admin_user, translator_ar, reader, django_user_model, locale_de, locale_en, locale_ar
):
    editor = django_user_model.objects.create_user("redaktion", password="pw")
    editor.user_permissions.add(Permission.objects.get(codename="submit_translation"))

    assert can_translate_into(admin_user, locale_ar)
    assert can_translate_into(editor, locale_en)
    assert can_translate_into(translator_ar, locale_ar)
    assert not can_translate_into(translator_ar, locale_en)
    assert not can_translate_into(reader, locale_ar)
    assert not can_translate_into(admin_user, locale_de)


# Admin --------------------------------------------------------------------


def test_admin_download_upload_preview_and_confirm(content, locale_en, admin_client):
    index = admin_client.get(reverse("integration_translation_exchange"))
    assert index.status_code == 200
    assert "Übersetzungsdateien" in index.content.decode()

    download = admin_client.post(
        reverse("integration_translation_exchange_export"), {"locale": "en"}
    )
    assert download.status_code == 200
    assert download["Content-Type"] == "application/zip"
    assert 'filename="integration-en.zip"' in download["Content-Disposition"]
    po = edit_po(po_of(unpack(download.content)), "Interkulturelle Öffnung", "Opening up")
    before = snapshot()

    upload = io.BytesIO(po)
    upload.name = "integration-en.po"
    preview = admin_client.post(
        reverse("integration_translation_exchange_upload"), {"locale": "en", "file": upload}
    )
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "1 geändert" in html
    assert "Opening up" in html
    assert snapshot() == before  # the preview changes nothing
    token = preview.context["token"]
    digest = preview.context["digest"]

    # Confirming needs the same file: a different digest is refused.
    refused = admin_client.post(
        reverse("integration_translation_exchange_confirm"),
        {"token": token, "digest": "0" * 64},
    )
    assert refused.status_code == 302
    assert snapshot() == before

    done = admin_client.post(
        reverse("integration_translation_exchange_confirm"),
        {"token": token, "digest": digest},
        follow=True,
    )
    assert done.status_code == 200
    assert "Import abgeschlossen: 1 Segmente geändert" in done.content.decode()
    assert stored(locale_en)["Interkulturelle Öffnung"] == ("Opening up", "manual", "PO")


def test_admin_preview_lists_errors_and_offers_no_confirmation(content, locale_en, admin_client):
    po = edit_po(po_of(unpack(export_locale(locale_en))), LINK_SEGMENT, "No link")
    upload = io.BytesIO(po)
    upload.name = "integration-en.po"

    preview = admin_client.post(
        reverse("integration_translation_exchange_upload"), {"locale": "en", "file": upload}
    )

    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Link-Platzhalter fehlt" in html
    assert re.search(r"Zeile \d+", html)
    assert reverse("integration_translation_exchange_confirm") not in html


def test_admin_rejects_a_broken_upload_without_an_error_page(content, locale_en, admin_client):
    upload = io.BytesIO(b"\x00\x01\x02 not a translation file")
    upload.name = "integration-en.xlf"

    response = admin_client.post(
        reverse("integration_translation_exchange_upload"), {"locale": "en", "file": upload}
    )

    assert response.status_code == 200
    assert "Kein wohlgeformtes XML" in response.content.decode()


def test_admin_refuses_users_without_rights(content, client, reader, translator_ar):
    client.force_login(reader)
    assert client.get(reverse("integration_translation_exchange")).status_code == 403
    upload = io.BytesIO(b"x")
    upload.name = "x.po"
    response = client.post(
        reverse("integration_translation_exchange_upload"), {"locale": "en", "file": upload}
    )
    assert response.status_code == 403

    client.force_login(translator_ar)
    assert client.get(reverse("integration_translation_exchange")).status_code == 200
    arabic = client.post(reverse("integration_translation_exchange_export"), {"locale": "ar"})
    assert arabic.status_code == 200
    english = client.post(reverse("integration_translation_exchange_export"), {"locale": "en"})
    assert english.status_code == 403


def test_confirm_is_bound_to_the_uploading_user(
    content, locale_en, admin_client, client, django_user_model
):
    po = edit_po(po_of(unpack(export_locale(locale_en))), "Interkulturelle Öffnung", "Opening")
    upload = io.BytesIO(po)
    upload.name = "integration-en.po"
    preview = admin_client.post(
        reverse("integration_translation_exchange_upload"), {"locale": "en", "file": upload}
    )
    other = django_user_model.objects.create_superuser("zweite", password="pw")
    client.force_login(other)

    response = client.post(
        reverse("integration_translation_exchange_confirm"),
        {"token": preview.context["token"], "digest": preview.context["digest"]},
    )

    # Wagtail answers PermissionDenied in the admin with a redirect to the dashboard.
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert "Interkulturelle Öffnung" not in stored(locale_en)


# Commands -----------------------------------------------------------------


def run(command: str, *args: str) -> tuple[str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command(command, *args, stdout=stdout, stderr=stderr, no_color=True)
    return stdout.getvalue(), stderr.getvalue()


def test_commands_export_and_import(content, locale_en, tmp_path):
    archive = tmp_path / "en.zip"
    out, _err = run("export_translations", "--locale", "en", "--output", str(archive))
    assert f"{archive} geschrieben" in out
    assert "2 bereits übersetzt" in out

    po = tmp_path / "en.po"
    po.write_bytes(
        edit_po(po_of(unpack(archive.read_bytes())), "Interkulturelle Öffnung", "Opening")
    )
    before = snapshot()
    out, _err = run("import_translations", "--locale", "en", str(po), "--dry-run")
    assert "Probelauf – nichts geändert: 1 Segmente geändert" in out
    assert snapshot() == before

    out, _err = run("import_translations", "--locale", "en", str(po))
    assert "Import abgeschlossen: 1 Segmente geändert" in out
    assert stored(locale_en)["Interkulturelle Öffnung"] == ("Opening", "manual", "PO")


def test_import_command_lists_every_error_and_fails(content, locale_en, tmp_path):
    po = po_of(unpack(export_locale(locale_en)))
    po = edit_po(po, LINK_SEGMENT, "No link")
    po = edit_po(po, "Hilft „allen“.", "<i>Helps</i>")
    path = tmp_path / "en.po"
    path.write_bytes(po)
    before = snapshot()
    stderr = io.StringIO()

    with pytest.raises(CommandError, match="2 Fehler in en.po; nichts geändert"):
        call_command(
            "import_translations", "--locale", "en", str(path), stderr=stderr, stdout=io.StringIO()
        )

    assert "Link-Platzhalter fehlt" in stderr.getvalue()
    assert "Tags, die im Ausgangstext nicht vorkommen: <i>" in stderr.getvalue()
    assert snapshot() == before


def test_commands_name_an_unknown_locale_and_a_missing_file(db, tmp_path):
    with pytest.raises(CommandError, match="Unbekannte Sprache „xx“"):
        run("export_translations", "--locale", "xx", "--output", str(tmp_path / "x.zip"))
    with pytest.raises(CommandError, match="Datei nicht gefunden"):
        run("import_translations", "--locale", "en", str(Path(tmp_path) / "missing.po"))


def test_menu_shows_exchange_files_to_translators_only(content, client, reader, translator_ar):
    url = reverse("integration_translation_exchange")
    client.force_login(translator_ar)
    assert url in client.get("/admin/").content.decode()
    client.force_login(reader)
    assert url not in client.get("/admin/").content.decode()
