"""The schedule proposer: who reviews whom, and when, in one round (decision 0041).

A pure function of what it is given (schools, their blocked dates, the trained leads,
the previous round, a window of dates): no database, so a property test can run it over
thousands of random partnerships. The coordinator adjusts what it proposes.

The rules, as coordinators state them:

- **balanced load**: every school hosts one review and sends one team (a permutation
  with no school reviewing itself);
- **no reciprocal pair** (A reviews B and B reviews A) where it can be avoided;
- **not the same reviewing school as last round**, unless the coordinator chose to keep
  that pair;
- **dates clear** of both schools' blocked dates, on a weekday in the window, and no
  school in two reviews on one day;
- **a trained lead** on every review: a lead reviewer trained by that day whose
  refresher is not overdue, from the reviewing school or else one lent by a school the
  review does not involve, leading one review a day.

Pairing rules are kept as long as any pairing meets them; only when none does is a rule
dropped, and then the proposal names every place it is broken and why (``unmet``). A
review no clear day can be found for stays undated, named too: never silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

PAIRINGS_TRIED = 40  # pairings whose dates are tried before settling for the best one
SEARCH_BUDGET = 20_000  # backtracking steps per search; far beyond what 15 schools need


@dataclass(frozen=True)
class Lead:
    id: str
    name: str
    school_id: str
    trained_on: dt.date
    refresher_due: dt.date | None = None

    def trained_for(self, day: dt.date) -> bool:
        return self.trained_on <= day and (self.refresher_due is None or day <= self.refresher_due)


@dataclass(frozen=True)
class RoundInput:
    schools: Mapping[str, str]  # id -> name, in the order the partnership lists them
    first_day: dt.date
    last_day: dt.date
    blocked: Mapping[str, Sequence[tuple[dt.date, dt.date]]] = field(default_factory=dict)
    leads: Sequence[Lead] = ()
    previous: Mapping[str, str] = field(default_factory=dict)  # host -> reviewing school
    keep: frozenset[tuple[str, str]] = frozenset()  # (reviewer, host) chosen to repeat


@dataclass(frozen=True)
class Proposed:
    reviewer_school_id: str
    host_school_id: str
    day: dt.date | None
    lead_id: str | None


@dataclass(frozen=True)
class Unmet:
    rule: str  # schools | reciprocal | repeat | date | lead
    text: str
    host_school_id: str | None = None


@dataclass
class Proposal:
    reviews: list[Proposed]
    unmet: list[Unmet]


def school_days(first: dt.date, last: dt.date) -> list[dt.date]:
    days = []
    day = first
    while day <= last:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def propose(given: RoundInput) -> Proposal:
    ids = list(given.schools)
    name = given.schools
    if len(ids) < 2:
        return Proposal(
            [],
            [Unmet("schools", "A round needs at least two member schools; add schools first.")],
        )
    days = school_days(given.first_day, given.last_day)
    free = {s: [d for d in days if not _blocked(given.blocked.get(s, ()), d)] for s in ids}
    common = {(r, h): [d for d in free[h] if d in set(free[r])] for r in ids for h in ids if r != h}
    unmet: list[Unmet] = []
    if not days:
        unmet.append(
            Unmet(
                "date",
                f"There is no weekday between {given.first_day} and {given.last_day}; "
                "choose a wider window.",
            )
        )
    # Each tier keeps (no reciprocal, no repeat, a clear day for each pair); the first
    # tier with any pairing wins.
    tiers = (
        (True, True, True),
        (True, False, True),
        (False, True, True),
        (False, False, True),
        (True, True, False),
        (False, False, False),
    )
    pairing: dict[str, str] | None = None
    dated: dict[str, dt.date | None] = {}
    for no_reciprocal, no_repeat, dated_pairs in tiers:
        found = list(_pairings(given, ids, common, no_reciprocal, no_repeat, dated_pairs))
        if found:
            pairing, dated = _best_dated(ids, found, common)
            break
    assert pairing is not None  # the last tier allows any derangement of two or more
    unmet += _pairing_unmet(given, pairing)
    leads = _choose_leads(given, pairing, dated)
    reviews = []
    for host in ids:
        reviewer = pairing[host]
        day = dated.get(host)
        if day is None and days:
            unmet.append(
                Unmet(
                    "date",
                    f"{name[reviewer]} reviewing {name[host]}: no weekday between "
                    f"{given.first_day} and {given.last_day} is clear of both schools' "
                    "blocked dates and their other review this round; widen the window or "
                    "choose a day by hand.",
                    host,
                )
            )
        lead = leads.get(host)
        if day is not None and lead is None:
            unmet.append(
                Unmet(
                    "lead",
                    f"{name[reviewer]} reviewing {name[host]} on {day}: no trained lead "
                    f"reviewer is free; train or accredit a lead at {name[reviewer]}, or "
                    "renew a lapsed refresher.",
                    host,
                )
            )
        reviews.append(Proposed(reviewer, host, day, lead))
    return Proposal(reviews, unmet)


def _blocked(spans: Sequence[tuple[dt.date, dt.date]], day: dt.date) -> bool:
    return any(first <= day <= last for first, last in spans)


def _pairings(
    given: RoundInput,
    ids: list[str],
    common: dict[tuple[str, str], list[dt.date]],
    no_reciprocal: bool,
    no_repeat: bool,
    dated_pairs: bool,
) -> Iterator[dict[str, str]]:
    """Up to PAIRINGS_TRIED pairings (host -> reviewer) meeting the rules asked for."""
    n = len(ids)
    place = {s: i for i, s in enumerate(ids)}

    def allowed(r: str, h: str) -> bool:
        if r == h:
            return False
        if dated_pairs and not common[(r, h)]:
            return False
        repeat = given.previous.get(h) == r and (r, h) not in given.keep
        return not (no_repeat and repeat)

    # The neighbour next along the list first: a single cycle, which has no reciprocal.
    candidates = {
        h: sorted((r for r in ids if allowed(r, h)), key=lambda r: (place[r] - place[h]) % n)
        for h in ids
    }
    order = sorted(ids, key=lambda h: (len(candidates[h]), place[h]))
    reviewer_of: dict[str, str] = {}
    used: set[str] = set()
    budget = [SEARCH_BUDGET]
    found = [0]

    def search(i: int) -> Iterator[dict[str, str]]:
        if found[0] >= PAIRINGS_TRIED or budget[0] <= 0:
            return
        if i == n:
            found[0] += 1
            yield dict(reviewer_of)
            return
        host = order[i]
        for r in candidates[host]:
            budget[0] -= 1
            if r in used or (no_reciprocal and reviewer_of.get(r) == host):
                continue
            reviewer_of[host] = r
            used.add(r)
            yield from search(i + 1)
            del reviewer_of[host]
            used.discard(r)

    yield from search(0)


def _best_dated(
    ids: list[str], pairings: list[dict[str, str]], common: dict[tuple[str, str], list[dt.date]]
) -> tuple[dict[str, str], dict[str, dt.date | None]]:
    best: tuple[dict[str, str], dict[str, dt.date | None]] | None = None
    for pairing in pairings:
        dated = _dates(ids, pairing, common)
        if all(day is not None for day in dated.values()):
            return pairing, dated
        if best is None or _undated(dated) < _undated(best[1]):
            best = (pairing, dated)
    assert best is not None
    return best


def _undated(dated: dict[str, dt.date | None]) -> int:
    return sum(1 for day in dated.values() if day is None)


def _dates(
    ids: list[str], pairing: dict[str, str], common: dict[tuple[str, str], list[dt.date]]
) -> dict[str, dt.date | None]:
    """host -> day: clear of both schools' blocked dates, no school twice on one day,
    spread over the window (the least used day first). Backtracking; when it cannot
    place them all, as many as a greedy pass places."""
    hosts = sorted(ids, key=lambda h: (len(common[(pairing[h], h)]), ids.index(h)))
    busy: dict[dt.date, set[str]] = {}
    chosen: dict[str, dt.date | None] = {}
    budget = [SEARCH_BUDGET]

    def options(host: str) -> list[dt.date]:
        pair = {host, pairing[host]}
        days = [d for d in common[(pairing[host], host)] if not pair & busy.get(d, set())]
        return sorted(days, key=lambda d: (len(busy.get(d, ())), d))

    def place(i: int) -> bool:
        if i == len(hosts):
            return True
        host = hosts[i]
        for day in options(host):
            budget[0] -= 1
            if budget[0] <= 0:
                return False
            chosen[host] = day
            busy.setdefault(day, set()).update({host, pairing[host]})
            if place(i + 1):
                return True
            busy[day] -= {host, pairing[host]}
            del chosen[host]
        return False

    if place(0):
        return chosen
    busy.clear()
    chosen = {}
    for host in hosts:
        days = options(host)
        chosen[host] = days[0] if days else None
        if days:
            busy.setdefault(days[0], set()).update({host, pairing[host]})
    return chosen


def _pairing_unmet(given: RoundInput, pairing: dict[str, str]) -> list[Unmet]:
    name = given.schools
    n = len(name)
    place = {s: i for i, s in enumerate(name)}
    out = []
    for host, reviewer in pairing.items():
        # A reciprocal pair is named once, at the host listed second.
        if pairing.get(reviewer) == host and place[reviewer] < place[host]:
            why = (
                "two schools can only review each other"
                if n == 2
                else "no pairing without it gives every pair a clear day and keeps the other rules"
            )
            out.append(
                Unmet(
                    "reciprocal",
                    f"{name[reviewer]} and {name[host]} review each other this round: {why}.",
                    host,
                )
            )
        if given.previous.get(host) == reviewer and (reviewer, host) not in given.keep:
            out.append(
                Unmet(
                    "repeat",
                    f"{name[reviewer]} reviews {name[host]} again, as in the last round: no "
                    "other pairing gives every pair a clear day and keeps the other rules.",
                    host,
                )
            )
    return out


def _choose_leads(
    given: RoundInput, pairing: dict[str, str], dated: dict[str, dt.date | None]
) -> dict[str, str]:
    """host -> lead id: the reviewing school's own trained lead first (the one who has led
    least this round), else one lent by a school the review does not involve."""
    led: dict[str, int] = {}
    leading: set[tuple[str, dt.date]] = set()
    out: dict[str, str] = {}
    hosts = list(given.schools)
    busy = {(s, day) for h, day in dated.items() if day for s in (h, pairing[h])}
    # Reviews whose own school has a lead go first, so lending never takes that lead.
    own = {
        h: [
            lead
            for lead in given.leads
            if lead.school_id == pairing[h] and _trained(lead, dated.get(h))
        ]
        for h in hosts
    }
    for host in sorted(hosts, key=lambda h: (not own[h], hosts.index(h))):
        day = dated.get(host)
        if day is None:
            continue
        reviewer = pairing[host]
        pool = own[host] or [
            lead
            for lead in given.leads
            if lead.school_id not in (host, reviewer)
            and (lead.school_id, day) not in busy
            and lead.trained_for(day)
        ]
        pool = [lead for lead in pool if (lead.id, day) not in leading]
        if not pool:
            continue
        lead = min(pool, key=lambda x: (led.get(x.id, 0), x.name, x.id))
        out[host] = lead.id
        led[lead.id] = led.get(lead.id, 0) + 1
        leading.add((lead.id, day))
    return out


def _trained(lead: Lead, day: dt.date | None) -> bool:
    return day is not None and lead.trained_for(day)
