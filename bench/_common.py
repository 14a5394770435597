"""Shared helpers of the benchmarks: a throw-away project database, timing, an offers sheet."""

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
