"""Choosing what goes into a bundle: the review's entries a recipient has not seen.

Whole device chains travel, so the recipient can verify how they link; entries the
recipient may not read (another review's records, or a safeguarding concern for anyone
but the designated safeguarding lead) travel as *runs*: for each stretch of consecutive
such entries, the device, first and last sequence numbers, the hash before the first,
the last one's hash and clock, and nothing else (docs/decisions/0013-withheld-entries.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, select

from app.ids import id_tail
from app.models import ChangeLogEntry, FieldVersion, SyncReceipt, SyncWithheld, table
from app.services.changelog import Entry, canonical_json
from app.services.errors import PeerviewError
from app.sync.scope import ALWAYS, RESTRICTED, review_scope, scope_ids
from app.sync.withheld import Stub

_log = table(ChangeLogEntry)
_withheld = table(SyncWithheld)
_receipt = table(SyncReceipt)
_fv = table(FieldVersion)


@dataclass
class Outgoing:
    entries: list[Entry] = field(default_factory=list)
    stubs: list[Stub] = field(default_factory=list)
    ranges: dict[str, tuple[int, int]] = field(default_factory=dict)  # device -> first, last
    # With ``lines=True``: each full entry as its bundle line, built from the stored
    # canonical JSON (no parse and re-encode of every entry's fields).
    lines: list[str] = field(default_factory=list)


def _j(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def entry_line(row: Any) -> str:
    """An entry's line in entries.jsonl, equal to ``canonical_json({"kind": "entry",
    **entry})``: keys in sorted order, and ``fields``/``prior`` as stored (the change
    log stores them as canonical JSON already)."""
    return (
        f'{{"author_key_id":{_j(row.author_key_id)},"device_id":{_j(row.device_id)},'
        f'"entity":{_j(row.entity)},"entity_id":{_j(row.entity_id)},'
        f'"erased":{row.erased or "null"},"fields":{row.fields},'
        f'"hash":{_j(row.hash)},"hlc":{_j(row.hlc)},"kind":"entry","op":{_j(row.op)},'
        f'"prev_hash":{_j(row.prev_hash)},"prior":{row.prior},"salts":{row.salts or "null"},'
        f'"seq":{int(row.seq)},"sig":{_j(row.sig)},"wall":{_j(row.wall)}}}'
    )


def device_tips(conn: Connection) -> dict[str, int]:
    tips: dict[str, int] = {}
    for tbl in (_log, _withheld):
        for device, seq in conn.execute(
            select(tbl.c.device_id, func.max(tbl.c.seq)).group_by(tbl.c.device_id)
        ):
            tips[device] = max(tips.get(device, 0), int(seq))
    return tips


def acknowledged(conn: Connection, key_ids: list[str]) -> dict[str, int]:
    """device -> sequence number every one of these people is known to hold, learned
    from their receipts (which arrive in the bundles they send back). Someone with no
    receipt here yet is assumed to hold nothing."""
    if not key_ids:
        return {}
    per_person: list[dict[str, int]] = []
    tips = device_tips(conn)
    me = conn.exec_driver_sql("SELECT value FROM device_state WHERE key = 'device_id'").scalar()
    for key_id in key_ids:
        seen: dict[str, int] = {}
        # Only the person's newest receipt: an older one may describe a database they
        # have since restored from a backup, which no longer holds what it said
        # (decision 0029). A laptop holds its own chain, unless its receipt says less.
        rows = conn.execute(
            select(_receipt.c.device_id, _receipt.c.seen, _fv.c.hlc)
            .join(
                _fv,
                (_fv.c.entity == "sync_receipt")
                & (_fv.c.entity_id == _receipt.c.id)
                & (_fv.c.field == "seen"),
            )
            .where(_receipt.c.key_id == key_id)
            .order_by(_fv.c.hlc.desc())
            .limit(1)
        ).all()
        listed: dict[str, int] = {}
        for row in rows:
            listed = {d: int(s) for d, s in json.loads(row.seen).items()}
            if me in listed and listed[me] > tips.get(me, 0):
                # Nobody holds more of this laptop's chain than it wrote: the claim comes
                # from a forged withheld run; trust nothing of it (decision 0030).
                listed[me] = 0
            seen[row.device_id] = tips.get(row.device_id, 0)
        # Their own devices, known from the entries they wrote, even before any receipt.
        for device in conn.execute(
            select(_log.c.device_id).where(_log.c.author_key_id == key_id).distinct()
        ).scalars():
            seen[device] = tips.get(device, 0)
        seen.update(listed)
        per_person.append(seen)
    devices = set().union(*per_person)
    return {d: min(p.get(d, 0) for p in per_person) for d in devices}


def collect(
    conn: Connection,
    review_id: str,
    since: dict[str, int],
    *,
    restricted: bool,
    scope: dict[str, set[str]] | None = None,
    lines: bool = False,
) -> Outgoing:
    """Every entry after ``since`` on every device chain: in full when it is for this
    review (safeguarding concerns only when ``restricted``); consecutive others as one
    run of withheld entries (a Stub covering ``first_seq`` to ``seq``)."""
    if scope is None:
        scope = review_scope(conn, review_id)
    visible = scope_ids(scope, restricted=restricted)
    visible |= _denied_in_scope(conn, visible, restricted=restricted)
    out = Outgoing()
    for device, tip in sorted(device_tips(conn).items()):
        start = since.get(device, 0)
        if tip <= start:
            continue
        first = _collect_device(conn, out, device, start, tip, visible, lines)
        out.ranges[device] = (first, tip)
    return out


# The fields that tie a record to the review, directly or through its note or finding.
_PARENT_FIELDS = ("review_id", "note_id", "finding_id", "from_note_id")


def _denied_in_scope(conn: Connection, visible: set[str], *, restricted: bool) -> set[str]:
    """Records the review's scope cannot find because their creation was refused here (no
    table holds them) but whose refused entries belong to the review: a note, or a tag on
    a note, made after its author's cut-off. Their entries travel in full like any refused
    entry (decision 0030); a safeguarding concern still only to those who may read it."""
    bodies = [json.loads(raw) for (raw,) in conn.exec_driver_sql("SELECT body FROM sync_denied")]
    found: set[str] = set()
    grew = True
    while grew:  # a tag on a refused note is found once the note is
        grew = False
        for body in bodies:
            record = body["entity_id"]
            if record in visible or record in found:
                continue
            if body["entity"] in RESTRICTED and not restricted:
                continue
            fields = body.get("fields") or {}
            if any(
                (parent := fields.get(name)) in visible or parent in found
                for name in _PARENT_FIELDS
            ):
                found.add(record)
                grew = True
    return found


def _collect_device(
    conn: Connection,
    out: Outgoing,
    device: str,
    start: int,
    tip: int,
    visible: set[str],
    lines: bool,
) -> int:
    """Add one device's chain after ``start``; returns the first position sent (lower
    than ``start + 1`` when a run withheld here began before it: a run travels whole,
    since the hash inside it is not known here)."""
    # Positions only (sequence number and record), a cheap scan, to find what is visible;
    # the full rows are read afterwards for the visible blocks alone.
    shown: list[int] = [
        seq
        for seq, entity, entity_id in conn.exec_driver_sql(
            "SELECT seq, entity, entity_id FROM change_log WHERE device_id = ? AND seq > ? "
            "ORDER BY seq",
            (device, start),
        )
        if entity_id in visible or entity in ALWAYS
    ]
    runs = [
        Stub(r.device_id, r.seq, r.hash, r.prev_hash, r.hlc, r.first_seq, r.sig)
        for r in conn.execute(
            select(_withheld)
            .where(_withheld.c.device_id == device, _withheld.c.seq > start)
            .order_by(_withheld.c.seq)
        )
    ]
    refused = {
        int(seq): body
        for seq, raw in conn.exec_driver_sql(
            "SELECT seq, body FROM sync_denied WHERE device_id = ? AND seq > ?", (device, start)
        )
        if (body := json.loads(raw))["entity_id"] in visible or body["entity"] in ALWAYS
    }
    first = min([start + 1, *(r.first_seq for r in runs)])
    # Walk the positions first..tip: visible entries in blocks, everything between them
    # (log entries not for these recipients, and runs withheld here) merged into runs.
    pending: Stub | None = None
    cursor = first
    shown_iter = iter(shown)
    next_shown = next(shown_iter, None)
    runs_iter = iter(runs)
    next_run = next(runs_iter, None)
    while cursor <= tip:
        if next_shown == cursor:
            block_end = cursor
            following = next(shown_iter, None)
            while following == block_end + 1:
                block_end = following
                following = next(shown_iter, None)
            if pending is not None:
                out.stubs.append(pending)
                pending = None
            _add_entries(conn, out, device, cursor, block_end, lines)
            cursor, next_shown = block_end + 1, following
            continue
        if next_run is not None and next_run.first_seq == cursor:
            hidden = next_run
            next_run = next(runs_iter, None)
            shown_refused = refused.get(cursor) if hidden.size == 1 else None
            if shown_refused is not None and shown_refused["hash"] == hidden.hash:
                # A refused entry travels in full, so that every laptop judges (and
                # names) it itself, instead of taking this one's word (decision 0030).
                if pending is not None:
                    out.stubs.append(pending)
                    pending = None
                if lines:
                    out.lines.append(canonical_json({"kind": "entry", **shown_refused}))
                else:
                    out.entries.append(Entry(**shown_refused))
                cursor += 1
                continue
        else:
            # Hidden log entries up to the next visible entry or the next withheld run.
            stop = min(
                tip,
                (next_shown - 1) if next_shown is not None else tip,
                (next_run.first_seq - 1) if next_run is not None else tip,
            )
            hidden = _log_run(conn, device, cursor, stop)
        pending = hidden if pending is None else _join(pending, hidden)
        cursor = hidden.seq + 1
    if pending is not None:
        out.stubs.append(pending)
    return first


def _add_entries(
    conn: Connection, out: Outgoing, device: str, lo: int, hi: int, lines: bool
) -> None:
    for row in conn.execute(
        select(_log)
        .where(_log.c.device_id == device, _log.c.seq >= lo, _log.c.seq <= hi)
        .order_by(_log.c.seq)
    ):
        if lines:
            out.lines.append(entry_line(row))
        else:
            out.entries.append(Entry.from_row(row))


def _log_run(conn: Connection, device: str, lo: int, hi: int) -> Stub:
    """Log entries ``lo``..``hi`` as one withheld run: the link before the first, the
    hash and clock of the last."""
    ends = {
        r.seq: r
        for r in conn.execute(
            select(_log.c.seq, _log.c.hash, _log.c.prev_hash, _log.c.hlc, _log.c.sig).where(
                _log.c.device_id == device, _log.c.seq.in_([lo, hi])
            )
        )
    }
    held = conn.execute(
        select(func.count())
        .select_from(_log)
        .where(_log.c.device_id == device, _log.c.seq >= lo, _log.c.seq <= hi)
    ).scalar()
    if lo not in ends or hi not in ends or held != hi - lo + 1:
        # The chain here has a gap: a database damaged outside Peerview. Sending a run
        # over it would vouch for entries this installation never had.
        raise PeerviewError(
            f"The change log of laptop {id_tail(device)} is missing entries between {lo} and "
            f"{hi}: the database was changed outside Peerview. Nothing was exported; "
            f"restore your newest backup, then export again."
        )
    return Stub(device, hi, ends[hi].hash, ends[lo].prev_hash, ends[hi].hlc, lo, ends[hi].sig)


def _join(before: Stub, after: Stub) -> Stub:
    return Stub(
        before.device_id,
        after.seq,
        after.hash,
        before.prev_hash,
        max(before.hlc, after.hlc),
        before.first_seq,
        after.sig,
    )
