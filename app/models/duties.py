"""Who took which sign-off step, the host's factual-accuracy round, the partnership's
timings and the host's Areas of Excellence (schema step 12, decision 0039)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class TeamAgreement(Synced, Base):
    """A team member agrees with the findings ("Team confirmed" needs every member's).
    One per member (a join id of the review and the person); ``recorded_for`` when the
    lead reviewer recorded it on the member's behalf. A change to what the report says
    withdraws every agreement (app/services/signoff.py)."""

    __tablename__ = "team_agreement"
    __entity__ = "team_agreement"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id"))
    recorded_for: Mapped[bool] = mapped_column(default=False)


class DraftSent(Synced, Base):
    """The lead reviewer sent draft ``draft_number`` to the host for its factual-accuracy
    check (a join id of the review and the number)."""

    __tablename__ = "draft_sent"
    __entity__ = "draft_sent"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    draft_number: Mapped[int] = mapped_column(Integer, default=1)
    sent_on: Mapped[str] = mapped_column(String(10), default="")
    sent_to: Mapped[str] = mapped_column(Text, default="")


class HostResponse(Synced, Base):
    """The host's factual-accuracy response to a draft: a signed response file from the
    host's own Peerview (``source`` "signed_file", the signer's key id and the file's
    digest), or a marked-up PDF, email or letter the lead recorded with who sent it and
    when (``source`` "recorded", the file kept as an attachment by its digest)."""

    __tablename__ = "host_response"
    __entity__ = "host_response"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    draft_number: Mapped[int] = mapped_column(Integer, default=1)
    source: Mapped[str] = mapped_column(String(16), default="recorded")
    channel: Mapped[str] = mapped_column(String(16), default="email")
    from_name: Mapped[str] = mapped_column(Text, default="")
    from_key_id: Mapped[str] = mapped_column(String(64), default="")
    sent_at: Mapped[str] = mapped_column(String(32), default="")
    general: Mapped[str] = mapped_column(Text, default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    file_name: Mapped[str] = mapped_column(Text, default="")


class HostCorrection(Synced, Base):
    """What the host said about one finding in a response, and what the lead did with
    it: ``decision`` "" (not yet), "accepted", "changed" or "declined" (with a reason)."""

    __tablename__ = "host_correction"
    __entity__ = "host_correction"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    response_id: Mapped[str] = mapped_column(ForeignKey("host_response.id"), index=True)
    finding_id: Mapped[str] = mapped_column(ForeignKey("finding.id"), index=True)
    said: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(String(16), default="")
    reason: Mapped[str] = mapped_column(Text, default="")


class PartnershipTiming(Synced, Base):
    """The partnership's agreed timings in working days (a join id of the partnership);
    a review of no partnership, or one with none recorded, uses the defaults."""

    __tablename__ = "partnership_timing"
    __entity__ = "partnership_timing"
    partnership_id: Mapped[str] = mapped_column(ForeignKey("partnership.id"), index=True)
    draft_days: Mapped[int] = mapped_column(Integer, default=5)
    qa_days: Mapped[int] = mapped_column(Integer, default=2)
    host_days: Mapped[int] = mapped_column(Integer, default=5)
    final_days: Mapped[int] = mapped_column(Integer, default=10)


class ExcellenceNomination(Synced, Base):
    """An Area of Excellence the host nominated before the visit; the team validates it
    with its evidence (``finding_id``: the Area of Excellence finding and its notes), and
    it is shared with the partnership only with the host's consent (who and when)."""

    __tablename__ = "excellence_nomination"
    __entity__ = "excellence_nomination"
    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    nominated_by: Mapped[str] = mapped_column(Text, default="")
    nominated_on: Mapped[str] = mapped_column(String(10), default="")
    finding_id: Mapped[str | None] = mapped_column(ForeignKey("finding.id"), default=None)
    validated_on: Mapped[str] = mapped_column(String(10), default="")
    consent_by: Mapped[str] = mapped_column(Text, default="")
    consent_on: Mapped[str] = mapped_column(String(10), default="")
