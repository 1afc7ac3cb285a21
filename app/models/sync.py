"""Sync bookkeeping: receipts (synced), and the local tables around bundles.

``sync_receipt`` is the one synced table here: after every import that applied
something, a device records how far it has seen each other device's chain. Receipts
travel in bundles, so they are how a sender learns what a recipient already has
(acknowledgements) and how merge rules tell concurrent entries from ones made after
seeing each other (docs/decisions/0012-merge-and-conflicts.md).

Everything else is local to this installation and never synced: entries held until
their predecessors arrive, chain stubs for withheld entries, conflicts found here,
import reports and sent bundles. Quarantined bundles are files (app/sync/quarantine.py),
so that refusing a bundle never writes to the database.
"""

from __future__ import annotations

from sqlalchemy import Integer, PrimaryKeyConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class SyncReceipt(Synced, Base):
    """One per device (a join id of its device id): how far it has seen every chain."""

    __tablename__ = "sync_receipt"
    __entity__ = "sync_receipt"
    device_id: Mapped[str] = mapped_column(String(36), default="")
    key_id: Mapped[str | None] = mapped_column(String(80), default=None, index=True)
    # Canonical JSON: device id -> highest contiguous sequence number seen.
    seen: Mapped[str] = mapped_column(Text, default="{}")


class SyncDenied(Base):
    """An entry denied at merge by the authority rules (its author may not do what it
    does, or was revoked before it): it keeps its place in its device's chain as a
    withheld run of one, and the entry itself waits here, with the reason, for a person
    to read (schema step 10, decision 0030). Unlike `SyncRefused` (a line its author's
    laptop never vouched for, decision 0028), this entry is genuine: it travels on in
    full so every laptop judges it itself."""

    __tablename__ = "sync_denied"
    __table_args__ = (PrimaryKeyConstraint("device_id", "seq"),)
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)  # canonical JSON of the entry
    reason: Mapped[str] = mapped_column(Text, default="")
    import_id: Mapped[str | None] = mapped_column(String(36), default=None)
    refused_at: Mapped[str] = mapped_column(String(32), default="")


class SyncFork(Base):
    """An entry of another history of a chain already here, written by the chain's own
    laptop (a data folder copied and opened twice, say): genuine, signed, and never
    applied as it stands, since its place in the chain is taken. It is kept whole, with
    its text, until a person takes it in or sets it aside (``app/sync/forks.py``,
    decision 0029), so nothing anyone typed is lost to a fork."""

    __tablename__ = "sync_fork"
    __table_args__ = (PrimaryKeyConstraint("device_id", "seq", "hash"),)
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)  # canonical JSON of the entry
    bundle_id: Mapped[str] = mapped_column(String(36), default="")
    kept_at: Mapped[str] = mapped_column(String(32), default="")


class SyncHeld(Base):
    """An entry (or withheld stub) that arrived before its predecessors."""

    __tablename__ = "sync_held"
    __table_args__ = (PrimaryKeyConstraint("device_id", "seq"),)
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(8))  # entry | stub
    body: Mapped[str] = mapped_column(Text)  # canonical JSON of the entry or stub
    reason: Mapped[str] = mapped_column(Text, default="")
    import_id: Mapped[str | None] = mapped_column(String(36), default=None)
    held_at: Mapped[str] = mapped_column(String(32), default="")


class SyncWithheld(Base):
    """A run of entries this installation may not read (another review's, or a
    safeguarding concern for someone else), ``first_seq`` to ``seq`` of one device's
    chain: the link before the first and the last one's hash keep the sender's chain
    verifiable (docs/decisions/0013-withheld-entries.md)."""

    __tablename__ = "sync_withheld"
    __table_args__ = (PrimaryKeyConstraint("device_id", "seq"),)
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)  # the run's last entry
    hash: Mapped[str] = mapped_column(String(64))  # the last entry's
    prev_hash: Mapped[str] = mapped_column(String(64))  # the link before the first entry
    hlc: Mapped[str] = mapped_column(String(24), default="")  # the last entry's clock
    first_seq: Mapped[int] = mapped_column(Integer)
    # The head signature of the last entry, when a chain ends with this run (decision 0028).
    sig: Mapped[str | None] = mapped_column(Text, default=None)


class SyncRefused(Base):
    """An entry a bundle carried that its author's laptop did not vouch for (forged,
    altered, or claiming another author): never applied, kept here to be seen."""

    __tablename__ = "sync_refused"
    __table_args__ = (PrimaryKeyConstraint("device_id", "seq", "hash"),)
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    author_key_id: Mapped[str] = mapped_column(String(80), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    bundle_id: Mapped[str] = mapped_column(String(36), default="")
    sender_key_id: Mapped[str] = mapped_column(String(64), default="")
    refused_at: Mapped[str] = mapped_column(String(32), default="")


class SyncConflict(Base):
    """Concurrent changes found here. Whether one is still open is worked out from the
    log (app/sync/conflicts.py), so every replica agrees once it holds the same entries."""

    __tablename__ = "sync_conflict"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # field | edit_delete
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    prior_ref: Mapped[str | None] = mapped_column(String(48), default=None)
    refs: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of "device:seq"
    detected_at: Mapped[str] = mapped_column(String(32), default="")
    import_id: Mapped[str | None] = mapped_column(String(36), default=None)


class SyncImport(Base):
    """The import report: what one bundle did here. The audit trail keeps every one."""

    __tablename__ = "sync_import"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(36), index=True)
    sender_key_id: Mapped[str] = mapped_column(String(64), default="")
    sender_name: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[str] = mapped_column(String(32), default="")
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    held: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    withheld: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[str] = mapped_column(Text, default="{}")  # JSON: lists for the GUI


class SyncSent(Base):
    """A bundle this installation wrote: to whom, when, and which entries."""

    __tablename__ = "sync_sent"
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    review_id: Mapped[str] = mapped_column(String(36), index=True)
    recipients: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of key ids
    ranges: Mapped[str] = mapped_column(Text, default="{}")  # JSON: device -> [first, last]
    file_name: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[str] = mapped_column(String(32), default="")
    full: Mapped[bool] = mapped_column(default=False)
    entries: Mapped[int] = mapped_column(Integer, default=0)
