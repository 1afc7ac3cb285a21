"""Searching a review's evidence notes: accent- and case-blind, every script, scoped to
the review, and safe whatever a person types."""

from __future__ import annotations

import pytest

from app.services import evidence, search
from app.services.store import Store
from tests.services.conftest import ReviewMaker

# A note that should never match the queries below: every test keeps one beside its
# target note, so "found" also means "found only where it should be".
DISTRACTOR = "Pupils used number lines in maths; the teacher modelled subtraction."


def add(store: Store, review_id: str, text: str, **fields: str) -> str:
    return evidence.add_note(store, review_id, text, **fields).note_id


def found(store: Store, review_id: str, query: str) -> list[str]:
    return [h.note_id for h in search.search_notes(store, review_id, query)]


@pytest.mark.parametrize(
    ("text", "query", "marked"),
    [
        ("We visited the Łódź exchange class today.", "lodz", "[Łódź]"),
        ("We visited the Łódź exchange class today.", "LODZ", "[Łódź]"),
        ("We visited the Łódź exchange class today.", "łódź", "[Łódź]"),
        ("We visited the Łódź exchange class today.", "ŁÓDŹ", "[Łódź]"),
        ("Darllenodd Ŵyn yn uchel i'r dosbarth.", "wyn", "[Ŵyn]"),
        ("Darllenodd Ŵyn yn uchel i'r dosbarth.", "ŵyn", "[Ŵyn]"),
        ("Year 1 phonics session, well paced.", "phon", "[phonics]"),
        ("Year 1 phonics session, well paced.", "PHONICS", "[phonics]"),
        ("Nhóm học tiếng Việt đọc to rất tự tin.", "tieng viet", "[tiếng] [Việt]"),
        ("Nhóm học tiếng Việt đọc to rất tự tin.", "Tiếng Việt", "[tiếng] [Việt]"),
        ("الطلاب يتعلمون القراءة بثقة", "يتعلمون", "[يتعلمون]"),
        ("بچے اردو میں کہانیاں پڑھتے ہیں", "اردو", "[اردو]"),
        ("بچے اردو میں کہانیاں پڑھتے ہیں", "کہانیاں", "[کہانیاں]"),
        ("Die Straße in Ærøskøbing", "strasse aeroskobing", "[Straße] in [Ærøskøbing]"),
    ],
)
def test_search_finds_words_whatever_their_accents_case_or_script(
    store: Store, review_id: str, text: str, query: str, marked: str
) -> None:
    target = add(store, review_id, text)
    add(store, review_id, DISTRACTOR)
    hits = search.search_notes(store, review_id, query)
    assert [h.note_id for h in hits] == [target]
    assert marked in hits[0].marked()
    assert hits[0].snippet == text, "the snippet shows the note as the reviewer wrote it"


def test_a_hindi_word_finds_only_notes_with_that_word(store: Store, review_id: str) -> None:
    # Devanagari vowel signs are marks inside a word, not word breaks.
    target = add(store, review_id, "हिन्दी कक्षा में बच्चे पढ़ते हैं")
    add(store, review_id, "हम नदी के किनारे गए")  # a word starting ह and one starting नद
    hits = search.search_notes(store, review_id, "हिन्दी")
    assert [h.note_id for h in hits] == [target]
    assert "[हिन्दी]" in hits[0].marked()


@pytest.mark.parametrize(
    ("text", "query", "marked"),
    [
        # Arabic with its short-vowel marks, as in early-reading materials.
        ("اَلطُّلَّابُ يَقْرَؤُونَ", "الطلاب", "[اَلطُّلَّابُ]"),
        # Latin typed in decomposed form (a letter then a combining accent).
        (
            "Visit to Łódź today".replace("ó", "o\u0301").replace("ź", "z\u0301"),
            "lodz",
            "[Ło\u0301dz\u0301]",
        ),
    ],
    ids=["arabic-with-vowel-marks", "latin-decomposed"],
)
def test_the_mark_covers_whole_letters_with_their_accents(
    store: Store, review_id: str, text: str, query: str, marked: str
) -> None:
    target = add(store, review_id, text)
    hits = search.search_notes(store, review_id, query)
    assert [h.note_id for h in hits] == [target]
    assert marked in hits[0].marked()


def test_search_is_scoped_to_the_review(store: Store, make_review: ReviewMaker) -> None:
    ours, theirs = make_review("Ours"), make_review("Theirs")
    mine = add(store, ours, "Phonics in Łódź class")
    add(store, theirs, "Phonics in Łódź class")
    assert found(store, ours, "lodz phonics") == [mine]


def test_deleted_notes_are_not_found_until_restored(store: Store, review_id: str) -> None:
    note = add(store, review_id, "Reading corner in Ŵyn class")
    evidence.delete_note(store, note)
    assert found(store, review_id, "wyn") == []
    evidence.restore_note(store, note)
    assert found(store, review_id, "wyn") == [note]


def test_an_edited_note_is_found_by_its_new_words_only(store: Store, review_id: str) -> None:
    note = add(store, review_id, "Guided reading in Łódź class")
    evidence.update_note(store, note, text="Shared writing in Kraków class")
    assert found(store, review_id, "lodz") == []
    assert found(store, review_id, "guided") == []
    assert found(store, review_id, "krakow writing") == [note]


def test_every_word_of_the_query_must_appear(store: Store, review_id: str) -> None:
    both = add(store, review_id, "Phonics catch-up in Łódź class")
    add(store, review_id, "Phonics catch-up in Year 2")
    assert found(store, review_id, "phonics lodz") == [both]


def test_notes_are_found_by_their_context_and_reflection_fields(
    store: Store, review_id: str
) -> None:
    note = add(
        store,
        review_id,
        "Calm start to the lesson.",
        emerging="Pupils in Łódź class could explain their method",
        subject="Mathematics",
    )
    hits = search.search_notes(store, review_id, "lodz")
    assert [h.note_id for h in hits] == [note]
    assert "[Łódź]" in hits[0].marked(), "the snippet shows the field that matched"
    assert found(store, review_id, "mathem") == [note]


def test_the_snippet_of_a_long_note_is_cut_around_the_match(store: Store, review_id: str) -> None:
    text = "Pupils settled quickly. " * 30 + "Then the Łódź partner class joined." + " Fine." * 30
    add(store, review_id, text)
    (hit,) = search.search_notes(store, review_id, "lodz")
    assert len(hit.snippet) < len(text)
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert "the [Łódź] partner" in hit.marked()
    assert hit.snippet.strip("…") in text


@pytest.mark.parametrize("query", ["", "   ", "!!!", "…", "—", '"', "* - : ()", "\n\t"])
def test_an_empty_or_punctuation_query_finds_nothing(
    store: Store, review_id: str, query: str
) -> None:
    add(store, review_id, "Phonics in Łódź class")
    assert search.search_notes(store, review_id, query) == []


@pytest.mark.parametrize(
    "query",
    [
        '"phonics',
        'phonics"',
        "phon*",
        "*phonics*",
        "-phonics",
        "phonics:",
        "^phonics",
        "(phonics",
        "{phonics}",
        "phonics'",
    ],
)
def test_query_syntax_characters_are_taken_as_text(
    store: Store, review_id: str, query: str
) -> None:
    note = add(store, review_id, "Phonics in Łódź class")
    assert found(store, review_id, query) == [note]


@pytest.mark.parametrize(
    "query",
    [
        'say "hello',
        "NEAR(phonics class)",
        "phonics NEAR class",
        "phonics AND OR NOT",
        "body:phonics",
        "note_fts:phonics",
        "phonics -class",
        "a + b",
        "col1 : col2",
        "*",
        "NOT",
        "phonics; DROP TABLE note_fts; --",
    ],
)
def test_query_syntax_never_raises(store: Store, review_id: str, query: str) -> None:
    add(store, review_id, "Phonics in Łódź class")
    assert isinstance(search.search_notes(store, review_id, query), list)
