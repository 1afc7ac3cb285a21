"""Text for report paragraphs: every script in its own font, Arabic and Urdu shaped and
laid out right to left.

ReportLab 4 draws each character's glyph in logical order and knows nothing of joining
or direction (its own bidi support needs a package that does not install). So each run
of Arabic-script text is shaped with ``arabic-reshaper`` (joined presentation forms,
Urdu letters included) and put in visual order with ``python-bidi``, then wrapped in the
Arabic font. pdftotext reads such a run back in logical order, as presentation forms
(NFKC-equal to what was typed).

An Arabic-script run inside a left-to-right paragraph is kept on one line (its spaces
become no-break spaces): a line break inside an already reordered run would put its
words in the wrong order. Runs are names and short phrases in practice; see
docs/decisions/0010-report-fonts-and-scripts.md.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display

from app.reports import fonts

ARABIC_CHARS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
# Characters with no strong direction that may sit between Arabic-script words.
_NEUTRAL = r"\s\d.,:;!?'\"()\[\]\-\u2013\u2014/\u00a0"
_RTL_RUN = re.compile(f"[{ARABIC_CHARS}](?:[{_NEUTRAL}]*[{ARABIC_CHARS}])*")
_HAS_RTL = re.compile(f"[{ARABIC_CHARS}]")
_NBSP = "\u00a0"
# Keep vowel marks (harakat): dropping them would change what was typed.
RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def has_rtl(text: str) -> bool:
    return _HAS_RTL.search(text) is not None


def visual_rtl(run: str) -> str:
    """An Arabic-script run shaped and in visual (left-to-right drawing) order."""
    return str(get_display(RESHAPER.reshape(run), base_dir="R"))


def rich(text: str, *, bold: bool = False) -> str:
    """Paragraph markup for plain ``text``: escaped, with Arabic-script runs shaped,
    reordered and set in the Arabic font. Line breaks in ``text`` are kept.

    ``bold`` sets the Arabic runs in the Arabic bold face: a run names its font, so the
    bold of a surrounding ``<b>`` or a bold style does not reach it."""
    fonts.register()
    arabic = fonts.ARABIC_BOLD if bold else fonts.ARABIC
    if not has_rtl(text):
        return escape(text).replace("\n", "<br/>")
    out: list[str] = []
    pos = 0
    for match in _RTL_RUN.finditer(text):
        out.append(escape(text[pos : match.start()]))
        shaped = visual_rtl(match.group()).replace(" ", _NBSP)
        out.append(f'<font name="{arabic}">{escape(shaped)}</font>')
        pos = match.end()
    out.append(escape(text[pos:]))
    return "".join(out).replace("\n", "<br/>")


def script_runs(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into runs in logical order, each with whether it is an Arabic-script
    (right-to-left) run: for writers that shape text themselves (Word), which need each
    run's script and direction rather than drawing-order glyphs."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for match in _RTL_RUN.finditer(text):
        if match.start() > pos:
            out.append((text[pos : match.start()], False))
        out.append((match.group(), True))
        pos = match.end()
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def uncovered(text: str) -> set[str]:
    """Characters in ``text`` that no report font can draw (they would print as boxes)."""
    missing = set()
    for ch in set(text):
        if ch.isspace() or ord(ch) < 0x20:
            continue
        font = fonts.ARABIC if _HAS_RTL.match(ch) else fonts.SANS
        if not fonts.covers(font, ch) and not fonts.covers(fonts.ARABIC, ch):
            missing.add(ch)
    return missing
