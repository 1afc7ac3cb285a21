"""Render the user guide's own pictures (docs/guide/images) from the demo review: the
welcome's first and last screens, "Your identity" with a partner whose name is in Urdu,
Settings, and About with its diagnostics. The pages of the review workspace come from
tools/screenshots.py (docs/screenshots), which the guide links to.

Run ``.venv/bin/python -m tools.guide_shots [OUT_DIR]``. Everything happens offscreen in a
throwaway data and configuration folder, with a keyring that keeps nothing, so the pictures are the
same on every machine and nobody's own keyring or reviews are touched.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
from keyring.backends import null
from PySide6.QtWidgets import QApplication, QDialog

from app.services import datakey, demo, frameworks, identity, reviews
from app.services.store import Store
from app.ui.app import _application, save_screenshot
from app.ui.dialogs.about_dialog import AboutDialog
from app.ui.dialogs.identity_dialog import IdentityDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.home.main_window import MainWindow
from app.ui.home.welcome_dialog import WelcomeDialog

log = logging.getLogger(__name__)

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "docs" / "guide" / "images"
IMAGES = (
    "welcome-identity.png",
    "welcome-start.png",
    "identity-partners.png",
    "settings.png",
    "about.png",
    "home-every-script.png",
)

# A partner and a host school whose names need the bundled Arabic-script font.
_PARTNER = ("Zainab ہاشمی", "Al-Noor Primary", "reviewer")
_URDU_SCHOOL = "مدرسہ النور Primary"
_PASSPHRASE = "guide pictures only"


@contextmanager
def _throwaway_environment() -> Iterator[Path]:
    saved = {k: os.environ.get(k) for k in ("XDG_CONFIG_HOME", "PEERVIEW_PASSPHRASE")}
    previous_keyring = keyring.get_keyring()
    with tempfile.TemporaryDirectory(prefix="peerview-guide-") as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        # A keyring that keeps nothing: the welcome shows the desktop wording, and the
        # pictures' own throwaway keys open with the passphrase from the environment.
        keyring.set_keyring(null.Keyring())
        os.environ["PEERVIEW_PASSPHRASE"] = _PASSPHRASE
        try:
            yield Path(tmp)
        finally:
            keyring.set_keyring(previous_keyring)
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def _grab(dialog: QDialog, path: Path) -> None:
    dialog.show()
    QApplication.processEvents()
    save_screenshot(dialog, path)
    dialog.close()
    dialog.deleteLater()


def _partner_card(tmp: Path) -> Path:
    """A real card file from a second installation, for the trusted-people list."""
    with Store.open(
        tmp / "partner", purpose="Peerview guide pictures", access=datakey.scratch_access()
    ) as other:
        name, school, role = _PARTNER
        identity.create_identity(other, name, school, role, passphrase=_PASSPHRASE)
        path = tmp / "partner.peerview-card.json"
        identity.export_card(other, path)
    return path


def main(out_dir: Path = DEFAULT_OUT) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out_dir.mkdir(parents=True, exist_ok=True)
    _application()  # registers the bundled fonts, as the real start does
    with _throwaway_environment() as tmp:
        return _render_all(tmp, out_dir)


def _render_all(tmp: Path, out_dir: Path) -> list[Path]:
    written: list[Path] = []

    def out(name: str) -> Path:
        written.append(out_dir / name)
        return out_dir / name

    with Store.open(
        tmp / "Peerview", purpose="Peerview guide pictures", access=datakey.scratch_access()
    ) as store:
        welcome = WelcomeDialog(store)
        welcome.name_edit.setText("Siân Pritchard")
        welcome.school_edit.setText("Ysgol Bryn Ŵyn")
        welcome.role_combo.setCurrentIndex(welcome.role_combo.findData("lead_reviewer"))
        _grab(welcome, out("welcome-identity.png"))

        identity.create_identity(
            store, "Siân Pritchard", "Ysgol Bryn Ŵyn", "lead_reviewer", passphrase=_PASSPHRASE
        )
        welcome = WelcomeDialog(store)
        welcome.show_step(2)
        _grab(welcome, out("welcome-start.png"))

        identity.trust_card_file(store, _partner_card(tmp))
        _grab(IdentityDialog(store), out("identity-partners.png"))

        demo.create_demo(store)
        version_id = frameworks.ensure_default(store)
        with store.write() as tx:
            school = reviews.create_school(tx, _URDU_SCHOOL, None)
            reviews.create_review(
                tx,
                host_school_id=school,
                framework_version_id=version_id,
                title="Peer review: pupil voice in KS1",
                start_date="2027-01-19",
                end_date="2027-01-19",
            )
        store.db.backup()
        _grab(SettingsDialog(store), out("settings.png"))
        _grab(AboutDialog(store), out("about.png"))

        window = MainWindow(store)
        window.resize(1100, 420)
        window.show()
        window.table.selectRow(0)
        window.table.setFocus()
        QApplication.processEvents()
        save_screenshot(window, out("home-every-script.png"))
        window.close()
        window.deleteLater()
    QApplication.processEvents()
    return written


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for path in main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT):
        print(path)
