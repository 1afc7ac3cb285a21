"""Due dates of the report, from the partnership's timings in working days (decision 0039).

By default (the timings many local authorities and programmes use): the draft within 5
working days of the visit's last day; quality assurance within 2 working days of the
draft; the host's response within 5 working days of the draft being sent to them (or, not
yet sent, of quality assurance being due); the final, signed report within 10 working
days of the visit. Working days are Monday to Friday; bank holidays and school holidays
are not known to Peerview, so a partnership that wants them counted lengthens its timings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from app.ids import join_id
from app.models import DraftSent, HostResponse, PartnershipTiming, ReportDraft, Review, table
from app.services.errors import PeerviewError
from app.services.store import ChangeSet, Store
from app.translatable import QT_TRANSLATE_NOOP

DEFAULTS = {"draft_days": 5, "qa_days": 2, "host_days": 5, "final_days": 10}


# What each timing counts, in the words a person reads.
TIMING_LABELS = {
    "draft_days": QT_TRANSLATE_NOOP("services.deadlines", "Draft report"),
    "qa_days": QT_TRANSLATE_NOOP("services.deadlines", "Quality assurance"),
    "host_days": QT_TRANSLATE_NOOP("services.deadlines", "Host's response"),
    "final_days": QT_TRANSLATE_NOOP("services.deadlines", "Final signed report"),
}
# A timing outside this range is a typing slip (or a forged entry: a year of working days
# would make every due date meaningless and a huge one would never finish counting).
LONGEST = 60
# A step due within this many working days is "due soon" on the home screen.
SOON = 2
_DONE_AFTER = {
    "draft": ("draft", "team_confirmed", "quality_assured", "host_checked", "signed"),
    "qa": ("quality_assured", "host_checked", "signed"),
    "final": ("signed",),
}


@dataclass(frozen=True)
class Due:
    step: str  # draft | qa | host | final
    label: str  # marked for the window, which translates it where it shows it
    due: dt.date
    done: bool

    def state(self, today: dt.date) -> str:
        """ "done", "overdue", "soon" (within SOON working days) or "later"."""
        if self.done:
            return "done"
        if today > self.due:
            return "overdue"
        return "soon" if working_days_between(today, self.due) <= SOON else "later"


def add_working_days(start: dt.date, days: int) -> dt.date:
    day = start
    while days > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def working_days_between(start: dt.date, end: dt.date) -> int:
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            count += 1
    return count


def timings(conn: Connection, partnership_id: str | None) -> dict[str, int]:
    if partnership_id:
        pt = table(PartnershipTiming)
        row = conn.execute(
            select(pt).where(pt.c.partnership_id == partnership_id, pt.c.deleted.is_(False))
        ).first()
        if row is not None:
            # A stored value out of range (an older or forged entry) counts as the default.
            stored = {k: getattr(row, k) for k in DEFAULTS}
            return {
                k: v if timing_problem(k, v) is None else DEFAULTS[k] for k, v in stored.items()
            }
    return dict(DEFAULTS)


def timing_problem(name: str, value: object) -> str | None:
    """Why ``value`` cannot be the timing ``name``, or None."""
    if name not in DEFAULTS:
        return f"There is no timing called '{name}'; the timings are {', '.join(DEFAULTS)}."
    label = TIMING_LABELS[name]
    if type(value) is not int or not 0 < value <= LONGEST:
        return (
            f"{label}: the timing must be a whole number of working days from 1 to "
            f"{LONGEST}, not {value!r}."
        )
    return None


def set_timings(store: Store, partnership: str | None, **days: int) -> ChangeSet:
    """The partnership's agreed timings (working days); unnamed ones keep their value.
    Only the partnership lead sets them (decision 0041), and every value is checked
    before anything is written."""
    # Imported here: the home screen's reminders read due dates at start-up, and the
    # partnership module brings identity and cryptography with it.
    from app.services.partnership import lead_write

    for name, value in days.items():
        problem = timing_problem(name, value)
        if problem:
            raise PeerviewError(problem + " Nothing was changed.")
    with lead_write(store, partnership) as (tx, partnership_id, _name):
        current = timings(tx.conn, partnership_id)
        tx.upsert(
            "partnership_timing",
            join_id("partnership_timing", partnership_id),
            {"partnership_id": partnership_id, **current, **days, "deleted": False},
        )
    return tx.changes


def partnership_timings(store: Store, partnership: str | None) -> tuple[str, dict[str, int]]:
    """(the partnership's name, its timings) for the command line and the window."""
    from app.services.partnership import resolve

    with store.read() as conn:
        partnership_id, name = resolve(conn, partnership)
        return name, timings(conn, partnership_id)


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


def due_dates(conn: Connection, review_id: str) -> list[Due]:
    """The four due dates of the review's report, and which are done. Empty when the
    review has no visit dates."""
    review = conn.execute(select(table(Review)).where(Review.id == review_id)).first()
    if review is None:
        return []
    visit_end = _day(review.end_date) or _day(review.start_date)
    if visit_end is None:
        return []
    days = timings(conn, review.partnership_id)
    rd, ds, hr = table(ReportDraft), table(DraftSent), table(HostResponse)
    first_draft = conn.execute(
        select(func.min(rd.c.made_at)).where(rd.c.review_id == review_id, rd.c.deleted.is_(False))
    ).scalar()
    sent = conn.execute(
        select(func.min(ds.c.sent_on)).where(ds.c.review_id == review_id, ds.c.deleted.is_(False))
    ).scalar()
    answered = conn.execute(
        select(func.count()).where(hr.c.review_id == review_id, hr.c.deleted.is_(False))
    ).scalar()
    draft_due = add_working_days(visit_end, days["draft_days"])
    drafted = _day(first_draft or "")
    qa_due = add_working_days(drafted or draft_due, days["qa_days"])
    sent_day = _day(sent or "")
    host_due = add_working_days(sent_day or qa_due, days["host_days"])
    final_due = add_working_days(visit_end, days["final_days"])
    status = review.status
    return [
        Due(
            "draft",
            QT_TRANSLATE_NOOP("services.deadlines", "Draft report"),
            draft_due,
            drafted is not None,
        ),
        Due(
            "qa",
            QT_TRANSLATE_NOOP("services.deadlines", "Quality assurance"),
            qa_due,
            status in _DONE_AFTER["qa"],
        ),
        Due(
            "host",
            QT_TRANSLATE_NOOP("services.deadlines", "Host's factual-accuracy response"),
            host_due,
            bool(answered),
        ),
        Due(
            "final",
            QT_TRANSLATE_NOOP("services.deadlines", "Final signed report"),
            final_due,
            status in _DONE_AFTER["final"],
        ),
    ]


def reminders(store: Store, today: dt.date, review_ids: list[str]) -> list[tuple[str, Due]]:
    """(review id, step) for every step overdue or due soon, most urgent first."""
    out = []
    with store.read() as conn:
        for review_id in review_ids:
            for due in due_dates(conn, review_id):
                if due.state(today) in ("overdue", "soon"):
                    out.append((review_id, due))
    return sorted(out, key=lambda pair: pair[1].due)
