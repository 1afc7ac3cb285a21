"""The main window: the list of reviews ("home") and, once one is opened, its workspace.

One window, two views in a stack: home lists the reviews; opening one (Enter or a
double-click) shows the review workspace in its place, and All reviews (a toolbar button,
Alt+Left) returns home. Undo and redo in the Edit menu follow the open review's undo
stack, or at home the stack of archive commands. Confirmations the person must see go to
the banner above both views (banner.py), not to the status bar.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.paths import APP_NAME
from app.services import reviews
from app.services.store import ChangeSet, Store
from app.ui import tasks
from app.ui.bus import ChangeBus
from app.ui.frameworks import action as framework_action
from app.ui.home import account_actions, draft_response
from app.ui.home.archiving import ArchivedNotice
from app.ui.home.erasure_notice import ErasureNotice
from app.ui.home.reminders import Reminders
from app.ui.home.review_actions import ReviewActions
from app.ui.home.review_list_model import SORT_ROLE, Column, ReviewListModel
from app.ui.review.workspace import ReviewWorkspace
from app.ui.settings import settings
from app.ui.sync.window_import import WindowImport
from app.ui.widgets import labels
from app.ui.widgets.banner import Banner
from app.ui.widgets.tables import list_table

if TYPE_CHECKING:
    from app.ui.partnership.view import PartnershipView

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1100, 650)
# Room a first window leaves for its frame and title bar, which its size does not include.
_FRAME_ROOM = QSize(16, 40)
_GEOMETRY_KEY = "main_window/geometry"
_STATE_KEY = "main_window/state"
_HEADER_KEY = "main_window/review_table_header"


class MainWindow(ReviewActions):
    """Lists the reviews; later windows open from here."""

    #: A review was chosen (double-click or Enter); carries the review id.
    review_activated = Signal(str)
    #: The window has closed (and saved its settings).
    closed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.bus = ChangeBus(self)
        self.undo_group = QUndoGroup(self)
        # At home, Ctrl+Z undoes archiving (app/ui/home/archiving.py).
        self.home_undo = QUndoStack(self)
        self.undo_group.addStack(self.home_undo)
        self.undo_group.setActiveStack(self.home_undo)
        self.workspace: ReviewWorkspace | None = None
        self.setObjectName("MainWindow")
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(self.tr("Peerview main window"))

        self.model = ReviewListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        self._restore_settings()
        self.refresh()
        self.review_activated.connect(self.open_review)
        self.bus.changed.connect(self._on_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    @property
    def store(self) -> Store:
        return self._store

    # -- construction --------------------------------------------------------------

    def _build_actions(self) -> None:
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        # Some platforms (Windows) have no standard Quit key; Ctrl+Q is what people expect.
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.setStatusTip(self.tr("Close Peerview"))
        # Quit means the whole application, so every window gets its chance to close.
        self.quit_action.triggered.connect(QApplication.closeAllWindows)

        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setStatusTip(self.tr("Read the list of reviews again"))
        self.refresh_action.triggered.connect(self.refresh)

        self.back_action = QAction(self.tr("&All reviews"), self)
        # Not StandardKey.Back: on Linux it includes Backspace, which would leave the review
        # from any list that does not take Backspace itself (the tags, the links).
        self.back_action.setShortcuts(
            [
                QKeySequence(self.tr("Alt+Left")),
                QKeySequence(Qt.Key.Key_Back),
                QKeySequence(self.tr("Ctrl+Shift+H")),
            ]
        )
        self.back_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.back_action.setStatusTip(self.tr("Back to the list of reviews"))
        self.back_action.setToolTip(self.tr("Back to the list of reviews (Alt+Left)"))
        self.back_action.triggered.connect(self.show_home)
        self.back_action.setEnabled(False)

        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))

        self.partnership_action = QAction(self.tr("&Partnership"), self)
        self.partnership_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+P")))
        self.partnership_action.setStatusTip(
            self.tr("The partnership: members, schedule, reviewers and directory")
        )
        self.partnership_action.setToolTip(self.tr("The partnership (Ctrl+Shift+P)"))
        self.partnership_action.triggered.connect(self.show_partnership)
        self.partnership_view: PartnershipView | None = None

        self._build_review_actions()
        self.bundle_import = WindowImport(self, self._store, self.bus)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setAccessibleName(self.tr("Main menu"))
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setAccessibleName(self.tr("File menu"))
        self.file_menu = file_menu
        file_menu.addAction(self.new_review_action)
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.archive_action)
        file_menu.addAction(self.bundle_import.action)
        self.respond_action = draft_response.install(self, file_menu)
        self.frameworks_action = framework_action.install(self, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setAccessibleName(self.tr("Edit menu"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.edit_menu = edit_menu
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setAccessibleName(self.tr("View menu"))
        view_menu.addAction(self.back_action)
        view_menu.addAction(self.partnership_action)
        view_menu.addAction(self.refresh_action)
        view_menu.addSeparator()
        view_menu.addAction(self.show_archived_action)
        self.view_menu = view_menu
        # No mnemonic: every letter of "Review" is taken by another menu or a page field;
        # its actions have their own keys (Ctrl+Shift+S), and Alt or F10 reaches the bar.
        review_menu = bar.addMenu(self.tr("Review"))
        review_menu.setAccessibleName(self.tr("Review menu"))
        review_menu.addAction(self.safeguarding_action)
        review_menu.addAction(self.concerns_action)
        self.review_menu = review_menu
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setAccessibleName(self.tr("Help menu"))
        self.help_menu = help_menu
        self.account = account_actions.install(self, file_menu, help_menu)
        self.about_action = self.account.about

    def _build_toolbar(self) -> None:
        # Home and an open review each get the toolbar that fits them: no disabled New and
        # Open inside a review, and the way back to the list first where it is needed.
        self.toolbar = self._toolbar(
            "reviews_toolbar",
            self.tr("Review actions"),
            [self.new_review_action, self.open_action, self.archive_action],
        )
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.partnership_action)
        self.toolbar.addAction(self.respond_action)
        self.review_toolbar = self._toolbar(
            "review_toolbar",
            self.tr("Open review actions"),
            [self.back_action, self.archive_action],
        )
        self.review_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # A small arrow: the toolbar stays one line of text high, as at home.
        small = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.review_toolbar.setIconSize(QSize(small, small))
        self.review_toolbar.hide()
        self.partnership_toolbar = self._toolbar(
            "partnership_toolbar", self.tr("Partnership actions"), [self.back_action]
        )
        self.partnership_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.partnership_toolbar.setIconSize(QSize(small, small))
        self.partnership_toolbar.hide()

    def _toolbar(self, name: str, accessible: str, actions: list[QAction]) -> QToolBar:
        bar = QToolBar(accessible, self)
        bar.setObjectName(name)
        bar.setAccessibleName(accessible)
        bar.setMovable(False)
        # Always there in its view: not a toolbar a right-click could hide for good.
        bar.toggleViewAction().setEnabled(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in actions:
            bar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        return bar

    def _name_toolbar_buttons(self) -> None:
        for bar in (self.toolbar, self.review_toolbar, self.partnership_toolbar):
            for action in bar.actions():
                button = bar.widgetForAction(action)
                if button is not None:
                    button.setAccessibleName(action.text().replace("&", "").rstrip("…"))

    def _build_central(self) -> None:
        central = QWidget(self)
        central.setObjectName("central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)

        self.header_label = QLabel(self.tr("Your reviews"), central)
        self.header_label.setObjectName("header")
        self.header_label.setAccessibleName(self.tr("Your reviews"))
        font = self.header_label.font()
        # Size relative to the system font, so the header scales with the user's settings.
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.header_label.setFont(font)
        layout.addWidget(self.header_label)
        self.erasure_notice = ErasureNotice(self._store, self.bus.publish, central)
        layout.addWidget(self.erasure_notice)
        # Report steps overdue or due soon, for the reviews this person is on.
        self.reminders = Reminders(central)
        layout.addWidget(self.reminders)

        self.stack = QStackedWidget(central)
        self.stack.setAccessibleName(self.tr("Reviews area"))
        self.table = self._make_table()
        self.empty_label = QLabel(central)
        self.empty_label.setObjectName("empty_state")
        self.empty_label.setTextFormat(Qt.TextFormat.MarkdownText)
        self.empty_label.setText(
            self.tr(
                "No reviews yet. Choose **New review…** (Ctrl+N) to plan one, or "
                "**Help › Welcome…** to explore a sample review."
            )
        )
        self.empty_label.setAccessibleName(self.tr("No reviews yet"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)
        self.header_label.setBuddy(self.table)
        self.archived_notice = ArchivedNotice(self.show_archived_action, central)
        self.stack.addWidget(self.archived_notice.all_archived)
        layout.addWidget(self.archived_notice)
        self.home = central

        content = QWidget(self)
        content.setObjectName("content")
        self.banner = Banner(content)
        self.banner.dismissed.connect(self._on_banner_dismissed)
        self.views = QStackedWidget(content)
        self.views.setObjectName("views")
        self.views.addWidget(central)
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        banner_row = QVBoxLayout()
        banner_row.setContentsMargins(16, 8, 16, 0)
        banner_row.addWidget(self.banner)
        box.addLayout(banner_row)
        box.addWidget(self.views, 1)
        self.setCentralWidget(content)

    def _make_table(self) -> QTableView:
        table = list_table(
            self,
            "review_table",
            self.tr("Reviews"),
            self.proxy,
            self.tr("One row per review; press Enter to open the selected review."),
        )
        table.setSortingEnabled(True)
        header = table.horizontalHeader()
        # Fits the default 1100-pixel window without a horizontal scroll bar; Findings,
        # the last section, takes whatever width is left.
        widths = {
            Column.REVIEW: 270,
            Column.HOST_SCHOOL: 200,
            Column.DATES: 120,
            Column.STATUS: 140,  # room for "Planning (archived)"
            Column.ROLE: 105,
            Column.NOTES: 105,
        }
        # Room for the header's words and a role's, which are longer in some languages.
        metrics = header.fontMetrics()
        roles = [metrics.horizontalAdvance(w) for w in labels.role_labels().values()]
        widths[Column.ROLE] = max(widths[Column.ROLE], min(max(roles) + 16, 130))
        for column, width in widths.items():
            title = str(self.proxy.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(width, metrics.horizontalAdvance(title) + 24))
        table.sortByColumn(Column.DATES, Qt.SortOrder.DescendingOrder)
        table.activated.connect(self._on_activated)
        return table

    def _build_status_bar(self) -> None:
        # Only passing hints (what a menu item does). The data folder is in Help, About;
        # anything the person must see goes to the banner.
        bar = self.statusBar()
        bar.setAccessibleName(self.tr("Status bar"))

    # -- behaviour -----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the reviews again, keeping the selected review selected."""
        selected = self.selected_review_id()
        every = reviews.list_reviews(self._store, include_archived=True)
        archived = sum(r.archived for r in every)
        showing = self.show_archived_action.isChecked()
        rows = every if showing else [r for r in every if not r.archived]
        self.model.reload(rows)
        if rows:
            self.stack.setCurrentWidget(self.table)
        elif archived:
            self.stack.setCurrentWidget(self.archived_notice.all_archived)
        else:
            self.stack.setCurrentWidget(self.empty_label)
        self.archived_notice.update_counts(archived, len(rows))
        self.erasure_notice.refresh()
        self.reminders.load(self._store)
        if selected is not None:
            self.select_review(selected)
        log.debug("Listed %d reviews", len(rows))

    def selected_review_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(rows[0].data(Qt.ItemDataRole.UserRole))

    def select_review(self, review_id: str) -> bool:
        row = self.model.row_of(review_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def open_review(self, review_id: str) -> ReviewWorkspace:
        """Show the workspace of a review in place of the list."""
        self._close_workspace()
        workspace = ReviewWorkspace(self._store, review_id, self.bus, self.views)
        workspace.back_requested.connect(self.show_home)
        self.undo_group.addStack(workspace.undo_stack)
        self.undo_group.setActiveStack(workspace.undo_stack)
        self.views.addWidget(workspace)
        self.views.setCurrentWidget(workspace)
        self.workspace = workspace
        self.back_action.setEnabled(True)
        self.toolbar.hide()
        self.partnership_toolbar.hide()
        self.review_toolbar.show()
        self._add_safeguarding_button(workspace)
        self.setWindowTitle(f"{workspace.title_label.text()} – {APP_NAME}")
        self._update_actions()
        workspace.tabs.currentWidget().setFocus()
        return workspace

    def show_partnership(self) -> PartnershipView:
        """Show the partnership in place of the list (Alt+Left returns)."""
        from app.ui.partnership.view import PartnershipView

        self._close_workspace()
        if self.partnership_view is None:
            self.partnership_view = PartnershipView(self._store, self.bus, self.views)
            self.views.addWidget(self.partnership_view)
        self.views.setCurrentWidget(self.partnership_view)
        self.back_action.setEnabled(True)
        self.toolbar.hide()
        self.review_toolbar.hide()
        self.partnership_toolbar.show()
        self.setWindowTitle(f"{self.partnership_view.header_label.text()} – {APP_NAME}")
        self._update_actions()
        self.partnership_view.tabs.currentWidget().setFocus()
        return self.partnership_view

    def current_review_id(self) -> str | None:
        """None while the partnership shows: Archive and Open act on no hidden row."""
        if self.partnership_view is not None and self.partnership_view.isVisibleTo(self):
            return None
        return super().current_review_id()

    def show_home(self) -> None:
        """Back to the list of reviews, with the review that was open selected."""
        review_id = self.workspace.review_id if self.workspace is not None else None
        self._close_workspace()
        self.views.setCurrentWidget(self.home)
        self.back_action.setEnabled(False)
        self.review_toolbar.hide()
        self.partnership_toolbar.hide()
        self.toolbar.show()
        self.undo_group.setActiveStack(self.home_undo)
        self.setWindowTitle(APP_NAME)
        self.refresh()
        if review_id is not None:
            self.select_review(review_id)
        self.table.setFocus()
        self._update_actions()

    def _close_workspace(self) -> None:
        if self.workspace is None:
            return
        workspace, self.workspace = self.workspace, None
        # Pages save pending edits when they lose focus or close; give them the chance.
        workspace.close()
        self.undo_group.removeStack(workspace.undo_stack)
        self.views.removeWidget(workspace)
        workspace.deleteLater()

    def _on_banner_dismissed(self, had_focus: bool) -> None:
        if not had_focus:
            return
        current = self.views.currentWidget()
        if current is self.home:
            self.table.setFocus()
        elif current is self.partnership_view and self.partnership_view is not None:
            self.partnership_view.tabs.currentWidget().setFocus()
        elif self.workspace is not None:
            self.workspace.tabs.currentWidget().setFocus()

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.views.currentWidget() is self.home:
            self.refresh()
        self._update_actions()

    def _on_activated(self, index: QModelIndex) -> None:
        review_id = index.data(Qt.ItemDataRole.UserRole)
        if review_id:
            self.review_activated.emit(str(review_id))

    # -- settings ------------------------------------------------------------------

    def _restore_settings(self) -> None:
        prefs = settings()
        geometry = prefs.value(_GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            # A first start on a small or highly scaled screen (1366 x 768 at 150% is 910 x
            # 512): no bigger than the screen leaves, so nothing runs under the taskbar.
            room = self.screen().availableGeometry().size() - _FRAME_ROOM
            self.resize(QSize(*DEFAULT_SIZE).boundedTo(room))
        state = prefs.value(_STATE_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        header = prefs.value(_HEADER_KEY)
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)

    def save_settings(self) -> None:
        prefs = settings()
        prefs.setValue(_GEOMETRY_KEY, self.saveGeometry())
        prefs.setValue(_STATE_KEY, self.saveState())
        prefs.setValue(_HEADER_KEY, self.table.horizontalHeader().saveState())
        prefs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        if self.workspace is not None:
            self.workspace.close()
        # Background work writes through the store; let it finish before the store closes.
        tasks.wait_for_tasks()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
