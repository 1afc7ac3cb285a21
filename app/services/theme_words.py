"""Matching the partnership's shared priorities to strands by their words (decision 0045).

A priority is free text ("Reading for pleasure in KS2"); a strand has a code and a title
("2.3 Reading"). Nothing links them, so the match is made from the words and shown with
the words that made it, for the lead to judge: a priority matches a strand when

- the priority names the strand's code as a word of its own ("2.3", "B4"), or
- a content word of the strand's title (four letters or more, not a joining word) is a
  word of the priority, ignoring case, accents and a plural "s", or the two share a
  start of at least six letters ("attendance" and "attending" do not; "mathematics" and
  "mathematical" do).

It is a word match, not a reading of meaning: "behaviour" does not find "conduct". Where
a priority matches nothing, the report says so rather than guessing, and the lead can
name the strand's code in the priority's text to make the link.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.services.search import query_terms
from app.services.textfold import fold

MIN_WORD = 4
MIN_SHARED_START = 6
# Words that join rather than name a subject; matching on them would link everything.
STOP = frozenset(
    """
    about after also among and areas before being between both each from have into more
    most other over pupils pupil learners learner school schools some such than that their
    them then there these they this those through under using well were what when where
    which while with within work working across all any are but can for its not our out
    the use year years key stage development strength strengths improve improving
    improvement quality high good better best leaders leadership including
    """.split()  # noqa: SIM905 (a paragraph of words reads better than a list)
)


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """The content words of ``text``: folded, four letters or more, no joining words,
    a plural "s" dropped. (Cached: a partnership's headlines repeat across years.)"""
    out = []
    for term in query_terms(text):
        if len(term) < MIN_WORD or term in STOP or term.isdigit():
            continue
        if len(term) > MIN_WORD and term.endswith("s") and not term.endswith("ss"):
            term = term[:-1]
        out.append(term)
    return tuple(out)


def _alike(a: str, b: str) -> bool:
    if a == b:
        return True
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= MIN_SHARED_START


def names_code(text: str, code: str) -> bool:
    """Whether ``text`` names ``code`` as a word of its own (only codes with a digit: a
    code "A" would match every article)."""
    if not any(c.isdigit() for c in code):
        return False
    pattern = r"(?<![\w.])" + re.escape(fold(code)) + r"(?![\w]|\.\d)"
    return re.search(pattern, fold(text)) is not None


@lru_cache(maxsize=8192)
def _match(priority: str, code: str, title: str) -> tuple[str, ...]:
    return tuple(_matching(priority, code, title))


def match(priority: str, code: str, title: str) -> list[str]:
    """The words that link a priority to a strand (its code, or title words), or []."""
    return list(_match(priority, code, title))


def _matching(priority: str, code: str, title: str) -> list[str]:
    if names_code(priority, code):
        return [code]
    mine = words(priority)
    found: list[str] = []
    for word in words(title):
        if any(_alike(word, other) for other in mine) and word not in found:
            found.append(word)
    return found


def match_cache_clear() -> None:
    """Forget remembered matches (the benchmark's cold figure)."""
    _match.cache_clear()
