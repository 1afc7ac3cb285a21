"""The Sync page and bundle import in the window, as a person uses them: two real stores
with real identities exchange bundles through the GUI actions; only dialogs' ``exec`` and
the file pickers are patched."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.services import evidence, frameworks, reviews
from app.services.identity import PublicCard, export_card
from app.services.store import Store
from app.sync.exporter import export_bundle
from app.sync.importer import import_bundle
from app.ui.dialogs.fingerprint_dialog import FingerprintDialog
from app.ui.home.main_window import MainWindow
from app.ui.sync.page import FOLDER_KEY, SyncPage
from app.ui.sync.report_dialog import ImportReportDialog
from app.ui.sync.send_dialog import SendDialog
from tests.identity_helpers import cheap_kdf, exchange_cards, make_identity  # noqa: F401
from tests.ui.helpers import make_review


@dataclass
class Side:
    store: Store
    card: PublicCard
    folder: Path


@dataclass
class Pair:
    lead: Side
    reviewer: Side
    review_id: str
    tmp: Path


def _side(tmp: Path, name: str, role: str) -> Side:
    folder = tmp / name.split()[0]
    store = Store.open(folder)
    frameworks.ensure_default(store)
    return Side(store, make_identity(store, name, role=role), folder)


@pytest.fixture
def pair(tmp_path: Path, cheap_kdf: None) -> Iterator[Pair]:  # noqa: F811
    lead = _side(tmp_path, "Siân Pritchard", "lead_reviewer")
    reviewer = _side(tmp_path, "Łukasz Nowak", "reviewer")
    exchange_cards(lead.store, reviewer.store)
    review_id = make_review(lead.store, "Ysgol y Bont", "Adolygiad y gwanwyn")
    with lead.store.write() as tx:
        for side, role in ((lead, "lead_reviewer"), (reviewer, "reviewer")):
            person = reviews.create_person(tx, side.card.name, None, "reviewer", side.card.key_id)
            reviews.add_team_member(tx, review_id, person, role)
    # Before the visit the lead hands the plan to the reviewer (the CLI's way).
    plan = tmp_path / "plan.pvbundle"
    export_bundle(lead.store, review_id, plan)
    import_bundle(reviewer.store, plan)
    yield Pair(lead, reviewer, review_id, tmp_path)
    lead.store.close()
    reviewer.store.close()


def window_on(qtbot: QtBot, store: Store, review_id: str | None = None) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    if review_id is not None:
        window.open_review(review_id)
    return window


def sync_page(window: MainWindow) -> SyncPage:
    assert window.workspace is not None
    page = window.workspace.show_page("sync")
    assert isinstance(page, SyncPage)
    return page


def wait_task(qtbot: QtBot, runner: Any) -> None:
    assert runner.task is not None
    qtbot.waitUntil(lambda: runner.task.finished, timeout=20_000)


@pytest.fixture
def reports(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The import reports shown, as their text."""
    shown: list[str] = []

    def exec_(self: ImportReportDialog) -> int:
        shown.append(self.text.toPlainText())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportReportDialog, "exec", exec_)
    return shown


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def exec_(self: QMessageBox) -> int:
        said.append(self.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return said


def pick_open(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(p) for p in paths], ""))
    )


def test_reviewer_sends_and_lead_opens_a_bundle(
    qtbot: QtBot,
    pair: Pair,
    monkeypatch: pytest.MonkeyPatch,
    reports: list[str],
) -> None:
    note = evidence.add_note(
        pair.reviewer.store, pair.review_id, "Disgyblion Blwyddyn 5 yn ailddrafftio’n hyderus."
    ).note_id
    reviewer = window_on(qtbot, pair.reviewer.store, pair.review_id)
    page = sync_page(reviewer)
    asked: list[list[str]] = []

    def send_exec(self: SendDialog) -> int:
        asked.append(self.chosen())  # the team's trusted members come ticked
        self.accept()
        return self.result()

    monkeypatch.setattr(SendDialog, "exec", send_exec)
    out = pair.tmp / "to the lead.pvbundle"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    wait_task(qtbot, page.runner)
    assert asked == [[pair.lead.card.key_id]]
    assert out.is_file()
    assert page.sent_model.rowCount() == 1
    assert "Siân Pritchard" in page.sent_model.index(0, 1).data()

    lead = window_on(qtbot, pair.lead.store, pair.review_id)
    capture = lead.workspace.show_page("capture")  # type: ignore[union-attr]
    assert capture.model.row_of(note) is None  # type: ignore[attr-defined]
    lead_page = sync_page(lead)
    pick_open(monkeypatch, out)
    qtbot.mouseClick(lead_page.open_button, Qt.MouseButton.LeftButton)
    wait_task(qtbot, lead_page.runner)
    assert len(reports) == 1
    assert "From Łukasz Nowak" in reports[0] and "Added" in reports[0]
    assert lead_page.received_model.rowCount() == 1
    assert lead_page.received_model.item(0).sender_name == "Łukasz Nowak"
    assert lead_page.received_model.item(0).added >= 1
    assert capture.model.row_of(note) is not None  # type: ignore[attr-defined]
    assert "(1)" in lead_page.lists.tabText(1)


def drop_on(window: MainWindow, path: Path, target: QWidget | None = None) -> None:
    """As Qt delivers a drag: enter (which picks the target), then the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton)
    enter = QDragEnterEvent(QPointF(50, 50).toPoint(), *args, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target or window.centralWidget(), enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(50, 50), *args, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target or window.centralWidget(), event)


def test_a_dropped_bundle_imports_and_a_dropped_photo_is_refused(
    qtbot: QtBot, pair: Pair, reports: list[str], messages: list[str]
) -> None:
    evidence.add_note(pair.reviewer.store, pair.review_id, "Pupils checked each other's work.")
    out = pair.tmp / "dropped.pvbundle"
    export_bundle(pair.reviewer.store, pair.review_id, out)
    photo = pair.tmp / "board.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not a bundle")
    lead = window_on(qtbot, pair.lead.store)  # home: no review open

    drop_on(lead, photo)
    assert len(messages) == 1 and "board.jpg is not a Peerview bundle" in messages[0]
    assert reports == []
    drop_on(lead, out)
    wait_task(qtbot, lead.bundle_import.runner)
    assert len(reports) == 1 and "From Łukasz Nowak" in reports[0]
    # Also on the File menu, from home.
    assert lead.bundle_import.action in lead.file_menu.actions()


def test_quarantined_bundle_shows_its_fingerprint_and_imports_after_trusting(
    qtbot: QtBot,
    pair: Pair,
    monkeypatch: pytest.MonkeyPatch,
    reports: list[str],
) -> None:
    stranger = _side(pair.tmp, "Eve Stranger", "reviewer")
    card = pair.tmp / "eve.peerview-card.json"
    export_card(stranger.store, card)
    lead_card = pair.tmp / "lead.peerview-card.json"
    export_card(pair.lead.store, lead_card)
    from app.services.identity import trust_card_file

    trust_card_file(stranger.store, lead_card)  # she can write to the lead; not the reverse
    their_review = make_review(stranger.store, "Ysgol Arall", "Eve's review")
    out = pair.tmp / "from eve.pvbundle"
    export_bundle(stranger.store, their_review, out, to=[pair.lead.card.key_id])
    stranger.store.close()

    lead = window_on(qtbot, pair.lead.store, pair.review_id)
    page = sync_page(lead)
    pick_open(monkeypatch, out)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    wait_task(qtbot, page.runner)
    assert "Quarantined" in reports[0] and stranger.card.fingerprint in reports[0]
    assert page.quarantine_model.rowCount() == 1
    page.lists.setCurrentIndex(4)
    assert stranger.card.fingerprint in page.fingerprint.text()
    assert page.received_model.rowCount() == 0

    shown: list[str] = []

    def confirm(self: FingerprintDialog) -> int:
        shown.append(self.fingerprint_label.text())
        self.checked.setChecked(True)
        self.accept()
        return self.result()

    monkeypatch.setattr(FingerprintDialog, "exec", confirm)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(card), ""))
    )
    qtbot.mouseClick(page.trust_button, Qt.MouseButton.LeftButton)
    wait_task(qtbot, page.runner)
    assert shown == [stranger.card.fingerprint]
    assert page.quarantine_model.rowCount() == 0
    assert page.received_model.item(0).sender_name == "Eve Stranger"
    assert "From Eve Stranger" in reports[-1]
    assert their_review in {r.id for r in reviews.list_reviews(pair.lead.store)}


def test_trusting_with_someone_elses_card_is_refused(
    qtbot: QtBot,
    pair: Pair,
    monkeypatch: pytest.MonkeyPatch,
    reports: list[str],
    messages: list[str],
) -> None:
    stranger = _side(pair.tmp, "Eve Stranger", "reviewer")
    lead_card = pair.tmp / "lead.peerview-card.json"
    export_card(pair.lead.store, lead_card)
    from app.services.identity import trust_card_file

    trust_card_file(stranger.store, lead_card)
    out = pair.tmp / "from eve.pvbundle"
    export_bundle(
        stranger.store, make_review(stranger.store, "S", "R"), out, to=[pair.lead.card.key_id]
    )
    stranger.store.close()
    other = pair.tmp / "reviewer.peerview-card.json"
    export_card(pair.reviewer.store, other)
    lead = window_on(qtbot, pair.lead.store, pair.review_id)
    page = sync_page(lead)
    page.runner.import_files([out])
    wait_task(qtbot, page.runner)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    page.trust_selected()
    assert "Łukasz Nowak" in messages[-1] and stranger.card.fingerprint in messages[-1]
    assert page.quarantine_model.rowCount() == 1


def _make_conflict(pair: Pair) -> str:
    note = evidence.add_note(pair.lead.store, pair.review_id, "Pupils read aloud.").note_id
    first = pair.tmp / "note.pvbundle"
    export_bundle(pair.lead.store, pair.review_id, first)
    import_bundle(pair.reviewer.store, first)
    evidence.update_note(pair.lead.store, note, text="Pupils read aloud with expression.")
    evidence.update_note(pair.reviewer.store, note, text="Y5 pupils read aloud to the class.")
    back = pair.tmp / "edit.pvbundle"
    export_bundle(pair.reviewer.store, pair.review_id, back)
    import_bundle(pair.lead.store, back)
    return note


def _note_text(store: Store, note_id: str) -> str:
    from sqlalchemy import select

    from app.models import TABLES

    t = TABLES["evidence_note"]
    with store.read() as conn:
        return str(conn.execute(select(t.c.text).where(t.c.id == note_id)).scalar())


def test_conflict_shows_both_texts_and_deciding_changes_the_value(qtbot: QtBot, pair: Pair) -> None:
    note = _make_conflict(pair)
    lead = window_on(qtbot, pair.lead.store, pair.review_id)
    page = sync_page(lead)
    assert page.conflict_model.rowCount() == 1
    texts = sorted(box.toPlainText() for box in page.panel.version_boxes)
    assert texts == ["Pupils read aloud with expression.", "Y5 pupils read aloud to the class."]
    shown = _note_text(pair.lead.store, note)
    other = next(t for t in texts if t != shown)
    index = [b.toPlainText() for b in page.panel.version_boxes].index(other)
    qtbot.mouseClick(page.panel.keep_buttons[index], Qt.MouseButton.LeftButton)
    assert _note_text(pair.lead.store, note) == other
    assert page.conflict_model.rowCount() == 0  # decided: off the open queue
    assert "(0)" in page.lists.tabText(0)
    lead.undo_action.trigger()
    assert _note_text(pair.lead.store, note) == shown
    lead.redo_action.trigger()
    assert _note_text(pair.lead.store, note) == other


def test_a_merged_text_resolves_the_conflict(qtbot: QtBot, pair: Pair) -> None:
    note = _make_conflict(pair)
    lead = window_on(qtbot, pair.lead.store, pair.review_id)
    page = sync_page(lead)
    page.panel.merged.setFocus()
    page.panel.merged.selectAll()
    from tests.ui.keys import type_text

    type_text("Y5 pupils read aloud to the class with expression – da iawn.", page.panel.merged)
    qtbot.keyClick(page, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # Use merged te&xt
    # A mnemonic "animates" the click: the press shows, the click follows a moment later.
    merged = "Y5 pupils read aloud to the class with expression – da iawn."
    qtbot.waitUntil(lambda: _note_text(pair.lead.store, note) == merged)
    page.show_decided.setChecked(True)
    assert page.conflict_model.item(0).resolved


def test_shared_folder_refuses_the_data_folder_and_syncs_on_demand(
    qtbot: QtBot,
    pair: Pair,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    from app.ui.settings import settings

    lead = window_on(qtbot, pair.lead.store, pair.review_id)
    page = sync_page(lead)
    assert not page.folder_button.isEnabled()  # no folder chosen yet
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        staticmethod(lambda *a, **k: str(pair.lead.folder.parent)),
    )
    qtbot.mouseClick(page.choose_folder_button, Qt.MouseButton.LeftButton)
    assert "data folder" in messages[-1]
    assert not settings().value(FOLDER_KEY)
    shared = pair.tmp / "Nextcloud" / "Peerview"
    shared.mkdir(parents=True)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(shared))
    )
    qtbot.mouseClick(page.choose_folder_button, Qt.MouseButton.LeftButton)
    assert settings().value(FOLDER_KEY) == str(shared.resolve())
    assert page.folder_button.isEnabled() and not page.timer.isActive()
    page.every.setChecked(True)
    assert page.timer.isActive() and page.timer.interval() == 5 * 60_000
    page.every.setChecked(False)
    assert not page.timer.isActive()
    evidence.add_note(pair.lead.store, pair.review_id, "Feedback was acted on.")
    qtbot.mouseClick(page.folder_button, Qt.MouseButton.LeftButton)
    wait_task(qtbot, page.runner)
    assert [p.name for p in shared.iterdir() if p.name.endswith(".pvbundle")]
    assert "1 sent" in page.status.text()

    # The reviewer's laptop, on a timer (quiet): the lead's bundle comes in.
    reviewer = window_on(qtbot, pair.reviewer.store, pair.review_id)
    rpage = sync_page(reviewer)
    before = rpage.received_model.rowCount()
    assert rpage.every.isEnabled()  # the folder setting is this machine's
    rpage.every.setChecked(True)
    rpage.timer.timeout.emit()  # five minutes later
    wait_task(qtbot, rpage.runner)
    assert rpage.received_model.rowCount() == before + 1
    assert "1 imported" in rpage.status.text()


def test_every_control_is_named_and_reachable_by_keyboard(qtbot: QtBot, pair: Pair) -> None:
    lead = window_on(qtbot, pair.lead.store, pair.review_id)
    workspace = lead.workspace
    assert workspace is not None
    workspace.show_page("overview")
    workspace.tabs.currentWidget().setFocus()
    qtbot.keyClick(
        workspace.tabs.currentWidget(), Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier
    )
    assert workspace.current_page_key() == "sync"
    page = sync_page(lead)
    page.refresh()
    for widget in page.findChildren(QWidget):
        if widget.isVisibleTo(page) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            assert widget.accessibleName(), f"{type(widget).__name__} has no accessible name"
    page.send_button.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    assert page.lists.currentIndex() == 4
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert page.lists.currentIndex() == 0


def _note_deleted(store: Store, note_id: str) -> bool:
    from sqlalchemy import select

    from app.models import TABLES

    t = TABLES["evidence_note"]
    with store.read() as conn:
        return bool(conn.execute(select(t.c.deleted).where(t.c.id == note_id)).scalar())


def test_edited_while_deleted_offers_keep_or_delete(qtbot: QtBot, pair: Pair) -> None:
    note = evidence.add_note(pair.lead.store, pair.review_id, "Pupils read aloud.").note_id
    first = pair.tmp / "note.pvbundle"
    export_bundle(pair.lead.store, pair.review_id, first)
    import_bundle(pair.reviewer.store, first)
    evidence.delete_note(pair.lead.store, note)
    evidence.update_note(pair.reviewer.store, note, text="Pupils read aloud, then retold it.")
    back = pair.tmp / "edit.pvbundle"
    export_bundle(pair.reviewer.store, pair.review_id, back)
    import_bundle(pair.lead.store, back)
    assert not _note_deleted(pair.lead.store, note)  # the edit wins meanwhile

    lead = window_on(qtbot, pair.lead.store, pair.review_id)
    page = sync_page(lead)
    assert page.conflict_model.rowCount() == 1
    assert page.panel.delete_record.isVisible() and page.panel.keep_record.isVisible()
    assert not page.panel.merge_button.isVisible()
    shown = sorted(b.toPlainText() for b in page.panel.version_boxes)
    assert shown == ["Deleted the record.", "text: Pupils read aloud, then retold it."]
    qtbot.mouseClick(page.panel.delete_record, Qt.MouseButton.LeftButton)
    assert _note_deleted(pair.lead.store, note)
    lead.undo_action.trigger()
    assert not _note_deleted(pair.lead.store, note)


def test_a_decided_conflict_can_be_decided_again(qtbot: QtBot, pair: Pair) -> None:
    note = _make_conflict(pair)
    lead = window_on(qtbot, pair.lead.store, pair.review_id)
    page = sync_page(lead)
    page.show_decided.setChecked(True)
    boxes = [b.toPlainText() for b in page.panel.version_boxes]
    qtbot.mouseClick(page.panel.keep_buttons[0], Qt.MouseButton.LeftButton)
    assert _note_text(pair.lead.store, note) == boxes[0]
    assert page.conflict_model.item(0).resolved and "Decided already" in page.panel.heading.text()
    qtbot.mouseClick(page.panel.keep_buttons[1], Qt.MouseButton.LeftButton)
    assert _note_text(pair.lead.store, note) == boxes[1]


def test_cancel_stops_an_import_before_it_writes_and_never_after(pair: Pair) -> None:
    import threading

    from app.ui.sync.runner import guarded
    from app.ui.tasks import Progress, TaskCancelled
    from tests.identity_helpers import dump_database

    evidence.add_note(pair.reviewer.store, pair.review_id, "Pupils checked each other's work.")
    out = pair.tmp / "cancelled.pvbundle"
    export_bundle(pair.reviewer.store, pair.review_id, out)
    pressed = threading.Event()
    pressed.set()  # Cancel pressed while the bundle was being checked
    say = guarded(Progress(lambda *_: None, pressed))
    before = dump_database(pair.lead.folder)
    with pytest.raises(TaskCancelled):
        import_bundle(pair.lead.store, out, say)
    assert dump_database(pair.lead.folder) == before
    say(3, 3, "Done")  # the report after the commit: a late Cancel hides nothing


def test_a_bundle_dropped_on_an_open_review_shows_on_the_sync_page(
    qtbot: QtBot, pair: Pair, reports: list[str]
) -> None:
    out = pair.tmp / "again.pvbundle"
    export_bundle(pair.reviewer.store, pair.review_id, out)
    lead = window_on(qtbot, pair.lead.store, pair.review_id)
    page = sync_page(lead)
    assert page.received_model.rowCount() == 0
    drop_on(lead, out)
    wait_task(qtbot, lead.bundle_import.runner)
    assert page.received_model.rowCount() == 1  # though it changed little or nothing
    assert "(1)" in page.lists.tabText(1)


def test_a_bundle_dropped_on_a_note_is_imported_not_pasted(
    qtbot: QtBot, pair: Pair, reports: list[str]
) -> None:
    note = evidence.add_note(pair.lead.store, pair.review_id, "Pupils read aloud.").note_id
    out = pair.tmp / "onto the note.pvbundle"
    export_bundle(pair.reviewer.store, pair.review_id, out)
    lead = window_on(qtbot, pair.lead.store, pair.review_id)
    capture = lead.workspace.show_page("capture")  # type: ignore[union-attr]
    row = capture.model.row_of(note)  # type: ignore[attr-defined]
    capture.list.setCurrentIndex(capture.model.index(row, 0))  # type: ignore[attr-defined]
    field = capture.editor.text  # type: ignore[attr-defined]
    before = field.toPlainText()
    assert field.isEnabled() and before == "Pupils read aloud."

    drop_on(lead, out, field.viewport())
    wait_task(qtbot, lead.bundle_import.runner)
    assert len(reports) == 1 and "From Łukasz Nowak" in reports[0]
    assert field.toPlainText() == before


def test_an_entry_held_for_over_a_month_says_so_and_what_to_do(
    qtbot: QtBot, pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from app.sync import merge
    from app.sync.outgoing import Outgoing
    from tests.sync.helpers import deliver, snapshot

    note = evidence.add_note(pair.reviewer.store, pair.review_id, "Phonics in Year 1.").note_id
    evidence.update_note(pair.reviewer.store, note, text="Phonics in Year 1, edited.")
    full = snapshot(pair.reviewer.store, pair.review_id)
    # Only the edit reaches the lead: it waits for the note it edits.
    deliver(Outgoing([e for e in full.entries if e.entity_id == note][-1:]), pair.lead.store)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=40)
    monkeypatch.setattr(merge, "wall_now", lambda: later.isoformat(timespec="seconds"))
    page = sync_page(window_on(qtbot, pair.lead.store, pair.review_id))
    page.refresh()
    model = page.held_model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == "Łukasz Nowak"
    assert "over a month: ask its author to send everything again" in row[1]
    assert row[2].startswith("waiting for entry")


def test_another_history_is_listed_and_taken_in(
    qtbot: QtBot,
    tmp_path: Path,
    cheap_kdf: None,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.sync.scenarios.laptops import copied_and_used_twice, note_texts

    team, copy, _ = copied_and_used_twice(tmp_path)
    lead, amir, _bea = team.laptops
    try:
        team.deliver(amir, lead)
        team.deliver(copy, lead)
        page = sync_page(window_on(qtbot, lead.store, team.review_id))
        page.refresh()
        tab = page.forks_tab
        assert page.lists.tabText(5).endswith("(1)")
        assert tab.model.rowCount() == 1
        assert "Amir" in tab.model.index(0, 0).data()
        assert "typed on the second copy." in tab.details.toPlainText()
        qtbot.mouseClick(tab.take_button, Qt.MouseButton.LeftButton)
        assert "Amir: typed on the second copy." in note_texts(lead.store)
        assert "Took in 2 changes" in tab.outcome.text()
        assert "1 would overwrite a later change here" in tab.outcome.text()
        # The change that would overwrite stays listed until set aside.
        page.refresh()
        assert tab.model.rowCount() == 1 and "second copy" in tab.details.toPlainText()
        monkeypatch.setattr(
            QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes
        )
        qtbot.mouseClick(tab.aside_button, Qt.MouseButton.LeftButton)
        page.refresh()
        assert tab.model.rowCount() == 0 and page.lists.tabText(5).endswith("(0)")
    finally:
        copy.store.close()
        team.close()
