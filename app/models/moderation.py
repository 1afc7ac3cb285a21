"""Moderation: each team member's position on each emerging finding (schema step 13,
decision 0040). One row per finding and person (a join id), so a position recorded on
two laptops is one record whose latest value wins."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced
from app.translatable import QT_TRANSLATE_NOOP

POSITIONS = ("agree", "not_sure", "disagree")


POSITION_LABELS = {
    "agree": QT_TRANSLATE_NOOP("models.moderation", "Agree"),
    "not_sure": QT_TRANSLATE_NOOP("models.moderation", "Not sure"),
    "disagree": QT_TRANSLATE_NOOP("models.moderation", "Disagree"),
}


class FindingPosition(Synced, Base):
    __tablename__ = "finding_position"
    __entity__ = "finding_position"
    finding_id: Mapped[str] = mapped_column(ForeignKey("finding.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    position: Mapped[str] = mapped_column(String(16), default="agree")
    comment: Mapped[str] = mapped_column(Text, default="")
    # The finding's wording the position was given on (SHA-256 of kind, title, text):
    # a position on an earlier wording no longer counts.
    finding_sha256: Mapped[str] = mapped_column(String(64), default="")
    # Who recorded it: the member themselves, or the lead reviewer in their name.
    recorded_by_key_id: Mapped[str | None] = mapped_column(String(64), default=None)
    recorded_at: Mapped[str] = mapped_column(String(32), default="")
