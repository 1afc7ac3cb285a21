"""The partnership's reviewer pool: training, accreditation, refreshers and the reviews
each person has done and led (decision 0041). Kept by the partnership lead."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.models import PartnershipReviewer, ScheduledReview, School, table
from app.models.partnership import ACCREDITATIONS
from app.services import partnership as record
from app.services.errors import PeerviewError
from app.services.store import ChangeSet, Store

# A visit that has happened counts as a review led.
DONE = frozenset({"visited", "report_signed", "action_plan_agreed", "impact_review_due"})

_reviewer, _visit, _school = table(PartnershipReviewer), table(ScheduledReview), table(School)


@dataclass(frozen=True)
class PoolMember:
    id: str
    name: str
    school: str
    accreditation: str
    trained_on: str
    course: str
    trainer: str
    refresher_due: str
    reviews_done: int
    reviews_led: int
    refresher_overdue: bool


def add_reviewer(
    store: Store,
    partnership: str | None,
    name: str,
    school: str,
    *,
    accreditation: str = "reviewer",
    trained_on: str = "",
    course: str = "",
    trainer: str = "",
    refresher_due: str = "",
    earlier_done: int = 0,
    earlier_led: int = 0,
) -> tuple[str, ChangeSet]:
    if not name.strip():
        raise PeerviewError("Give the reviewer's name.")
    if accreditation not in ACCREDITATIONS:
        raise PeerviewError(
            f"'{accreditation}' is not an accreditation.",
            hint_cli=f"Use one of: {', '.join(ACCREDITATIONS)}.",
        )
    trained = record.iso_day(trained_on, "The training date") if trained_on else None
    due = record.iso_day(refresher_due, "The refresher date") if refresher_due else None
    if trained and due and due < trained:
        raise PeerviewError(f"The refresher ({due}) falls before the training ({trained}).")
    if accreditation == "lead_reviewer" and trained is None:
        raise PeerviewError(
            "A lead reviewer is accredited after training: give the training date.",
            hint_cli="Add --trained-on YYYY-MM-DD (and --course, --trainer).",
        )
    if earlier_done < 0 or earlier_led < 0 or earlier_led > earlier_done:
        raise PeerviewError("Reviews led are among reviews done; give counts of 0 or more.")
    with record.lead_write(store, partnership) as (tx, pid, _pname):
        sid, _ = record.resolve_school(tx.conn, pid, school)
        new_id = tx.create(
            "partnership_reviewer",
            {
                "partnership_id": pid,
                "school_id": sid,
                "name": name.strip(),
                "accreditation": accreditation,
                "trained_on": trained.isoformat() if trained else "",
                "course": course.strip(),
                "trainer": trainer.strip(),
                "refresher_due": due.isoformat() if due else "",
                "earlier_done": earlier_done,
                "earlier_led": earlier_led,
            },
        )
    return new_id, tx.changes


def pool(
    store: Store, partnership: str | None = None, today: dt.date | None = None
) -> list[PoolMember]:
    today = today or dt.date.today()
    with store.read() as conn:
        pid, _ = record.resolve(conn, partnership)
        schools = record.school_names(conn, pid)
        led: dict[str, int] = {}
        for lead_id, status in conn.execute(
            select(_visit.c.lead_reviewer_id, _visit.c.status).where(
                _visit.c.partnership_id == pid, _visit.c.deleted.is_(False)
            )
        ):
            if lead_id and status in DONE:
                led[lead_id] = led.get(lead_id, 0) + 1
        rows = conn.execute(
            select(_reviewer)
            .where(_reviewer.c.partnership_id == pid, _reviewer.c.deleted.is_(False))
            .order_by(_reviewer.c.name)
        ).all()
    return [
        PoolMember(
            r.id,
            r.name,
            schools.get(r.school_id, "?"),
            r.accreditation,
            r.trained_on,
            r.course,
            r.trainer,
            r.refresher_due,
            r.earlier_done + led.get(r.id, 0),
            r.earlier_led + led.get(r.id, 0),
            bool(r.refresher_due) and r.refresher_due < today.isoformat(),
        )
        for r in rows
    ]
