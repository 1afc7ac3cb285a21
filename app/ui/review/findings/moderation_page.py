"""The Moderation page: the team meeting's board of emerging findings. A row per finding
with its evidence (sources, activities, reviewers), the notes that contradict it, and
each reviewer's position; below, the selected finding in full and a place to record a
position (your own, or, as lead reviewer, a member's in their name). "Team confirmed"
on the Sign-off page needs every reviewer's current position and no disagreement
(app/services/moderation.py, decision 0040)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.moderation import POSITIONS
from app.services import moderation
from app.services.errors import PeerviewError
from app.services.moderation_board import Board, BoardRow
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext
from app.ui.review.findings.models import _warning_colour, evidence_summary
from app.ui.review.findings.triangulation_text import triangulation_html
from app.ui.review.kinds import activity_label_of, finding_kind_label, position_label
from app.ui.review.page import ReviewPage

_FIXED = 3  # finding, evidence, contradicted by; then a column per reviewer
_MEMBER_WIDTH = 105  # pixels per reviewer column: four fit beside the finding at 1024


class ModerationPage(ReviewPage):
    WATCHED = frozenset(
        {
            "finding",
            "finding_note",
            "finding_position",
            "evidence_note",
            "note_link",
            "team_member",
            "person",
            "review",
        }
    )

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("moderation_page")
        self.setAccessibleName(self.tr("Moderation"))
        self.board: Board | None = None

        self.status = QLabel(self)
        self.status.setObjectName("moderation_status")
        self.status.setAccessibleName(self.tr("Ready for team confirmation?"))
        self.status.setWordWrap(True)

        self.table = QTableWidget(self)
        self.table.setObjectName("moderation_table")
        self.table.setAccessibleName(self.tr("Emerging findings and each reviewer's position"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._show_selected)

        self.detail = QLabel(self)
        self.detail.setObjectName("moderation_detail")
        self.detail.setAccessibleName(self.tr("The selected finding's evidence"))
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # A finding in full with its evidence and every comment is longer than the pane
        # on a small screen: it scrolls there (arrow keys too), never cut short.
        self.detail_scroll = QScrollArea(self)
        self.detail_scroll.setObjectName("moderation_detail_scroll")
        self.detail_scroll.setAccessibleName(self.tr("The selected finding's evidence"))
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setWidget(self.detail)
        self.detail_scroll.viewport().setAutoFillBackground(False)

        self.member = QComboBox(self)
        self.member.setAccessibleName(self.tr("Reviewer"))
        member_label = QLabel(self.tr("&Reviewer:"), self)
        member_label.setBuddy(self.member)
        self.position = QComboBox(self)
        self.position.setAccessibleName(self.tr("Position"))
        for p in POSITIONS:
            self.position.addItem(position_label(p), p)
        position_words = QLabel(self.tr("&Position:"), self)
        position_words.setBuddy(self.position)
        self.comment = QLineEdit(self)
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setPlaceholderText(
            self.tr("Why, in a sentence (the evidence you have in mind)")
        )
        comment_label = QLabel(self.tr("&Comment:"), self)
        comment_label.setBuddy(self.comment)
        self.record = QPushButton(self.tr("Recor&d position"), self)
        self.record.setAccessibleName(self.tr("Record the reviewer's position on this finding"))
        self.record.clicked.connect(self.record_position)
        self.comment.returnPressed.connect(self.record_position)

        form = QHBoxLayout()
        for widget in (member_label, self.member, position_words, self.position, comment_label):
            form.addWidget(widget)
        form.addWidget(self.comment, 1)
        form.addWidget(self.record)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail_scroll, 1)
        lower_layout.addLayout(form)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([330, 190])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

    # -- reading -------------------------------------------------------------------

    def refresh(self) -> None:
        from app.services import moderation_board

        selected = self._selected_row()
        keep = selected.finding.id if selected else None
        self.board = moderation_board.board(self.ctx.store, self.ctx.review_id)
        b = self.board
        self._fill_members(b)
        self.table.clear()
        headers = [self.tr("Finding"), self.tr("Evidence"), self.tr("Contradicted by")]
        metrics = self.table.horizontalHeader().fontMetrics()
        room = _MEMBER_WIDTH - 2 * metrics.averageCharWidth()
        headers += [
            m.name if metrics.horizontalAdvance(m.name) <= room else _short_name(m.name)
            for m in b.members
        ]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        for c, m in enumerate(b.members, _FIXED):
            # The reviewers' columns are narrow: the header says "Tomasz Ł.", the tooltip
            # and a screen reader the whole name.
            head = self.table.horizontalHeaderItem(c)
            assert head is not None  # set by the labels just above
            head.setToolTip(m.name)
            head.setData(Qt.ItemDataRole.AccessibleTextRole, m.name)
        self.table.setRowCount(len(b.rows))
        warn = _warning_colour()
        for r, row in enumerate(b.rows):
            self._set(r, 0, self._headline(row.finding.kind, row.finding.title))
            self._set(r, 1, evidence_summary(row.finding))
            if row.finding.triangulation.single_source:
                self._item(r, 1).setForeground(warn)
            contra = row.contradicting
            kinds = "; ".join(activity_label_of(c.activity) for c in contra)
            self._set(r, 2, kinds or "—")
            if contra:
                self._item(r, 2).setForeground(warn)
            for c, m in enumerate(b.members, _FIXED):
                self._set(r, c, self._position_text(row, m.person_id))
                p = row.positions.get(m.person_id)
                if p is not None and p.counts and p.position == "disagree":
                    self._item(r, c).setForeground(warn)
        # The finding takes what is left; the rest are narrow and wrap, so a 1024-pixel
        # screen still shows the title beside three or four reviewers' positions.
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The evidence and contradiction columns fit their headings in any language.
        fixed = [
            max(w, metrics.horizontalAdvance(h) + 20)
            for w, h in zip((150, 95), headers[1:3], strict=True)
        ]
        for c, width in enumerate([0, *fixed] + [_MEMBER_WIDTH] * len(b.members)):
            if c:
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(c, width)
        self.table.resizeRowsToContents()
        if b.rows:
            ids = [row.finding.id for row in b.rows]
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._show_status(b)
        self._show_selected()

    def _fill_members(self, b: Board) -> None:
        current = self.member.currentData()
        self.member.clear()
        mine = None
        for m in b.members:
            name = (
                self.tr("{name} (lead)").format(name=m.name)
                if m.role == "lead_reviewer"
                else m.name
            )
            self.member.addItem(name, m.person_id)
            if m.key_id and m.key_id == self.ctx.store.author_key_id:
                mine = m.person_id
        wanted = current or mine
        self.member.setCurrentIndex(max(0, self.member.findData(wanted)))

    def _set(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        self.table.setItem(row, column, item)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    def _position_text(self, row: BoardRow, person_id: str) -> str:
        p = row.positions.get(person_id)
        if p is None:
            return self.tr("— not yet")
        text = position_label(p.position)
        if not p.current:
            return self.tr("{position} (earlier wording)").format(position=text)
        if not p.trusted:
            return self.tr("{position} (not recorded by them or the lead)").format(position=text)
        return text

    def _headline(self, kind: str, title: str) -> str:
        return self.tr("{kind}: {title}").format(kind=finding_kind_label(kind), title=title)

    def _show_status(self, b: Board) -> None:
        if not b.members:
            self.status.setText(
                self.tr("No reviewers on this review's team yet: add them on the Planning page.")
            )
        elif not b.rows:
            self.status.setText(self.tr("No findings yet."))
        elif b.confirmable:
            self.status.setText(
                self.tr(
                    "Every reviewer has agreed or questioned every finding, and nobody "
                    "disagrees: the review can be team confirmed."
                )
            )
        else:
            waiting = sum(1 for r in b.rows if r.outstanding)
            self.status.setText(
                self.tr(
                    "{0} of %n finding(s) still need a position from every reviewer, or have "
                    "a disagreement to resolve, before the review can be team confirmed.",
                    "",
                    len(b.rows),
                ).format(waiting)
            )

    def _selected_row(self) -> BoardRow | None:
        if self.board is None:
            return None
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self.board.rows):
            return None
        return self.board.rows[rows[0].row()]

    def _show_selected(self) -> None:
        row = self._selected_row()
        self.record.setEnabled(row is not None and self.member.count() > 0)
        if row is None or self.board is None:
            self.detail.setText(self.tr("Select a finding to see its evidence and positions."))
            return
        f = row.finding
        parts = [f"<b>{html.escape(self._headline(f.kind, f.title))}</b>"]
        if f.text:
            shown = f.text if len(f.text) <= 400 else f.text[:400].rsplit(" ", 1)[0] + "…"
            parts.append(html.escape(shown))
        parts.append(triangulation_html(self.ctx.store, f.triangulation, evidence_summary(f)))
        said = []
        for m in self.board.members:
            p = row.positions.get(m.person_id)
            if p is not None and p.comment:
                words = self.tr("{name} ({position}): {comment}").format(
                    name=m.name, position=position_label(p.position), comment=p.comment
                )
                said.append(html.escape(words))
        if said:
            parts.append("<br>".join(said))
        if row.outstanding:
            parts.append(
                html.escape(self.tr("Waiting for: {0}.").format("; ".join(row.outstanding)))
            )
        self.detail.setText("<br><br>".join(parts))

    # -- recording -----------------------------------------------------------------

    def record_position(self) -> None:
        row = self._selected_row()
        person_id = self.member.currentData()
        if row is None or not person_id:
            return
        try:
            changes = moderation.record_position(
                self.ctx.store,
                row.finding.id,
                person_id,
                self.position.currentData(),
                self.comment.text(),
            )
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Not recorded"), window_text(exc))
            return
        self.comment.clear()
        self.ctx.publish(changes)


def _short_name(name: str) -> str:
    """A reviewer's column heading when the whole name does not fit: given name and the
    family name's initial."""
    words = name.split()
    return f"{words[0]} {words[-1][0]}." if len(words) >= 2 else name
