"""Kinds of activity and of finding, whom a meeting was with, sources of evidence and
reviewers' positions, in the window's words.

The core keeps the codes ("lesson_visit") and their English labels, marked for translation
with a no-op QT_TRANSLATE_NOOP under the module's context (``models.review``...); their
Welsh lives with the core's (resources/translations/*/core.ts). The review's pages ask
here, so that each label is looked up in the context the core marked it with.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app.models.findings import FINDING_LABELS
from app.models.moderation import POSITION_LABELS
from app.models.review import ACTIVITY_LABELS, MEETING_WITH_LABELS, SOURCE_LABELS

# The contexts of app/models/review.py, findings.py and moderation.py.
REVIEW_CONTEXT = "models.review"
FINDINGS_CONTEXT = "models.findings"
MODERATION_CONTEXT = "models.moderation"


def activity_label(kind: str) -> str:
    """A kind of activity ("lesson_visit") in the window's language."""
    return QCoreApplication.translate(REVIEW_CONTEXT, ACTIVITY_LABELS.get(kind, kind))


def activity_label_of(core_label: str) -> str:
    """The window's words for a kind of activity the core gave as its English label."""
    return QCoreApplication.translate(REVIEW_CONTEXT, core_label)


def meeting_with_label(who: str) -> str:
    """Whom a meeting was with ("senior_leaders") in the window's language."""
    return QCoreApplication.translate(REVIEW_CONTEXT, MEETING_WITH_LABELS.get(who, who))


def source_label(source: str) -> str:
    """A source of evidence ("pupils_talk") in the window's language."""
    return QCoreApplication.translate(REVIEW_CONTEXT, SOURCE_LABELS.get(source, source))


def source_labels(found: Iterable[str]) -> str:
    """Sources of evidence as a list in words ("Observation of practice, Pupils' work")."""
    return ", ".join(source_label(s) for s in found)


def finding_kind_label(kind: str) -> str:
    """A kind of finding ("area_for_development") in the window's language."""
    return QCoreApplication.translate(FINDINGS_CONTEXT, FINDING_LABELS.get(kind, kind))


def position_label(position: str) -> str:
    """A reviewer's position on a finding ("not_sure") in the window's language."""
    return QCoreApplication.translate(MODERATION_CONTEXT, POSITION_LABELS.get(position, position))
