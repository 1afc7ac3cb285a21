"""How a finding's triangulation reads in the window (the findings editor and the
moderation board): counts, the sources by name, why it rests on a single source, and
the notes that contradict it, quoted beside it (decision 0040)."""

from __future__ import annotations

import html
from functools import cache

from PySide6.QtCore import QCoreApplication, QObject

from app.services import evidence
from app.services.errors import NotFoundError
from app.services.store import Store
from app.services.triangulation import MIN_ACTIVITIES, MIN_REVIEWERS, MIN_SOURCES, Triangulation
from app.ui.review.kinds import source_labels

QUOTE_CHARS = 160


class TriangulationWords(QObject):
    """A QObject because pyside6-lupdate reads a plural only from ``tr()``."""

    def working_notes(self, n: int) -> str:
        return self.tr("%n working note(s) of the team linked: they do not count.", "", n)


def reasons(t: Triangulation) -> list[str]:
    """Why ``t`` rests on a single source, in the window's language (the same reasons as
    ``Triangulation.reasons``, which the report and the command line print)."""
    translate = QCoreApplication.translate
    if t.notes == 0:
        if t.working_notes:
            return [
                translate(
                    "Triangulation",
                    "no evidence notes are linked (the team's working notes do not count)",
                )
            ]
        return [translate("Triangulation", "no evidence notes are linked")]
    out = []
    if len(t.sources) < MIN_SOURCES:
        one = source_labels(t.sources).lower() or translate("Triangulation", "none recorded")
        out.append(translate("Triangulation", "all from one source of evidence ({0})").format(one))
    if t.activities < MIN_ACTIVITIES:
        out.append(translate("Triangulation", "all from one activity"))
    if t.reviewers < MIN_REVIEWERS:
        out.append(translate("Triangulation", "all from one reviewer"))
    return out


@cache
def _words() -> TriangulationWords:
    return TriangulationWords()


def contradicting_texts(store: Store, t: Triangulation) -> list[str]:
    out = []
    for note_id in t.contradicting:
        try:
            text = " ".join(evidence.get_note(store, note_id).note.text.split())
        except NotFoundError:
            continue
        out.append(text[:QUOTE_CHARS] + ("…" if len(text) > QUOTE_CHARS else ""))
    return out


def triangulation_html(store: Store, t: Triangulation, summary: str) -> str:
    """Rich text for a label: ``summary`` (the counts line) first."""
    text = html.escape(summary)
    if t.single_source:
        why = html.escape("; ".join(reasons(t)))
        single = html.escape(
            QCoreApplication.translate("Triangulation", "Rests on a single source: {reasons}")
        )
        text = f"<b>{text}</b><br>" + single.replace("{reasons}", why)
    if t.sources:
        text += "<br>" + html.escape(
            QCoreApplication.translate("Triangulation", "Sources: {0}").format(
                source_labels(t.sources)
            )
        )
    if t.working_notes:
        working = _words().working_notes(t.working_notes)
        text += "<br>" + html.escape(working)
    quotes = [] if t.retained else contradicting_texts(store, t)
    if quotes:
        text += (
            "<br><b>"
            + html.escape(QCoreApplication.translate("Triangulation", "Contradicted by:"))
            + "</b>"
        )
        text += "".join(f"<br>• {html.escape(q)}" for q in quotes)
    if t.retained:
        text += "<br>" + html.escape(
            QCoreApplication.translate("Triangulation", "(counts kept after the notes were purged)")
        )
    return text
