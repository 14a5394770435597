"""Reading offers sheets as people really save them.

CSV: UTF-8 with or without BOM, or Windows-1252 (German Excel); comma,
semicolon or tab as delimiter. XLSX: the first worksheet, read with
openpyxl. Either way the result is a ``Table`` of header and rows of cells,
with the spreadsheet row number of each row.
"""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .columns import REQUIRED, canonical_name
from .errors import ImportFileError

Cell = str | int | float | bool | datetime.date | datetime.datetime | None


@dataclass
class Table:
    """A sheet: canonical column names and the rows that have any content."""

    columns: list[str]
    rows: list[tuple[int, dict[str, Cell]]] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


def read_table(data: bytes, filename: str) -> Table:
    """Parse ``data`` by the ending of ``filename`` (``.csv`` or ``.xlsx``)."""
    suffix = Path(filename).suffix.lower()
    if suffix == ".xlsx":
        header, rows = _read_xlsx(data)
    elif suffix in {".csv", ".txt"}:
        header, rows = _read_csv(data)
    else:
        raise ImportFileError(
            f"Dateityp „{suffix or filename}“ wird nicht unterstützt: bitte CSV oder XLSX."
        )
    return _build_table(header, rows)


def decode_csv(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="strict")


def _read_csv(data: bytes) -> tuple[list[Cell], list[list[Cell]]]:
    if not data.strip():
        raise ImportFileError("Die Datei ist leer.")
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError("Die Datei ist eine Excel-Datei (XLSX), keine CSV-Datei.")
    try:
        text = decode_csv(data)
    except UnicodeDecodeError as error:
        raise ImportFileError("Die Zeichenkodierung ist weder UTF-8 noch Windows-1252.") from error
    if not text.strip():
        raise ImportFileError("Die Datei ist leer.")
    if "\x00" in text:
        raise ImportFileError("Die Datei enthält Binärdaten und ist keine CSV-Datei.")
    first_line = text.splitlines()[0]
    try:
        dialect = csv.Sniffer().sniff(first_line, delimiters=";,\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise ImportFileError(f"Die CSV-Datei ist fehlerhaft: {error}") from error
    return records[0], records[1:]


def _read_xlsx(data: bytes) -> tuple[list[Cell], list[list[Cell]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise ImportFileError("Die Datei ist keine lesbare XLSX-Datei.") from error
    try:
        sheet = workbook.worksheets[0]
        records = [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    if not records:
        raise ImportFileError("Die Tabelle ist leer.")
    return records[0], records[1:]


def _is_blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _build_table(header: list[Cell], records: list[list[Cell]]) -> Table:
    columns: list[str | None] = []
    seen: dict[str, str] = {}
    ignored: list[str] = []
    for cell in header:
        if _is_blank(cell):
            columns.append(None)
            continue
        name = canonical_name(str(cell))
        if name is None:
            ignored.append(str(cell).strip())
        elif name in seen:
            raise ImportFileError(
                f"Die Spalte „{name}“ kommt doppelt vor („{seen[name]}“ und „{str(cell).strip()}“)."
            )
        else:
            seen[name] = str(cell).strip()
        columns.append(name)
    missing = [name for name in REQUIRED if name not in seen]
    if missing:
        raise ImportFileError(
            "Pflichtspalten fehlen in der Kopfzeile: "
            + ", ".join(f"„{name}“" for name in missing)
            + (f" (unbekannte Spalten: {', '.join(ignored)})" if ignored else "")
        )
    table = Table(columns=[name for name in columns if name], ignored_columns=ignored)
    for offset, record in enumerate(records, start=2):
        if all(_is_blank(cell) for cell in record):
            continue
        if len(record) > len(columns) and any(not _is_blank(c) for c in record[len(columns) :]):
            raise ImportFileError(
                f"Zeile {offset} hat mehr Zellen ({len(record)}) als die Kopfzeile "
                f"({len(columns)}). Ist das Trennzeichen richtig?"
            )
        row = {
            name: record[index] if index < len(record) else None
            for index, name in enumerate(columns)
            if name
        }
        table.rows.append((offset, row))
    return table
