"""The core never imports Qt: models, services, sync and reports run in plain Python, so
the CLI, tests and a headless server can use them without a display or PySide6."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE_PACKAGES = ("app.models", "app.services", "app.sync", "app.reports")
CORE_MODULES = ("app.ids", "app.paths", "app.fileio", "app.version", "app.dates", "app.textdiff")

SCRIPT = """
import importlib, json, pkgutil, sys

imported = []
for name in {modules!r}:
    importlib.import_module(name)
    imported.append(name)
for name in {packages!r}:
    package = importlib.import_module(name)
    imported.append(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        importlib.import_module(info.name)
        imported.append(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
print(json.dumps({{"imported": imported, "qt": qt}}))
"""


def test_importing_every_core_module_loads_no_qt() -> None:
    code = SCRIPT.format(modules=CORE_MODULES, packages=CORE_PACKAGES)
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    imported = set(result["imported"])
    # Not vacuous: the walk reached the modules that matter.
    assert {"app.models.database", "app.services.store", "app.services.search"} <= imported
    assert not any(name.startswith(("app.ui", "app.cli")) for name in imported)
    assert result["qt"] == [], f"Qt imported by the core: {result['qt']}"
    assert "PySide6" not in result["qt"]
