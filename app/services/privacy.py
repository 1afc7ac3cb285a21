"""The privacy guard: does a note seem to name a pupil or a member of staff?

Notes describe contexts, not people: never a pupil's name, and never a teacher's
performance (review notes must not become appraisal evidence). This finds likely names
so the editor can suggest initials or a role instead. It only ever advises: it never
blocks or edits.

Three patterns, chosen to stay quiet on ordinary school writing:

- a capitalised given name from ``resources/names/given_names.txt`` ("Jessica read...");
- a given name followed by a capitalised surname ("Jessica Smith"), which also catches
  names that are everyday words ("May Jones") listed in ``ambiguous_names.txt``;
- a title and a surname ("Mrs Patel"), but not a title and a role ("Mr Head of Year").

Matching folds case and accents (textfold), so "Sian" and "Siân" are the same name.
Scripts without capitals (Urdu, Arabic) match listed names as written.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from app.paths import resource_path
from app.services.textfold import fold
from app.translatable import QT_TRANSLATE_NOOP

# A word: a letter, then letters, marks, apostrophes or hyphens ("O'Neill", "Anne-Marie").
_WORD = re.compile(r"[^\W\d_][\w'’\-]*", re.UNICODE)
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "madam"}
# After a title, these are roles, not surnames ("Mrs Head", "Mr SENCO" in a shorthand note).
_ROLE_WORDS = {
    "head",
    "headteacher",
    "deputy",
    "senco",
    "teacher",
    "chair",
    "governor",
    "lead",
    "leader",
    "principal",
    "caretaker",
    "dsl",
    "ta",
    "tas",
    "hlta",
    "class",
    "year",
    "reception",
    "nursery",
    "subject",
}
# A listed name right after these is part of a place or school name ("St Aidan's").
_PLACE_BEFORE = {"st", "saint", "ysgol", "mount", "port", "fort"}
# ...or right before these ("Jessica Road" is a street, "Oliver House" a building).
_PLACE_AFTER = {
    "school",
    "primary",
    "academy",
    "college",
    "road",
    "street",
    "lane",
    "avenue",
    "house",
    "hall",
    "ward",
    "trust",
    "centre",
    "center",
    "building",
    "block",
    "wing",
    "class",
    "group",
    "award",
    "day",
}
# Capitalised words that follow a name but are not surnames ("Jessica Year 5", "Ali Today").
_NOT_SURNAMES = {
    "year",
    "reception",
    "nursery",
    "and",
    "or",
    "the",
    "then",
    "today",
    "said",
    "was",
    "is",
}


@dataclass(frozen=True)
class PrivacyHit:
    text: str  # the name as it appears
    start: int
    end: int
    kind: str  # "given_name" | "full_name" | "titled_name"
    suggestion: str  # what to write instead
    initials: str = ""  # the initials the suggestion offers (SUGGESTIONS[kind] fills them in)


#: What to write instead of a name, by kind: "{initials}" is filled in. The window shows
#: them in its own language (the judgement guard's context).
SUGGESTIONS = {
    "titled_name": QT_TRANSLATE_NOOP(
        "services.judgement", "a role, such as “the class teacher” or “a middle leader”"
    ),
    "full_name": QT_TRANSLATE_NOOP(
        "services.judgement",
        "initials ({initials}) or a role, such as “a pupil in Year 5” or “the class teacher”",
    ),
    "given_name": QT_TRANSLATE_NOOP(
        "services.judgement",
        "initials ({initials}) or a role, such as “a pupil” or “a teaching assistant”",
    ),
}


@functools.cache
def _names(file: str) -> frozenset[str]:
    path = resource_path("names", file)
    out = set()
    for line in path.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(_key(line))
    return frozenset(out)


def given_names() -> frozenset[str]:
    return _names("given_names.txt") - _names("ambiguous_names.txt")


def ambiguous_names() -> frozenset[str]:
    return _names("ambiguous_names.txt")


def _key(word: str) -> str:
    return fold(unicodedata.normalize("NFC", word)).strip("'’-")


def _capitalised(word: str) -> bool:
    first = word[0]
    # Caseless scripts (Urdu, Arabic, Chinese) have no capitals to go by.
    return first.isupper() or not (first.isupper() or first.islower())


def _surname_like(word: str) -> bool:
    if not word[0].isupper() or _key(word) in _NOT_SURNAMES:
        return False
    # An acronym (SEND, KS2, EAL) is not a surname.
    return not (len(word) > 1 and word.isupper())


def _initials(words: list[str]) -> str:
    return "".join(f"{w[0].upper()}." for w in words)


def find_names(text: str) -> list[PrivacyHit]:
    """Likely names of people in ``text``, in order, without overlaps."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    given, ambiguous = given_names(), ambiguous_names()
    hits: list[PrivacyHit] = []
    i = 0
    while i < len(words):
        word, start, end = words[i]
        key = _key(word)
        before = _key(words[i - 1][0]) if i > 0 and _adjacent(text, words[i - 1], words[i]) else ""
        nxt = words[i + 1] if i + 1 < len(words) else None
        follows = nxt is not None and _adjacent(text, words[i], nxt)
        nxt_key = _key(nxt[0]) if nxt is not None else ""
        if (
            key in _TITLES
            and follows
            and nxt is not None
            and _surname_like(nxt[0])
            and nxt_key not in _ROLE_WORDS
        ):
            hits.append(
                PrivacyHit(
                    text[start : nxt[2]],
                    start,
                    nxt[2],
                    "titled_name",
                    SUGGESTIONS["titled_name"],
                )
            )
            i += 2
            continue
        listed = key in given or key in ambiguous
        if (
            listed
            and _capitalised(word)
            and before not in _PLACE_BEFORE
            and not (follows and nxt_key in _PLACE_AFTER)
        ):
            if follows and nxt is not None and _surname_like(nxt[0]):
                hits.append(
                    PrivacyHit(
                        text[start : nxt[2]],
                        start,
                        nxt[2],
                        "full_name",
                        SUGGESTIONS["full_name"].format(
                            initials=(found := _initials([word, nxt[0]]))
                        ),
                        found,
                    )
                )
                i += 2
                continue
            if key in given and not (len(word) > 1 and word.isupper()):
                hits.append(
                    PrivacyHit(
                        word,
                        start,
                        end,
                        "given_name",
                        SUGGESTIONS["given_name"].format(initials=(found := _initials([word]))),
                        found,
                    )
                )
        i += 1
    return hits


def _adjacent(text: str, first: tuple[str, int, int], second: tuple[str, int, int]) -> bool:
    """Two words are one name only when separated by plain spaces, not punctuation."""
    gap = text[first[2] : second[1]]
    return 0 < len(gap) <= 2 and gap.strip(" \u00a0") == ""
