"""Tagging from the keyboard: type part of a code or a name, press Enter, and the tag is
added; the chosen tags are a list where Delete (or Backspace) removes the current one.

What Enter picks is what the list under the field shows first, ranked (``rank``): the
exact code, then codes that start with what was typed, then titles with a word that
starts with it, then titles that merely contain it. ("I" means the I strands, not L1
"Vision…", which only contains an i.) Ctrl+Z in the field undoes typing not yet tagged,
then the tags themselves, through the review's undo stack.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.ui.review.capture.row_fit import fit_to_rows
from app.ui.review.capture.undo_keys import send_to_review, undo_key

EXACT, CODE_PREFIX, WORD_START, INSIDE = range(4)
MOST_ROWS = 4  # chosen tags shown before the list scrolls


def rank(typed: str, key: str, label: str) -> int | None:
    """How well ``typed`` names the entry ``key`` shown as ``label`` ("C2 Early reading…",
    "Q1 How well…"): lower is better; None when it does not match at all."""
    folded = " ".join(typed.split()).casefold()
    text = label.casefold()
    if not folded or (folded not in text and folded != key.casefold()):
        return None
    code = text.split(" ", 1)[0]
    if folded in (key.casefold(), code, text):
        return EXACT
    if code.startswith(folded):
        return CODE_PREFIX
    if re.search(r"(?<!\w)" + re.escape(folded), text):
        return WORD_START
    return INSIDE


class TagInput(QLineEdit):
    """The type-ahead box. Ctrl+Z and Ctrl+Shift+Z undo and redo its own typing while it
    has some; after that they go to the review's undo stack (undo_requested), so Ctrl+Z
    right after tagging takes the tag off instead of bringing back the typed text."""

    undo_requested = Signal()
    redo_requested = Signal()

    def _for_the_review(self, event: QEvent) -> str | None:
        kind = undo_key(event)
        if kind == "undo" and not self.isUndoAvailable():
            return kind
        if kind == "redo" and not self.isRedoAvailable():
            return kind
        return None

    def event(self, event: QEvent) -> bool:
        kind = self._for_the_review(event)
        if send_to_review(event, kind, self.undo_requested, self.redo_requested):
            return True
        return super().event(event)

    def start_afresh(self) -> None:
        """Empty, with no typing left to undo (setText forgets the field's own history)."""
        self.setText("")


class TagField(QWidget):
    #: (old keys, new keys) after the person added or removed a tag.
    tags_changed = Signal(list, list)
    #: Ctrl+Z / Ctrl+Shift+Z in the field with no typing of its own to undo or redo.
    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, label: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[str, str]] = []  # (key, label shown)
        self._keys: list[str] = []
        self.label = QLabel(label, self)
        self.input = TagInput(self)
        self.input.setPlaceholderText(placeholder)
        self.input.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.input.setClearButtonEnabled(True)
        self.label.setBuddy(self.input)
        self._choices = QStringListModel(self)
        self.completer = QCompleter(self._choices, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.input.setCompleter(self.completer)
        self.completer.activated.connect(self._on_completed)
        # Connected before the field's own completion runs (textEdited is emitted first),
        # so the list it filters is already in ranked order.
        self.input.textEdited.connect(self._rank_choices)
        self.input.returnPressed.connect(self._on_return)
        self.input.undo_requested.connect(self.undo_requested)
        self.input.redo_requested.connect(self.redo_requested)

        self._chosen = QStringListModel(self)
        self.list = QListView(self)
        self.list.setModel(self._chosen)
        self.list.setAccessibleName(
            self.tr("{0} chosen").format(label.replace("&", "").rstrip(":"))
        )
        self.list.setAccessibleDescription(self.tr("Press Delete to remove the selected tag."))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.installEventFilter(self)
        fit_to_rows(self.list, MOST_ROWS)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.label)
        top.addWidget(self.input, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.list)

    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        self._entries = entries
        self._choices.setStringList([label for _, label in entries])
        self._show()

    def set_tags(self, keys: list[str]) -> None:
        """Show these tags (from the store); emits nothing."""
        self._keys = list(keys)
        self._show()

    def keys(self) -> list[str]:
        return list(self._keys)

    def _label(self, key: str) -> str:
        return next((label for k, label in self._entries if k == key), key)

    def _show(self) -> None:
        self._chosen.setStringList([self._label(k) for k in self._keys])
        fit_to_rows(self.list, MOST_ROWS)

    def ranked(self, typed: str) -> list[tuple[str, str]]:
        """The entries ``typed`` matches, best first; ties keep the framework's order."""
        scored = []
        for position, (key, label) in enumerate(self._entries):
            score = rank(typed, key, label)
            if score is not None:
                scored.append((score, position, key, label))
        return [(key, label) for _, _, key, label in sorted(scored)]

    def resolve(self, typed: str) -> str | None:
        """The entry a person means by ``typed``: the best ranked, which is also what the
        list under the field shows first."""
        best = self.ranked(typed)
        return best[0][0] if best else None

    def _rank_choices(self, typed: str) -> None:
        matches = self.ranked(typed)
        chosen = {key for key, _ in matches}
        rest = [label for key, label in self._entries if key not in chosen]
        self._choices.setStringList([label for _, label in matches] + rest)

    def add(self, key: str) -> None:
        if key in self._keys:
            return
        old = list(self._keys)
        self._keys.append(key)
        self._show()
        self.tags_changed.emit(old, list(self._keys))

    def remove(self, key: str) -> None:
        if key not in self._keys:
            return
        old = list(self._keys)
        self._keys.remove(key)
        self._show()
        self.tags_changed.emit(old, list(self._keys))

    def _on_completed(self, text: str) -> None:
        key = self.resolve(text)
        if key is not None:
            self.add(key)
        # The completer writes its choice into the field after this signal; clear after.
        QTimer.singleShot(0, self.input.start_afresh)

    def _on_return(self) -> None:
        key = self.resolve(self.input.text())
        if key is not None:
            self.add(key)
            self.input.start_afresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            row = self.list.currentIndex().row()
            if 0 <= row < len(self._keys):
                self.remove(self._keys[row])
                if self._keys:
                    self.list.setCurrentIndex(self._chosen.index(min(row, len(self._keys) - 1)))
            return True
        return super().eventFilter(watched, event)
