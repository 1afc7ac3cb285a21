"""Another history of a chain, kept whole and taken in by a person (decision 0029).

A laptop whose data folder was copied, or restored, and then used twice can write two
histories of one chain before either copy notices. Both are genuine: the laptop's own
key signed them. A receiver applies the first it meets; the entries of the second
cannot take the same places in the chain, so they wait in ``sync_fork`` with their text,
listed in words (``peerview sync forks``, the Sync page), until a person takes them in
or sets them aside.

Taking a history in writes its changes again as this laptop's own edits, in the order
they were made, under the same rules as any local edit (so a reviewer cannot take in a
lead's changes). A change is taken only where it does not overwrite anything: a new
record, or a field nobody here changed since the version the other history changed it
from (a three-way merge against the history the two branches share). Any other change
stays kept, listed with its text, for a person to copy in by hand or set aside; nothing
typed on either copy is lost.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, delete, select

from app.models import TABLES, SyncFork, table
from app.services.changelog import Entry, field_versions
from app.services.errors import NotFoundError
from app.services.store import Store
from app.sync.fields import entry_problem
from app.sync.laptops import LaptopNames

_fork = table(SyncFork)
# Bookkeeping that only ever describes the laptop that wrote it: never written again here.
_NOT_TAKEN = frozenset({"sync_receipt"})
_TEXT_FIELDS = ("text", "title", "action", "name", "focus", "note", "headline")
_WORDS = 8
_AFTER_ANY_CUTOFF = 2**62


@dataclass(frozen=True)
class OtherHistory:
    device_id: str
    laptop: str  # as people know it: "Amir Haddad's laptop (…5b7d3e)"
    first_seq: int
    changes: list[str]  # each in words: "evidence note: “The children in Year 4 …”"
    whole: list[str] = field(default_factory=list)  # the same with every word of the text


@dataclass
class Taken:
    laptop: str
    taken: int = 0
    left: list[str] = field(default_factory=list)  # in words, with why


def _entry(row: Any) -> Entry | None:
    try:
        data = json.loads(row.body)
        entry = Entry(**data)
    except (ValueError, TypeError):
        return None
    if entry.compute_hash() != row.hash or entry_problem(entry) is not None:
        return None  # never applied: it is not what its laptop signed, or not valid here
    return entry


def describe(entry: Entry, words: int | None = _WORDS) -> str:
    """A change in words: the kind of record and the first ``words`` of its text (all of
    it with None, for a person to copy in by hand)."""
    kind = entry.entity.replace("_", " ")
    if entry.op == "delete":
        return f"{kind} deleted"
    for name in _TEXT_FIELDS:
        value = entry.fields.get(name)
        if isinstance(value, str) and value.strip():
            split = value.split()
            if words is None:
                shown = value
            else:
                shown = " ".join(split[:words]) + (" …" if len(split) > words else "")
            return f"{kind}: “{shown}”"
    return f"{kind} changed ({', '.join(sorted(entry.fields)) or 'no fields'})"


def _kept(conn: Connection, device_id: str | None = None) -> list[tuple[Any, Entry | None]]:
    query = select(_fork).order_by(_fork.c.device_id, _fork.c.seq, _fork.c.hash)
    if device_id is not None:
        query = query.where(_fork.c.device_id == device_id)
    return [(row, _entry(row)) for row in conn.execute(query)]


def other_histories(store: Store, conn: Connection) -> list[OtherHistory]:
    """Every other history kept here, a laptop at a time, its changes in words."""
    names = LaptopNames(store, conn)
    out: dict[str, OtherHistory] = {}
    for row, entry in _kept(conn):
        history = out.get(row.device_id)
        if history is None:
            history = out[row.device_id] = OtherHistory(
                row.device_id, names.name(row.device_id), row.seq, []
            )
        if entry is None:
            said = f"entry {row.seq}: damaged, cannot be taken in"
            history.changes.append(said)
            history.whole.append(said)
        elif entry.entity not in _NOT_TAKEN:
            history.changes.append(describe(entry))
            history.whole.append(describe(entry, None))
    return list(out.values())


def find(store: Store, conn: Connection, laptop: str) -> OtherHistory:
    """The kept history of the laptop named by its device id or any unique end of it."""
    histories = other_histories(store, conn)
    wanted = laptop.strip().lstrip("…").lower()
    matches = [h for h in histories if wanted and h.device_id.lower().endswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if not histories:
        raise NotFoundError("No other history of any laptop's chain is kept here.")
    listed = "; ".join(f"{h.laptop}: {h.device_id[-6:]}" for h in histories)
    raise NotFoundError(
        f"'{laptop}' names {'more than one' if matches else 'none'} of the histories kept "
        f"here. Give the last characters of one laptop's id: {listed}."
    )


def _version(conn: Connection, entry: Entry) -> dict[str, str]:
    return {
        name: f"{row.device_id}:{row.seq}"
        for name, row in field_versions(conn, entry.entity, entry.entity_id).items()
    }


def take(store: Store, device_id: str) -> Taken:
    """Write the kept history of ``device_id`` again as this laptop's edits, wherever it
    overwrites nothing; what is not taken stays kept. One transaction: a change this
    laptop may not make (a lead's change, on a reviewer's laptop) stops it whole."""
    with store.write() as tx:
        conn = tx.conn
        rows = _kept(conn, device_id)
        if not rows:
            raise NotFoundError("No other history of that laptop's chain is kept here.")
        result = Taken(LaptopNames(store, conn).name(device_id))
        first = min(row.seq for row, _ in rows)
        # Versions made by the other history, and where their values now live here.
        moved: dict[str, str | None] = {}
        done: list[Any] = []
        for row, entry in rows:
            if entry is None:
                continue
            if entry.entity in _NOT_TAKEN:
                done.append(row)
                continue
            # Its positions repeat those the accepted history holds, under any cut-off: a
            # revoked key's other history is not taken at all.
            revoked = tx.authority().revoked_on_its_review(replace(entry, seq=_AFTER_ANY_CUTOFF))
            if revoked:
                result.left.append(f"{describe(entry, None)}: not taken, {revoked}")
                continue
            wanted, left = _mergeable(conn, entry, device_id, first, moved)
            if left:
                result.left.append(f"{describe(entry, None)}: {left}")
            if entry.op == "delete" and wanted:
                written = tx.delete(entry.entity, entry.entity_id)
            elif wanted:
                written = tx.upsert(entry.entity, entry.entity_id, wanted)
            else:
                written = None
            moved[entry.ref] = written.ref if written is not None else None
            result.taken += bool(wanted)
            if not left:
                done.append(row)
        for row in done:
            conn.execute(
                delete(_fork).where(
                    _fork.c.device_id == row.device_id,
                    _fork.c.seq == row.seq,
                    _fork.c.hash == row.hash,
                )
            )
    return result


def _mergeable(
    conn: Connection, entry: Entry, device_id: str, first: int, moved: dict[str, str | None]
) -> tuple[dict[str, Any], str]:
    """The fields of ``entry`` that overwrite nothing here, and why any others are not."""
    current = _version(conn, entry)
    exists = conn.execute(
        select(TABLES[entry.entity].c.id).where(TABLES[entry.entity].c.id == entry.entity_id)
    ).first()
    if exists is None:
        if entry.creates:
            return dict(entry.fields), ""
        return {}, "its record is not here (it was made in a history not kept)"
    names = ["deleted"] if entry.op == "delete" else list(entry.fields)
    wanted: dict[str, Any] = {}
    clashed: list[str] = []
    for name in names:
        prior = entry.prior.get(name)
        if prior is not None and _branch_ref(prior, device_id, first):
            expected = moved.get(prior)  # where that version was written here, if it was
        else:
            expected = prior  # a version both histories share
        if current.get(name) == expected:
            if entry.op != "delete":
                wanted[name] = entry.fields[name]
            else:
                wanted[name] = True
        else:
            clashed.append(name.replace("_", " "))
    if clashed:
        return wanted, f"not taken, changed here since ({', '.join(clashed)})"
    return wanted, ""


def _branch_ref(ref: str, device_id: str, first: int) -> bool:
    device, _, seq = ref.rpartition(":")
    return device == device_id and seq.isdigit() and int(seq) >= first


def set_aside(store: Store, device_id: str) -> int:
    """Drop the kept history of ``device_id`` (a person read it and chose to): returns
    how many entries went."""
    with store.write() as tx:
        gone = tx.conn.execute(delete(_fork).where(_fork.c.device_id == device_id))
    return int(gone.rowcount or 0)
