"""Reading the words around a term: what every rule of the guard is built from.

A rule never looks across a clause (a full stop, a semicolon, a colon, a dash between
spaces) and never further than a fixed window of characters, so a long report stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

WORD = re.compile(r"[\w’']+", re.UNICODE)
# A clause ends at these; context rules never look across them.
CLAUSE_END = re.compile(r"[.!?;\n\r]|:\s|\s[–—-]\s")
QUOTES = "\"'“”‘’«»"
WINDOW = 240

CATEGORIES = (
    "ofsted_grade",
    "estyn_grade",
    "numeric_grade",
    "grading",
    "estimate_scale",
    "verdict_word",
    "teacher_verdict",
    "ranking",
    "inspection_proxy",
)


def words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


@dataclass(frozen=True)
class Context:
    """One place a rule's pattern matched: the text, and the span of the term in it."""

    text: str
    start: int
    end: int

    @property
    def found(self) -> str:
        return self.text[self.start : self.end]

    @property
    def left(self) -> str:
        # A bounded window: rules read a few words around a term, and scanning the whole
        # prefix for every term would make a long report quadratic.
        return self.text[max(0, self.start - WINDOW) : self.start]

    @property
    def right(self) -> str:
        return self.text[self.end : self.end + WINDOW]

    def clause_left(self) -> str:
        """The text of the term's clause before it."""
        left = self.left
        cut = max((m.end() for m in CLAUSE_END.finditer(left)), default=0)
        return left[cut:]

    def clause_right(self) -> str:
        right = self.right
        stop = CLAUSE_END.search(right)
        return right[: stop.start() if stop else None]

    def before(self, n: int = 4) -> list[str]:
        """Up to n lower-case words before the term, within its clause."""
        return [w.lower() for w in WORD.findall(self.clause_left())][-n:]

    def after(self, n: int = 3) -> list[str]:
        """Up to n lower-case words after the term, within its clause."""
        return [w.lower() for w in WORD.findall(self.clause_right())][:n]

    def sentence_before(self) -> str:
        left = self.left
        cut = max((m.end() for m in re.finditer(r"[.!?\n]\s", left)), default=0)
        return left[cut:].lower()

    def sentence(self) -> str:
        """The term's sentence, lower case (bounded by the window)."""
        right = self.right
        stop = re.search(r"[.!?\n](\s|$)", right)
        return (
            self.sentence_before()
            + self.found.lower()
            + right[: stop.start() if stop else None].lower()
        )

    @property
    def quoted(self) -> bool:
        before = self.text[self.start - 1] if self.start > 0 else ""
        after = self.text[self.end] if self.end < len(self.text) else ""
        return bool(before and after and before in QUOTES and after in QUOTES)

    @property
    def labelled(self) -> bool:
        """Used as a label: 'Teaching: Good', 'Leadership - outstanding', 'Grade: ...'."""
        left = self.left.rstrip(" \t*")
        return left.endswith((":", "–", "—", " -", "=")) and bool(left[:-1].strip())

    @property
    def ends_clause(self) -> bool:
        """Nothing but punctuation, a bracket or the end of the text follows in its clause."""
        return not self.after(1)

    @property
    def capitalised_mid_sentence(self) -> bool:
        """'rated Good', 'a Requires Improvement school': a capital where English has none."""
        if not self.found[:1].isupper() or self.found.isupper():
            return False
        left = self.left.rstrip(" \t" + QUOTES + "(")
        return bool(left) and left[-1] not in ".!?:\n\r•*-–—"


# Words that make a term a verdict when they come just before it.
JUDGING = words(
    "judged judge judging rated rate rating graded grade grading deemed assessed "
    "considered classed categorised categorized awarded be estimated estimate"
)
COPULA = words("is are was were be been being remains remain remained seems seemed")
MODALS = words("would will could might may should must would’ve")
DEGREE = words(
    "very consistently securely typically now generally overall still all mostly "
    "largely truly clearly always often not never at least increasingly already also "
    "broadly uniformly highly really quite extremely particularly exceptionally so "
    "rather wholly entirely fully"
)
# Nouns that name what inspections grade: a term describing one of them is a verdict.
AREAS = words(
    "school schools academy teaching leadership leaders management behaviour "
    "attendance attitudes curriculum provision outcomes achievement inclusion "
    "safeguarding education quality development years form governance practice "
    "judgement grade overall effectiveness learning assessment progress standards "
    "wellbeing governors eyfs experiences guidance"
)
# Words that end the subject's first noun group ("Provision for pupils with SEND is").
_PREPOSITIONS = words(
    "in for of with across at on within throughout to from by among between during under"
)
_LEADING = words("overall so and but however then also now the a an this that these those")


def verdict_position(c: Context, after_ok: Callable[[list[str]], bool]) -> bool:
    """Shared test for an adjective grade: after a judging verb, after a copula (with
    degree words between), labelled, quoted, or capitalised mid-sentence."""
    if c.quoted or c.labelled or c.capitalised_mid_sentence:
        return True
    before = c.before(6)
    while before and before[-1] in DEGREE | {"to", "as", "be", "been"}:
        if before[-1] in {"be", "been", "to", "as"} and len(before) >= 2:
            if before[-2] in JUDGING:
                return True
            if before[-1] == "be" and before[-2] in MODALS | DEGREE:
                return after_ok(c.after(2))  # "this would be good."
        before = before[:-1]
    if before and before[-1] in JUDGING - {"be"}:
        return True
    if before and before[-1] in COPULA:
        return after_ok(c.after(2))
    return False


def subject_head(clause_words: list[str]) -> str:
    """The head of the clause's first noun group: 'provision' in 'provision for pupils
    with SEND', 'corner' in 'the reading corner'. Lower case; '' when there is none."""
    group: list[str] = []
    for w in clause_words:
        if w in _PREPOSITIONS or w in COPULA or w in MODALS:
            break
        if not group and w in _LEADING:
            continue
        group.append(w)
    if len(group) >= 2 and group[-2:] == ["governing", "body"]:
        return "governance"
    return group[-1] if group else ""


def predicate_subject(c: Context, linkers: frozenset[str] = frozenset()) -> str | None:
    """When the term is the complement of a copula ('X is [very] TERM', 'X is weak and
    TERM'), the head of X; otherwise None."""
    before = [w.lower() for w in WORD.findall(c.clause_left())]
    i = len(before)
    skipped = 0
    while i > 0 and skipped <= 4:
        w = before[i - 1]
        if w in COPULA:
            head = subject_head(before[: i - 1] if w != "be" else _drop_modal(before[: i - 1]))
            return head or None
        if w in DEGREE or w in {"and", "but", "or", "a", "an"} | linkers:
            i -= 1
            continue
        # One more adjective co-ordinated with the term: "inconsistent and weak".
        if i >= 2 and before[i - 2] in COPULA | DEGREE:
            i -= 1
            skipped += 1
            continue
        return None
    return None


def _drop_modal(words_before: list[str]) -> list[str]:
    while words_before and words_before[-1] in MODALS | DEGREE:
        words_before = words_before[:-1]
    return words_before


@dataclass(frozen=True)
class Rule:
    """A pattern, the test of its context, and what the person reads when it fires.

    ``fires`` returns False, True (a hit in the rule's category) or another category's
    name. When the pattern has a group named ``term``, that is the span reported and
    underlined; the whole match is claimed, so no later rule reports inside it.
    """

    pattern: re.Pattern[str]
    fires: Callable[[Context], bool | str]
    category: str
    why: str
    suggestion: str
    # For a case-insensitive rule, the same pattern without IGNORECASE, run over the
    # lower-cased text: Python's case-insensitive matching has no fast literal search
    # and was most of the guard's time. None for case-sensitive rules.
    lowered: re.Pattern[str] | None = None
    # Lower-case pieces of which at least one is in any text the pattern can match. The
    # guard tries the pattern only then: Python's case-insensitive patterns have no fast
    # literal search, and most paragraphs hold none of most rules' words.
    needs: tuple[str, ...] = ()

    def may_match(self, lowered: str) -> bool:
        return not self.needs or any(piece in lowered for piece in self.needs)


def rule(
    pattern: str,
    fires: Callable[[Context], bool | str],
    category: str,
    why: str,
    suggestion: str,
    *,
    case: bool = False,
    needs: str = "",
) -> Rule:
    """A rule; ``case=True`` matches case-sensitively ('RAG', 'RI', 'Leading'); ``needs``
    lists, space-separated, the pieces one of which every match contains."""
    if case:
        compiled, lowered = re.compile(pattern, re.UNICODE), None
    else:
        # Run over lower-cased text, every letter the pattern spells must be lower case.
        spelled = re.sub(r"\(\?P[<=]|\\[a-z]", "", pattern)
        if any(ch.isupper() for ch in spelled):
            raise ValueError(f"a case-insensitive rule must be spelled in lower case: {pattern}")
        compiled = re.compile(pattern, re.IGNORECASE | re.UNICODE)
        lowered = re.compile(pattern, re.UNICODE)
    return Rule(compiled, fires, category, why, suggestion, lowered, tuple(needs.split()))


def matches(rule: Rule, text: str, lowered: str) -> Iterator[re.Match[str]]:
    """The rule's matches in ``text``; ``lowered`` is ``text.lower()``. Lower-casing keeps
    every index for all but a few letters (Turkish dotted I); then the slow path runs."""
    if rule.lowered is not None and len(lowered) == len(text):
        return rule.lowered.finditer(lowered)
    return rule.pattern.finditer(text)


def always(c: Context) -> bool:
    return True


def followed_by_gerund(c: Context) -> bool:
    """'effective in securing funding', 'excellent at explaining': a skill, not a verdict."""
    after = c.after(2)
    return len(after) == 2 and after[0] in {"in", "at"} and after[1].endswith("ing")
