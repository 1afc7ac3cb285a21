"""Review frameworks: a named framework and its immutable, content-hashed versions.

A version's tree (areas, strands, prompts, descriptors) is materialised from its
canonical JSON content, and node ids derive from the content hash and the code, so
every replica that holds the same content has the same ids.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class Framework(Synced, Base):
    __tablename__ = "framework"
    __entity__ = "framework"
    name: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")


class FrameworkVersion(Synced, Base):
    __tablename__ = "framework_version"
    __entity__ = "framework_version"
    framework_id: Mapped[str | None] = mapped_column(ForeignKey("framework.id"), default=None)
    label: Mapped[str] = mapped_column(String(64), default="")
    # SHA-256 of the canonical content: versions are matched by hash, never by name.
    content_hash: Mapped[str] = mapped_column(String(64), default="", index=True)
    content: Mapped[str] = mapped_column(Text, default="")


class FrameworkArea(Base):
    __tablename__ = "framework_area"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version_id: Mapped[str] = mapped_column(ForeignKey("framework_version.id"), index=True)
    code: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class FrameworkStrand(Base):
    __tablename__ = "framework_strand"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version_id: Mapped[str] = mapped_column(ForeignKey("framework_version.id"), index=True)
    area_id: Mapped[str] = mapped_column(ForeignKey("framework_area.id"))
    code: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class FrameworkPrompt(Base):
    __tablename__ = "framework_prompt"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    strand_id: Mapped[str] = mapped_column(ForeignKey("framework_strand.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="prompt")  # prompt | descriptor
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
