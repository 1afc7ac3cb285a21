"""English plural forms for GUI tests that read a count ("1 note", "3 notes").

The window loads English's own translation, which carries only its plural forms; tests
run without any translator, where a plural message would read "3 note(s)". A test module
that reads counts uses this fixture: ``pytestmark = pytest.mark.usefixtures(
"english_plurals")`` after importing it.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from tools import translations

_built: list[Path] = []


def _english_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Built here from the sources, not taken from resources/: that file is built by ./dev
    # and may be older than the .ts files, or being rebuilt by another test worker.
    if not _built:
        target = tmp_path_factory.mktemp("plurals") / "peerview_en.qm"
        sources = sorted((translations.FOLDER / "en").glob("*.ts"))
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run(
            [str(lrelease), "-silent", *map(str, sources), "-qm", str(target)], check=True
        )
        _built.append(target)
    return _built[0]


@pytest.fixture
def english_plurals(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    qm = _english_qm(tmp_path_factory)
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
