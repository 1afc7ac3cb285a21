"""Three days of a visit played through the real window, offscreen, by ``Hands``: notes of
300-800 characters typed key by key (Welsh, Polish, Vietnamese and Urdu among them), strands
and enquiry questions tagged by type-ahead, links made in the link dialog, undo and redo,
search as you type, page switches, the wheel over the notes list, and each morning the
other reviewer's bundle dropped on the window.

What each step should leave in the database is checked as the visit goes (a soak that
loses a note has failed, however fast it was). The resident memory is sampled at every hour
of the visit's clock; the growth is the last sample less the one after the first hour.
Every Qt warning is collected: the visit must produce none.
"""

from __future__ import annotations

import datetime as dt
import gc
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import text

from app.bench.gui.hands import CTRL, SHIFT, Hands, wait, wait_until
from app.bench.visit_data import DAYS, Visit, evening, note_text
from app.services import evidence
from app.ui.fonts import register_app_fonts
from app.ui.home.main_window import MainWindow
from app.ui.review.capture.link_dialog import LinkDialog
from app.ui.review.capture.page import CapturePage
from app.ui.sync.report_dialog import ImportReportDialog

WINDOW = (1366, 768)  # the laptops reviewers carry into schools
DAY_START, DAY_MINUTES = 9 * 60, 6 * 60 + 30  # notes from 09:00 to 15:30
# The offscreen platform says this of what it lacks (size hints, raise(), grabbing the
# keyboard for a popup): warnings about the platform plugin, not about Peerview.
OFFSCREEN_CHATTER = "This plugin does not support "
SEARCHED = ("phonics", "feedback", "lodz", "vocabulary", "partner talk")
Say = Callable[[str], None]


@dataclass
class VisitResult:
    notes: int = 0  #: notes typed in the window
    keys: int = 0
    wheel_turns: int = 0
    links: int = 0
    imported: int = 0  #: the other reviewer's notes that arrived by bundle
    duration_s: float = 0.0
    rss_mb: list[tuple[str, float]] = field(default_factory=list)  # (visit time, MB)
    growth_mb: float = 0.0
    qt_warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    none_drift: int | None = None  # Python < 3.12 only: None's count, end less start


def rss_mb() -> float:
    """This process's resident memory now (Linux), or its peak where that is all there is."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        import os

        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


class Player:
    def __init__(self, visit: Visit, notes: int, seed: int, say: Say) -> None:
        self.visit = visit
        self.store = visit.lead
        self.notes = notes
        self.rng = random.Random(seed)
        self.say = say
        self.hands = Hands()
        self.result = VisitResult()
        self.now = dt.datetime.fromisoformat(f"{DAYS[0]}T09:00")
        self.typed: dict[str, str] = {}  # note id -> what was typed into it
        self._sampled_hour: tuple[int, int] | None = None

    # -- the visit -----------------------------------------------------------------------

    def play(self) -> VisitResult:
        app = QApplication.instance() or QApplication(["peerview-visit"])
        assert isinstance(app, QApplication)
        offscreen = QGuiApplication.platformName() == "offscreen"

        def on_message(mode: QtMsgType, _context: object, message: str) -> None:
            if mode in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
                return
            if not (offscreen and message.startswith(OFFSCREEN_CHATTER)):
                self.result.qt_warnings.append(f"{mode.name}: {message}")

        previous = qInstallMessageHandler(on_message)
        try:
            self._play(app)
        finally:
            qInstallMessageHandler(previous)
        self.result.keys, self.result.wheel_turns = self.hands.keys, self.hands.turns
        self.result.problems += [f"the {k} never opened" for k in self.hands.missed]
        return self.result

    def _play(self, app: QApplication) -> None:
        register_app_fonts()
        started = time.perf_counter()
        none_before = sys.getrefcount(None)
        window = MainWindow(self.store)
        window.resize(*WINDOW)
        window.show()
        window.activateWindow()
        wait_until(lambda: QApplication.activeWindow() is window, 5000)
        self.workspace = window.open_review(self.visit.review_id)
        page = self._go_to("capture")
        assert isinstance(page, CapturePage)
        self.page: CapturePage = page
        self.page.clock = lambda: self.now  # the visit's clock, not the machine's
        self.hands.click(self.page.list.viewport())
        per_day = [self.notes // len(DAYS) + (d < self.notes % len(DAYS)) for d in range(3)]
        for d, day in enumerate(DAYS):
            if d:
                self._morning_import(DAYS[d - 1], max(1, self.notes // 12))
            self.say(f"  day {d + 1}: typing {per_day[d]} notes ...")
            for i in range(per_day[d]):
                minute = DAY_START + i * DAY_MINUTES // max(1, per_day[d])
                self.now = dt.datetime.fromisoformat(day).replace(
                    hour=minute // 60, minute=minute % 60
                )
                self._sample_memory()
                self._one_note(len(self.typed))
            self.now = self.now.replace(hour=16, minute=0)
            self._sample_memory()
        window.close()  # stores whatever is still being typed, as quitting does
        app.processEvents()
        self.result.duration_s = time.perf_counter() - started
        if sys.version_info < (3, 12):
            self.result.none_drift = sys.getrefcount(None) - none_before
        self._check_everything_stored()
        samples = [mb for _, mb in self.result.rss_mb]
        self.result.growth_mb = samples[-1] - samples[0] if samples else 0.0
        window.deleteLater()
        app.processEvents()

    def _one_note(self, n: int) -> None:
        page, hands = self.page, self.hands
        hands.key(Qt.Key.Key_N, CTRL)
        note = page.editor.note_id
        if note is None or not page.editor.text.hasFocus():
            self.result.problems.append(f"Ctrl+N made no note at {self.now}")
            return
        typed = note_text(self.rng)
        self._type_note(typed)
        self.typed[note] = typed
        self.result.notes += 1
        self._tag(note)
        if n % 5 == 4:
            self._undo_and_redo(note)
        if n % 6 == 5:
            self._link(note)
        if n % 9 == 8:
            self._search(SEARCHED[n // 9 % len(SEARCHED)])
        if n % 7 == 6:
            hands.wheel(page.list.viewport(), 8)
            hands.wheel(page.list.viewport(), -8)
        if n % 13 == 12:
            self._switch_pages()

    def _type_note(self, typed: str) -> None:
        words = typed.split(" ")
        for w, word in enumerate(words):
            if self.rng.random() < 0.03:  # a slip, put right at once
                self.hands.type_text("x")
                self.hands.key(Qt.Key.Key_Backspace)
            self.hands.type_text(word + (" " if w < len(words) - 1 else ""))
            if w % 8 == 7:
                QApplication.processEvents()  # the throttled save and the privacy check

    def _tag(self, note: str) -> None:
        editor, hands = self.page.editor, self.hands
        codes = self.rng.sample(self.visit.strand_codes, self.rng.choice((1, 1, 2)))
        hands.tab_to(editor.strands.input)
        for code in codes:
            hands.type_text(code)
            hands.key(Qt.Key.Key_Return)
        question = self.rng.randint(1, 3)
        hands.tab_to(editor.questions.input)
        hands.type_text(f"Q{question}")
        hands.key(Qt.Key.Key_Return)
        stored = evidence.get_note(self.store, note)
        if sorted(stored.strand_codes) != sorted(codes) or len(stored.question_ids) != 1:
            self.result.problems.append(
                f"tags typed {codes} and Q{question}, stored {stored.strand_codes} "
                f"and {len(stored.question_ids)} question(s)"
            )

    def _undo_and_redo(self, note: str) -> None:
        """Ctrl+Z in the note takes back the question just tagged; Ctrl+Shift+Z redoes it."""
        hands = self.hands
        hands.tab_to(self.page.editor.text, backwards=True)
        hands.key(Qt.Key.Key_Z, CTRL)
        undone = len(evidence.get_note(self.store, note).question_ids)
        hands.key(Qt.Key.Key_Z, CTRL | SHIFT)
        redone = len(evidence.get_note(self.store, note).question_ids)
        if (undone, redone) != (0, 1):
            self.result.problems.append(f"undo left {undone} questions, redo {redone} (not 0, 1)")

    def _link(self, note: str) -> None:
        before = len(evidence.get_note(self.store, note).links)
        word = self.rng.choice(SEARCHED)

        def answer(dialog: QWidget) -> None:
            assert isinstance(dialog, LinkDialog)
            self.hands.type_text(word, dialog.query)
            self.hands.key(Qt.Key.Key_Return, widget=dialog.query)  # to the notes found
            self.hands.key(Qt.Key.Key_Return, widget=dialog.results)  # this one
            if dialog.isVisible():
                self.result.problems.append(f"the link dialog found nothing for {word!r}")
                dialog.reject()

        self.hands.when_dialog(LinkDialog, answer)
        self.hands.key(Qt.Key.Key_L, CTRL)
        self.hands.activate(self.page.window())
        if len(evidence.get_note(self.store, note).links) == before + 1:
            self.result.links += 1
        else:
            self.result.problems.append(f"no link made after searching {word!r}")

    def _search(self, query: str) -> None:
        """Ctrl+F and a query typed at a quick typist's pace: the list follows as you type;
        then the query is cleared and the whole list comes back."""
        page, hands = self.page, self.hands
        everything = self._count_notes()
        hands.key(Qt.Key.Key_F, CTRL)
        for ch in query:
            hands.type_text(ch)
            wait(40)
        wait(200)  # the search runs SEARCH_MS after the last key
        found = page.model.rowCount()
        hands.key(Qt.Key.Key_A, CTRL)
        hands.key(Qt.Key.Key_Backspace)
        wait(200)
        shown = page.model.rowCount()
        if found > everything or shown < min(everything, page.model.page_size):
            self.result.problems.append(
                f"search {query!r} listed {found} of {everything}; cleared, {shown}"
            )
        hands.key(Qt.Key.Key_E, CTRL)  # back to the notes

    def _switch_pages(self) -> None:
        for key in ("overview", "coverage", "findings", "capture"):
            self._go_to(key)
            wait(30)
        self.hands.click(self.page.list.viewport())  # back where the notes are

    def _go_to(self, key: str) -> QWidget:
        """Ctrl+1, Ctrl+2... (the page's place among the tabs) while the focus is in the
        review; otherwise a click on the page's tab."""
        workspace = self.workspace
        index = workspace.page_keys().index(key)
        focus = QApplication.focusWidget()
        if focus is not None and workspace.isAncestorOf(focus):
            self.hands.key(getattr(Qt.Key, f"Key_{index + 1}"), CTRL)
        else:
            bar = workspace.tabs.tabBar()
            self.hands.click(bar, bar.tabRect(index).center())
        if workspace.current_page_key() != key:
            self.result.problems.append(f"the {key} page did not come up")
            return workspace.show_page(key)
        return workspace.pages[key]

    def _morning_import(self, day: str, count: int) -> None:
        """The other reviewer's bundle of ``day``, dropped on the window next morning."""
        self.say(f"  the other laptop's {count} notes of {day}, by bundle ...")
        bundle = evening(self.visit, day, count, self.rng)
        before = self._count_notes()
        runner = self.workspace.window().bundle_import.runner  # type: ignore[attr-defined]
        self.hands.when_dialog(
            ImportReportDialog, lambda d: self.hands.key(Qt.Key.Key_Escape, widget=d)
        )
        if not self.hands.drop_file(self.page.list.viewport(), bundle):
            self.result.problems.append(f"the window refused the dropped {bundle.name}")
            return
        settled = wait_until(
            lambda: (
                runner.task is not None
                and runner.task.finished
                and QApplication.activeModalWidget() is None
            )
        )
        arrived = self._count_notes() - before
        self.result.imported += arrived
        if not settled or arrived != count:
            self.result.problems.append(f"the bundle of {day} brought {arrived} of {count} notes")
        self.hands.click(self.page.list.viewport())

    # -- measuring -----------------------------------------------------------------------

    def _sample_memory(self) -> None:
        """Resident memory once per hour of the visit's clock (after a collection, so the
        samples compare what is kept, not what is waiting to be freed)."""
        hour = (self.now.toordinal(), self.now.hour)
        if hour == self._sampled_hour or (self.now.date().isoformat() == DAYS[0] and hour[1] < 10):
            return
        self._sampled_hour = hour
        gc.collect()
        QApplication.processEvents()
        self.result.rss_mb.append((self.now.strftime("%a %H:00"), round(rss_mb(), 1)))

    def _count_notes(self) -> int:
        with self.store.read() as conn:
            found = conn.execute(
                text("SELECT count(*) FROM evidence_note WHERE review_id = :r AND NOT deleted"),
                {"r": self.visit.review_id},
            ).scalar()
        return int(found or 0)

    def _check_everything_stored(self) -> None:
        lost = [n for n, t in self.typed.items() if evidence.get_note(self.store, n).note.text != t]
        if lost:
            self.result.problems.append(f"{len(lost)} notes were not stored as typed")
        expected = len(self.typed) + len(self.visit.reviewer_notes)
        if self._count_notes() != expected:
            self.result.problems.append(
                f"the review holds {self._count_notes()} notes, not the {expected} made"
            )
