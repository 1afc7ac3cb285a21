"""Triangulation: how many evidence notes, of how many activity kinds, from how many
reviewers support a finding, and whether it rests on a single source.

A finding rests on a single source when it has fewer than two notes, or its notes all
come from one kind of activity, or from one reviewer (authors and co-reviewers
together). Peer review practice asks for "several kinds of evidence and several
reviewers"; two is the least that is several. After retention purges the notes, the counts kept on the
finding (``retained_evidence``) stand in for them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, select

from app.models import EvidenceNote, FindingNote, Person


@dataclass(frozen=True)
class Triangulation:
    """How a finding is supported. A finding rests on a single source when it has fewer
    than two notes, or its notes come from one kind of activity, or from one reviewer
    (authors and co-reviewers together): peer review practice asks for several kinds of
    evidence and several reviewers."""

    notes: int
    activity_kinds: tuple[str, ...]
    reviewers: int
    retained: bool = False  # counts kept by retention after the notes were purged

    @property
    def single_source(self) -> bool:
        return bool(self.reasons)

    @property
    def reasons(self) -> list[str]:
        if self.notes == 0:
            return ["no evidence notes are linked"]
        out = []
        if self.notes == 1:
            out.append("only one evidence note")
        if len(self.activity_kinds) == 1:
            out.append(
                f"all from one kind of activity ({self.activity_kinds[0].replace('_', ' ')})"
            )
        if self.reviewers == 1:
            out.append("all from one reviewer")
        return out

    def as_dict(self) -> dict[str, object]:
        return {
            "notes": self.notes,
            "activity_kinds": list(self.activity_kinds),
            "reviewers": self.reviewers,
            "retained": self.retained,
            "single_source": self.single_source,
            "reasons": self.reasons,
        }


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


def triangulate(conn: Connection, notes: dict[str, list[str]]) -> dict[str, Triangulation]:
    all_ids = sorted({n for ids in notes.values() for n in ids})
    facts: dict[str, tuple[str, set[str]]] = {}
    for nid, kind, author, co_id, co_key in conn.execute(
        select(
            EvidenceNote.id,
            EvidenceNote.activity_kind,
            EvidenceNote.author_key_id,
            EvidenceNote.co_reviewer_id,
            Person.key_id,
        )
        .outerjoin(Person, Person.id == EvidenceNote.co_reviewer_id)
        .where(EvidenceNote.id.in_(all_ids))
    ):
        people = {author or f"note:{nid}"}
        if co_id:
            # A co-reviewer counts as a second reviewer; one with a key is the same
            # reviewer as their authored notes.
            people.add(co_key or f"person:{co_id}")
        facts[nid] = (kind, people)
    out: dict[str, Triangulation] = {}
    for fid, ids in notes.items():
        kinds = sorted({facts[n][0] for n in ids})
        reviewers: set[str] = set()
        for n in ids:
            reviewers |= facts[n][1]
        out[fid] = Triangulation(len(ids), tuple(kinds), len(reviewers))
    return _DefaultTri(out)


class _DefaultTri(dict[str, Triangulation]):
    def __missing__(self, key: str) -> Triangulation:
        return Triangulation(0, (), 0)


def retained(value: str) -> Triangulation | None:
    if not value:
        return None
    try:
        data = json.loads(value)
        return Triangulation(
            int(data["notes"]),
            tuple(str(k) for k in data["activity_kinds"]),
            int(data["reviewers"]),
            retained=True,
        )
    except (ValueError, KeyError, TypeError):
        return None
