"""Triangulation: how many evidence notes, from how many sources of evidence, activities
and reviewers support a finding; which notes contradict it; and whether it rests on a
single source.

A finding rests on a single source when its evidence notes come from fewer than two
sources of evidence (pupils' talk, observation of practice...: app/services/sources.py),
or from one activity, or from one reviewer (authors and co-reviewers together). A lesson
visit and a joint observation are one source, observation of practice, however many
activities the finding cites. Notes of the team's own meetings, catch-ups and feedback
are working notes: linked or not, they never count. Peer review practice asks for
"several kinds of evidence and several reviewers"; two is the least that is several.
Coverage (app/services/coverage.py) counts sources, activities and reviewers the same
way (``note_reviewers``, ``Tally``). After retention purges the notes, the counts kept on
the finding (``retained_evidence``) stand in for them. See decisions 0007 and 0040.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, or_, select

from app.models import EvidenceNote, FindingNote, NoteLink, Person
from app.services import sources as src

MIN_SOURCES = 2
MIN_ACTIVITIES = 2
MIN_REVIEWERS = 2


def note_reviewers(
    note_id: str, author: str | None, co_id: str | None, co_key: str | None
) -> set[str]:
    """Who saw a note's evidence: its author and its co-reviewer. A co-reviewer with a
    key is the same reviewer as their own notes; a note with no author counts as one
    reviewer nobody else is."""
    people = {author or f"note:{note_id}"}
    if co_id:
        people.add(co_key or f"person:{co_id}")
    return people


@dataclass
class Tally:
    """Evidence counted the one way findings and coverage both use."""

    notes: int = 0
    sources: set[str] = field(default_factory=set)
    reviewers: set[str] = field(default_factory=set)
    activity_ids: set[str] = field(default_factory=set)
    unscheduled: int = 0  # notes with no timetabled activity: each its own activity
    kinds: set[str] = field(default_factory=set)
    working: int = 0  # the team's working notes: seen, never counted

    def add(
        self,
        count: int,
        kind: str,
        sources: Iterable[str],
        reviewers: set[str],
        activity_id: str | None,
    ) -> None:
        if src.is_working_note(kind):
            self.working += count
            return
        self.notes += count
        self.kinds.add(kind)
        self.sources.update(sources)
        self.reviewers |= reviewers
        if activity_id:
            self.activity_ids.add(activity_id)
        else:
            self.unscheduled += count

    @property
    def activities(self) -> int:
        return len(self.activity_ids) + self.unscheduled


@dataclass(frozen=True)
class Triangulation:
    """How a finding is supported (see the module's docstring)."""

    notes: int
    activity_kinds: tuple[str, ...]
    reviewers: int
    sources: tuple[str, ...] = ()
    activities: int = 0
    working_notes: int = 0  # linked working notes, which do not count
    contradicting: tuple[str, ...] = ()  # ids of notes linked as contradicting its evidence
    retained: bool = False  # counts kept by retention after the notes were purged

    @property
    def single_source(self) -> bool:
        return bool(self.reasons)

    @property
    def reasons(self) -> list[str]:
        if self.notes == 0:
            if self.working_notes:
                return ["no evidence notes are linked (the team's working notes do not count)"]
            return ["no evidence notes are linked"]
        out = []
        if len(self.sources) < MIN_SOURCES:
            one = src.labels(self.sources).lower() or "none recorded"
            out.append(f"all from one source of evidence ({one})")
        if self.activities < MIN_ACTIVITIES:
            out.append("all from one activity")
        if self.reviewers < MIN_REVIEWERS:
            out.append("all from one reviewer")
        return out

    def as_dict(self) -> dict[str, object]:
        return {
            "notes": self.notes,
            "activity_kinds": list(self.activity_kinds),
            "reviewers": self.reviewers,
            "sources": list(self.sources),
            "activities": self.activities,
            "working_notes": self.working_notes,
            "contradicting": list(self.contradicting),
            "retained": self.retained,
            "single_source": self.single_source,
            "reasons": self.reasons,
        }

    def summary_dict(self) -> dict[str, object]:
        """What retention keeps on the finding when the notes are purged."""
        keep = ("notes", "activity_kinds", "reviewers", "sources", "activities")
        full = self.as_dict()
        return {k: full[k] for k in keep} | {"contradicting": len(self.contradicting)}


def notes_of(conn: Connection, finding_ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for fid, nid in conn.execute(
        select(FindingNote.finding_id, FindingNote.note_id)
        .join(EvidenceNote, EvidenceNote.id == FindingNote.note_id)
        .where(
            FindingNote.finding_id.in_(finding_ids),
            FindingNote.deleted.is_(False),
            EvidenceNote.deleted.is_(False),
        )
        .order_by(EvidenceNote.observed_at, EvidenceNote.id)
    ):
        out.setdefault(fid, []).append(nid)
    return out


def _contradictions(conn: Connection, note_ids: list[str]) -> dict[str, set[str]]:
    """note id -> the notes linked to it as contradicting (either direction)."""
    out: dict[str, set[str]] = {}
    if not note_ids:
        return out
    for a, b in conn.execute(
        select(NoteLink.from_note_id, NoteLink.to_note_id).where(
            NoteLink.kind == "contradicts",
            NoteLink.deleted.is_(False),
            or_(NoteLink.from_note_id.in_(note_ids), NoteLink.to_note_id.in_(note_ids)),
        )
    ):
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return out


def triangulate(conn: Connection, notes: dict[str, list[str]]) -> dict[str, Triangulation]:
    all_ids = sorted({n for ids in notes.values() for n in ids})
    facts: dict[str, tuple[str, tuple[str, ...], set[str], str | None]] = {}
    for nid, kind, meeting_with, stored, author, co_id, co_key, activity_id in conn.execute(
        select(
            EvidenceNote.id,
            EvidenceNote.activity_kind,
            EvidenceNote.meeting_with,
            EvidenceNote.sources,
            EvidenceNote.author_key_id,
            EvidenceNote.co_reviewer_id,
            Person.key_id,
            EvidenceNote.activity_id,
        )
        .outerjoin(Person, Person.id == EvidenceNote.co_reviewer_id)
        .where(EvidenceNote.id.in_(all_ids))
    ):
        facts[nid] = (
            kind,
            src.of_note(kind, meeting_with, stored),
            note_reviewers(nid, author, co_id, co_key),
            activity_id,
        )
    against = _contradictions(conn, all_ids)
    live = _live(conn, {o for others in against.values() for o in others})
    out: dict[str, Triangulation] = {}
    for fid, ids in notes.items():
        tally = Tally()
        contra: set[str] = set()
        for n in ids:
            kind, sources, people, activity_id = facts[n]
            tally.add(1, kind, sources, people, activity_id)
            contra |= against.get(n, set()) & live
        out[fid] = Triangulation(
            tally.notes,
            tuple(sorted(tally.kinds)),
            len(tally.reviewers),
            tuple(s for s in src.SOURCE_KINDS if s in tally.sources),
            tally.activities,
            tally.working,
            tuple(sorted(contra)),
        )
    return _DefaultTri(out)


def _live(conn: Connection, ids: set[str]) -> set[str]:
    if not ids:
        return set()
    return set(
        conn.execute(
            select(EvidenceNote.id).where(
                EvidenceNote.id.in_(sorted(ids)), EvidenceNote.deleted.is_(False)
            )
        ).scalars()
    )


class _DefaultTri(dict[str, Triangulation]):
    def __missing__(self, key: str) -> Triangulation:
        return Triangulation(0, (), 0)


def retained(value: str) -> Triangulation | None:
    """The counts retention kept. Counts kept before sources existed imply their sources
    from the activity kinds, and their activities from the note count."""
    if not value:
        return None
    try:
        data = json.loads(value)
        kinds = tuple(str(k) for k in data["activity_kinds"])
        if "sources" in data:
            sources = tuple(str(s) for s in data["sources"])
        else:
            implied = {s for k in kinds for s in src.implied(k)}
            sources = tuple(s for s in src.SOURCE_KINDS if s in implied)
        return Triangulation(
            int(data["notes"]),
            kinds,
            int(data["reviewers"]),
            sources,
            int(data.get("activities", data["notes"])),
            retained=True,
        )
    except (ValueError, KeyError, TypeError):
        return None
