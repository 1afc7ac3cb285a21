"""The host's Areas of Excellence on the Planning page: what the host nominated before
the visit, who nominated it and when, and how far each has gone (validated by the team
with a finding, shared with the host's consent, or consent withdrawn). "Add nomination…"
records one through app/services/excellence.py (undoable; Delete takes back one the team
has not validated); validating and consent are on the
Findings page, where the evidence is."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import excellence, findings, reviews
from app.services.errors import PeerviewError
from app.ui.messages import window_text
from app.ui.review.context import WorkspaceContext
from app.ui.review.excellence_text import (
    nominated_text,
    people_hosts_first,
    short_state,
    state_text,
    validated_by_text,
)
from app.ui.review.planning.nomination_dialog import NominationDialog, NominationInput
from app.ui.review.undo import push
from app.ui.widgets.bidi import isolate
from app.ui.widgets.shortcuts import on_keys

_ID = Qt.ItemDataRole.UserRole


class ExcellencePanel(QWidget):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("excellence_panel")
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setObjectName("nominations")
        self.view.setAccessibleName(self.tr("Areas of Excellence nominated by the host"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleDescription(
            self.tr("Delete takes back a nomination recorded by mistake.")
        )
        on_keys(self.view, ["Delete", "Backspace"], self.delete_selected)
        # Two lines each, never wrapped (the box is small on a 1024 x 600 screen): the
        # title, then who nominated it and how far it has gone; all of it in the tooltip.
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(True)
        self.view.setAlternatingRowColors(True)
        self.view.setMinimumHeight(44)
        # The title and the button share a row, to leave the list what height there is.
        self.title = QLabel(self.tr("Host's Areas of E&xcellence"), self)
        self.title.setObjectName("nominations_title")
        self.title.setBuddy(self.view)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.add_button = QPushButton(self.tr("Add &nomination…"), self)
        self.add_button.setObjectName("add_nomination")
        self.add_button.setAccessibleName(self.tr("Add a nomination from the host"))
        self.add_button.clicked.connect(lambda _=False: self.add_nomination())
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)

    def show_nominations(self) -> None:
        store, review_id = self.ctx.store, self.ctx.review_id
        found = excellence.nominations(store, review_id)
        titles = {f.id: f.title for f in findings.list_findings(store, review_id)} if found else {}
        self.model.clear()
        for n in found:
            # Two lines: what it is, then how far it has gone and who put it forward;
            # the whole story, in sentences, in the tooltip.
            state = self.tr("{state} · {nominated}").format(
                state=short_state(n), nominated=nominated_text(n, in_sentence=True)
            )
            item = QStandardItem(f"{isolate(n.title)}\n{state}")
            item.setData(n.id, _ID)
            story = self.tr("{nominated}; {state}.").format(
                nominated=nominated_text(n), state=state_text(n)
            )
            lines = (n.title, story, validated_by_text(n, titles), n.text)
            item.setToolTip("\n".join(t for t in lines if t))
            self.model.appendRow(item)
        if not found:
            empty = QStandardItem(self.tr("None yet: the host puts one forward before the visit."))
            empty.setEnabled(False)
            self.model.appendRow(empty)

    def titles(self) -> list[str]:
        """What each nomination's row says (none for the "none yet" row)."""
        rows = [self.model.item(r) for r in range(self.model.rowCount())]
        return [item.text() for item in rows if item.data(_ID)]

    def add_nomination(self) -> str | None:
        store, review_id = self.ctx.store, self.ctx.review_id
        start = reviews.get_review(store, review_id).summary.start_date
        # Today, unless the visit has begun: a nomination recorded from the host's
        # self-evaluation during the visit was still put forward before it.
        today = dt.date.today().isoformat()
        day = min(today, start) if start else today
        value, ok = NominationDialog.ask(self, people_hosts_first(store, review_id), day, start)
        if not ok or value is None:
            return None
        return self.apply_nomination(value)

    def apply_nomination(self, value: NominationInput) -> str | None:
        try:
            new_id, changes = excellence.nominate(
                self.ctx.store,
                self.ctx.review_id,
                value.title,
                value.text,
                value.nominated_by,
                value.nominated_on,
            )
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Nomination not recorded"), window_text(exc))
            return None
        store = self.ctx.store
        push(
            self.ctx,
            self.tr("add nomination"),
            changes,
            lambda: excellence.restore_nomination(store, new_id),
            lambda: excellence.delete_nomination(store, new_id),
        )
        return new_id

    def delete_selected(self) -> None:
        nomination_id = self.view.currentIndex().data(_ID)
        if not nomination_id:
            return
        store, chosen = self.ctx.store, str(nomination_id)
        try:
            changes = excellence.delete_nomination(store, chosen)
        except PeerviewError as exc:
            QMessageBox.warning(self, self.tr("Nomination kept"), window_text(exc))
            return
        push(
            self.ctx,
            self.tr("delete nomination"),
            changes,
            lambda: excellence.delete_nomination(store, chosen),
            lambda: excellence.restore_nomination(store, chosen),
        )
