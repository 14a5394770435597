"""Errors of the offer import, worded for the editors who fix the sheet."""

from dataclasses import dataclass


class ImportFileError(Exception):
    """The file as a whole cannot be read (format, encoding, header)."""


@dataclass(frozen=True)
class RowError:
    """One problem in one cell (or row) of the sheet.

    ``row`` counts as a spreadsheet program does: the header is row 1.
    """

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"Zeile {self.row}" + (f", Spalte „{self.column}“" if self.column else "")
        return f"{where}: {self.message}"
