"""Areas of Excellence in the finding editor: validating the host's nomination with the
review's Area of Excellence finding, the host's consent to share it and its withdrawal,
each stored through app/services/excellence.py; refusals show the service's words and
store nothing; a finding that validates none says it will not print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app import dates
from app.reports import content
from app.services import demo, excellence, findings
from app.services.store import Store
from app.ui.review.findings.excellence_dialog import ExcellenceDialog
from app.ui.review.findings.page import FindingsPage
from app.ui.review.workspace import ReviewWorkspace
from tests.services.conftest import log_entries
from tests.signoff_helpers import QA_KEY, as_author, make_me_lead
from tests.ui.review.findings.findings_helpers import (
    open_workspace,
    record_messages,
    unnamed_controls,
)


@pytest.fixture
def review(store: Store) -> str:
    made = demo.create_demo(store)
    make_me_lead(store, made)
    return made


@pytest.fixture
def workspace(qtbot: QtBot, store: Store, review: str) -> Iterator[ReviewWorkspace]:
    yield from open_workspace(qtbot, store, review)


def findings_page(workspace: ReviewWorkspace) -> FindingsPage:
    page = workspace.show_page("findings")
    assert isinstance(page, FindingsPage)
    return page


def the_aoe(store: Store, review: str) -> findings.FindingView:
    return next(f for f in findings.list_findings(store, review) if f.kind == "area_of_excellence")


def answer(
    monkeypatch: pytest.MonkeyPatch,
    nomination: int = 0,
    person: str | None = None,
    day: QDate | None = None,
) -> list[ExcellenceDialog]:
    """The dialog's exec, answered as a person would: returns the dialogs it saw."""
    seen: list[ExcellenceDialog] = []

    def drive(dialog: ExcellenceDialog) -> int:
        seen.append(dialog)
        dialog.nomination.setCurrentIndex(nomination)
        if person is not None:
            assert dialog.person is not None
            dialog.person.setCurrentText(person)
        if day is not None:
            assert dialog.day is not None
            dialog.day.setDate(day)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ExcellenceDialog, "exec", drive)
    return seen


def printed_aoe(store: Store, review: str) -> list[str]:
    data = content.gather(store, review)
    return [f.title for area in data.areas for f in area.findings if f.kind == "area_of_excellence"]


def test_validate_then_consent_then_withdraw_from_the_finding(
    qtbot: QtBot,
    workspace: ReviewWorkspace,
    store: Store,
    review: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = findings_page(workspace)
    aoe = the_aoe(store, review)
    page.select(aoe.id)
    box = page.editor.excellence
    assert box.row.isVisibleTo(page)
    assert "The host nominated no Area of Excellence" in box.status.text()
    assert not box.validate_button.isEnabled()

    nomination, changes = excellence.nominate(
        store, review, "Reading for pleasure", "Our library.", "Helen Marsh", "2026-11-01"
    )
    workspace.ctx.publish(changes)
    # Nominated, not yet validated: the editor says what the report will do.
    assert "it will not print as the school's Area of Excellence" in box.status.text()
    assert printed_aoe(store, review) == []
    assert box.validate_button.isEnabled() and not box.consent_button.isEnabled()

    dialogs = answer(monkeypatch, day=QDate(2026, 11, 18))
    box.validate_button.click()
    (dialog,) = dialogs
    assert dialog.person is None and dialog.day is not None
    (stored,) = excellence.nominations(store, review)
    assert (stored.finding_id, stored.validated_on) == (aoe.id, "2026-11-18")
    assert printed_aoe(store, review) == [aoe.title]
    assert "Validates the host's nomination “Reading for pleasure”" in box.status.text()
    assert "(Helen Marsh, 1 Nov 2026)" in box.status.text()
    assert "Not shared: the host has not consented" in box.status.text()
    assert not box.validate_button.isEnabled() and box.consent_button.isEnabled()

    dialogs = answer(monkeypatch, person="Helen Marsh", day=QDate(2026, 11, 20))
    box.consent_button.click()
    people = dialogs[0].person
    assert people is not None and people.itemText(0) == "Helen Marsh"  # the host first
    (stored,) = excellence.shared(store, review)
    assert (stored.consent_by, stored.consent_on) == ("Helen Marsh", "2026-11-20")
    assert "Shared with consent of Helen Marsh (20 Nov 2026)" in box.status.text()
    assert box.withdraw_button.isEnabled() and not box.consent_button.isEnabled()

    answer(monkeypatch)
    box.withdraw_button.click()
    assert excellence.shared(store, review) == []
    today = dates.date_short(dt.date.today().isoformat())
    assert f"Consent of Helen Marsh withdrawn ({today}): not shared" in box.status.text()
    assert box.consent_button.isEnabled() and not box.withdraw_button.isEnabled()
    assert printed_aoe(store, review) == [aoe.title]  # the report still prints it

    # The Planning page shows the same state.
    planning = workspace.show_page("planning")
    panel = planning.excellence  # type: ignore[attr-defined]
    (shown,) = panel.titles()
    assert f"\nConsent of Helen Marsh withdrawn {today} · nominated by Helen Marsh" in shown
    assert "validated 18 Nov 2026" in panel.model.item(0).toolTip()
    assert f"Validated by the finding “{aoe.title}”" in panel.model.item(0).toolTip()
    assert nomination == stored.id


def refused(
    messages: list[tuple[str, str]], store: Store, step: Callable[[], None], words: str
) -> None:
    before = len(log_entries(store))
    step()
    kind, text = messages[-1]
    assert kind == "warning" and words in text, text
    assert len(log_entries(store)) == before


def test_refusals_show_the_service_words_and_store_nothing(
    qtbot: QtBot,
    workspace: ReviewWorkspace,
    store: Store,
    review: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    messages = record_messages(monkeypatch)
    page = findings_page(workspace)
    aoe = the_aoe(store, review)
    excellence.nominate(store, review, "Reading for pleasure", "", "Helen Marsh", "2026-11-01")
    bare = findings.create_finding(store, review, "area_of_excellence", "Outdoor learning", "")
    page.refresh()
    box = page.editor.excellence

    # An Area of Excellence with no evidence linked cannot validate a nomination.
    page.select(bare.finding_id)
    assert "will not print" in box.status.text()
    answer(monkeypatch)
    refused(messages.shown, store, box.validate_button.click, "link the evidence notes")
    assert excellence.nominations(store, review)[0].finding_id is None

    # Someone not on the review team cannot validate.
    page.select(aoe.id)
    with as_author(store, QA_KEY):
        refused(messages.shown, store, box.validate_button.click, "review team validates")
    assert excellence.nominations(store, review)[0].finding_id is None

    answer(monkeypatch)
    box.validate_button.click()
    # A reviewer is not the host: consent is refused, naming the host's people.
    answer(monkeypatch, person="Siân Pritchard")
    refused(
        messages.shown,
        store,
        box.consent_button.click,
        "Consent to share comes from the host school: 'Siân Pritchard'",
    )
    assert excellence.shared(store, review) == []
    assert box.consent_button.isEnabled()


def test_the_row_shows_only_for_an_area_of_excellence_and_is_keyboard_reachable(
    qtbot: QtBot, workspace: ReviewWorkspace, store: Store, review: str
) -> None:
    page = findings_page(workspace)
    strength = next(f for f in findings.list_findings(store, review) if f.kind == "strength")
    page.select(strength.id)
    box = page.editor.excellence
    assert not box.row.isVisibleTo(page)
    page.select(the_aoe(store, review).id)
    assert box.row.isVisibleTo(page)
    labels = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    assert box.status in labels
    assert unnamed_controls(page) == []
    assert all("&" in b.text() for b in box.row.findChildren(QPushButton))
    # Alt+X reads the state; Tab goes on to the first step that can be taken.
    excellence.nominate(store, review, "Reading for pleasure", "", "Helen Marsh", "2026-11-01")
    page.refresh()
    page.editor.title.setFocus()
    qtbot.waitUntil(page.editor.title.hasFocus)
    qtbot.keyClick(page.editor.title, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(box.status.hasFocus, timeout=2000)
    qtbot.keyClick(box.status, Qt.Key.Key_Tab)
    qtbot.waitUntil(box.validate_button.hasFocus, timeout=2000)
