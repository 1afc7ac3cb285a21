"""The privacy guard flags names of pupils and staff, and stays quiet on school writing."""

from __future__ import annotations

import pytest

from app.services.privacy import find_names, given_names

FLAGGED = [
    ("Jessica Smith read her paragraph aloud.", "Jessica Smith", "full_name"),
    ("The teacher asked Jessica to explain.", "Jessica", "given_name"),
    ("Mrs Patel modelled the sentence.", "Mrs Patel", "titled_name"),
    ("Mr O'Neill led the learning walk.", "Mr O'Neill", "titled_name"),
    ("Siân Hughes used the word mat.", "Siân Hughes", "full_name"),
    ("Sian explained in Welsh.", "Sian", "given_name"),
    ("Łukasz read the decodable book twice.", "Łukasz", "given_name"),
    ("Muhammad Ali chose a harder problem.", "Muhammad Ali", "full_name"),
    ("May Jones said the book was easy.", "May Jones", "full_name"),
    ("Zoë worked with a partner.", "Zoë", "given_name"),
    ("استاد نے فاطمہ سے سوال پوچھا۔", "فاطمہ", "given_name"),
    ("Asked Ayesha and Tobi about their targets.", "Ayesha", "given_name"),
]

QUIET = [
    "Pupils in Year 5 redrafted a paragraph after feedback.",
    "Reading books were matched to the sounds pupils know.",
    "May we see the books from last term?",
    "Will pupils remember this next week?",
    "Mr Head of Year explained the rewards system.",
    "Mrs SENCO shared the provision map.",
    "The class visited St Aidan's last spring.",
    "Feedback in KS2 writing helps disadvantaged pupils.",
    "the teacher asked jessica to explain",  # not capitalised: not treated as a name
    "Grace and courtesy were modelled at lunch.",
    "Rose Class and Willow Class shared a reading area.",
    "Pupils at Jessica Road Primary",
    "SEND provision was discussed with the SENCO.",
    "Disgyblion Blwyddyn 5 yn ysgrifennu'n annibynnol; athrawon yn modelu.",
    "",
]


@pytest.mark.parametrize(("text", "name", "kind"), FLAGGED)
def test_names_are_flagged_with_a_suggestion(text: str, name: str, kind: str) -> None:
    hits = find_names(text)
    assert hits, text
    first = hits[0]
    assert (first.text, first.kind) == (name, kind)
    assert text[first.start : first.end] == name
    assert "initials" in first.suggestion or "role" in first.suggestion


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_school_writing_is_not_flagged(text: str) -> None:
    assert find_names(text) == []


def test_initials_are_suggested_for_a_full_name() -> None:
    (hit,) = find_names("Jessica Smith answered.")
    assert "J.S." in hit.suggestion


def test_the_shipped_list_covers_many_communities() -> None:
    names = given_names()
    assert len(names) > 300
    for name in ("oliver", "sian", "muhammad", "zuzanna", "chioma", "minh", "harpreet"):
        assert name in names
