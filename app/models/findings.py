"""Findings (strengths, areas for development, Areas of Excellence), their links to
evidence and strands, next steps and action plan items. No grade fields, by design."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced
from app.translatable import QT_TRANSLATE_NOOP

FINDING_KINDS = ("strength", "area_for_development", "area_of_excellence")


FINDING_LABELS = {
    "strength": QT_TRANSLATE_NOOP("models.findings", "Strength"),
    "area_for_development": QT_TRANSLATE_NOOP("models.findings", "Area for development"),
    "area_of_excellence": QT_TRANSLATE_NOOP("models.findings", "Area of Excellence"),
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


class FindingQuestion(Synced, Base):
    """A finding answers this enquiry question of its review (schema step 9): the report
    opens with what the team found for each question the host asked."""

    __tablename__ = "finding_question"
    __entity__ = "finding_question"
    finding_id: Mapped[str] = mapped_column(ForeignKey("finding.id"), index=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("enquiry_question.id"), index=True)


class FeedbackResponse(Synced, Base):
    """What the host said about a finding at the end-of-day feedback meeting (schema step
    9). One per finding (its id is a join id of the finding), kept apart from the finding
    so that recording it never changes what the report says."""

    __tablename__ = "feedback_response"
    __entity__ = "feedback_response"
    finding_id: Mapped[str] = mapped_column(ForeignKey("finding.id"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")


class ReportDraft(Synced, Base):
    """A draft of the report given out before signing (schema step 9). Each draft with new
    content takes the next number; the same content keeps its number (its id is a join
    id of the review and the content's digest), so "Draft 2" always means one text."""

    __tablename__ = "report_draft"
    __entity__ = "report_draft"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    number: Mapped[int] = mapped_column(Integer, default=1)
    content_sha256: Mapped[str] = mapped_column(String(64), default="")
    made_at: Mapped[str] = mapped_column(String(32), default="")


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


SUPPORT_STATES = ("offered", "agreed", "under_way", "completed", "declined")


class BrokeredSupport(Synced, Base):
    """A partner school's offer of support towards one action of the plan, and how far it
    has got (decision 0042). One per action and school (a join id of the two)."""

    __tablename__ = "brokered_support"
    __entity__ = "brokered_support"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    action_id: Mapped[str] = mapped_column(ForeignKey("action_item.id"), index=True)
    school_id: Mapped[str] = mapped_column(ForeignKey("school.id"))
    text: Mapped[str] = mapped_column(Text, default="")  # what the school offers
    contact: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default="offered")
    state_on: Mapped[str] = mapped_column(String(10), default="")  # the day it got there
    note: Mapped[str] = mapped_column(Text, default="")  # the latest word on its progress
