"""Each page of the window as a screenshot shows it: which installation, what is selected,
where the focus is. tools/screenshots.py takes every scene at every size.

A scene gets a shown MainWindow and puts it in the state a reader should see; it returns
the widget the documentation picture is of (the window, or a dialog over it).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication, QWidget

from app import fileio
from app.services import findings
from app.ui.dialogs.safeguarding_dialog import SafeguardingDialog
from app.ui.home.main_window import MainWindow
from app.ui.review.capture.page import CapturePage
from tools.shots_data import CAPTURE_SEARCH, FINDING_TITLE, PictureData

Stage = Callable[[MainWindow, PictureData], QWidget]
# A page's own preparation: the page, the window it is in, the data.
Prepare = Callable[[QWidget, MainWindow, PictureData], None]

HOME_SIZE = (1100, 650)  # the README's picture of the list
PAGE_SIZE = (1280, 800)  # a workspace page, in the documentation pictures


@dataclass(frozen=True)
class Scene:
    name: str  # the picture's file name, less the variant and ".png"
    stage: Stage
    size: tuple[int, int] = PAGE_SIZE
    empty: bool = False  # shows the installation with nothing in it


def settle(seconds: float = 0.0, until: Callable[[], bool] | None = None) -> None:
    """Let the event loop run: for ``seconds``, or until ``until()`` is true (at most 30 s),
    for what arrives from worker threads (coverage counts, PDF pages)."""
    deadline = time.monotonic() + (30.0 if until is not None else seconds)
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if until is not None and until():
            break
        time.sleep(0.02)
    QApplication.processEvents()


def _home(window: MainWindow, _: PictureData) -> QWidget:
    if window.proxy.rowCount():
        window.table.selectRow(0)
    window.table.setFocus()
    return window


def _page(key: str, prepare: Prepare | None = None) -> Stage:
    def stage(window: MainWindow, data: PictureData) -> QWidget:
        workspace = window.open_review(data.review_id)
        page = workspace.show_page(key)
        if prepare is not None:
            prepare(page, window, data)
        else:
            page.setFocus()
        return window

    return stage


def _planning(page: QWidget, *_: object) -> None:
    table = getattr(page, "table", None)
    if table is not None:
        table.selectRow(1)
        table.setFocus()


def _capture(page: QWidget, *_: object) -> None:
    assert isinstance(page, CapturePage)
    first = next(iter(page._activities.values()), None)
    if first is not None:
        # A moment in the visit, so the timetable shows an activity happening now.
        page.clock = lambda: dt.datetime.fromisoformat(f"{first.day}T10:50:00")
        page.load()
    page.search.setText(CAPTURE_SEARCH)
    page.apply_filter()
    if page.model.rowCount():
        page.list.setCurrentIndex(page.model.index(0))
    page.editor.text.setFocus()


def _coverage(page: QWidget, *_: object) -> None:
    settle(until=lambda: getattr(page, "coverage", None) is not None)
    tree = getattr(page, "tree", None)
    (tree or page).setFocus()


def _findings(page: QWidget, window: MainWindow, data: PictureData) -> None:
    listed = findings.list_findings(window.store, data.review_id)
    shown = next(f for f in listed if f.title == FINDING_TITLE)
    page.select(shown.id)  # type: ignore[attr-defined]


def _excellence(page: QWidget, window: MainWindow, data: PictureData) -> None:
    listed = findings.list_findings(window.store, data.review_id)
    shown = next(f for f in listed if f.kind == "area_of_excellence")
    page.select(shown.id)  # type: ignore[attr-defined]
    # The nomination's wrapped words take their height a few layout passes later.
    settle(0.2)


def _signoff(page: QWidget, window: MainWindow, data: PictureData) -> None:
    from app.reports import content, report

    pdf, _ = report.render(content.gather(window.store, data.review_id))
    # Beside the throwaway data folder, so it goes when the folder does.
    path = data.lead.parent / "preview.pdf"
    fileio.write_bytes(path, pdf)
    page.load_pdf(path)  # type: ignore[attr-defined]
    settle(1.5)  # QPdfView renders its pages in the background


def _action_plan(page: QWidget, *_: object) -> None:
    page.show_action_plan()  # type: ignore[attr-defined]
    page.actions_view.selectRow(0)  # type: ignore[attr-defined]
    page.actions_view.setFocus()  # type: ignore[attr-defined]


def _impact(page: QWidget, *_: object) -> None:
    tab = page.impact  # type: ignore[attr-defined]
    page.sections.setCurrentWidget(tab)  # type: ignore[attr-defined]
    tab.view.selectRow(0)
    tab.view.setFocus()


def _sync(page: QWidget, *_: object) -> None:
    page.refresh()  # type: ignore[attr-defined]


def _safeguarding(window: MainWindow, data: PictureData) -> QWidget:
    # Over Capture, where a reviewer is when they hear something worrying.
    window.open_review(data.review_id).show_page("capture")
    dialog = SafeguardingDialog(window.store, data.review_id, window)
    dialog.text.setPlainText(
        "At break a Y4 pupil said they were scared to go home because of shouting at "
        "night. Exact words noted: “I don’t want to go home today.” Class teacher present."
    )
    dialog.show()
    dialog.text.setFocus()
    return dialog


def _partnership(tab: str, prepare: Callable[[QWidget], None] | None = None) -> Stage:
    def stage(window: MainWindow, data: PictureData) -> QWidget:
        view = window.show_partnership()
        page = view.findChild(QWidget, tab)
        assert page is not None, tab
        view.tabs.setCurrentWidget(page)
        if prepare is not None:
            prepare(page)
        return window

    return stage


def _schedule(page: QWidget) -> None:
    table = page.table  # type: ignore[attr-defined]
    table.selectRow(0)
    table.setFocus()


def _directory(page: QWidget) -> None:
    page.query.setText("phonics for pupils with SEND")  # type: ignore[attr-defined]
    page.search()  # type: ignore[attr-defined]
    page.query.setFocus()  # type: ignore[attr-defined]


def _framework_editor(window: MainWindow, _: PictureData) -> QWidget:
    from app.ui.frameworks.action import open_editor

    editor = open_editor(window)
    editor.tree.setFocus()
    return editor


SCENES: tuple[Scene, ...] = (
    Scene("main-window", _home, HOME_SIZE),
    Scene("main-window-empty", _home, HOME_SIZE, empty=True),
    Scene("overview", _page("overview")),
    Scene("planning", _page("planning", _planning)),
    Scene("capture", _page("capture", _capture)),
    Scene("coverage", _page("coverage", _coverage)),
    Scene("findings", _page("findings", _findings)),
    Scene("findings-excellence", _page("findings", _excellence)),
    Scene("moderation", _page("moderation")),
    Scene("signoff", _page("signoff", _signoff)),
    Scene("action-plan", _page("signoff", _action_plan)),
    Scene("impact", _page("signoff", _impact)),
    Scene("sync", _page("sync", _sync)),
    Scene("safeguarding", _safeguarding, HOME_SIZE),
    Scene("partnership", _partnership("members_tab")),
    Scene("partnership-schedule", _partnership("schedule_tab", _schedule)),
    Scene("partnership-reviewers", _partnership("reviewers_tab")),
    Scene("partnership-directory", _partnership("directory_tab", _directory)),
    Scene("framework-editor", _framework_editor, HOME_SIZE),
)
