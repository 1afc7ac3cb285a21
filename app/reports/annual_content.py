"""What the annual partnership report prints, read from the lead's laptop (decision 0045).

One academic year: that year's rounds and their reviews (the schedule), the themes of the
summaries shared from them (the heat map of named schools, trends over every round so
far), the Areas of Excellence shared by schools that agreed to be named, brokered
support by state, progress on the year's shared priorities and the reviewer pool's
training. Every figure about schools' findings is a ``themes.Figure``: held back here,
before layout, when fewer than three unnamed schools stand behind it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.models import BrokeredSupport, Review, table
from app.services import partnership, reviewers, rounds, sharing, themes, themes_read
from app.services.errors import PeerviewError
from app.services.reviewers import PoolMember
from app.services.rounds import ScheduledVisit
from app.services.store import Store
from app.services.strand_map import NO_MAP, StrandMap
from app.services.support import STATE_LABELS
from app.services.theme_pictures import TimelineRound
from app.services.themes import Figure, Themes

REFRESHER_SOON_DAYS = 90
NOT_NAMED = "a member school"

_support, _review = table(BrokeredSupport), table(Review)


@dataclass(frozen=True)
class AnnualData:
    partnership_id: str
    partnership: str
    year: str  # "2026-27"
    made_on: str  # YYYY-MM-DD
    lead_here: bool
    themes: Themes  # the year's shared summaries
    history: Themes  # every round up to the year's end: the trends
    visits: list[ScheduledVisit]  # the year's rounds' visits
    timeline: list[TimelineRound]
    support: dict[str, Figure]  # state -> offers (held back by the hosts behind them)
    pool: list[PoolMember]
    refreshers_due: list[PoolMember]  # overdue or due within REFRESHER_SOON_DAYS
    unreadable: int
    named: frozenset[str]  # names of the schools that agreed to be named, all year

    def school(self, name: str) -> str:
        """A school's name as the report may print it: a school that did not agree to be
        named is never named, not even in the schedule or beside a reviewer."""
        return name if name in self.named else NOT_NAMED

    def all_text(self) -> list[str]:
        """Every school or person name the report may print (for the font check)."""
        return [
            self.partnership,
            *self.themes.heat.schools,
            *(t for e in self.themes.excellence for t in e),
            *(p.name for p in self.pool),
        ]


def _year_bounds(year: str) -> tuple[str, str]:
    start = int(year[:4])
    return f"{start}-09-01", f"{start + 1}-08-31"


def check_year(year: str) -> str:
    if not partnership.YEAR.match(year) or (int(year[:4]) + 1) % 100 != int(year[5:]):
        raise PeerviewError(
            f"'{year}' is not an academic year; write it as 2026-27 (September to August)."
        )
    return year


def gather(
    store: Store,
    given_partnership: str | None = None,
    *,
    year: str | None = None,
    strand_map: StrandMap = NO_MAP,
    today: dt.date | None = None,
) -> AnnualData:
    today = today or dt.date.today()
    with store.read() as conn:
        pid, name = partnership.resolve(conn, given_partnership)
        summaries = sharing.live_summaries(conn, pid)
        unreadable = themes_read.live_count(conn, pid) - len(summaries)
        wanted = partnership.priorities(conn, pid)
    lead_here = partnership.is_lead(store, pid)
    timeline = themes_read.timeline_rounds(store, pid)
    if year is None:
        days = [r.first_day for r in timeline if r.first_day] + [s.first_day for s in summaries]
        year = themes.academic_year(max(days) if days else today.isoformat())
    check_year(year)
    # Named over every summary shared, so the year's figures and the trends agree.
    named = themes.named_schools(summaries)
    first, last = _year_bounds(year)
    this_year = [s for s in summaries if first <= s.first_day <= last]
    so_far = [s for s in summaries if s.first_day <= last]
    year_rounds = [r for r in timeline if r.first_day and first <= r.first_day <= last]
    names = {r.name for r in year_rounds}
    visits = [v for v in rounds.schedule(store, pid) if v.round_name in names]
    pool = reviewers.pool(store, pid, today)
    soon = (today + dt.timedelta(days=REFRESHER_SOON_DAYS)).isoformat()
    return AnnualData(
        partnership_id=pid,
        partnership=name,
        year=year,
        made_on=today.isoformat(),
        lead_here=lead_here,
        themes=themes.compute(this_year, {year: wanted.get(year, [])}, strand_map, named=named),
        history=themes.compute(so_far, {}, strand_map, named=named),
        visits=visits,
        timeline=year_rounds,
        support=_support_by_state(store, pid, first, last, named),
        pool=pool,
        refreshers_due=[p for p in pool if p.refresher_due and p.refresher_due <= soon],
        unreadable=unreadable,
        named=frozenset(s.school_name for s in summaries if s.school_id in named),
    )


def _support_by_state(
    store: Store, pid: str, first: str, last: str, named: frozenset[str]
) -> dict[str, Figure]:
    """Offers of support on the year's reviews held here, by state; a state's count is
    held back as any figure is, by the host schools behind it."""
    hosts: dict[str, set[str]] = {s: set() for s in STATE_LABELS}
    counts = dict.fromkeys(STATE_LABELS, 0)
    with store.read() as conn:
        for row in conn.execute(
            select(_support.c.state, _review.c.host_school_id)
            .join(_review, _review.c.id == _support.c.review_id)
            .where(
                _review.c.partnership_id == pid,
                _review.c.deleted.is_(False),
                _support.c.deleted.is_(False),
                _review.c.start_date >= first,
                _review.c.start_date <= last,
            )
        ):
            if row.state in counts:
                counts[row.state] += 1
                hosts[row.state].add(row.host_school_id or "")
    return {s: themes.figure(hosts[s], named, counts[s]) for s in STATE_LABELS}
