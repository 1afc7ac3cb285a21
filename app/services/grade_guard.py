"""The grade guard: warns when text that can reach a report uses judgement language.

A peer review is developmental, not an inspection: grades, verdicts, rankings and
inspection talk turn it into a rehearsal for inspection (a "mocksted") and destroy its
value. The guard looks for, in English and Welsh (decision 0034):

- Ofsted's grades, old and new, and Estyn's former judgements, used as verdicts;
- numbers used as grades ("graded 2", "Quality of education: 2", "a 3 overall");
- the words of grading ("grade", "judgement", "gradd", "barn gyffredinol");
- other programmes' estimate scales ("Effective", "Working towards effective", "Leading");
- other verdict words on the school or an area ("weak", "poor", "excellent", "adequate");
- verdicts on an identifiable teacher ("Mr Jones's lesson was weak");
- rankings of schools ("the best school in the partnership", "league table");
- the review as a stand-in for inspection ("ready for Ofsted", "RAG rated red").

It is not a word filter: it never changes text, and each term has a rule that reads the
words around it, so "a good understanding", "outstanding actions", "pupils' predicted
grades", "good practice to share", "an effective strategy" or "weak links in the chain"
pass. A quotation of what someone said (four words or more in quotation marks, or two
after "said") is evidence, not the reviewer's verdict, and passes too. Each hit has a
category, a reason and a developmental wording to consider. The person decides; a finding
can dismiss the warning with a recorded reason (app/services/findings.py).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from app.services.judgement import estyn, ranking, verdicts, welsh
from app.services.judgement.context import CATEGORIES, Context, Rule, matches
from app.services.judgement.ofsted import GRADE_RULES, GRADING_RULES, MOCK_RULE

__all__ = ["CATEGORIES", "RULES", "GuardHit", "find_judgement_terms", "terms_of"]


@dataclass(frozen=True)
class GuardHit:
    term: str  # the judgement word or phrase as found in the text
    start: int
    end: int  # span in the text
    why: str  # short reason shown to the person
    suggestion: str  # developmental wording to consider
    category: str = "ofsted_grade"  # one of CATEGORIES


# The order matters: a span one rule claims is not reported again by a later one, so the
# more specific reading comes first ("Mr Jones's lesson was weak" is a verdict on a
# teacher before it is a verdict word; "graded 2" is a number before it is "graded").
RULES: tuple[Rule, ...] = (
    *ranking.PROXY_RULES,
    *estyn.RULES,
    *welsh.RULES,
    *verdicts.TEACHER_RULES,
    *ranking.RANKING_RULES,
    *verdicts.NUMERIC_RULES,
    *verdicts.ESTIMATE_RULES,
    *GRADE_RULES,
    *verdicts.VERDICT_RULES,
    *GRADING_RULES,
    MOCK_RULE,
)

# Quotation marks around what someone said. Single straight quotes open only after a
# space or a bracket and before a letter, so apostrophes ("mae'r", "pupils'") never open.
_QUOTATION = re.compile(
    r"“[^”\n]{1,600}”|\"[^\"\n]{1,600}\"|«[^»\n]{1,600}»|„[^“”\n]{1,600}[“”]"
    r"|(?<![\w’'])‘[^\n]{1,600}?’(?![\w])|(?<![\w’'])'(?=\w)[^\n]{1,600}?(?<=[\w.!?,])'(?!\w)"
)
_SAID = re.compile(
    r"\b(said|says|say|told|tells|explained|explains|commented|added|asked|replied|"
    r"described|described\s+\w+\s+as|called|wrote|put\s+it|dywedodd|meddai|esboniodd)"
    r"[\s,:]*$|:\s*$",
    re.IGNORECASE,
)
_QUOTE_WORD = re.compile(r"[\w’']+")


def _speech(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech: four words or more in quotation marks, or two or more
    right after a verb of saying or a colon. One or two quoted words are a label
    ("rated 'Good'") and stay subject to the rules."""
    spans = []
    for m in _QUOTATION.finditer(text):
        count = len(_QUOTE_WORD.findall(m.group()))
        lead = text[max(0, m.start() - 40) : m.start()]
        if count >= 4 or (count >= 2 and _SAID.search(lead)):
            spans.append((m.start(), m.end()))
    return spans


def find_judgement_terms(text: str) -> list[GuardHit]:
    """Every judgement term used as a judgement in ``text``, in text order.

    Pure: no store, and the text is never changed. Spans index into ``text`` as given.
    """
    return scan(text)


def scan(text: str, *, fast: bool = True) -> list[GuardHit]:
    """The guard's engine. ``fast=False`` skips the prefilter and the lower-case path
    (every rule's full pattern over the text as given): the tests hold that both find the
    same hits."""
    speech = _Spans(_speech(text) if any(q in text for q in "\"“‘'«„") else [])
    hits: list[GuardHit] = []
    claimed = _Spans([])
    lowered = text.lower()
    digits = any(d in text for d in "1234")
    for rule in RULES:
        if fast and (
            not rule.may_match(lowered) or (rule.category == "numeric_grade" and not digits)
        ):
            continue
        for m in matches(rule, text, lowered) if fast else rule.pattern.finditer(text):
            if claimed.overlaps(m.start(), m.end()) or speech.holds(m.start(), m.end()):
                continue
            start, end = _term_span(m)
            fired = rule.fires(Context(text, start, end))
            if fired:
                category = fired if isinstance(fired, str) else rule.category
                hits.append(
                    GuardHit(text[start:end], start, end, rule.why, rule.suggestion, category)
                )
                claimed.add(m.start(), m.end())
    return sorted(hits, key=lambda h: h.start)


class _Spans:
    """Disjoint spans kept in order, so a text with thousands of hits stays linear
    (a list scanned for every match made a 100,000-character paste take seconds)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def _before(self, end: int) -> int:
        """Index of the last span starting before ``end``, or -1."""
        return bisect.bisect_left(self.starts, end) - 1

    def overlaps(self, start: int, end: int) -> bool:
        i = self._before(end)
        return i >= 0 and self.ends[i] > start

    def holds(self, start: int, end: int) -> bool:
        i = self._before(end)
        return i >= 0 and self.starts[i] <= start and end <= self.ends[i]

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _term_span(m: re.Match[str]) -> tuple[int, int]:
    """The span of the group named ``term`` when the pattern has one and it took part."""
    if m.re.groupindex.get("term") and m.start("term") >= 0:
        return m.span("term")
    return m.span()


def terms_of(hits: list[GuardHit]) -> list[str]:
    """The distinct terms of some hits, folded, sorted: what a dismissal records."""
    return sorted({" ".join(h.term.lower().split()) for h in hits})
