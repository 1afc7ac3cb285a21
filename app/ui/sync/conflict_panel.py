"""One conflict, for the lead to decide: every competing text side by side, a button to
keep each, and a merged text to write instead. An edited-while-deleted record offers
keep or delete. Deciding is a new change-log entry (it travels in the next bundle) and
an undo step."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.sync.conflicts import Conflict
from app.textdiff import ADDED, REMOVED, summary, word_diff
from app.ui.sync.diff_view import show_pieces
from app.ui.widgets.labels import field_label


def _textdiff_words(text: str) -> str:
    return QCoreApplication.translate("textdiff", text)


def show_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):  # an edit met by a delete: the fields it changed
        return "\n\n".join(f"{field_label(k)}: {show_value(v)}" for k, v in value.items())
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def when_made(version: Any) -> str:
    """The author's own time for a version (never the hybrid clock)."""
    if version.wall_ms:
        try:
            return dates.relative(version.wall_ms)
        except (ValueError, OverflowError, OSError):
            pass
    return hlc_time(version.hlc)


def hlc_time(hlc: str) -> str:
    try:
        return dates.relative(int(hlc.split("-")[0]))
    except (ValueError, OverflowError, OSError):
        return hlc


class ConflictPanel(QWidget):
    #: ("choose", ref) | ("merge", text) | ("keep", "") | ("delete", "")
    decided = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("The chosen conflict"))
        self.conflict: Conflict | None = None
        self.heading = QLabel(self.tr("Choose a conflict in the list."), self)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Conflict"))
        # What differs between the versions, in words (also for screen readers).
        self.differences = QLabel(self)
        self.differences.setWordWrap(True)
        self.differences.setAccessibleName(self.tr("What differs"))
        self.differences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions = QGridLayout()
        self.version_boxes: list[QPlainTextEdit] = []
        self.keep_buttons: list[QPushButton] = []
        self.merged_label = QLabel(self.tr("Mer&ged text:"), self)
        self.merged = QPlainTextEdit(self)
        self.merged.setAccessibleName(self.tr("Merged text"))
        self.merged.setAccessibleDescription(
            self.tr("Write one text from both versions, then choose Use merged text")
        )
        self.merged.setTabChangesFocus(True)
        self.merged_label.setBuddy(self.merged)
        self.merge_button = QPushButton(self.tr("Use merged te&xt"), self)
        self.merge_button.setAccessibleName(self.tr("Use merged text"))
        self.merge_button.clicked.connect(
            lambda: self.decided.emit("merge", self.merged.toPlainText())
        )
        self.keep_record = QPushButton(self.tr("&Keep it"), self)
        self.keep_record.setAccessibleName(self.tr("Keep the record"))
        self.keep_record.clicked.connect(lambda: self.decided.emit("keep", ""))
        self.delete_record = QPushButton(self.tr("Delete it a&gain"), self)
        self.delete_record.setAccessibleName(self.tr("Delete the record again"))
        self.delete_record.clicked.connect(lambda: self.decided.emit("delete", ""))
        record_row = QHBoxLayout()
        record_row.addWidget(self.keep_record)
        record_row.addWidget(self.delete_record)
        record_row.addStretch(1)
        merge_row = QHBoxLayout()
        merge_row.addStretch(1)
        merge_row.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 6, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.differences)
        layout.addLayout(self.versions, 2)
        layout.addLayout(record_row)
        layout.addWidget(self.merged_label)
        layout.addWidget(self.merged, 1)
        layout.addLayout(merge_row)
        self.show_conflict(None, lambda _key: "", "")

    def show_empty(self) -> None:
        """No conflict at all: say so calmly, rather than ask to choose from nothing."""
        self.show_conflict(None, lambda _key: "", "")
        self.heading.setText(
            self.tr(
                "No conflicts to decide. When two laptops change the same text before "
                "they sync, both versions wait here for you to choose."
            )
        )

    def show_conflict(
        self, conflict: Conflict | None, name_of: Callable[[str | None], str], label: str
    ) -> None:
        self.conflict = conflict
        while self.versions.count():
            item = self.versions.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.version_boxes, self.keep_buttons = [], []
        edit_delete = conflict is not None and conflict.kind == "edit_delete"
        texty = (
            conflict is not None
            and not edit_delete
            and all(isinstance(v.value, str | None) for v in conflict.versions)
        )
        for widget in (self.merged_label, self.merged, self.merge_button):
            widget.setVisible(texty)
        self.keep_record.setVisible(edit_delete)
        self.delete_record.setVisible(edit_delete)
        self.differences.clear()
        self.differences.setVisible(texty)
        if conflict is None:
            self.heading.setText(self.tr("Choose a conflict in the list."))
            return
        if edit_delete:
            what = self.tr("{0}: deleted on one laptop while edited on another.")
        else:
            what = self.tr("{0}: two laptops changed its {field} from the same version.")
        if conflict.resolved:
            state = self.tr("Decided already; you can still choose again.")
        elif edit_delete:
            state = self.tr("Until you decide, it is kept with the edit.")
        else:
            state = self.tr("Until you decide, it shows the version marked “shown now”.")
        self.heading.setText(what.format(label, field=field_label(conflict.field)) + " " + state)
        for n, version in enumerate(conflict.versions[:9]):
            who = name_of(version.author_key_id)
            shown = show_value(version.value) == show_value(conflict.current)
            title = self.tr("Version {0} · {1} · {2}").format(n + 1, who, when_made(version))
            if shown and not edit_delete:
                title += " · " + self.tr("shown now")
            caption = QLabel(title, self)
            text = show_value(version.value)
            if edit_delete and version.value == "deleted":
                text = self.tr("Deleted the record.")
            box = QPlainTextEdit(text, self)
            box.setReadOnly(True)
            box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            box.setTabChangesFocus(True)
            box.setAccessibleName(self.tr("Version {0} by {1}").format(n + 1, who))
            caption.setBuddy(box)
            keep = QPushButton(self.tr("Keep &{0}").format(n + 1), self)
            keep.setAccessibleName(self.tr("Keep version {0}").format(n + 1))
            keep.setVisible(not edit_delete)
            keep.clicked.connect(lambda _=False, ref=version.ref: self.decided.emit("choose", ref))
            self.versions.addWidget(caption, 0, n)
            self.versions.addWidget(box, 1, n)
            self.versions.addWidget(keep, 2, n)
            self.version_boxes.append(box)
            self.keep_buttons.append(keep)
        if texty:
            self._mark_differences([show_value(v.value) for v in conflict.versions[:9]])
            self.merged.setPlainText(show_value(conflict.current))

    def _mark_differences(self, texts: list[str]) -> None:
        """Each later version against the first: its added words marked in its own box,
        and the words the second dropped marked in the first box."""
        if len(texts) < 2:
            return
        lines = []
        for n in range(1, len(texts)):
            pieces = word_diff(texts[0], texts[n])
            show_pieces(self.version_boxes[n], pieces, ADDED)
            said = self.tr("Version {0} against version 1: {1}.").format(
                n + 1, summary(pieces, _textdiff_words)
            )
            self.version_boxes[n].setAccessibleDescription(said)
            lines.append(said)
        show_pieces(self.version_boxes[0], word_diff(texts[0], texts[1]), REMOVED)
        self.version_boxes[0].setAccessibleDescription(
            self.tr("Struck-through words are not in version 2.")
        )
        self.differences.setText("\n".join(lines))
