"""The Sign-off & report page's four tabs and its dialogs, for the Welsh pages test
(tests/ui/test_welsh_pages.py): each opener builds the page or dialog on realistic data
and returns the widget whose texts are read.

The page is read on its own, not in the main window: the window's menus and the review's
tabs belong to other pages, checked with those pages.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from app.services import accuracy, actions, demo, drafts, duties, findings, impact, workshop
from app.services.store import Store
from app.ui import tasks
from app.ui.home.main_window import MainWindow
from app.ui.review.signoff.host_response_dialog import HostResponseDialog
from app.ui.review.signoff.impact_dialog import ImpactDialog
from app.ui.review.signoff.page import SignoffPage
from app.ui.review.signoff.share_box import ShareDialog
from app.ui.review.signoff.workshop_dialog import WorkshopDialog
from tests.identity_helpers import make_identity
from tests.signoff_helpers import make_me_lead
from tests.sync.scenarios.conftest import bont_review

Opener = Callable[[QtBot, Store], QWidget]


def _settled(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert tasks.wait_for_tasks(30_000)
    qtbot.waitUntil(lambda: tasks.running() == 0, timeout=5_000)
    QApplication.processEvents()
    return widget


def _demo_review(store: Store) -> str:
    review = demo.create_demo(store)
    make_me_lead(store, review)
    return review


def _page(qtbot: QtBot, store: Store, review: str) -> SignoffPage:
    window = MainWindow(store)
    window.resize(1280, 800)
    _settled(qtbot, window)
    page = window.open_review(review).show_page("signoff")
    assert isinstance(page, SignoffPage)
    return page


def _tab(index: int) -> Opener:
    """The page on the demo review, on tab ``index``, its first row chosen."""

    def opener(qtbot: QtBot, store: Store) -> QWidget:
        review = _demo_review(store)
        if index == 3:  # a response from the host, so the corrections table has rows
            draft = drafts.record_draft(store, review, "d4" * 32).number
            first = findings.list_findings(store, review)[0]
            evidence = Path(tempfile.mkdtemp()) / "reply.eml"
            evidence.write_text("Phonics started in 2025.")
            accuracy.record_response(
                store, review, draft_number=draft, from_name="Helen Marsh",
                sent_at="2026-11-24", channel="email", evidence=evidence,
                corrections={first.id: "Phonics started in 2025."}, general="Thank you.",
            )  # fmt: skip
        page = _page(qtbot, store, review)
        page.sections.setCurrentIndex(index)
        page.refresh()
        if index == 1:
            page.actions_view.setCurrentIndex(page.actions_model.index(0, 0))
        return _settled(qtbot, page)

    return opener


def _signed_partnership_page(qtbot: QtBot, store: Store) -> QWidget:
    """A signed review of a partnership: the page offers to share it."""
    review = _signed_partnership_review(store)
    return _settled(qtbot, _page(qtbot, store, review))


def _signed_partnership_review(store: Store) -> str:
    _group, _bont, review = bont_review(store)
    with store.write() as tx:
        tx.upsert("review", review, {"focus": "Reading for pleasure"})
    strength = findings.create_finding(
        store, review, "strength", "Pupils choose books with confidence", "They do."
    ).finding_id
    actions.add_action(store, review, "Daily writing time", finding_id=strength)
    with store.write() as tx:
        signed = {"status": "signed", "report_sha256": hashlib.sha256(b"%PDF").hexdigest()}
        tx.upsert("review", review, signed)
    return review


def _share_dialog(qtbot: QtBot, store: Store) -> QWidget:
    """The dialog as the host school's head opens it, on their own Peerview."""
    review = _signed_partnership_review(store)
    make_identity(store, "Grace Okafor", school="Ysgol y Bont", role="headteacher")
    return _settled(qtbot, ShareDialog(store, review))


def _host_response(qtbot: QtBot, store: Store) -> QWidget:
    review = _demo_review(store)
    with store.read() as conn:
        made = accuracy.drafts_made(conn, review)
        hosts = [m.name for m in duties.members(conn, review, duties.HOST_ROLES)]
        found = accuracy.finding_ids(conn, review)
    return _settled(qtbot, HostResponseDialog(None, made, hosts, found))


def _plan(store: Store, review: str) -> list[object]:
    with store.read() as conn:
        return list(impact.review_actions(conn, review))


def _impact(qtbot: QtBot, store: Store) -> QWidget:
    """An impact review being changed, an action's progress recorded."""
    review = _demo_review(store)
    plan = actions.list_actions(store, review)
    impact.add(
        store, review, held_on="2027-03-09", kind="visit", participants="Helen Marsh",
        notes="Year 2 books.", next_on="2027-07-06",
        progress=[impact.ProgressInput(plan[0].id, "in_progress", "Eight of twelve read aloud.")],
    )  # fmt: skip
    (held,) = impact.for_review(store, review)
    return _settled(qtbot, ImpactDialog(None, _plan(store, review), held))


def _workshop(qtbot: QtBot, store: Store) -> QWidget:
    """The improvement workshop being changed, its actions ticked."""
    review = _demo_review(store)
    plan = actions.list_actions(store, review)
    workshop.record(
        store, review, held_on="2026-12-08", facilitator="Aled ap Dafydd",
        participants="Helen Marsh", action_ids=[a.id for a in plan],
    )  # fmt: skip
    (held,) = workshop.for_review(store, review)
    return _settled(qtbot, WorkshopDialog(None, _plan(store, review), held))


def _support_offer(qtbot: QtBot, store: Store) -> QWidget:
    """The question Record offer… asks, as the action plan asks it."""
    page = _tab(1)(qtbot, store)
    assert isinstance(page, SignoffPage)
    support = page.plan.support
    asked: list[tuple[str, str]] = []

    def ask(title: str, prompt: str) -> tuple[str, bool]:
        asked.append((title, prompt))
        return "", False

    support.ask_text = ask  # type: ignore[method-assign]
    support.record_offer()
    assert asked, "the plan's first action can take an offer of support"
    page.window().close()
    box = QInputDialog()
    box.setWindowTitle(asked[0][0])
    box.setLabelText(asked[0][1])
    return _settled(qtbot, box)


# (name, opener) for tests/ui/test_welsh_pages.py.
PAGES: list[tuple[str, Opener]] = [
    ("signoff", _tab(0)),
    ("signoff-action-plan", _tab(1)),
    ("signoff-impact", _tab(2)),
    ("signoff-team-and-host", _tab(3)),
    ("signoff-shared", _signed_partnership_page),
    ("signoff-share-dialog", _share_dialog),
    ("signoff-host-response", _host_response),
    ("signoff-impact-dialog", _impact),
    ("signoff-workshop-dialog", _workshop),
    ("signoff-support-offer", _support_offer),
]
