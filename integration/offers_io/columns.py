"""The columns of an offers sheet, their German aliases and whether they are required.

Export writes the canonical names in this order; import accepts either name
in any letter case, with spaces, hyphens and underscores treated alike.
"""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    aliases: tuple[str, ...] = ()
    required: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("external_id", ("id",), required=True),
    Column("title", ("titel",), required=True),
    Column("summary", ("kurzbeschreibung",)),
    Column("description", ("beschreibung",)),
    Column("provider", ("träger",), required=True),
    Column("action_fields", ("handlungsfelder",), required=True),
    Column("target_groups", ("zielgruppen",)),
    Column("languages", ("sprachen",)),
    Column("district", ("stadtteil",)),
    Column("street", ("straße",)),
    Column("postcode", ("plz",)),
    Column("city", ("ort",)),
    Column("latitude", ("breitengrad",)),
    Column("longitude", ("längengrad",)),
    Column("contact_name", ("ansprechperson",)),
    Column("email", ("e-mail",)),
    Column("phone", ("telefon",)),
    Column("website", ()),
    Column("schedule", ("zeiten",)),
    Column("cost", ("kosten",)),
    Column("registration_required", ("anmeldung",)),
    Column("wheelchair_accessible", ("barrierefrei",)),
    Column("childcare", ("kinderbetreuung",)),
    Column("valid_from", ("gültig_ab",)),
    Column("valid_until", ("gültig_bis",)),
    Column("last_reviewed_on", ("geprüft_am",)),
)

REQUIRED = tuple(column.name for column in COLUMNS if column.required)


def normalise_header(text: str) -> str:
    """``" Gültig-ab "`` → ``"gültig_ab"``; ``"Straße"`` and ``"strasse"`` → ``"straße"``."""
    key = re.sub(r"[\s\-]+", "_", str(text).strip().lower())
    return key.replace("strasse", "straße")


_BY_KEY = {
    normalise_header(key): column.name
    for column in COLUMNS
    for key in (column.name, *column.aliases)
}
# "e-mail" normalises to "e_mail"; accept the plain "email" spelling too.
_BY_KEY.setdefault("e_mail", "email")


def canonical_name(header: str) -> str | None:
    """The canonical column for a header cell, or ``None`` when unknown."""
    return _BY_KEY.get(normalise_header(header))
