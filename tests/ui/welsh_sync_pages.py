"""The Sync page and the partnership view for the Welsh pages test (tests/ui/test_welsh_pages.py),
every tab of each, with the data a lead's laptop holds after a visit's syncing and a year
of the partnership: a conflicting edit to decide, a bundle received and one sent, a
stranger's bundle in quarantine; members, a proposed round with a warning, the reviewer
pool, the directory and its search."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.services import evidence, frameworks, reviews, sealing
from app.services.identity import export_card, trust_card_file
from app.services.store import Store
from app.sync.exporter import export_bundle
from app.sync.importer import BundleQuarantined, ImportReport, import_bundle
from app.ui import tasks
from app.ui.home.main_window import MainWindow
from app.ui.partnership.view import PartnershipView
from app.ui.sync.page import SyncPage
from app.ui.sync.report_dialog import ImportOutcome, ImportReportDialog
from tests.identity_helpers import exchange_cards, make_identity
from tests.ui.helpers import make_review
from tools.shots_data import _partnership_year

Opener = Callable[[QtBot, Store], QWidget]


def _settled() -> None:
    assert tasks.wait_for_tasks(30_000)
    QApplication.processEvents()


def _window(qtbot: QtBot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _laptop(folder: Path, name: str) -> Store:
    store = Store.open(folder)
    frameworks.ensure_default(store)
    make_identity(store, name)
    return store


@dataclass(frozen=True)
class Synced:
    review_id: str
    back: Path  # the reviewer's bundle the lead imported
    report: ImportReport  # what importing it did


def synced_review(store: Store) -> Synced:
    """``store`` is the lead's laptop: a review whose reviewer edited a note the lead
    edited too (a conflict), sent back and imported, and a bundle from someone the lead
    does not trust, kept in quarantine."""
    folder = Path(tempfile.mkdtemp(prefix="welsh-sync-"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sealing, "SCRYPT_N", 2**12)  # the tests' cheap identities
        make_identity(store, "Siân Pritchard", role="lead_reviewer")
        reviewer = _laptop(folder / "reviewer", "Łukasz Nowak")
        stranger = _laptop(folder / "stranger", "Eve Stranger")
    try:
        exchange_cards(store, reviewer)
        # The stranger trusts the lead (to write to them); the lead never had their card.
        card = folder / "lead.peerview-card.json"
        export_card(store, card)
        trust_card_file(stranger, card)
        review_id = make_review(store, "Ysgol y Bont", "Adolygiad y gwanwyn")
        with store.write() as tx:
            for laptop, name, role in (
                (store, "Siân Pritchard", "lead_reviewer"),
                (reviewer, "Łukasz Nowak", "reviewer"),
            ):
                person = reviews.create_person(tx, name, None, "reviewer", laptop.author_key_id)
                reviews.add_team_member(tx, review_id, person, role)
        note = evidence.add_note(store, review_id, "Pupils redraft their writing.").note_id
        plan = folder / "plan.pvbundle"
        export_bundle(store, review_id, plan, to=[reviewer.author_key_id or ""])
        import_bundle(reviewer, plan)
        evidence.update_note(store, note, text="Pupils redraft their writing with care.")
        evidence.update_note(reviewer, note, text="Pupils redraft their writing in pairs.")
        back = folder / "back.pvbundle"
        export_bundle(reviewer, review_id, back, to=[store.author_key_id or ""])
        report = import_bundle(store, back)
        theirs = make_review(stranger, "Ysgol y Garn", "Adolygiad arall")
        odd = folder / "odd.pvbundle"
        export_bundle(stranger, theirs, odd, to=[store.author_key_id or ""])
        with contextlib.suppress(BundleQuarantined):  # kept until the lead trusts them
            import_bundle(store, odd)
    finally:
        reviewer.close()
        stranger.close()
    return Synced(review_id, back, report)


def sync_tab(number: int) -> Opener:
    """The Sync page of a synced review, showing its list ``number`` (0: conflicts)."""

    def open_page(qtbot: QtBot, store: Store) -> QWidget:
        synced = synced_review(store)
        window = _window(qtbot, store)
        workspace = window.open_review(synced.review_id)
        page = workspace.show_page("sync")
        assert isinstance(page, SyncPage)
        page.refresh()
        shown = (page.conflict_model, page.received_model, page.sent_model, page.quarantine_model)
        assert all(model.rowCount() for model in shown), "a list the page shows is empty"
        page.lists.setCurrentIndex(number)
        _settled()
        return page

    return open_page


def import_report(qtbot: QtBot, store: Store) -> QWidget:
    """The import report after the reviewer's bundle (a conflict among its changes) and
    the stranger's (quarantined)."""
    synced = synced_review(store)
    outcomes = [
        ImportOutcome(synced.back, synced.report),
        ImportOutcome(
            synced.back.with_name("odd.pvbundle"),
            None,
            QCoreApplication.translate("SyncRunner", "Not trusted"),
            "AB12 CD34",
        ),
    ]
    dialog = ImportReportDialog(None, outcomes)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def partnership_tab(number: int, search: str = "") -> Opener:
    """The demo's partnership as its lead keeps it, showing tab ``number`` (0: members);
    ``search``: words typed in the directory."""

    def open_view(qtbot: QtBot, store: Store) -> QWidget:
        _partnership_year(store)
        window = _window(qtbot, store)
        view = window.show_partnership()
        assert isinstance(view, PartnershipView)
        view.tabs.setCurrentIndex(number)
        if search:
            view.directory.query.setText(search)
            view.directory.search()
        view.schedule.table.selectRow(0)
        _settled()
        return view

    return open_view
