"""Reading a partnership's themes from the database: its live shared summaries, its
priorities and its rounds, handed to the pure ``themes.compute`` (decision 0045)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from app.models import ReviewRound, ScheduledReview, SharedSummary, table
from app.services import partnership, sharing, themes
from app.services.errors import PeerviewError
from app.services.store import Store
from app.services.strand_map import NO_MAP, StrandMap
from app.services.summary_body import Summary
from app.services.textfold import fold
from app.services.theme_pictures import TimelineRound

_round = table(ReviewRound)
_visit, _shared = table(ScheduledReview), table(SharedSummary)


@dataclass(frozen=True)
class PartnershipThemes:
    partnership_id: str
    name: str
    themes: themes.Themes
    summaries: int  # live summaries read (all rounds)
    unreadable: int  # shared summaries left out because they cannot be read


def live_count(conn: Connection, partnership_id: str) -> int:
    """How many summaries are shared and not withdrawn, readable or not: those
    ``live_summaries`` did not return are the unreadable ones (counted without parsing
    every body a second time, as ``sharing.unreadable_summaries`` would)."""
    return int(
        conn.execute(
            select(func.count())
            .select_from(_shared)
            .where(
                _shared.c.partnership_id == partnership_id,
                _shared.c.deleted.is_(False),
                _shared.c.withdrawn_on == "",
                _shared.c.body != "",
            )
        ).scalar_one()
    )


def round_key(summaries: list[Summary], given: str) -> str:
    """The key of the round ``given`` names (its name, folded, or a unique start of it),
    among the rounds the summaries come from; refused naming the rounds there are."""
    rounds: dict[str, str] = {}
    for s in summaries:
        key = s.round_id or f"year:{themes.academic_year(s.first_day) if s.first_day else ''}"
        rounds[key] = s.round_name or key
    wanted = fold(given.strip())
    exact = [k for k, name in rounds.items() if fold(name) == wanted or k == given]
    found = exact or [k for k, name in rounds.items() if fold(name).startswith(wanted)]
    if len(found) == 1:
        return found[0]
    listed = ", ".join(sorted(set(rounds.values()))) or "none yet"
    problem = "names more than one" if found else "is not a round any shared summary comes from"
    raise PeerviewError(
        f"'{given}' {problem}. Rounds with shared summaries: {listed}.",
        hint_cli="Give one of those names, or leave out --round for every round.",
        hint_gui="Choose one of those rounds, or every round.",
    )


def read(
    store: Store,
    given_partnership: str | None = None,
    *,
    strand_map: StrandMap = NO_MAP,
    round_name: str | None = None,
) -> PartnershipThemes:
    with store.read() as conn:
        pid, name = partnership.resolve(conn, given_partnership)
        summaries = sharing.live_summaries(conn, pid)
        unreadable = live_count(conn, pid) - len(summaries)
        wanted = partnership.priorities(conn, pid)
    key = round_key(summaries, round_name) if round_name else None
    return PartnershipThemes(
        pid,
        name,
        themes.compute(summaries, wanted, strand_map, key),
        len(summaries),
        unreadable,
    )


def timeline_rounds(store: Store, partnership_id: str) -> list[TimelineRound]:
    """Every round of the partnership with its visits' days and statuses, oldest first."""
    with store.read() as conn:
        visits: dict[str, list[tuple[str, str]]] = {}
        for v in conn.execute(
            select(_visit.c.round_id, _visit.c.day, _visit.c.status)
            .where(_visit.c.partnership_id == partnership_id, _visit.c.deleted.is_(False))
            .order_by(_visit.c.day)
        ):
            visits.setdefault(v.round_id, []).append((v.day, v.status))
        return [
            TimelineRound(r.name, r.first_day, r.last_day, tuple(visits.get(r.id, ())))
            for r in conn.execute(
                select(_round.c.id, _round.c.name, _round.c.first_day, _round.c.last_day)
                .where(_round.c.partnership_id == partnership_id, _round.c.deleted.is_(False))
                .order_by(_round.c.first_day, _round.c.id)
            )
        ]
