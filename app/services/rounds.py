"""Rounds of reviews: the proposer's schedule stored, listed and adjusted (decision 0041).

``propose_round`` reads the partnership (schools, blocked dates, trained leads, the last
round) and hands it to the pure proposer (``app/services/schedule.py``); what it
proposes is written as the round's planned reviews, with the rules it could not meet
kept on the round, so everyone who receives the schedule reads why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, select

from app import dates
from app.models import PartnershipReviewer, ReviewRound, ScheduledReview, School, table
from app.models.partnership import REVIEW_STATUSES
from app.services import partnership as record
from app.services.errors import NotFoundError, PeerviewError
from app.services.schedule import Lead, Proposal, RoundInput, propose
from app.services.store import ChangeSet, Store
from app.services.textfold import fold
from app.translatable import QT_TRANSLATE_NOOP

MAX_WINDOW_DAYS = 366


_round, _review = table(ReviewRound), table(ScheduledReview)
_school, _reviewer = table(School), table(PartnershipReviewer)


@dataclass(frozen=True)
class ScheduledVisit:
    id: str
    round_name: str
    host_school_id: str
    host: str
    reviewer_school: str
    day: str
    lead: str
    status: str
    warning: str  # why the visit needs the coordinator (no trained lead, no date)


@dataclass(frozen=True)
class RoundResult:
    round_id: str
    proposal: Proposal
    changes: ChangeSet


def trained_leads(conn: Connection, partnership_id: str) -> list[Lead]:
    rows = conn.execute(
        select(_reviewer).where(
            _reviewer.c.partnership_id == partnership_id,
            _reviewer.c.deleted.is_(False),
            _reviewer.c.accreditation == "lead_reviewer",
            _reviewer.c.trained_on != "",
        )
    )
    return [
        Lead(
            r.id,
            r.name,
            r.school_id,
            dt.date.fromisoformat(r.trained_on),
            dt.date.fromisoformat(r.refresher_due) if r.refresher_due else None,
        )
        for r in rows
    ]


def _previous(conn: Connection, partnership_id: str, before: dt.date) -> dict[str, str]:
    """host -> reviewing school in the latest round starting by ``before``."""
    latest = conn.execute(
        select(_round.c.id)
        .where(
            _round.c.partnership_id == partnership_id,
            _round.c.deleted.is_(False),
            _round.c.first_day <= before.isoformat(),
        )
        .order_by(_round.c.first_day.desc(), _round.c.id.desc())
        .limit(1)
    ).scalar()
    if latest is None:
        return {}
    return {
        r.host_school_id: r.reviewer_school_id
        for r in conn.execute(
            select(_review.c.host_school_id, _review.c.reviewer_school_id).where(
                _review.c.round_id == latest, _review.c.deleted.is_(False)
            )
        )
    }


def propose_round(
    store: Store,
    partnership: str | None,
    name: str,
    first: str,
    last: str,
    keep: list[tuple[str, str]] | None = None,
) -> RoundResult:
    """Propose and store a round; ``keep`` names (reviewing school, host) pairs from the
    last round the coordinator chose to repeat."""
    a = record.iso_day(first, "The round's first day")
    b = record.iso_day(last, "The round's last day")
    if not name.strip():
        raise PeerviewError("Give the round a name, such as 'Spring 2027'.")
    if b < a:
        raise PeerviewError(f"The round ends ({b}) before it starts ({a}).")
    if (b - a).days > MAX_WINDOW_DAYS:
        raise PeerviewError("A round spans at most a year; choose a shorter window.")
    with record.lead_write(store, partnership) as (tx, pid, pname):
        names = tx.conn.execute(
            select(_round.c.name).where(_round.c.partnership_id == pid, _round.c.deleted.is_(False))
        ).scalars()
        if fold(name.strip()) in {fold(n) for n in names}:
            raise PeerviewError(
                f"{pname} already has a round called '{name.strip()}'; give this one another name."
            )
        schools = {
            s.id: s.name
            for s in tx.conn.execute(
                select(_school.c.id, _school.c.name)
                .where(_school.c.partnership_id == pid, _school.c.deleted.is_(False))
                .order_by(_school.c.name, _school.c.id)
            )
        }
        kept = frozenset(
            (record.resolve_school(tx.conn, pid, r)[0], record.resolve_school(tx.conn, pid, h)[0])
            for r, h in keep or ()
        )
        given = RoundInput(
            schools,
            a,
            b,
            record.blocked_spans(tx.conn, pid),
            trained_leads(tx.conn, pid),
            _previous(tx.conn, pid, a),
            kept,
        )
        proposal = propose(given)
        round_id = tx.create(
            "review_round",
            {
                "partnership_id": pid,
                "name": name.strip(),
                "first_day": a.isoformat(),
                "last_day": b.isoformat(),
                "unmet": "\n".join(u.text for u in proposal.unmet),
            },
        )
        for visit in proposal.reviews:
            tx.create(
                "scheduled_review",
                {
                    "partnership_id": pid,
                    "round_id": round_id,
                    "host_school_id": visit.host_school_id,
                    "reviewer_school_id": visit.reviewer_school_id,
                    "day": visit.day.isoformat() if visit.day else "",
                    "lead_reviewer_id": visit.lead_id,
                    "status": "planned",
                },
            )
    return RoundResult(round_id, proposal, tx.changes)


def schedule(store: Store, partnership: str | None = None) -> list[ScheduledVisit]:
    """Every scheduled visit, round by round, with a warning where one needs attention."""
    with store.read() as conn:
        pid, _ = record.resolve(conn, partnership)
        schools = record.school_names(conn, pid)
        leads = {lead.id: lead for lead in trained_leads(conn, pid)}
        people = {
            str(r.id): str(r.name)
            for r in conn.execute(
                select(_reviewer.c.id, _reviewer.c.name).where(_reviewer.c.partnership_id == pid)
            )
        }
        rows = conn.execute(
            select(_review, _round.c.name.label("round_name"))
            .join(_round, _round.c.id == _review.c.round_id)
            .where(_review.c.partnership_id == pid, _review.c.deleted.is_(False))
            .order_by(_round.c.first_day, _round.c.id, _review.c.day, _review.c.id)
        ).all()
    # What an adjustment by hand may have broken: a school twice a day, reciprocal pairs,
    # the balance of one visit sent per school.
    pairs = {(r.round_id, r.reviewer_school_id, r.host_school_id) for r in rows}
    busy: dict[tuple[str, str], int] = {}
    sends: dict[tuple[str, str], int] = {}  # (round, reviewing school) -> visits
    for r in rows:
        sends[(r.round_id, r.reviewer_school_id)] = (
            sends.get((r.round_id, r.reviewer_school_id), 0) + 1
        )
        for school in (r.host_school_id, r.reviewer_school_id):
            if r.day:
                busy[(school, r.day)] = busy.get((school, r.day), 0) + 1
    out = []
    for r in rows:
        lead = leads.get(r.lead_reviewer_id or "")
        if not r.day:
            warning = QT_TRANSLATE_NOOP("services.rounds", "no date yet")
        elif lead is None or not lead.trained_for(dt.date.fromisoformat(r.day)):
            warning = QT_TRANSLATE_NOOP("services.rounds", "no trained lead")
        elif any(busy[(s, r.day)] > 1 for s in (r.host_school_id, r.reviewer_school_id)):
            warning = QT_TRANSLATE_NOOP("services.rounds", "a school in two reviews that day")
        elif (r.round_id, r.host_school_id, r.reviewer_school_id) in pairs:
            warning = QT_TRANSLATE_NOOP(
                "services.rounds", "the two schools review each other this round"
            )
        elif sends[(r.round_id, r.reviewer_school_id)] > 1:
            warning = QT_TRANSLATE_NOOP(
                "services.rounds", "the reviewing school reviews more than one school this round"
            )
        else:
            warning = ""
        out.append(
            ScheduledVisit(
                r.id,
                r.round_name,
                r.host_school_id,
                schools.get(r.host_school_id, "?"),
                schools.get(r.reviewer_school_id, "?"),
                r.day,
                people.get(r.lead_reviewer_id or "", ""),
                r.status,
                warning,
            )
        )
    return out


def unmet_by_round(store: Store, partnership: str | None = None) -> dict[str, list[str]]:
    """What each round's proposal could not meet, as stored on the round (one line a
    rule and place), by round name, rounds in date order; a round that met every rule
    is left out."""
    with store.read() as conn:
        pid, _ = record.resolve(conn, partnership)
        rows = conn.execute(
            select(_round.c.name, _round.c.unmet)
            .where(_round.c.partnership_id == pid, _round.c.deleted.is_(False))
            .order_by(_round.c.first_day, _round.c.id)
        ).all()
    return {r.name: lines for r in rows if (lines := [t for t in r.unmet.split("\n") if t])}


def set_status(store: Store, visit_id: str, status: str) -> ChangeSet:
    """Move a visit along: planned, confirmed, visited, report signed, action plan
    agreed, impact review due."""
    if status not in REVIEW_STATUSES:
        raise PeerviewError(
            f"'{status}' is not a status of a scheduled review.",
            hint_cli=f"Use one of: {', '.join(REVIEW_STATUSES)}.",
        )
    with store.write() as tx:
        row = tx.conn.execute(
            select(_review.c.partnership_id).where(
                _review.c.id == visit_id, _review.c.deleted.is_(False)
            )
        ).first()
        if row is None:
            raise NotFoundError(f"No scheduled review {visit_id}.")
        pid, pname = record.resolve(tx.conn, row.partnership_id)
        record.require_lead(tx, pid, pname)
        tx.upsert("scheduled_review", visit_id, {"status": status})
    return tx.changes


def adjust(
    store: Store,
    visit_id: str,
    *,
    day: str | None = None,
    reviewer_school: str | None = None,
    lead: str | None = None,
) -> ChangeSet:
    """The coordinator's change to a proposed visit: its day (a weekday clear of both
    schools' blocked dates), the reviewing school, or its lead (by name, from the pool).
    A lead without current training is allowed (the visit then warns); a blocked day is
    refused, naming the block."""
    with store.write() as tx:
        row = tx.conn.execute(
            select(_review).where(_review.c.id == visit_id, _review.c.deleted.is_(False))
        ).first()
        if row is None:
            raise NotFoundError(f"No scheduled review {visit_id}.")
        pid, pname = record.resolve(tx.conn, row.partnership_id)
        record.require_lead(tx, pid, pname)
        names = record.school_names(tx.conn, pid)
        wanted: dict[str, str | None] = {}
        reviewer = row.reviewer_school_id
        if reviewer_school is not None:
            reviewer, _ = record.resolve_school(tx.conn, pid, reviewer_school)
            if reviewer == row.host_school_id:
                raise PeerviewError(
                    f"{names[reviewer]} cannot review itself; choose another school."
                )
            wanted["reviewer_school_id"] = reviewer
        when = row.day
        if day is not None:
            chosen = record.iso_day(day, "The day")
            if chosen.weekday() >= 5:
                raise PeerviewError(
                    f"{dates.day_heading(chosen)} is a weekend day; choose a school day."
                )
            spans = record.blocked_spans(tx.conn, pid)
            for school in (row.host_school_id, reviewer):
                for first, last in spans.get(school, ()):
                    if first <= chosen <= last:
                        raise PeerviewError(
                            f"{names[school]} is blocked {_span(first, last)}; choose a day "
                            "clear of both schools' blocked dates."
                        )
            when = chosen.isoformat()
            wanted["day"] = when
        if lead is not None:
            found = [
                r
                for r in tx.conn.execute(
                    select(_reviewer.c.id, _reviewer.c.name).where(
                        _reviewer.c.partnership_id == pid, _reviewer.c.deleted.is_(False)
                    )
                )
                if record.names_match(lead, r.name)
            ]
            if len(found) != 1:
                raise PeerviewError(
                    f"'{lead}' names {'no one' if not found else 'several people'} in the "
                    "reviewer pool; give the reviewer's name as the pool lists it.",
                    hint_cli="See: peerview partnership reviewer list",
                )
            wanted["lead_reviewer_id"] = str(found[0].id)
        if wanted:
            tx.upsert("scheduled_review", visit_id, wanted)
    return tx.changes


def _span(first: dt.date, last: dt.date) -> str:
    """ "on 2 March 2026" or "from 2 to 4 March 2026", for a message."""
    if first == last:
        return f"on {dates.date_long(first)}"
    return f"from {dates.date_range_long(first, last)}"
