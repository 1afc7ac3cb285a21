"""The first-run welcome, walked from the keyboard with and without an OS keyring."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.services import demo, identity, reviews
from app.services.errors import PeerviewError
from app.services.identity import find_trusted
from app.services.passphrase import KEYRING_SERVICE
from app.services.roster import export_roster
from app.services.store import Store
from app.ui.dialogs.about_dialog import AboutDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.home import account_actions
from app.ui.home.main_window import MainWindow
from app.ui.home.welcome_dialog import Choice, WelcomeDialog, should_show
from tests.conftest import MemoryKeyring
from tests.identity_helpers import (
    cheap_kdf,  # noqa: F401 (a fixture, see pytestmark)
    make_identity,
)
from tests.services.test_identity import NoKeyring
from tests.ui.dialogs.test_identity_dialog import tick_fingerprint
from tests.ui.keys import focused, press, tab, type_text

pytestmark = pytest.mark.usefixtures("cheap_kdf")

PASSPHRASE = "plum tree harbour"
NAME = "Zainab ہاشمی"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(previous)


def open_welcome(qtbot: QtBot, store: Store) -> WelcomeDialog:
    dialog = WelcomeDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name_edit.setFocus()
    return dialog


def assert_accessible(dialog: QWidget) -> None:
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
    for widget in dialog.findChildren(QWidget):
        kind = widget.metaObject().className()
        if kind in ("QLineEdit", "QComboBox", "QPushButton") and widget.isVisibleTo(dialog):
            assert widget.accessibleName(), kind


def walk_identity_step(qtbot: QtBot, dialog: WelcomeDialog) -> None:
    """Name, school, role, passphrase twice, Enter: all from the keyboard."""
    assert focused() is dialog.name_edit
    type_text(NAME)
    tab(qtbot)
    type_text("Ysgol Bryn Ŵyn")
    tab(qtbot)
    assert focused() is dialog.role_combo
    press(qtbot, Qt.Key.Key_Down)  # the next role
    tab(qtbot)
    type_text(PASSPHRASE)
    tab(qtbot)
    type_text(PASSPHRASE)
    press(qtbot, Qt.Key.Key_Return)


def test_welcome_with_a_keyring_keeps_the_passphrase_there(qtbot: QtBot, store: Store) -> None:
    memory = keyring.get_keyring()
    assert isinstance(memory, MemoryKeyring)
    dialog = open_welcome(qtbot, store)
    assert_accessible(dialog)
    assert "remembers it for you" in dialog.keyring_label.text()
    assert "keyring" in dialog.why_text.text()
    walk_identity_step(qtbot, dialog)

    card = identity.get_identity(store)
    assert card is not None and card.name == NAME and card.school == "Ysgol Bryn Ŵyn"
    assert memory.secrets[(KEYRING_SERVICE, f"identity:{card.key_id}")] == PASSPHRASE
    # Step 2 (roster): skipped from the keyboard; step 3 offers the demo first.
    assert dialog.stack.currentIndex() == 1 and focused() is dialog.import_button
    dialog.skip_button.click()
    assert dialog.stack.currentIndex() == 2 and focused() is dialog.demo_button
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice is Choice.DEMO
    assert not should_show(store)


def test_welcome_without_a_keyring_says_it_will_ask(
    qtbot: QtBot, store: Store, no_keyring: None
) -> None:
    dialog = open_welcome(qtbot, store)
    assert "cannot store it" in dialog.keyring_label.text()
    assert "ask you for it" in dialog.keyring_label.text()
    assert "no keyring" in dialog.why_text.text()
    walk_identity_step(qtbot, dialog)

    card = identity.get_identity(store)
    assert card is not None and card.name == NAME
    assert dialog.stack.currentIndex() == 1
    # Nothing to read the passphrase from: unlocking asks, and the typed one opens the keys.
    with pytest.raises(PeerviewError):
        identity.unlock(store)
    asked: list[str] = []
    unlocked = identity.unlock(store, ask=lambda prompt: asked.append(prompt) or PASSPHRASE)
    assert asked and unlocked.card.key_id == card.key_id


def test_identity_step_refuses_a_short_or_mismatched_passphrase(qtbot: QtBot, store: Store) -> None:
    dialog = open_welcome(qtbot, store)
    dialog.name_edit.setText("Sam Okafor")
    dialog.passphrase_edit.setText("short")
    dialog.repeat_edit.setText("short")
    dialog.next_button.click()
    assert "too short" in dialog.status.text() and dialog.stack.currentIndex() == 0
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE + "x")
    dialog.next_button.click()
    assert "differ" in dialog.status.text()
    assert identity.get_identity(store) is None


def test_everything_skips_and_closing_marks_the_welcome_seen(qtbot: QtBot, store: Store) -> None:
    assert should_show(store)
    dialog = open_welcome(qtbot, store)
    dialog.skip_button.click()
    dialog.skip_button.click()
    assert dialog.stack.currentIndex() == 2 and not dialog.skip_button.isVisible()
    press(qtbot, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert identity.get_identity(store) is None
    assert not should_show(store)


def test_first_run_from_the_main_window_opens_the_demo(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()

    def choose_demo(dialog: WelcomeDialog) -> int:
        dialog.finish(Choice.DEMO)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(WelcomeDialog, "exec", choose_demo)
    assert account_actions.welcome_if_first_run(window)
    assert window.workspace is not None
    assert window.workspace.review_id == demo.find_demo(store)
    # Seen once: the next start goes straight to the reviews.
    assert not account_actions.welcome_if_first_run(window)


def test_no_welcome_when_there_are_reviews_already(qtbot: QtBot, store: Store) -> None:
    demo.create_demo(store)
    assert reviews.list_reviews(store)
    assert not should_show(store)


def test_menus_reach_identity_roster_settings_welcome_and_about(qtbot: QtBot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    file_texts = [a.text() for a in window.file_menu.actions()]
    for text in ("Your &identity…", "&Trust a person's card…", "Import partnership &roster…"):
        assert text in file_texts
    assert file_texts[-1] == "&Quit"
    help_texts = [a.text() for a in window.help_menu.actions()]
    assert help_texts == ["&Welcome…", "&About Peerview"]
    assert QApplication.instance() is not None


def test_roster_step_imports_a_signed_roster_after_the_fingerprint_check(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(tmp_path / "lead") as other:
        lead = make_identity(other, "Łucja Nowak", role="partnership_lead")
        roster_file = tmp_path / "roster.peerview.json"
        export_roster(other, roster_file)
    shown = tick_fingerprint(monkeypatch, confirm=True)
    dialog = open_welcome(qtbot, store)
    dialog.skip_button.click()

    # A damaged file: a clear problem, the step stays, nothing is trusted.
    broken = tmp_path / "broken.peerview.json"
    broken.write_bytes(roster_file.read_bytes()[:40])
    assert not dialog.import_roster_from(broken)
    assert dialog.status.text() and dialog.stack.currentIndex() == 1
    assert find_trusted(store, lead.key_id) is None

    assert dialog.import_roster_from(roster_file), dialog.status.text()
    assert shown == [lead.fingerprint]
    assert "1 added" in dialog.status.text() and dialog.stack.currentIndex() == 2
    trusted = find_trusted(store, lead.key_id)
    assert trusted is not None and trusted.source == "roster"


def test_settings_and_about_are_labelled_for_keyboard_and_screen_readers(
    qtbot: QtBot, store: Store
) -> None:
    for dialog in (SettingsDialog(store), AboutDialog(store)):
        qtbot.addWidget(dialog)
        assert_accessible(dialog)


# Words a new reviewer has not met yet: the welcome's first screen keeps them behind "Why?".
JARGON = re.compile(r"\b(keys?|encrypt\w*|fingerprints?|bundles?|keyrings?|certificates?)\b", re.I)


def test_welcome_leads_with_what_the_person_gets_and_keeps_the_detail_behind_why(
    qtbot: QtBot, store: Store
) -> None:
    dialog = open_welcome(qtbot, store)
    page = dialog.stack.currentWidget()
    layout = page.layout()
    assert layout is not None
    first = next(
        item.widget()
        for item in (layout.itemAt(i) for i in range(layout.count()))
        if isinstance(item.widget(), QLabel) and item.widget().isVisible()
    )
    opening = first.text().casefold()  # type: ignore[union-attr]
    assert "your name" in opening and "notes" in opening and "report" in opening
    shown = "\n".join(w.text() for w in dialog.findChildren(QLabel) if w.isVisible())
    assert JARGON.findall(shown) == [], "jargon on the first screen"

    # "Why?" opens the detail from the keyboard, and closes it again.
    why = dialog.why_button
    assert why.isVisible() and why.accessibleName() and why.text().replace("&", "") == "Why?"
    assert not dialog.why_text.isVisible()
    why.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.why_text.isVisible()
    detail = dialog.why_text.text()
    assert "encrypt" in detail and "fingerprint" in detail
    assert why.isChecked()
    press(qtbot, Qt.Key.Key_Space)
    assert not dialog.why_text.isVisible()
