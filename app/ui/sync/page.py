"""The Sync page: send and open bundles, the shared folder, and what sync did here.

Lists (each a table): the conflict queue with the chosen conflict's versions side by
side, bundles received (the import reports), bundles sent (to whom, when), entries held
until their predecessors arrive, bundles quarantined until their signer is trusted, and
other histories of a laptop's chain kept to be taken in (app/ui/sync/forks_tab.py).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.services import identity
from app.services.authors import Authors
from app.services.errors import PeerviewError
from app.services.store import ChangeSet
from app.sync import conflicts, history, quarantine
from app.sync.conflicts import Conflict
from app.sync.desk import record_label, set_deleted, team_key_ids, write_value
from app.sync.history import Held
from app.sync.quarantine import Quarantined
from app.ui.messages import window_text
from app.ui.review import undo
from app.ui.review.context import WorkspaceContext
from app.ui.review.page import ReviewPage
from app.ui.settings import settings
from app.ui.sync.conflict_panel import ConflictPanel, show_value
from app.ui.sync.forks_tab import ForksTab
from app.ui.sync.models import RowsModel
from app.ui.sync.runner import SyncRunner
from app.ui.sync.send_dialog import SendDialog
from app.ui.widgets.bidi import isolate, line
from app.ui.widgets.labels import field_label
from app.ui.widgets.tables import list_table

log = logging.getLogger(__name__)

FOLDER_KEY = "sync/shared_folder"
TIMER_KEY = "sync/folder_timer"
MINUTES_KEY = "sync/folder_minutes"
DEFAULT_MINUTES = 5


def shared_folder() -> Path | None:
    value = settings().value(FOLDER_KEY, "")
    return Path(value) if isinstance(value, str) and value else None


class SyncPage(ReviewPage):
    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("sync_page")
        self.setAccessibleName(self.tr("Sync"))
        self.authors: Authors | None = None
        self.runner = SyncRunner(ctx.store, ctx.bus, ctx.window)
        self.runner.finished.connect(lambda _kind: self.refresh())
        self.runner.status.connect(self._say)
        self._build_actions()
        self._build_lists()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self.action_row)
        layout.addWidget(self.status)
        layout.addWidget(self.lists, 1)
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.sync_folder(quiet=True))
        self.every.setChecked(bool(settings().value(TIMER_KEY, False, type=bool)))
        self.every.toggled.connect(self._timer_toggled)
        self._show_folder()
        # Bundles dropped on the window (or opened from the File menu) show here too,
        # even when they changed nothing (all already here).
        window_import = getattr(ctx.window.window(), "bundle_import", None)
        if window_import is not None:
            window_import.runner.finished.connect(lambda _kind: self.changed())

    # -- construction --------------------------------------------------------------

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _build_actions(self) -> None:
        self.send_button = self._button(self.tr("Send &to…"), self.tr("Send to"), self.send)
        self.open_button = self._button(
            self.tr("&Open bundle…"), self.tr("Open bundle"), self.runner.choose_and_import
        )
        self.folder_button = self._button(
            self.tr("Sync &with shared folder"),
            self.tr("Sync with shared folder"),
            lambda: self.sync_folder(quiet=False),
        )
        self.choose_folder_button = self._button(
            self.tr("Shared fol&der…"), self.tr("Choose the shared folder"), self.choose_folder
        )
        self.every = QCheckBox(self.tr("Every 5 min&utes"), self)
        self.every.setAccessibleName(self.tr("Sync with the shared folder every 5 minutes"))
        self.folder_label = QLabel(self)
        self.folder_label.setAccessibleName(self.tr("Shared folder"))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Sync status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addWidget(self.open_button)
        row.addSpacing(24)
        row.addWidget(self.folder_button)
        row.addWidget(self.choose_folder_button)
        row.addWidget(self.every)
        row.addWidget(self.folder_label, 1)
        self.action_row = row
        self.status.hide()  # until there is something to say

    def _table(self, name: str, model: RowsModel) -> QTableView:
        return list_table(self, "", name, model)

    def _held_since(self, held: Held) -> str:
        since = dates.relative(held.held_at)
        if not held.stale:
            return since
        # What it waits for may never come: say so, and what to do, where it is seen.
        return self.tr("{since}, over a month: ask its author to send everything again").format(
            since=since
        )

    def _name(self, key_id: str | None) -> str:
        return self.authors.name(key_id) if self.authors else self.tr("someone")

    def _build_lists(self) -> None:
        self.conflict_model = RowsModel(
            [
                (self.tr("Record"), lambda c: self._labels.get(c.id, c.entity_id[:8])),
                (
                    self.tr("Field"),
                    lambda c: (
                        self.tr("deleted / edited")
                        if c.kind == "edit_delete"
                        else field_label(c.field)
                    ),
                ),
                (self.tr("Versions"), lambda c: str(len(c.versions))),
                (self.tr("State"), lambda c: self.tr("decided") if c.resolved else self.tr("open")),
            ],
            self,
        )
        self._labels: dict[str, str] = {}
        self.received_model = RowsModel(
            [
                (self.tr("When"), lambda r: dates.relative(r.imported_at)),
                (self.tr("From"), lambda r: r.sender_name),
                (self.tr("Added"), lambda r: str(r.added)),
                (self.tr("Updated"), lambda r: str(r.updated)),
                (self.tr("Deleted"), lambda r: str(r.deleted)),
                (self.tr("Conflicts"), lambda r: str(r.conflicts)),
                (self.tr("Held"), lambda r: str(r.held)),
                (self.tr("Skipped"), lambda r: str(r.skipped)),
                (self.tr("File"), lambda r: r.file_name),
            ],
            self,
        )
        self.sent_model = RowsModel(
            [
                (self.tr("When"), lambda s: dates.relative(s.sent_at)),
                (self.tr("To"), lambda s: ", ".join(self._name(k) for k in s.recipients)),
                (self.tr("Entries"), lambda s: str(s.entries)),
                (
                    self.tr("Kind"),
                    lambda s: (
                        self.tr("everything") if s.full else self.tr("new since acknowledged")
                    ),
                ),
                (self.tr("File"), lambda s: Path(s.file_name).name),
            ],
            self,
        )
        self.held_model = RowsModel(
            [
                (self.tr("From"), lambda h: self._name(h.author_key_id)),
                (self.tr("Since"), self._held_since),
                (self.tr("Waiting for"), lambda h: h.reason),
            ],
            self,
        )
        self.quarantine_model = RowsModel(
            [
                (self.tr("Signed by"), lambda q: q.signer_name),
                (self.tr("Fingerprint"), lambda q: q.fingerprint),
                (self.tr("Received"), lambda q: dates.relative(q.received_at)),
                (self.tr("File"), lambda q: q.original_name),
            ],
            self,
        )
        self.conflict_view = self._table(self.tr("Conflicts"), self.conflict_model)
        self.received_view = self._table(self.tr("Bundles received"), self.received_model)
        self.sent_view = self._table(self.tr("Bundles sent"), self.sent_model)
        self.held_view = self._table(self.tr("Held entries"), self.held_model)
        self.quarantine_view = self._table(self.tr("Quarantined bundles"), self.quarantine_model)

        self.panel = ConflictPanel(self)
        self.panel.decided.connect(self.decide)
        self.show_decided = QCheckBox(self.tr("Show decided conflicts too"), self)
        self.show_decided.setAccessibleName(self.tr("Show decided conflicts too"))
        self.show_decided.toggled.connect(lambda _on: self.refresh())
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.conflict_view, 1)
        left_layout.addWidget(self.show_decided)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.panel)
        split.setSizes([360, 640])
        self.conflict_view.selectionModel().currentRowChanged.connect(self._show_conflict)

        quarantine_tab = QWidget(self)
        self.fingerprint = QLabel(quarantine_tab)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.4)
        mono.setWeight(QFont.Weight.DemiBold)
        self.fingerprint.setFont(mono)
        self.fingerprint.setAccessibleName(self.tr("Signer's fingerprint"))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_button = self._button(
            self.tr("Trust and i&mport…"), self.tr("Trust and import"), self.trust_selected
        )
        q_row = QHBoxLayout()
        q_row.addWidget(self.fingerprint, 1)
        q_row.addWidget(self.trust_button)
        hint = QLabel(
            self.tr(
                "Nothing from these bundles is imported until you trust the signer. Phone them "
                "(or ask in person) and have them read their fingerprint to you; Trust and "
                "import then asks for their card and shows the digits to compare."
            ),
            quarantine_tab,
        )
        hint.setWordWrap(True)
        q_layout = QVBoxLayout(quarantine_tab)
        q_layout.setContentsMargins(0, 0, 0, 0)
        q_layout.addWidget(self.quarantine_view, 1)
        q_layout.addWidget(hint)
        q_layout.addLayout(q_row)
        self.quarantine_view.selectionModel().currentRowChanged.connect(self._show_signer)

        self.lists = QTabWidget(self)
        self.lists.setAccessibleName(self.tr("What sync did"))
        self.lists.tabBar().setAccessibleName(self.tr("Sync lists"))
        self.tab_titles = [
            self.tr("Co&nflicts"),
            self.tr("Rece&ived"),
            self.tr("Sent &bundles"),
            self.tr("He&ld"),
            self.tr("&Quarantined"),
            self.tr("Other &histories"),
        ]
        self.forks_tab = ForksTab(self.ctx.store, self)
        self.forks_tab.changed.connect(self.changed)
        for widget, title in zip(
            (
                split,
                self.received_view,
                self.sent_view,
                self.held_view,
                quarantine_tab,
                self.forks_tab,
            ),
            self.tab_titles,
            strict=True,
        ):
            self.lists.addTab(widget, title)

    # -- reading -------------------------------------------------------------------

    def watches(self, changes: ChangeSet) -> bool:
        # Any change is one a bundle brought or one waiting to be sent.
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_folder()  # the Settings dialog may have chosen one meanwhile

    def refresh(self) -> None:
        store, review_id = self.ctx.store, self.ctx.review_id
        self.authors = Authors(store)
        current = self.selected_conflict()
        found = conflicts.list_conflicts(
            store, review_id, include_resolved=self.show_decided.isChecked()
        )
        self._labels = {c.id: record_label(store, c.entity, c.entity_id) for c in found}
        self.conflict_model.set_items(found)
        self.received_model.set_items(history.received(store))
        self.sent_model.set_items([s for s in history.sent(store) if s.review_id == review_id])
        self.held_model.set_items(history.held(store))
        self.quarantine_model.set_items(quarantine.list_quarantined(store))
        counts = [
            len([c for c in found if not c.resolved]),
            self.received_model.rowCount(),
            self.sent_model.rowCount(),
            self.held_model.rowCount(),
            self.quarantine_model.rowCount(),
            self.forks_tab.refresh(),
        ]
        for n, (title, count) in enumerate(zip(self.tab_titles, counts, strict=True)):
            self.lists.setTabText(n, f"{title} ({count})")
        for view in (self.conflict_view, self.received_view, self.sent_view, self.held_view):
            view.resizeColumnsToContents()
        self.quarantine_view.resizeColumnsToContents()
        # Long records and file names are cut short (the whole text is in the tooltip).
        for view in (self.conflict_view, self.received_view, self.sent_view):
            for column in range(view.model().columnCount() - 1):
                view.setColumnWidth(column, min(view.columnWidth(column), 240))
        self._select_conflict(current.id if current else None)
        self._show_signer()
        self.send_button.setEnabled(identity.get_identity(store) is not None)

    def _select_conflict(self, conflict_id: str | None) -> None:
        items = self.conflict_model.items()
        row = next((n for n, c in enumerate(items) if c.id == conflict_id), 0 if items else -1)
        if row >= 0:
            self.conflict_view.selectRow(row)
        self._show_conflict()

    def selected_conflict(self) -> Conflict | None:
        index = self.conflict_view.currentIndex()
        if not index.isValid():
            return None
        found: Conflict = self.conflict_model.item(index.row())
        return found

    def _show_conflict(self, *_: object) -> None:
        c = self.selected_conflict()
        if c is None and not self.conflict_model.rowCount():
            self.panel.show_empty()
            return
        label = self._labels.get(c.id, "") if c else ""
        self.panel.show_conflict(c, self._name, label)

    def selected_quarantined(self) -> Quarantined | None:
        index = self.quarantine_view.currentIndex()
        if not index.isValid():
            return None
        found: Quarantined = self.quarantine_model.item(index.row())
        return found

    def _show_signer(self, *_: object) -> None:
        q = self.selected_quarantined()
        if q is None and self.quarantine_model.rowCount():
            self.quarantine_view.selectRow(0)
            q = self.selected_quarantined()
        self.trust_button.setEnabled(q is not None)
        if q is None:
            self.fingerprint.setText(
                self.tr("No bundles are waiting for their signer to be trusted.")
            )
            return
        self.fingerprint.setText(
            line(self.tr("{0}: {1}").format(isolate(q.signer_name), q.fingerprint))
        )
        self.fingerprint.setAccessibleName(
            self.tr("Fingerprint of {0}: {1}").format(
                q.signer_name, " , ".join(q.fingerprint.split())
            )
        )

    # -- actions -------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def send(self) -> None:
        store, review_id = self.ctx.store, self.ctx.review_id
        team = team_key_ids(store, review_id)
        choice = SendDialog.get_choice(self, store, team)
        if choice is None:
            return
        day = dt.date.today().isoformat()
        suggested = str(Path.home() / f"peerview-{review_id[-8:]}-{day}.pvbundle")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write the bundle"), suggested, self.tr("Peerview bundles (*.pvbundle)")
        )
        if not name:
            return
        self.runner.export(review_id, Path(name), choice.to, choice.full)

    def trust_selected(self) -> None:
        q = self.selected_quarantined()
        if q is not None:
            self.runner.trust_and_import(q)

    def decide(self, how: str, detail: str) -> None:
        c = self.selected_conflict()
        if c is None:
            return
        store = self.ctx.store
        entity, entity_id, field = c.entity, c.entity_id, c.field
        try:
            if c.kind == "edit_delete":
                deleted, value = how == "delete", how
                first = (
                    (lambda: conflicts.resolve_conflict(store, c.id, choose=how))
                    if not c.resolved
                    else (lambda: set_deleted(store, entity, entity_id, deleted))
                )
                changes = first()
                undo.push(
                    self.ctx,
                    self.tr("Decide conflict"),
                    changes,
                    lambda: set_deleted(store, entity, entity_id, deleted),
                    lambda: set_deleted(store, entity, entity_id, False),
                )
            else:
                if how == "choose":
                    value = next(v.value for v in c.versions if v.ref == detail)
                else:
                    value = detail
                before = c.current
                changes = (
                    conflicts.resolve_conflict(store, c.id, value=value)
                    if not c.resolved
                    else write_value(store, entity, entity_id, field, value)
                )
                undo.push(
                    self.ctx,
                    self.tr("Decide conflict"),
                    changes,
                    lambda: write_value(store, entity, entity_id, field, value),
                    lambda: write_value(store, entity, entity_id, field, before),
                )
        except PeerviewError as exc:
            self.runner.tell(self.tr("Not decided"), window_text(exc))
            return
        shown = show_value(value)
        self._say(
            self.tr("Decided: {0}. The decision travels in the next bundle.").format(shown[:80])
        )
        self.refresh()

    # -- shared folder ---------------------------------------------------------------

    def _show_folder(self) -> None:
        folder = shared_folder()
        self.folder_label.setText(
            self.tr("Shared folder: {0}").format(folder)
            if folder
            else self.tr("No shared folder chosen.")
        )
        self.folder_button.setEnabled(folder is not None)
        self.every.setEnabled(folder is not None)
        self._apply_timer()

    def choose_folder(self) -> None:
        from app.sync.folder import check_folder

        start = str(shared_folder() or Path.home())
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the shared folder"), start)
        if not name:
            return
        try:
            folder = check_folder(self.ctx.store, Path(name))
        except PeerviewError as exc:
            self.runner.tell(self.tr("Shared folder refused"), window_text(exc))
            return
        settings().setValue(FOLDER_KEY, str(folder))
        self._show_folder()

    def sync_folder(self, *, quiet: bool) -> None:
        folder = shared_folder()
        if folder is not None:
            self.runner.sync_folder(folder, self.ctx.review_id, quiet=quiet)

    def _timer_toggled(self, on: bool) -> None:
        settings().setValue(TIMER_KEY, on)
        self._apply_timer()

    def _apply_timer(self) -> None:
        """Run the timer while it is wanted and a folder is chosen; restarting it on
        every refresh would put the next sync off for ever while people type."""
        minutes = settings().value(MINUTES_KEY, DEFAULT_MINUTES, type=int)
        interval = max(1, minutes if isinstance(minutes, int) else DEFAULT_MINUTES) * 60_000
        if not (self.every.isChecked() and shared_folder() is not None):
            self.timer.stop()
        elif not self.timer.isActive() or self.timer.interval() != interval:
            self.timer.start(interval)
