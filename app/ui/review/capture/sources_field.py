"""The note editor's sources of evidence (decision 0040): who a meeting was with, and a
tick box per source, ticked as the activity implies until the reviewer changes them. A
working note of the team has none and says so."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from app.models.review import MEETING_WITH
from app.services import sources
from app.ui.review.kinds import meeting_with_label, source_label


class SourcesRows(QObject):
    """The widgets of two form rows, made as children of ``parent`` (the editor lays
    them out), and what the note shown says."""

    #: The reviewer chose who the meeting was with (old, new).
    meeting_with_chosen = Signal(str, str)
    #: The reviewer ticked or cleared a source: (the sources chosen before, the ticked ones).
    sources_chosen = Signal(list, list)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = ""
        self.meeting_with = ""
        self.raw = ""
        self.with_box = QComboBox(parent)
        self.with_box.setObjectName("meeting_with")
        self.with_box.setAccessibleName(self.tr("Meeting with"))
        self.with_box.addItem(self.tr("Not said"), "")
        for who in MEETING_WITH:
            self.with_box.addItem(meeting_with_label(who), who)
        self.with_box.activated.connect(self._on_with)
        self.with_label = QLabel(self.tr("Meeting &with:"), parent)
        self.with_label.setBuddy(self.with_box)
        self.boxes: dict[str, QCheckBox] = {}
        self.box_area = QWidget(parent)
        self.box_area.setObjectName("note_sources")
        self.box_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        grid = QGridLayout(self.box_area)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(0)
        # The two longest names are shortened on their boxes so that the editor fits a
        # 1024-pixel screen beside the notes list; the full name is the box's tooltip and
        # what a screen reader says.
        short = {
            "observation": self.tr("Observation"),
            "documents": self.tr("Documents, data"),
        }
        for i, source in enumerate(sources.SOURCE_KINDS):
            label = source_label(source)
            box = QCheckBox(short.get(source, label), self.box_area)
            box.setToolTip(label)
            box.setAccessibleName(self.tr("Source of evidence: {0}").format(label))
            box.clicked.connect(self._on_box)
            self.boxes[source] = box
            grid.addWidget(box, i // 4, i % 4)
        # Stated, not left to the hint: the editor's form (which wraps text by width)
        # otherwise gave the grid half its height, its two rows drawn over each other.
        self.box_area.setMinimumHeight(grid.sizeHint().height())
        self.note = QLabel(parent)
        self.note.setObjectName("sources_note")
        self.note.setWordWrap(True)
        self.label = QLabel(self.tr("Sources:"), parent)
        self.label.setBuddy(next(iter(self.boxes.values())))

    def chosen(self) -> list[str]:
        """The sources the reviewer chose, or [] when they follow the activity."""
        return list(sources.of_note("", "", self.raw)) if self.raw else []

    def show_note(self, kind: str, meeting_with: str, raw: str) -> None:
        self.kind, self.meeting_with, self.raw = kind, meeting_with, raw
        meeting = kind == "meeting"
        self.with_label.setVisible(meeting)
        self.with_box.setVisible(meeting)
        self.with_box.setCurrentIndex(max(0, self.with_box.findData(meeting_with)))
        working = sources.is_working_note(kind)
        found = sources.of_note(kind, meeting_with, raw)
        for source, box in self.boxes.items():
            box.setChecked(source in found)
            box.setEnabled(not working)
        if working:
            text = self.tr("A working note of the team: it never counts as evidence.")
        elif not raw:
            text = self.tr("As the activity implies; tick to change.")
        else:
            text = ""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _on_with(self, index: int) -> None:
        who = self.with_box.itemData(index)
        if who != self.meeting_with:
            self.meeting_with_chosen.emit(self.meeting_with, who)

    def _on_box(self) -> None:
        ticked = [s for s, box in self.boxes.items() if box.isChecked()]
        self.sources_chosen.emit(self.chosen(), ticked)
