"""Shared helpers of the benchmarks: a throw-away project database and timing."""

import os
import platform
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
