"""Settings: data folder, shared folder for sync bundles, backups, retention, theme and
language. Open with ``SettingsDialog.edit_settings(store, parent)`` -> ``(saved, accepted)``.

The data folder and the language take effect at the next start (the open database and the
loaded translations cannot be swapped under open windows), and the dialog says so. The
theme applies at once. Retention is per review and is written through the retention
service straight away, like the same control on the Sign-off page.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.models import backups
from app.services import retention
from app.services.errors import PeerviewError
from app.services.store import Store
from app.ui import i18n, theme
from app.ui import settings as prefs
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.messages import window_text
from app.ui.review.signoff.retention_box import CHOICES

log = logging.getLogger(__name__)


def _folder_row(parent: QWidget, edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class SettingsDialog(FormDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Settings"), "SettingsDialog", 640, parent)
        self.store = store
        current = store.db.data_dir

        self.data_edit = QLineEdit(str(prefs.configured_data_dir() or current), self)
        self.data_edit.setAccessibleName(self.tr("Data folder"))
        self.data_edit.setAccessibleDescription(self.tr("Takes effect when Peerview next starts"))
        data_button = QPushButton(self.tr("C&hoose…"), self)
        data_button.setAccessibleName(self.tr("Choose the data folder"))
        data_button.clicked.connect(lambda: self._choose_folder(self.data_edit))
        self.add_row(
            self.tr("&Data folder:"), _folder_row(self, self.data_edit, data_button), self.data_edit
        )
        self.data_note = QLabel(
            self.tr(
                "Peerview is using {0} now. A different folder takes effect when Peerview "
                "next starts; the reviews in this folder stay here (copy the folder first to "
                "move them)."
            ).format(current),
            self,
        )
        self.data_note.setWordWrap(True)
        self.data_note.setAccessibleName(self.tr("About changing the data folder"))
        self.form.addRow(self.data_note)

        self.shared_edit = QLineEdit(prefs.text_value(prefs.SYNC_SHARED_FOLDER_KEY), self)
        self.shared_edit.setAccessibleName(self.tr("Shared folder for sync bundles"))
        self.shared_edit.setPlaceholderText(self.tr("None: bundles are moved by hand"))
        shared_button = QPushButton(self.tr("Ch&oose…"), self)
        shared_button.setAccessibleName(self.tr("Choose the shared folder"))
        shared_button.clicked.connect(lambda: self._choose_folder(self.shared_edit))
        self.add_row(
            self.tr("&Shared folder:"),
            _folder_row(self, self.shared_edit, shared_button),
            self.shared_edit,
        )

        self.backup_label = QLabel(self)
        self.backup_label.setAccessibleName(self.tr("Backups"))
        self.backup_button = QPushButton(self.tr("&Back up now"), self)
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        open_button = QPushButton(self.tr("O&pen backups folder"), self)
        open_button.setAccessibleName(self.tr("Open the backups folder"))
        open_button.clicked.connect(self.open_backups)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_label, 1)
        backup_row.addWidget(self.backup_button)
        backup_row.addWidget(open_button)
        self.add_row(self.tr("Backups:"), backup_row, self.backup_button)
        self._show_backups()

        self.retention_default = QComboBox(self)
        self.retention_default.setObjectName("retention_default")
        self.retention_default.setAccessibleName(
            self.tr("Default for evidence notes after signing, on this computer")
        )
        for days in CHOICES:
            self.retention_default.addItem(self._schedule_text(days), days)
        default = retention.default_days(store)
        if self.retention_default.findData(default) < 0:
            self.retention_default.addItem(self._schedule_text(default), default)
        self.retention_default.setCurrentIndex(self.retention_default.findData(default))
        self.retention_default.activated.connect(self._set_retention_default)
        self.add_row(self.tr("Retention de&fault:"), self.retention_default, self.retention_default)

        self.retention_review = QComboBox(self)
        self.retention_review.setAccessibleName(self.tr("Review"))
        for state in retention.states(store):
            self.retention_review.addItem(state.title, state.review_id)
        self.retention_days = QComboBox(self)
        self.retention_days.setAccessibleName(
            self.tr("Keep or purge the evidence notes after signing")
        )
        for days in CHOICES:
            self.retention_days.addItem(self._schedule_text(days), days)
        retention_row = QHBoxLayout()
        retention_row.addWidget(self.retention_review, 1)
        retention_row.addWidget(self.retention_days)
        self.add_row(self.tr("R&etention:"), retention_row, self.retention_review)
        self.retention_review.currentIndexChanged.connect(self._show_retention)
        self.retention_days.activated.connect(self._set_retention)
        self._show_retention()
        if not self.retention_review.count():
            self.retention_review.setEnabled(False)
            self.retention_days.setEnabled(False)

        self.theme_combo = QComboBox(self)
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        for key, text in zip(
            prefs.THEMES,
            (self.tr("Follow the system"), self.tr("Light"), self.tr("Dark")),
            strict=True,
        ):
            self.theme_combo.addItem(text, key)
        saved = prefs.text_value(prefs.THEME_KEY, "system")
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(saved)))
        self.add_row(self.tr("&Theme:"), self.theme_combo)

        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.setAccessibleDescription(
            self.tr("Takes effect when Peerview next starts")
        )
        for code, name in i18n.available_languages():
            self.language_combo.addItem(name, code)
        language = prefs.text_value(prefs.LANGUAGE_KEY, "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.add_row(self.tr("&Language:"), self.language_combo)
        language_note = QLabel(self.tr("A new language shows when Peerview next starts."), self)
        language_note.setAccessibleName(language_note.text())
        self.form.addRow(language_note)

        self.finish(self.tr("&Save"))

    # -- actions -------------------------------------------------------------------

    def _choose_folder(self, edit: QLineEdit) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), edit.text())
        if chosen:
            edit.setText(chosen)

    def _show_backups(self) -> None:
        found = backups.list_backups(self.store.db.data_dir)
        self.backup_label.setText(
            self.tr("%n kept (Peerview keeps the newest {0})", "", len(found)).format(backups.KEEP)
        )

    def back_up_now(self) -> Path | None:
        try:
            made = self.store.db.backup()
        except OSError as exc:
            self.show_problem(self.tr("Could not back up: {0}").format(exc))
            return None
        self._show_backups()
        return made

    def open_backups(self) -> bool:
        folder = backups.backup_dir(self.store.db.data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _schedule_text(self, days: int | None) -> str:
        if days is None:
            return self.tr("Keep the notes")
        return self.tr("Purge {0} days after signing").format(days)

    def _set_retention_default(self) -> None:
        try:
            retention.set_default_days(self.store, self.retention_default.currentData())
        except PeerviewError as exc:
            self.show_problem(window_text(exc), self.retention_default)
        self._show_retention()

    def _show_retention(self) -> None:
        review_id = self.retention_review.currentData()
        if review_id is None:
            return
        state = retention.states(self.store, str(review_id))[0]
        index = self.retention_days.findData(state.retention_days)
        if index < 0:  # a schedule set elsewhere (the command line) that is not a choice
            self.retention_days.addItem(
                self._schedule_text(state.retention_days), state.retention_days
            )
            index = self.retention_days.count() - 1
        self.retention_days.setCurrentIndex(index)

    def _set_retention(self) -> None:
        review_id = self.retention_review.currentData()
        if review_id is None:
            return
        try:
            retention.set_retention(self.store, str(review_id), self.retention_days.currentData())
        except PeerviewError as exc:
            self.show_problem(window_text(exc), self.retention_days)

    def accept(self) -> None:
        data = self.data_edit.text().strip()
        if data and Path(data).exists() and not Path(data).is_dir():
            self.show_problem(
                self.tr("The data folder is a file; choose a folder."), self.data_edit
            )
            return
        current = str(self.store.db.data_dir)
        # Leaving the folder in use as it is keeps the default when it was the default.
        unchanged = data == current and prefs.configured_data_dir() is None
        prefs.set_value(prefs.DATA_FOLDER_KEY, "" if unchanged else data)
        prefs.set_value(prefs.SYNC_SHARED_FOLDER_KEY, self.shared_edit.text().strip())
        prefs.set_value(prefs.THEME_KEY, str(self.theme_combo.currentData()))
        prefs.set_value(prefs.LANGUAGE_KEY, str(self.language_combo.currentData()))
        theme.apply_theme(str(self.theme_combo.currentData()))
        super().accept()

    @classmethod
    def edit_settings(cls, store: Store, parent: QWidget | None = None) -> tuple[bool | None, bool]:
        dialog = cls(store, parent)
        return dialog.run(lambda: True)
