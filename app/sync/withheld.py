"""Withheld runs: stretches of a device's chain this installation may not read (another
review's entries, or a safeguarding concern for someone else), kept as their positions and
the hashes at their ends (docs/decisions/0013-withheld-entries.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from app.models import ChangeLogEntry, SyncWithheld, table

_log = table(ChangeLogEntry)
_withheld = table(SyncWithheld)

INSERT_RUN = (
    "INSERT INTO sync_withheld (device_id, seq, hash, prev_hash, hlc, first_seq, sig) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(frozen=True)
class Stub:
    """A run of withheld entries, ``first_seq`` to ``seq`` of one device's chain: only
    what keeps that chain verifiable. ``prev_hash`` is the link before the first entry,
    ``hash`` the last entry's and ``hlc`` its clock (decision 0013). A run of one is a
    single stub; format 1 bundles and older held rows carry no ``first_seq``."""

    device_id: str
    seq: int
    hash: str
    prev_hash: str
    hlc: str
    first_seq: int = 0
    sig: str | None = None  # the head signature of the last entry, when it has one

    def __post_init__(self) -> None:
        if not self.first_seq:
            object.__setattr__(self, "first_seq", self.seq)

    @property
    def ref(self) -> str:
        return f"{self.device_id}:{self.seq}"

    @property
    def size(self) -> int:
        return self.seq - self.first_seq + 1


def hash_at(conn: Connection, device: str, seq: int) -> str | None:
    """The hash of entry ``seq`` of a device when this database records it exactly: a
    log entry, or the last entry of a withheld run."""
    for tbl in (_log, _withheld):
        found = conn.execute(
            select(tbl.c.hash).where(tbl.c.device_id == device, tbl.c.seq == seq)
        ).scalar()
        if found is not None:
            return str(found)
    return None


def covering_run(conn: Connection, device: str, seq: int) -> Stub | None:
    """The withheld run here that includes entry ``seq`` of a device, if there is one."""
    row = conn.execute(
        select(_withheld)
        .where(_withheld.c.device_id == device, _withheld.c.seq >= seq)
        .order_by(_withheld.c.seq)
        .limit(1)
    ).first()
    if row is None or row.first_seq > seq:
        return None
    return Stub(row.device_id, row.seq, row.hash, row.prev_hash, row.hlc, row.first_seq, row.sig)
