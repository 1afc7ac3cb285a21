"""Themes across the partnership's schools, from what hosts shared (decision 0045).

For each strand: how many schools have it as a strength, an area for development or an
Area of Excellence, round by round and overall; a strand-by-school grid of the schools
that agreed to be named; the partnership's shared priorities set against what reviews
found. Pure functions over parsed summaries (``app/services/summary_body.py``) and the
priorities; ``app/services/sharing.live_summaries`` supplies the summaries.

Anonymity is applied here, in the result, so the window, the JSON and the PDF all show
the same figures and none of them can print a number this module held back: a
``Figure`` carries its value or nothing, never the schools behind it. The rule
(``shown``): a figure is printed when the schools behind it that did not agree to be
named number none or at least three. Since the grid prints every named school's cell, a
figure minus the named schools in it is the unnamed schools' count, so the rule is on
that part. A school's overall figure is held back too when any of its rounds is (the
overall less the rounds shown would narrow down the one held back).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.services import theme_words
from app.services.strand_map import NO_MAP, StrandMap
from app.services.summary_body import KINDS, PROGRESS, Summary
from app.translatable import QT_TRANSLATE_NOOP

MIN_SCHOOLS = 3
FEWER = QT_TRANSLATE_NOOP("services.themes", "fewer than 3")
KIND_LABELS = {
    "strength": QT_TRANSLATE_NOOP("services.themes", "Strength"),
    "area_for_development": QT_TRANSLATE_NOOP("services.themes", "Area for development"),
    "area_of_excellence": QT_TRANSLATE_NOOP("services.themes", "Area of Excellence"),
}
KIND_LETTERS = {"strength": "S", "area_for_development": "D", "area_of_excellence": "E"}
PROGRESS_LABELS = {
    "not_started": QT_TRANSLATE_NOOP("services.themes", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("services.themes", "Under way"),
    "done": QT_TRANSLATE_NOOP("services.themes", "Done"),
    "carried_forward": QT_TRANSLATE_NOOP("services.themes", "Carried forward"),
}


@dataclass(frozen=True)
class Figure:
    """A count that may be printed (``value``), or one held back (``value`` None)."""

    value: int | None

    @property
    def shown(self) -> bool:
        return self.value is not None

    @property
    def text(self) -> str:
        return FEWER if self.value is None else str(self.value)

    def as_json(self) -> int | str:
        return FEWER if self.value is None else self.value


HELD = Figure(None)


def figure(schools: Iterable[str], named: frozenset[str], count: int | None = None) -> Figure:
    """The figure for ``schools`` (or ``count`` things those schools hold), printed only
    when the unnamed schools among them number none or at least MIN_SCHOOLS."""
    group = set(schools)
    unnamed = len(group - named)
    if 0 < unnamed < MIN_SCHOOLS:
        return HELD
    return Figure(len(group) if count is None else count)


def named_schools(summaries: Iterable[Summary]) -> frozenset[str]:
    """The schools every one of whose ``summaries`` was shared with consent to be named:
    one review shared unnamed keeps the school unnamed in everything counted with it."""
    items = list(summaries)
    return frozenset(
        {s.school_id for s in items if s.named} - {s.school_id for s in items if not s.named}
    )


def academic_year(day: str) -> str:
    """The academic year (September to August) a YYYY-MM-DD day falls in: "2026-27"."""
    d = dt.date.fromisoformat(day)
    start = d.year if d.month >= 9 else d.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


@dataclass(frozen=True)
class ThemeRound:
    key: str
    name: str
    first_day: str
    last_day: str
    reviews: int  # summaries shared from this round's reviews (not a finding: always shown)


@dataclass(frozen=True)
class StrandTheme:
    key: str  # "<framework name>\x1f<code>": one strand across the framework's versions
    framework: str
    code: str
    title: str
    by_round: dict[str, tuple[Figure, ...]]  # kind -> one figure per round, in round order
    overall: dict[str, Figure]  # kind -> schools over every round shown

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}".strip()


@dataclass(frozen=True)
class HeatCell:
    kinds: tuple[str, ...]  # what the school's reviews found on the strand, in KINDS order
    findings: int


@dataclass(frozen=True)
class HeatMap:
    """Strands by the schools that agreed to be named; the others are not shown here."""

    schools: tuple[str, ...]  # named schools' names, in order
    strands: tuple[str, ...]  # strand keys, in the themes' order
    cells: dict[tuple[str, str], HeatCell]  # (strand key, school name) -> cell
    unnamed_schools: int  # schools counted in the figures but left out of the grid


@dataclass(frozen=True)
class PriorityProgress:
    year: str
    text: str
    strands: tuple[tuple[str, tuple[str, ...]], ...]  # (strand key, the words that linked)
    actions: dict[str, Figure]  # progress -> actions on the priority (held back by schools)


@dataclass(frozen=True)
class Themes:
    rounds: tuple[ThemeRound, ...]
    strands: tuple[StrandTheme, ...]
    heat: HeatMap
    priorities: tuple[PriorityProgress, ...]
    schools: int  # schools whose summaries are counted
    reviews: int
    excellence: tuple[tuple[str, str, str], ...]  # named schools only: school, title, strand
    unmapped: tuple[str, ...] = field(default=())  # strand map entries no summary used

    def strand(self, key: str) -> StrandTheme:
        return next(s for s in self.strands if s.key == key)


def _round_of(s: Summary) -> tuple[str, str]:
    if s.round_id:
        return s.round_id, s.round_name or "Round"
    year = academic_year(s.first_day) if s.first_day else "undated"
    return f"year:{year}", f"Outside a round, {year}"


def _code_order(code: str) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"[.\s-]+", code))


@dataclass
class _Strand:
    framework: str
    code: str
    title: str = ""
    title_day: str = ""  # the visit day the title was read from: the newest wins
    # kind -> round key -> schools
    schools: dict[str, dict[str, set[str]]] = field(default_factory=dict)


def compute(
    summaries: Sequence[Summary],
    priorities: dict[str, list[str]] | None = None,
    strand_map: StrandMap = NO_MAP,
    round_key: str | None = None,
    named: frozenset[str] | None = None,
) -> Themes:
    """The themes of ``summaries`` (only those of round ``round_key`` when given: a round's
    key is its id, or "year:2026-27" for reviews shared outside any round).

    Who is named is decided over every summary given (or ``named``, the caller's wider
    set), not only the round shown: two views that disagreed about a school would let a
    figure held in one be worked out from the other."""
    framework_names = {s.framework_hash.lower(): s.framework_name for s in summaries}
    rounds: dict[str, list[Summary]] = {}
    names: dict[str, str] = {}
    for s in summaries:
        key, name = _round_of(s)
        rounds.setdefault(key, []).append(s)
        names[key] = name
    if round_key is not None:
        rounds = {k: v for k, v in rounds.items() if k == round_key}
    order = sorted(rounds, key=lambda k: (min(x.first_day for x in rounds[k]), k))
    used = [s for k in order for s in rounds[k]]
    if named is None:
        named = named_schools(summaries)
    school_names = {s.school_id: s.school_name for s in used}
    # A school may share more than one review in a round; it counts once in each figure.
    strands: dict[str, _Strand] = {}
    grid: dict[tuple[str, str], list[str]] = {}
    mapped_used: set[tuple[str, str]] = set()
    for k in order:
        for s in rounds[k]:
            for f in s.findings:
                for ref in f.strands:
                    h = (ref.framework_hash or s.framework_hash).lower()
                    fw = framework_names.get(h, s.framework_name)
                    code = strand_map.code(h, ref.code)
                    if strand_map.maps(h, ref.code):
                        mapped_used.add((h, ref.code))
                    key = f"{fw}\x1f{code}"
                    st = strands.setdefault(key, _Strand(fw, code))
                    # The title as the newest version has it; a mapped (old) ref's title
                    # stands in only until an unmapped one is seen.
                    rank = ("1" if not strand_map.maps(h, ref.code) else "0") + s.first_day
                    if rank >= st.title_day:
                        st.title, st.title_day = ref.title, rank
                    st.schools.setdefault(f.kind, {}).setdefault(k, set()).add(s.school_id)
                    if s.school_id in named:
                        grid.setdefault((key, s.school_id), []).append(f.kind)
    themes = []
    for key in sorted(strands, key=lambda k: (strands[k].framework, _code_order(strands[k].code))):
        st = strands[key]
        by_round: dict[str, tuple[Figure, ...]] = {}
        overall: dict[str, Figure] = {}
        for kind in KINDS:
            per = st.schools.get(kind, {})
            figs = tuple(figure(per.get(k, ()), named) for k in order)
            by_round[kind] = figs
            everyone = set().union(*per.values()) if per else set()
            overall[kind] = figure(everyone, named)
            if not all(f.shown for f in figs):
                overall[kind] = HELD
        themes.append(StrandTheme(key, st.framework, st.code, st.title, by_round, overall))
    named_here = named & set(school_names)  # named schools with a review in this view
    named_order = sorted({school_names[i] for i in named_here}, key=str.casefold)
    by_name = {school_names[i]: i for i in named_here}
    heat = HeatMap(
        schools=tuple(named_order),
        strands=tuple(t.key for t in themes),
        cells={
            (key, name): HeatCell(tuple(k for k in KINDS if k in kinds), len(kinds))
            for (key, school), kinds in grid.items()
            for name in [school_names[school]]
            if by_name.get(name) == school
        },
        unnamed_schools=len(set(school_names) - named),
    )
    return Themes(
        rounds=tuple(
            ThemeRound(
                k,
                names[k],
                min(s.first_day for s in rounds[k]),
                max(s.last_day or s.first_day for s in rounds[k]),
                len(rounds[k]),
            )
            for k in order
        ),
        strands=tuple(themes),
        heat=heat,
        priorities=tuple(_priorities(priorities or {}, themes, used, named, strand_map)),
        schools=len(school_names),
        reviews=len(used),
        excellence=tuple(
            sorted(
                (s.school_name, f.title, ", ".join(r.code for r in f.strands))
                for s in used
                if s.school_id in named
                for f in s.findings
                if f.kind == "area_of_excellence"
            )
        ),
        unmapped=tuple(sorted(f"{h[:12]}… {c}" for h, c in set(strand_map.entries) - mapped_used)),
    )


def _priorities(
    priorities: dict[str, list[str]],
    themes: list[StrandTheme],
    summaries: list[Summary],
    named: frozenset[str],
    strand_map: StrandMap,
) -> list[PriorityProgress]:
    out = []
    for year in sorted(priorities):
        for text in priorities[year]:
            linked = tuple(
                (t.key, tuple(found))
                for t in themes
                if (found := theme_words.match(text, t.code, t.title))
            )
            codes = {t.split("\x1f", 1)[1] for t, _ in linked}
            schools: dict[str, set[str]] = {p: set() for p in PROGRESS}
            counts = dict.fromkeys(PROGRESS, 0)
            for s in summaries:
                for a in s.actions:
                    on_strand = any(
                        strand_map.code((r.framework_hash or s.framework_hash).lower(), r.code)
                        in codes
                        for r in a.strands
                    )
                    if on_strand or theme_words.match(text, "", a.headline):
                        schools[a.status].add(s.school_id)
                        counts[a.status] += 1
            actions = {p: figure(schools[p], named, counts[p]) for p in PROGRESS}
            out.append(PriorityProgress(year, text, linked, actions))
    return out


def as_json(themes: Themes) -> dict[str, object]:
    """The themes as plain data for ``--json``: figures as numbers or "fewer than 3"."""
    return {
        "schools": themes.schools,
        "reviews": themes.reviews,
        "rounds": [
            {
                "key": r.key,
                "name": r.name,
                "first_day": r.first_day,
                "last_day": r.last_day,
                "reviews": r.reviews,
            }
            for r in themes.rounds
        ],
        "strands": [
            {
                "framework": t.framework,
                "code": t.code,
                "title": t.title,
                "overall": {k: t.overall[k].as_json() for k in KINDS},
                "by_round": {k: [f.as_json() for f in t.by_round[k]] for k in KINDS},
            }
            for t in themes.strands
        ],
        "named_schools": {
            "schools": list(themes.heat.schools),
            "not_named": themes.heat.unnamed_schools,
            "cells": [
                {
                    "strand": themes.strand(key).label,
                    "school": school,
                    "kinds": list(cell.kinds),
                }
                for (key, school), cell in sorted(themes.heat.cells.items())
            ],
        },
        "areas_of_excellence": [
            {"school": school, "title": title, "strands": codes}
            for school, title, codes in themes.excellence
        ],
        "priorities": [
            {
                "year": p.year,
                "text": p.text,
                "strands": [
                    {"strand": themes.strand(k).label, "matched_on": list(w)} for k, w in p.strands
                ],
                "actions": {k: v.as_json() for k, v in p.actions.items()},
            }
            for p in themes.priorities
        ],
        "unused_strand_map_entries": list(themes.unmapped),
    }
