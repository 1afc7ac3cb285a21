"""The first window: the list of reviews in this data folder."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.paths import APP_NAME
from app.services import reviews
from app.services.store import Store
from app.ui.review_list_model import SORT_ROLE, Column, ReviewListModel
from app.ui.settings import settings
from app.version import __version__

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1100, 650)
_GEOMETRY_KEY = "main_window/geometry"
_STATE_KEY = "main_window/state"
_HEADER_KEY = "main_window/review_table_header"


class MainWindow(QMainWindow):
    """Lists the reviews; later windows open from here."""

    #: A review was chosen (double-click or Enter); carries the review id.
    review_activated = Signal(str)
    #: The window has closed (and saved its settings).
    closed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
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
        self._build_central()
        self._build_status_bar()
        self._restore_settings()
        self.refresh()

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

        self.about_action = QAction(self.tr("&About Peerview"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setAccessibleName(self.tr("Main menu"))
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setAccessibleName(self.tr("File menu"))
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setAccessibleName(self.tr("View menu"))
        view_menu.addAction(self.refresh_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setAccessibleName(self.tr("Help menu"))
        help_menu.addAction(self.about_action)

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

        self.stack = QStackedWidget(central)
        self.stack.setAccessibleName(self.tr("Reviews area"))
        self.table = self._make_table()
        self.empty_label = QLabel(central)
        self.empty_label.setObjectName("empty_state")
        self.empty_label.setTextFormat(Qt.TextFormat.MarkdownText)
        self.empty_label.setText(
            self.tr("No reviews yet. Run `peerview demo` to explore a sample review.")
        )
        self.empty_label.setAccessibleName(self.tr("No reviews yet"))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)
        self.header_label.setBuddy(self.table)
        self.setCentralWidget(central)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("review_table")
        table.setAccessibleName(self.tr("Reviews"))
        table.setAccessibleDescription(
            self.tr("One row per review; press Enter to open the selected review.")
        )
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table, as keyboard users expect.
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Fits the default 1100-pixel window without a horizontal scroll bar; Findings,
        # the last section, takes whatever width is left.
        widths = {
            Column.REVIEW: 330,
            Column.HOST_SCHOOL: 240,
            Column.DATES: 140,
            Column.STATUS: 130,
            Column.NOTES: 120,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        table.sortByColumn(Column.DATES, Qt.SortOrder.DescendingOrder)
        table.activated.connect(self._on_activated)
        return table

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setAccessibleName(self.tr("Status bar"))
        self.folder_label = QLabel(self.tr("Data folder: {0}").format(self._store.db.data_dir), bar)
        self.folder_label.setObjectName("data_folder")
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Line the text up with the table above rather than the window's edge.
        self.folder_label.setContentsMargins(14, 2, 8, 2)
        bar.addPermanentWidget(self.folder_label, 1)

    # -- behaviour -----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the reviews again, keeping the selected review selected."""
        selected = self.selected_review_id()
        rows = reviews.list_reviews(self._store)
        self.model.reload(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty_label)
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

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Peerview"),
            self.tr(
                "<p><b>Peerview</b> {0}</p>"
                "<p>Plan, gather evidence for and report on developmental school peer "
                "reviews, offline.</p>"
            ).format(__version__),
        )

    def _on_activated(self, index: QModelIndex) -> None:
        review_id = index.data(Qt.ItemDataRole.UserRole)
        if review_id:
            self.review_activated.emit(str(review_id))

    # -- settings ------------------------------------------------------------------

    def _restore_settings(self) -> None:
        prefs = settings()
        geometry = prefs.value(_GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(*DEFAULT_SIZE)
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
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
