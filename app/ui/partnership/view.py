"""The partnership view: what the partnership lead keeps (members, protocol, priorities,
the schedule of visits, the reviewer pool, the expertise directory), shown beside "Your
reviews" in the main window. Every laptop shows it; only the lead's edits it, so on any
other laptop the editing controls are disabled and a notice says why. A refusal from a
service (the services check the lead themselves) shows in the message line."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import partnership
from app.services.errors import NotFoundError
from app.services.partnership import PartnershipRecord
from app.services.store import ChangeSet, Store
from app.ui.bus import ChangeBus
from app.ui.messages import window_text
from app.ui.partnership.tabs import Tab

log = logging.getLogger(__name__)


class PartnershipView(QWidget):
    """Five tabs over one partnership record, read again after every change while shown."""

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.ui.partnership.directory_tab import DirectoryTab
        from app.ui.partnership.members_tab import MembersTab
        from app.ui.partnership.reviewers_tab import ReviewersTab
        from app.ui.partnership.schedule_tab import ScheduleTab
        from app.ui.partnership.themes_tab import ThemesTab

        self.store = store
        self.bus = bus
        self.record: PartnershipRecord | None = None
        self._stale = True
        self.setObjectName("partnership_view")
        self.setAccessibleName(self.tr("Partnership"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(6)
        self.header_label = QLabel(self.tr("Partnership"), self)
        self.header_label.setObjectName("header")
        self.header_label.setAccessibleName(self.tr("Partnership"))
        font = self.header_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.header_label.setFont(font)
        layout.addWidget(self.header_label)
        self.notice = QLabel(self)
        self.notice.setObjectName("partnership_notice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("About this partnership record"))
        layout.addWidget(self.notice)
        self.message = QLabel(self)
        self.message.setObjectName("partnership_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        layout.addWidget(self.message)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("partnership_tabs")
        self.tabs.setAccessibleName(self.tr("Partnership pages"))
        self.tabs.tabBar().setAccessibleName(self.tr("Partnership pages"))
        self.members = MembersTab(self, self)
        self.schedule = ScheduleTab(self, self)
        self.reviewers = ReviewersTab(self, self)
        self.directory = DirectoryTab(self, self)
        self.themes = ThemesTab(self, self)
        # No mnemonics on the tabs (Alt+letters belong to the menus and the fields): Ctrl+1
        # to Ctrl+5, as a review's pages.
        for number, (tab, title) in enumerate(
            (
                (self.members, self.tr("Members and protocol")),
                (self.schedule, self.tr("Schedule")),
                (self.reviewers, self.tr("Reviewers")),
                (self.directory, self.tr("Directory")),
                (self.themes, self.tr("Themes")),
            ),
            start=1,
        ):
            index = self.tabs.addTab(tab, title)
            self.tabs.setTabToolTip(index, self.tr("Ctrl+{0}").format(number))
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, page=tab: self.show_tab(page))
            self.addAction(action)
        layout.addWidget(self.tabs, 1)
        self.header_label.setBuddy(self.tabs)
        bus.changed.connect(self._on_changed)

    def show_tab(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)
        page.setFocus()  # each tab's focus proxy: its list, or the directory's search box

    def _tabs(self) -> list[Tab]:
        return [self.members, self.schedule, self.reviewers, self.directory, self.themes]

    # -- reading -------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the record again and hand it to every tab."""
        self._stale = False
        try:
            rec = partnership.record(self.store)
        except NotFoundError as exc:
            self.record = None
            self.header_label.setText(self.tr("Partnership"))
            self.notice.setText(window_text(exc))
            self.tabs.setEnabled(False)
            return
        self.record = rec
        self.tabs.setEnabled(True)
        self.header_label.setText(rec.name)
        if rec.lead_here:
            self.notice.setText(
                self.tr(
                    "You lead this partnership: what you change here reaches the member "
                    "schools in the bundles you send them."
                )
            )
        else:
            self.notice.setText(
                self.tr(
                    "This laptop receives the partnership record by sync. Only the "
                    "partnership lead changes it, on the laptop that created it."
                )
            )
        for tab in self._tabs():
            tab.load(rec)
            tab.set_editable(rec.lead_here)

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- writing -------------------------------------------------------------------

    def publish(self, changes: ChangeSet, said: str) -> None:
        """A service's change: every view reads again; ``said`` confirms it."""
        self.bus.publish(changes)
        self.say(said)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def refuse(self, exc: BaseException) -> None:
        """A service refused (not the lead's laptop, a blocked day, bad input)."""
        log.info("Partnership change refused: %s", exc)
        self.say(window_text(exc))
