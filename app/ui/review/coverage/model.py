"""The coverage tree: areas holding strands, then the enquiry questions, each with notes,
sources of evidence, activities and reviewers, and where the evidence is thin.

Thin evidence shows three ways at once, so nobody depends on colour alone: a tinted row,
the numbers, and a words marker ("Thin: one reviewer"). Tints are mixed from the
palette's own base colour and kept at a contrast ratio of at least 4.5:1 with the text,
so they read in light and dark schemes alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from app.services.coverage import Counts, Coverage, Level

_Index = QModelIndex | QPersistentModelIndex
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2
MIN_CONTRAST = 4.5

_ACCENTS = {Level.NONE: QColor("#d9534f"), Level.THIN: QColor("#e0a020")}


class CoverageColumn(IntEnum):
    NAME = 0
    NOTES = 1
    SOURCES = 2
    ACTIVITIES = 3
    REVIEWERS = 4
    EVIDENCE = 5


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _mix(base: QColor, accent: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (accent.redF() - base.redF()) * amount,
        base.greenF() + (accent.greenF() - base.greenF()) * amount,
        base.blueF() + (accent.blueF() - base.blueF()) * amount,
    )


def tint(palette: QPalette, level: Level) -> QColor | None:
    """A background for a row at ``level``, readable behind the palette's text colour."""
    accent = _ACCENTS.get(level)
    if accent is None:
        return None
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    amount = 0.45
    colour = _mix(base, accent, amount)
    while contrast(colour, text) < MIN_CONTRAST and amount > 0.05:
        amount -= 0.05
        colour = _mix(base, accent, amount)
    return colour


@dataclass
class _Node:
    name: str
    counts: Counts | None  # None for a group row without numbers of its own
    marker: str
    level: Level | None
    children: list[_Node]
    tooltip: str = ""


class CoverageModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: list[_Node] = []
        self._headers = {
            CoverageColumn.NAME: self.tr("Strand or enquiry question"),
            CoverageColumn.NOTES: self.tr("Notes"),
            CoverageColumn.SOURCES: self.tr("Sources"),
            CoverageColumn.ACTIVITIES: self.tr("Activities"),
            CoverageColumn.REVIEWERS: self.tr("Reviewers"),
            CoverageColumn.EVIDENCE: self.tr("Evidence"),
        }

    # -- data in -------------------------------------------------------------------

    def reload(self, coverage: Coverage) -> None:
        roots = []
        for area in coverage.areas:
            strands = [self._leaf(f"{s.code}  {s.title}", s.counts) for s in area.strands]
            marker = self.tr("{0} of {1} strands thin").format(area.thin, len(area.strands))
            if area.thin == 0:
                marker = self.tr("All strands supported")
            roots.append(_Node(f"{area.code}  {area.title}", None, marker, None, strands))
        questions = [
            self._leaf(self.tr("Q{0}  {1}").format(q.position + 1, q.text), q.counts)
            for q in coverage.questions
        ]
        if questions:
            thin = sum(1 for q in coverage.questions if q.counts.thin)
            marker = self.tr("{0} of {1} questions thin").format(thin, len(questions))
            roots.append(_Node(self.tr("Enquiry questions"), None, marker, None, questions))
        self.beginResetModel()
        self._roots = roots
        self.endResetModel()

    def _leaf(self, name: str, counts: Counts) -> _Node:
        level = counts.level
        if level is Level.NONE:
            marker = self.tr("None yet")
        elif level is Level.THIN:
            marker = self.tr("Thin: {0}").format(", ".join(self._reasons(counts)))
        else:
            marker = self.tr("Supported")
        return _Node(name, counts, marker, level, [], name)

    def _reasons(self, counts: Counts) -> list[str]:
        # The service's reasons (coverage.Counts.reasons), shortened for the column.
        words = {
            "one source of evidence": self.tr("one source"),
            "one activity": self.tr("one activity"),
            "one reviewer": self.tr("one reviewer"),
        }
        out = []
        for reason in counts.reasons():
            out.append(words.get(reason, self.tr("few notes")))
        return out

    def is_group(self, row: int) -> bool:
        """Top-level rows (areas, the questions) are headings across the whole tree."""
        return 0 <= row < len(self._roots) and self._roots[row].counts is None

    # -- QAbstractItemModel --------------------------------------------------------

    def _node(self, index: _Index) -> _Node | None:
        if not index.isValid():
            return None
        parent_row = index.internalId()
        if parent_row == 0:
            return self._roots[index.row()]
        return self._roots[parent_row - 1].children[index.row()]

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        # internalId: 0 for a top-level row, else 1 + the parent's row.
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._roots)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._roots[parent.row()].children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(CoverageColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(CoverageColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[CoverageColumn(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(CoverageColumn(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        column = CoverageColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.marker if column == CoverageColumn.EVIDENCE else node.tooltip or node.name
        if role == LEVEL_ROLE:
            return node.level.value if node.level else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.BackgroundRole and node.level is not None:
            colour = tint(QGuiApplication.palette(), node.level)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and (
            node.level is None
            or (column == CoverageColumn.EVIDENCE and node.level != Level.SUPPORTED)
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, node: _Node, column: CoverageColumn) -> str | int | None:
        if column == CoverageColumn.NAME:
            # A group row spans the whole width (see is_group), so it carries its marker.
            return f"{node.name}  ·  {node.marker}" if node.counts is None else node.name
        if column == CoverageColumn.EVIDENCE:
            return node.marker
        if node.counts is None:
            return None
        if column == CoverageColumn.NOTES:
            return node.counts.notes
        if column == CoverageColumn.SOURCES:
            return node.counts.sources
        if column == CoverageColumn.ACTIVITIES:
            return node.counts.activities
        return node.counts.reviewers


def _alignment(column: CoverageColumn) -> Qt.AlignmentFlag:
    numeric = column in (
        CoverageColumn.NOTES,
        CoverageColumn.SOURCES,
        CoverageColumn.ACTIVITIES,
        CoverageColumn.REVIEWERS,
    )
    horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
    return horizontal | Qt.AlignmentFlag.AlignVCenter
