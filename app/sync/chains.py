"""Vouching for what a bundle carries: every entry by its author's laptop, through relays.

A bundle's own signature says only who sent it. Here each line (entry or withheld run)
must link, hash by hash, to a chain head signed by the laptop that wrote it (or, for a
chain written before that laptop had a certificate, to the position its certificate
declares), and every entry must name as its author the identity that laptop's
certificate names. A line that fails is refused with its reason and left out; nothing
else in the bundle waits on it except the entries after it in the same chain, which are
held until the genuine entry arrives (decision 0028).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.models import ChangeLogEntry, SyncFork, SyncRefused, SyncWithheld, table
from app.services import chainkeys
from app.services.changelog import GENESIS, LEGACY_ERASED, Entry, canonical_json
from app.sync.withheld import Stub

_refused = table(SyncRefused)
_log = table(ChangeLogEntry)
_withheld = table(SyncWithheld)
_fork_table = table(SyncFork)
MAX_CERTIFICATES = 10_000
_REFUSALS_KEPT = 10_000  # rows written per bundle: a hostile bundle cannot flood the table
FORKED = (
    "another history of a chain already here (a data folder copied or restored and used "
    "twice); kept to be taken in (peerview sync forks), and the rest of the bundle was imported"
)


@dataclass(frozen=True)
class Refusal:
    device_id: str
    seq: int
    hash: str
    author_key_id: str
    reason: str
    # A genuine entry of another history of a chain here (its laptop's own signature):
    # kept whole, with its text, in ``sync_fork`` until a person takes it in.
    kept: Entry | None = None


@dataclass
class Vouched:
    entries: list[Entry] = field(default_factory=list)
    stubs: list[Stub] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    certificates: list[dict[str, Any]] = field(default_factory=list)  # new here


@dataclass(frozen=True)
class _Claim:
    """How a chain's lines are vouched for: a signing key, or a declared last position."""

    key_id: str
    public: Any = None  # the laptop key of a certified chain
    last: tuple[int, str] | None = None  # (seq, hash) a certificate declares for a chain


def _certificates(
    conn: Connection, carried: Any
) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    known = chainkeys.known_certificates(conn)
    new: list[dict[str, Any]] = []
    if isinstance(carried, list):
        for cert in carried[:MAX_CERTIFICATES]:
            if chainkeys.check_certificate(cert) is not None:
                continue  # a damaged certificate vouches for nothing; its lines are refused
            if cert["device_id"] in known:
                continue  # a laptop's first certificate stays
            known[cert["device_id"]] = cert
            new.append(cert)
    return known, new


def _claims(certs: dict[str, dict[str, Any]]) -> dict[str, list[_Claim]]:
    claims: dict[str, list[_Claim]] = {}
    for device, cert in certs.items():
        claims.setdefault(device, []).append(
            _Claim(cert["key_id"], public=chainkeys.device_public_key(cert))
        )
    for cert in certs.values():
        for device, (seq, hash_) in cert["previous"].items():
            if device not in certs:
                claims.setdefault(device, []).append(_Claim(cert["key_id"], last=(seq, hash_)))
    return claims


def _first(item: Entry | Stub) -> int:
    return item.first_seq if isinstance(item, Stub) else item.seq


def _content_ok(item: Entry | Stub) -> bool:
    if isinstance(item, Stub):
        return True
    if item.erased and LEGACY_ERASED in item.erased:
        return False
    return item.compute_hash() == item.hash


def _stored(conn: Connection, device: str, items: list[Entry | Stub]) -> dict[int, str]:
    """seq -> hash of what this database already holds of the chain over these lines:
    it was vouched for when it arrived (or written here), so it vouches in turn."""
    lo, hi = _first(items[0]) - 1, items[-1].seq
    out: dict[int, str] = {0: GENESIS}
    for tbl in (_log, _withheld):
        for seq, hash_ in conn.execute(
            select(tbl.c.seq, tbl.c.hash).where(
                tbl.c.device_id == device, tbl.c.seq >= lo, tbl.c.seq <= hi
            )
        ):
            out[int(seq)] = hash_
    return out


def _walk(
    device: str,
    items: list[Entry | Stub],
    claim: _Claim,
    bad: dict[tuple[str, int], str],
    stored: dict[int, str],
) -> dict[int, str]:
    """Position in ``items`` -> why it is refused under this claim (absent: vouched)."""
    problems: dict[int, str] = {}
    carried = False
    for i in range(len(items) - 1, -1, -1):
        item = items[i]
        if i + 1 < len(items):
            after = items[i + 1]
            linked = _first(after) == item.seq + 1 and after.prev_hash == item.hash
            carried = carried and linked
        else:
            carried = False
        signed = stored.get(item.seq) == item.hash
        if not signed and claim.public is not None:
            signed = chainkeys.head_ok(claim.public, device, item.seq, item.hash, item.sig)
        elif not signed:
            assert claim.last is not None
            if item.seq > claim.last[0]:
                problems[i] = "written after its laptop moved on to a certified chain (forged)"
                carried = False
                continue
            signed = (item.seq, item.hash) == claim.last
        if (device, item.seq) in bad:
            problems[i] = bad[(device, item.seq)]
            carried = False
            continue
        if not _content_ok(item):
            problems[i] = "its content does not match its hash (altered)"
            carried = False
            continue
        vouched = signed or carried
        if not vouched:
            problems[i] = "not vouched for by a signature of the laptop that wrote it (forged)"
        elif isinstance(item, Entry) and item.author_key_id not in (
            claim.key_id,
            f"device:{device}",
        ):
            problems[i] = "it names an author other than the owner of the laptop that wrote it"
        carried = vouched
    return problems


def _fork(items: list[Entry | Stub], stored: dict[int, str]) -> int | None:
    """Where these lines leave the history this database holds of their chain, if they
    do: from there on they are another branch, refused without refusing the bundle."""
    before = stored.get(_first(items[0]) - 1)
    if before is not None and items[0].prev_hash != before:
        return 0
    for i, item in enumerate(items):
        here = stored.get(item.seq)
        if here is not None and here != item.hash:
            return i
    return None


def vouch(
    conn: Connection,
    entries: list[Entry],
    stubs: list[Stub],
    carried: Any,
    malformed: dict[tuple[str, int], str] | None = None,
) -> Vouched:
    """Split a bundle's lines into those their authors' laptops vouch for and refusals."""
    certs, new = _certificates(conn, carried)
    claims = _claims(certs)
    by_device: dict[str, list[Entry | Stub]] = {}
    lines: list[Entry | Stub] = [*entries, *stubs]
    for item in lines:
        by_device.setdefault(item.device_id, []).append(item)
    out = Vouched(certificates=new)
    for device, items in by_device.items():
        items.sort(key=_first)
        forked: set[int] = set()
        device_claims = claims.get(device, [])
        if not device_claims:
            problems = {
                i: "no certificate vouches for the laptop that wrote it" for i in range(len(items))
            }
        else:
            # Accepted when any claim on the chain vouches for it (a chain written before
            # its laptop's certificate may be declared by the certificate that followed).
            bad = malformed or {}
            stored = _stored(conn, device, items)
            problems = _walk(device, items, device_claims[0], bad, stored)
            for claim in device_claims[1:]:
                if not problems:
                    break
                more = _walk(device, items, claim, bad, stored)
                problems = {i: r for i, r in problems.items() if i in more}
            fork = _fork(items, stored)
            if fork is not None:
                for i in range(fork, len(items)):
                    if i not in problems:
                        problems[i] = FORKED
                        forked.add(i)
        for i, item in enumerate(items):
            if i in problems:
                author = item.author_key_id if isinstance(item, Entry) else ""
                kept = item if i in forked and isinstance(item, Entry) else None
                out.refused.append(
                    Refusal(device, item.seq, item.hash, author or "", problems[i], kept)
                )
            elif isinstance(item, Entry):
                out.entries.append(item)
            else:
                out.stubs.append(item)
    return out


def record(conn: Connection, vouched: Vouched, bundle_id: str, sender_key_id: str) -> None:
    """Keep the certificates learnt and the refusals, to be seen (``sync refused``)."""
    chainkeys.remember(conn, vouched.certificates)
    if not vouched.refused:
        return
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    kept = [r.kept for r in vouched.refused[:_REFUSALS_KEPT] if r.kept is not None]
    if kept:
        conn.execute(
            sqlite_insert(_fork_table).on_conflict_do_nothing(),
            [
                {
                    "device_id": e.device_id,
                    "seq": e.seq,
                    "hash": e.hash,
                    "body": canonical_json(asdict(e)),
                    "bundle_id": bundle_id[:36],
                    "kept_at": now,
                }
                for e in kept
            ],
        )
    conn.execute(
        sqlite_insert(_refused).on_conflict_do_nothing(),
        [
            {
                "device_id": r.device_id[:36],
                "seq": r.seq,
                "hash": r.hash[:64],
                "author_key_id": r.author_key_id[:80],
                "reason": r.reason,
                "bundle_id": bundle_id[:36],
                "sender_key_id": sender_key_id,
                "refused_at": now,
            }
            for r in vouched.refused[:_REFUSALS_KEPT]
        ],
    )
