"""Settings (data folder, shared folder, backups, retention, theme, language) and About
with "Copy diagnostics", which never carries notes or names."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models import backups
from app.services import demo, evidence, retention
from app.services.store import Store
from app.ui import settings as prefs
from app.ui import theme
from app.ui.dialogs.about_dialog import AboutDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from tests.identity_helpers import (
    cheap_kdf,  # noqa: F401 (a fixture, see pytestmark)
    make_identity,
)
from tests.ui.helpers import make_review

pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture
def dialog(qtbot: QtBot, store: Store) -> SettingsDialog:
    demo.create_demo(store)
    d = SettingsDialog(store)
    qtbot.addWidget(d)
    return d


def test_settings_are_saved_under_the_documented_keys(
    dialog: SettingsDialog, tmp_path: Path, store: Store
) -> None:
    shared = tmp_path / "Shared drive" / "Peerview bundles"
    elsewhere = tmp_path / "elsewhere"
    dialog.shared_edit.setText(str(shared))
    dialog.data_edit.setText(str(elsewhere))
    assert "next starts" in dialog.data_note.text()
    assert str(store.db.data_dir) in dialog.data_note.text()
    dialog.accept()
    assert prefs.text_value(prefs.SYNC_SHARED_FOLDER_KEY) == str(shared)
    assert prefs.settings().value("sync/shared_folder") == str(shared)
    assert prefs.configured_data_dir() == elsewhere
    # The open database stays where it is until the next start.
    assert store.db.data_dir != elsewhere


def test_data_folder_left_alone_keeps_the_default(dialog: SettingsDialog) -> None:
    dialog.accept()
    assert prefs.configured_data_dir() is None


def test_a_file_is_refused_as_the_data_folder(dialog: SettingsDialog, tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    dialog.data_edit.setText(str(a_file))
    dialog.accept()
    assert "is a file" in dialog.error.text()
    assert prefs.configured_data_dir() is None


def test_back_up_now_adds_a_backup(dialog: SettingsDialog, store: Store) -> None:
    before = len(backups.list_backups(store.db.data_dir))
    made = dialog.back_up_now()
    assert made is not None and made.is_file()
    assert len(backups.list_backups(store.db.data_dir)) == before + 1
    assert f"{before + 1} kept" in dialog.backup_label.text()


def test_retention_is_written_through_the_service(dialog: SettingsDialog, store: Store) -> None:
    review_id = demo.find_demo(store)
    dialog.retention_review.setCurrentIndex(dialog.retention_review.findData(review_id))
    assert dialog.retention_days.currentData() == 90  # the default until someone chooses
    dialog.retention_days.setCurrentIndex(dialog.retention_days.findData(365))
    dialog.retention_days.activated.emit(dialog.retention_days.currentIndex())
    assert retention.states(store, review_id)[0].retention_days == 365
    assert retention.states(store, review_id)[0].chosen


def test_the_laptop_default_is_changed_in_settings(dialog: SettingsDialog, store: Store) -> None:
    review_id = demo.find_demo(store)
    assert dialog.retention_default.currentData() == 90
    dialog.retention_default.setCurrentIndex(dialog.retention_default.findData(30))
    dialog.retention_default.activated.emit(dialog.retention_default.currentIndex())
    assert retention.default_days(store) == 30
    # A review nobody chose a schedule for follows it (until it is signed).
    dialog.retention_review.setCurrentIndex(dialog.retention_review.findData(review_id))
    assert retention.states(store, review_id)[0].retention_days == 30
    assert dialog.retention_days.currentData() == 30


def test_dark_and_light_themes_change_the_palette(dialog: SettingsDialog) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
        dialog.accept()
        assert prefs.text_value(prefs.THEME_KEY) == "dark"
        assert theme.is_dark(app.palette())
        assert theme.apply_theme("light") == "light"
        assert not theme.is_dark(app.palette())
    finally:
        theme.apply_theme("system")
        app.setPalette(QPalette())


def test_language_lists_english_first(dialog: SettingsDialog) -> None:
    assert dialog.language_combo.itemData(0) == "en"
    dialog.accept()
    assert prefs.text_value(prefs.LANGUAGE_KEY) == "en"


def test_copy_diagnostics_has_versions_and_no_personal_content(qtbot: QtBot, store: Store) -> None:
    make_identity(store, "Philomena Ravenscroft", school="Thistledown Free School")
    review_id = make_review(store, "Ysgol Llanfihangel-ar-Arth", "Quincunx review")
    evidence.add_note(store, review_id, "Zugzwang during the phonics lesson", strand_codes=["C2"])
    about = AboutDialog(store)
    qtbot.addWidget(about)
    text = about.copy_diagnostics()
    assert QApplication.clipboard().text() == text
    for expected in ("Qt:", "PySide6:", "Python:", "SQLite:", "Schema version:", "Evidence notes:"):
        assert expected in text
    assert "Noto Sans Arabic" in text
    for secret in (
        "Philomena",
        "Ravenscroft",
        "Thistledown",
        "Llanfihangel",
        "Quincunx",
        "Zugzwang",
    ):
        assert secret not in text
    assert str(store.db.data_dir) not in text


def test_the_window_opens_the_chosen_folder_unless_the_environment_says_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.app import _chosen_folder

    chosen = tmp_path / "Peerview on D"
    prefs.set_value(prefs.DATA_FOLDER_KEY, str(chosen))
    assert _chosen_folder() is None  # PEERVIEW_DATA_DIR is set by the test fixture
    monkeypatch.delenv("PEERVIEW_DATA_DIR")
    assert _chosen_folder() == chosen
    prefs.set_value(prefs.DATA_FOLDER_KEY, "")
    assert _chosen_folder() is None
