"""Host-approved sharing (decision 0043): what a host school has shared with its
partnership, as the partnership lead's laptop reads it.

``live_summaries`` is what the themes, the annual report and the window read: the
summaries shared and not withdrawn, each checked by ``summary_body.parse``. A body that
fails the check (a newer Peerview's format, or a forgery that slipped past an older
one) is left out, never raised; ``unreadable_summaries`` says which and why, for the
command line and the window to show.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from app.models import SharedSummary, table
from app.services import summary_body
from app.services.errors import PeerviewError
from app.services.summary_body import Summary

_summary = table(SharedSummary)


@dataclass(frozen=True)
class Unreadable:
    """A shared summary left out of everything, and why."""

    review_id: str
    school_id: str
    shared_on: str
    problem: str


def _live_rows(conn: Connection, partnership_id: str) -> list[tuple[str, str, str, str]]:
    return [
        (r.review_id, r.school_id, r.shared_on, r.body)
        for r in conn.execute(
            select(
                _summary.c.review_id, _summary.c.school_id, _summary.c.shared_on, _summary.c.body
            )
            .where(
                _summary.c.partnership_id == partnership_id,
                _summary.c.deleted.is_(False),
                _summary.c.withdrawn_on == "",
                _summary.c.body != "",
            )
            .order_by(_summary.c.shared_on, _summary.c.review_id)
        )
    ]


def _read(review_id: str, school_id: str, body: str) -> Summary:
    summary = summary_body.parse(body)
    if summary.review_id != review_id or summary.school_id != school_id:
        raise PeerviewError(
            "This shared summary cannot be read: its body names another review or school "
            "than its record. Nothing was changed; ask the host school to share it again."
        )
    return summary


def live_summaries(conn: Connection, partnership_id: str) -> list[Summary]:
    """The partnership's shared summaries that are shared and not withdrawn, checked;
    unreadable ones are left out (see ``unreadable_summaries``)."""
    found = []
    for review_id, school_id, _on, body in _live_rows(conn, partnership_id):
        try:
            found.append(_read(review_id, school_id, body))
        except PeerviewError:
            continue
    return found


def unreadable_summaries(conn: Connection, partnership_id: str) -> list[Unreadable]:
    """The shared summaries ``live_summaries`` leaves out because they cannot be read."""
    found = []
    for review_id, school_id, shared_on, body in _live_rows(conn, partnership_id):
        try:
            _read(review_id, school_id, body)
        except PeerviewError as exc:
            found.append(Unreadable(review_id, school_id, shared_on, str(exc)))
    return found
