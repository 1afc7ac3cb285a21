"""Findings (strengths, areas for development, Areas of Excellence), their links to
evidence and strands, next steps and action plan items. No grade fields, by design."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced

FINDING_KINDS = ("strength", "area_for_development", "area_of_excellence")
FINDING_LABELS = {
    "strength": "Strength",
    "area_for_development": "Area for development",
    "area_of_excellence": "Area of Excellence",
}
ACTION_STATUSES = ("not_started", "in_progress", "done", "carried_forward")


class Finding(Synced, Base):
    __tablename__ = "finding"
    __entity__ = "finding"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24), default="strength")
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The grade guard's warning dismissed for these terms (JSON list), and why.
    guard_dismissed_terms: Mapped[str] = mapped_column(Text, default="")
    guard_dismissed_reason: Mapped[str] = mapped_column(Text, default="")
    # Set when retention purges the evidence notes: the triangulation they gave (JSON).
    retained_evidence: Mapped[str] = mapped_column(Text, default="")


class FindingNote(Synced, Base):
    __tablename__ = "finding_note"
    __entity__ = "finding_note"
    finding_id: Mapped[str] = mapped_column(ForeignKey("finding.id"), index=True)
    note_id: Mapped[str] = mapped_column(ForeignKey("evidence_note.id"), index=True)


class FindingStrand(Synced, Base):
    __tablename__ = "finding_strand"
    __entity__ = "finding_strand"
    finding_id: Mapped[str] = mapped_column(ForeignKey("finding.id"), index=True)
    strand_id: Mapped[str] = mapped_column(ForeignKey("framework_strand.id"), index=True)


class NextStep(Synced, Base):
    __tablename__ = "next_step"
    __entity__ = "next_step"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    finding_id: Mapped[str | None] = mapped_column(ForeignKey("finding.id"), default=None)
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ActionItem(Synced, Base):
    __tablename__ = "action_item"
    __entity__ = "action_item"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    finding_id: Mapped[str | None] = mapped_column(ForeignKey("finding.id"), default=None)
    action: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(Text, default="")
    success_criteria: Mapped[str] = mapped_column(Text, default="")
    review_date: Mapped[str] = mapped_column(String(10), default="")
    status: Mapped[str] = mapped_column(String(24), default="not_started")
