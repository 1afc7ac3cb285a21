"""The partnership record: its member schools, the agreed protocol, shared priorities and
each school's blocked dates (decision 0041).

The partnership's lead is whoever created its record (the authority rule,
``app/services/authority.py``); only the lead's laptop writes the record, and it reaches
the schools with every bundle of a review in the partnership (``app/sync/scope.py``).
The roster of keys (``app/services/roster.py``) says whom the partnership trusts; this
record says what the partnership is. Services refuse a write on a member's laptop before
anything is written, naming who may; a forged entry is refused at merge by the same rule.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from app.models import BlockedDate, Partnership, PartnershipPriority, School, table
from app.services.authority import Authority
from app.services.errors import NotFoundError, PeerviewError
from app.services.identity import get_identity, trusted_people
from app.services.roster import SIGNER_ROLE
from app.services.search import query_terms
from app.services.store import ChangeSet, Store, Tx
from app.services.textfold import fold

PHASES = (
    "nursery",
    "infant",
    "junior",
    "primary",
    "middle",
    "secondary",
    "all-through",
    "special",
    "alternative provision",
)
MAX_PRIORITIES = 3  # "two or three shared priorities a year"
YEAR = re.compile(r"^(\d{4})-(\d{2})$")

_p, _school = table(Partnership), table(School)
_priority, _blocked = table(PartnershipPriority), table(BlockedDate)


@dataclass(frozen=True)
class MemberSchool:
    id: str
    name: str
    phase: str
    pupils: int | None
    authority: str
    headteacher: str
    contact: str
    protocol_agreed_on: str
    blocked: list[tuple[str, str, str]] = field(default_factory=list)  # first, last, reason
    keys: list[str] = field(default_factory=list)  # trusted people at the school (roster)


@dataclass(frozen=True)
class PartnershipRecord:
    id: str
    name: str
    purpose: str
    confidentiality: str
    data_sharing: str
    lead_here: bool  # this laptop writes the record
    schools: list[MemberSchool]
    priorities: dict[str, list[str]]  # academic year -> texts


def iso_day(value: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise PeerviewError(f"{what} '{value}' is not a date; write it as YYYY-MM-DD.") from exc


# ---------------------------------------------------------------------- who and which
def resolve(conn: Connection, given: str | None = None) -> tuple[str, str]:
    """(id, name) of the partnership ``given`` names (its name, the start of it, or its
    id), or of the only one this installation holds."""
    rows = conn.execute(
        select(_p.c.id, _p.c.name).where(_p.c.deleted.is_(False)).order_by(_p.c.name)
    ).all()
    if not rows:
        raise NotFoundError(
            "This installation holds no partnership yet.",
            hint_cli="The partnership lead creates it: peerview partnership create NAME",
            hint_gui="The partnership lead creates it; a member school receives it by sync.",
        )
    if given:
        want = fold(given.strip())
        rows = [r for r in rows if r.id.startswith(given.strip()) or names_match(want, r.name)]
        if not rows:
            raise NotFoundError(
                f"No partnership here is called '{given}'.",
                hint_cli="See: peerview partnership show",
            )
    if len(rows) > 1:
        names = ", ".join(f"'{r.name}'" for r in rows)
        raise PeerviewError(
            f"This installation holds several partnerships ({names}); say which.",
            hint_cli="Add --partnership NAME.",
        )
    return str(rows[0].id), str(rows[0].name)


def is_lead(tx_or_store: Tx | Store, partnership_id: str) -> bool:
    """Whether this laptop (its identity, or the laptop itself) created the record."""
    if isinstance(tx_or_store, Tx):
        store = tx_or_store.store
        return tx_or_store.authority().leads_partnership(
            partnership_id, store.author_key_id, store.device_id
        )
    store = tx_or_store
    with store.read() as conn:
        return Authority(conn, store.device_id).leads_partnership(
            partnership_id, store.author_key_id, store.device_id
        )


def require_lead(tx: Tx, partnership_id: str, name: str) -> None:
    """Refuse, before anything is written, a change on a laptop that is not the lead's."""
    if not is_lead(tx, partnership_id):
        raise PeerviewError(
            f"Only the partnership lead changes the partnership '{name}', on the laptop that "
            "created it; this laptop receives the record by sync. Nothing was changed.",
            hint_cli="Ask the partnership lead to make the change and send a bundle.",
            hint_gui="Ask the partnership lead to make the change and send it to you.",
        )


@contextmanager
def lead_write(store: Store, partnership: str | None) -> Iterator[tuple[Tx, str, str]]:
    """A write to the partnership record: (the transaction, its id, its name), refused
    before anything is written on a laptop that is not its lead's."""
    with store.write() as tx:
        pid, pname = resolve(tx.conn, partnership)
        require_lead(tx, pid, pname)
        yield tx, pid, pname


def resolve_school(conn: Connection, partnership_id: str, given: str) -> tuple[str, str]:
    """(id, name) of a member school, by its name (folded: 'lodz' finds 'Łódź') or the
    start of it."""
    rows = conn.execute(
        select(_school.c.id, _school.c.name).where(
            _school.c.partnership_id == partnership_id, _school.c.deleted.is_(False)
        )
    ).all()
    want = fold(given.strip())
    exact = [r for r in rows if fold(r.name) == want or r.id == given.strip()]
    found = exact or [r for r in rows if names_match(given, r.name)]
    if not found:
        raise NotFoundError(
            f"No member school is called '{given}'.",
            hint_cli="See: peerview partnership show",
        )
    if len(found) > 1:
        names = ", ".join(r.name for r in found)
        raise PeerviewError(f"'{given}' matches several schools ({names}); give more of the name.")
    return str(found[0].id), str(found[0].name)


def names_match(given: str, name: str) -> bool:
    """Every word given starts a word of the name, folded: 'lodz' finds 'Ysgol Łódź'."""
    terms, words = query_terms(given), query_terms(name)
    return bool(terms) and all(any(w.startswith(t) for w in words) for t in terms)


# ---------------------------------------------------------------------- writes
def create(store: Store, name: str) -> tuple[str, ChangeSet]:
    """Create the partnership record on this laptop, which becomes its lead's."""
    if not name.strip():
        raise PeerviewError("Give the partnership a name.")
    own = get_identity(store)
    if own is not None and own.role != SIGNER_ROLE:
        raise PeerviewError(
            f"The partnership lead creates the partnership record, and {own.name}'s role is "
            f"'{own.role}'. The lead creates it on their own laptop and sends it round."
        )
    with store.write() as tx:
        taken = tx.conn.execute(select(_p.c.name).where(_p.c.deleted.is_(False))).scalars()
        if fold(name.strip()) in {fold(n) for n in taken}:
            raise PeerviewError(f"There is already a partnership called '{name.strip()}' here.")
        new_id = tx.create("partnership", {"name": name.strip()})
    return new_id, tx.changes


def add_school(
    store: Store,
    partnership: str | None,
    name: str,
    phase: str,
    *,
    pupils: int | None = None,
    authority: str = "",
    headteacher: str = "",
    contact: str = "",
) -> tuple[str, ChangeSet]:
    name, phase = name.strip(), phase.strip().lower()
    if not name:
        raise PeerviewError("A school needs a name.")
    if phase not in PHASES:
        raise PeerviewError(
            f"'{phase}' is not a phase Peerview knows.",
            hint_cli=f"Use one of: {', '.join(PHASES)}.",
            hint_gui="Choose the phase from the list.",
        )
    if pupils is not None and not 0 < pupils <= 10_000:
        raise PeerviewError(f"A school of {pupils} pupils? Give the number on roll (1 to 10,000).")
    with lead_write(store, partnership) as (tx, pid, pname):
        names = tx.conn.execute(
            select(_school.c.name).where(
                _school.c.partnership_id == pid, _school.c.deleted.is_(False)
            )
        ).scalars()
        if fold(name) in {fold(n) for n in names}:
            raise PeerviewError(f"{name} is already a member of {pname}.")
        new_id = tx.create(
            "school",
            {
                "partnership_id": pid,
                "name": name,
                "phase": phase,
                "pupils": pupils,
                "authority": authority.strip(),
                "headteacher": headteacher.strip(),
                "contact": contact.strip(),
            },
        )
    return new_id, tx.changes


def set_protocol(
    store: Store,
    partnership: str | None,
    *,
    purpose: str | None = None,
    confidentiality: str | None = None,
    data_sharing: str | None = None,
) -> ChangeSet:
    """The agreed protocol: why the schools work together, who sees a review's report,
    and what data they share."""
    wanted = {
        k: v.strip()
        for k, v in (
            ("purpose", purpose),
            ("confidentiality", confidentiality),
            ("data_sharing", data_sharing),
        )
        if v is not None
    }
    with lead_write(store, partnership) as (tx, pid, _pname):
        if wanted:
            tx.upsert("partnership", pid, wanted)
    return tx.changes


def record_agreement(store: Store, partnership: str | None, school: str, on: str) -> ChangeSet:
    """The day the school's head agreed the protocol."""
    day = iso_day(on, "The day the head agreed")
    with lead_write(store, partnership) as (tx, pid, _pname):
        sid, _ = resolve_school(tx.conn, pid, school)
        tx.upsert("school", sid, {"protocol_agreed_on": day.isoformat()})
    return tx.changes


def add_priority(store: Store, partnership: str | None, year: str, text: str) -> ChangeSet:
    match = YEAR.match(year.strip())
    if not match or (int(match[1]) + 1) % 100 != int(match[2]):
        raise PeerviewError(
            f"'{year}' is not an academic year; write it as 2026-27.",
        )
    if not text.strip():
        raise PeerviewError("Say what the shared priority is.")
    with lead_write(store, partnership) as (tx, pid, pname):
        held = tx.conn.execute(
            select(_priority.c.id).where(
                _priority.c.partnership_id == pid,
                _priority.c.year == year.strip(),
                _priority.c.deleted.is_(False),
            )
        ).all()
        if len(held) >= MAX_PRIORITIES:
            raise PeerviewError(
                f"{pname} already shares {len(held)} priorities for {year.strip()}; a "
                f"partnership keeps to {MAX_PRIORITIES} a year. Remove one first."
            )
        tx.create(
            "partnership_priority", {"partnership_id": pid, "year": year.strip(), "text": text}
        )
    return tx.changes


def block_dates(
    store: Store, partnership: str | None, school: str, first: str, last: str, reason: str = ""
) -> ChangeSet:
    """Days the school can neither host nor send reviewers."""
    a = iso_day(first, "The first blocked day")
    b = iso_day(last or first, "The last blocked day")
    if b < a:
        raise PeerviewError(f"The blocked dates end ({b}) before they start ({a}).")
    with lead_write(store, partnership) as (tx, pid, _pname):
        sid, _ = resolve_school(tx.conn, pid, school)
        tx.create(
            "blocked_date",
            {
                "partnership_id": pid,
                "school_id": sid,
                "first_day": a.isoformat(),
                "last_day": b.isoformat(),
                "reason": reason.strip(),
            },
        )
    return tx.changes


# ---------------------------------------------------------------------- reads
def record(store: Store, partnership: str | None = None) -> PartnershipRecord:
    with store.read() as conn:
        pid, _ = resolve(conn, partnership)
    lead_here = is_lead(store, pid)
    people = trusted_people(store)
    with store.read() as conn:
        row = conn.execute(select(_p).where(_p.c.id == pid)).one()
        blocked: dict[str, list[tuple[str, str, str]]] = {}
        for b in conn.execute(
            select(_blocked)
            .where(_blocked.c.partnership_id == pid, _blocked.c.deleted.is_(False))
            .order_by(_blocked.c.first_day)
        ):
            blocked.setdefault(b.school_id, []).append((b.first_day, b.last_day, b.reason))
        schools = [
            MemberSchool(
                s.id,
                s.name,
                s.phase,
                s.pupils,
                s.authority,
                s.headteacher,
                s.contact,
                s.protocol_agreed_on,
                blocked.get(s.id, []),
                sorted(
                    p.card.name
                    for p in people
                    if not p.revoked and fold(p.card.school) == fold(s.name)
                ),
            )
            for s in conn.execute(
                select(_school)
                .where(_school.c.partnership_id == pid, _school.c.deleted.is_(False))
                .order_by(_school.c.name)
            )
        ]
        wanted = priorities(conn, pid)
    return PartnershipRecord(
        pid,
        row.name,
        row.purpose,
        row.confidentiality,
        row.data_sharing,
        lead_here,
        schools,
        wanted,
    )


def priorities(conn: Connection, partnership_id: str) -> dict[str, list[str]]:
    """The shared priorities, academic year -> texts, in the order they were added."""
    out: dict[str, list[str]] = {}
    for p in conn.execute(
        select(_priority.c.year, _priority.c.text)
        .where(_priority.c.partnership_id == partnership_id, _priority.c.deleted.is_(False))
        .order_by(_priority.c.year, _priority.c.id)
    ):
        out.setdefault(p.year, []).append(p.text)
    return out


def school_names(conn: Connection, partnership_id: str, *, live: bool = False) -> dict[str, str]:
    """Member school id -> name (``live``: leaving out schools that were removed)."""
    query = select(_school.c.id, _school.c.name).where(_school.c.partnership_id == partnership_id)
    if live:
        query = query.where(_school.c.deleted.is_(False))
    return {str(r.id): str(r.name) for r in conn.execute(query)}


def blocked_spans(
    conn: Connection, partnership_id: str
) -> dict[str, list[tuple[dt.date, dt.date]]]:
    out: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for b in conn.execute(
        select(_blocked.c.school_id, _blocked.c.first_day, _blocked.c.last_day).where(
            _blocked.c.partnership_id == partnership_id, _blocked.c.deleted.is_(False)
        )
    ):
        out.setdefault(b.school_id, []).append(
            (dt.date.fromisoformat(b.first_day), dt.date.fromisoformat(b.last_day))
        )
    return out
