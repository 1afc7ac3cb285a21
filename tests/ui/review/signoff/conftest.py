"""What the Sign-off & report page's tests share: the demo review with this Peerview's
person as its lead, the page open on it, message boxes recorded rather than shown, and a
guard that fails a test when the page would open a modal box or dialog nobody answers.

Offscreen, a modal box waits for a click that never comes and the run hangs for ever,
far from its cause; the guard turns that into a failure saying what the box would have
said. A test that expects a box records it (``messages``) or answers it by
monkeypatching the method that asks, which the guard gives way to.

The page counts in English plurals ("1 page", "4 pages"), which Qt takes from English's
own translation as the app's start loads it (app/ui/i18n.py): the tests load it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.services import demo
from app.services.store import Store
from app.ui.review.signoff.page import SignoffPage
from app.ui.review.workspace import ReviewWorkspace
from tests.signoff_helpers import make_me_lead
from tests.ui.review.findings.findings_helpers import Messages, open_workspace, record_messages

_STATIC = {
    QMessageBox: ("warning", "information", "critical", "question"),
    QInputDialog: ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"),
    QFileDialog: (
        "getOpenFileName",
        "getOpenFileNames",
        "getSaveFileName",
        "getExistingDirectory",
    ),
}


def _refuse_static(name: str) -> Callable[..., object]:
    def opened(*args: object, **kwargs: object) -> object:
        said = " | ".join(str(a) for a in (*args, *kwargs.values()) if isinstance(a, str))
        raise AssertionError(f"{name} would wait for a click that never comes: {said}")

    return opened


def _refuse_exec(self: QDialog, *args: object) -> int:
    said = self.text() if isinstance(self, QMessageBox) else ""
    raise AssertionError(
        f"{type(self).__name__} '{self.windowTitle()}' would wait for a click that never "
        f"comes: {said}"
    )


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    for cls, names in _STATIC.items():
        for name in names:
            monkeypatch.setattr(cls, name, _refuse_static(f"{cls.__name__}.{name}"))
    for cls in (QDialog, QMessageBox):
        monkeypatch.setattr(cls, "exec", _refuse_exec)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch, no_modal_dialogs: None) -> Messages:
    """The warnings and notices the page shows, recorded (after the guard, so these win)."""
    return record_messages(monkeypatch)


@pytest.fixture
def review(store: Store) -> str:
    """The demo, with this Peerview's person as its lead reviewer (tests/signoff_helpers.py)."""
    made = demo.create_demo(store)
    make_me_lead(store, made)
    return made


@pytest.fixture
def workspace(qtbot: QtBot, store: Store, review: str) -> Iterator[ReviewWorkspace]:
    yield from open_workspace(qtbot, store, review)


@pytest.fixture
def page(workspace: ReviewWorkspace) -> SignoffPage:
    shown = workspace.show_page("signoff")
    assert isinstance(shown, SignoffPage)
    return shown
