"""Help, About Peerview: versions, where the data folder is, and "Copy diagnostics" for a
support request.

The versions and the diagnostics come from app/services/diagnostics.py, which never
includes note text, names or paths; this dialog only adds what Qt knows (its versions, the
fonts Qt registered). The data folder is shown apart from the diagnostics, so a person can
find and copy it without it going into what they paste to others. Open with
``AboutDialog.show_about(store, parent)``.
"""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import diagnostics
from app.services.store import Store
from app.ui.fonts import register_app_fonts
from app.version import __version__


def qt_facts() -> list[tuple[str, str]]:
    app = QApplication.instance()
    platform = app.platformName() if isinstance(app, QApplication) else ""
    return [
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Qt platform", platform),
        ("Fonts registered with Qt", ", ".join(register_app_fonts()) or "none"),
    ]


class AboutDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About Peerview"))
        self.setAccessibleName(self.tr("About Peerview"))
        self.resize(620, 520)
        self.diagnostics = diagnostics.collect(store, extra=qt_facts())

        intro = QLabel(
            self.tr(
                "<p><b>Peerview</b> {0}</p><p>Plan, gather evidence for and report on "
                "developmental school peer reviews, offline.</p>"
            ).format(__version__),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setAccessibleName(self.tr("Peerview {0}").format(__version__))
        self.folder = QLineEdit(str(store.db.data_dir), self)
        self.folder.setObjectName("data_folder")
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.folder.setToolTip(self.tr("Where this computer keeps your reviews"))
        self.folder.setCursorPosition(0)
        folder_label = QLabel(self.tr("Data &folder:"), self)
        folder_label.setBuddy(self.folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        details_label = QLabel(self.tr("&Diagnostics (no notes, names or paths):"), self)
        self.details = QPlainTextEdit(self.diagnostics.as_text(), self)
        self.details.setReadOnly(True)
        # Fixed width, so the aligned columns of the text stay aligned.
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName(self.tr("Diagnostics"))
        details_label.setBuddy(self.details)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy diagnostics"), self)
        self.copy_button.setAccessibleName(self.tr("Copy diagnostics"))
        self.copy_button.setAutoDefault(False)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_diagnostics)
        self.copied = QLabel("", self)
        self.copied.setAccessibleName(self.tr("Status"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(details_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)

    def copy_diagnostics(self) -> str:
        text = self.diagnostics.as_text()
        QApplication.clipboard().setText(text)
        self.copied.setText(self.tr("Copied. Paste it into your message to whoever helps you."))
        return text

    @classmethod
    def show_about(cls, store: Store, parent: QWidget | None = None) -> tuple[None, bool]:
        dialog = cls(store, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return None, accepted
