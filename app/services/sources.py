"""Sources of evidence: what a note's evidence came from (pupils' talk, pupils' work,
staff, leaders, governors, parents, observation of practice, documents and data).

Triangulation counts distinct sources, not activity kinds: a lesson visit and a joint
observation are both observation of practice. A note's ``sources`` column holds a JSON
list when a reviewer chose them, and "" when they follow the activity (``implied``), so
notes written before sources existed, and notes whose activity changes, need no
rewriting. Notes of the team's own activities (TEAM_INTERNAL_KINDS) are working notes:
they have no sources and never count as evidence, whatever their column says (a forged
bundle cannot make a team catch-up into evidence). See decision 0040.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from app.models.review import (
    ACTIVITY_KINDS,
    MEETING_WITH,
    SOURCE_KINDS,
    SOURCE_LABELS,
    TEAM_INTERNAL_KINDS,
)
from app.services.errors import PeerviewError

__all__ = ["SOURCE_KINDS", "SOURCE_LABELS"]

_BY_KIND = {
    "lesson_visit": ("observation",),
    "joint_observation": ("observation",),
    "learning_walk": ("observation",),
    "book_look": ("pupils_work",),
    "pupil_voice": ("pupils_talk",),
    # A meeting whose sub-kind is not given is taken to be with leaders: most meetings
    # of a review are, and the reviewer can say otherwise.
    "meeting": ("leaders",),
    "document_review": ("documents",),
}
_BY_MEETING = {
    "senior_leaders": ("leaders",),
    "middle_leaders": ("leaders",),
    "senco": ("leaders",),
    "governors": ("governors",),
    "staff": ("staff",),
    "parents": ("parents",),
}


def is_working_note(activity_kind: str) -> bool:
    """A note of the team's own activity: never evidence."""
    return activity_kind in TEAM_INTERNAL_KINDS


def implied(activity_kind: str, meeting_with: str = "") -> tuple[str, ...]:
    """The sources an activity gives unless the reviewer says otherwise."""
    if is_working_note(activity_kind):
        return ()
    if activity_kind == "meeting" and meeting_with in _BY_MEETING:
        return _BY_MEETING[meeting_with]
    return _BY_KIND.get(activity_kind, ())


def of_note(activity_kind: str, meeting_with: str, stored: str) -> tuple[str, ...]:
    """A note's sources: the stored choice, else what its activity implies. Values that
    are not sources (from a newer version, or forged) are dropped, not trusted."""
    if is_working_note(activity_kind):
        return ()
    if stored:
        try:
            chosen = json.loads(stored)
        except ValueError:
            chosen = None
        if isinstance(chosen, list):
            return tuple(s for s in SOURCE_KINDS if s in chosen)
    return implied(activity_kind, meeting_with)


def encode(sources: Iterable[str], activity_kind: str) -> str:
    """The column value for a reviewer's choice of sources, checked."""
    chosen = [s.strip() for s in sources if s.strip()]
    unknown = [s for s in chosen if s not in SOURCE_KINDS]
    if unknown:
        raise PeerviewError(
            f"'{unknown[0]}' is not a source of evidence; use one of {', '.join(SOURCE_KINDS)}."
        )
    if chosen and is_working_note(activity_kind):
        raise PeerviewError(
            "A note of the team's own meeting, catch-up or feedback is a working note and "
            "has no sources of evidence.",
            hint_cli="Leave out --source, or give the activity the evidence came from (--kind).",
            hint_gui="Choose the activity the evidence came from first.",
        )
    return json.dumps([s for s in SOURCE_KINDS if s in chosen]) if chosen else ""


def check_kind(kind: str) -> None:
    if kind not in ACTIVITY_KINDS:
        raise PeerviewError(
            f"Unknown activity kind '{kind}'; use one of {', '.join(ACTIVITY_KINDS)}."
        )


def check_meeting_with(value: str, activity_kind: str | None) -> None:
    if value and value not in MEETING_WITH:
        raise PeerviewError(
            f"'{value}' is not who a meeting can be with; use one of {', '.join(MEETING_WITH)}."
        )
    if value and activity_kind is not None and activity_kind != "meeting":
        raise PeerviewError(
            "Only a meeting says who it was with.",
            hint_cli="Give --kind meeting with --with, or leave --with out.",
        )


def labels(sources: Iterable[str]) -> str:
    return ", ".join(SOURCE_LABELS.get(s, s) for s in sources)
