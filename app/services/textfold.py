"""Folding text for search, so "lodz" finds "Łódź" and "wyn" finds "Ŵyn".

SQLite's unicode61 tokenizer removes most diacritics but leaves letters that have no
decomposition (Ł, Ø, Đ, ß, Æ...). Folding here, before text reaches FTS, makes the index
and the query agree; the same function folds both.
"""

from __future__ import annotations

import unicodedata

# Letters that NFKD does not split into a base letter plus a mark.
_EXTRA = {
    "ł": "l",
    "Ł": "l",
    "ø": "o",
    "Ø": "o",
    "đ": "d",
    "Đ": "d",
    "ð": "d",
    "Ð": "d",
    "ħ": "h",
    "Ħ": "h",
    "ı": "i",
    "ß": "ss",
    "ẞ": "ss",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "þ": "th",
    "Þ": "th",
    "’": "'",
}


def fold_char(ch: str) -> str:
    if ch in _EXTRA:
        return _EXTRA[ch]
    if ch.isascii():
        return ch.lower()
    decomposed = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in decomposed if not _droppable(c))
    return kept.casefold()


def _droppable(c: str) -> bool:
    # Accents on Latin, Greek, Cyrillic and Arabic vowel marks are optional when typing,
    # but Indic and South-East Asian vowel signs are letters of the word: keep those.
    return bool(unicodedata.combining(c)) and not 0x0900 <= ord(c) <= 0x109F


class _FoldTable(dict[int, str]):
    """A str.translate table filled on first use: translate walks the text in C, so a
    note is folded without a Python call per character (imports index many at once)."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-cased text without accents, for indexing and matching."""
    if text.isascii():
        return text.lower()
    return text.translate(_TABLE)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, the index of its source character.

    Lets a snippet found in folded text be cut from the original text, so results show
    "Łódź" as the reviewer typed it.
    """
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = fold_char(ch)
        out.append(folded)
        index.extend([i] * len(folded))
    return "".join(out), index
