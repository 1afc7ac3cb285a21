"""The windows the GUI tests drive, shared: ``window`` (the main window on screen and
active) and ``opened`` (one review open in it, with a team). A test module that needs
another window size says so with ``WINDOW_SIZE = (width, height)``.

The application has the bundled fonts before any window exists, as the app's own start
gives it (app/ui/app.py): a page registering them later would change the interface font's
metrics under a window already laid out, which no person ever sees.

Both wait at teardown for the background workers the test started (app/ui/tasks.py) and
deliver their outcome while the store is still open: a worker still reading when the store
closes would fail in the next test, far from its cause.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.store import Store
from app.ui import tasks
from app.ui.fonts import register_app_fonts
from app.ui.home.main_window import MainWindow
from tests.ui.helpers import shown_window
from tests.ui.workspace_fixtures import Opened, open_review
from tools import translations


@pytest.fixture(scope="session", autouse=True)
def _app_fonts(qapp: QApplication) -> None:
    register_app_fonts()


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: QApplication) -> Iterator[None]:
    """English's plural forms ("1 visit", "2 visits"), which the app always loads
    (app/ui/i18n.py): without them a count reads "2 visit(s)"."""
    if translations.needs_release():
        translations.release()
    english = QTranslator(qapp)
    assert english.load(str(translations.qm_path("en"))), "peerview_en.qm did not load"
    qapp.installTranslator(english)
    yield
    qapp.removeTranslator(english)


def _size(request: pytest.FixtureRequest) -> tuple[int, int] | None:
    size: tuple[int, int] | None = getattr(request.module, "WINDOW_SIZE", None)
    return size


def _settle(qtbot: QtBot) -> None:
    assert tasks.wait_for_tasks(30_000), "a background task was still running after 30 s"
    # The outcome reaches the window through a timer on this thread (tasks.py).
    qtbot.waitUntil(lambda: tasks.running() == 0, timeout=5_000)


@pytest.fixture
def window(qtbot: QtBot, store: Store, request: pytest.FixtureRequest) -> Iterator[MainWindow]:
    yield shown_window(qtbot, store, _size(request))
    _settle(qtbot)


@pytest.fixture
def opened(qtbot: QtBot, store: Store, request: pytest.FixtureRequest) -> Iterator[Opened]:
    opened = open_review(qtbot, store)
    size = _size(request)
    if size is not None:
        opened.window.resize(*size)
    yield opened
    _settle(qtbot)
