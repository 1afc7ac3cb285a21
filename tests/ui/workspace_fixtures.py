"""A main window with one review open, for the workspace page tests."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.services import planning, reviews
from app.services.store import Store
from app.ui.home.main_window import MainWindow
from app.ui.review.workspace import ReviewWorkspace
from tests.ui.helpers import make_review


@dataclass
class Opened:
    window: MainWindow
    workspace: ReviewWorkspace
    review_id: str
    reviewer_id: str
    host_id: str

    def page(self, key: str) -> QWidget:
        page = self.workspace.show_page(key)
        return page


def open_review(qtbot: QtBot, store: Store) -> Opened:
    review_id = make_review(
        store, "Ysgol Gymraeg Ŵyn", "Adolygiad cymheiriaid", start="2026-11-17", end="2026-11-18"
    )
    with store.write() as tx:
        reviewer = reviews.create_person(tx, "Priya Natarajan", None, "reviewer")
        host = reviews.create_person(tx, "Kerry Adebayo", None, "host_leader")
        dsl = reviews.create_person(tx, "Mark Greaves", None, "dsl")
    planning.add_member(store, review_id, reviewer, "reviewer")
    planning.add_member(store, review_id, host, "host_leader")
    planning.add_member(store, review_id, dsl, "dsl")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    workspace = window.open_review(review_id)
    return Opened(window, workspace, review_id, reviewer, host)
