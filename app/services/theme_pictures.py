"""The themes' pictures, laid out once and drawn twice (decision 0045).

Each picture is a list of plain shapes in points, y downwards: the annual report draws
them with ReportLab graphics (``app/reports/annual_pictures.py``), the window with
QPainter (``app/ui/partnership/picture.py``), so the PDF and the screen show the same
picture and neither can show a figure the themes held back (the layouts read only
``Figure`` values).

Colours come from the Okabe-Ito palette, told apart with colour blindness, and every
colour is backed by a letter, a line style or a marker shape; never red, amber and
green, which would read as a grading the product does not make.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from app import dates
from app.services.themes import KIND_LABELS, KIND_LETTERS, KINDS, Themes
from app.translatable import QT_TRANSLATE_NOOP

INK = "#1f2328"
MUTED = "#57606a"
RULE = "#d0d7de"
# Strength, area for development, Area of Excellence: blue, reddish purple, black; each
# with its own dash and marker as well.
KIND_COLOURS = {
    "strength": "#0072B2",
    "area_for_development": "#CC79A7",
    "area_of_excellence": "#000000",
}
KIND_DASH = {"strength": (), "area_for_development": (4.0, 2.0), "area_of_excellence": (1.0, 1.5)}
KIND_MARKER = {
    "strength": "circle",
    "area_for_development": "square",
    "area_of_excellence": "triangle",
}


# A picture's words: the window passes Qt's translation (``words``); the annual report
# and every other caller read the English as marked here.
Words = Callable[[str], str]
_HEAT_ABOUT = QT_TRANSLATE_NOOP(
    "services.theme_pictures",
    "Heat map of {strands} strands by {schools} schools that agreed to be named: shade for "
    "the number of findings, letters S, D and E for strength, area for development and Area "
    "of Excellence.",
)
_ONE_FINDING = QT_TRANSLATE_NOOP("services.theme_pictures", "1 finding")
_THREE_OR_MORE = QT_TRANSLATE_NOOP("services.theme_pictures", "3 or more")
_LETTERS_KEY = QT_TRANSLATE_NOOP(
    "services.theme_pictures", "S strength · D area for development · E Area of Excellence"
)
_TRENDS_ABOUT = QT_TRANSLATE_NOOP(
    "services.theme_pictures",
    "Trends across {rounds} rounds for {strands} strands: schools with each kind of "
    "finding, round by round; a gap where fewer than 3 schools were held back.",
)
_OPEN_MARK = QT_TRANSLATE_NOOP(
    "services.theme_pictures", "open mark on the axis: fewer than 3, held back"
)
_TIMELINE_ABOUT = QT_TRANSLATE_NOOP(
    "services.theme_pictures",
    "Timeline of {rounds} rounds from {first} to {last}: each round's dates as a bar, "
    "each visit a mark (filled once visited, open while planned).",
)
_UNDATED = QT_TRANSLATE_NOOP("services.theme_pictures", "{0} without a date")
_VISITED = QT_TRANSLATE_NOOP("services.theme_pictures", "visited (or later)")
_PLANNED = QT_TRANSLATE_NOOP("services.theme_pictures", "planned or confirmed")

# Findings in a heat map cell: none, 1, 2, 3 or more (light to dark blue).
HEAT = ("#ffffff", "#c6dbef", "#6baed6", "#2171b5")
HEAT_TEXT = (INK, INK, INK, "#ffffff")
VISIT_DONE = frozenset({"visited", "report_signed", "action_plan_agreed", "impact_review_due"})


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None


@dataclass(frozen=True)
class Label:
    x: float
    y: float  # the text's baseline
    text: str
    size: float = 7.5
    colour: str = INK
    anchor: str = "start"  # start, middle or end
    bold: bool = False


@dataclass(frozen=True)
class Line:
    points: tuple[tuple[float, float], ...]
    colour: str = INK
    width: float = 1.0
    dash: tuple[float, ...] = ()


@dataclass(frozen=True)
class Marker:
    x: float
    y: float
    shape: str  # circle, square or triangle
    colour: str
    filled: bool = True
    size: float = 2.6


@dataclass(frozen=True)
class Picture:
    width: float
    height: float
    description: str  # what the picture shows, in words (accessible name, alt text)
    items: list[Box | Label | Line | Marker] = field(default_factory=list)


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ------------------------------------------------------------------ heat map
def heat_maps(
    t: Themes, width: float = 480.0, per_picture: int = 14, words: Words = str
) -> list[Picture]:
    """Strands by named schools, ``per_picture`` schools at a time: each cell's shade is
    how many findings the school's reviews made on the strand, its letters their kinds."""
    schools = list(t.heat.schools)
    if not schools or not t.strands:
        return []
    out = []
    for start in range(0, len(schools), per_picture):
        out.append(_heat(t, schools[start : start + per_picture], start, width, words))
    return out


def _heat(t: Themes, schools: Sequence[str], first: int, width: float, words: Words) -> Picture:
    label_w, row_h, head_h = 170.0, 15.0, 14.0
    cell_w = min(30.0, (width - label_w) / max(1, len(schools)))
    strands = [t.strand(k) for k in t.heat.strands]
    key_rows = (len(schools) + 1) // 2
    height = head_h + row_h * len(strands) + 30 + 11 * key_rows
    pic = Picture(
        width,
        height,
        words(_HEAT_ABOUT).format(strands=len(strands), schools=len(schools)),
    )
    items = pic.items
    for j, _ in enumerate(schools):
        x = label_w + j * cell_w + cell_w / 2
        items.append(Label(x, head_h - 4, str(first + j + 1), 7, MUTED, "middle", True))
    for i, strand in enumerate(strands):
        y = head_h + i * row_h
        items.append(Label(0, y + row_h - 4, _short(strand.label, 38), 7.5))
        for j, school in enumerate(schools):
            x = label_w + j * cell_w
            cell = t.heat.cells.get((strand.key, school))
            n = min(3, cell.findings) if cell else 0
            items.append(Box(x, y, cell_w, row_h, HEAT[n], RULE))
            if cell:
                letters = "".join(KIND_LETTERS[k] for k in cell.kinds)
                items.append(
                    Label(
                        x + cell_w / 2, y + row_h - 4.5, letters, 6.5, HEAT_TEXT[n], "middle", True
                    )
                )
    y = head_h + len(strands) * row_h + 12
    x = 0.0
    for n, key in ((1, words(_ONE_FINDING)), (2, "2"), (3, words(_THREE_OR_MORE))):
        items.append(Box(x, y - 7, 10, 8, HEAT[n], RULE))
        items.append(Label(x + 13, y, key, 7, MUTED))
        x += 18 + 4.2 * len(key)
    items.append(Label(x + 6, y, words(_LETTERS_KEY), 7, MUTED))
    y += 14
    for j, school in enumerate(schools):
        col, row = j % 2, j // 2
        items.append(
            Label(col * width / 2, y + row * 11, f"{first + j + 1}  {_short(school, 45)}", 7)
        )
    return pic


# ------------------------------------------------------------------ trends
def trends(t: Themes, width: float = 480.0, per_row: int = 3, words: Words = str) -> Picture | None:
    """Small multiples, one per strand: each kind's figure round by round. A figure held
    back leaves a gap (and an open marker on the axis), never a guessed point."""
    if len(t.rounds) < 1 or not t.strands:
        return None
    gap = 12.0
    panel_w = (width - gap * (per_row - 1)) / per_row
    panel_h = 86.0
    rows = (len(t.strands) + per_row - 1) // per_row
    legend_h = 18.0
    pic = Picture(
        width,
        legend_h + rows * (panel_h + gap),
        words(_TRENDS_ABOUT).format(rounds=len(t.rounds), strands=len(t.strands)),
    )
    items = pic.items
    x = 0.0
    for kind in KINDS:
        items.append(Line(((x, 8), (x + 16, 8)), KIND_COLOURS[kind], 1.4, KIND_DASH[kind]))
        items.append(Marker(x + 8, 8, KIND_MARKER[kind], KIND_COLOURS[kind]))
        kind_label = words(KIND_LABELS[kind])
        items.append(Label(x + 20, 10.5, kind_label, 7, MUTED))
        x += 30 + 4.1 * len(kind_label)
    items.append(Label(x, 10.5, words(_OPEN_MARK), 7, MUTED))
    top = max([f.value or 0 for s in t.strands for k in KINDS for f in s.by_round[k]] + [3])
    for n, strand in enumerate(t.strands):
        px = (n % per_row) * (panel_w + gap)
        py = legend_h + (n // per_row) * (panel_h + gap)
        items.append(Label(px, py + 8, _short(strand.label, 34), 7, INK, bold=True))
        x0, x1 = px + 14, px + panel_w - 6
        y0, y1 = py + panel_h - 14, py + 16  # the axis, the top
        items.append(Line(((x0, y1), (x0, y0), (x1, y0)), RULE, 0.6))
        items.append(Label(x0 - 3, y1 + 3, str(top), 6, MUTED, "end"))
        items.append(Label(x0 - 3, y0 + 2, "0", 6, MUTED, "end"))
        count = len(t.rounds)

        def at(i: int, x0: float = x0, x1: float = x1, count: int = count) -> float:
            return x0 + (x1 - x0) * (0.5 if count == 1 else i / (count - 1))

        for i, r in enumerate(t.rounds):
            if count <= 3 or i in (0, count - 1):  # more would run into each other
                # The first and last names hang inwards, so none runs past the panel.
                anchor = "start" if i == 0 else "end" if i == count - 1 else "middle"
                anchor = "middle" if count == 1 else anchor
                items.append(Label(at(i), y0 + 9, _short(r.name, 14), 5.5, MUTED, anchor))
        for kind in KINDS:
            colour = KIND_COLOURS[kind]
            run: list[tuple[float, float]] = []
            for i, f in enumerate(strand.by_round[kind]):
                if f.value is None:
                    if len(run) > 1:
                        items.append(Line(tuple(run), colour, 1.2, KIND_DASH[kind]))
                    run = []
                    items.append(Marker(at(i), y0, KIND_MARKER[kind], colour, filled=False))
                    continue
                y = y0 - (y0 - y1) * f.value / top
                run.append((at(i), y))
                items.append(Marker(at(i), y, KIND_MARKER[kind], colour))
            if len(run) > 1:
                items.append(Line(tuple(run), colour, 1.2, KIND_DASH[kind]))
    return pic


# ------------------------------------------------------------------ timeline
@dataclass(frozen=True)
class TimelineRound:
    name: str
    first_day: str
    last_day: str
    visits: tuple[tuple[str, str], ...]  # (day or "", status)


def timeline(
    rounds: Sequence[TimelineRound],
    width: float = 480.0,
    words: Words = str,
    calendar: dates.Words = dates.WORDS["en"],
) -> Picture | None:
    """Rounds as bars across the calendar, each scheduled visit a mark on its day: filled
    once the visit has happened, open while it is planned or confirmed."""
    dated = [r for r in rounds if r.first_day and r.last_day]
    if not dated:
        return None
    start = dt.date.fromisoformat(min(r.first_day for r in dated)).replace(day=1)
    last = dt.date.fromisoformat(max(r.last_day for r in dated))
    end = (last.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    label_w, row_h, top = 110.0, 18.0, 16.0
    span = max(1, (end - start).days)

    def x(day: str) -> float:
        return label_w + (width - label_w - 4) * (dt.date.fromisoformat(day) - start).days / span

    pic = Picture(
        width,
        top + row_h * len(dated) + 26,
        words(_TIMELINE_ABOUT).format(
            rounds=len(dated),
            first=f"{calendar.months[start.month - 1]} {start.year}",
            last=f"{calendar.months[last.month - 1]} {last.year}",
        ),
    )
    items = pic.items
    months = []
    d = start
    while d < end:
        months.append(d)
        d = (d + dt.timedelta(days=32)).replace(day=1)
    step = max(1, len(months) // 12)
    for m in months[::step]:
        mx = x(m.isoformat())
        items.append(Line(((mx, top - 2), (mx, top + row_h * len(dated))), RULE, 0.4))
        month = calendar.months_short[m.month - 1]
        text = f"{month} {m.year}" if m.month in (1, 9) or m == start else month
        items.append(Label(mx + 1.5, top - 5, text, 6, MUTED))
    for i, r in enumerate(dated):
        y = top + i * row_h
        items.append(Label(0, y + row_h - 6, _short(r.name, 24), 7.5))
        x0, x1 = x(r.first_day), x(r.last_day)
        items.append(Box(x0, y + 4, max(2.0, x1 - x0), row_h - 8, "#deebf7", "#9ecae1"))
        undated = 0
        for day, status in r.visits:
            if not day:
                undated += 1
                continue
            items.append(
                Marker(x(day), y + row_h / 2, "circle", "#0072B2", status in VISIT_DONE, 2.2)
            )
        if undated:
            items.append(
                Label(
                    min(x1 + 4, width - 60),
                    y + row_h - 6,
                    words(_UNDATED).format(undated),
                    6,
                    MUTED,
                )
            )
    y = top + row_h * len(dated) + 14
    items.append(Marker(4, y - 2.5, "circle", "#0072B2", True, 2.2))
    items.append(Label(10, y, words(_VISITED), 7, MUTED))
    items.append(Marker(90, y - 2.5, "circle", "#0072B2", False, 2.2))
    items.append(Label(96, y, words(_PLANNED), 7, MUTED))
    return pic
