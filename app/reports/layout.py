"""Page furniture for reports, laid out in a single pass.

A table of contents and "page N of M" both need numbers that are only known at the end.
ReportLab's usual answer, ``multiBuild``, lays the whole document out at least twice.
Here the canvas keeps every finished page until ``save``: by then the total and each
heading's page are known, so it writes the footers, the contents page numbers and the
PDF outline as it emits each page. One layout pass keeps a 1,000-note report within its
time budget (see app/bench/report.py).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import ParagraphStyle

from app.reports import fonts

GREY = Color(0.35, 0.35, 0.35)
# The draft watermark's letters as strokes in a unit-high box: (width, polylines). Curves
# are short polylines, fine at the size the watermark is drawn.
LETTER_GAP = 0.24


def _arc(cx: float, cy: float, r: float, start: float, end: float) -> list[tuple[float, float]]:
    steps = 12
    return [
        (
            cx + r * math.cos(math.radians(start + (end - start) * i / steps)),
            cy + r * math.sin(math.radians(start + (end - start) * i / steps)),
        )
        for i in range(steps + 1)
    ]


LETTERS: dict[str, tuple[float, list[list[tuple[float, float]]]]] = {
    "D": (0.7, [[(0.2, 0.0), (0.0, 0.0), (0.0, 1.0), (0.2, 1.0), *_arc(0.2, 0.5, 0.5, 90, -90)]]),
    "R": (
        0.62,
        [
            [(0.0, 0.0), (0.0, 1.0), (0.34, 1.0), *_arc(0.34, 0.75, 0.25, 90, -90), (0.0, 0.5)],
            [(0.3, 0.5), (0.62, 0.0)],
        ],
    ),
    "A": (0.78, [[(0.0, 0.0), (0.39, 1.0), (0.78, 0.0)], [(0.16, 0.38), (0.62, 0.38)]]),
    "F": (0.52, [[(0.0, 0.0), (0.0, 1.0), (0.52, 1.0)], [(0.0, 0.52), (0.42, 0.52)]]),
    "T": (0.7, [[(0.0, 1.0), (0.7, 1.0)], [(0.35, 1.0), (0.35, 0.0)]]),
}
ACCENT = Color(0.05, 0.33, 0.40)
DRAFT_RED = Color(0.66, 0.09, 0.09)


@dataclass
class Mark:
    key: str
    title: str
    level: int
    page: int = 0
    top: float = 0.0


@dataclass
class SignatureBox:
    """Where a signature stamp goes: page index (from 0) and box in points."""

    name: str
    label: str
    page: int
    box: tuple[int, int, int, int]


@dataclass
class Furniture:
    """Filled in while pages are laid out; read back after the build."""

    footer: str = ""
    # A draft: a word across every page (the watermark) and a line at its top (the mark).
    watermark: str = ""
    mark: str = ""
    # A band across the top of the first page, with this text in it (the report's cover).
    band: str = ""
    page_words: str = "page {number} of {total}"
    marks: dict[str, Mark] = field(default_factory=dict)
    toc_slots: list[tuple[int, float, float, float, str]] = field(default_factory=list)
    signature_boxes: list[SignatureBox] = field(default_factory=list)
    pages: int = 0


class ReportCanvas(Canvas):
    """A canvas that holds its pages back until ``save`` (see the module docstring)."""

    furniture: Furniture

    def __init__(self, *args: Any, furniture: Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.furniture = furniture
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        f = self.furniture
        total = len(self._held)
        f.pages = total
        by_page: dict[int, list[Mark]] = {}
        for mark in f.marks.values():
            by_page.setdefault(mark.page, []).append(mark)
        for state in self._held:
            self.__dict__.update(state)
            number = self._pageNumber
            for mark in by_page.get(number, []):
                self.bookmarkPage(mark.key, fit="XYZ", top=mark.top)
                self.addOutlineEntry(mark.title, mark.key, level=mark.level, closed=False)
            for page, x, y, width, key in f.toc_slots:
                if page == number and key in f.marks:
                    self.setFont(fonts.SANS, 10)
                    self.drawRightString(x + width, y, str(f.marks[key].page))
                    self.linkRect("", key, (x, y - 3, x + width, y + 10), relative=0)
            if number == 1 and f.band:
                self._band(f.band)
            self._footer(number, total)
            if f.watermark:
                self._watermark(f.watermark)
            if f.mark:
                self._mark(f.mark)
            Canvas.showPage(self)
        Canvas.save(self)

    def _footer(self, number: int, total: int) -> None:
        width, _ = self._pagesize
        self.setFont(fonts.SANS, 8)
        self.setFillColor(GREY)
        page = self.furniture.page_words.format(number=number, total=total)
        self.drawRightString(width - 56, 28, page)
        # A bilingual footer is a line per language, the first on top; a line too long to
        # sit beside the page number (Welsh runs longer) wraps.
        room = width - 2 * 56 - stringWidth(page, fonts.SANS, 8) - 12
        lines = [
            part
            for line in self.furniture.footer.splitlines()
            for part in simpleSplit(line, fonts.SANS, 8, room)
        ]
        for n, line in enumerate(reversed(lines)):
            self.drawString(56, 28 + 10 * n, line)

    def _band(self, text: str) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setFillColor(ACCENT)
        self.rect(0, height - 34, width, 34, stroke=0, fill=1)
        self.setFillColor(Color(1, 1, 1))
        self.setFont(fonts.SANS_BOLD, 10)
        self.drawString(56, height - 22, text)
        self.restoreState()

    def _watermark(self, word: str) -> None:
        # Drawn over the page, so faint: it must not hide the text it marks. Drawn as
        # strokes, not text, so that copying or reading the page aloud does not meet
        # stray letters ("T AF DR") in the middle of a paragraph.
        width, height = self._pagesize
        em = 118.0
        letters = [LETTERS[ch] for ch in word if ch in LETTERS]
        span = sum(w for w, _ in letters) + LETTER_GAP * (len(letters) - 1)
        self.saveState()
        self.setStrokeColor(DRAFT_RED)
        self.setStrokeAlpha(0.13)
        self.setLineWidth(0.15 * em)
        self.setLineCap(1)
        self.setLineJoin(1)
        self.translate(width / 2, height / 2)
        self.rotate(54)
        self.translate(-span * em / 2, -em / 2)
        x = 0.0
        for letter_width, strokes in letters:
            for stroke in strokes:
                path = self.beginPath()
                (x0, y0), *rest = stroke
                path.moveTo((x + x0) * em, y0 * em)
                for point in rest:
                    path.lineTo((x + point[0]) * em, point[1] * em)
                self.drawPath(path, stroke=1, fill=0)
            x += letter_width + LETTER_GAP
        self.restoreState()

    def _mark(self, text: str) -> None:
        _, height = self._pagesize
        self.saveState()
        self.setFillColor(DRAFT_RED)
        # A bilingual mark is long: smaller, rather than past the page's edge.
        room = self._pagesize[0] - 2 * 56
        size = min(8.5, 8.5 * room / max(1.0, stringWidth(text, fonts.SANS_BOLD, 8.5)))
        self.setFont(fonts.SANS_BOLD, size)
        y = height - 46 if self.furniture.band and self._pageNumber == 1 else height - 34
        self.drawString(56, y, text)
        self.restoreState()


class Heading(Paragraph):
    """A heading that becomes a contents entry and a PDF bookmark."""

    def __init__(self, text: str, style: ParagraphStyle, key: str, title: str, level: int):
        super().__init__(text, style)
        self.key, self.title, self.level = key, title, level

    def draw(self) -> None:
        super().draw()
        canv = self.canv
        assert isinstance(canv, ReportCanvas)
        _, top = canv.absolutePosition(0, self.height)
        canv.furniture.marks[self.key] = Mark(
            self.key, self.title, self.level, canv.getPageNumber(), top
        )


class Contents(Flowable):
    """The table of contents: entries known up front, page numbers written at save."""

    def __init__(self, entries: list[tuple[str, str, int]], style: ParagraphStyle) -> None:
        super().__init__()
        self.entries = entries  # (key, markup title, level)
        self.style = style
        self.rows: list[Paragraph] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.rows = []
        height = 0.0
        for _key, title, level in self.entries:
            p = Paragraph(title, self.style)
            p.wrap(avail_width - 40 - 14 * level, avail_height)
            self.rows.append(p)
            height += p.height + 3
        self.height = height
        return avail_width, height

    def draw(self) -> None:
        canv = self.canv
        assert isinstance(canv, ReportCanvas)
        y = self.height
        for (key, _title, level), p in zip(self.entries, self.rows, strict=True):
            y -= p.height + 3
            p.drawOn(canv, 14 * level, y)
            ax, ay = canv.absolutePosition(self.width - 36, y + p.height - self.style.fontSize)
            canv.furniture.toc_slots.append((canv.getPageNumber(), ax, ay, 36, key))


class SignaturePlaceholder(Flowable):
    """An empty, labelled box where a signature's visible stamp will go."""

    def __init__(self, name: str, label: str, width: float, height: float) -> None:
        super().__init__()
        self.name, self.label = name, label
        self.width, self.height = width, height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        assert isinstance(canv, ReportCanvas)
        canv.setStrokeColor(GREY)
        canv.setDash(2, 2)
        canv.rect(0, 0, self.width, self.height)
        canv.setDash()
        x0, y0 = canv.absolutePosition(0, 0)
        x1, y1 = canv.absolutePosition(self.width, self.height)
        canv.furniture.signature_boxes.append(
            SignatureBox(
                self.name,
                self.label,
                canv.getPageNumber() - 1,
                (round(x0), round(y0), round(x1), round(y1)),
            )
        )


class WithHeader(Flowable):
    """A short header paragraph kept with the start of the paragraph below it.

    ``keepWithNext`` would wrap the pair in a KeepTogether, which lays both out twice: in a
    1,000-note appendix that doubled the layout work. This lays each out once and splits
    only the body, never leaving the header alone at the foot of a page.
    """

    def __init__(self, head: Paragraph, body: Paragraph) -> None:
        super().__init__()
        self.head, self.body = head, body
        self.gap = float(max(head.style.spaceAfter, body.style.spaceBefore))
        self.head_height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, self.head_height = self.head.wrap(avail_width, avail_height)
        _, body_height = self.body.wrap(avail_width, avail_height)
        self.width = avail_width
        self.height = self.head_height + self.gap + body_height
        return avail_width, self.height

    def getSpaceBefore(self) -> float:
        return float(self.head.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.body.style.spaceAfter)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.head_height - self.gap
        if room <= 0:
            return []
        parts = self.body.split(avail_width, room)
        if not parts:
            return []
        return [WithHeader(self.head, parts[0]), *parts[1:]]

    def draw(self) -> None:
        self.head.drawOn(self.canv, 0, self.height - self.head_height)
        self.body.drawOn(self.canv, 0, 0)
