"""Estyn's former judgements, in English and Welsh, and Welsh verdict phrasing.

Estyn judged each inspection area Excellent, Good, Adequate and needs improvement, or
Unsatisfactory and needs urgent improvement (Rhagorol, Da, Digonol ac angen gwelliant,
Anfoddhaol ac angen gwelliant brys); it no longer awards summative grades either.

Welsh puts the verdict after "yn" (or "'n"), mutated: "Mae'r addysgu'n dda", "Roedd yr
addysgu yn wan". A verdict is such a phrase whose subject is the school, one of its areas
or one teacher; "Mae'r disgyblion yn darllen yn dda" (the pupils read well), "Bore da",
"Da iawn", "yn fy marn i" (in my view), "barn y disgyblion" (the pupils' views), "i
raddau" (to an extent) and "gradd mewn Cymraeg" (a degree in Welsh) pass.
"""

from __future__ import annotations

import re

from app.services.judgement.context import Context, Rule, always, rule
from app.translatable import QT_TRANSLATE_NOOP

# Estyn's scale, and other verdict words, as they appear after "yn" (soft mutation).
_ESTYN_ADJ = {"da", "dda", "rhagorol", "digonol", "ddigonol", "anfoddhaol"}
_VERDICT_ADJ = (
    r"(?:dda|da|rhagorol|ddigonol|digonol|anfoddhaol|wan|gwan|wael|gwael|ardderchog|"
    r"foddhaol|boddhaol|wych|gwych|aneffeithiol|effeithiol\s+iawn|hynod\s+effeithiol|"
    r"eithriadol)"
)
# What inspections judged, in Welsh (with the soft mutation after "y"/"'r").
_AREAS = {
    "addysgu",
    "dysgu",
    "arweinyddiaeth",
    "arweinwyr",
    "arwain",
    "ymddygiad",
    "presenoldeb",
    "safonau",
    "lles",
    "darpariaeth",
    "ddarpariaeth",
    "cwricwlwm",
    "ysgol",
    "asesu",
    "llywodraethu",
    "llywodraethwyr",
    "deilliannau",
    "cynnydd",
    "agweddau",
    "gofal",
    "addysg",
    "profiadau",
}
# One teacher, or one lesson (which names its teacher as surely).
_TEACHER = re.compile(
    r"\b(athro|athrawes|pennaeth|dirprwy|gwers|wers)\b|\b(Mr|Mrs|Ms|Miss|Mx|Dr)\s+[A-Z]"
)
# "yn" as a predicate before a verb-noun or an adjective; "yn y", "yn yr", "yn ei" are the
# preposition "in" ("yn yr ysgol": in the school) and do not end the subject.
_PREDICATIVE_YN = re.compile(
    r"(?:\byn|['’]n)\s+(?!y\b|yr\b|['’]r\b|ei\b|eu\b|ein\b|eich\b|fy\b|dy\b|[A-Z])"
)
_COPULA = re.compile(
    r"\b(mae|roedd|oedd|bydd|byddai|fydd|fyddai|yw|ydy|ydyw|bod|fod|barnwyd|dyfarnwyd)"
    r"(?:['’]r)?\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w’']+")


def _welsh_verdict(c: Context) -> bool | str:
    """'yn dda' / "'n dda" whose subject (after mae/roedd/bod) is an area or a teacher."""
    clause = c.clause_left()
    copulas = list(_COPULA.finditer(clause))
    if not copulas:
        return False
    # The subject runs from the verb to the "yn" before the term. Another predicative
    # "yn" in between means the term is an adverb: "mae'r athrawes yn defnyddio
    # cwestiynau yn dda" (uses questions well) says how, not how good.
    subject = re.sub(r"(?:\byn|['’]n)\s+(?:(?:gwbl|hollol|wirioneddol)\s+)?$", "", clause)
    subject = subject[copulas[-1].end() :]
    if _PREDICATIVE_YN.search(subject):
        return False
    if _TEACHER.search(subject):
        return "teacher_verdict"
    words = [w.lower().removeprefix("'r").removeprefix("’r") for w in _WORD.findall(subject)]
    if not any(w.strip("'’") in _AREAS for w in words):
        return False
    return "estyn_grade" if c.found.lower() in _ESTYN_ADJ else "verdict_word"


def _welsh_label(c: Context) -> bool:
    return c.labelled and c.ends_clause


def _gradd(c: Context) -> bool | str:
    """'Gradd' is a grade, a level or a degree: a grade when a number 1 to 4 follows,
    when it is a label or 'overall', or as a verb (graddio, graddiwyd: to grade)."""
    before, after = c.before(2), c.after(2)
    if before and before[-1] in {"i", "ryw", "rhyw"}:
        return False  # "i raddau": to an extent
    if after and after[0] in {"tgau", "meistr", "prifysgol", "baglor", "mewn", "gradd"}:
        return False  # GCSE grades, a university degree, a degree in Welsh
    sentence_right = re.split(r"[.!?\n]\s", c.right, maxsplit=1)[0]
    if re.search(r"(?<![\d.,])[1-4](?![\d%]|[.,]\d)", sentence_right[:40]):
        return "numeric_grade"
    verb = c.found.lower().endswith(("io", "iwyd", "wyd"))
    return verb or c.right.lstrip().startswith(":") or after[:1] == ["gyffredinol"]


_ESTYN_WHY = QT_TRANSLATE_NOOP(
    "services.judgement", "Estyn's former judgement scale: a verdict, not a finding"
)
_ESTYN_SUGGESTION = QT_TRANSLATE_NOOP(
    "services.judgement",
    "Describe what reviewers saw and its effect on pupils. In Welsh: 'Beth aeth yn dda: ...' "
    "or 'Byddai'n well fyth pe ...'.",
)

RULES: tuple[Rule, ...] = (
    rule(
        r"\b(?:adequate|digonol|ddigonol)\s+(?:and|ac)\s+(?:needs?|angen)\s+"
        r"(?:improvement|gwelliant)\b(?!\s+brys)",
        always,
        "estyn_grade",
        _ESTYN_WHY,
        _ESTYN_SUGGESTION,
        needs="adequate digonol",
    ),
    rule(
        r"\b(?:unsatisfactory|anfoddhaol)\s+(?:and|ac)\s+(?:needs?|angen)\s+"
        r"(?:urgent\s+improvement|gwelliant\s+brys)\b",
        always,
        "estyn_grade",
        _ESTYN_WHY,
        _ESTYN_SUGGESTION,
        needs="unsatisfactory anfoddhaol",
    ),
    rule(
        r"\b(?:Rhagorol|Da|Digonol|Anfoddhaol|Ardderchog)\b",
        _welsh_label,
        "estyn_grade",
        _ESTYN_WHY,
        _ESTYN_SUGGESTION,
        case=True,
        needs="rhagorol da digonol anfoddhaol ardderchog",
    ),
    rule(
        r"\byn\s+ysgol\s+(?P<term>dda|ragorol|wan|wael|ardderchog|wych)\b",
        always,
        "estyn_grade",
        _ESTYN_WHY,
        _ESTYN_SUGGESTION,
        needs="ysgol",
    ),
    rule(
        rf"(?:\byn|['’]n)\s+(?:(?:gwbl|hollol|wirioneddol)\s+)?(?P<term>{_VERDICT_ADJ})"
        r"(?:\s+iawn)?\b",
        _welsh_verdict,
        "verdict_word",
        QT_TRANSLATE_NOOP(
            "services.judgement", "A verdict on the school, one of its areas or one teacher"
        ),
        _ESTYN_SUGGESTION,
        needs="yn ’n 'n",
    ),
    rule(
        r"\b(?:n?gradd|radd|n?graddau|raddau|n?graddio|raddio|graddiwyd|graddwyd|raddiwyd)\b",
        _gradd,
        "grading",
        QT_TRANSLATE_NOOP("services.judgement", "Peer reviews do not grade ('gradd')"),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Disgrifiwch gryfderau a meysydd i'w datblygu; describe strengths and areas for "
            "development, and leave grades to inspection.",
        ),
        needs="radd",
    ),
    rule(
        r"\b(?:barn|farn|marn)\s+(?:gyffredinol|derfynol)\b|\b(?:n?dyfarniad\w*|ddyfarniad\w*|"
        r"dyfarnwyd|barnwyd)\b|\b(?:barn|dyfarniad)\s*(?=:)",
        always,
        "grading",
        QT_TRANSLATE_NOOP(
            "services.judgement", "Peer reviews do not make judgements ('barn', 'dyfarniad')"
        ),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Write what reviewers saw and heard, and the question it raises for the school.",
        ),
        needs="barn farn marn dyfarn",
    ),
    rule(
        r"\bysgol\s+(?:orau|waethaf|gryfaf|wannaf|uchaf|isaf)\b|\b\w*abl(?:au)?\s+cynghrair\b",
        always,
        "ranking",
        QT_TRANSLATE_NOOP("services.judgement", "Ranks schools against each other"),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Peer review compares a school with its own priorities, not with other schools.",
        ),
        needs="ysgol cynghrair",
    ),
    rule(
        r"\bbarod\s+ar\s+gyfer\s+(?:estyn|(?:yr\s+)?arolygiad|(?:yr\s+)?arolwg|arolygwyr)\b|"
        r"\bddiogel\s+(?:mewn|yn\s+ystod)\s+(?:arolygiad|arolwg)\b|\bffug[-\s]?arolyg\w*|"
        r"\b(?:byddai|bydd|gallai)\s+(?:estyn|arolygwyr|['’]r\s+arolygwyr)\b",
        always,
        "inspection_proxy",
        QT_TRANSLATE_NOOP("services.judgement", "Treats the review as a stand-in for inspection"),
        QT_TRANSLATE_NOOP(
            "services.judgement",
            "Keep to the school's own enquiry question: what reviewers saw and what to try next.",
        ),
        needs="barod diogel ffug bydd gallai",
    ),
)
