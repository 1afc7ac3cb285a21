"""The capture page's left pane: the visit timetable above the framework tree with each
strand's evidence count, in a splitter the reviewer can drag. The page connects what
Enter on each does (start a note for the activity; list the strand's notes)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)


def _labelled(parent: QWidget, text: str, view: QAbstractItemView) -> QWidget:
    box = QWidget(parent)
    view.setParent(box)
    label = QLabel(text, box)
    label.setBuddy(view)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(view)
    return box


class SidePane(QWidget):
    def __init__(
        self,
        timetable_model: QAbstractItemModel,
        framework_model: QAbstractItemModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setAccessibleName(self.tr("Timetable and framework"))

        self.timetable = QListView()
        self.timetable.setObjectName("timetable")
        self.timetable.setAccessibleName(self.tr("Timetable"))
        self.timetable.setAccessibleDescription(
            self.tr("Press Enter on an activity to start a note for it.")
        )
        self.timetable.setModel(timetable_model)
        self.timetable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timetable.setWordWrap(True)

        self.tree = QTreeView()
        self.tree.setObjectName("framework_tree")
        self.tree.setAccessibleName(self.tr("Framework strands and evidence counts"))
        self.tree.setAccessibleDescription(self.tr("Press Enter on a strand to list its notes."))
        self.tree.setModel(framework_model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.splitter.addWidget(_labelled(self.splitter, self.tr("&Timetable"), self.timetable))
        self.splitter.addWidget(_labelled(self.splitter, self.tr("F&ramework"), self.tree))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
