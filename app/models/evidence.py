"""Evidence notes, their strand and question tags, links between notes, attachments,
and safeguarding concerns (kept in their own table, apart from evidence)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced

NOTE_LINK_KINDS = ("corroborates", "contradicts")


class EvidenceNote(Synced, Base):
    __tablename__ = "evidence_note"
    __entity__ = "evidence_note"
    __table_args__ = (
        Index("ix_evidence_note_review_observed", "review_id", "observed_at"),
        # Schema step 2, for the capture list: ``deleted`` right after the review makes
        # counting a review's live notes index-only, and each filter an index range
        # already in keyset order (newest first).
        Index("ix_evidence_note_review_live", "review_id", "deleted", "observed_at", "id"),
        Index(
            "ix_evidence_note_review_kind",
            "review_id",
            "deleted",
            "activity_kind",
            "observed_at",
            "id",
        ),
        Index(
            "ix_evidence_note_review_author",
            "review_id",
            "deleted",
            "author_key_id",
            "observed_at",
            "id",
        ),
        # For coverage: a review's live notes with what makes their sources, reviewers
        # and activity, index-only (see ix_note_strand_note_live). Schema step 5 made it
        # with kind and author; step 13 remade it with the rest (decision 0040).
        Index(
            "ix_evidence_note_review_tally",
            "review_id",
            "deleted",
            "id",
            "activity_kind",
            "author_key_id",
            "sources",
            "meeting_with",
            "co_reviewer_id",
            "activity_id",
        ),
    )
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"))
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activity.id"), default=None)
    activity_kind: Mapped[str] = mapped_column(String(24), default="lesson_visit")
    observed_at: Mapped[str] = mapped_column(String(32), default="")
    # Context only: year group, subject, class or group. Never pupil names.
    year_group: Mapped[str] = mapped_column(String(32), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    class_group: Mapped[str] = mapped_column(Text, default="")
    author_key_id: Mapped[str | None] = mapped_column(String(64), default=None)
    co_reviewer_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None)
    host_leader_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None)
    text: Mapped[str] = mapped_column(Text, default="")
    emerging: Mapped[str] = mapped_column(Text, default="")
    typicality: Mapped[str] = mapped_column(Text, default="")
    # Schema step 13 (decision 0040). Sources of evidence, a JSON list of SOURCE_KINDS;
    # "" means "as the activity implies" (app/services/sources.py), so notes written
    # before the step, and notes whose kind changes, follow their activity.
    sources: Mapped[str] = mapped_column(Text, default="")
    # For a meeting: who it was with (MEETING_WITH in app/models/review.py).
    meeting_with: Mapped[str] = mapped_column(String(24), default="")


class NoteStrand(Synced, Base):
    __tablename__ = "note_strand"
    __entity__ = "note_strand"
    # Schema step 5: a note's live tags, index-only, for coverage.
    __table_args__ = (Index("ix_note_strand_note_live", "note_id", "deleted", "strand_id"),)
    note_id: Mapped[str] = mapped_column(ForeignKey("evidence_note.id"), index=True)
    strand_id: Mapped[str] = mapped_column(ForeignKey("framework_strand.id"), index=True)


class NoteQuestion(Synced, Base):
    __tablename__ = "note_question"
    __entity__ = "note_question"
    __table_args__ = (Index("ix_note_question_note_live", "note_id", "deleted", "question_id"),)
    note_id: Mapped[str] = mapped_column(ForeignKey("evidence_note.id"), index=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("enquiry_question.id"), index=True)


class NoteLink(Synced, Base):
    __tablename__ = "note_link"
    __entity__ = "note_link"
    from_note_id: Mapped[str] = mapped_column(ForeignKey("evidence_note.id"), index=True)
    to_note_id: Mapped[str] = mapped_column(ForeignKey("evidence_note.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="corroborates")


class Attachment(Synced, Base):
    """A file attached to a note; the bytes live on disk, addressed by SHA-256."""

    __tablename__ = "attachment"
    __entity__ = "attachment"
    note_id: Mapped[str] = mapped_column(ForeignKey("evidence_note.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    filename: Mapped[str] = mapped_column(Text, default="")
    media_type: Mapped[str] = mapped_column(String(128), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)


class SafeguardingConcern(Synced, Base):
    """Kept apart from evidence: never in notes, search, coverage, reports or retention purges,
    and only ever sent to the designated safeguarding lead."""

    __tablename__ = "safeguarding_concern"
    __entity__ = "safeguarding_concern"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    recorded_by_key_id: Mapped[str | None] = mapped_column(String(64), default=None)
    observed_at: Mapped[str] = mapped_column(String(32), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    passed_to: Mapped[str] = mapped_column(Text, default="")
    passed_on_at: Mapped[str] = mapped_column(String(32), default="")
    # Erased this many days after the hand-over (None: the default, 7), keeping only
    # ``passed_to`` and ``passed_on_at`` (app/services/erasure.py, decision 0038).
    erase_after_days: Mapped[int | None] = mapped_column(Integer, default=None)
    erased_at: Mapped[str] = mapped_column(String(32), default="")
