"""Numbers used as grades, other programmes' estimate scales, verdict words on the school
or an area, and verdicts on an identifiable teacher.

A verdict word is a verdict when it is said *of* the school, one of its areas or a
person: "Phonics teaching is weak", "an excellent school", "Mr Jones's lesson was weak".
Said of a thing or a practice it is description, and passes: "excellent resources were
used", "an effective strategy", "weak links in the chain", "pupils with poor attendance"
(decision 0034 says why resources and strategies are not judged).
"""

from __future__ import annotations

import re

from app.services.judgement.context import (
    AREAS,
    JUDGING,
    WORD,
    Context,
    Rule,
    always,
    followed_by_gerund,
    predicate_subject,
    rule,
    words,
)
from app.services.judgement.ofsted import PHYSICAL, estyn_or
from app.translatable import QT_TRANSLATE_NOOP

# --- numbers as grades -------------------------------------------------------------------

# What a number 1 to 4 counts when it is not a grade: "2 out of 10", "3 pupils", "4%".
_NOT_A_GRADE = (
    r"(?![.,]?\d|\s*(?:%|per\s*cent|percent|out\s+of|of\s+\d|(?:to|and|-|–)\s*\d|/\s*(?:[5-9]|\d\d)|points?\b|marks?\b|"
    r"pupils?\b|children\b|students?\b|minutes?\b|hours?\b|days?\b|weeks?\b|months?\b|"
    r"years?\b|times?\b|groups?\b|classes\b|adults?\b|staff\b|more\b|or\s+more\b))"
)
_LABEL_AREA = re.compile(
    r"\b(quality|education|leadership|management|behaviour|attitudes|development|"
    r"years|eyfs|teaching|curriculum|effectiveness|inclusion|safeguarding|achievement|"
    r"form|governance|standards|wellbeing|outcomes|provision|intent|implementation|impact|"
    r"experiences|guidance|overall|safonau|lles|addysgu|arweinyddiaeth|darpariaeth|"
    r"arweiniad|ymddygiad|cwricwlwm)\b",
    re.IGNORECASE,
)
_PUPIL_GRADES = re.compile(
    r"\b(pupils?|students?|children|gcses?|tgau|exams?|piano|cello|violin|guitar|music|"
    r"instrument\w*|abrsm|trinity|or\s+(above|higher|more|better)|9\s*[-–]\s*[1-4])\b"
)


def _numeric(c: Context) -> bool:
    """A bare 1 to 4 after an area label, a grading verb, 'a', or before 'overall'."""
    if c.labelled:
        label = re.split(r"[.!?\n]", c.left)[-1]
        return bool(_LABEL_AREA.search(label))
    return True


def _grade_number(c: Context) -> bool:
    """'grade 2' about the school, not a pupil's GCSE or music grade."""
    return not _PUPIL_GRADES.search(c.sentence())


_SCALE_ADJ = r"(?:solid|strong|secure|low|high|clear|borderline|good|weak|firm|comfortable)"
_GRADED = (
    r"(?:grad(?:ed|ing)|rat(?:e|es|ed|ing)|scor(?:e|es|ed|ing)|giv(?:e|es|en)|gave|"
    r"award(?:s|ed)?|estimat(?:e|es|ed)|judg(?:e|es|ed)|put|placed?|came\s+out|comes?\s+out|"
    r"sits?|sat)"
)
_LINK = r"(?:is|was|are|were|be|been|remains|sits?\s+at|at|as)"
_AREA_WORD = (
    r"(?:leadership|management|behaviour|teaching|curriculum|inclusion|safeguarding|"
    r"intent|implementation|impact|achievement|outcomes|governance|provision)"
)

NUMERIC_RULES: tuple[Rule, ...] = tuple(
    rule(
        pattern,
        fires,
        "numeric_grade",
        QT_TRANSLATE_NOOP("services.judgement", "A number used as a grade"),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Peer reviews do not grade. Describe what reviewers saw and its effect on pupils, as a strength or an area for development.",
        ),
    )
    for pattern, fires in (
        # "Quality of education: 2", "Teaching – 2/4", "Safonau: 2"
        (r"(?<=[:–—=-])\s*(?P<term>[1-4])(?:\s*/\s*4)?\b" + _NOT_A_GRADE, _numeric),
        # "graded leadership 2", "scored personal development as 1", "graded 1"
        (
            # (The words between are what was graded: never a number or a range.)
            rf"\b{_GRADED}\b(?:\s+(?!\d|between\b|from\b|and\b|to\b)[\w’'-]+){{0,3}}?\s+"
            rf"(?:as\s+|at\s+)?(?:an?\s+)?(?:{_SCALE_ADJ}\s+)?[1-4]\b" + _NOT_A_GRADE,
            _numeric,
        ),
        # "a 2 for behaviour", "a 3 in leadership"
        (
            rf"\ban?\s+(?:{_SCALE_ADJ}\s+)?[1-4](?=\s+(?:for|in|on)\s+(?:the\s+)?"
            rf"(?:{_AREA_WORD}|quality|personal|attendance|early|eyfs|each|every)\b)",
            _numeric,
        ),
        # "was a 3.", "would be a 2", "is a 2 for leadership"
        (
            rf"\b{_LINK}\s+(?P<term>(?:a|an)\s+(?:{_SCALE_ADJ}\s+)?[1-4])\b"
            r"(?=\s*(?:$|[.;,)!]|overall|for\b|in\b|with\b|and\b|going\b|but\b))",
            _numeric,
        ),
        # "a 3 overall", "a strong 2", "a solid 2 with features of 1"
        (r"\b(?:an?\s+)?[1-4]\s+overall\b", _numeric),
        (rf"\b(?:an?\s+)?{_SCALE_ADJ}\s+[1-4]\b" + _NOT_A_GRADE, _numeric),
        # "grade 2", "a grade 3 school", "Gradd 2"
        (r"\bgrad(?:e|d)\s+[1-4]\b" + _NOT_A_GRADE, _grade_number),
        # "Intent 1, implementation 2, impact 2", "leadership 2, behaviour 1"
        (rf"\b{_AREA_WORD}\s+[1-4](?=\s*(?:$|[,;.)]|and\b))", _numeric),
    )
)

# --- estimate scales -----------------------------------------------------------------------

_SCALE_LABELS = (
    r"(?:Developing|Emerging|Embedding|Embedded|Established|Exemplary|Secure|Sustaining)"
)


_ESTYN_AREA = re.compile(r"\s+and\s+improving\b", re.IGNORECASE)


def _scale_word(c: Context) -> bool:
    """'Effective' / 'Leading' as a scale label: labelled, capitalised mid-sentence (not
    in a title such as 'Leading Edge'), after a judging verb, or said of an area."""
    if _ESTYN_AREA.match(c.right):
        return False  # "Leading and improving", Estyn's inspection area, names a topic
    after_word = re.match(r"\s+([\w’'-]+)", c.right)
    titled = bool(after_word and after_word.group(1)[:1].isupper())
    if c.labelled and c.ends_clause:
        return True
    if c.capitalised_mid_sentence and not titled:
        return True
    before = c.before(3)
    while before and before[-1] in {"as", "at", "to", "be", "of", "an", "a", "very", "highly"}:
        before = before[:-1]
    return bool(before and before[-1] in (JUDGING - {"be"}) | {"estimate", "estimates"})


def _scale_label(c: Context) -> bool:
    """'Developing', 'Embedded': a scale only as a whole label ('Writing: Developing')."""
    return (c.labelled and c.ends_clause) or (
        c.before(1) in (["as"], ["rated"], ["estimated"], ["judged"]) and c.ends_clause
    )


def _estimate_noun(c: Context) -> bool:
    """'Estimate for leadership: ...', 'our estimate is', 'an estimate of Leading'."""
    nxt = c.right.lstrip()
    after = c.after(2)
    if nxt.startswith(":"):
        return True
    if after[:1] == ["for"] and len(after) > 1 and after[1] in AREAS | {"the", "each"}:
        return True
    before = c.before(2)
    return bool(before and before[-1] in {"our", "team's", "team’s", "reviewers'", "reviewers’"})


ESTIMATE_RULES: tuple[Rule, ...] = tuple(
    rule(
        pattern,
        fires,
        "estimate_scale",
        QT_TRANSLATE_NOOP("services.judgement", "A label from an estimate scale is a verdict"),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Say what is strong, or what to develop, and why. Describe what reviewers saw and its effect on pupils.",
        ),
        case=case,
        needs=needs,
    )
    for pattern, fires, case, needs in (
        (r"\bworking\s+towards\s+effective\b", always, False, "effective"),
        (r"\bnot\s+yet\s+effective\b", _scale_word, False, "effective"),
        (
            r"\b(?:Highly\s+|Very\s+)?Effective\b|\bLeading\b",
            _scale_word,
            True,
            "effective leading",
        ),
        (r"\b(?:highly\s+)?effective\b|\bleading\b", _scale_word, False, "effective leading"),
        (
            rf"\b{_SCALE_LABELS}\b",
            _scale_label,
            True,
            "developing emerging embedd established exemplary secure sustaining",
        ),
        (r"\bestimates?\b", _estimate_noun, False, "estimate"),
    )
)

# --- verdict words on the school or an area -------------------------------------------------

_VERDICT = (
    r"(?:weak|poor|excellent|exemplary|adequate|satisfactory|unsatisfactory|superb|"
    r"brilliant|fantastic|ineffective|(?:(?:highly|very|extremely|not\s+very|really)\s+)?"
    r"effective)"
)
# A verdict word directly before one of these is a verdict on it: "weak teaching".
_ATTRIBUTIVE = words(
    "school schools academy teaching leadership lesson lessons teacher teachers "
    "practitioner practitioners provision curriculum management governance department "
    "leaders leader headteacher"
)
_AFTER_OK = words("and but overall in across throughout at for with because")


def _verdict_word(c: Context) -> bool | str:
    found = c.found.lower()
    after = c.after(2)
    if found.endswith("effective") and not found.startswith(("highly", "very", "extremely")):
        # Plain "effective" is ordinary praise of a practice; of a whole area it is a
        # verdict, but not attributively ("effective leadership of reading means ...").
        attributive_nouns = words("school academy teacher lesson")
    else:
        attributive_nouns = _ATTRIBUTIVE
    nxt = after[0] if after else ""
    if nxt == "quality" and len(after) > 1:
        nxt = after[1]  # "poor quality teaching"
    if nxt in attributive_nouns:
        return estyn_or(c, True)
    if c.labelled and c.ends_clause:
        return estyn_or(c, True)  # "Care, support and guidance: Excellent"
    if followed_by_gerund(c) or (after and after[0] in PHYSICAL):
        return False  # "effective in securing funding", "adequate time"
    head = predicate_subject(c)
    if head is None or head not in AREAS | {"phonics", "reading", "writing", "maths"}:
        return False
    if after and after[0] not in _AFTER_OK and after[0] not in AREAS:
        return False
    return estyn_or(c, True)


VERDICT_RULES: tuple[Rule, ...] = (
    rule(
        rf"\b{_VERDICT}\b",
        _verdict_word,
        "verdict_word",
        QT_TRANSLATE_NOOP("services.judgement", "A verdict on the school or one of its areas"),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Say what is strong or what to develop, with the evidence. Describe what reviewers saw and its effect on pupils.",
        ),
        needs="weak poor excellent exemplary adequate satisfactory superb brilliant fantastic "
        "effective",
    ),
)

# --- verdicts on a teacher --------------------------------------------------------------------

_EVAL = (
    r"(?:good|great|excellent|outstanding|weak|weakest|poor|poorest|strong|strongest|best|"
    r"worst|brilliant|fantastic|superb|amazing|inspirational|inspiring|exceptional|"
    r"(?:(?:highly|very|not\s+very)\s+)?effective|ineffective|inadequate|adequate|"
    r"satisfactory|unsatisfactory|competent|incompetent|mediocre|average|struggling|"
    r"exemplary|talented|gifted|a\s+star|first[-\s]class|dreadful|terrible|awful|"
    r"useless|lacklustre|disappointing|impressive)"
)
# One member of staff: named ("Mr Jones", "Sarah's") or by a role only one person has
# in a class or a school ("the Y4 teacher", "the teacher in 3B", "the SENCO").
_PERSON = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w’'-]+"
    r"|\b[A-Z][a-z]+[’']s\s+(?i:lesson|teaching|class|questioning|practice|explanation|"
    r"modelling|subject|planning|feedback|marking|behaviour\s+management)"
    r"|(?i:\bthe\s+(?:[\w-]+\s+){0,2}?(?:teacher|practitioner|ect|nqt|senco|hlta|ta|"
    r"headteacher|head|deputy|lead|tutor|lesson)\b(?:\s+(?:in|of|for)\s+[\w-]+(?:\s+\d)?)?)"
    r"|(?i:\b(?:athro|athrawes|pennaeth)\b)",
)
# Between the person and the verb these mean the person is not the subject.
_NOT_SUBJECT = re.compile(
    r"\b(said|says|told|tells|thinks|think|felt|feel|feels|believes|explained|reported|"
    r"that|who|which|pupils|children|asked|wants|agreed|and\s+the)\b",
    re.IGNORECASE,
)


def _teacher(c: Context) -> bool:
    clause = c.clause_left()
    last = None
    for m in _PERSON.finditer(clause):
        last = m
    if last is None:
        return False
    between = clause[last.end() :]
    return not (_NOT_SUBJECT.search(between) or len(WORD.findall(between)) > 8)


_TEACHER_WHY = QT_TRANSLATE_NOOP(
    "services.judgement",
    "A verdict on one teacher: review notes must not become appraisal evidence",
)
_TEACHER_SUGGESTION = QT_TRANSLATE_NOOP(
    "services.judgement",
    "Describe the practice and its effect on pupils, not the person: 'In a Y4 lesson, "
    "pupils ...'; patterns across classes are what the review reports.",
)
_COPULAS = r"(?:is|was|are|were|seems?|seemed|appears?|appeared|remains?|came\s+across\s+as|looked)"
_DEGREES = (
    r"(?:(?:very|really|clearly|consistently|quite|extremely|highly|so|not|particularly|"
    r"generally|always|often|also|rather|simply|genuinely|by\s+far)\s+)*"
)

# Every person _PERSON finds contains one of these.
_PERSON_CUES = (
    "mr mrs ms miss mx dr 's ’s teacher practitioner ect nqt senco ta head deputy lead "
    "tutor lesson athro athrawes pennaeth"
)
TEACHER_RULES: tuple[Rule, ...] = tuple(
    rule(
        pattern, _teacher, "teacher_verdict", _TEACHER_WHY, _TEACHER_SUGGESTION, needs=_PERSON_CUES
    )
    for pattern in (
        # "... is excellent", "is a good teacher", "is clearly the strongest in the school"
        rf"\b{_COPULAS}\s+{_DEGREES}(?:one\s+of\s+)?(?:(?:a|an|the)\s+)?(?:(?:most|very|really)\s+)?"
        rf"(?P<term>{_EVAL})\b(?!\s+(?:fun|for|to|news|enough|value|practice|example)\b)"
        r"(?:\s+(?:teachers?|practitioners?|leaders?|one|lesson))?",
        # "taught an excellent lesson"
        r"\b(?:taught|teaches|teach|delivered|delivers|led|leads|gave|gives|planned)\s+"
        rf"(?:a|an)\s+(?:(?:very|really|truly)\s+)?(?P<term>{_EVAL})\s+(?:lesson|session|starter)",
    )
)
