"""Weak passphrases are refused in every window that sets one: the
first-run dialog, the welcome and "Your identity", with zxcvbn's reason and a suggestion;
and a data passphrase typed this session is offered to the welcome, so a person chooses
one passphrase, not two."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.services import datakey, identity
from app.services.store import Store
from app.ui import app as gui
from app.ui.dialogs.identity_dialog import IdentityDialog
from app.ui.dialogs.passphrase_dialog import PassphraseDialog
from app.ui.home import account_actions
from app.ui.home.welcome_dialog import WelcomeDialog
from tests.conftest import MemoryKeyring
from tests.identity_helpers import cheap_kdf  # noqa: F401 (a fixture, see pytestmark)

pytestmark = pytest.mark.usefixtures("cheap_kdf")

WEAK = ("password", "12345678", " " * 8, "Aisha Khan", "Eastfield Primary")


@pytest.mark.parametrize("weak", WEAK)
def test_the_first_run_dialog_refuses_a_weak_passphrase(qtbot: QtBot, weak: str) -> None:
    d = PassphraseDialog(
        None, datakey.NEW_PROMPT, confirm=True, hints=("Aisha Khan", "Eastfield Primary")
    )
    qtbot.addWidget(d)
    d.passphrase.setText(weak)
    d.repeat.setText(weak)
    d.accept()
    assert d.result() != QDialog.DialogCode.Accepted
    assert "too easy to guess" in d.message.text() and "unrelated words" in d.message.text()
    d.passphrase.setText("tangerine lantern orbit")
    d.repeat.setText("tangerine lantern orbit")
    d.accept()
    assert d.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize("weak", WEAK)
def test_the_welcome_and_the_identity_dialog_refuse_a_weak_passphrase(
    qtbot: QtBot, store: Store, weak: str
) -> None:
    welcome = WelcomeDialog(store)
    qtbot.addWidget(welcome)
    dialog = IdentityDialog(store)
    qtbot.addWidget(dialog)
    for form in (welcome, dialog):
        form.name_edit.setText("Aisha Khan")
        form.school_edit.setText("Eastfield Primary")
        form.passphrase_edit.setText(weak)
        form.repeat_edit.setText(weak)
    assert not welcome.create_identity()
    assert "too easy to guess" in welcome.status.text()
    assert not dialog.create_from_form()
    assert "too easy to guess" in dialog.status.text()
    assert identity.get_identity(store) is None


def test_the_welcome_offers_the_passphrase_chosen_for_the_data(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "fresh"
    chosen = "tangerine lantern orbit"
    access = datakey.Access(ask_new=lambda _prompt, _hints: chosen)
    with Store.open(folder, access=access) as store:
        assert store.session_passphrase == chosen
        welcome = WelcomeDialog(store)
        qtbot.addWidget(welcome)
        assert welcome.passphrase_edit.text() == welcome.repeat_edit.text() == chosen
        welcome.name_edit.setText("Aisha Khan")
        assert welcome.create_identity()
        # One passphrase: the keys and the data both open with it.
        assert identity.unlock(store, ask=lambda _p: chosen).card.name == "Aisha Khan"
    assert datakey.opens(folder, chosen)


def test_another_passphrase_for_the_identity_becomes_the_data_passphrase_too(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "fresh"
    first, second = "tangerine lantern orbit", "copper kettle meadow"
    with Store.open(folder, access=datakey.Access(ask_new=lambda _p, _h: first)) as store:
        welcome = WelcomeDialog(store)
        qtbot.addWidget(welcome)
        welcome.name_edit.setText("Aisha Khan")
        welcome.passphrase_edit.setText(second)
        welcome.repeat_edit.setText(second)
        assert welcome.create_identity()
    assert datakey.opens(folder, second) and not datakey.opens(folder, first)


def test_the_window_asks_for_a_new_passphrase_on_a_fresh_machine_and_then_for_the_existing_one(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A desktop with no keyring entry: the first start asks to choose a passphrase (typed
    twice, checked); the next start, with the keyring forgotten, asks for it once."""
    asked: list[tuple[str, bool]] = []
    chosen = "tangerine lantern orbit"

    def exec_(dialog: PassphraseDialog) -> int:
        # The person types the passphrase (twice where asked) and presses OK.
        asked.append((dialog.prompt_label.text(), dialog.repeat.isVisibleTo(dialog)))
        dialog.passphrase.setText(chosen)
        dialog.repeat.setText(chosen)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(datakey, "DEFAULT_ACCESS", datakey.Access())  # nothing given
    monkeypatch.setattr(gui, "headless", lambda: False)  # dialogs may be shown
    monkeypatch.setattr(account_actions, "welcome_if_first_run", lambda _window: False)
    monkeypatch.setattr(PassphraseDialog, "exec", exec_)
    assert gui.run_gui(data_dir, quit_after_ms=200) == 0
    assert asked == [(datakey.NEW_PROMPT, True)]
    assert datakey.opens(data_dir, chosen)

    keyring.set_keyring(MemoryKeyring())  # a restart on a machine that kept nothing
    asked.clear()
    assert gui.run_gui(data_dir, quit_after_ms=200) == 0
    assert asked == [("Your Peerview passphrase", False)]
