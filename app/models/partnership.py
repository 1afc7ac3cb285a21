"""The partnership's own records beside its schools (decision 0041): shared priorities,
each school's blocked dates, rounds of reviews and the reviews scheduled in them, the
reviewer pool and the expertise directory. Each carries its partnership's id, which is
what the sync scope and the authority rule read: only the partnership lead writes them.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced

REVIEW_STATUSES = (
    "planned",
    "confirmed",
    "visited",
    "report_signed",
    "action_plan_agreed",
    "impact_review_due",
)
ACCREDITATIONS = ("reviewer", "lead_reviewer")


class PartnershipPriority(Synced, Base):
    """One of the two or three priorities the schools share in an academic year."""

    __tablename__ = "partnership_priority"
    __entity__ = "partnership_priority"
    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnership.id"), index=True)
    year: Mapped[str] = mapped_column(String(9), default="")  # "2026-27"
    text: Mapped[str] = mapped_column(Text, default="")


class BlockedDate(Synced, Base):
    """Days a school cannot host or send reviewers (inset days, trips, exams)."""

    __tablename__ = "blocked_date"
    __entity__ = "blocked_date"
    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnership.id"), index=True)
    school_id: Mapped[str] = mapped_column(ForeignKey("school.id"), index=True)
    first_day: Mapped[str] = mapped_column(String(10), default="")
    last_day: Mapped[str] = mapped_column(String(10), default="")
    reason: Mapped[str] = mapped_column(Text, default="")


class ReviewRound(Synced, Base):
    __tablename__ = "review_round"
    __entity__ = "review_round"
    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnership.id"), index=True)
    name: Mapped[str] = mapped_column(Text, default="")
    first_day: Mapped[str] = mapped_column(String(10), default="")
    last_day: Mapped[str] = mapped_column(String(10), default="")
    # Rules the proposer could not meet, one per line, as it said them.
    unmet: Mapped[str] = mapped_column(Text, default="")


class ScheduledReview(Synced, Base):
    """One visit in a round: the reviewing school's team at the host school on a day."""

    __tablename__ = "scheduled_review"
    __entity__ = "scheduled_review"
    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnership.id"), index=True)
    round_id: Mapped[str] = mapped_column(ForeignKey("review_round.id"), index=True)
    host_school_id: Mapped[str] = mapped_column(ForeignKey("school.id"))
    reviewer_school_id: Mapped[str] = mapped_column(ForeignKey("school.id"))
    day: Mapped[str] = mapped_column(String(10), default="")
    lead_reviewer_id: Mapped[str | None] = mapped_column(
        ForeignKey("partnership_reviewer.id"), default=None
    )
    status: Mapped[str] = mapped_column(String(24), default="planned")


class PartnershipReviewer(Synced, Base):
    """A person in the partnership's reviewer pool, with their training."""

    __tablename__ = "partnership_reviewer"
    __entity__ = "partnership_reviewer"
    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnership.id"), index=True)
    school_id: Mapped[str] = mapped_column(ForeignKey("school.id"))
    name: Mapped[str] = mapped_column(Text, default="")
    accreditation: Mapped[str] = mapped_column(String(16), default="reviewer")
    trained_on: Mapped[str] = mapped_column(String(10), default="")
    course: Mapped[str] = mapped_column(Text, default="")
    trainer: Mapped[str] = mapped_column(Text, default="")
    refresher_due: Mapped[str] = mapped_column(String(10), default="")
    # Reviews done and led before the partnership kept its schedule here.
    earlier_done: Mapped[int] = mapped_column(Integer, default=0)
    earlier_led: Mapped[int] = mapped_column(Integer, default=0)


class Expertise(Synced, Base):
    """Named expertise a member school offers others, shared with its head's consent."""

    __tablename__ = "expertise"
    __entity__ = "expertise"
    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnership.id"), index=True)
    school_id: Mapped[str] = mapped_column(ForeignKey("school.id"))
    strand: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    consent_by: Mapped[str] = mapped_column(Text, default="")
    consent_on: Mapped[str] = mapped_column(String(10), default="")


PROTOCOL_PARTS = ("purpose", "confidentiality", "data_sharing", "other")


class ProtocolDocument(Synced, Base):
    """A document attached to the agreed protocol (the signed data-sharing agreement as a
    PDF, say). The bytes live in the attachment store, addressed by their SHA-256, and
    travel in the bundles that carry the record; the file name is for display only."""

    __tablename__ = "protocol_document"
    __entity__ = "protocol_document"
    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnership.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    filename: Mapped[str] = mapped_column(Text, default="")
    media_type: Mapped[str] = mapped_column(String(128), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    part: Mapped[str] = mapped_column(String(16), default="other")
    added_on: Mapped[str] = mapped_column(String(10), default="")
