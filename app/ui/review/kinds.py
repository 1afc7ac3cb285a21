"""Kinds of activity and of finding, whom a meeting was with, sources of evidence and
reviewers' positions, in the window's words. The core keeps the codes ("lesson_visit") and English labels for the command line;
the pages take the words from here, marked for translation, so a code is worded once for
the window. A code from a newer Peerview still shows, as the core's label or as itself."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.models.findings import FINDING_LABELS
from app.models.moderation import POSITION_LABELS
from app.models.review import ACTIVITY_LABELS, MEETING_WITH_LABELS, SOURCE_LABELS

_CONTEXT = "kinds"

_ACTIVITIES = {
    "lesson_visit": QT_TRANSLATE_NOOP("kinds", "Lesson visit"),
    "joint_observation": QT_TRANSLATE_NOOP("kinds", "Joint observation"),
    "learning_walk": QT_TRANSLATE_NOOP("kinds", "Learning walk"),
    "book_look": QT_TRANSLATE_NOOP("kinds", "Book look"),
    "pupil_voice": QT_TRANSLATE_NOOP("kinds", "Pupil voice"),
    "meeting": QT_TRANSLATE_NOOP("kinds", "Meeting"),
    "document_review": QT_TRANSLATE_NOOP("kinds", "Document and data review"),
    # The team's own activities: their notes are working notes, never evidence.
    "team_meeting": QT_TRANSLATE_NOOP("kinds", "Team meeting"),
    "team_catch_up": QT_TRANSLATE_NOOP("kinds", "Team catch-up"),
    "feedback_to_host": QT_TRANSLATE_NOOP("kinds", "Feedback to the host"),
}

_MEETING_WITH = {
    "senior_leaders": QT_TRANSLATE_NOOP("kinds", "Senior leaders"),
    "middle_leaders": QT_TRANSLATE_NOOP("kinds", "Middle leaders"),
    "senco": QT_TRANSLATE_NOOP("kinds", "SENCO"),
    "governors": QT_TRANSLATE_NOOP("kinds", "Governors"),
    "staff": QT_TRANSLATE_NOOP("kinds", "Staff"),
    "parents": QT_TRANSLATE_NOOP("kinds", "Parents"),
}

_SOURCES = {
    "pupils_talk": QT_TRANSLATE_NOOP("kinds", "Pupils' talk"),
    "pupils_work": QT_TRANSLATE_NOOP("kinds", "Pupils' work"),
    "staff": QT_TRANSLATE_NOOP("kinds", "Staff"),
    "leaders": QT_TRANSLATE_NOOP("kinds", "Leaders"),
    "governors": QT_TRANSLATE_NOOP("kinds", "Governors"),
    "parents": QT_TRANSLATE_NOOP("kinds", "Parents"),
    "observation": QT_TRANSLATE_NOOP("kinds", "Observation of practice"),
    "documents": QT_TRANSLATE_NOOP("kinds", "Documents and data"),
}

_FINDINGS = {
    "strength": QT_TRANSLATE_NOOP("kinds", "Strength"),
    "area_for_development": QT_TRANSLATE_NOOP("kinds", "Area for development"),
    "area_of_excellence": QT_TRANSLATE_NOOP("kinds", "Area of Excellence"),
}

_POSITIONS = {
    "agree": QT_TRANSLATE_NOOP("kinds", "Agree"),
    "not_sure": QT_TRANSLATE_NOOP("kinds", "Not sure"),
    "disagree": QT_TRANSLATE_NOOP("kinds", "Disagree"),
}


def _word(words: dict[str, object], core: dict[str, str], code: str) -> str:
    # QT_TRANSLATE_NOOP returns its text, typed as object.
    if code in words:
        return QCoreApplication.translate(_CONTEXT, str(words[code]))
    return core.get(code, code)


def activity_label(kind: str) -> str:
    """A kind of activity ("lesson_visit") in the window's language."""
    return _word(_ACTIVITIES, ACTIVITY_LABELS, kind)


def activity_label_of(core_label: str) -> str:
    """The window's words for a kind of activity the core gave as its English label."""
    codes = {label: code for code, label in ACTIVITY_LABELS.items()}
    return activity_label(codes[core_label]) if core_label in codes else core_label


def finding_kind_label(kind: str) -> str:
    """A kind of finding ("area_for_development") in the window's language."""
    return _word(_FINDINGS, FINDING_LABELS, kind)


def position_label(position: str) -> str:
    """A reviewer's position on a finding ("not_sure") in the window's language."""
    return _word(_POSITIONS, POSITION_LABELS, position)


def meeting_with_label(who: str) -> str:
    """Whom a meeting was with ("senior_leaders") in the window's language."""
    return _word(_MEETING_WITH, MEETING_WITH_LABELS, who)


def source_label(source: str) -> str:
    """A source of evidence ("pupils_talk") in the window's language."""
    return _word(_SOURCES, SOURCE_LABELS, source)


def source_labels(found: Iterable[str]) -> str:
    """Sources of evidence as a list in words ("Observation of practice, Pupils' work")."""
    return ", ".join(source_label(s) for s in found)
