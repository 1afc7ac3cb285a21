"""Erasure in the window: the hand-over record saved from the concerns list, and Home
listing the reviews whose notes are due to be purged and the concerns due to be erased."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.services import evidence, retention, safeguarding, signoff
from app.services.store import Store
from app.ui.dialogs.concerns_dialog import ConcernColumn, ConcernsDialog
from tests.signoff_helpers import take_to
from tests.ui.workspace_fixtures import Opened, open_review


@pytest.fixture
def opened(qtbot: QtBot, store: Store) -> Opened:
    return open_review(qtbot, store)


def test_hand_over_saves_the_record_and_says_when_it_is_erased(
    qtbot: QtBot, opened: Opened, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    concern_id, _ = safeguarding.record_concern(
        store,
        opened.review_id,
        "Pupil Ŵyn mentioned a worry at home.",
        observed_at="2026-11-17T10:05",
    )
    target = tmp_path / "for-the-dsl.pdf"
    asked: list[str] = []

    def save_as(parent: object, caption: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(caption)
        return str(target), filters

    # The file chooser is the desktop's; the record itself is written for real.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog = ConcernsDialog(store, opened.review_id, opened.window.bus.publish)
    qtbot.addWidget(dialog)
    assert dialog.hand_over_button.isEnabled()
    dialog.hand_over_button.click()
    assert asked and "not in Peerview's data folder" in asked[0]
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Ŵyn" in text and "Mark Greaves" in text
    (concern,) = safeguarding.list_concerns(store, opened.review_id)
    assert concern.id == concern_id and concern.passed_on_at and concern.erase_due_at
    shown = dialog.model.index(0, ConcernColumn.PASSED_ON).data()
    assert "erased here" in shown
    assert "for-the-dsl.pdf" in dialog.status.text() and "erases its copy" in dialog.status.text()

    # Saving into the data folder is refused with a message, and nothing changes.
    monkeypatch.setattr(
        "app.ui.dialogs.concerns_dialog.QMessageBox.warning",
        lambda _p, _t, message: asked.append(message),
    )
    assert dialog.hand_over(store.db.data_dir / "x.pdf") is None
    assert "inside Peerview's data folder" in asked[-1]
    assert not (store.db.data_dir / "x.pdf").exists()


def test_home_lists_what_is_due_and_erases_it(qtbot: QtBot, opened: Opened, store: Store) -> None:
    review = opened.review_id
    evidence.add_note(store, review, "Y5 pupils explained their reasoning.")
    concern_id, _ = safeguarding.record_concern(
        store, review, "A worry.", observed_at="2026-01-10T09:00"
    )
    safeguarding.hand_over(store, concern_id, passed_on_at="2026-01-10T15:00")
    # Through sign-off by the people the separation of duties allows (decision 0039).
    take_to(store, review, "host_checked")
    store.wall_clock = lambda: 1_767_225_600_000  # signed on 1 January 2026
    signoff.mark_signed(store, review, "cd" * 32)
    opened.window.show_home()
    opened.window.refresh()
    notice = opened.window.erasure_notice
    assert notice.isVisibleTo(opened.window)
    assert "due to be purged (since 1 April 2026)" in notice.label.text()
    assert "1 safeguarding concern handed over" in notice.label.text()
    assert notice.erase(confirm=False) == 2
    assert evidence.list_notes(store, review) == []
    assert retention.states(store, review)[0].purged_at
    (concern,) = safeguarding.list_concerns(store, review)
    assert concern.text == "" and concern.erased_at
    assert not notice.isVisibleTo(opened.window)
