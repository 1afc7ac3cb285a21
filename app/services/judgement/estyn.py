"""Estyn's follow-up categories, in English and Welsh, and the team's "barn" (judgement).

After an inspection Estyn may place a school in special measures (mesurau arbennig), find
it in need of significant improvement (angen gwelliant sylweddol), or put it under Estyn
review (adolygiad gan Estyn); Ofsted's special measures read the same in English. Each is
a verdict on the whole school. The words are ordinary on their own: "special measures for
pupils with ALN", "pupils made significant improvement", "gwnaeth y disgyblion welliant
sylweddol", "adolygiad gan y clwstwr" pass; what is flagged is the category, after the
words that make it one (in, into, out of, requires, in need of; mewn, angen, i, o,
categori).

"Barn" is a view as well as a judgement: "barn y disgyblion" (the pupils' views) and "yn
fy marn i" (in my view) pass; the team's or the reviewers' "barn" is a verdict.
"""

from __future__ import annotations

from app.services.judgement.context import Rule, always, rule

_WHY = "An inspection's follow-up category (Estyn's or Ofsted's): a verdict on the whole school"
_SUGGESTION = (
    "Describe what reviewers saw and the school's next step, in the school's own priorities; "
    "in Welsh: 'Beth aeth yn dda: ...' or 'Gwell fyth petai ...'."
)
# What makes "special measures" the category: being in it, going into or out of it,
# needing it. "with special measures for" or "used special measures" stay ordinary.
_INTO = (
    r"(?:in|into|out\s+of|from|placed\s+in|put\s+in|requires?|requiring|required|needs?|"
    r"needed|need\s+of|category\s+of|status\s+of)"
)

RULES: tuple[Rule, ...] = (
    rule(
        rf"\b{_INTO}\s+(?:the\s+)?special\s+measures\b",
        always,
        "estyn_grade",
        _WHY,
        _SUGGESTION,
        needs="special",
    ),
    rule(
        r"\b(?:in\s+need\s+of|requires?|requiring|required|category\s+of|status\s+of)\s+"
        r"significant\s+improvement\b|\bsignificant\s+improvement\s+(?:category|status)\b",
        always,
        "estyn_grade",
        _WHY,
        _SUGGESTION,
        needs="significant",
    ),
    rule(
        r"\b(?:in|into|under|for|requires?|requiring|need\s+of|subject\s+to|category\s+of|"
        r"status\s+of)\s+(?:an\s+)?estyn\s+review\b|\bestyn\s+review\s+(?:category|status)\b|"
        r"\bestyn\s+review(?=\s*:)",
        always,
        "estyn_grade",
        _WHY,
        _SUGGESTION,
        needs="estyn",
    ),
    # Welsh: "mewn mesurau arbennig", "angen mesurau arbennig", "i fesurau arbennig"
    # (into), "allan o fesurau arbennig" (out of), "categori mesurau arbennig".
    rule(
        r"\b(?:(?:mewn|angen|categori|statws)\s+mesurau|(?:i|o)\s+fesurau)\s+arbennig\b",
        always,
        "estyn_grade",
        _WHY,
        _SUGGESTION,
        needs="esurau",
    ),
    # "angen gwelliant sylweddol" (in need of significant improvement), "categori
    # gwelliant sylweddol"; "gwneud gwelliant sylweddol" (made one) passes.
    rule(
        r"\b(?:angen|categori|statws)\s+(?:gwelliant|welliant)\s+sylweddol\b",
        always,
        "estyn_grade",
        _WHY,
        _SUGGESTION,
        needs="welliant",
    ),
    rule(
        r"\b(?:angen|categori|statws|dan|mewn)\s+(?:yr?\s+)?(?:adolygiad|hadolygiad)\s+"
        r"(?:gan\s+)?estyn\b|\b(?:i|o)\s+(?:adolygiad|hadolygiad)\s+gan\s+estyn\b",
        always,
        "estyn_grade",
        _WHY,
        _SUGGESTION,
        needs="estyn",
    ),
    # The team's judgement: "barn y tîm", "barn yr adolygwyr", "ein barn ni".
    rule(
        r"\b(?:barn|farn)\s+(?:y\s+tîm|yr\s+adolygwyr|yr\s+adolygydd|tîm\s+yr\s+adolygiad|"
        r"y\s+tîm\s+adolygu)\b|\bein\s+barn\b",
        always,
        "grading",
        "Peer reviews do not make judgements ('barn')",
        "Write what reviewers saw and heard, and the question it raises for the school.",
        needs="barn farn",
    ),
)
