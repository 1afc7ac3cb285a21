"""Pick a note to link to: search as you type, choose corroborates or contradicts."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListView,
    QWidget,
)

from app.models.evidence import NOTE_LINK_KINDS
from app.services import notes_query
from app.services.notes_query import NoteFilter
from app.services.store import Store


class LinkDialog(QDialog):
    def __init__(self, store: Store, review_id: str, exclude: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.store, self.review_id, self.exclude = store, review_id, exclude
        self.setWindowTitle(self.tr("Link to a note"))
        self.setAccessibleName(self.tr("Link to a note"))
        self.query = QLineEdit(self)
        self.query.setAccessibleName(self.tr("Find the note to link"))
        self.query.setPlaceholderText(self.tr("Words from the other note"))
        self.results = QListView(self)
        self.results.setAccessibleName(self.tr("Matching notes"))
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self._model = QStringListModel(self)
        self.results.setModel(self._model)
        self._ids: list[str] = []
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of link"))
        words = {"corroborates": self.tr("Corroborates"), "contradicts": self.tr("Contradicts")}
        for kind in NOTE_LINK_KINDS:
            self.kind.addItem(words.get(kind, kind), kind)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Find:"), self.query)
        form.addRow(self.tr("&Notes:"), self.results)
        form.addRow(self.tr("This note &is:"), self.kind)
        form.addRow(buttons)
        self.query.textChanged.connect(self.find_notes)
        self.query.returnPressed.connect(self.results.setFocus)
        self.results.activated.connect(lambda _i: self.accept())
        self.find_notes("")
        self.resize(560, 380)

    def find_notes(self, text: str) -> None:
        rows = notes_query.page(self.store, self.review_id, NoteFilter(query=text), limit=50)
        rows = [r for r in rows if r.id != self.exclude]
        self._ids = [r.id for r in rows]
        self._model.setStringList([" ".join((r.snippet or r.text).split())[:120] for r in rows])
        if rows:
            self.results.setCurrentIndex(self._model.index(0))

    def chosen(self) -> tuple[str, str] | None:
        row = self.results.currentIndex().row()
        if not 0 <= row < len(self._ids):
            return None
        return self._ids[row], str(self.kind.currentData())

    @classmethod
    def get_link(
        cls, store: Store, review_id: str, exclude: str, parent: QWidget | None
    ) -> tuple[tuple[str, str] | None, bool]:
        """((other note id, kind), accepted) — tests patch ``exec`` and nothing else."""
        dialog = cls(store, review_id, exclude, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.chosen() if accepted else None
        dialog.deleteLater()
        return value, accepted and value is not None
