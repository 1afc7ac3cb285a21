"""The moderation board: the team meeting's view of every emerging finding, with its
triangulation, the notes that contradict it, and each reviewing member's position
(app/services/moderation.py). See decision 0040."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from app.models import EvidenceNote
from app.models.review import ACTIVITY_LABELS
from app.services import findings as findings_service
from app.services import moderation
from app.services.findings import FindingView
from app.services.moderation import Member, Position
from app.services.store import Store


@dataclass(frozen=True)
class ContraNote:
    """A note linked as contradicting the finding's evidence, shown beside it."""

    note_id: str
    text: str
    activity: str
    observed_at: str


@dataclass
class BoardRow:
    finding: FindingView
    positions: dict[str, Position] = field(default_factory=dict)  # person id -> position
    contradicting: list[ContraNote] = field(default_factory=list)
    outstanding: list[str] = field(default_factory=list)  # why it is not yet confirmed


@dataclass
class Board:
    review_id: str
    members: list[Member]
    rows: list[BoardRow]

    @property
    def confirmable(self) -> bool:
        return all(not r.outstanding for r in self.rows)


def board(store: Store, review_id: str) -> Board:
    """Every finding of the review, in report order, as the team meeting sees it."""
    views = findings_service.list_findings(store, review_id)
    with store.read() as conn:
        team = moderation.members(conn, review_id)
        digests = {v.id: moderation.finding_digest(v.kind, v.title, v.text) for v in views}
        given = moderation.positions(conn, store, team, digests)
        wanted = sorted({n for v in views for n in v.triangulation.contradicting})
        notes = {
            n.id: n
            for n in conn.execute(
                select(
                    EvidenceNote.id,
                    EvidenceNote.text,
                    EvidenceNote.activity_kind,
                    EvidenceNote.observed_at,
                ).where(EvidenceNote.id.in_(wanted))
            )
        }
    rows = []
    for v in views:
        contra = [
            ContraNote(
                n,
                notes[n].text,
                ACTIVITY_LABELS.get(notes[n].activity_kind, notes[n].activity_kind),
                notes[n].observed_at,
            )
            for n in v.triangulation.contradicting
            if n in notes
        ]
        mine = given.get(v.id, {})
        rows.append(BoardRow(v, mine, contra, moderation.outstanding(team, mine)))
    return Board(review_id, team, rows)
