"""One guard hook for every text that can print: names and judgement language together,
and which notes the evidence appendix should not print unasked."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Review
from app.services import evidence, text_guard
from app.services.store import Store


def test_check_runs_both_guards_in_text_order() -> None:
    text = "Mrs Patel's Y3 lesson was outstanding. Graded 2 overall. Pupils read well."
    hits = text_guard.check(text, "note")
    assert [(h.guard, h.term) for h in hits] == [
        ("names", "Mrs Patel's"),
        ("judgement", "outstanding"),
        ("judgement", "Graded 2"),
    ]
    assert [h.category for h in hits][1:] == ["teacher_verdict", "numeric_grade"]
    for h in hits:
        assert text[h.start : h.end] == h.term
        assert h.why and h.suggestion and h.term in h.message()


def test_clean_text_has_no_hits_anywhere() -> None:
    for where in text_guard.WHERE:
        assert text_guard.check("Pupils in Y2 blend sounds to read new words.", where) == []


def test_what_prints_in_the_report_asks_for_a_role_not_initials() -> None:
    note = text_guard.check("Jessica Smith modelled the sentence.", "note")[0]
    finding = text_guard.check("Jessica Smith modelled the sentence.", "finding")[0]
    assert "initials" in note.suggestion
    assert "initials" not in finding.suggestion and "role" in finding.suggestion


def test_an_unknown_place_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown place"):
        text_guard.check("text", "report")


@pytest.mark.parametrize(
    ("kind", "year", "group", "one_class", "identifies"),
    [
        ("lesson_visit", "Y3", "", True, True),  # one-form entry: Y3 is one teacher
        ("lesson_visit", "Year 3", "Y3 (whole class)", True, True),
        ("book_look", "Y5/6", "", True, True),  # a mixed-age class in a small school
        ("lesson_visit", "Y3", "", False, False),  # several classes in the year group
        ("lesson_visit", "Y9", "9X2", False, True),  # but a named class is one teacher
        ("joint_observation", "", "Oak class", False, True),
        ("learning_walk", "Y8", "Set 2", False, True),
        ("lesson_visit", "KS2", "", True, False),  # a key stage is several classes
        ("lesson_visit", "Y3", "Whole class", False, False),
        ("pupil_voice", "Y3", "3B", True, False),  # pupils' views, not a lesson seen
        ("meeting", "Y3", "", True, False),
    ],
)
def test_which_contexts_could_identify_one_teacher(
    kind: str, year: str, group: str, one_class: bool, identifies: bool
) -> None:
    why = text_guard.identifies_one_teacher(kind, year, group, one_class_per_year=one_class)
    assert bool(why) is identifies, why


def test_a_year_group_is_one_class_unless_the_phase_says_otherwise() -> None:
    assert text_guard.one_class_per_year("primary")
    assert text_guard.one_class_per_year("")  # unknown: the careful reading
    assert not text_guard.one_class_per_year("secondary")
    assert not text_guard.one_class_per_year("All-through")


def test_flagged_notes_name_each_reason(store: Store, review_id: str) -> None:
    def add(text: str, kind: str, year: str = "", group: str = "") -> str:
        result = evidence.add_note(
            store, review_id, text, activity_kind=kind, year_group=year, class_group=group
        )
        return result.note_id

    named = add("Mrs Patel's lesson was outstanding.", "meeting")
    one_class = add("Pupils blended sounds to read new words.", "lesson_visit", "Y3")
    quiet = add("Leaders described the reading scheme.", "meeting")
    deleted = add("Teaching is good.", "meeting")
    evidence.delete_note(store, deleted)

    flagged = {n.note_id: n for n in text_guard.flagged_notes(store, review_id)}
    assert set(flagged) == {named, one_class}
    assert any("Mrs Patel" in r for r in flagged[named].reasons)
    assert any("outstanding" in r for r in flagged[named].reasons)
    assert flagged[one_class].reasons == [
        "Could identify one teacher: Y3 is one class in this school, so the note points "
        "to its teacher."
    ]
    assert quiet not in flagged

    # In a secondary school a year group alone points at nobody.
    with store.session() as ses:
        school = ses.scalar(select(Review.host_school_id).where(Review.id == review_id))
    with store.write() as tx:
        tx.upsert("school", str(school), {"phase": "secondary"})
    assert {n.note_id for n in text_guard.flagged_notes(store, review_id)} == {named}
