"""A long day's keystrokes and scrolling, through the real window: the process survives and
``None`` keeps its references.

PySide6 6.12 on Python 3.11 dropped a reference to ``None`` on every call through a Python
override of a void virtual (the editor's ``keyPressEvent``, the list delegate's ``paint``):
1 to 3 per key, so a reviewer's day of typing ended in ``Fatal Python error: none_dealloc``.
These tests type tens of thousands of keys into the note editor and turn the mouse wheel
over the notes list thousands of times, and watch ``sys.getrefcount(None)`` as they go,
failing as soon as it falls (before an abort could take the whole test run down). Decision
0020. Only a fall is a fault: 6.11.3 gains about 27 references per wheel turn (its model
``data()`` path keeps one per ``None`` returned) while no object accumulates, and a count
that only grows can never free ``None``. From Python 3.12 ``None`` is immortal and its count
never moves; there the tests still show that the window survives the load.
"""

from __future__ import annotations

import gc
import random
import sys
from collections.abc import Callable

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.bench.gui.hands import Hands
from app.services import evidence
from app.services.store import Store
from app.ui.home.main_window import MainWindow
from app.ui.review.capture.page import CapturePage
from tests.ui.keys import type_text
from tests.ui.review.capture.capture_helpers import open_capture, review_with_timetable

pytestmark = pytest.mark.slow

CTRL = Qt.KeyboardModifier.ControlModifier
KEYS = 24_000  # key presses typed into the editor (each with its release)
WHEEL_TURNS = 3_000
CHECK_EVERY = 500
# Ordinary work moves None's count a little either way (objects made and freed); the
# broken bindings lose 1-3 per key and about 110 per wheel turn.
NOISE = 300

ASCII_WORDS = [
    "pupils",
    "redrafted",
    "their",
    "paragraphs",
    "after",
    "feedback",
    "from",
    "the",
    "teacher",
    "and",
    "a",
    "partner",
    "the",
    "teacher",
    "modelled",
    "blending",
    "and",
    "segmenting",
    "with",
    "decodable",
    "books",
    "in",
    "small",
    "groups",
]
OTHER_WORDS = ("ŵyn", "Łódź", "tiếng", "Việt", "طلبہ", "ŷd", "ffrindiau", "Ćwiczenia")


class NoneWatch:
    """``sys.getrefcount(None)`` against where it started; fails the test when it falls
    further than ordinary noise (a rise is harmless: see the module's docstring).

    Objects left behind by earlier tests in the same process hold references to ``None``
    too, and the garbage collector may free them at any moment, a one-off fall of tens of
    thousands. So the watch collects before it starts, and forgives a single fall that a
    collection explains by starting again from there; the broken bindings lose references
    on every key, so they fall again within the next window and still fail."""

    def __init__(self) -> None:
        self.start = self._settled()
        self.lowest = 0
        self.rebased = False

    @staticmethod
    def _settled() -> int:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        gc.collect()
        return sys.getrefcount(None)

    def check(self, done: int, what: str) -> None:
        drift = sys.getrefcount(None) - self.start
        if drift <= -NOISE and not self.rebased:
            self.rebased = True
            self.start = self._settled()
            drift = 0
        self.lowest = min(self.lowest, drift)
        assert drift > -NOISE, (
            f"None lost {-drift} references over {done:,} {what} (PySide6 {pyside_version}, "
            f"Python {sys.version.split()[0]}): these bindings would abort the app "
            "(none_dealloc); see decision 0020"
        )


@pytest.fixture
def capture(qtbot: QtBot, store: Store) -> CapturePage:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = open_capture(window, review_with_timetable(store))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return page


def _typist(page: CapturePage, rng: random.Random) -> Callable[[], int]:
    """Types one word (or a correction, or a new paragraph) into the focused editor, the way
    a person's keys arrive; returns how many key presses it took."""
    text = page.editor.text

    def one() -> int:
        roll = rng.random()
        if roll < 0.04:
            QTest.keyClick(text, Qt.Key.Key_Return)
            return 1
        if roll < 0.10:
            QTest.keyClick(text, Qt.Key.Key_Backspace)
            return 1
        if roll < 0.25:
            word = rng.choice(OTHER_WORDS) + " "
            type_text(word, text)  # non-ASCII rides on Key_unknown events
            return len(word)
        word = rng.choice(ASCII_WORDS) + " "
        QTest.keyClicks(text, word)
        return len(word)

    return one


def test_a_day_of_typing_in_the_note_editor_keeps_none_alive(
    qtbot: QtBot, capture: CapturePage, store: Store
) -> None:
    rng = random.Random(11)
    type_one = _typist(capture, rng)
    notes: list[str] = []
    watch = NoneWatch()
    typed = next_check = 0
    while typed < KEYS:
        QTest.keyClick(capture.editor.text if notes else capture.list, Qt.Key.Key_N, CTRL)
        assert capture.editor.note_id is not None and capture.editor.text.hasFocus()
        notes.append(capture.editor.note_id)
        note_end = typed + rng.randint(300, 800)
        while typed < min(note_end, KEYS):
            typed += type_one()
            if typed >= next_check:
                QApplication.processEvents()  # timers: the throttled save, the privacy check
                watch.check(typed, "key presses")
                next_check += CHECK_EVERY
    capture.flush()
    watch.check(typed, "key presses")
    # The editor did its job all along: every note holds what was typed into it.
    assert evidence.get_note(store, notes[-1]).note.text == capture.editor.text.toPlainText()
    assert all(len(evidence.get_note(store, n).note.text) > 200 for n in notes[:-1])
    print(
        f"\n{typed:,} key presses into {len(notes)} notes: None's count moved "
        f"{sys.getrefcount(None) - watch.start:+d} (lowest {watch.lowest:+d}), "
        f"PySide6 {pyside_version}, Python {sys.version.split()[0]}"
    )


def test_scrolling_the_notes_list_keeps_none_alive(
    qtbot: QtBot, capture: CapturePage, store: Store
) -> None:
    with store.write() as tx:
        tx.create_many(
            "evidence_note",
            [
                {
                    "review_id": capture.ctx.review_id,
                    "activity_kind": "lesson_visit",
                    "observed_at": f"2026-11-17T{9 + n % 7:02d}:{n % 60:02d}:00",
                    "text": f"Note {n}: pupils read aloud to a partner; ŵyn, Łódź and tiếng Việt.",
                    "author_key_id": store.author_key_id,
                }
                for n in range(600)
            ],
        )
    capture.apply_filter()
    viewport = capture.list.viewport()
    bar = capture.list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    hands = Hands()
    watch = NoneWatch()
    runs = WHEEL_TURNS // 40
    moved = 0
    for run in range(runs):  # forty notches down, forty back up, again and again
        before = bar.value()
        hands.wheel(viewport, 40 if run % 2 == 0 else -40)  # each turn repaints the list
        moved += bar.value() != before
        watch.check(hands.turns, "wheel turns")
    watch.check(WHEEL_TURNS, "wheel turns")
    assert moved == runs  # the list really scrolled (and loaded more as it went)
    print(
        f"\n{WHEEL_TURNS:,} wheel turns: None's count moved "
        f"{sys.getrefcount(None) - watch.start:+d} (lowest {watch.lowest:+d}), "
        f"PySide6 {pyside_version}, Python {sys.version.split()[0]}"
    )
