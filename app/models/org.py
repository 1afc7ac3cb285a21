"""Partnerships, schools, people and the local identity and trusted keys."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced

# Roles a person can hold in a partnership or on a review.
PERSON_ROLES = (
    "reviewer",
    "lead_reviewer",
    "headteacher",
    "host_leader",
    "dsl",
    "partnership_lead",
    "improvement_champion",
)


class Partnership(Synced, Base):
    """The partnership record, written only on its lead's laptop (decision 0041): the
    agreed protocol travels with it; priorities, the calendar, the schedule, reviewers and
    the expertise directory are records of their own (app/models/partnership.py)."""

    __tablename__ = "partnership"
    __entity__ = "partnership"
    name: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    confidentiality: Mapped[str] = mapped_column(Text, default="")  # and report sharing
    data_sharing: Mapped[str] = mapped_column(Text, default="")


class School(Synced, Base):
    __tablename__ = "school"
    __entity__ = "school"
    partnership_id: Mapped[str | None] = mapped_column(ForeignKey("partnership.id"), default=None)
    name: Mapped[str] = mapped_column(Text, default="")
    town: Mapped[str] = mapped_column(Text, default="")
    phase: Mapped[str] = mapped_column(String(32), default="")
    # A member school's details (schema step 15), kept by the partnership lead.
    pupils: Mapped[int | None] = mapped_column(Integer, default=None)
    authority: Mapped[str] = mapped_column(Text, default="")  # local authority or trust
    headteacher: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")  # the partnership contact
    protocol_agreed_on: Mapped[str] = mapped_column(String(10), default="")  # by its head


class Person(Synced, Base):
    __tablename__ = "person"
    __entity__ = "person"
    school_id: Mapped[str | None] = mapped_column(ForeignKey("school.id"), default=None)
    name: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(32), default="reviewer")
    # The identity key id (fingerprint of the Ed25519 key) once the person has one.
    key_id: Mapped[str | None] = mapped_column(String(64), default=None, index=True)


class Identity(Base):
    """This installation's own identity. Local only: never in the change log or a bundle."""

    __tablename__ = "identity"
    key_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    school: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(32), default="reviewer")
    ed25519_public: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    x25519_public: Mapped[str | None] = mapped_column(Text, default=None)
    certificate_pem: Mapped[str | None] = mapped_column(Text, default=None)
    # Private keys, encrypted with the passphrase (kept in the OS keyring or asked for).
    private_keys_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    created_at: Mapped[str] = mapped_column(String(32), default="")


class TrustedKey(Base):
    """A person whose bundles and signatures this installation accepts. Local trust decisions."""

    __tablename__ = "trusted_key"
    key_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    school: Mapped[str] = mapped_column(Text, default="")
    role: Mapped[str] = mapped_column(String(32), default="reviewer")
    ed25519_public: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    x25519_public: Mapped[str | None] = mapped_column(Text, default=None)
    certificate_pem: Mapped[str | None] = mapped_column(Text, default=None)
    source: Mapped[str] = mapped_column(String(16), default="card")  # card | roster
    trusted_at: Mapped[str] = mapped_column(String(32), default="")
    revoked_at: Mapped[str | None] = mapped_column(String(32), default=None)


class TrustedCertificate(Base):
    """A report-signing certificate a person trusted after checking its SHA-256
    fingerprint (schema step 9): a host headteacher who countersigned with their own PDF
    reader's digital ID has no Peerview card. Local to this installation, never synced."""

    __tablename__ = "trusted_certificate"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    certificate_pem: Mapped[str] = mapped_column(Text)
    trusted_at: Mapped[str] = mapped_column(String(32), default="")
