"""How a finding's triangulation reads in the window (the findings editor and the
moderation board): counts, the sources by name, why it rests on a single source, and
the notes that contradict it, quoted beside it (decision 0040)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from app.services import evidence, sources
from app.services.errors import NotFoundError
from app.services.store import Store
from app.services.triangulation import Triangulation

QUOTE_CHARS = 160


def _t(text: str) -> str:
    return QCoreApplication.translate("Triangulation", text)


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
        reasons = html.escape("; ".join(t.reasons))
        text = f"<b>{text}</b><br>{html.escape(_t('Rests on a single source'))}: {reasons}"
    if t.sources:
        text += "<br>" + html.escape(_t("Sources: {0}").format(sources.labels(t.sources)))
    if t.working_notes:
        text += "<br>" + html.escape(
            _t("{0} working note(s) of the team linked: they do not count.").format(t.working_notes)
        )
    quotes = [] if t.retained else contradicting_texts(store, t)
    if quotes:
        text += "<br><b>" + html.escape(_t("Contradicted by:")) + "</b>"
        text += "".join(f"<br>• {html.escape(q)}" for q in quotes)
    if t.retained:
        text += "<br>" + html.escape(_t("(counts kept after the notes were purged)"))
    return text
