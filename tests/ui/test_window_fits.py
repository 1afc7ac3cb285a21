"""The window fits the laptops reviewers carry: 1024 x 600, and 1366 x 768 at 125% and
150% scaling (1092 x 614 and 910 x 512 logical pixels), less a taskbar and a title bar.
Every page and home is shown (a page once shown used to pin the window's minimum size),
then every control must be whole: not squashed below its own minimum, and on screen,
scrolled into view where the page scrolls."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from app.services import demo
from app.services.store import Store
from app.ui.home.main_window import MainWindow
from tests import raw_db

# Every page of the demo review at every screen size: slow by nature.
pytestmark = pytest.mark.slow

# Logical pixels a laptop screen leaves to the window: the taskbar and the window's own
# title bar come off the height (Windows 11: 48 and 32 logical pixels at any scaling).
TASKBAR, TITLE_BAR = 48, 32
SCREENS = {
    "1024x600": (1024, 600),
    "1366x768 at 125%": (1092, 614),
    "1366x768 at 150%": (910, 512),
}
CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView)


def room(screen: tuple[int, int]) -> tuple[int, int]:
    width, height = screen
    return width, height - TASKBAR - TITLE_BAR


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def minimum(window: MainWindow) -> tuple[int, int]:
    size = window.minimumSizeHint().expandedTo(window.minimumSize())
    return size.width(), size.height()


def controls(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractItemView):
            continue  # parts of a combo box or a view, sized by their owner
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (scroll area corners, tab bar scroll buttons)
        found.append(widget)
    return found


LARGE = (QAbstractItemView, QPlainTextEdit)  # scroll their own content


def scroll_into_view(widget: QWidget) -> None:
    """Scroll every page scroll area around ``widget`` so that all of it shows, as far
    as it fits (QScrollArea.ensureWidgetVisible would show only a view's current item)."""
    parent = widget.parentWidget()
    while parent is not None:
        inner = parent.widget() if isinstance(parent, QScrollArea) else None
        if isinstance(parent, QScrollArea) and inner is not None:
            corner = widget.mapTo(inner, QPoint(0, 0))
            half_w, half_h = (widget.width() + 1) // 2, (widget.height() + 1) // 2
            parent.ensureVisible(corner.x() + half_w, corner.y() + half_h, half_w, half_h)
        parent = parent.parentWidget()
    settle()


def seen(widget: QWidget) -> QSize:
    return widget.visibleRegion().boundingRect().size()


def smallest(widget: QWidget) -> QSize:
    """The least size a layout promises a widget: its minimum size hint (or its size hint
    where its policy will not shrink), within its maximum size, unless a minimum is set."""
    hint, least, policy = widget.sizeHint(), widget.minimumSizeHint(), widget.sizePolicy()

    def one(kind: QSizePolicy.Policy, hinted: int, smallest: int) -> int:
        if kind == QSizePolicy.Policy.Ignored:
            return 0
        if kind.value & QSizePolicy.PolicyFlag.ShrinkFlag.value:
            return smallest
        return max(hinted, smallest)

    size = QSize(
        one(policy.horizontalPolicy(), hint.width(), least.width()),
        one(policy.verticalPolicy(), hint.height(), least.height()),
    ).boundedTo(widget.maximumSize())
    if widget.minimumWidth() > 0:
        size.setWidth(widget.minimumWidth())
    if widget.minimumHeight() > 0:
        size.setHeight(widget.minimumHeight())
    return size


def short_texts(window: MainWindow, where: str) -> list[str]:
    """Labels whose wrapped text has fewer lines of room than it needs."""
    return [
        f"{where}: the text {label.text()[:40]!r} is cut short"
        for label in window.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.text()
        and label.height() < label.heightForWidth(label.width())
    ]


def clipped(window: MainWindow, where: str) -> list[str]:
    """Controls that are squashed below their minimum or cannot be seen whole, and
    wrapped text without room for all its lines."""
    problems = short_texts(window, where)
    for widget in controls(window):
        name = f"{where}: {type(widget).__name__} {widget.accessibleName()!r}"
        least = smallest(widget)
        if widget.width() < least.width() or widget.height() < least.height():
            problems.append(f"{name} squashed to {widget.width()}x{widget.height()}")
            continue
        scroll_into_view(widget)
        shown = seen(widget)
        if isinstance(widget, LARGE):
            # A list or text box taller than the page's view scrolls its own content:
            # enough of it must show to use it.
            enough = widget.minimumSizeHint().boundedTo(widget.size())
            if shown.width() < enough.width() or shown.height() < enough.height():
                problems.append(f"{name} shows only {shown.width()}x{shown.height()}")
        elif shown != widget.size():
            problems.append(f"{name} cut off")
    return problems


def test_the_window_shrinks_to_every_screen_after_every_page_was_shown(
    window: MainWindow, store: Store
) -> None:
    review_id = demo.create_demo(store)
    window.refresh()
    workspace = window.open_review(review_id)
    for key in workspace.page_keys():
        workspace.show_page(key)
        settle()
    for key in [*workspace.page_keys(), "home"]:
        if key == "home":
            window.show_home()
        else:
            workspace.show_page(key)
        settle()
        width, height = minimum(window)
        for screen_name, screen in SCREENS.items():
            fits_width, fits_height = room(screen)
            assert width <= fits_width and height <= fits_height, (
                f"{key}: the window cannot shrink below {width}x{height}, "
                f"more than {screen_name} leaves ({fits_width}x{fits_height})"
            )


@pytest.mark.parametrize("screen_name", list(SCREENS))
def test_no_page_cuts_off_its_controls(window: MainWindow, store: Store, screen_name: str) -> None:
    review_id = demo.create_demo(store)
    window.refresh()
    size = room(SCREENS[screen_name])
    window.resize(*size)
    settle()
    assert (window.width(), window.height()) == size
    problems = clipped(window, "home")
    workspace = window.open_review(review_id)
    for key in workspace.page_keys():
        page = workspace.show_page(key)
        settle()
        if key == "capture":
            page.new_note()  # type: ignore[attr-defined]  # the editor's fields showing
            settle()
        assert (window.width(), window.height()) == size, f"{key} made the window grow"
        problems += clipped(window, key)
    assert problems == [], "\n".join(problems)


def page_scrolls(window: MainWindow) -> bool:
    workspace = window.workspace
    assert workspace is not None
    key = workspace.current_page_key()
    area = workspace.findChild(QScrollArea, f"{key}_scroll")
    assert area is not None
    return area.verticalScrollBar().isVisible() or area.horizontalScrollBar().isVisible()


def test_at_1024_by_600_no_page_needs_scrolling(window: MainWindow, store: Store) -> None:
    """The plain small laptop: every page fits the window without scrolling the page."""
    review_id = demo.create_demo(store)
    window.refresh()
    window.resize(1024, 600)
    workspace = window.open_review(review_id)
    scrolled = []
    for key in workspace.page_keys():
        page = workspace.show_page(key)
        settle()
        if key == "capture":
            page.new_note()  # type: ignore[attr-defined]
            settle()
        if page_scrolls(window):
            scrolled.append(f"{key} ({page.minimumSizeHint().height()} px tall)")
    assert scrolled == []


CHILD = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.services import demo
from app.services.store import Store
from app.ui.home.main_window import MainWindow
from tests.ui.helpers import shown_window

app = QApplication([])
store = Store.open(Path(sys.argv[1]))
review_id = demo.create_demo(store)
window = MainWindow(store)
window.show()
workspace = window.open_review(review_id)
for key in workspace.page_keys():
    workspace.show_page(key)
    app.processEvents()
screen = window.screen().availableGeometry()
frame = window.frameGeometry()
print(json.dumps({
    "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
    "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
}))
window.close()
store.close()
"""


@pytest.mark.parametrize("scale", ["1.25", "1.5"])
def test_a_first_start_at_high_scaling_opens_within_the_screen(tmp_path: Path, scale: str) -> None:
    """A real scale factor, in a process of its own (Qt reads it once, at start): the
    window's first size stays inside a 1366 x 768 screen."""
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "windowFrameMargins": True,
                "screens": [
                    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "dpr": 1}
                ],
            }
        )
    )
    env = raw_db.child_env(QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=scale)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    sx, sy, sw, sh = shown["screen"]
    fx, fy, fw, fh = shown["frame"]
    # The screen's own size is logical: 1366 x 768 divided by the scale.
    assert abs(sw - 1366 / float(scale)) <= 1 and abs(sh - 768 / float(scale)) <= 1
    assert fx >= sx and fy >= sy
    assert fx + fw <= sx + sw and fy + fh <= sy + sh, shown


def test_a_working_note_with_a_privacy_warning_keeps_its_source_boxes_whole_at_1024x600(
    window: MainWindow, store: Store
) -> None:
    """The wrapped privacy banner once made the editor's rows overlap: the two rows of
    source boxes were squeezed into one and the note below drawn over them."""
    review_id = demo.create_demo(store)
    window.refresh()
    window.resize(1024, 600)
    page = window.open_review(review_id).show_page("capture")
    settle()
    page.search.setText("routinely used")  # type: ignore[attr-defined]
    page.apply_filter()  # type: ignore[attr-defined]
    page.list.setCurrentIndex(page.model.index(0))  # type: ignore[attr-defined]
    settle()
    editor = page.editor  # type: ignore[attr-defined]
    assert editor.banner.isVisible(), "the demo's team-meeting note names a person"
    rows = editor.source_rows
    assert rows.note.isVisible()
    for box in rows.boxes.values():
        assert box.height() >= box.minimumSizeHint().height(), f"{box.text()} squeezed"
    boxes_end = rows.box_area.geometry().bottom()
    assert rows.note.geometry().top() > boxes_end, "the note is drawn over the source boxes"


@pytest.mark.parametrize("screen_name", list(SCREENS))
def test_the_partnership_view_fits_with_every_tab(
    window: MainWindow, store: Store, screen_name: str
) -> None:
    from app.services import partnership, reviewers, rounds

    demo.create_demo(store)
    for school in partnership.record(store).schools:
        reviewers.add_reviewer(
            store, None, f"Lead of {school.name}", school.name, accreditation="lead_reviewer",
            trained_on="2025-09-20", course="Lead reviewer training", trainer="Dr Eleri Hughes",
        )  # fmt: skip
    rounds.propose_round(store, None, "Spring 2026", "2026-03-02", "2026-03-27")
    # A round before anyone was trained: every visit lacks a lead, said under the list.
    rounds.propose_round(store, None, "Autumn 2024", "2024-10-07", "2024-10-25")
    assert rounds.unmet_by_round(store)
    view = window.show_partnership()
    problems = []
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        settle()
        width, height = minimum(window)
        fits_width, fits_height = room(SCREENS[screen_name])
        assert width <= fits_width and height <= fits_height, (
            f"partnership tab {index}: the window cannot shrink below {width}x{height}"
        )
    window.resize(*room(SCREENS[screen_name]))
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        settle()
        view.schedule.table.selectRow(0)  # the adjusting controls enabled
        problems += clipped(window, f"partnership tab {index}")
    assert problems == [], "\n".join(problems)
