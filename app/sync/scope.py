"""Which records belong to a review: what a bundle for it carries and what its digest
covers. Worked out from the current tables, tombstones included (deletes travel too).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Select, select

from app.models import TABLES

# Never in a bundle to anyone but the designated safeguarding lead, never in a digest.
RESTRICTED = frozenset({"safeguarding_concern"})
# Device bookkeeping that travels in every bundle (device ids and sequence numbers only).
ALWAYS = frozenset({"sync_receipt"})

_BY_REVIEW = (
    "enquiry_question",
    "team_member",
    "activity",
    "evidence_note",
    "safeguarding_concern",
    "finding",
    "next_step",
    "action_item",
    "brokered_support",
    "improvement_workshop",
    "impact_review",
    "impact_progress",
    "report_draft",
    "team_agreement",
    "draft_sent",
    "host_response",
    "host_correction",
    "excellence_nomination",
    "revocation",
)
# The partnership's own records, each carrying its partnership_id.
PARTNERSHIP_WIDE = (
    "partnership_priority",
    "blocked_date",
    "review_round",
    "partnership_reviewer",
    "scheduled_review",
    "expertise",
    "protocol_document",
)
_BY_NOTE = (("note_strand", "note_id"), ("note_question", "note_id"), ("attachment", "note_id"))
_BY_FINDING = (
    ("finding_strand", "finding_id"),
    ("finding_note", "finding_id"),
    ("finding_question", "finding_id"),
    ("feedback_response", "finding_id"),
    ("finding_position", "finding_id"),
)


def _ids_where(conn: Connection, entity: str, column: str, parents: Select[Any]) -> set[str]:
    tbl = TABLES[entity]
    return set(conn.execute(select(tbl.c.id).where(tbl.c[column].in_(parents))).scalars())


def _values(conn: Connection, query: Select[Any]) -> set[str]:
    return {v for v in conn.execute(query).scalars() if v}


def review_scope(conn: Connection, review_id: str) -> dict[str, set[str]]:
    """entity -> ids of the records that belong to the review (subqueries, so a review
    of 10,000 notes costs a handful of statements)."""
    scope: dict[str, set[str]] = {name: set() for name in TABLES}
    t = TABLES
    if conn.execute(select(t["review"].c.id).where(t["review"].c.id == review_id)).first() is None:
        return scope
    scope["review"] = {review_id}
    for entity in _BY_REVIEW:
        scope[entity] = set(
            conn.execute(select(t[entity].c.id).where(t[entity].c.review_id == review_id)).scalars()
        )
    notes = select(t["evidence_note"].c.id).where(t["evidence_note"].c.review_id == review_id)
    findings = select(t["finding"].c.id).where(t["finding"].c.review_id == review_id)
    for entity, column in _BY_NOTE:
        scope[entity] = _ids_where(conn, entity, column, notes)
    scope["note_link"] = _ids_where(conn, "note_link", "from_note_id", notes)
    for entity, column in _BY_FINDING:
        scope[entity] = _ids_where(conn, entity, column, findings)
    note, team, activity = t["evidence_note"], t["team_member"], t["activity"]
    people = _values(conn, select(team.c.person_id).where(team.c.review_id == review_id))
    for column in ("co_reviewer_id", "host_leader_id"):
        people |= _values(
            conn, select(note.c[column]).where(note.c.review_id == review_id).distinct()
        )
    people |= _values(
        conn, select(activity.c.host_leader_id).where(activity.c.review_id == review_id)
    )
    scope["person"] = people
    review = t["review"]
    row = conn.execute(select(review).where(review.c.id == review_id)).one()
    person = t["person"]
    schools = {row.host_school_id} - {None}
    schools |= _values(conn, select(person.c.school_id).where(person.c.id.in_(sorted(people))))
    scope["school"] = schools
    school = t["school"]
    partnerships = {row.partnership_id} - {None}
    partnerships |= _values(
        conn, select(school.c.partnership_id).where(school.c.id.in_(sorted(schools)))
    )
    scope["partnership"] = partnerships
    # The partnership record travels with every review of the partnership (decision 0041):
    # its member schools, calendar, schedule, reviewer pool and expertise directory.
    groups = sorted(partnerships)
    scope["school"] |= _values(conn, select(school.c.id).where(school.c.partnership_id.in_(groups)))
    for entity in PARTNERSHIP_WIDE:
        tbl = t[entity]
        scope[entity] = _values(conn, select(tbl.c.id).where(tbl.c.partnership_id.in_(groups)))
    timing = t["partnership_timing"]
    scope["partnership_timing"] = _values(
        conn, select(timing.c.id).where(timing.c.partnership_id.in_(sorted(partnerships)))
    )
    versions = {row.framework_version_id} - {None}
    scope["framework_version"] = versions
    fw = t["framework_version"]
    scope["framework"] = _values(
        conn, select(fw.c.framework_id).where(fw.c.id.in_(sorted(versions)))
    )
    return scope


def scope_ids(scope: dict[str, set[str]], *, restricted: bool) -> set[str]:
    """All ids in the scope; safeguarding concerns only with ``restricted``."""
    out: set[str] = set()
    for entity, ids in scope.items():
        if entity in RESTRICTED and not restricted:
            continue
        out |= ids
    return out
