"""Offers in and out: spreadsheet import with validation, open-data export.

``read_table`` turns an uploaded CSV or XLSX file into rows; ``OfferImporter``
validates them and plans what would change, then applies the plan in one
transaction; the exporters write the live directory in the same columns, so
an export re-imports unchanged.
"""

from .columns import COLUMNS, Column
from .errors import ImportFileError, RowError
from .reading import Table, read_table

__all__ = ["COLUMNS", "Column", "ImportFileError", "RowError", "Table", "read_table"]
