"""The Findings page, driven offscreen as a lead reviewer uses it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.services import evidence, findings, signoff
from app.services.store import Store
from app.ui.review.findings.editor import ReasonDialog
from app.ui.review.findings.page import FindingsPage
from app.ui.review.workspace import ReviewWorkspace
from tests.signoff_helpers import take_to
from tests.ui.helpers import make_review
from tests.ui.review.findings.findings_helpers import (
    Messages,
    open_workspace,
    record_messages,
    type_text,
    unnamed_controls,
)


@pytest.fixture
def review(store: Store) -> str:
    review_id = make_review(store, "Ysgol Gymraeg Ŵyn", "Adolygiad", notes=0)
    for text, kind in (
        ("Y2 pupils blended words with ŵ and ŷ accurately.", "lesson_visit"),
        ("Pupils said decodable books match their sounds.", "pupil_voice"),
        ("Book look: Łucja's group edits show feedback used.", "book_look"),
    ):
        evidence.add_note(store, review_id, text, activity_kind=kind, strand_codes=["C2"])
    return review_id


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    return record_messages(monkeypatch)


@pytest.fixture
def workspace(qtbot: QtBot, store: Store, review: str) -> Iterator[ReviewWorkspace]:
    yield from open_workspace(qtbot, store, review)


@pytest.fixture
def page(workspace: ReviewWorkspace) -> FindingsPage:
    shown = workspace.show_page("findings")
    assert isinstance(shown, FindingsPage)
    return shown


def saved(store: Store, review: str) -> list[findings.FindingView]:
    return findings.list_findings(store, review)


def test_add_a_strength_and_type_saves_after_a_pause(
    qtbot: QtBot, page: FindingsPage, store: Store, review: str
) -> None:
    qtbot.mouseClick(page.buttons["strength"], Qt.MouseButton.LeftButton)
    (created,) = saved(store, review)
    assert created.kind == "strength"
    assert page.editor.title.hasFocus()
    page.editor.title.clear()
    type_text(page.editor.title, "Darllen: ŵ ŷ Ł ệ")
    page.editor.text.setFocus()
    type_text(page.editor.text, "What went well: pupils blend accurately.")
    qtbot.waitUntil(lambda: saved(store, review)[0].title == "Darllen: ŵ ŷ Ł ệ", timeout=3000)
    assert saved(store, review)[0].text == "What went well: pupils blend accurately."
    # The tree shows it under Strengths.
    index = page.model.index_of(created.id)
    assert index.parent().data().startswith("Strengths")
    assert index.data() == "Darllen: ŵ ŷ Ł ệ"


def test_flush_saves_what_is_typed_at_once(page: FindingsPage, store: Store, review: str) -> None:
    fid = page.add_finding("area_for_development")
    assert fid
    page.editor.text.setFocus()
    type_text(page.editor.text, "Even better if feedback is acted on.")
    page.flush()
    assert saved(store, review)[0].text == "Even better if feedback is acted on."


def test_undo_takes_back_a_typing_burst_as_one_step(
    qtbot: QtBot, page: FindingsPage, workspace: ReviewWorkspace, store: Store, review: str
) -> None:
    fid = findings.create_finding(store, review, "strength", "Phonics", "Before.").finding_id
    workspace.ctx.publish(findings.update_finding(store, fid, position=0))
    page.refresh()
    assert page.select(fid)
    page.editor.text.setFocus()
    page.editor.text.selectAll()
    type_text(page.editor.text, "After one.")
    page.flush()
    type_text(page.editor.text, " After two.")
    page.flush()
    assert saved(store, review)[0].text == "After one. After two."
    workspace.undo_stack.undo()
    assert saved(store, review)[0].text == "Before."
    assert page.editor.text.toPlainText() == "Before."


def test_judgement_language_warns_inline_and_dismissal_records_the_reason(
    qtbot: QtBot, page: FindingsPage, store: Store, review: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.add_finding("strength")
    page.editor.text.setFocus()
    type_text(page.editor.text, "Teaching of early reading is outstanding.")
    assert page.editor.guard_frame.isVisibleTo(page)
    assert "outstanding" in page.editor.guard_label.text()
    page.flush()
    monkeypatch.setattr(
        ReasonDialog, "ask", classmethod(lambda cls, parent, terms: ("The host's own words", True))
    )
    qtbot.mouseClick(page.editor.dismiss_button, Qt.MouseButton.LeftButton)
    (finding,) = saved(store, review)
    assert finding.dismissed_reason == "The host's own words"
    assert finding.guard_hits == []
    assert not page.editor.guard_frame.isVisibleTo(page)
    assert "The host's own words" in page.editor.dismissed_label.text()


def test_cancelled_dismissal_changes_nothing(
    qtbot: QtBot, page: FindingsPage, store: Store, review: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    findings.create_finding(store, review, "strength", "T", "Teaching is good.")
    page.refresh()
    page.select(saved(store, review)[0].id)
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, parent, terms: ("", False)))
    page.editor.dismiss_guard()
    assert saved(store, review)[0].dismissed_reason == ""
    assert page.editor.guard_frame.isVisibleTo(page)


def test_link_picked_notes_and_see_triangulation(
    qtbot: QtBot, page: FindingsPage, store: Store, review: str
) -> None:
    page.add_finding("strength")
    page.filter.setText("pupils")  # two of the three notes mention pupils
    assert page.notes_proxy.rowCount() == 2
    page.notes.selectAll()
    qtbot.mouseClick(page.link_button, Qt.MouseButton.LeftButton)
    (finding,) = saved(store, review)
    assert len(finding.note_ids) == 2
    assert finding.triangulation.single_source  # one reviewer wrote both
    shown = page.editor.triangulation.text()
    # Counted by sources of evidence and activities, as coverage counts (decision 0040).
    assert "2 notes" in shown and "2 sources" in shown and "2 activities" in shown
    assert "1 reviewer" in shown
    # One reviewer wrote both notes: flagged as a single source, in the tree too.
    assert "single source" in shown.lower()
    index = page.model.index_of(finding.id).siblingAtColumn(1)
    assert "single source" in index.data()
    assert page.editor.linked_model.rowCount() == 2


def test_drop_notes_onto_a_finding_links_them(
    page: FindingsPage, store: Store, review: str
) -> None:
    fid = page.add_finding("area_of_excellence")
    assert fid
    rows = [page.notes_model.index(r, 0) for r in range(page.notes_model.rowCount())]
    mime = page.notes_model.mimeData(rows)
    target = page.model.index_of(fid)
    assert page.model.canDropMimeData(mime, Qt.DropAction.LinkAction, -1, -1, target)
    group = target.parent()
    assert not page.model.canDropMimeData(mime, Qt.DropAction.LinkAction, -1, -1, group)
    assert page.model.dropMimeData(mime, Qt.DropAction.LinkAction, -1, -1, target)
    assert len(saved(store, review)[0].note_ids) == 3


def test_unlink_selected_notes(qtbot: QtBot, page: FindingsPage, store: Store, review: str) -> None:
    notes = [n.id for n in evidence.list_notes(store, review)]
    fid = findings.create_finding(store, review, "strength", "T", note_ids=notes).finding_id
    page.refresh()
    page.select(fid)
    page.editor.linked.selectRow(0)
    qtbot.mouseClick(page.editor.unlink_button, Qt.MouseButton.LeftButton)
    assert len(saved(store, review)[0].note_ids) == 2


def test_strands_and_kind_change_through_the_editor(
    page: FindingsPage, store: Store, review: str
) -> None:
    fid = page.add_finding("strength")
    assert fid
    model = page.editor.strand_model
    row = next(r for r in range(model.rowCount()) if model.item(r).text().startswith("C3"))
    model.item(row).setCheckState(Qt.CheckState.Checked)
    assert saved(store, review)[0].strand_codes == ["C3"]
    page.editor.kind.setCurrentIndex(1)
    page.editor.kind.activated.emit(1)
    assert saved(store, review)[0].kind == "area_for_development"


def test_next_steps_add_and_edit(page: FindingsPage, store: Store, review: str) -> None:
    fid = page.add_finding("area_for_development")
    sid = page.add_next_step()
    assert sid
    page.editor.text.selectAll()
    type_text(page.editor.text, "Move the Friday lesson.")
    page.flush()
    (step,) = findings.list_next_steps(store, review)
    assert (step.text, step.finding_id) == ("Move the Friday lesson.", fid)
    assert not page.editor.title.isVisibleTo(page)  # a next step has only text


def test_delete_and_undo(
    page: FindingsPage, workspace: ReviewWorkspace, store: Store, review: str
) -> None:
    fid = page.add_finding("strength")
    assert fid
    page.select(fid)
    page.delete_current()
    assert saved(store, review) == []
    workspace.undo_stack.undo()
    assert [f.id for f in saved(store, review)] == [fid]


def test_editing_after_confirmation_sends_back_and_the_signoff_page_says_so(
    page: FindingsPage, workspace: ReviewWorkspace, store: Store, review: str
) -> None:
    fid = findings.create_finding(store, review, "strength", "Phonics", "x").finding_id
    take_to(store, review, "team_confirmed")
    page.refresh()
    page.select(fid)
    page.editor.text.setFocus()
    type_text(page.editor.text, " more")
    page.flush()
    assert signoff.current_status(store, review) == "draft"
    sign = workspace.show_page("signoff")
    note = sign.findChild(QLabel, "sent_back_note")
    assert note is not None and note.isVisibleTo(sign)
    assert "text of finding 'Phonics' changed" in note.text()


def test_keyboard_reaches_the_tree_and_selects_a_finding(
    qtbot: QtBot, page: FindingsPage, store: Store, review: str
) -> None:
    fid = findings.create_finding(store, review, "strength", "Phonics").finding_id
    page.refresh()
    page.tree.setFocus()
    page.tree.setCurrentIndex(page.model.group_index("strength"))
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert page.current_id() == fid
    assert page.editor.title.text() == "Phonics"
    assert page.editor.title.isEnabled()


def test_every_control_is_named_and_every_field_has_a_label(
    page: FindingsPage, store: Store, review: str
) -> None:
    fid = findings.create_finding(store, review, "strength", "T", "Teaching is good.").finding_id
    page.refresh()
    page.select(fid)
    assert unnamed_controls(page) == []
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    for field in (
        page.editor.kind,
        page.editor.title,
        page.editor.text,
        page.editor.strands,
        page.editor.linked,
        page.filter,
    ):
        assert field in buddies, field.accessibleName()


def test_a_refused_edit_is_reported_and_not_saved(
    page: FindingsPage, store: Store, review: str, messages: Messages
) -> None:
    page.add_finding("strength")
    page.editor.title.setText("T" * 400)
    page.editor.title.textEdited.emit("T" * 400)
    page.flush()
    assert messages.shown and "keep it under" in messages.shown[-1][1]
    assert saved(store, review)[0].title != "T" * 400


def test_insert_and_delete_keys_in_the_list(
    qtbot: QtBot, page: FindingsPage, store: Store, review: str
) -> None:
    page.tree.setFocus()
    page.tree.setCurrentIndex(page.model.group_index("area_of_excellence"))
    qtbot.keyClick(page.tree, Qt.Key.Key_Insert)
    (added,) = saved(store, review)
    assert added.kind == "area_of_excellence"
    page.tree.setFocus()
    assert page.current_id() == added.id
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert saved(store, review) == []


def test_mnemonics_move_to_the_fields(
    qtbot: QtBot, page: FindingsPage, store: Store, review: str
) -> None:
    fid = findings.create_finding(store, review, "strength", "Phonics", "x").finding_id
    page.refresh()
    page.select(fid)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert page.editor.title.hasFocus()
    qtbot.keyClick(page.editor.title, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert page.editor.text.hasFocus()
