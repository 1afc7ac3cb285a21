"""The review workspace shell: a header naming the review and a tab per page.

The shell owns what the pages share (the context: store, review, undo stack, change bus)
and keyboard movement between pages; each page owns its own content (pages.py).

Each page sits in a scroll area, so no page sets the window's minimum size: a laptop at
1366 x 768 with 150% scaling leaves 910 x 512 logical pixels, less than some pages need;
there the page scrolls (and Tab scrolls to the control it reaches) instead of the window
running under the taskbar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import dates
from app.models.database import StorageError
from app.services import reviews
from app.services.store import ChangeSet, Store
from app.ui.bus import ChangeBus
from app.ui.review.context import WorkspaceContext
from app.ui.review.pages import PageSpec, page_specs
from app.ui.settings import settings

log = logging.getLogger(__name__)

_LAST_PAGE_KEY = "workspace/last_page"


class _Pages(dict[str, QWidget]):
    """The workspace's pages by key; a page not yet built is built when asked for.
    Iterating gives only the pages built so far (the only ones with anything to flush)."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        page = self._build(key)
        self[key] = page
        return page


class _NoHeightForWidth(QVBoxLayout):
    """A scroll area sizes a page whose text wraps to its *preferred* height for the width
    (lists and tables at their comfortable size), so such a page scrolled on a 1092 x 614
    screen although it fitted. Hiding the height-for-width from the scroll area makes it
    use the page's minimum height; the page's own layouts still wrap its text."""

    def hasHeightForWidth(self) -> bool:
        return False


class _PageHolder(QWidget):
    """Holds a page inside its scroll area (see _NoHeightForWidth)."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        layout = _NoHeightForWidth(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page)


class ReviewWorkspace(QWidget):
    #: The person asked to go back to the list of reviews.
    back_requested = Signal()

    def __init__(
        self, store: Store, review_id: str, bus: ChangeBus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review_workspace")
        self.setAccessibleName(self.tr("Review workspace"))
        self.undo_stack = QUndoStack(self)
        self.ctx = WorkspaceContext(store, review_id, bus, self.undo_stack, self)
        self.specs: list[PageSpec] = page_specs()

        self.title_label = QLabel(self)
        self.title_label.setObjectName("workspace_title")
        self.title_label.setAccessibleName(self.tr("Review"))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        # Long review titles wrap instead of widening the window.
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("workspace_subtitle")
        self.subtitle_label.setAccessibleName(self.tr("Host school and dates"))
        self.subtitle_label.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("workspace_tabs")
        self.tabs.setAccessibleName(self.tr("Review pages"))
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName(self.tr("Review pages"))
        # Each tab holds a slot; its page is built the first time it is shown or asked
        # for (self.pages[key]), so opening a review builds one page, not seven.
        self._slots: dict[str, QWidget] = {}
        for spec in self.specs:
            slot = QWidget(self.tabs)
            slot.setObjectName(f"{spec.key}_slot")
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self._slots[spec.key] = slot
            index = self.tabs.addTab(slot, spec.title)
            if index < 9:
                self.tabs.setTabToolTip(index, self.tr("Ctrl+{0}").format(index + 1))
        self.pages = _Pages(self._build_page)
        self._add_page_shortcuts()

        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.title_label)
        header.addWidget(self.subtitle_label)
        top = QHBoxLayout()
        top.setContentsMargins(16, 10, 16, 4)
        top.addLayout(header, 1)
        self.header_layout = top  # pages' global actions (e.g. safeguarding) may add here
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        bus.changed.connect(self._on_changed)
        self.refresh_header()
        last = settings().value(_LAST_PAGE_KEY)
        if self.status == "visit" and "capture" in self._slots:
            # During the visit a reviewer opens a review to capture evidence.
            self.show_page("capture")
        elif isinstance(last, str) and last in self._slots:
            self.show_page(last)
        else:
            self.show_page(self.current_page_key())
        self.tabs.currentChanged.connect(self._remember_page)
        self.tabs.currentChanged.connect(self._build_current)

    @property
    def review_id(self) -> str:
        return self.ctx.review_id

    def _add_page_shortcuts(self) -> None:
        for number, spec in enumerate(self.specs[:9], start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
            self.addAction(action)

    def show_page(self, key: str) -> QWidget:
        page = self.pages[key]
        self.tabs.setCurrentWidget(self._slots[key])
        return page

    def _build_page(self, key: str) -> QWidget:
        spec = next(s for s in self.specs if s.key == key)
        slot = self._slots[key]
        scroll = QScrollArea(slot)
        scroll.setObjectName(f"{key}_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page's controls take focus
        holder = _PageHolder(spec.factory(self.ctx, slot))
        page = holder.page
        scroll.setWidget(holder)  # shows the page at once when the slot is showing
        layout = slot.layout()
        assert layout is not None
        layout.addWidget(scroll)
        slot.setFocusProxy(page)  # focus given to the tab's widget goes to the page
        return page

    def _build_current(self, index: int) -> None:
        if 0 <= index < len(self.specs):
            self.pages[self.specs[index].key]  # building it is the point

    def page_keys(self) -> list[str]:
        """Every page of this workspace, built or not (``pages`` holds the built ones)."""
        return [spec.key for spec in self.specs]

    def current_page_key(self) -> str:
        return self.specs[self.tabs.currentIndex()].key

    def _remember_page(self, index: int) -> None:
        if 0 <= index < len(self.specs):
            settings().setValue(_LAST_PAGE_KEY, self.specs[index].key)

    def refresh_header(self) -> None:
        detail = reviews.get_review(self.ctx.store, self.ctx.review_id)
        s = detail.summary
        self.status = s.status
        self.title_label.setText(s.title)
        shown = dates.date_range(s.start_date, s.end_date)
        self.subtitle_label.setText(f"{s.host_school} · {shown}")

    def flush(self) -> None:
        """Ask every page to store what is still pending (a debounced edit)."""
        for page in self.pages.values():
            flush = getattr(page, "flush", None)
            if callable(flush):
                try:
                    flush()
                except StorageError as exc:
                    # The store refuses writes (its file failed the integrity check): the
                    # window is closing with that message; closing must not fail too.
                    log.error("Could not store pending edits: %s", exc)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing never asks "save changes?": whatever is pending is stored now.
        self.flush()
        super().closeEvent(event)

    def _on_changed(self, changes: ChangeSet) -> None:
        if "review" in changes.entities or "school" in changes.entities:
            self.refresh_header()
