"""The Sign-off & report page's Team and host tab, and the home screen's reminders."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services import accuracy, drafts, duties, findings
from app.services.store import Store
from app.ui.home.reminders import Reminders
from app.ui.review.signoff.page import SignoffPage
from tests.ui.review.findings.findings_helpers import (
    Messages,
    unnamed_controls,
)

pytestmark = pytest.mark.usefixtures("messages")


@pytest.fixture
def page(page: SignoffPage) -> SignoffPage:
    """The Sign-off & report page on its Team and host tab."""
    page.sections.setCurrentWidget(page.host_round)
    return page


def test_agreements_and_decisions_from_the_tab(
    page: SignoffPage,
    store: Store,
    review: str,
    messages: Messages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = page.host_round
    tab.agree()
    assert "✓ Siân Pritchard (agreed)" in tab.team_label.text()
    monkeypatch.setattr(tab, "ask_member", lambda names: ("Priya Natarajan", True))
    tab.agree_for()
    assert "✓ Priya Natarajan (recorded by the lead)" in tab.team_label.text()
    with store.read() as conn:
        assert len(duties.agreements(conn, review)) == 2
    # A response file that is not one is refused with a message; nothing changes.
    junk = tmp_path / "response.json"
    junk.write_text("not json")
    monkeypatch.setattr(tab, "ask_response_file", lambda: junk)
    tab.import_response()
    assert "not a readable host response file" in messages.shown[-1][1]
    # An emailed correction, declined with a reason the host will read.
    number = drafts.record_draft(store, review, "d4" * 32).number
    first = findings.list_findings(store, review)[0]
    email = tmp_path / "reply.eml"
    email.write_text("Phonics started in 2025.")
    accuracy.record_response(
        store, review, draft_number=number, from_name="Helen Marsh", sent_at="2026-11-24",
        channel="email", evidence=email, corrections={first.id: "Phonics started in 2025."},
    )  # fmt: skip
    tab.refresh()
    assert tab.model.item(0, 3).text() == "to decide"
    tab.view.selectRow(0)
    monkeypatch.setattr(tab, "ask_reason", lambda: ("The team saw the 2024 plan.", True))
    tab.decide("declined")
    assert tab.model.item(0, 3).text() == "Declined: The team saw the 2024 plan."
    assert "Due:" in tab.due_label.text() and "Final signed report" in tab.due_label.text()
    assert unnamed_controls(tab) == []
    # The sign-off tab names the next step's due date.
    assert page.next_due_label.text().startswith("Next due: ")
    assert tab.next_due_text(dt.date(2026, 11, 30)) == (
        "Next due: Final signed report by 1 December 2026 (due soon)"
    )


def test_reminders_name_overdue_and_near_steps(store: Store, review: str, qtbot: QtBot) -> None:
    label = Reminders()
    qtbot.addWidget(label)
    # The demo's visit ended on 17 November 2026: on 30 November the draft (due 24th) is
    # overdue and the final report (1 December) is near.
    label.load(store, dt.date(2026, 11, 30))
    assert label.lines[0].startswith("Overdue since 24 November 2026: Draft report")
    assert any(line.startswith("Due 1 December 2026: Final signed report") for line in label.lines)
    label.load(store, dt.date(2026, 11, 1))
    assert label.lines == [] and label.isHidden()


def test_marking_the_draft_sent_saves_the_findings_for_the_hosts_peerview(
    page: SignoffPage,
    store: Store,
    review: str,
    messages: Messages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.services import response_file

    tab = page.host_round
    number = drafts.record_draft(store, review, "d5" * 32).number
    monkeypatch.setattr(tab, "ask_sent", lambda: ("Helen Marsh", True))
    out = tmp_path / "draft findings.json"
    monkeypatch.setattr(tab, "ask_findings_out", lambda draft: out if draft == number else None)
    tab.mark_sent()
    (sent,) = accuracy.sent(store, review)
    assert (sent.draft_number, sent.sent_to) == (number, "Helen Marsh")
    draft = response_file.read_findings(out)
    assert draft.review_id == review and draft.draft_number == number
    assert [f.title for f in draft.findings] == [
        f.title for f in findings.list_findings(store, review)
    ]
    assert messages.shown[-1] == (
        "information",
        "Send draft findings.json with the draft PDF. The host answers it in their Peerview "
        "(File › Respond to a draft report…) and sends back a signed response.",
    )
    # Not now: the sending is recorded all the same, and no file is written.
    out.unlink()
    shown = len(messages.shown)
    monkeypatch.setattr(tab, "ask_findings_out", lambda draft: None)
    tab.mark_sent()
    assert [s.sent_to for s in accuracy.sent(store, review)] == ["Helen Marsh"]
    assert list(tmp_path.glob("*.json")) == [] and len(messages.shown) == shown
