"""What a host school has shared with its partnership (decision 0043).

One record per review, its id derived from the review's (``record_id``), so sharing
again updates the same record and a withdrawal is that record with its text gone. The
review is named by a plain id, no foreign key: the record stands alone on the
partnership lead's laptop, which may not hold the review. The body is the summary's
JSON text (``app/services/summary_body.py``), checked whenever it is read.
"""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.ids import join_id
from app.models.base import Base, Synced


def record_id(review_id: str) -> str:
    """The shared summary's id for a review: the same on every laptop."""
    return join_id("shared_summary", review_id)


class SharedSummary(Synced, Base):
    __tablename__ = "shared_summary"
    __entity__ = "shared_summary"
    review_id: Mapped[str] = mapped_column(String(36), index=True)
    partnership_id: Mapped[str] = mapped_column(String(36), index=True)
    school_id: Mapped[str] = mapped_column(String(36))  # the host school
    body: Mapped[str] = mapped_column(Text, default="")  # summary_body.dumps; "" withdrawn
    shared_on: Mapped[str] = mapped_column(String(10), default="")
    withdrawn_on: Mapped[str] = mapped_column(String(10), default="")  # "" while shared
