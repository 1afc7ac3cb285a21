"""The grade guard flags judgement language used as a judgement, and nothing else."""

from __future__ import annotations

import itertools

import pytest

from app.services.grade_guard import find_judgement_terms, terms_of

# (sentence, the term that must be flagged, as written in the sentence)
FIRES = [
    # outstanding
    ("Leadership of reading is outstanding.", "outstanding"),
    ("This is an outstanding school with a clear vision.", "outstanding"),
    ("Teaching in Y6 was judged outstanding by the team.", "outstanding"),
    ("Behaviour: Outstanding", "Outstanding"),
    ("The early years provision is consistently outstanding and pupils thrive.", "outstanding"),
    ("Ysgol Gymraeg Bro Dinefwr – ŵyr a wyresau – is outstanding.", "outstanding"),
    # good as a judgement
    ("Teaching is good.", "good"),
    ("Teaching is good and pupils make progress.", "good"),
    ("Behaviour in lessons is securely good.", "good"),
    ("Most lessons seen were good or better.", "good"),
    ("The school has moved from requires improvement to good.", "good"),
    ("Leadership: Good", "Good"),
    ("Reviewers rated the curriculum Good.", "Good"),
    ("We would judge phonics teaching to be good overall.", "good"),
    ("Teaching was at least good in every class visited.", "good"),
    ("Szkoła Podstawowa w Łodzi is a good school.", "good"),
    ("Pupils’ attitudes are consistently good in Y3 and Y4.", "good"),
    ("Provision for SEND is good.", "good"),
    # requires improvement / inadequate
    ("Attendance requires improvement.", "requires improvement"),
    (
        "The curriculum in foundation subjects requires improvement, especially history.",
        "requires improvement",
    ),
    ("Governance was judged to require improvement.", "require improvement"),
    ("Safeguarding is inadequate.", "inadequate"),
    ("This would be an inadequate judgement at inspection.", "inadequate"),
    ("Leaders’ oversight of SEND is inadequate.", "inadequate"),
    # exceptional and the new report-card grades
    ("Personal development is exceptional.", "exceptional"),
    ("Leadership is exceptional across the trust.", "exceptional"),
    ("Inclusion is at a strong standard.", "strong standard"),
    ("Behaviour and attitudes: strong standard", "strong standard"),
    ("Teaching is at the expected standard.", "expected standard"),
    ("Leadership meets the expected standard for a school of this type.", "expected standard"),
    ("Attendance needs attention.", "needs attention"),
    ("Reviewers found that the curriculum needs attention in KS2.", "needs attention"),
    ("Inclusion was rated 'needs attention'.", "needs attention"),
    ("Leadership requires urgent improvement.", "requires urgent improvement"),
    ("Safeguarding: urgent improvement", "urgent improvement"),
    ("The school would be placed in urgent improvement.", "urgent improvement"),
    # grade, judgement, mock
    ("We would grade teaching highly.", "grade"),
    ("The team graded each strand.", "graded"),
    ("Our grade for leadership is below.", "grade"),
    ("The overall judgement is that leaders have a clear vision.", "judgement"),
    ("Reviewers judged that behaviour is calm.", "judged"),
    ("Phonics was judged to be a strength.", "judged"),
    ("The judgements are recorded below.", "judgements"),
    ("Judgment: the school is effective.", "Judgment"),
    ("This visit was a mock inspection in all but name.", "mock"),
    ("Staff described the day as a mocksted.", "mocksted"),
    ("The review felt like a mock Ofsted to middle leaders.", "mock"),
    ("Nid yw hwn yn mock inspection; mae'n adolygiad gan gymheiriaid.", "mock"),
]

PASSES = [
    # ordinary "good"
    "There is a good range of books in every classroom.",
    "Staff share good practice in weekly huddles.",
    "The Y2 keep-up group is a good example of same-day support.",
    "Pupils are good at blending sounds in words with adjacent consonants.",
    "Good morning routines help pupils settle quickly.",
    "Relationships are built in good time before transition.",
    "Pupils read as good as their peers by the end of Y2.",
    "The English lead has a good deal of experience with the programme.",
    "It was good to see teaching assistants leading keep-up sessions.",
    "Good attendance is celebrated in assemblies.",
    "Pupils said the library is good for quiet reading.",
    "Cafodd y disgyblion amser good iawn – mae'n dda.",
    "Uczniowie mają dobry dostęp do książek; a good selection in Polish too.",
    "Nhiều học sinh đọc tốt; there is a good mix of fiction and non-fiction.",
    # ordinary "outstanding"
    "Three actions from the last review remain outstanding.",
    "Two outstanding actions were discussed with the headteacher.",
    "Outstanding referrals are tracked by the SENCO each week.",
    "The SENCO has outstanding paperwork from the autumn.",
    "Some questions are still outstanding after the meeting.",
    # ordinary "exceptional", "inadequate"
    "Leave is granted only in exceptional circumstances.",
    "In exceptional cases pupils can join the group mid-term.",
    "Inadequate ventilation made the hall uncomfortable in the afternoon.",
    "The shared area has inadequate storage for reading books.",
    "Staff said there was inadequate time for moderation.",
    # the new phrases, ordinary uses
    "In 2025, 62% of pupils reached the expected standard in reading.",
    "Pupils working towards the expected standard get daily keep-up support.",
    "The proportion of disadvantaged pupils achieving the expected standard rose.",
    "The leaking roof in the hall needs attention.",
    "The fire door on the KS1 corridor needs attention.",
    "The school has applied for urgent improvement works on the roof.",
    "Books show strong standards of presentation.",
    # grade, judgement, mock in ordinary use
    "Pupils achieving grade 5 or above in English rose to 71%.",
    "GCSE grades in science improved for disadvantaged pupils.",
    "Year 6 pupils who take Grade 3 piano practise at lunchtime.",
    "Graded readers are matched to the sounds pupils know.",
    "Teachers use their professional judgement to group pupils.",
    "Teacher judgements are moderated with partner schools.",
    "Deciding when to end the intervention is a judgement call for the class teacher.",
    "Pupils judged the length of the rope before measuring it.",
    "Year 11 pupils sit mock exams in December.",
    "The mock SATs results were used to plan booster groups.",
    "Pupils held a mock election for the school council.",
    "The Year 11 mocks start next week.",
    "A mock-up of the new reading corner was shared with staff.",
    # scripts around, nothing judgemental
    "ڈسپلن کے بارے میں طلبہ نے کہا کہ لائبریری پرسکون ہے۔",
    "قال التلاميذ إن المكتبة هادئة.",
    "",
]


@pytest.mark.parametrize(("sentence", "term"), FIRES)
def test_fires_on_judgement_use(sentence: str, term: str) -> None:
    hits = find_judgement_terms(sentence)
    found = [h.term for h in hits]
    assert term in found, f"{term!r} not flagged in {sentence!r}; got {found}"
    hit = next(h for h in hits if h.term == term)
    assert sentence[hit.start : hit.end] == term
    assert hit.why and hit.suggestion


@pytest.mark.parametrize("sentence", PASSES)
def test_ordinary_use_passes(sentence: str) -> None:
    assert find_judgement_terms(sentence) == []


def test_every_listed_term_is_covered_by_a_firing_case() -> None:
    listed = {
        "outstanding",
        "good",
        "requires improvement",
        "inadequate",
        "exceptional",
        "strong standard",
        "expected standard",
        "needs attention",
        "urgent improvement",
        "grade",
        "graded",
        "judgement",
        "judged",
        "mock",
        "mocksted",
    }
    covered = {" ".join(term.lower().split()) for _, term in FIRES}
    assert listed <= covered | {"requires urgent improvement"}


def test_spans_index_into_unicode_text_and_text_is_untouched() -> None:
    text = "Ŵyr Łukasz ệ — ممتاز: teaching is outstanding; a good range of books is good."
    before = str(text)
    hits = find_judgement_terms(text)
    assert text == before
    assert [text[h.start : h.end] for h in hits] == ["outstanding", "good"]
    assert hits[1].start == text.rindex("good")


def test_finds_several_in_one_paragraph_in_order() -> None:
    text = (
        "What went well: a good range of books. Teaching is good; leadership is "
        "outstanding. Overall judgement: requires improvement."
    )
    assert [h.term for h in find_judgement_terms(text)] == [
        "good",
        "outstanding",
        "judgement",
        "requires improvement",
    ]


def test_terms_of_folds_case_and_space() -> None:
    hits = find_judgement_terms(
        "Teaching: Good. Leadership requires  improvement. Behaviour is good."
    )
    assert terms_of(hits) == ["good", "requires improvement"]


def test_huge_text_is_handled() -> None:
    text = "Pupils read a good range of books. " * 5_000 + "Teaching is good."
    hits = find_judgement_terms(text)
    assert [h.term for h in hits] == ["good"]


def test_a_grade_given_is_still_a_grade() -> None:
    assert [h.term for h in find_judgement_terms("We gave a grade for each strand.")] == ["grade"]


def test_a_quotation_of_what_someone_said_passes_and_a_quoted_label_does_not() -> None:
    said = 'A pupil said, "Our teacher is the best and lessons are outstanding."'
    assert find_judgement_terms(said) == []
    assert find_judgement_terms("One teacher told us: “Behaviour used to be poor.”") == []
    # One or two quoted words are a label, not speech.
    assert [h.term for h in find_judgement_terms("Inclusion was rated 'Good'.")] == ["Good"]
    # The reviewer's own words around a quotation are still read.
    mixed = 'Parents said "the school is lovely". Leadership is weak.'
    assert [h.term for h in find_judgement_terms(mixed)] == ["weak"]


def test_the_prefilter_and_the_lower_case_path_never_lose_a_match() -> None:
    """Each rule runs only when one of its ``needs`` is in the text, over the lower-cased
    text: on every sentence of the tables and the corpora, that finds exactly what every
    rule's full case-insensitive pattern over the original text finds."""
    import tomllib
    from pathlib import Path

    from app.services.grade_guard import scan

    texts = [s for s, _ in FIRES] + PASSES
    for name in ("corpus.toml", "holdout.toml", "holdout2.toml"):
        data = tomllib.loads((Path(__file__).parent / "guard_corpus" / name).read_text("utf-8"))
        texts += [
            t for kinds in data.values() for g in kinds.values() for ts in g.values() for t in ts
        ]
    texts.append(" ".join(texts))  # and all of it as one long text
    for text in texts:
        assert scan(text) == scan(text, fast=False), text


def test_text_whose_lower_case_is_longer_keeps_its_spans() -> None:
    # "İ" lower-cases to two characters: the guard falls back to the full patterns.
    text = "İlkokulu: Teaching is good and the school is ready for Ofsted."
    assert len(text.lower()) != len(text)
    hits = find_judgement_terms(text)
    assert [text[h.start : h.end] for h in hits] == [h.term for h in hits]
    assert {h.term for h in hits} == {"good", "ready for Ofsted"}


def test_a_case_insensitive_rule_spelled_with_capitals_is_refused() -> None:
    from app.services.judgement.context import always, rule

    with pytest.raises(ValueError, match="lower case"):
        rule(r"\bOfsted\b", always, "inspection_proxy", "why", "try")
    assert rule(r"\bRAG\b", always, "inspection_proxy", "why", "try", case=True).lowered is None


def test_thousands_of_hits_are_each_found_once_in_order() -> None:
    text = "Quality of education: 2. Leadership is weak. “Pupils said it is good here.” " * 2000
    hits = find_judgement_terms(text)
    assert [h.term for h in hits[:2]] == ["2", "weak"]
    assert len(hits) == 4000  # the quotation in each repeat is speech, never a hit
    assert all(a.end <= b.start for a, b in itertools.pairwise(hits))
    assert all(text[h.start : h.end] == h.term for h in hits)
