"""Rankings of schools against each other, and the review spoken of as a stand-in for
inspection ("ready for Ofsted", "secure at inspection", "RAG rated red", "deep dive
outcome").

A superlative ranks schools only about schools: "the best school in the partnership" is
flagged, "the best examples of writing", "the weakest readers" and a diamond ranking in a
history lesson pass.
"""

from __future__ import annotations

import re

from app.services.judgement.context import Context, Rule, always, rule
from app.translatable import QT_TRANSLATE_NOOP

# --- ranking --------------------------------------------------------------------------------

# Groups of schools a school is ranked within.
_GROUP = re.compile(
    r"\b(partnership|trust|cluster|local\s+authority|la|county|country|region|federation|"
    r"mat|nationally|partner\s+schools|other\s+schools|the\s+(?:\w+\s+){0,2}schools|"
    r"all\s+(?:the\s+)?schools|schools\s+we\s+(?:have\s+)?(?:reviewed|visited)|"
    r"every\s+other\s+school|ysgolion|clwstwr|bartneriaeth|partneriaeth|sir|awdurdod)\b"
)
_SUPERLATIVE = (
    r"(?:best|worst|strongest|weakest|highest|lowest|leading|most\s+improved|"
    r"least\s+improved|most\s+successful|least\s+successful|"
    r"(?:best|worst|highest|lowest|top|bottom)[-\s]performing)"
)
# After a superlative, these make it about a school or what schools are compared on.
_SCHOOLISH = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:school|academy|schools|curriculum|results|outcomes|teaching|"
    r"leadership|provision|attendance|record|performance|performer)\b|"
    r"\s+(?:one|in|of|across|among|for|on)\b|\s*(?:[.;,!?]|$)"
)


def _superlative(c: Context) -> bool:
    if not _SCHOOLISH.match(c.text, c.end):
        return False  # "the best examples", "the weakest readers"
    if re.match(r"\s+(?:school|academy)\b", c.right):
        return True  # "the best school" needs no group to be a ranking
    return bool(_GROUP.search(c.sentence()))


def _top_n(c: Context) -> bool:
    """'the top three in the local authority', 'the bottom quartile nationally'."""
    return bool(_GROUP.search(c.sentence()))


def _rank_word(c: Context) -> bool:
    before = c.before(2)
    if before and before[-1] in {"diamond", "rank", "priority"}:
        return False  # a diamond ranking is a classroom activity
    sentence = c.sentence()
    ordinal = re.search(
        r"\b(first|second|third|fourth|fifth|sixth|last|top|bottom|\d+(st|nd|rd|th))\b",
        sentence,
    )
    return bool(_GROUP.search(sentence) or (ordinal and re.search(r"\bschool", sentence)))


def _compared(c: Context) -> bool:
    """'Compared with other schools in the trust, this school is doing worse'."""
    sentence = c.sentence()
    return bool(re.search(r"\bcompar\w*", sentence) and _GROUP.search(sentence))


def _comparison(c: Context) -> bool:
    """'better than Ouse Bank', 'behind the other schools'."""
    return bool(
        re.match(r"\s+(?:the\s+)?(?:other\s+|partner\s+)?(?:schools?|academ)", c.right, re.I)
        or re.match(r"\s+[A-Z][a-z]+\s+(?:[A-Z][a-z]+|school|primary|academy)\b", c.right)
    )


_RANK_WHY = QT_TRANSLATE_NOOP("services.judgement", "Ranks schools against each other")
_RANK_SUGGESTION = QT_TRANSLATE_NOOP(
    "services.judgement",
    "Peer review compares a school with its own priorities, not with other schools. "
    "Describe what is strong and what to develop here; share practice, not positions.",
)

RANKING_RULES: tuple[Rule, ...] = tuple(
    rule(pattern, fires, "ranking", _RANK_WHY, _RANK_SUGGESTION, needs=needs)
    for pattern, fires, needs in (
        (r"\bleague[\s-]tables?\b", always, "league"),
        (r"\b(?:outperform\w*|outstrip\w*|outrank\w*)\b", _top_n, "outperform outstrip outrank"),
        (r"\b(?:ranked|ranking|rankings|ranks?)\b", _rank_word, "rank"),
        (
            rf"\b(?:the|a)\s+(?P<term>{_SUPERLATIVE})\b",
            _superlative,
            "best worst strongest weakest highest lowest leading improved successful top bottom",
        ),
        (
            r"\b(?:come|came|comes|coming|is|was|sits?|sat)\s+(?P<term>top|bottom)\s+of\b",
            always,
            "top bottom",
        ),
        (
            r"\b(?P<term>top|bottom)\s+(?:three|five|ten|half|quartile|third|\d+)\b",
            _top_n,
            "top bottom",
        ),
        (
            r"\b(?:better|worse|stronger|weaker|further\s+ahead)\s+than\b|"
            r"\b(?:ahead\s+of|behind)\b",
            _comparison,
            "than ahead behind",
        ),
        (r"\b(?:better|worse|stronger|weaker)\b", _compared, "compar"),
    )
)

# --- inspection proxies ------------------------------------------------------------------------

_INSPECTION = r"(?:ofsted|estyn|inspection|inspectors?|hmi|an?\s+inspection)"
_NEGATED = re.compile(r"\b(not|never|isn[’']t|wasn[’']t|no)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _not_negated(c: Context) -> bool:
    """'This review is not a rehearsal for inspection' distances itself from one."""
    return not _NEGATED.search(c.clause_left())


def _counterfactual(c: Context) -> bool:
    """'would be picked up by inspectors': what an inspection would do, imagined."""
    return bool(re.search(r"\b(would|could|might|will|may|likely)\b", c.clause_left(), re.I))


_PROXY_WHY = QT_TRANSLATE_NOOP(
    "services.judgement", "Treats the review as a stand-in for inspection"
)
_PROXY_SUGGESTION = QT_TRANSLATE_NOOP(
    "services.judgement",
    "Keep to the school's own enquiry question: what reviewers saw, what it shows, and "
    "what the school could try next. No RAG ratings: describe progress in words.",
)

_INSPECTION_WORDS = "ofsted estyn inspect hmi"
PROXY_RULES: tuple[Rule, ...] = tuple(
    rule(
        pattern,
        fires,
        "inspection_proxy",
        _PROXY_WHY,
        _PROXY_SUGGESTION,
        case=case,
        needs=needs or _INSPECTION_WORDS,
    )
    for pattern, fires, case, needs in (
        (
            rf"\b(?:ready|prepared|readiness|preparation)\s+for\s+(?:an?\s+|the\s+|its\s+|"
            rf"their\s+)?(?:next\s+)?{_INSPECTION}\b",
            always,
            False,
            "",
        ),
        (r"\b(?:ofsted|estyn|inspection)[-\s]ready\b", always, False, ""),
        (
            rf"\bsecure\s+(?:at|in|under|for|during)\s+(?:an?\s+|the\s+)?{_INSPECTION}\b",
            always,
            False,
            "",
        ),
        (
            rf"\b(?:stand|stands|hold|holds)\s+up\s+(?:well\s+)?(?:under|at|to|in|during)\s+"
            rf"(?:an?\s+|the\s+)?{_INSPECTION}\b",
            always,
            False,
            "",
        ),
        (r"\bRAG\b", always, True, "rag"),
        (r"\b(?:red|amber|green)[-\s]rated\b", always, False, "rated"),
        (
            r"\b(?:rated|graded|marked|coded|flagged|scored|assessed)\s+(?:as\s+)?"
            r"(?P<term>red|amber|green)\b",
            always,
            False,
            "red amber green",
        ),
        (
            r"\bdeep[\s-]dive\s+(?:outcomes?|judge?ments?|grades?|verdicts?|results?|ratings?)\b",
            always,
            False,
            "dive",
        ),
        (
            r"\b(?:ofsted|estyn|hmi|inspectors?|an\s+inspector|the\s+inspectors?)\s+"
            r"(?:would|will|might|could|may|should|wouldn[’']t|won[’']t)\b",
            always,
            False,
            "",
        ),
        (
            r"\b(?:expects?|expected|wants?|needs?|like)\s+(?:ofsted|estyn|hmi|inspectors?|"
            r"the\s+inspectors?)\s+to\b|\bwhat\s+(?:ofsted|estyn|hmi|inspectors?)\s+"
            r"(?:wants?|looks?\s+for|expects?|would|will)\b",
            always,
            False,
            "",
        ),
        (
            r"\b(?:picked\s+up|spotted|noticed|seen|flagged|questioned|criticised|praised|"
            r"challenged|scrutinised)\s+by\s+(?:the\s+)?(?:inspectors?|ofsted|estyn|hmi)\b",
            _counterfactual,
            False,
            "",
        ),
        (
            r"\bif\s+(?:ofsted|estyn|hmi|the\s+inspectors?|inspectors?)\s+"
            r"(?:came|come|called|arrived|visited|walked|were\s+to)\b",
            always,
            False,
            "",
        ),
        (
            r"\b(?:felt|feel|feels|feeling|seemed|looked)\s+(?:\w+\s+)?like\s+(?:an?\s+)?"
            r"(?:ofsted|estyn|hmi|inspection|inspectors?)\b",
            _not_negated,
            False,
            "",
        ),
        (
            rf"\b(?:rehearsal|dress\s+rehearsal|dry\s+run|practice\s+run)\s+for\s+(?:the\s+|an?\s+|"
            rf"its\s+|their\s+|the\s+school[’']s\s+)?(?:next\s+)?{_INSPECTION}\b",
            _not_negated,
            False,
            "",
        ),
        (
            rf"\b(?:likely\s+)?{_INSPECTION}\s+(?:outcome|grade|judge?ment|verdict|rating)s?\b",
            always,
            False,
            "",
        ),
        (
            r"\b(?:in\s+ofsted\s+terms|through\s+an\s+ofsted\s+lens|ofsted[-\s]style)\b",
            always,
            False,
            "",
        ),
    )
)
