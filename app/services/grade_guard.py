"""The grade guard: warns when a finding or a report uses judgement language.

A peer review is developmental, not an inspection: grades and judgement labels turn it
into a rehearsal for inspection (a "mocksted") and destroy its value. The guard looks
for Ofsted's grades, old (outstanding, good, requires improvement, inadequate) and new (exceptional, strong standard, expected standard, needs attention,
urgent improvement), and for "grade", "judgement" and "mock", *used as judgements*.

It is not a word filter: it never changes text, and each term has a rule that reads the
words around it, so "a good range of books", "outstanding actions", "exceptional
circumstances", "pupils reaching the expected standard" or "professional judgement" pass,
while "teaching is good", "leadership is outstanding" or "graded as requires improvement"
are flagged, each with a developmental wording to consider. The person decides; a
finding can dismiss the warning with a recorded reason (app/services/findings.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_WORD = re.compile(r"[\w’']+", re.UNICODE)
# A clause ends at these; context rules never look across them.
_CLAUSE_END = re.compile(r"[.!?;\n\r]|:\s|\s[–—-]\s")
_QUOTES = "\"'“”‘’«»"
_WINDOW = 240


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


@dataclass(frozen=True)
class GuardHit:
    term: str  # the judgement word or phrase as found in the text
    start: int
    end: int  # span in the text
    why: str  # short reason shown to the person
    suggestion: str  # developmental wording to consider


@dataclass(frozen=True)
class _Context:
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
        return self.text[max(0, self.start - _WINDOW) : self.start]

    @property
    def right(self) -> str:
        return self.text[self.end : self.end + _WINDOW]

    def before(self, n: int = 4) -> list[str]:
        """Up to n lower-case words before the term, within its clause."""
        left = self.left
        cut = max((m.end() for m in _CLAUSE_END.finditer(left)), default=0)
        return [w.lower() for w in _WORD.findall(left[cut:])][-n:]

    def after(self, n: int = 3) -> list[str]:
        """Up to n lower-case words after the term, within its clause."""
        right = self.right
        stop = _CLAUSE_END.search(right)
        return [w.lower() for w in _WORD.findall(right[: stop.start() if stop else None])][:n]

    def sentence_before(self) -> str:
        left = self.left
        cut = max((m.end() for m in re.finditer(r"[.!?\n]\s", left)), default=0)
        return left[cut:].lower()

    @property
    def quoted(self) -> bool:
        before = self.text[self.start - 1] if self.start > 0 else ""
        after = self.text[self.end] if self.end < len(self.text) else ""
        return bool(before and after and before in _QUOTES and after in _QUOTES)

    @property
    def labelled(self) -> bool:
        """Used as a label: 'Teaching: Good', 'Leadership - outstanding', 'Grade: ...'."""
        left = self.left.rstrip(" \t*")
        return left.endswith((":", "–", "—", " -", "=")) and bool(left[:-1].strip())

    @property
    def capitalised_mid_sentence(self) -> bool:
        """'rated Good', 'a Requires Improvement school': a capital where English has none."""
        if not self.found[:1].isupper() or self.found.isupper():
            return False
        left = self.left.rstrip(" \t" + _QUOTES + "(")
        return bool(left) and left[-1] not in ".!?:\n\r•*-–—"


# Words that make a term a verdict when they come just before it.
_JUDGING = _words(
    "judged judge judging rated rate rating graded grade grading deemed assessed "
    "considered classed categorised categorized awarded be"
)
_COPULA = {"is", "are", "was", "were", "be", "been", "being", "remains", "remain", "remained"}
_DEGREE = _words(
    "very consistently securely typically now generally overall still all mostly "
    "largely truly clearly always often not never at least increasingly already also "
    "broadly uniformly"
)
# Nouns that name what inspections grade: a term describing one of them is a verdict.
_AREAS = _words(
    "school schools academy teaching leadership leaders management behaviour "
    "attendance attitudes curriculum provision outcomes achievement inclusion "
    "safeguarding education quality development years form governance practice "
    "judgement grade overall effectiveness learning assessment progress"
)


def _verdict_position(c: _Context, after_ok: Callable[[list[str]], bool]) -> bool:
    """Shared test for an adjective grade: after a judging verb, after a copula (with
    degree words between), labelled, quoted, or capitalised mid-sentence."""
    if c.quoted or c.labelled or c.capitalised_mid_sentence:
        return True
    before = c.before(5)
    while before and before[-1] in _DEGREE | {"to", "as", "be", "been"}:
        if before[-1] in {"be", "been"} and len(before) >= 2 and before[-2] in _JUDGING:
            return True
        if before[-1] in {"to", "as"} and len(before) >= 2 and before[-2] in _JUDGING:
            return True
        before = before[:-1]
    if before and before[-1] in _JUDGING - {"be"}:
        return True
    if before and before[-1] in _COPULA:
        return after_ok(c.after(2))
    return False


# --- outstanding --------------------------------------------------------------------

_UNRESOLVED = _words(
    "actions action issues issue tasks task items item concerns questions question "
    "queries query matters points balance balances debt debts paperwork jobs "
    "referrals invoices payments fees requests repairs returns forms work records "
    "checks tickets amount amounts"
)


def _outstanding(c: _Context) -> bool:
    before, after = c.before(3), c.after(2)
    # "three actions remain outstanding", "still outstanding": not yet done.
    if before and before[-1] in {"still", "remain", "remains", "remained", "left", "remaining"}:
        return False
    if after and after[0] in _UNRESOLVED:
        return False
    # "two forms are outstanding from last term"
    return not (after and after[0] in {"from", "since", "for"} and not c.capitalised_mid_sentence)


# --- good ---------------------------------------------------------------------------

_GOOD_PHRASES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\bgood\s+or\s+(better|outstanding|above)\b",
        r"\b(at\s+least|securely|consistently\s+good\s+or)\s+good\b",
        r"\b(requires\s+improvement|ri)\s+to\s+good\b",
        r"\b(move|moving|moved|get|getting|become|becoming|be)\s+to\s+good\b",
        r"\bgood\s+with\s+outstanding\b",
        r"\ba\s+good\s+(school|academy|grade|judgement|judgment|rating)\b",
        r"\bgood\s+(overall|school|academy|grade|judgement|judgment|rating)\b",
        r"\b(from|as)\s+good\b",
    )
]
# After "is good", these make it ordinary English: "good at", "good for", "good to see".
_GOOD_ORDINARY_NEXT = _words(
    "at for to enough news fun value practice example examples idea use quality"
)


def _good(c: _Context) -> bool:
    before, after = c.before(3), c.after(1)
    if before[-1:] == ["as"] and after[:1] == ["as"]:
        return False  # "as good as"
    offset = max(0, c.start - _WINDOW)
    window = c.text[offset : c.end + _WINDOW]
    for phrase in _GOOD_PHRASES:
        for m in phrase.finditer(window):
            if m.start() <= c.start - offset < m.end():
                return True

    def clause_ends(after: list[str]) -> bool:
        # "Teaching is good." / "is good and ..." / "is good in Y5" are verdicts;
        # "is good practice", "is good at", "is a good example" are ordinary English.
        return not after or (
            (after[0] not in _GOOD_ORDINARY_NEXT)
            and (
                after[0]
                in {"and", "but", "overall", "in", "across", "throughout", "with", "because"}
                or after[0] in _AREAS
                or len(after) == 1
            )
        )

    return _verdict_position(c, clause_ends)


# --- inadequate / exceptional ----------------------------------------------------------

_PHYSICAL = _words(
    "lighting light ventilation heating space storage resources equipment supply "
    "supplies funding time sleep signage access wifi internet toilets toilet "
    "facilities parking seating shelving sound acoustics budget budgets broadband "
    "bandwidth nutrition breakfast housing clothing notice data sample"
)


def _inadequate(c: _Context) -> bool:
    after = c.after(1)
    if after and after[0] in _PHYSICAL and not c.capitalised_mid_sentence:
        return False  # "inadequate ventilation in the hall"
    before = c.before(2)
    # "the lighting was inadequate" is a fact about a room, not a verdict.
    return not (before and before[-1] in _PHYSICAL)


_EXCEPTIONAL_ORDINARY = _words(
    "circumstances circumstance cases case leave situations situation basis reasons "
    "reason request requests arrangements arrangement instances instance measures "
    "items item events event closure absence funding payment payments factors"
)


def _exceptional(c: _Context) -> bool:
    after = c.after(1)
    if after and after[0] in _EXCEPTIONAL_ORDINARY:
        return False
    before = c.before(2)
    # "only in exceptional ...", "by exceptional agreement"
    return not (before and before[-1] in {"in", "by", "under"})


# --- the new report-card phrases -------------------------------------------------------

_ATTAINMENT = re.compile(
    r"\b(reach\w*|achiev\w*|attain\w*|meet\w*|met|working\s+(at|towards)|at\s+or\s+above|"
    r"above|below|towards|exceed\w*)\b"
)
_PUPILS = re.compile(r"\b(pupils?|children|child|students?|learners?|cohort|%|per\s*cent|percent)")


def _expected_standard(c: _Context) -> bool:
    # "62% of pupils reached the expected standard in reading" is a national attainment
    # measure about pupils, not a verdict on the school.
    left = c.sentence_before()
    return not (_ATTAINMENT.search(left[-60:]) and (_PUPILS.search(left) or "%" in left))


def _needs_attention(c: _Context) -> bool:
    if c.quoted or c.labelled or c.capitalised_mid_sentence:
        return True
    before = c.before(4)
    if any(w in _JUDGING - {"be"} for w in before[-2:]):
        return True
    # "Behaviour needs attention" is the grade; "the boiler needs attention" is a repair.
    return any(w in _AREAS for w in before)


def _urgent_improvement(c: _Context) -> bool:
    after = c.after(1)
    return not (after and after[0] in {"works", "work", "notice"})


def _always(c: _Context) -> bool:
    return True


# --- grade / judgement / mock -----------------------------------------------------------

_GRADE_ORDINARY_NEXT = _words(
    "boundaries boundary descriptors point points readers reader books book reading "
    "exam exams examination examinations certificate"
)
_GRADE_ORDINARY_BEFORE = _words(
    "gcse gcses level music piano violin instrument instrumental exam examination "
    "predicted target working pencil btec vocational"
)


def _grade(c: _Context) -> bool:
    after, before = c.after(1), c.before(2)
    if after and (after[0].isdigit() or after[0] in _GRADE_ORDINARY_NEXT):
        return False  # "grade 5 or above", "grade boundaries", "graded readers"
    if before and before[-1] in _GRADE_ORDINARY_BEFORE:
        return False  # "GCSE grades", "Grade 3 piano", "target grades"
    return not (re.match(r"\s*\d", c.right) or re.search(r"\d\s*$", c.left))


_JUDGEMENT_ORDINARY_BEFORE = _words(
    "professional teacher teachers teacher’s teacher's teachers’ teachers' clinical "
    "own sound careful independent moderated moral ethical better best good poor "
    "informed balanced value snap use exercise exercised exercising pupils pupils’ "
    "pupils' children’s children's aesthetic critical"
)


def _judgement(c: _Context) -> bool:
    before, after = c.before(2), c.after(1)
    if before and before[-1] in _JUDGEMENT_ORDINARY_BEFORE:
        return False  # "teachers use their professional judgement"
    if after and after[0] in {"call", "calls", "free", "day"}:
        return False  # "a judgement call"
    if c.found.lower() == "judged":
        # "was judged", "judged to be", "judged that": verdicts; "pupils judged the
        # distance" is ordinary English.
        return bool(
            (before and before[-1] in _COPULA | {"we", "they", "reviewers", "team", "inspectors"})
            or (after and after[0] in {"to", "as", "that", "it", "this"})
        )
    return True


_MOCK_ORDINARY_NEXT = _words(
    "exam exams examination examinations sats sat test tests paper papers interview "
    "interviews trial trials election elections gcse gcses results week season "
    "assessment assessments phonics check checks up ups tudor turtle orange "
    "parliament scenario scenarios drill"
)


def _mock(c: _Context) -> bool:
    found = c.found.lower()
    if found.startswith("mocksted"):
        return True
    nxt = c.text[c.end : c.end + 3]
    if nxt.startswith("-up") or nxt.startswith("-ups"):
        return False
    after = c.after(1)
    if found == "mocks":
        # "Year 11 mocks" are exams.
        return False
    return not (after and after[0] in _MOCK_ORDINARY_NEXT)


# --- the rules ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    fires: Callable[[_Context], bool]
    why: str
    suggestion: str


def _rule(pattern: str, fires: Callable[[_Context], bool], why: str, suggestion: str) -> _Rule:
    return _Rule(re.compile(pattern, re.IGNORECASE | re.UNICODE), fires, why, suggestion)


_OFSTED_OLD = "an Ofsted grade"
_OFSTED_NEW = "an Ofsted report-card grade"
_DESCRIBE = "Describe what reviewers saw and its effect on pupils"

# Longer phrases first: a span already claimed by one rule is not matched by a later one.
RULES: tuple[_Rule, ...] = (
    _rule(
        r"\bmock[\s-]?sted\w*|\bmocks?\b",
        _mock,
        "Speaks of the review as a mock inspection",
        "Call it a peer review or a developmental review; name the enquiry question it explores.",
    ),
    _rule(
        r"\brequir(?:es|ed|e|ing)\s+(?:urgent\s+)?improvement\b",
        _always,
        f"'Requires improvement' is {_OFSTED_OLD}",
        f"Name the area for development: 'Even better if ...'. {_DESCRIBE}.",
    ),
    _rule(
        r"\burgent\s+improvement\b",
        _urgent_improvement,
        f"'Urgent improvement' is {_OFSTED_NEW}",
        "Say what should happen first and why: 'A priority next step is ...'.",
    ),
    _rule(
        r"\bneeds?\s+attention\b",
        _needs_attention,
        f"'Needs attention' is {_OFSTED_NEW}",
        "Frame it as an area for development: 'Even better if ...', with the evidence.",
    ),
    _rule(
        r"\bexpected\s+standard\b",
        _expected_standard,
        f"'Expected standard' is {_OFSTED_NEW}",
        f"{_DESCRIBE}, rather than placing it on a scale.",
    ),
    _rule(
        r"\bstrong\s+standard\b",
        _always,
        f"'Strong standard' is {_OFSTED_NEW}",
        f"Name the strength: 'What went well: ...'. {_DESCRIBE}.",
    ),
    _rule(
        r"\boutstanding\b",
        _outstanding,
        f"'Outstanding' used as a verdict is {_OFSTED_OLD}",
        "Say what is strong and why it works; if others could learn from it, "
        "consider an Area of Excellence.",
    ),
    _rule(
        r"\bexceptional\b",
        _exceptional,
        f"'Exceptional' used as a verdict is {_OFSTED_NEW}",
        "Say what is strong and why it works; consider an Area of Excellence.",
    ),
    _rule(
        r"\binadequate\b",
        _inadequate,
        f"'Inadequate' is {_OFSTED_OLD}",
        f"Frame it as an area for development: 'Even better if ...'. {_DESCRIBE}.",
    ),
    _rule(
        r"\bgood\b",
        _good,
        f"'Good' used as a verdict is {_OFSTED_OLD}",
        f"Name the strength instead: 'What went well: ...'. {_DESCRIBE}.",
    ),
    _rule(
        r"\bgrad(?:e|es|ed|ing)\b",
        _grade,
        "Peer reviews do not grade",
        "Describe strengths and areas for development; leave grades to inspection.",
    ),
    _rule(
        r"\bjudge?ments?\b|\bjudged\b",
        _judgement,
        "Peer reviews do not make judgements",
        "Write what reviewers saw and heard, and the question it raises for the school.",
    ),
)


def find_judgement_terms(text: str) -> list[GuardHit]:
    """Every judgement term used as a judgement in ``text``, in text order.

    Pure: no store, and the text is never changed. Spans index into ``text`` as given.
    """
    hits: list[GuardHit] = []
    claimed: list[tuple[int, int]] = []
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in claimed):
                continue
            context = _Context(text, m.start(), m.end())
            if rule.fires(context):
                hits.append(GuardHit(m.group(0), m.start(), m.end(), rule.why, rule.suggestion))
                claimed.append((m.start(), m.end()))
    return sorted(hits, key=lambda h: h.start)


def terms_of(hits: list[GuardHit]) -> list[str]:
    """The distinct terms of some hits, folded, sorted: what a dismissal records."""
    return sorted({" ".join(h.term.lower().split()) for h in hits})
