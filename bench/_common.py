"""Shared helpers of the benchmarks: a throw-away project database, timing, an offers sheet."""

import argparse
import csv
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def fresh_database(database_url: str | None = None) -> dict[str, str]:
    """Environment for manage.py with a new, migrated database holding the demo content."""
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="config.settings.dev")
    if database_url is None:
        folder = tempfile.mkdtemp(prefix="integration-bench-")
        database_url = f"sqlite:///{folder}/bench.sqlite3"
    env["DATABASE_URL"] = database_url
    manage("migrate", "-v0", env=env)
    manage("load_demo_content", "-v0", env=env)
    return env


def manage(*args: str, env: dict[str, str]) -> float:
    """Run ``manage.py`` in a subprocess; return its wall-clock seconds."""
    started = time.perf_counter()
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)
    return time.perf_counter() - started


def manage_output(*args: str, env: dict[str, str]) -> str:
    """Run ``manage.py`` in a subprocess; return what it wrote to standard output."""
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return result.stdout


# An offers sheet as German Excel saves it (see write_sheet).
ACTION_FIELDS = [
    "Sprache / Bildung",
    "arbeit-weiterbildung",
    "Wohnen / Sozialplanung",
    "kultur-religion",
    "Sport / Gesundheit",
    "sicherheit-rassismus-extremismus",
    "Öffentlichkeitsarbeit / Presse",
]
GROUPS = ["Geflüchtete", "Frauen", "Jugendliche", "Seniorinnen und Senioren", "Studierende"]
LANGUAGES = ["de", "Arabisch", "en", "Persisch (Farsi, Dari)", "tr", "Russisch", "uk"]
PROVIDERS = [
    "Volkshochschule Aachen",
    "Caritasverband für die Regionen Aachen-Stadt und Aachen-Land",
]
HEADER = [
    "id", "Titel", "Kurzbeschreibung", "Beschreibung", "Träger", "Handlungsfelder",
    "Zielgruppen", "Sprachen", "Straße", "PLZ", "Ort", "Breitengrad", "Längengrad",
    "E-Mail", "Telefon", "Website", "Zeiten", "Kosten", "Anmeldung", "Barrierefrei",
    "Kinderbetreuung", "gültig_ab", "geprüft_am",
]  # fmt: skip


def write_sheet(
    path: Path,
    count: int,
    seed: int = 7,
    *,
    title: str = "Deutschkurs für Erwachsene Nr. {number}",
    summary: str = "Deutsch lernen im Alltag, in kleinen Gruppen.",
    encoding: str = "cp1252",
) -> None:
    """Write a sheet of ``count`` offers ``BENCH-00000``, ``BENCH-00001``, ….

    The same ``seed`` gives every offer the same providers, action fields,
    groups, languages and place in every sheet, so a sheet with other
    ``title`` and ``summary`` (``{number}`` is the offer's number) is the
    same directory in another language. Other scripts than Latin need
    ``encoding="utf-8"``.
    """
    rng = random.Random(seed)
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for number in range(count):
            writer.writerow(
                [
                    f"BENCH-{number:05d}",
                    title.format(number=number),
                    summary.format(number=number),
                    "Wir üben Sprechen, Hören und Schreiben.\n\nMit Kinderbetreuung.",
                    rng.choice(PROVIDERS + [f"Verein Nr. {number % 40}"]),
                    " | ".join(rng.sample(ACTION_FIELDS, 2)),
                    "; ".join(rng.sample(GROUPS, 2)),
                    "; ".join(rng.sample(LANGUAGES, 3)),
                    f"Beispielstraße {number % 90 + 1}",
                    "52062",
                    "Aachen",
                    f"{50.70 + rng.random() * 0.15:.6f}".replace(".", ","),
                    f"{5.98 + rng.random() * 0.24:.6f}".replace(".", ","),
                    f"kurs{number}@example.org",
                    "0241 0100-0",
                    "www.example.org",
                    "Mo und Mi 9–11 Uhr",
                    rng.choice(["kostenlos", "20 € pro Kurs"]),
                    rng.choice(["ja", "nein"]),
                    rng.choice(["x", ""]),
                    rng.choice(["1", "0"]),
                    "01.03.2025",
                    "2026-01-15",
                ]
            )


def positive(value: str) -> int:
    """An ``argparse`` type: a whole number of at least 1."""
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


# Writing figures into the docs ------------------------------------------------


def _section_bounds(rows: list[str], heading: str) -> tuple[int, int] | None:
    start = next((i for i, row in enumerate(rows) if row.rstrip("\n") == heading), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(rows)) if rows[i].startswith("## ")), len(rows))
    return start, end


def replace_section(path: Path, heading: str, body: str, title: str = "") -> None:
    """Replace the section under ``heading`` (up to the next ``## ``) or add it at the end.

    A missing file starts with ``title``; nothing outside the section changes.
    """
    text = path.read_text() if path.exists() else title
    rows = text.splitlines(keepends=True)
    section = heading + "\n\n" + body.rstrip("\n") + "\n"
    bounds = _section_bounds(rows, heading)
    if bounds is None:
        path.write_text(text.rstrip("\n") + "\n\n" + section)
        return
    start, end = bounds
    after = "".join(rows[end:])
    path.write_text("".join(rows[:start]) + section + ("\n" + after if after else ""))


def replace_block(
    path: Path, heading: str, introduction: str, title: str, lines: list[str], repeat: str
) -> None:
    """Put ``lines`` under ``### title`` in the section ``heading`` of ``path``.

    The section reads: ``introduction`` and any notes written below it, its
    ``###`` blocks (those of other titles, such as the other database, kept
    as they are; SQLite first), then the ``repeat`` line, which starts with
    "Repeat:".
    """
    existing = ""
    if path.exists():
        rows = path.read_text().splitlines(keepends=True)
        if bounds := _section_bounds(rows, heading):
            existing = "".join(rows[bounds[0] + 1 : bounds[1]]).split("\nRepeat: ")[0]
    blocks: dict[str, str] = {}
    preamble = ""
    current = None
    for line in existing.splitlines(keepends=True):
        if line.startswith("### "):
            current = line[4:].strip()
            blocks[current] = ""
        if current:
            blocks[current] += line
        else:
            preamble += line
    blocks[title] = f"### {title}\n\n" + "\n".join(lines) + "\n"
    order = sorted(blocks, key=lambda name: (not name.startswith("SQLite"), name))
    introduction = introduction.strip("\n")
    notes = preamble.strip("\n")
    notes = notes[len(introduction) :].strip("\n") if notes.startswith(introduction) else ""
    parts = [introduction + "\n", *([notes + "\n"] if notes else [])]
    parts += [blocks[name].rstrip("\n") + "\n" for name in order]
    parts.append(repeat.rstrip("\n") + "\n")
    replace_section(path, heading, "\n".join(parts))
