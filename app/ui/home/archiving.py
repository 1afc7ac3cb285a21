"""Archiving a review from the window: asked first, undoable, and never a mystery.

A new user once archived the only review by pressing the one enabled toolbar button and
was then told "No reviews yet". So archiving asks first (naming the review and saying
that nothing is deleted), goes on the window's undo stack (Ctrl+Z, or Undo in the banner
that confirms it), and home says how many reviews are archived and how to see them and
bring one back (ArchivedNotice).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.services import planning
from app.services.store import Store
from app.ui.bus import ChangeBus


class ArchiveQuestion(QMessageBox):
    """ "Archive this review?", with Archive as the default answer (it can be undone)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Archive review"))
        self.setText(self.tr("Archive “{0}”?").format(title))
        self.setInformativeText(
            self.tr(
                "It leaves the list of reviews; nothing is deleted. To see archived reviews, "
                "choose View, Show archived reviews; Unarchive review brings one back."
            )
        )
        self.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        archive = self.button(QMessageBox.StandardButton.Yes)
        archive.setText(self.tr("&Archive"))
        archive.setAccessibleName(self.tr("Archive the review"))
        cancel = self.button(QMessageBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel, keep the review in the list"))
        self.setDefaultButton(QMessageBox.StandardButton.Yes)
        self.setEscapeButton(QMessageBox.StandardButton.Cancel)

    @classmethod
    def confirm(cls, title: str, parent: QWidget | None = None) -> tuple[None, bool]:
        box = cls(title, parent)
        accepted = box.exec() == QMessageBox.StandardButton.Yes
        box.deleteLater()
        return None, accepted


class ArchiveCommand(QUndoCommand):
    """Archive or bring back one review; ``said`` is told what happened after each
    do, undo and redo, so the window can confirm it where the person is looking."""

    def __init__(
        self,
        store: Store,
        bus: ChangeBus,
        review_id: str,
        title: str,
        archive: bool,
        said: Callable[[ArchiveCommand, bool], None],
    ) -> None:
        super().__init__(
            QCoreApplication.translate("archiving", "Archive “{0}”").format(title)
            if archive
            else QCoreApplication.translate("archiving", "Unarchive “{0}”").format(title)
        )
        self.store = store
        self.bus = bus
        self.review_id = review_id
        self.title = title
        self.archive = archive
        self._said = said

    def redo(self) -> None:
        self._apply(self.archive)

    def undo(self) -> None:
        self._apply(not self.archive)

    def _apply(self, archived: bool) -> None:
        self.bus.publish(planning.set_archived(self.store, self.review_id, archived))
        self._said(self, archived)

    def message(self, archived: bool) -> str:
        if archived:
            return QCoreApplication.translate(
                "archiving",
                "“{0}” archived. It is kept: View, Show archived reviews lists it again.",
            ).format(self.title)
        return QCoreApplication.translate(
            "archiving", "“{0}” is back in the list of reviews."
        ).format(self.title)


class ArchivedNotice(QWidget):
    """Under the list at home: how many reviews are archived, a button to show or hide
    them, and, while they show, how to bring one back. Hidden when none are archived.
    ``all_archived`` is the empty state for a list whose every review is archived."""

    def __init__(self, show_archived: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archived_notice")
        self._show_archived = show_archived
        self.label = QLabel(self)
        self.label.setObjectName("archived_hint")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.button = QPushButton(self)
        self.button.setObjectName("show_archived_button")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(show_archived.toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.all_archived = QLabel(parent)
        self.all_archived.setObjectName("all_archived_state")
        self.all_archived.setWordWrap(True)
        self.all_archived.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def update_counts(self, archived: int, listed: int) -> None:
        """``archived`` reviews exist, ``listed`` reviews of any kind are in the list."""
        showing = self._show_archived.isChecked()
        if showing:
            self.label.setText(
                self.tr(
                    "Archived reviews are listed too, marked “(archived)”. To bring one back, "
                    "select it and choose Unarchive review (Ctrl+Shift+A)."
                )
            )
            self.button.setText(self.tr("&Hide archived reviews"))
        else:
            self.label.setText(self.tr("%n archived review(s) not listed.", "", archived))
            self.button.setText(self.tr("Show a&rchived reviews"))
        self.button.setAccessibleName(self.button.text().replace("&", ""))
        self.label.setAccessibleName(self.label.text())
        self.setVisible(showing or archived > 0)
        if archived and not showing and listed == 0:
            text = self.tr(
                "Every review is archived. Show archived reviews (below) to list them; "
                "archived reviews are kept, and Unarchive review brings one back."
            )
            self.all_archived.setText(text)
            self.all_archived.setAccessibleName(text)
