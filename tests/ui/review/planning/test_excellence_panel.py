"""The host's Areas of Excellence on the Planning page: a nomination recorded from the
keyboard is what ``excellence`` lists and the page shows; one named by someone who is not
the host's is refused with the service's reason and stores nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services import evidence, excellence, findings
from app.services.store import Store
from app.ui.review.planning.nomination_dialog import NominationDialog, NominationInput
from app.ui.review.planning.page import PlanningPage
from tests.services.conftest import log_entries
from tests.signoff_helpers import make_me_lead
from tests.ui.keys import focused, press, tab, type_text
from tests.ui.review.findings.findings_helpers import record_messages
from tests.ui.workspace_fixtures import Opened


def planning_page(opened: Opened) -> PlanningPage:
    page = opened.page("planning")
    assert isinstance(page, PlanningPage)
    return page


def test_a_nomination_typed_in_is_stored_and_listed(
    qtbot: QtBot, opened: Opened, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = planning_page(opened)
    panel = page.excellence
    assert panel.titles() == []
    assert panel.model.item(0).text().startswith("None yet")
    seen: dict[str, object] = {}

    def drive(dialog: NominationDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title_edit)
        type_text("Llafaredd ar draws yr ysgol – ŵ")
        tab(qtbot)
        assert focused() is dialog.text
        type_text("Oracy in every class, Reception to Year 6.")
        tab(qtbot)
        assert focused() is dialog.person
        # The host's leader is offered first; the visit's first day stands in for today,
        # the latest day a nomination can carry.
        seen["person"] = dialog.person.currentText()
        seen["day"] = dialog.day.date().toString("yyyy-MM-dd")
        seen["people"] = [dialog.person.itemText(i) for i in range(dialog.person.count())]
        tab(qtbot)
        assert focused() is dialog.day
        dialog.day.setDate(QDate(2026, 11, 2))
        seen["unnamed"] = [
            type(w).__name__
            for w in dialog.findChildren(QWidget)
            if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.accessibleName()
        ]
        press(qtbot, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(NominationDialog, "exec", drive)
    # Alt+M reaches the team, Alt+X the list of nominations, Alt+N opens the form.
    page.focus_edit.setFocus()
    qtbot.waitUntil(page.focus_edit.hasFocus)
    qtbot.keyClick(page.focus_edit, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.team.view.hasFocus)
    qtbot.keyClick(page.team.view, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.view.hasFocus)
    qtbot.keyClick(panel.view, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    # A mnemonic clicks its button after a short animation.
    qtbot.waitUntil(lambda: "unnamed" in seen and not QApplication.activeModalWidget())
    assert seen["person"] == "Kerry Adebayo"
    assert seen["people"] == ["Kerry Adebayo", "Priya Natarajan", "Mark Greaves"]
    assert seen["day"] == "2026-11-17"
    assert seen["unnamed"] == []

    (stored,) = excellence.nominations(store, opened.review_id)
    assert stored.title == "Llafaredd ar draws yr ysgol – ŵ"
    assert stored.text == "Oracy in every class, Reception to Year 6."
    assert (stored.nominated_by, stored.nominated_on) == ("Kerry Adebayo", "2026-11-02")
    assert stored.finding_id is None
    # Shown at once (the change went through the bus), with its state.
    (shown,) = panel.titles()
    assert "Llafaredd ar draws yr ysgol – ŵ" in shown
    assert "\nNominated, not validated · nominated by Kerry Adebayo, 2 Nov 2026" in shown
    tip = panel.model.item(0).toolTip()
    assert "not validated yet: the report leaves it out" in tip
    assert tip.endswith("\nOracy in every class, Reception to Year 6.")


def test_a_nomination_by_someone_not_of_the_host_is_refused(
    qtbot: QtBot, opened: Opened, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = planning_page(opened)
    messages = record_messages(monkeypatch)
    before = len(log_entries(store))

    def reviewer_named(dialog: NominationDialog) -> int:
        dialog.title_edit.setText("Phonics")
        dialog.person.setCurrentText("Priya Natarajan")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NominationDialog, "exec", reviewer_named)
    assert page.excellence.add_nomination() is None
    [(kind, text)] = messages.shown
    assert kind == "warning"
    assert "comes from the host school: 'Priya Natarajan' is not the host's headteacher" in text
    assert excellence.nominations(store, opened.review_id) == []
    assert len(log_entries(store)) == before
    assert page.excellence.titles() == []

    def after_the_visit(dialog: NominationDialog) -> int:
        dialog.title_edit.setText("Phonics")
        dialog.day.setDate(QDate(2026, 11, 20))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NominationDialog, "exec", after_the_visit)
    assert page.excellence.add_nomination() is None
    assert "before the visit" in messages.shown[-1][1]
    assert excellence.nominations(store, opened.review_id) == []

    def untitled(dialog: NominationDialog) -> int:
        dialog.accept()  # refused in the dialog: the problem shows beside the fields
        seen_error.append(dialog.error.text())
        dialog.reject()
        return dialog.result()

    seen_error: list[str] = []
    monkeypatch.setattr(NominationDialog, "exec", untitled)
    assert page.excellence.add_nomination() is None
    assert seen_error == ["Give the Area of Excellence a title."]
    assert len(log_entries(store)) == before


def test_a_nomination_is_undone_or_deleted_with_the_keyboard(
    qtbot: QtBot, opened: Opened, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = planning_page(opened)
    panel = page.excellence
    value = NominationInput("Raeding", "", "Kerry Adebayo", "2026-11-03")
    nomination = panel.apply_nomination(value)
    assert nomination is not None and len(panel.titles()) == 1
    opened.window.undo_action.trigger()
    assert excellence.nominations(store, opened.review_id) == [] and panel.titles() == []
    opened.window.redo_action.trigger()
    assert [n.title for n in excellence.nominations(store, opened.review_id)] == ["Raeding"]

    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert excellence.nominations(store, opened.review_id) == [] and panel.titles() == []
    opened.window.undo_action.trigger()
    assert len(panel.titles()) == 1

    # One the team has validated stays, and the page says why.
    messages = record_messages(monkeypatch)
    make_me_lead(store, opened.review_id)
    note = evidence.add_note(store, opened.review_id, "Pupils read aloud with expression.")
    aoe = findings.create_finding(
        store, opened.review_id, "area_of_excellence", "Reading", note_ids=[note.note_id]
    )
    changes = excellence.validate(store, nomination, aoe.finding_id, "2026-11-18")
    opened.window.bus.publish(changes)
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert "so it stays" in messages.shown[-1][1]
    assert len(excellence.nominations(store, opened.review_id)) == 1
