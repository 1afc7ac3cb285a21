"""The review's own pages for the Welsh pages test (tests/ui/test_welsh_pages.py): Overview,
Planning, Capture, Coverage, Findings (an Area of Excellence too), Moderation, and the
dialogs they open, on the demo review as a lead holds it during the visit: the host's
nominations recorded, a note that names a pupil, a finding with judgement wording.

Each opener shows the review's workspace on one page and returns the page (the window
around it is the home area's), or a dialog that page opens; "review-tabs" reads the
workspace's tabs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.services import findings, notes_query, reviews
from app.services.store import Store
from app.ui import tasks
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.review.capture.link_dialog import LinkDialog
from app.ui.review.capture.page import CapturePage
from app.ui.review.findings.editor import ReasonDialog
from app.ui.review.findings.page import FindingsPage
from app.ui.review.planning.page import PlanningPage
from app.ui.review.workspace import ReviewWorkspace
from tests.ui.helpers import shown_window
from tools.shots_data import CAPTURE_SEARCH, _host_nominated, _pupil_named

Opener = Callable[[QtBot, Store], QWidget]

# A finding whose words the judgement guard questions, as a reviewer's first draft reads.
GRADED_TITLE = "Phonics teaching across the school"
GRADED_TEXT = "Phonics teaching is outstanding in every class we visited."


def _settled() -> None:
    assert tasks.wait_for_tasks(30_000)
    for _ in range(5):  # wrapped labels take their height a few layout passes later
        QApplication.processEvents()


def _workspace(qtbot: QtBot, store: Store) -> ReviewWorkspace:
    """The demo review open in the window, with the visit's extra data."""
    review_id = reviews.list_reviews(store)[0].id
    _host_nominated(store, review_id)
    _pupil_named(store, review_id)
    findings.create_finding(store, review_id, "area_for_development", GRADED_TITLE, GRADED_TEXT)
    return shown_window(qtbot, store, (1280, 800)).open_review(review_id)


def review_page(key: str, prepare: Callable[[Any, Store], None] | None = None) -> Opener:
    """The workspace showing page ``key``, made ready by ``prepare(page, store)``."""

    def open_page(qtbot: QtBot, store: Store) -> QWidget:
        workspace = _workspace(qtbot, store)
        page = workspace.show_page(key)
        _settled()
        if prepare is not None:
            prepare(page, store)
        _settled()
        return page

    return open_page


def review_tabs(qtbot: QtBot, store: Store) -> QWidget:
    workspace = _workspace(qtbot, store)
    workspace.show_page("overview")
    _settled()
    return workspace.tabs.tabBar()


def _planning(page: PlanningPage, _store: Store) -> None:
    page.table.selectRow(1)


def _capture(page: CapturePage, _store: Store) -> None:
    """The note that names a pupil open: the privacy reminder shows."""
    first = next(iter(page._activities.values()))
    page.clock = lambda: dt.datetime.fromisoformat(f"{first.day}T10:50:00")
    page.load()
    page.search.setText(CAPTURE_SEARCH)
    page.apply_filter()
    page.list.setCurrentIndex(page.model.index(0))


def _finding(kind: str, title: str = "") -> Callable[[FindingsPage, Store], None]:
    def select(page: FindingsPage, store: Store) -> None:
        listed = findings.list_findings(store, page.ctx.review_id)
        page.select(next(f.id for f in listed if f.kind == kind and title in f.title))

    return select


def review_dialog(key: str, opens: Callable[[Any, Store], None]) -> Opener:
    """The dialog that ``opens(page, store)`` opens from page ``key``, shown and kept
    open (its ``run`` answers "cancelled" without waiting for a person)."""

    def open_dialog(qtbot: QtBot, store: Store) -> QWidget:
        workspace = _workspace(qtbot, store)
        page = workspace.show_page(key)
        _settled()
        caught: list[FormDialog] = []

        def run(self: FormDialog, _value: object) -> tuple[None, bool]:
            caught.append(self)
            return None, False

        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(FormDialog, "run", run)
            opens(page, store)
        assert caught, f"nothing on {key} opened a dialog"
        dialog = caught[-1]
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        _settled()
        return dialog

    return open_dialog


def _edit_activity(page: PlanningPage, _store: Store) -> None:
    page.table.selectRow(1)
    page.edit_activity()


def _validate(page: FindingsPage, store: Store) -> None:
    _finding("area_of_excellence")(page, store)
    page.editor.excellence.validate()


def _withdraw(page: FindingsPage, store: Store) -> None:
    _finding("area_of_excellence")(page, store)
    page.editor.excellence.withdraw()


def link_dialog(qtbot: QtBot, store: Store) -> QWidget:
    workspace = _workspace(qtbot, store)
    page = workspace.show_page("capture")
    assert isinstance(page, CapturePage)
    _settled()
    note = notes_query.page(store, page.ctx.review_id, notes_query.NoteFilter(), limit=1)[0]
    dialog = LinkDialog(store, page.ctx.review_id, note.id, workspace.window())
    return _shown_dialog(qtbot, dialog)


def reason_dialog(qtbot: QtBot, store: Store) -> QWidget:
    workspace = _workspace(qtbot, store)
    page = workspace.show_page("findings")
    _settled()
    return _shown_dialog(qtbot, ReasonDialog(page, "“outstanding”"))


def _shown_dialog(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settled()
    return dialog


# (name, opener): every one on the demo review.
REVIEW_PAGES: list[tuple[str, Opener]] = [
    ("review-tabs", review_tabs),
    ("overview", review_page("overview")),
    ("planning", review_page("planning", _planning)),
    ("capture", review_page("capture", _capture)),
    ("coverage", review_page("coverage", lambda page, _s: page.refresh())),
    ("findings", review_page("findings", _finding("area_for_development", GRADED_TITLE))),
    ("findings-excellence", review_page("findings", _finding("area_of_excellence"))),
    ("moderation", review_page("moderation")),
    ("activity-dialog", review_dialog("planning", _edit_activity)),
    ("nomination-dialog", review_dialog("planning", lambda p, _s: p.excellence.add_nomination())),
    ("validate-dialog", review_dialog("findings", _validate)),
    ("withdraw-dialog", review_dialog("findings", _withdraw)),
    ("link-dialog", link_dialog),
    ("reason-dialog", reason_dialog),
]
