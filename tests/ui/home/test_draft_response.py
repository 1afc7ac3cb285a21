"""The host answers the lead's draft from their own Peerview's home window: the draft's
findings file written on the lead's laptop is opened on the host's, answered in the
dialog, signed with the host's identity, and the lead's import accepts it. A damaged or
forged findings file is refused with a message and nothing is written; without an
identity the host is told to create one first."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Person
from app.services import accuracy, demo, drafts, passphrase, response_file
from app.services.store import Store
from app.ui.home import draft_response
from app.ui.home.draft_response import DraftResponseDialog
from app.ui.home.main_window import MainWindow
from tests.identity_helpers import cheap_kdf, dump_database, exchange_cards, make_identity
from tests.signoff_helpers import take_to
from tests.ui.keys import type_text
from tests.ui.review.findings.findings_helpers import Messages, record_messages, unnamed_controls

__all__ = ["cheap_kdf"]

HOST_PASSPHRASE = "Bore da, Eastfield"


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    # Nothing in these tests may wait for a click: the file dialogs are answered by the
    # test (or fail it), message boxes are recorded.
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, _never(name))
    return record_messages(monkeypatch)


def _never(name: str) -> Callable[..., object]:
    def opened(*args: object, **kwargs: object) -> object:
        raise AssertionError(f"QFileDialog.{name} would wait for a click")

    return opened


@pytest.fixture
def lead_round(tmp_path: Path, store: Store, cheap_kdf: None) -> Iterator[tuple[Store, str, Path]]:
    """The lead's laptop (its own data folder) with the demo at draft 1 sent to the host,
    whose identity is this test's store; the draft's findings file as the lead wrote it."""
    lead = Store.open(tmp_path / "lead")
    make_identity(lead, "Siân Pritchard", "Fen Reeve Primary Academy", "lead_reviewer")
    head = make_identity(
        store, "Helen Marsh", "Eastfield Drove Primary School", "headteacher", HOST_PASSPHRASE
    )
    exchange_cards(lead, store)
    review = demo.create_demo(lead)
    with lead.write() as tx:
        person = tx.conn.execute(select(Person.id).where(Person.name == "Helen Marsh")).scalar()
        tx.upsert("person", person, {"key_id": head.key_id})
    take_to(lead, review, "draft")
    number = drafts.record_draft(lead, review, "d4" * 32).number
    accuracy.send_draft(lead, review, number, "Helen Marsh", "2026-11-20")
    found = tmp_path / "sent" / "findings.json"
    found.parent.mkdir()
    response_file.write_findings(lead, review, number, found)
    # The host's passphrase is not in the keyring: signing asks for it.
    passphrase.forget(head.key_id)
    yield lead, review, found
    lead.close()


def _answer(
    monkeypatch: pytest.MonkeyPatch, drive: Callable[[DraftResponseDialog], None]
) -> list[DraftResponseDialog]:
    """Run ``drive`` where the dialog would wait for the person; the dialogs shown."""
    shown: list[DraftResponseDialog] = []

    def exec_(dialog: DraftResponseDialog) -> int:
        shown.append(dialog)
        dialog.show()
        drive(dialog)
        return dialog.result() if not dialog.isVisible() else int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(DraftResponseDialog, "exec", exec_)
    return shown


def _visible(text: object) -> str:
    """The text without the direction marks that keep names in their own runs."""
    return "".join(ch for ch in str(text) if ch not in "\u200e\u200f\u2068\u2069")


def _save(dialog: DraftResponseDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_host_answers_the_draft_and_the_lead_imports_it(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    lead_round: tuple[Store, str, Path],
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    lead, review, found = lead_round
    out = tmp_path / "answer" / "response.peerview-response.json"
    out.parent.mkdir()
    asked: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return HOST_PASSPHRASE

    monkeypatch.setattr(draft_response, "ask_findings_file", lambda parent: found)
    monkeypatch.setattr(DraftResponseDialog, "ask_output", lambda self: out)
    monkeypatch.setattr(DraftResponseDialog, "make_ask", lambda self: ask)
    seen: dict[str, object] = {}

    def drive(dialog: DraftResponseDialog) -> None:
        heading = dialog.findChild(type(dialog.error), "draft_heading")
        seen["heading"] = heading.text()
        seen["frames"] = [
            f.findChildren(type(dialog.error))[0].text()
            for f in dialog.findings_area.widget().findChildren(draft_response.QFrame)
            if f.objectName().startswith("finding_")
        ]
        # Nothing written yet: the service's refusal shows in the dialog, which stays open.
        _save(dialog)
        seen["refusal"] = dialog.error.text()
        seen["open_after_refusal"] = dialog.isVisible()
        seen["written_after_refusal"] = out.exists()
        first, second = list(dialog.boxes.values())[:2]
        first.setFocus()
        type_text("Phonics huddles began in September 2025, not 2024 — diolch.", first)
        type_text("Correct as written.", second)
        dialog.general.setFocus()
        type_text("Thank you; two small points.", dialog.general)
        _save(dialog)

    shown = _answer(monkeypatch, drive)
    window.respond_action.trigger()

    assert len(shown) == 1
    assert _visible(seen["heading"]) == (
        "Eastfield Drove Primary School: draft 1 of “Peer review: Eastfield Drove Primary School”"
    )
    frames = [_visible(text) for text in seen["frames"]]  # type: ignore[attr-defined]
    assert frames[0] == "1. Strength: A shared approach to phonics from Reception to Y2"
    assert len(frames) == len(response_file.read_findings(found).findings)
    assert "Write a response to at least one finding" in str(seen["refusal"])
    assert seen["open_after_refusal"] is True and seen["written_after_refusal"] is False
    assert asked == ["Passphrase for Helen Marsh's keys"]
    assert out.is_file()
    assert str(out) in window.banner.text()

    # On the lead's laptop, the import accepts the file and records what the host said.
    response_file.import_response(lead, review, out)
    (answer,) = accuracy.responses(lead, review)
    assert (answer.source, answer.from_name, answer.draft_number) == (
        "signed_file",
        "Helen Marsh",
        1,
    )
    assert answer.general == "Thank you; two small points."
    said = [c.said for c in answer.corrections]
    assert said == [
        "Phonics huddles began in September 2025, not 2024 — diolch.",
        "Correct as written.",
    ]
    assert messages.shown == []


def _hostile(found: Path) -> dict[str, bytes]:
    doc = json.loads(found.read_text("utf-8"))
    many = {**doc, "findings": [{**doc["findings"][0], "id": f"x{n}"} for n in range(501)]}
    twice = {**doc, "findings": [doc["findings"][0], doc["findings"][0]]}
    other = {**doc, "format": "peerview-host-response"}
    numbered = {**doc, "draft_number": "1"}
    return {
        "truncated": found.read_bytes()[:200],
        "not a findings file": json.dumps(other).encode(),
        "more than a review has": json.dumps(many).encode(),
        "names one finding twice": json.dumps(twice).encode(),
        "no valid draft number": json.dumps(numbered).encode(),
        "empty": b"",
    }


def test_a_damaged_or_forged_findings_file_is_refused(
    window: MainWindow,
    store: Store,
    data_dir: Path,
    lead_round: tuple[Store, str, Path],
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _, _, found = lead_round
    shown = _answer(monkeypatch, lambda dialog: None)
    before = dump_database(data_dir)
    folder = tmp_path / "bad"
    folder.mkdir()
    for n, (problem, raw) in enumerate(_hostile(found).items()):
        path = folder / f"findings-{n}.json"
        path.write_bytes(raw)
        monkeypatch.setattr(draft_response, "ask_findings_file", lambda parent, p=path: p)
        assert draft_response.respond(window) is None
        kind, text = messages.shown[-1]
        assert kind == "warning", problem
        assert str(path) in text and "Ask the lead reviewer to send" in text, (problem, text)
        assert "Traceback" not in text
    assert "not a readable" in messages.shown[0][1] or "truncated" in messages.shown[0][1]
    assert "more than a review has" in messages.shown[2][1]
    assert "names one finding twice" in messages.shown[3][1]
    assert "no valid draft number" in messages.shown[4][1]
    assert shown == []  # no dialog opened for any of them
    assert sorted(p.name for p in folder.iterdir()) == [f"findings-{n}.json" for n in range(6)]
    assert dump_database(data_dir) == before


def test_markup_in_a_finding_reads_as_the_characters_it_is(
    qtbot: QtBot,
    store: Store,
    lead_round: tuple[Store, str, Path],
    tmp_path: Path,
) -> None:
    _, _, found = lead_round
    doc = json.loads(found.read_text("utf-8"))
    doc["findings"][0]["title"] = '<img src="file:///etc/passwd"><b>Bold claim</b>'
    doc["findings"][0]["text"] = "سارة القحطاني <a href='x'>link</a>"
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(doc), "utf-8")
    dialog = DraftResponseDialog(store, response_file.read_findings(forged), None)
    qtbot.addWidget(dialog)
    labels = dialog.findChild(draft_response.QFrame, "finding_1").findChildren(type(dialog.error))
    assert all(label.textFormat() == draft_response.Qt.TextFormat.PlainText for label in labels)
    assert '<img src="file:///etc/passwd"><b>Bold claim</b>' in labels[0].text()
    assert labels[1].text() == "سارة القحطاني <a href='x'>link</a>"
    assert unnamed_controls(dialog) == []


def test_without_an_identity_the_host_is_told_to_create_one(
    window: MainWindow, messages: Messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        draft_response,
        "ask_findings_file",
        lambda parent: pytest.fail("asked for a file with no identity to sign"),
    )
    assert draft_response.respond(window) is None
    ((kind, text),) = messages.shown
    assert kind == "information"
    assert "no identity yet" in text and "Your identity (File menu)" in text


def test_the_action_is_in_the_file_menu_with_its_keys(window: MainWindow) -> None:
    action = window.respond_action
    assert action in window.file_menu.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    assert "&draft" in action.text()
    assert action in window.toolbar.actions()
