"""The change log and the local bookkeeping around it.

``change_log`` is the source of truth; every other synced table is its materialised
result. ``field_version`` remembers which log entry last set each field, which is
the "version before the change" that later entries record (and that sync compares
to detect concurrent edits). ``device_state`` holds this device's clock and chain head.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, PrimaryKeyConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class ChangeLogEntry(Base):
    __tablename__ = "change_log"
    __table_args__ = (
        PrimaryKeyConstraint("device_id", "seq"),
        # The entries of a few kinds in clock order, which every write's authority check
        # reads (schema step 17): without it that read scanned the whole log.
        Index("ix_change_log_entity_hlc", "entity", "hlc", "device_id"),
    )
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(24), index=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(8))  # upsert | delete
    fields: Mapped[str] = mapped_column(Text)  # canonical JSON: field -> new value
    prior: Mapped[str] = mapped_column(Text)  # canonical JSON: field -> "device:seq" or null
    author_key_id: Mapped[str | None] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # Entry format 2 (decision 0028): the author's wall clock (ms), each field's salt and
    # the commitments of erased fields; ``sig`` signs the chain head at this entry.
    wall: Mapped[int | None] = mapped_column(Integer, default=None)
    salts: Mapped[str | None] = mapped_column(Text, default=None)
    erased: Mapped[str | None] = mapped_column(Text, default=None)
    sig: Mapped[str | None] = mapped_column(Text, default=None)


class DeviceCertificate(Base):
    """Laptop certificates known here (this installation's and received ones): which
    identity each device chain belongs to and the key its heads are signed with."""

    __tablename__ = "device_cert"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    key_id: Mapped[str] = mapped_column(String(64), index=True)
    body: Mapped[str] = mapped_column(Text)  # the certificate as canonical JSON


class FieldVersion(Base):
    __tablename__ = "field_version"
    __table_args__ = (PrimaryKeyConstraint("entity", "entity_id", "field"),)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    hlc: Mapped[str] = mapped_column(String(24))
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)


class DeviceState(Base):
    """Local key/value state: device id, clock, own chain head. Never synced."""

    __tablename__ = "device_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
