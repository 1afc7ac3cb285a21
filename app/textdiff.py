"""What differs between two versions of a text, word by word, in any script.

The conflict view puts two laptops' versions of a note or finding side by side; a lead
comparing two paragraphs by eye misses the one changed word. ``word_diff`` splits both
texts into words, spaces and punctuation and lines them up (difflib, whose result is
the same on every machine); ``summary`` says the difference in words, for a screen
reader and for anyone who cannot tell the highlight colours apart.

A word is a run of letters, marks and digits (Unicode categories L, M, N and the joiners
ZWJ/ZWNJ), so Welsh ŵ, Vietnamese ệ, Devanagari vowel signs and Arabic or Urdu words
with their diacritics stay whole. Scripts written without spaces (Chinese, Japanese)
compare character by character.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from app.translatable import QT_TRANSLATE_NOOP

SAME, ADDED, REMOVED = "same", "added", "removed"
_JOINERS = {"\u200c", "\u200d"}
# Longest stretch quoted in a summary before it is shortened.
_QUOTE_LIMIT = 60


# The summary's phrases: the window passes a translator, everything else reads English.
_ADDS = QT_TRANSLATE_NOOP("textdiff", "adds {0}")
_REMOVES = QT_TRANSLATE_NOOP("textdiff", "removes {0}")
_BOTH = QT_TRANSLATE_NOOP("textdiff", "adds {0}; removes {1}")
_SAME_WORDS = QT_TRANSLATE_NOOP("textdiff", "no difference in wording")


@dataclass(frozen=True)
class Piece:
    kind: str  # SAME, ADDED (only in the new text) or REMOVED (only in the old one)
    text: str


def _unspaced(ch: str) -> bool:
    """Characters of scripts written without spaces between words."""
    name = unicodedata.name(ch, "")
    return name.startswith(("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA"))


def _wordy(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN" or ch in _JOINERS


def tokens(text: str) -> list[str]:
    """Words, runs of white space, and single other characters, in order; joined they
    give ``text`` back exactly."""
    out: list[str] = []
    for ch in text:
        previous = out[-1] if out else ""
        if _wordy(ch) and not _unspaced(ch):
            if previous and _wordy(previous[-1]) and not _unspaced(previous[-1]):
                out[-1] += ch
                continue
        elif ch.isspace() and previous.isspace():
            out[-1] += ch
            continue
        out.append(ch)
    return out


def word_diff(old: str, new: str) -> list[Piece]:
    """``new`` against ``old``: pieces in reading order, each the same in both, only in
    ``new`` (added) or only in ``old`` (removed). Joining the SAME and ADDED pieces gives
    ``new``; joining SAME and REMOVED gives ``old``'s words (where only the spacing
    changed, the pieces carry ``new``'s)."""
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    pieces: list[Piece] = []

    def put(kind: str, text: str) -> None:
        if not text:
            return
        if pieces and pieces[-1].kind == kind:
            pieces[-1] = Piece(kind, pieces[-1].text + text)
        else:
            pieces.append(Piece(kind, text))

    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            put(SAME, "".join(a[i1:i2]))
            continue
        removed, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        # A change of spaces only is not worth a reader's attention.
        if removed.isspace() and added.isspace():
            put(SAME, added)
            continue
        put(REMOVED, removed)
        put(ADDED, added)
    return pieces


def _quote(text: str) -> str:
    shown = " ".join(text.split())
    # ", with expression" reads better as “with expression”; a lone comma stays.
    trimmed = shown.strip(" ,.;:!?،؛")
    shown = trimmed or shown
    if len(shown) > _QUOTE_LIMIT:
        shown = shown[: _QUOTE_LIMIT - 1].rstrip() + "…"
    return f"“{shown}”"


def summary(pieces: list[Piece], translate: Callable[[str], str] = str) -> str:
    """The difference in a sentence: 'adds “quickly”; removes “slowly”'. ``translate``
    words the phrases in the window's language (the window passes Qt's)."""
    added = ", ".join(_quote(p.text) for p in pieces if p.kind == ADDED and p.text.strip())
    removed = ", ".join(_quote(p.text) for p in pieces if p.kind == REMOVED and p.text.strip())
    if added and removed:
        return translate(_BOTH).format(added, removed)
    if added:
        return translate(_ADDS).format(added)
    if removed:
        return translate(_REMOVES).format(removed)
    return translate(_SAME_WORDS)
