"""A review: its host school, dates, focus, enquiry questions, team and timetable."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced
from app.translatable import QT_TRANSLATE_NOOP

# The lifecycle, in order. A finding changed after a step sends the review back to draft
# (app/services/signoff.py).
REVIEW_STATUSES = (
    "planning",
    "visit",
    "draft",
    "team_confirmed",
    "quality_assured",
    "host_checked",
    "signed",
)


# The review's statuses as people read them (the sign-off history, refusals, the report).
STATUS_LABELS = {
    "planning": QT_TRANSLATE_NOOP("models.review", "Planning"),
    "visit": QT_TRANSLATE_NOOP("models.review", "Visit"),
    "draft": QT_TRANSLATE_NOOP("models.review", "Draft"),
    "team_confirmed": QT_TRANSLATE_NOOP("models.review", "Team confirmed"),
    "quality_assured": QT_TRANSLATE_NOOP("models.review", "Quality assured"),
    "host_checked": QT_TRANSLATE_NOOP("models.review", "Factual accuracy checked by the host"),
    "signed": QT_TRANSLATE_NOOP("models.review", "Signed"),
}

ACTIVITY_KINDS = (
    "lesson_visit",
    "joint_observation",
    "learning_walk",
    "book_look",
    "pupil_voice",
    "meeting",
    "document_review",
    # The team's own activities (decision 0040): their notes are working notes and never
    # count as evidence, however they are tagged.
    "team_meeting",
    "team_catch_up",
    "feedback_to_host",
)
TEAM_INTERNAL_KINDS = frozenset({"team_meeting", "team_catch_up", "feedback_to_host"})

ACTIVITY_LABELS = {
    "lesson_visit": QT_TRANSLATE_NOOP("models.review", "Lesson visit"),
    "joint_observation": QT_TRANSLATE_NOOP("models.review", "Joint observation"),
    "learning_walk": QT_TRANSLATE_NOOP("models.review", "Learning walk"),
    "book_look": QT_TRANSLATE_NOOP("models.review", "Book look"),
    "pupil_voice": QT_TRANSLATE_NOOP("models.review", "Pupil voice"),
    "meeting": QT_TRANSLATE_NOOP("models.review", "Meeting"),
    "document_review": QT_TRANSLATE_NOOP("models.review", "Document and data review"),
    "team_meeting": QT_TRANSLATE_NOOP("models.review", "Team meeting"),
    "team_catch_up": QT_TRANSLATE_NOOP("models.review", "Team catch-up"),
    "feedback_to_host": QT_TRANSLATE_NOOP("models.review", "Feedback to the host"),
}

# Who a meeting was with (a meeting's sub-kind); "" when not said.
MEETING_WITH = ("senior_leaders", "middle_leaders", "senco", "governors", "staff", "parents")
MEETING_WITH_LABELS = {
    "senior_leaders": QT_TRANSLATE_NOOP("models.review", "Senior leaders"),
    "middle_leaders": QT_TRANSLATE_NOOP("models.review", "Middle leaders"),
    "senco": QT_TRANSLATE_NOOP("models.review", "SENCO"),
    "governors": QT_TRANSLATE_NOOP("models.review", "Governors"),
    "staff": QT_TRANSLATE_NOOP("models.review", "Staff"),
    "parents": QT_TRANSLATE_NOOP("models.review", "Parents"),
}

# Sources of evidence a note can rest on (decision 0040; app/services/sources.py).
SOURCE_KINDS = (
    "pupils_talk",
    "pupils_work",
    "staff",
    "leaders",
    "governors",
    "parents",
    "observation",
    "documents",
)
SOURCE_LABELS = {
    "pupils_talk": QT_TRANSLATE_NOOP("models.review", "Pupils' talk"),
    "pupils_work": QT_TRANSLATE_NOOP("models.review", "Pupils' work"),
    "staff": QT_TRANSLATE_NOOP("models.review", "Staff"),
    "leaders": QT_TRANSLATE_NOOP("models.review", "Leaders"),
    "governors": QT_TRANSLATE_NOOP("models.review", "Governors"),
    "parents": QT_TRANSLATE_NOOP("models.review", "Parents"),
    "observation": QT_TRANSLATE_NOOP("models.review", "Observation of practice"),
    "documents": QT_TRANSLATE_NOOP("models.review", "Documents and data"),
}

TEAM_ROLES = (
    "lead_reviewer",
    "reviewer",
    "host_leader",
    "headteacher",
    "improvement_champion",
    "dsl",  # last: the role apart from the review's work (safeguarding)
)


class Review(Synced, Base):
    __tablename__ = "review"
    __entity__ = "review"
    partnership_id: Mapped[str | None] = mapped_column(ForeignKey("partnership.id"), default=None)
    host_school_id: Mapped[str | None] = mapped_column(ForeignKey("school.id"), default=None)
    title: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[str] = mapped_column(String(10), default="")
    end_date: Mapped[str] = mapped_column(String(10), default="")
    focus: Mapped[str] = mapped_column(Text, default="")
    self_evaluation: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(24), default="planning")
    # Pinned at creation: the review keeps reading and printing with this exact version.
    framework_version_id: Mapped[str | None] = mapped_column(
        ForeignKey("framework_version.id"), default=None
    )
    archived: Mapped[bool] = mapped_column(default=False)
    # Sign-off (app/services/signoff.py): why the review went back to draft, if it did.
    sent_back_note: Mapped[str] = mapped_column(Text, default="")
    report_sha256: Mapped[str] = mapped_column(String(64), default="")
    signed_at: Mapped[str] = mapped_column(String(32), default="")
    # Retention (app/services/retention.py): purge raw notes this many days after
    # signing; None keeps them, once someone chose (``retention_chosen``). Until then the
    # review follows the laptop's default, written into it at signing (decision 0038).
    retention_days: Mapped[int | None] = mapped_column(Integer, default=None)
    evidence_purged_at: Mapped[str] = mapped_column(String(32), default="")
    retention_chosen: Mapped[bool] = mapped_column(default=False)


class EnquiryQuestion(Synced, Base):
    __tablename__ = "enquiry_question"
    __entity__ = "enquiry_question"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class TeamMember(Synced, Base):
    __tablename__ = "team_member"
    __entity__ = "team_member"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    role: Mapped[str] = mapped_column(String(24), default="reviewer")


class Revocation(Synced, Base):
    """A key no longer accepted on a review, with a cut-off per device: the last entry of
    that device's chain that stays accepted (schema step 10, decision 0030). Entries by
    the key after the cut-off are refused however they arrive."""

    __tablename__ = "revocation"
    __entity__ = "revocation"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    key_id: Mapped[str] = mapped_column(String(80), default="")
    name: Mapped[str] = mapped_column(Text, default="")
    # Canonical JSON: device id -> last sequence number that stays accepted.
    cutoffs: Mapped[str] = mapped_column(Text, default="{}")
    reason: Mapped[str] = mapped_column(Text, default="")


class Activity(Synced, Base):
    """A timetabled activity of the visit."""

    __tablename__ = "activity"
    __entity__ = "activity"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    day: Mapped[str] = mapped_column(String(10), default="")
    start_time: Mapped[str] = mapped_column(String(5), default="")
    end_time: Mapped[str] = mapped_column(String(5), default="")
    kind: Mapped[str] = mapped_column(String(24), default="lesson_visit")
    title: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    year_group: Mapped[str] = mapped_column(String(32), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    # JSON list of person ids: the reviewers on the activity.
    reviewer_ids: Mapped[str] = mapped_column(Text, default="[]")
    host_leader_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), default=None)
    # For a meeting: who it was with (MEETING_WITH; schema step 13).
    meeting_with: Mapped[str] = mapped_column(String(24), default="")
