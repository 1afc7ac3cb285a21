"""Refused entries, and revocations that reach entries already here (decision 0030).

A refused entry keeps its place in its device's chain as a withheld run of one, so the
entries after it still link and still apply; the entry itself is kept in
``sync_denied`` with the reason, for the Sync page and ``peerview sync refused``.

A revocation holds whatever the order of arrival: when it arrives after entries it
refuses (relayed by a teammate who had not seen it yet), those entries leave the log
for ``sync_denied``, and so do other people's entries that build on records they
created; the tables are then rebuilt from what remains.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

from sqlalchemy import Connection, delete, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.models import ChangeLogEntry, SyncDenied, SyncRefused, table
from app.services.changelog import Entry, canonical_json
from app.sync import rules
from app.sync.authority import Judge
from app.sync.withheld import INSERT_RUN

_log = table(ChangeLogEntry)
_refused = table(SyncDenied)
_forged = table(SyncRefused)


class _Report(Protocol):
    refused: list[tuple[str, str]]
    skipped: int


def refuse(
    conn: Connection,
    entry: Entry,
    reason: str,
    report: _Report,
    import_id: str | None,
    now: str,
) -> None:
    done = conn.execute(
        sqlite_insert(_refused)
        .values(
            device_id=entry.device_id,
            seq=entry.seq,
            hash=entry.hash,
            body=canonical_json(dict(entry.__dict__)),
            reason=reason,
            import_id=import_id,
            refused_at=now,
        )
        .on_conflict_do_nothing()
    )
    if done.rowcount:
        report.refused.append((entry.ref, reason))
    else:
        report.skipped += 1  # refused here before: nothing new


def settle(
    conn: Connection, judge: Judge, report: _Report, import_id: str | None, now: str
) -> None:
    """Take out of the log every entry the import's revocations refuse."""
    authority = judge.authority
    out: dict[tuple[str, int], tuple[Entry, str]] = {}
    for revocation in judge.revocations:
        reach = authority.revocation_reaches(revocation)
        if reach is None:
            continue
        review_id, key_id, cutoffs = reach
        rows = conn.execute(
            select(_log).where(
                (_log.c.author_key_id == key_id) | _log.c.device_id.in_(sorted(cutoffs))
            )
        ).all()
        for row in rows:
            entry = Entry.from_row(row)
            if entry.seq <= cutoffs.get(entry.device_id, 0) or entry.entity == "sync_receipt":
                continue
            if authority.review_of(entry.entity, entry.entity_id) != review_id:
                continue
            reason = authority.revoked(entry, review_id)
            if reason:
                out[(entry.device_id, entry.seq)] = (entry, reason)
    if not out:
        return
    _take_dependents(conn, out)
    runs = []
    for entry, reason in out.values():
        conn.execute(
            delete(_log).where(_log.c.device_id == entry.device_id, _log.c.seq == entry.seq)
        )
        runs.append(
            (
                entry.device_id,
                entry.seq,
                entry.hash,
                entry.prev_hash,
                entry.hlc,
                entry.seq,
                entry.sig,
            )
        )
        refuse(conn, entry, reason, report, import_id, now)
    conn.exec_driver_sql(INSERT_RUN, runs)
    rules.rebuild(conn)


def _take_dependents(conn: Connection, out: dict[tuple[str, int], tuple[Entry, str]]) -> None:
    """Add the entries that cannot stand without the refused ones: changes to records
    only refused entries created, and records that point at such a record (a tag on a
    refused note), and so on, until nothing more depends on them. A record another
    author created too, in an entry of their own (two laptops tagging one note with one
    strand make the same record), stands on that creation, and its changes stay."""
    while True:
        created = {(e.entity, e.entity_id): reason for e, reason in out.values() if e.creates}
        if not created:
            return
        ids = sorted({entity_id for _, entity_id in created})
        rows = [
            row
            for row in conn.execute(
                select(_log).where(
                    _log.c.entity_id.in_(ids)
                    | or_(*(_log.c.fields.contains(json.dumps(i)) for i in ids))
                )
            ).all()
            if (row.device_id, row.seq) not in out
        ]
        entries = [Entry.from_row(row) for row in rows]
        standing = {(e.entity, e.entity_id) for e in entries if e.creates}
        gone = {record: reason for record, reason in created.items() if record not in standing}
        more = False
        for entry in entries:
            record = (entry.entity, entry.entity_id)
            if record in gone:
                why = f"it changes a record made by a refused entry ({gone[record]})"
            else:
                targets = (
                    (target, entry.fields.get(name))
                    for name, target in rules.FOREIGN_KEYS.get(entry.entity, {}).items()
                )
                hit = next((t for t in targets if t in gone), None)
                if hit is None:
                    continue
                why = f"it points at a record made by a refused entry ({gone[hit]})"
            out[(entry.device_id, entry.seq)] = (entry, why)
            more = True
        if not more:
            return


def refused_entries(conn: Connection) -> list[dict[str, Any]]:
    """Every refused entry here, newest first, of both kinds: ``kind`` "rules" for
    genuine entries the review's rules refused (``sync_denied``, with the entry as
    ``body``), "not vouched for" for lines their authors' laptops never vouched for
    (``sync_refused``, decision 0028: no entry is kept, only where it claimed to be)."""
    denied = [
        {**dict(r._mapping), "kind": "rules"}
        for r in conn.execute(select(_refused).order_by(_refused.c.refused_at.desc()))
    ]
    forged = [
        {
            "kind": "not vouched for",
            "device_id": r.device_id,
            "seq": r.seq,
            "hash": r.hash,
            "reason": r.reason,
            "refused_at": r.refused_at,
            "body": None,
        }
        for r in conn.execute(select(_forged).order_by(_forged.c.refused_at.desc()))
    ]
    return sorted([*denied, *forged], key=lambda r: str(r["refused_at"]), reverse=True)
