"""The report as a sequence of blocks: its words and their order, with no layout.

document.py turns a review's ReportData into blocks; build.py lays them out as a PDF with
ReportLab and docx.py writes them as a Word document, so both say the same thing in the
same order. A block names what a piece of text *is* (a heading, a finding, a table); each
renderer decides how that looks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

# How a finding or an item is marked so that strengths, areas for development and Areas
# of Excellence look different at a glance (colour and a bold label).
Tone = Literal["", "strength", "development", "excellence"]

TONE_OF_KIND: dict[str, Tone] = {
    "strength": "strength",
    "area_for_development": "development",
    "area_of_excellence": "excellence",
}


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 0  # 0 a section, 1 a part of one (both in the contents), 2 a minor heading
    contents: bool = True  # listed in the contents (levels 0 and 1)
    outline: bool = True  # a bookmark in the PDF's outline (levels 0 and 1)


@dataclass(frozen=True)
class Para:
    text: str
    # body | lead (larger, for a question) | small (evidence, notes) | muted | title |
    # subtitle (the cover)
    style: str = "body"


@dataclass(frozen=True)
class Item:
    """One line of a summary: a bold, coloured label, then the text, then a detail line."""

    label: str  # "What went well", "Even better if", "Area of Excellence"
    text: str
    tone: Tone = ""
    detail: str = ""


@dataclass(frozen=True)
class FindingBlock:
    kind_label: str
    title: str
    text: str
    tone: Tone
    evidence: str  # the evidence in words
    about: str = ""  # strands and enquiry questions


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # fractions of the text width, adding up to 1


@dataclass(frozen=True)
class Box:
    """A paragraph set apart (the statement that the school owns the report)."""

    text: str


@dataclass(frozen=True)
class Note:
    """An evidence note in the appendix: where and when, then what was seen."""

    head: str
    text: str


@dataclass(frozen=True)
class Contents:
    """The table of contents, made from the headings (levels 0 and 1)."""


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class KeepSpace:
    """Start a new page unless this much room (millimetres) is left: a layout hint that a
    flowing document (Word) ignores."""

    mm: float


@dataclass(frozen=True)
class Spacer:
    mm: float


@dataclass(frozen=True)
class Signatures:
    """The boxes the lead reviewer and the host headteacher sign in (a signed report
    only): ``names`` name who signs above each box, ``boxes`` label the boxes."""

    names: tuple[str, str]
    boxes: tuple[str, str] = ("Lead reviewer", "Host headteacher")


Block = (
    Heading
    | Para
    | Item
    | FindingBlock
    | Table
    | Box
    | Note
    | Contents
    | PageBreak
    | KeepSpace
    | Spacer
    | Signatures
)


@dataclass
class Document:
    blocks: list[Block]
    title: str  # the file's title (PDF metadata, Word properties)
    subject: str
    author: str
    footer: str
    # On every page when set: "DRAFT" across the page, and this line at the top.
    watermark: str = ""
    mark: str = ""
    keywords: list[str] = field(default_factory=list)
    # "page {number} of {total}" in the document's language (language.py), the band across
    # the cover's top, and the language's code for the file ("cy" for a bilingual report,
    # whose first language is Welsh).
    page_words: str = "page {number} of {total}"
    band: str = ""
    language: str = "en"

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]
