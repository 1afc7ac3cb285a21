"""The passphrase dialog, the fingerprint check and "Your identity", driven as a person
would: typed text (any script), the keyboard, and only ``exec`` patched on dialogs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.services.errors import PeerviewError
from app.services.identity import export_card, find_trusted, get_identity, unlock
from app.services.roster import export_roster
from app.services.store import Store
from app.ui.dialogs.fingerprint_dialog import FingerprintDialog
from app.ui.dialogs.identity_dialog import IdentityDialog
from app.ui.dialogs.passphrase_dialog import PassphraseDialog, make_ask
from tests.identity_helpers import (
    cheap_kdf,  # noqa: F401 (a fixture, see pytestmark)
    dump_database,
    exchange_cards,
    make_identity,
)
from tests.services.test_identity import NoKeyring

pytestmark = pytest.mark.usefixtures("cheap_kdf")

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def type_text(widget: QWidget, text: str) -> None:
    """Type any script: keyClicks aborts the run on non-ASCII, key events do not."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def assert_accessible(dialog: QWidget) -> None:
    """Every label names the control it belongs to; every control has a name."""
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
    controls = ("QLineEdit", "QComboBox", "QPushButton", "QTableView", "QCheckBox")
    for widget in dialog.findChildren(QWidget):
        if widget.metaObject().className() in controls and widget.isVisibleTo(dialog):
            assert widget.accessibleName(), widget.metaObject().className()


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "other") as s:
        yield s


@pytest.fixture
def dialog(qtbot: QtBot, store: Store) -> IdentityDialog:
    d = IdentityDialog(store)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def answer_passphrase(monkeypatch: pytest.MonkeyPatch, *typed: str | None) -> list[str]:
    """Patch PassphraseDialog.exec to type each answer in turn (None: Cancel)."""
    prompts: list[str] = []
    answers = iter(typed)

    def exec_(self: PassphraseDialog) -> int:
        assert QApplication.overrideCursor() is None, "a busy cursor hides the question"
        prompts.append(self.prompt_label.text())
        value = next(answers)
        if value is None:
            return QDialog.DialogCode.Rejected
        type_text(self.passphrase, value)
        self.accept()
        return self.result()

    monkeypatch.setattr(PassphraseDialog, "exec", exec_)
    return prompts


def tick_fingerprint(monkeypatch: pytest.MonkeyPatch, confirm: bool) -> list[str]:
    shown: list[str] = []

    def exec_(self: FingerprintDialog) -> int:
        shown.append(self.fingerprint_label.text())
        assert not self.ok_button.isEnabled()  # no trust without the tick
        if not confirm:
            return QDialog.DialogCode.Rejected
        self.checked.setChecked(True)
        self.accept()
        return self.result()

    monkeypatch.setattr(FingerprintDialog, "exec", exec_)
    return shown


def test_passphrase_dialog_is_labelled_and_checks_a_new_passphrase(qtbot: QtBot) -> None:
    d = PassphraseDialog(None, "Choose a passphrase", confirm=True)
    qtbot.addWidget(d)
    assert_accessible(d)
    assert not d.ok_button.isEnabled()
    type_text(d.passphrase, "żółw 🐢 ŵyn")
    type_text(d.repeat, "żółw 🐢 ŵy")
    d.accept()
    assert d.result() != QDialog.DialogCode.Accepted and "differ" in d.message.text()
    type_text(d.repeat, "n")
    d.accept()
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.passphrase.text() == "żółw 🐢 ŵyn"


def test_without_a_keyring_unlock_asks_through_the_dialog(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_identity(store, "Nguyễn Thị Hồng", passphrase="correct horse")
    keyring.set_keyring(NoKeyring())
    prompts = answer_passphrase(monkeypatch, "wrong one!", "correct horse")
    assert unlock(store, ask=make_ask(None)).card.name == "Nguyễn Thị Hồng"
    assert len(prompts) == 2 and "wrong" in prompts[1]
    answer_passphrase(monkeypatch, None)
    with pytest.raises(PeerviewError, match="No passphrase was given"):
        unlock(store, ask=make_ask(None))


def test_exporting_a_card_without_a_keyring_asks_in_the_dialog(
    dialog: IdentityDialog, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = make_identity(store, "Siân Prŷs")
    keyring.set_keyring(NoKeyring())
    dialog.refresh()
    prompts = answer_passphrase(monkeypatch, None)
    assert not dialog.export_card_to(tmp_path / "card.json")
    assert "No passphrase was given" in dialog.status.text()
    assert not (tmp_path / "card.json").exists()
    prompts = answer_passphrase(monkeypatch, "correct horse")
    assert dialog.export_card_to(tmp_path / "card.json")
    assert prompts == ["Passphrase for Siân Prŷs's keys"]
    assert json.loads((tmp_path / "card.json").read_text("utf-8"))["card"]["key_id"] == card.key_id
    assert QApplication.overrideCursor() is None


def test_create_an_identity_from_the_form(
    qtbot: QtBot, dialog: IdentityDialog, store: Store, data_dir: Path, tmp_path: Path
) -> None:
    assert dialog.stack.currentIndex() == 0
    assert_accessible(dialog)
    type_text(dialog.name_edit, "عائشہ خان")
    type_text(dialog.school_edit, "Ysgol Bro Ŵyr")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("partnership_lead"))
    type_text(dialog.passphrase_edit, "correct horse")
    type_text(dialog.repeat_edit, "correct hose")
    before = dump_database(data_dir)
    assert not dialog.create_from_form()
    assert "differ" in dialog.status.text() and dump_database(data_dir) == before
    dialog.repeat_edit.clear()
    type_text(dialog.repeat_edit, "correct horse")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)  # Enter creates, as a person would
    assert dialog.stack.currentIndex() == 1, dialog.status.text()

    card = get_identity(store)
    assert card is not None and card.name == "عائشہ خان" and card.role == "partnership_lead"
    assert store.author_key_id == card.key_id
    assert dialog.stack.currentIndex() == 1
    assert dialog.fingerprint_label.text() == card.fingerprint
    assert "عائشہ خان" in dialog.who_label.text()
    assert dialog.people_model.rowCount() == 1 and dialog.passphrase_edit.text() == ""
    assert dialog.export_roster_button.isVisibleTo(dialog)
    assert_accessible(dialog)
    shot = tmp_path / "identity.png"
    assert dialog.grab().save(str(shot)) and shot.read_bytes().startswith(PNG_MAGIC)


def test_trust_a_card_only_after_the_fingerprint_is_ticked(
    dialog: IdentityDialog,
    store: Store,
    other: Store,
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_identity(store, "Siân")
    hong = make_identity(other, "Nguyễn Thị Hồng", school="Eastfield", role="headteacher")
    card = tmp_path / "hong.json"
    export_card(other, card)
    dialog.refresh()

    shown = tick_fingerprint(monkeypatch, confirm=False)
    before = dump_database(data_dir)
    dialog.trust_card_from(card)
    assert shown == [hong.fingerprint] and "not confirmed" in dialog.status.text()
    assert dump_database(data_dir) == before

    doc = json.loads(card.read_text("utf-8"))
    doc["card"]["school"] = "Elsewhere"
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(doc), "utf-8")
    assert not dialog.trust_card_from(tampered)
    assert "does not match its contents" in dialog.status.text()
    assert dump_database(data_dir) == before

    tick_fingerprint(monkeypatch, confirm=True)
    assert dialog.trust_card_from(card)
    assert "You now trust Nguyễn Thị Hồng" in dialog.status.text()
    assert find_trusted(store, hong.key_id) is not None
    assert dialog.people_model.rowCount() == 2
    assert not dialog.export_roster_button.isVisibleTo(dialog)  # a reviewer signs no roster


def test_export_card_and_import_a_roster(
    dialog: IdentityDialog,
    store: Store,
    other: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    me = make_identity(store, "Jan Łukasiewicz")
    lead = make_identity(other, "Łucja", role="partnership_lead")
    dialog.refresh()
    path = tmp_path / "mine.json"
    assert dialog.export_card_to(path)
    assert json.loads(path.read_text("utf-8"))["card"]["fingerprint"] == me.fingerprint

    roster_file = tmp_path / "roster.json"
    export_roster(other, roster_file)
    shown = tick_fingerprint(monkeypatch, confirm=True)
    assert dialog.import_roster_from(roster_file), dialog.status.text()
    assert shown == [lead.fingerprint]
    assert "1 added" in dialog.status.text()
    person = find_trusted(store, lead.key_id)
    assert person is not None and person.source == "roster"


def test_roster_from_a_trusted_lead_needs_no_fingerprint_dialog(
    dialog: IdentityDialog,
    store: Store,
    other: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_identity(store, "Ana")
    make_identity(other, "Łucja", role="partnership_lead")
    exchange_cards(store, other)
    roster_file = tmp_path / "roster.json"
    export_roster(other, roster_file)
    shown = tick_fingerprint(monkeypatch, confirm=False)
    assert dialog.import_roster_from(roster_file)
    assert shown == [] and "Imported the roster" in dialog.status.text()
