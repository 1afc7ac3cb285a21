"""The Sign-off & report page, driven offscreen: steps, history, the sent-back note, the
action plan, the report preview and signing as lead reviewer."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.reports import verify
from app.services import actions, drafts, findings, signoff
from app.services.store import Store
from app.ui import tasks
from app.ui.review.signoff.host_response_dialog import HostResponseDialog
from app.ui.review.signoff.page import SignoffPage
from app.ui.review.workspace import ReviewWorkspace
from tests.identity_helpers import make_identity
from tests.services.conftest import current_row
from tests.signoff_helpers import quality_assure, take_to, team_ready
from tests.ui.review.findings.findings_helpers import (
    Messages,
    unnamed_controls,
)

pytestmark = pytest.mark.usefixtures("messages")


@pytest.fixture
def review(store: Store, review: str) -> str:
    """The demo led from this Peerview, ready for Team confirmed: every member's position on
    every finding and agreement with the draft."""
    team_ready(store, review)
    return review


def _ready(page: SignoffPage, store: Store, review: str) -> None:
    """To "host_checked", each step by the person allowed to take it."""
    take_to(store, review, "host_checked")
    page.refresh()


def test_steps_one_at_a_time_with_history(
    qtbot: QtBot,
    page: SignoffPage,
    store: Store,
    review: str,
    messages: Messages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert page.status == "draft"
    assert "Team confirmed" in page.next_button.text()
    rows = page.history_model.rowCount()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert signoff.current_status(store, review) == "team_confirmed"
    # The lead cannot quality-assure their own report: the message says who may.
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert "Siân Pritchard wrote this report" in messages.shown[-1][1]
    assert signoff.current_status(store, review) == "team_confirmed"
    quality_assure(store, review)  # from the quality assurer's own Peerview
    page.refresh()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert "no response from the host school" in messages.shown[-1][1]
    # The host's emailed reply, recorded on the Team and host tab.
    number = drafts.record_draft(store, review, "d3" * 32).number
    email = tmp_path / "reply.eml"
    email.write_text("No corrections.")
    value = {
        "draft_number": number, "from_name": "Helen Marsh", "sent_at": "2026-11-24T10:00",
        "channel": "email", "evidence": email, "corrections": {}, "general": "No corrections.",
    }  # fmt: skip
    monkeypatch.setattr(HostResponseDialog, "ask", lambda *a: (value, True))
    page.host_round.record_response()
    assert "No corrections." in page.host_round.model.item(0, 1).text()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert signoff.current_status(store, review) == "host_checked"
    assert page.history_model.rowCount() == rows + 3
    assert page.history_model.item(rows + 2, 1).text() == "Factual accuracy checked by the host"
    # Signing is the only way on, and only from here.
    assert not page.next_button.isEnabled()
    assert page.sign_button.isEnabled()
    label = page.step_labels["host_checked"]
    assert label.accessibleName() == (
        "Step 4 of 5: Factual accuracy checked by the host, current step"
    )


def test_send_back_asks_why_and_shows_the_note(
    page: SignoffPage, store: Store, review: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.take_next_step()
    assert page.back_button.isEnabled()
    monkeypatch.setattr(page, "ask_reason", lambda: ("The host corrected a date", True))
    page.send_back()
    assert signoff.current_status(store, review) == "draft"
    note = page.findChild(QLabel, "sent_back_note")
    assert note is not None and note.isVisibleTo(page)
    assert "The host corrected a date" in note.text()


def test_a_finding_edit_elsewhere_refreshes_the_stepper(
    page: SignoffPage, workspace: ReviewWorkspace, store: Store, review: str
) -> None:
    page.take_next_step()
    first = findings.list_findings(store, review)[0]
    workspace.ctx.publish(findings.update_finding(store, first.id, title="Renamed"))
    assert page.status == "draft"
    assert "title of finding 'Renamed' changed" in page.note_label.text()


def test_action_plan_edits_in_place_and_refuses_a_bad_date(
    page: SignoffPage, store: Store, review: str, messages: Messages
) -> None:
    before = len(actions.list_actions(store, review))
    page.add_action()
    items = actions.list_actions(store, review)
    assert len(items) == before + 1
    row = next(
        r
        for r in range(page.actions_model.rowCount())
        if page.actions_model.item(r).action == "New action"
    )
    model = page.actions_model
    assert model.setData(model.index(row, 1), "Nguyễn Thị Hồng, English lead")
    assert model.setData(model.index(row, 4), "in_progress")
    item = next(a for a in actions.list_actions(store, review) if a.action == "New action")
    assert (item.owner, item.status) == ("Nguyễn Thị Hồng, English lead", "in_progress")
    assert not model.setData(model.index(row, 3), "next July")
    assert "YYYY-MM-DD" in messages.shown[-1][1]
    item = next(a for a in actions.list_actions(store, review) if a.id == item.id)
    assert item.review_date == ""
    page.actions_view.setCurrentIndex(model.index(row, 0))
    page.delete_action()
    assert len(actions.list_actions(store, review)) == before


def test_build_preview_runs_in_the_background_and_shows_the_pdf(
    qtbot: QtBot, page: SignoffPage
) -> None:
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is not None and page.task.finished, timeout=60_000)
    assert page.preview.page_count() >= 3
    assert "Preview of the report" in page.report_label.text()


def test_sign_as_lead_reviewer_signs_the_file_and_marks_the_review_signed(
    qtbot: QtBot,
    page: SignoffPage,
    store: Store,
    review: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_identity(store, "Siân Pritchard", "Fen Reeve Primary Academy", "lead_reviewer")
    _ready(page, store, review)
    out = tmp_path / "signed report.pdf"
    monkeypatch.setattr(page, "ask_output_path", lambda: out)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is not None and page.task.finished, timeout=60_000)
    assert page.task.error is None
    assert out.exists()
    row = current_row(store, "review", review)
    assert row["status"] == "signed"
    assert row["report_sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert page.status == "signed"  # refreshed from the published change
    assert not page.sign_button.isEnabled()
    assert page.preview.page_count() >= 3 and page.preview_path == out
    # Who took each step is the identity's name, from the change log.
    assert page.history_model.item(page.history_model.rowCount() - 1, 2).text() == "Siân Pritchard"
    found = verify.verify_pdf(out.read_bytes())
    assert [s.signer for s in found.signatures] == ["Siân Pritchard"]
    assert all(s.ok for s in found.signatures)


def test_signing_before_the_host_check_is_refused_with_a_message(
    page: SignoffPage,
    store: Store,
    review: str,
    messages: Messages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert not page.sign_button.isEnabled()
    monkeypatch.setattr(page, "ask_output_path", lambda: tmp_path / "r.pdf")
    page.sign_report()
    assert "host has checked" in messages.shown[-1][1]
    assert not (tmp_path / "r.pdf").exists()
    assert tasks.running() == 0


def test_without_an_identity_signing_says_what_to_do(
    page: SignoffPage,
    store: Store,
    review: str,
    messages: Messages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _ready(page, store, review)
    monkeypatch.setattr(page, "ask_output_path", lambda: tmp_path / "r.pdf")
    page.sign_report()
    assert "identity" in messages.shown[-1][1]
    assert not (tmp_path / "r.pdf").exists()


def test_every_control_is_named(page: SignoffPage) -> None:
    assert unnamed_controls(page) == []
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    assert page.history in buddies and page.actions_view in buddies


def test_retention_schedule_and_purge_from_the_page(
    qtbot: QtBot, page: SignoffPage, workspace: ReviewWorkspace, store: Store, review: str
) -> None:
    from app.services import evidence, retention
    from app.ui.review.signoff.retention_box import DEFAULT

    box = page.retention
    # Shown at sign-off: the laptop's default, 90 days, until someone chooses.
    assert box.schedule.currentData() == DEFAULT
    assert box.schedule.currentText() == "The default: purge 90 days after signing"
    assert "purged 90 days after" in box.info.text()
    box.schedule.setCurrentIndex(box.schedule.findData(None))
    assert retention.states(store, review)[0].chosen
    assert "kept" in box.info.text()
    box.schedule.setCurrentIndex(box.schedule.findData(DEFAULT))
    assert not retention.states(store, review)[0].chosen
    box.schedule.setCurrentIndex(box.schedule.findData(90))
    assert retention.states(store, review)[0].retention_days == 90
    _ready(page, store, review)
    workspace.ctx.publish(signoff.mark_signed(store, review, "ab" * 32))
    assert "will be purged on" in box.info.text()
    assert not box.purge_button.isEnabled()
    workspace.ctx.publish(retention.set_retention(store, review, 0))
    assert box.purge_button.isEnabled()
    assert box.schedule.currentText() == "Purge 0 days after signing"
    qtbot.mouseClick(box.purge_button, Qt.MouseButton.LeftButton)
    assert evidence.list_notes(store, review) == []
    assert "were purged on" in box.info.text()
    assert all(f.triangulation.retained for f in findings.list_findings(store, review))
