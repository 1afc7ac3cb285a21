"""The judgement guard knows Estyn's words in English and Welsh (decision 0048): its former
four-point judgements as verdicts, its follow-up categories, "graded" and "graddio", and
the team's "barn"; each with an ordinary sentence using the same words that passes."""

from __future__ import annotations

import pytest

from app.reports.cymraeg import CY
from app.services.grade_guard import find_judgement_terms

# (a sentence that uses the term as a verdict, the term flagged, a sentence that does not)
TERMS = [
    # Estyn's former judgements, as verdicts, in both languages
    ("Teaching: Excellent.", "Excellent", "The excellent display in the hall shows Y6's maps."),
    ("Leadership is excellent.", "excellent", "Pupils described an excellent trip to Sain Ffagan."),
    ("Standards are good.", "good", "Pupils said it felt good to read to the younger classes."),
    (
        "Standards: Adequate and needs improvement.",
        "Adequate and needs improvement",
        "Leaders checked that the ramp gives adequate space for wheelchairs.",
    ),
    ("Teaching is unsatisfactory.", "unsatisfactory", "Pupils redrafted an unsatisfactory ending."),
    ("Safonau: Da", "Da", "Dywedodd yr athrawes 'Da iawn ti!' wrth ddisgybl."),
    (
        "Mae'r safonau'n rhagorol.",
        "rhagorol",
        "Roedd y sioe Nadolig yn un ragorol, meddai'r rhieni.",
    ),
    ("Mae'r addysgu yn ddigonol.", "ddigonol", "Mae'r disgyblion yn darllen yn dda."),
    (
        "Mae'r addysgu yn anfoddhaol.",
        "anfoddhaol",
        "Mae'r bwrdd gwyn yn dweud 'Da iawn, Blwyddyn 3'.",
    ),
    # Follow-up categories
    (
        "The school was placed in special measures by Estyn.",
        "placed in special measures",
        "Pupils with ALN have special measures in exams.",
    ),
    (
        "The school is in need of special measures.",
        "need of special measures",
        "The class used special measures to keep the equipment safe.",
    ),
    (
        "The school came out of special measures last year.",
        "out of special measures",
        "Leaders put special measures for pupils' safety on the trip.",
    ),
    (
        "Mae'r ysgol mewn mesurau arbennig.",
        "mewn mesurau arbennig",
        ("Mae'r ysgol yn defnyddio mesurau arbennig i gadw'r offer yn ddiogel."),
    ),
    (
        "Daeth yr ysgol allan o fesurau arbennig.",
        "o fesurau arbennig",
        ("Mae mesurau arbennig ar gyfer y daith i'r traeth."),
    ),
    (
        "The school is in need of significant improvement.",
        "in need of significant improvement",
        "Pupils made significant improvement in their writing.",
    ),
    (
        "The school requires significant improvement.",
        "requires significant improvement",
        "Attendance showed a significant improvement after the breakfast club began.",
    ),
    (
        "Mae angen gwelliant sylweddol ar yr ysgol.",
        "angen gwelliant sylweddol",
        ("Gwnaeth y disgyblion welliant sylweddol yn eu hysgrifennu."),
    ),
    (
        "The school is subject to Estyn review.",
        "subject to Estyn review",
        "The review of Estyn's guidance helped the team plan.",
    ),
    (
        "Estyn review: the school will be monitored.",
        "Estyn review",
        ("Leaders read Estyn's thematic review of Welsh in English-medium schools."),
    ),
    (
        "Mae'r ysgol yn y categori adolygiad gan Estyn.",
        "categori adolygiad gan Estyn",
        ("Mae'r adolygiad gan y clwstwr yn helpu'r ysgol."),
    ),
    (
        "Mae'r ysgol angen adolygiad gan Estyn.",
        "angen adolygiad gan Estyn",
        ("Darllenodd yr arweinwyr adroddiad thematig Estyn ar y Gymraeg."),
    ),
    # Grading
    ("Teaching was graded good.", "graded", "Pupils graded their own work with a rubric."),
    ("Graddiwyd yr addysgu'n dda.", "Graddiwyd", "Mae gan y pennaeth radd mewn Cymraeg."),
    ("Cafodd yr addysgu ei raddio'n dda.", "raddio", "Mae gradd meistr gan yr athro."),
    # "barn": the team's judgement, not anyone's view
    (
        "Barn y tîm yw bod yr arweinyddiaeth yn gryf.",
        "Barn y tîm",
        ("Barn y disgyblion oedd bod y gwersi'n hwyl."),
    ),
    ("Barn yr adolygwyr: rhagorol.", "Barn yr adolygwyr", "Yn fy marn i, mae'r plant yn mwynhau."),
    (
        "Yn ein barn ni, mae'r ysgol yn gwella.",
        "ein barn",
        ("Gofynnodd y cyngor ysgol am farn y rhieni am y cae chwarae."),
    ),
]


@pytest.mark.parametrize(("flagged", "term", "ordinary"), TERMS, ids=[t[1] for t in TERMS])
def test_each_estyn_term_is_flagged_as_a_verdict_and_passes_in_ordinary_use(
    flagged: str, term: str, ordinary: str
) -> None:
    hits = find_judgement_terms(flagged)
    assert term in [h.term for h in hits], f"{term!r} not flagged in {flagged!r}"
    assert all(h.why and h.suggestion for h in hits)
    assert find_judgement_terms(ordinary) == [], ordinary


def test_the_welsh_words_of_the_report_pass_the_guard() -> None:
    """The report's own Welsh (app/reports/cymraeg.py) would never flag a finding's words."""
    for english, welsh in CY.items():
        assert find_judgement_terms(welsh) == [], (english, welsh)
