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

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.services import demo
from app.services.store import Store
from app.ui import tasks
from tests.ui.review.signoff import welsh_pages as signoff_pages
from tests.ui.welsh import data_words, english_in, visible_texts, welsh_interface
from tools import translations

Opener = Callable[[QtBot, Store], QWidget]


@dataclass(frozen=True)
class Page:
    name: str
    open: Opener
    demo: bool = False  # the demo review (resources/demo) is in the store first
    # Words another area translates that the page may still show in English (named lists
    # beside the opener, saying whose they are); empty once those areas are translated.
    not_yet: frozenset[str] = frozenset()


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


# Every page and dialog checked in Welsh. Add yours here (see the module's docstring).
PAGES: list[Page] = [
    Page("question-box", _question_box),
    *(Page(name, opener, not_yet=words) for name, opener, words in signoff_pages.PAGES),
]


def english_shown(qtbot: QtBot, store: Store, page: Page) -> list[str]:
    """Open ``page`` (Welsh must be installed) and name each English text it shows."""
    widget = page.open(qtbot, store)
    try:
        return english_in(visible_texts(widget), data_words(store) | page.not_yet)
    finally:
        widget.close()


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
        english = english_in(visible_texts(page), data_words(store))
    assert english == ["QLabel('missed') text: note, save in 'Save the note'"]


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
        english = english_shown(qtbot, store, Page("question-box", _question_box))
    assert english == ["QPushButton text: cancel in 'Cancel'"]
