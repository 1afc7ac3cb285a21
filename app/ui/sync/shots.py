"""Render the Sync page to PNG, light and dark (docs/screenshots/sync*.png).

Run ``python -m app.ui.sync.shots [OUT_DIR]``. Everything happens in a throwaway folder:
the demo review on the lead's laptop, a reviewer's laptop that received it, wrote a note
and changed one the lead changed too (a conflict), a bundle each way, and a bundle from
someone the lead does not trust yet (quarantined).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.services import datakey, demo, evidence, frameworks, reviews
from app.services.identity import create_identity, export_card, trust_card_file
from app.services.store import Store
from app.sync.exporter import export_bundle
from app.sync.importer import BundleQuarantined, import_bundle
from app.ui.app import save_screenshot
from app.ui.main_window import MainWindow
from app.ui.screenshots import DEFAULT_OUT, dark_palette
from app.ui.sync.page import SyncPage

log = logging.getLogger(__name__)
SIZE = (1280, 800)
PASSPHRASE = "screenshots only, thrown away"


def _laptop(folder: Path, name: str, role: str) -> Store:
    store = Store.open(folder, purpose="Peerview screenshots", access=datakey.scratch_access())
    frameworks.ensure_default(store)
    create_identity(store, name, school="Ysgol y Bont", role=role, passphrase=PASSPHRASE)
    return store


def _trust(truster: Store, trusted: Store, tmp: Path) -> None:
    card = tmp / "card.json"
    export_card(trusted, card)
    trust_card_file(truster, card)


def fill(tmp: Path) -> tuple[Store, str]:
    lead = _laptop(tmp / "lead", "Siân Pritchard", "lead_reviewer")
    review_id = demo.create_demo(lead)
    reviewer = _laptop(tmp / "reviewer", "Łukasz Nowak", "reviewer")
    stranger = _laptop(tmp / "stranger", "Eve Stranger", "reviewer")
    _trust(lead, reviewer, tmp)
    _trust(reviewer, lead, tmp)
    _trust(stranger, lead, tmp)
    with lead.write() as tx:
        person = reviews.create_person(tx, "Łukasz Nowak", None, "reviewer", reviewer.author_key_id)
        reviews.add_team_member(tx, review_id, person, "reviewer")
    plan = tmp / "plan.pvbundle"
    export_bundle(lead, review_id, plan, to=[reviewer.author_key_id or ""])
    import_bundle(reviewer, plan)
    note = evidence.list_notes(lead, review_id)[2]
    evidence.update_note(lead, note.id, text=note.text + " Most pupils used the word mat.")
    evidence.update_note(reviewer, note.id, text=note.text + " Two pupils needed prompting.")
    evidence.add_note(reviewer, review_id, "Disgyblion Blwyddyn 5 yn ailddrafftio’n hyderus.")
    back = tmp / "Łukasz to Siân.pvbundle"
    export_bundle(reviewer, review_id, back, to=[lead.author_key_id or ""])
    import_bundle(lead, back)
    theirs = demo.create_demo(stranger)
    odd = tmp / "from-eve.pvbundle"
    export_bundle(stranger, theirs, odd, to=[lead.author_key_id or ""])
    with contextlib.suppress(BundleQuarantined):  # kept aside: the picture shows it
        import_bundle(lead, odd)
    export_bundle(
        lead, review_id, tmp / "findings for the team.pvbundle", to=[reviewer.author_key_id or ""]
    )
    reviewer.close()
    stranger.close()
    return lead, review_id


def render(store: Store, review_id: str, out_dir: Path, suffix: str) -> None:
    window = MainWindow(store)
    window.resize(*SIZE)
    window.show()
    workspace = window.open_review(review_id)
    page = workspace.show_page("sync")
    assert isinstance(page, SyncPage)
    page.refresh()
    QApplication.processEvents()
    save_screenshot(window, out_dir / f"sync{suffix}.png")
    window.close()
    window.deleteLater()


def _go_dark(app: QApplication) -> None:
    """As on a dark desktop; offscreen Qt has no dark scheme, so a dark palette in which
    disabled text still looks disabled."""
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(Qt.ColorScheme.Dark)
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return
    palette, grey = dark_palette(), QColor("#7a7a7a")
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, grey)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, grey)
    app.setPalette(palette)


def main(out_dir: Path = DEFAULT_OUT) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="peerview-sync-shots-") as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        os.environ["PEERVIEW_PASSPHRASE"] = PASSPHRASE  # no OS keyring offscreen
        store, review_id = fill(Path(tmp))
        try:
            render(store, review_id, out_dir, "")
            _go_dark(app)
            render(store, review_id, out_dir, "-dark")
        finally:
            store.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
