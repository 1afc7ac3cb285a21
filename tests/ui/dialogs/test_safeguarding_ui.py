"""Recording a safeguarding concern from the workspace: a distinct action with its own
shortcut, the DSL named, the reminder shown, and the concern never in notes, search or
coverage."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from app.services import coverage, evidence, safeguarding, search
from app.services.store import Store
from app.ui.dialogs.concerns_dialog import ConcernColumn, ConcernsDialog
from app.ui.dialogs.safeguarding_dialog import SafeguardingDialog
from app.ui.review.coverage.page import CoveragePage
from tests.ui.keys import focused, press, tab, type_text
from tests.ui.workspace_fixtures import Opened

CONCERN = "Disgybl Bl4 wedi dweud rhywbeth pryderus am adref; geiriau: zephyrine."


def test_action_is_separate_with_its_own_shortcut_and_menu(opened: Opened) -> None:
    action = opened.window.safeguarding_action
    assert action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+Shift+S"
    assert action in opened.window.review_menu.actions()
    button = opened.workspace.findChild(QToolButton, "safeguarding_button")
    assert button is not None and button.defaultAction() is action
    assert button.accessibleName() == "Record a safeguarding concern"
    opened.window.show_home()
    assert not action.isEnabled()


def test_record_a_concern_from_the_keyboard(
    qtbot: QtBot, opened: Opened, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    evidence.add_note(store, opened.review_id, "Pupils in Y4 read aloud.", strand_codes=["C2"])
    before = coverage.review_coverage(store, opened.review_id)
    seen: dict[str, object] = {}

    def drive(dialog: SafeguardingDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        dialog.text.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text)
        seen["reminder"] = dialog.reminder.text()
        seen["passed_to"] = dialog.passed_to.text()
        seen["unnamed"] = [
            type(w).__name__
            for w in dialog.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.accessibleName()
        ]
        type_text(CONCERN)
        tab(qtbot, 2)  # when, pass it to
        assert focused() is dialog.passed_to
        press(qtbot, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(SafeguardingDialog, "exec", drive)
    qtbot.keyClick(
        opened.workspace.tabs.currentWidget(),
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert seen["unnamed"] == []
    assert seen["passed_to"] == "Mark Greaves"
    assert "in person today" in str(seen["reminder"])
    assert "Mark Greaves" in str(seen["reminder"])
    [concern] = safeguarding.list_concerns(store, opened.review_id)
    assert (concern.text, concern.passed_to) == (CONCERN, "Mark Greaves")
    assert "Pass it on in person today to Mark Greaves" in opened.window.banner.text()

    # Never evidence: not in the notes list, not found by search, not counted.
    assert [n.text for n in evidence.list_notes(store, opened.review_id)] == [
        "Pupils in Y4 read aloud."
    ]
    assert search.search_notes(store, opened.review_id, "zephyrine") == []
    assert search.search_notes(store, opened.review_id, "pryderus") == []
    assert coverage.review_coverage(store, opened.review_id) == before
    page = opened.page("coverage")
    assert isinstance(page, CoveragePage)
    qtbot.waitUntil(lambda: page.coverage is not None)
    with qtbot.waitSignal(page.updated):
        page.refresh()
    assert page.coverage == before


def test_an_empty_concern_is_refused_in_the_dialog(
    qtbot: QtBot, opened: Opened, store: Store
) -> None:
    dialog = SafeguardingDialog(store, opened.review_id, opened.window)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog)
    assert "Write what you saw or heard" in dialog.error.text()
    assert safeguarding.list_concerns(store, opened.review_id) == []


def test_concerns_list_marks_one_passed_on(
    qtbot: QtBot, opened: Opened, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _ = safeguarding.record_concern(
        store, opened.review_id, "First concern.", observed_at="2026-11-17T10:05"
    )
    safeguarding.record_concern(
        store,
        opened.review_id,
        "Second concern.",
        observed_at="2026-11-17T11:40",
        passed_on_at="2026-11-17T11:50",
    )
    seen: dict[str, object] = {}

    def drive(dialog: ConcernsDialog) -> int:
        model = dialog.model
        seen["rows"] = [
            [str(model.index(r, c).data()) for c in ConcernColumn] for r in range(model.rowCount())
        ]
        seen["unnamed"] = [
            type(w).__name__
            for w in dialog.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.accessibleName()
        ]
        assert dialog.passed_on_button.isEnabled()  # the first row waits to be passed on
        dialog.passed_on_button.click()
        seen["after"] = dialog.passed_on_button.isEnabled()
        return 0

    monkeypatch.setattr(ConcernsDialog, "exec", drive)
    assert opened.window.concerns_action in opened.window.review_menu.actions()
    opened.window.concerns_action.trigger()
    assert seen["unnamed"] == []
    assert seen["rows"] == [
        ["17 Nov 2026, 10:05", "Mark Greaves", "Not yet: pass it on today", "First concern."],
        [
            "17 Nov 2026, 11:40",
            "Mark Greaves",
            "17 Nov 2026, 11:50; erased here 24 Nov 2026",
            "Second concern.",
        ],
    ]
    assert seen["after"] is False
    passed = {c.id: c.passed_on_at for c in safeguarding.list_concerns(store, opened.review_id)}
    assert passed[first] != ""
