"""The declarative base and the columns every synced record shares."""

from __future__ import annotations

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names keep schema upgrade steps reproducible.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """A record that travels in the change log: a UUIDv7 key and a tombstone flag.

    Deletes are tombstones (``deleted`` set by a delete entry), never row removals, so
    that a delete can travel, be audited and lose to a concurrent edit.
    """

    # Set on each subclass: the entity name used in the change log.
    __entity__: str = ""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    deleted: Mapped[bool] = mapped_column(default=False)
