"""After the review: the improvement workshop that agreed the action plan, and the impact
reviews months later that record each action's progress and what changed for pupils, in
words (decision 0044). No ratings and no grades: progress is one of three words."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced

IMPACT_KINDS = ("visit", "meeting")
# The action's own statuses, so recording progress can move the action on.
PROGRESS_STATES = ("not_started", "in_progress", "done")


class ImpactReview(Synced, Base):
    """A follow-up visit or meeting, months after the review (schema step 20)."""

    __tablename__ = "impact_review"
    __entity__ = "impact_review"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    held_on: Mapped[str] = mapped_column(String(10), default="")
    kind: Mapped[str] = mapped_column(String(16), default="visit")
    participants: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    next_on: Mapped[str] = mapped_column(String(10), default="")  # the next impact review


class ImpactProgress(Synced, Base):
    """One action's progress at one impact review, and the evidence of its impact against
    the action's success criteria. One per impact review and action (a join id)."""

    __tablename__ = "impact_progress"
    __entity__ = "impact_progress"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    impact_review_id: Mapped[str] = mapped_column(ForeignKey("impact_review.id"), index=True)
    action_id: Mapped[str] = mapped_column(ForeignKey("action_item.id"), index=True)
    progress: Mapped[str] = mapped_column(String(16), default="not_started")
    impact: Mapped[str] = mapped_column(Text, default="")  # what changed for pupils


class ImprovementWorkshop(Synced, Base):
    """The improvement workshop that turned the findings into the action plan."""

    __tablename__ = "improvement_workshop"
    __entity__ = "improvement_workshop"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    held_on: Mapped[str] = mapped_column(String(10), default="")
    facilitator: Mapped[str] = mapped_column(Text, default="")
    participants: Mapped[str] = mapped_column(Text, default="")
    # The actions of the plan agreed there (a JSON list of action ids) and, in words,
    # anything agreed that is not (yet) an action of the plan.
    action_ids: Mapped[str] = mapped_column(Text, default="[]")
    agreed: Mapped[str] = mapped_column(Text, default="")
