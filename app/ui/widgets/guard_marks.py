"""The guards in the window: wavy underlines under what the name guard and the judgement
guard found (app/services/text_guard.py), and a notice saying why and what to write.

The underlines are extra selections set from a short timer after typing stops, not a
QSyntaxHighlighter: a highlighter is a Python override called on every keystroke, and the
note editor is the most-typed field in the app (PySide6 6.12 leaks a reference per call
through an override). The finding editor keeps its highlighter (app/ui/review/findings/editor.py),
which runs the same check.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QWidget

from app.services import privacy, text_guard
from app.services.grade_guard import GuardHit
from app.services.text_guard import Hit

CHECK_MS = 300
# Red for judgement language, amber for a possible name: distinct on light and dark
# grounds; the notice says the same in words, so colour is never the only signal.
JUDGEMENT_COLOUR = QColor("#d0021b")
NAME_COLOUR = QColor("#c77700")


def underline(hit_guard: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(NAME_COLOUR if hit_guard == "names" else JUDGEMENT_COLOUR)
    return fmt


def mark(edit: QPlainTextEdit | QTextEdit, hits: Sequence[Hit]) -> None:
    """Underline ``hits`` in ``edit`` (replacing earlier marks); the text is untouched."""
    marks = []
    for hit in hits:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(edit.document())
        cursor.setPosition(hit.start)
        cursor.setPosition(hit.end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = underline(hit.guard)
        marks.append(selection)
    edit.setExtraSelections(marks)


def guard_words(text: str) -> str:
    """A guard's reason or suggestion (marked in the core) in the window's language."""
    return QCoreApplication.translate("services.judgement", text)


def suggestion_words(hit: Hit | GuardHit) -> str:
    """What a hit suggests writing instead, in the window's language: a name's suggestion
    offers initials, filled into its translated wording."""
    initials = getattr(hit, "initials", "")
    if initials and hit.category in privacy.SUGGESTIONS:
        return guard_words(privacy.SUGGESTIONS[hit.category]).format(initials=initials)
    return guard_words(hit.suggestion)


def hits_html(hits: Sequence[tuple[str, Hit | GuardHit]], heading: str, consider: str) -> str:
    """A list of hits, each with its reason and a wording to consider; each may carry a
    label (which question or field it is in)."""
    items = "".join(
        f"<li>{html.escape(label)}<b>{html.escape(h.term)}</b>: {html.escape(guard_words(h.why))}. "
        f"{html.escape(consider)}: {html.escape(suggestion_words(h))}</li>"
        for label, h in hits
    )
    return f"<b>{html.escape(heading)}</b><ul style='margin:0'>{items}</ul>"


class GuardNotice(QLabel):
    """What the guards found in a field, in words, under it; hidden when nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guard_notice")
        self.setAccessibleName(self.tr("Wording to check"))
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            "QLabel#guard_notice { border: 1px solid #c77700; border-radius: 4px; padding: 4px; }"
        )
        self.hits: list[tuple[str, Hit]] = []
        self.hide()

    def show_hits(self, hits: Sequence[tuple[str, Hit]]) -> None:
        self.hits = list(hits)
        if not self.hits:
            self.clear()
            self.hide()
            return
        self.setText(hits_html(self.hits, self.tr("Check the wording"), self.tr("Consider")))
        self.setAccessibleDescription(
            " ".join(f"{h.term}: {guard_words(h.why)}. {suggestion_words(h)}" for _, h in self.hits)
        )
        self.show()


class GuardWatcher(QObject):
    """Checks a text field a moment after typing stops: underlines the hits and shows
    them in ``notice``. ``refresh()`` checks at once (after text is set programmatically
    with its signals blocked)."""

    def __init__(
        self,
        edit: QPlainTextEdit,
        where: str,
        notice: GuardNotice,
        extra: Callable[[], list[tuple[str, Hit]]] | None = None,
    ) -> None:
        super().__init__(edit)
        self.edit, self.where, self.notice, self._extra = edit, where, notice, extra
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.refresh)
        edit.textChanged.connect(self.timer.start)

    def refresh(self) -> None:
        self.timer.stop()
        hits = text_guard.check(self.edit.toPlainText(), self.where)
        mark(self.edit, hits)
        self.notice.show_hits([("", h) for h in hits] + (self._extra() if self._extra else []))
