"""Ofsted's grades, old (outstanding, good, requires improvement, inadequate) and new
(exceptional, strong standard, expected standard, needs attention, urgent improvement),
used as verdicts; and the words of grading itself ("grade", "judgement", "mock").

Each term has a rule over the words around it: "a good range of books", "outstanding
actions", "exceptional circumstances", "pupils reaching the expected standard" or
"professional judgement" pass; "teaching is good", "leadership is outstanding" or "graded
as requires improvement" are flagged.
"""

from __future__ import annotations

import re

from app.services.judgement.context import (
    AREAS,
    COPULA,
    JUDGING,
    Context,
    Rule,
    always,
    rule,
    verdict_position,
    words,
)
from app.translatable import QT_TRANSLATE_NOOP

# Inspection areas only Estyn's framework names: a grade word about one is Estyn's scale.
_ESTYN = re.compile(
    r"\bestyn\b|wellbeing and attitudes|teaching and learning experiences|"
    r"care,? support and guidance"
)


def estyn_or(c: Context, fired: bool) -> bool | str:
    """A grade word that fired is Estyn's scale when its sentence is about Estyn."""
    if fired and _ESTYN.search(c.sentence()):
        return "estyn_grade"
    return fired


# --- outstanding --------------------------------------------------------------------

_UNRESOLVED = words(
    "actions action issues issue tasks task items item concerns questions question "
    "queries query matters points balance balances debt debts paperwork jobs "
    "referrals invoices payments fees requests repairs returns forms work records "
    "checks tickets amount amounts"
)


def _outstanding(c: Context) -> bool:
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
_GOOD_ORDINARY_NEXT = words(
    "at for to enough news fun value practice example examples idea use quality"
)


def _good(c: Context) -> bool | str:
    before, after = c.before(3), c.after(1)
    if before[-1:] == ["as"] and after[:1] == ["as"]:
        return False  # "as good as"
    offset = max(0, c.start - 240)
    window = c.text[offset : c.end + 240]
    for phrase in _GOOD_PHRASES:
        for m in phrase.finditer(window):
            if m.start() <= c.start - offset < m.end():
                return estyn_or(c, True)

    def clause_ends(after: list[str]) -> bool:
        # "Teaching is good." / "is good and ..." / "is good in Y5" are verdicts;
        # "is good practice", "is good at", "is a good example" are ordinary English.
        return not after or (
            (after[0] not in _GOOD_ORDINARY_NEXT)
            and (
                after[0]
                in {"and", "but", "overall", "in", "across", "throughout", "with", "because"}
                or after[0] in AREAS
                or len(after) == 1
            )
        )

    return estyn_or(c, verdict_position(c, clause_ends))


# --- inadequate / exceptional ----------------------------------------------------------

PHYSICAL = words(
    "lighting light ventilation heating space storage resources equipment supply "
    "supplies funding time sleep signage access wifi internet toilets toilet "
    "facilities parking seating shelving sound acoustics budget budgets broadband "
    "bandwidth nutrition breakfast housing clothing notice data sample"
)


def _inadequate(c: Context) -> bool:
    after = c.after(1)
    if after and after[0] in PHYSICAL and not c.capitalised_mid_sentence:
        return False  # "inadequate ventilation in the hall"
    before = c.before(2)
    # "the lighting was inadequate" is a fact about a room, not a verdict.
    return not (before and before[-1] in PHYSICAL)


_EXCEPTIONAL_ORDINARY = words(
    "circumstances circumstance cases case leave situations situation basis reasons "
    "reason request requests arrangements arrangement instances instance measures "
    "items item events event closure absence funding payment payments factors"
)


def _exceptional(c: Context) -> bool:
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


def _expected_standard(c: Context) -> bool:
    # "62% of pupils reached the expected standard in reading" is a national attainment
    # measure about pupils, not a verdict on the school.
    left = c.sentence_before()
    return not (_ATTAINMENT.search(left[-60:]) and (_PUPILS.search(left) or "%" in left))


def _needs_attention(c: Context) -> bool:
    if c.quoted or c.labelled or c.capitalised_mid_sentence:
        return True
    before = c.before(4)
    if any(w in JUDGING - {"be"} for w in before[-2:]):
        return True
    # "Behaviour needs attention" is the grade; "the boiler needs attention" is a repair.
    return any(w in AREAS for w in before)


def _urgent_improvement(c: Context) -> bool:
    after = c.after(1)
    return not (after and after[0] in {"works", "work", "notice"})


def _ri(c: Context) -> bool:
    """'RI' for requires improvement: 'an RI school', 'is RI', 'graded RI', 'Behaviour: RI'."""
    before, after = c.before(2), c.after(1)
    return bool(
        c.labelled
        or (before and before[-1] in COPULA | JUDGING | {"an", "from", "as"})
        or (after and after[0] in AREAS | {"judgement", "grade", "rating"})
    )


# --- grade / judgement / mock -----------------------------------------------------------

_GRADE_ORDINARY_NEXT = words(
    "boundaries boundary descriptors point points readers reader books book reading "
    "exam exams examination examinations certificate difficulty challenge"
)
_GRADE_ORDINARY_BEFORE = words(
    "gcse gcses level music piano violin instrument instrumental exam examination "
    "predicted target working pencil btec vocational"
)


_PUPIL_SUBJECT = re.compile(r"\b(pupils?|children|students?|learners?|peers?|self)\b", re.I)


def _grade(c: Context) -> bool:
    after, before = c.after(2), c.before(2)
    if after and (after[0].isdigit() or after[0] in _GRADE_ORDINARY_NEXT):
        return False  # "grade 5 or above", "grade boundaries", "graded readers"
    if after[:2] in (["in", "difficulty"], ["by", "difficulty"], ["in", "challenge"]):
        return False  # "tasks are graded in difficulty"
    if before and before[-1] in _GRADE_ORDINARY_BEFORE:
        return False  # "GCSE grades", "Grade 3 piano", "target grades"
    if c.found.lower() in {"graded", "grading"} and _PUPIL_SUBJECT.search(c.clause_left()):
        return False  # "pupils had graded their own work": assessment for learning
    return not (re.match(r"\s*\d", c.right) or re.search(r"\d\s*$", c.left))


_JUDGEMENT_ORDINARY_BEFORE = words(
    "professional teacher teachers teacher’s teacher's teachers’ teachers' clinical "
    "own sound careful independent moderated moral ethical better best good poor "
    "informed balanced value snap use exercise exercised exercising pupils pupils’ "
    "pupils' children’s children's aesthetic critical assessment"
)


def _judgement(c: Context) -> bool:
    before, after = c.before(2), c.after(1)
    if before and before[-1] in _JUDGEMENT_ORDINARY_BEFORE:
        return False  # "teachers use their professional judgement"
    if after and after[0] in {"call", "calls", "free", "day"}:
        return False  # "a judgement call"
    if c.found.lower() == "judged":
        # "was judged", "judged to be", "judged that": verdicts; "pupils judged the
        # distance" is ordinary English.
        return bool(
            (before and before[-1] in COPULA | {"we", "they", "reviewers", "team", "inspectors"})
            or (
                (after and after[0] in {"to", "as", "that", "it", "this"})
                and not (before and before[-1] in {"pupils", "children", "students"})
            )
        )
    return True


_MOCK_ORDINARY_NEXT = words(
    "exam exams examination examinations sats sat test tests paper papers interview "
    "interviews trial trials election elections gcse gcses results week season "
    "assessment assessments phonics check checks up ups tudor turtle orange "
    "parliament scenario scenarios drill"
)


def _mock(c: Context) -> bool:
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


_STRENGTH = QT_TRANSLATE_NOOP(
    "services.judgement", "Say what is strong and why it works; consider an Area of Excellence."
)

# Longer phrases first: a span already claimed by one rule is not matched by a later one.
GRADE_RULES: tuple[Rule, ...] = (
    rule(
        r"\brequir(?:es|ed|e|ing)\s+(?:urgent\s+)?improvement\b",
        always,
        "ofsted_grade",
        QT_TRANSLATE_NOOP("services.judgement", "'Requires improvement' is an Ofsted grade"),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Name the area for development: 'Even better if ...'. Describe what reviewers saw and its effect on pupils.",
        ),
        needs="improvement",
    ),
    rule(
        r"\bRI\b",
        _ri,
        "ofsted_grade",
        QT_TRANSLATE_NOOP("services.judgement", "'RI' (requires improvement) is an Ofsted grade"),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Name the area for development: 'Even better if ...'. Describe what reviewers saw and its effect on pupils.",
        ),
        case=True,
        needs="ri",
    ),
    rule(
        r"\burgent\s+improvement\b",
        _urgent_improvement,
        "ofsted_grade",
        QT_TRANSLATE_NOOP(
            "services.judgement", "'Urgent improvement' is an Ofsted report-card grade"
        ),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Say what should happen first and why: 'A priority next step is ...'.",
        ),
        needs="urgent",
    ),
    rule(
        r"\bneeds?\s+attention\b",
        _needs_attention,
        "ofsted_grade",
        QT_TRANSLATE_NOOP("services.judgement", "'Needs attention' is an Ofsted report-card grade"),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Frame it as an area for development: 'Even better if ...', with the evidence.",
        ),
        needs="attention",
    ),
    rule(
        r"\bexpected\s+standard\b",
        _expected_standard,
        "ofsted_grade",
        QT_TRANSLATE_NOOP(
            "services.judgement", "'Expected standard' is an Ofsted report-card grade"
        ),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Describe what reviewers saw and its effect on pupils, rather than placing it on a scale.",
        ),
        needs="expected",
    ),
    rule(
        r"\bstrong\s+standard\b",
        always,
        "ofsted_grade",
        QT_TRANSLATE_NOOP("services.judgement", "'Strong standard' is an Ofsted report-card grade"),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Name the strength: 'What went well: ...'. Describe what reviewers saw and its effect on pupils.",
        ),
        needs="standard",
    ),
    rule(
        r"\boutstanding\b",
        _outstanding,
        "ofsted_grade",
        QT_TRANSLATE_NOOP(
            "services.judgement", "'Outstanding' used as a verdict is an Ofsted grade"
        ),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Say what is strong and why it works; if others could learn from it, "
            "consider an Area of Excellence.",
        ),
        needs="outstanding",
    ),
    rule(
        r"\bexceptional\b",
        _exceptional,
        "ofsted_grade",
        QT_TRANSLATE_NOOP(
            "services.judgement", "'Exceptional' used as a verdict is an Ofsted report-card grade"
        ),
        _STRENGTH,
        needs="exceptional",
    ),
    rule(
        r"\binadequate\b",
        _inadequate,
        "ofsted_grade",
        QT_TRANSLATE_NOOP("services.judgement", "'Inadequate' is an Ofsted grade"),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Frame it as an area for development: 'Even better if ...'. Describe what reviewers saw and its effect on pupils.",
        ),
        needs="inadequate",
    ),
    rule(
        r"\bgood\b",
        _good,
        "ofsted_grade",
        QT_TRANSLATE_NOOP("services.judgement", "'Good' used as a verdict is an Ofsted grade"),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Name the strength instead: 'What went well: ...'. Describe what reviewers saw and its effect on pupils.",
        ),
        needs="good",
    ),
)

GRADING_RULES: tuple[Rule, ...] = (
    rule(
        r"\bgrad(?:e|es|ed|ing)\b",
        _grade,
        "grading",
        QT_TRANSLATE_NOOP("services.judgement", "Peer reviews do not grade"),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Describe strengths and areas for development; leave grades to inspection.",
        ),
        needs="grad",
    ),
    rule(
        r"\bjudge?ments?\b|\bjudged\b",
        _judgement,
        "grading",
        QT_TRANSLATE_NOOP("services.judgement", "Peer reviews do not make judgements"),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Write what reviewers saw and heard, and the question it raises for the school.",
        ),
        needs="judg",
    ),
)

MOCK_RULE = rule(
    r"\bmock[\s-]?sted\w*|\bmocks?\b",
    _mock,
    "inspection_proxy",
    QT_TRANSLATE_NOOP("services.judgement", "Speaks of the review as a mock inspection"),
    QT_TRANSLATE_NOOP(
        "services.judgement",
        "Call it a peer review or a developmental review; name the enquiry question it explores.",
    ),
    needs="mock",
)
