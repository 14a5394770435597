"""Parsers for the cells of an offers sheet.

Each parser takes a raw cell (text from CSV, or a typed value from XLSX) and
returns a clean value or raises ``ValueError`` with a message an editor can
act on.
"""

import datetime
import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator

from .reading import Cell

TRUE_WORDS = {"ja", "j", "yes", "y", "x", "1", "true", "wahr"}
FALSE_WORDS = {"nein", "n", "no", "0", "false", "falsch", "-"}
FREE_WORDS = {"kostenlos", "free", "0", "0,00", "0.00", "gratis", "kostenfrei", "umsonst"}
PAID_WORDS = {"kostenpflichtig", "paid", "fee", "gebührenpflichtig"}
ZERO_AMOUNT = re.compile(r"^0+([.,]0+)?\s*(€|eur|euro)?$", re.IGNORECASE)
LIST_SEPARATORS = re.compile(r"\s*[;|]\s*")


def text(cell: Cell) -> str:
    """A cell as trimmed text; whole numbers from XLSX lose their ``.0``."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime.datetime):
        return cell.date().isoformat()
    if isinstance(cell, datetime.date):
        return cell.isoformat()
    return str(cell).strip()


def parse_list(cell: Cell) -> list[str]:
    """``"Frauen; Jugendliche | Eltern"`` → three values; empty items are dropped."""
    return [item for item in LIST_SEPARATORS.split(text(cell)) if item]


def parse_bool(cell: Cell) -> bool:
    if isinstance(cell, bool):
        return cell
    value = text(cell).lower()
    if not value:
        return False
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise ValueError(f"„{text(cell)}“ ist kein Ja/Nein-Wert (erlaubt: ja, nein, yes, no, x, 1, 0).")


def parse_date(cell: Cell) -> datetime.date | None:
    if isinstance(cell, datetime.datetime):
        return cell.date()
    if isinstance(cell, datetime.date):
        return cell
    value = text(cell)
    if not value:
        return None
    for pattern in ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"):
        try:
            return datetime.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"„{value}“ ist kein Datum (erwartet 2025-03-01 oder 01.03.2025).")


def parse_decimal(cell: Cell) -> Decimal | None:
    """German (``50,7753``) and English (``50.7753``) decimal notation."""
    if isinstance(cell, bool):
        raise ValueError(f"„{cell}“ ist keine Zahl.")
    if isinstance(cell, int | float):
        return Decimal(str(cell)).quantize(Decimal("0.000001"))
    value = text(cell).replace(" ", "")
    if not value:
        return None
    if "," in value and "." not in value:
        value = value.replace(",", ".")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"„{text(cell)}“ ist keine Zahl.") from None
    if not number.is_finite():
        raise ValueError(f"„{text(cell)}“ ist keine Zahl.")
    return number.quantize(Decimal("0.000001"))


def parse_cost(cell: Cell) -> tuple[bool, str]:
    """``(is_free, cost_note)``: empty or "kostenlos"/"free"/"0" is free, anything else a fee.

    "kostenpflichtig" alone means a fee without a note (what export writes then).
    """
    value = text(cell)
    if not value or value.lower() in FREE_WORDS or ZERO_AMOUNT.match(value):
        return True, ""
    if value.lower() in PAID_WORDS:
        return False, ""
    return False, value


_email = EmailValidator()
_url = URLValidator(schemes=["http", "https"])


def parse_email(cell: Cell) -> str:
    value = text(cell)
    if not value:
        return ""
    try:
        _email(value)
    except ValidationError:
        raise ValueError(f"„{value}“ ist keine gültige E-Mail-Adresse.") from None
    return value


def parse_url(cell: Cell) -> str:
    """A web address; ``www.example.org`` is read as ``https://www.example.org``."""
    value = text(cell)
    if not value:
        return ""
    if "://" not in value:
        value = f"https://{value}"
    try:
        _url(value)
    except ValidationError:
        raise ValueError(f"„{text(cell)}“ ist keine gültige Webadresse.") from None
    return value
