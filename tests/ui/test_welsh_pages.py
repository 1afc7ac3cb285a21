"""In the Welsh interface no page shows English: each page or dialog of ``PAGES`` is opened
with the Welsh translation installed, and every text it shows (labels, buttons, titles,
tabs, placeholders, tool tips, menus, combo items, the headers and cells of its tables)
is checked against the interface's English words (tests/ui/welsh.py).

To add a page: write an opener, ``def _my_page(qtbot, store) -> QWidget``, that builds
and shows the page or dialog with realistic data and returns the widget whose texts are
read (a dialog: the dialog; a page: the main window it is shown in), and add
``Page("my-page", _my_page)`` to ``PAGES`` (``demo=True`` to have the demo review in the
store first). The opener runs with Welsh installed, so build the widgets inside it.
Words of the data on show (names, note text, framework titles) are allowed: a person's
writing is never translated.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.services import demo, safeguarding
from app.services.store import Store
from app.ui import tasks
from app.ui.dialogs.about_dialog import AboutDialog
from app.ui.dialogs.concerns_dialog import ConcernsDialog
from app.ui.dialogs.fingerprint_dialog import FingerprintDialog
from app.ui.dialogs.identity_dialog import IdentityDialog
from app.ui.dialogs.passphrase_dialog import PassphraseDialog
from app.ui.dialogs.review_dialog import NewReviewDialog
from app.ui.dialogs.safeguarding_dialog import SafeguardingDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.frameworks.editor import FrameworkEditor
from app.ui.home.archiving import ArchivedNotice, ArchiveQuestion
from app.ui.home.main_window import MainWindow
from app.ui.home.welcome_dialog import WelcomeDialog
from tests.identity_helpers import cheap_kdf, make_identity
from tests.ui.review.signoff import welsh_pages as signoff_pages
from tests.ui.review.welsh_review_pages import REVIEW_PAGES
from tests.ui.welsh import Shown, data_texts, english_in, visible_texts, welsh_interface
from tests.ui.welsh_sync_pages import import_report, partnership_tab, sync_tab
from tools import translations

Opener = Callable[[QtBot, Store], QWidget]
__all__ = ["cheap_kdf"]  # the fixture, for the pages that make an identity


@dataclass(frozen=True)
class Page:
    name: str
    open: Opener
    demo: bool = False  # the demo review (resources/demo) is in the store first
    typed: tuple[str, ...] = ()  # what the opener typed (a search), shown as written


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert tasks.wait_for_tasks(30_000)
    qtbot.waitUntil(lambda: tasks.running() == 0, timeout=5_000)
    QApplication.processEvents()
    return widget


def _question_box(qtbot: QtBot, _store: Store) -> QWidget:
    box = QMessageBox(QMessageBox.Icon.Question, "Ysgol y Bont", "Ysgol y Bont?")
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Close
        | QMessageBox.StandardButton.Apply
    )
    return _shown(qtbot, box)


def _home(qtbot: QtBot, store: Store) -> QWidget:
    window = MainWindow(store)
    _shown(qtbot, window)
    if window.proxy.rowCount():
        window.table.selectRow(0)
    return window


def _dialog(make: Callable[[Store], QWidget]) -> Opener:
    def opener(qtbot: QtBot, store: Store) -> QWidget:
        return _shown(qtbot, make(store))

    return opener


def _demo_id(store: Store) -> str:
    return demo.create_demo(store)


def _concerns(store: Store) -> QWidget:
    review_id = _demo_id(store)
    safeguarding.record_concern(
        store, review_id, "Disgybl yn sôn am bryder gartref.", observed_at="2026-11-17T10:05"
    )
    passed, _ = safeguarding.record_concern(
        store, review_id, "Drws tân ar agor.", observed_at="2026-11-17T11:00"
    )
    safeguarding.mark_passed_on(store, passed, "2026-11-17T12:00")
    return ConcernsDialog(store, review_id, lambda _changes: None)


def _identity(store: Store) -> QWidget:
    make_identity(store, "Siân Pritchard", "Ysgol y Bont", "lead_reviewer")
    return IdentityDialog(store)


def _fingerprint(store: Store) -> QWidget:
    card = make_identity(store, "Siân Pritchard", "Ysgol y Bont", "lead_reviewer")
    question = QCoreApplication.translate(
        "IdentityDialog", "Ask {0} to read you their fingerprint. Does it match this?"
    ).format(card.name)
    return FingerprintDialog(None, card, question)


# Every page and dialog checked in Welsh. Add yours here (see the module's docstring).
PAGES: list[Page] = [
    Page("question-box", _question_box),
    Page("home-empty", _home),
    Page("home-full", _home, demo=True),
    Page("new-review", _dialog(NewReviewDialog)),
    Page("settings", _dialog(SettingsDialog), demo=True),
    Page("about", _dialog(AboutDialog)),
    Page("identity-none", _dialog(IdentityDialog)),
    Page("identity", _dialog(_identity)),
    Page("fingerprint", _dialog(_fingerprint)),
    Page("welcome", _dialog(WelcomeDialog)),
    Page("passphrase", _dialog(lambda _s: PassphraseDialog(None, "Siân", confirm=True))),
    Page("archive-question", _dialog(lambda _s: ArchiveQuestion("Adolygiad Ysgol y Bont"))),
    Page("safeguarding", _dialog(lambda s: SafeguardingDialog(s, _demo_id(s)))),
    Page("concerns", _dialog(_concerns)),
    Page("framework-editor", _dialog(FrameworkEditor)),
    *(Page(name, opener, demo=True) for name, opener in REVIEW_PAGES),
    *(Page(name, opener) for name, opener in signoff_pages.PAGES),
    *(Page(f"sync-{n}", sync_tab(n)) for n in range(6)),
    Page("sync-import-report", import_report),
    *(Page(f"partnership-{n}", partnership_tab(n), demo=True) for n in range(5)),
    Page(
        "partnership-search",
        partnership_tab(3, SEARCH := "phonics for pupils with SEND"),
        demo=True,
        typed=(SEARCH,),
    ),
]


def english_shown(
    qtbot: QtBot, store: Store, page: Page, tolerated: tuple[re.Pattern[str], ...] | None = None
) -> list[str]:
    """Open ``page`` (Welsh must be installed) and name each English text it shows."""
    widget = page.open(qtbot, store)
    try:
        return english_in(visible_texts(widget), [*data_texts(store), *page.typed], tolerated)
    finally:
        widget.close()


@pytest.mark.usefixtures("cheap_kdf")
@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_no_english_on_the_page(qtbot: QtBot, store: Store, page: Page) -> None:
    if page.demo:
        demo.create_demo(store)
    with welsh_interface():
        english = english_shown(qtbot, store, page)
    assert not english, f"English on {page.name} in Welsh:\n" + "\n".join(english)


def test_a_question_s_cancel_button_reads_in_welsh(qtbot: QtBot) -> None:
    with welsh_interface():
        box = QMessageBox(QMessageBox.Icon.Question, "", "")
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        assert box.button(QMessageBox.StandardButton.Cancel).text() == "Canslo"
    english = QMessageBox(QMessageBox.Icon.Question, "", "")
    english.setStandardButtons(QMessageBox.StandardButton.Cancel)
    assert english.button(QMessageBox.StandardButton.Cancel).text() == "Cancel", "undone"


def test_an_untranslated_text_is_named_with_its_widget(qtbot: QtBot, store: Store) -> None:
    with welsh_interface():
        page = QWidget()
        layout = QVBoxLayout(page)
        missed = QLabel(QCoreApplication.translate("NoSuchPage", "Save the note"), page)
        missed.setObjectName("missed")
        done = QPushButton(QCoreApplication.translate("QPlatformTheme", "Cancel"), page)
        data = QLabel("Ysgol y Bont: Priya Natarajan", page)
        for widget in (missed, done, data):
            layout.addWidget(widget)
        _shown(qtbot, page)
        english = english_in(visible_texts(page), data_texts(store), ())
    assert english == ["QLabel('missed') text: note, save, the in 'Save the note'"]


def test_a_removed_translation_fails_the_page(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    """Take the Welsh for "Cancel" out of Qt's words: the question box's page fails,
    naming the button and the English word."""
    sources = []
    for path in sorted((translations.FOLDER / "cy").glob("*.ts")):
        tree = ET.parse(path)
        for context in tree.getroot().iter("context"):
            for message in context.iter("message"):
                if (context.findtext("name"), message.findtext("source")) == (
                    "QPlatformTheme",
                    "Cancel",
                ):
                    context.remove(message)
        copy = tmp_path / path.name
        tree.write(copy, encoding="utf-8", xml_declaration=True)
        sources.append(str(copy))
    qm = tmp_path / "peerview_cy.qm"
    subprocess.run(
        [translations._tool("lrelease"), "-silent", *sources, "-qm", str(qm)], check=True
    )
    with welsh_interface(qm):
        # Nothing tolerated: another area's "Cancel" must not hide Qt's.
        english = english_shown(qtbot, store, Page("question-box", _question_box), ())
    assert english == ["QPushButton text: cancel in 'Cancel'"]


def test_the_text_boxes_context_menus_are_welsh(qtbot: QtBot) -> None:
    """Qt draws these menus itself: their words come from the qt area."""
    with welsh_interface():
        line, text = QLineEdit("Ysgol"), QPlainTextEdit("Ysgol")
        shown = []
        for box in (line, text):
            qtbot.addWidget(box)
            menu = box.createStandardContextMenu()
            shown += [Shown(type(box).__name__, a.text()) for a in menu.actions() if a.text()]
        english = english_in(shown, tolerated=())
    assert not english, "\n".join(english)
    assert "&Gludo" in {s.text.split("\t")[0] for s in shown}


def test_settings_offers_welsh_by_its_own_name(qtbot: QtBot, store: Store) -> None:
    with welsh_interface():
        dialog = SettingsDialog(store)
        qtbot.addWidget(dialog)
        names = [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())]
    assert names == ["English", "Cymraeg"]


def test_counts_take_each_language_s_plural_forms(qtbot: QtBot) -> None:
    shown = QAction("Show archived reviews")
    notice = ArchivedNotice(shown)
    qtbot.addWidget(notice)
    said = {}
    for n in (1, 2):
        notice.update_counts(n, 1)
        said[n] = notice.label.text()
    with welsh_interface():
        for n in (0, 1, 3, 6, 11):
            notice.update_counts(n, 1)
            said[-n] = notice.label.text()
    assert said[1] == "1 archived review is not listed."
    assert said[2] == "2 archived reviews are not listed."
    assert said[-1] == "Mae 1 adolygiad wedi'i archifo heb ei restru."
    assert said[-0] == "Dim adolygiadau wedi'u harchifo heb eu rhestru."
    for n in (3, 6, 11):  # Welsh's 2-5, 6 and other forms: the noun singular after digits
        assert said[-n] == f"Mae {n} adolygiad wedi'u harchifo heb eu rhestru."
