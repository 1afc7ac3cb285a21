"""Tagging from the keyboard: type part of a code or a name, press Enter, and the tag is
added; the chosen tags are a list where Delete (or Backspace) removes the current one."""

from __future__ import annotations

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


class TagField(QWidget):
    #: (old keys, new keys) after the person added or removed a tag.
    tags_changed = Signal(list, list)

    def __init__(self, label: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[str, str]] = []  # (key, label shown)
        self._keys: list[str] = []
        self.label = QLabel(label, self)
        self.input = QLineEdit(self)
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
        self.input.returnPressed.connect(self._on_return)

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
        line = max(self.list.fontMetrics().lineSpacing(), 16)
        self.list.setMaximumHeight(line * 4 + 8)
        self.list.setMinimumHeight(line * 2 + 8)

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

    def resolve(self, typed: str) -> str | None:
        """The entry a person means by ``typed``: an exact key, an exact label, or the
        first entry whose label contains it (what the completer showed first)."""
        typed = typed.strip()
        if not typed:
            return None
        folded = typed.casefold()
        for key, label in self._entries:
            if key.casefold() == folded or label.casefold() == folded:
                return key
        for key, label in self._entries:
            if folded in label.casefold():
                return key
        return None

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
        QTimer.singleShot(0, self.input.clear)

    def _on_return(self) -> None:
        key = self.resolve(self.input.text())
        if key is not None:
            self.add(key)
            self.input.clear()

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
