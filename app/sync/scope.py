"""Which records belong to a review: what a bundle for it carries and what its digest
covers. Worked out from the current tables, tombstones included (deletes travel too).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, Table, select

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
)
_BY_NOTE = (("note_strand", "note_id"), ("note_question", "note_id"), ("attachment", "note_id"))
_BY_FINDING = (("finding_strand", "finding_id"), ("finding_note", "finding_id"))


def _ids(conn: Connection, tbl: Table, column: str, values: Iterable[str]) -> set[str]:
    values = [v for v in set(values) if v]
    out: set[str] = set()
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        out.update(conn.execute(select(tbl.c.id).where(tbl.c[column].in_(chunk))).scalars())
    return out


def _col(conn: Connection, entity: str, column: str, ids: Iterable[str]) -> set[str]:
    tbl = TABLES[entity]
    ids = list(set(ids))
    out: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        out.update(
            v for v in conn.execute(select(tbl.c[column]).where(tbl.c.id.in_(chunk))).scalars() if v
        )
    return out


def review_scope(conn: Connection, review_id: str) -> dict[str, set[str]]:
    """entity -> ids of the records that belong to the review."""
    scope: dict[str, set[str]] = {name: set() for name in TABLES}
    review = TABLES["review"]
    if conn.execute(select(review.c.id).where(review.c.id == review_id)).first() is None:
        return scope
    scope["review"] = {review_id}
    for entity in _BY_REVIEW:
        scope[entity] = _ids(conn, TABLES[entity], "review_id", [review_id])
    notes = scope["evidence_note"]
    for entity, column in _BY_NOTE:
        scope[entity] = _ids(conn, TABLES[entity], column, notes)
    scope["note_link"] = _ids(conn, TABLES["note_link"], "from_note_id", notes)
    for entity, column in _BY_FINDING:
        scope[entity] = _ids(conn, TABLES[entity], column, scope["finding"])
    people = _col(conn, "team_member", "person_id", scope["team_member"])
    for column in ("co_reviewer_id", "host_leader_id"):
        people |= _col(conn, "evidence_note", column, notes)
    people |= _col(conn, "activity", "host_leader_id", scope["activity"])
    scope["person"] = people
    schools = _col(conn, "review", "host_school_id", [review_id])
    schools |= _col(conn, "person", "school_id", people)
    scope["school"] = schools
    partnerships = _col(conn, "review", "partnership_id", [review_id])
    partnerships |= _col(conn, "school", "partnership_id", schools)
    scope["partnership"] = partnerships
    versions = _col(conn, "review", "framework_version_id", [review_id])
    scope["framework_version"] = versions
    scope["framework"] = _col(conn, "framework_version", "framework_id", versions)
    return scope


def scope_ids(scope: dict[str, set[str]], *, restricted: bool) -> set[str]:
    """All ids in the scope; safeguarding concerns only with ``restricted``."""
    out: set[str] = set()
    for entity, ids in scope.items():
        if entity in RESTRICTED and not restricted:
            continue
        out |= ids
    return out
