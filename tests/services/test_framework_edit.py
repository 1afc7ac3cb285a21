"""Editing a framework: every problem found at once with the file format's rules, new
immutable versions, and "unchanged" making none."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.models import Review
from app.services import builtin_frameworks, framework_edit, frameworks
from app.services.errors import PeerviewError
from app.services.framework_edit import Draft, DraftArea, DraftStrand
from app.services.framework_format import FrameworkFormatError, validate
from app.services.store import Store
from tests.services.conftest import ReviewMaker, log_entries


def small() -> Draft:
    return Draft(
        "Riverside reading review",
        "1",
        "",
        [
            DraftArea("R", "Reading", "", [DraftStrand("R1", "Phonics", "", ["Who reads?"], [])]),
            DraftArea("W", "Writing", "", [DraftStrand("W1", "Composition")]),
        ],
    )


@pytest.mark.parametrize("path", builtin_frameworks.shipped_files(), ids=lambda p: p.name)
def test_a_shipped_framework_goes_through_the_editor_unchanged(path: object) -> None:
    shipped = builtin_frameworks.shipped_content(path)  # type: ignore[arg-type]
    draft = Draft.from_document(shipped.data)
    assert framework_edit.problems(draft) == []
    assert validate(draft.document()).content_hash == shipped.content_hash


def kinds(draft: Draft, taken: tuple[str, ...] = ()) -> list[tuple[str, str, int | None]]:
    return [(p.kind, p.field, p.strand) for p in framework_edit.problems(draft, taken)]


def test_every_problem_is_found_at_once_and_the_file_format_refuses_each() -> None:
    draft = small()
    draft.name = "  "
    draft.areas[0].title = "x" * 201
    draft.areas[1].strands[0].code = "W 1"
    draft.areas[1].strands.append(DraftStrand("r1", ""))  # R1 differs only by case
    assert kinds(draft) == [
        ("empty", "name", None),
        ("too_long", "title", None),
        ("bad_code", "code", 0),
        ("empty", "title", 1),
        ("duplicate_code", "code", 0),
        ("duplicate_code", "code", 1),
    ]
    problems = framework_edit.problems(draft)
    assert problems[1].detail == ("201", "200")
    # Both strands that share a code are told, each naming the other.
    assert [(p.area, p.detail) for p in problems[4:]] == [(0, ("R1", "r1")), (1, ("r1", "Phonics"))]
    with pytest.raises(FrameworkFormatError):
        validate(draft.document())


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: setattr(d.areas[0], "code", ""), [("empty", "code", None)]),
        (lambda d: setattr(d.areas[0], "code", "A" * 17), [("bad_code", "code", None)]),
        (
            lambda d: setattr(d.areas[1].strands[0], "code", "w"),
            [("duplicate_code", "code", None), ("duplicate_code", "code", 0)],
        ),
        (lambda d: setattr(d, "version", "v" * 65), [("too_long", "version", None)]),
        (lambda d: d.areas[1].strands.clear(), [("no_strands", "strands", None)]),
        (lambda d: d.areas.clear(), [("no_areas", "areas", None)]),
    ],
)
def test_each_problem_the_editor_finds_is_one_the_file_format_refuses(
    change: object, expected: list[tuple[str, str, int | None]]
) -> None:
    draft = small()
    change(draft)  # type: ignore[operator]
    assert kinds(draft) == expected
    with pytest.raises(FrameworkFormatError):
        validate(draft.document())


def test_a_label_another_version_has_is_a_problem_whatever_its_case() -> None:
    draft = small()
    draft.version = "Draft"
    assert kinds(draft, ("draft", "2")) == [("label_taken", "version", None)]


def test_blank_lines_are_not_prompts_and_texts_are_trimmed() -> None:
    draft = small()
    draft.areas[0].strands[0].prompts = ["  Who reads?  ", "", "   ", "Which books?"]
    draft.areas[0].title = " Reading "
    doc = draft.document()
    assert doc["strands"][0]["prompts"] == ["Who reads?", "Which books?"]
    assert doc["areas"][0]["title"] == "Reading"


def test_a_blank_framework_says_what_to_fill_in() -> None:
    assert kinds(framework_edit.blank()) == [
        ("empty", "name", None),
        ("empty", "code", None),
        ("empty", "title", None),
        ("empty", "code", 0),
        ("empty", "title", 0),
    ]


@pytest.mark.parametrize(
    ("label", "taken", "expected"),
    [
        ("2026.2", {"2026.1", "2026.2"}, "2026.3"),
        ("2026.9", {"2026.9"}, "2026.10"),
        ("v1 draft", {"v1 draft"}, "v2 draft"),
        ("draft", {"draft"}, "draft.2"),
        ("1", {"1", "2", "3"}, "4"),
    ],
)
def test_next_label(label: str, taken: set[str], expected: str) -> None:
    assert framework_edit.next_label(label, taken) == expected


# --- saving versions ---------------------------------------------------------------------


def test_an_edited_framework_is_a_new_version_and_reviews_keep_theirs(
    store: Store, make_review: ReviewMaker
) -> None:
    old = frameworks.ensure_default(store)
    review = make_review()
    draft = framework_edit.stored_draft(store, old)
    old_label = draft.version
    draft.version = framework_edit.suggest_label(store, draft.name, draft.version)
    assert draft.version != old_label
    leadership = draft.areas[0]
    leadership.strands.append(DraftStrand("L9", "Staff wellbeing", "", ["Who listens?"]))
    leadership.strands[0].prompts[0] = "What do leaders want pupils to become?"
    before = len(log_entries(store))

    saved = framework_edit.save_version(store, draft)

    assert saved.created and saved.label == draft.version and saved.version_id != old
    assert {c.entity for c in log_entries(store)[before:]} == {"framework_version"}
    new_strands = frameworks.strands_by_code(store, saved.version_id)
    assert new_strands["L9"].title == "Staff wellbeing"
    assert "L9" not in frameworks.strands_by_code(store, old)
    with store.session() as s:
        assert s.scalar(select(Review.framework_version_id).where(Review.id == review)) == old
    # Both versions stay, under one framework.
    listed = {f.version_id: f for f in frameworks.list_frameworks(store)}
    assert listed[old].framework_id == listed[saved.version_id].framework_id
    assert listed[old].reviews == 1 and listed[saved.version_id].reviews == 0


def test_saving_unchanged_content_under_a_new_label_makes_no_version(store: Store) -> None:
    old = frameworks.ensure_default(store)
    draft = framework_edit.stored_draft(store, old)
    label = draft.version
    draft.version = framework_edit.suggest_label(store, draft.name, label)
    draft.areas[0].title += "   "  # trimmed: no change
    before = log_entries(store)

    saved = framework_edit.save_version(store, draft)

    assert (saved.created, saved.version_id, saved.label) == (False, old, label)
    assert not saved.changes
    assert log_entries(store) == before


def test_a_taken_label_or_a_problem_is_refused_and_nothing_is_written(store: Store) -> None:
    old = frameworks.ensure_default(store)
    draft = framework_edit.stored_draft(store, old)
    draft.areas[0].strands[0].title = "A new title"  # changed, but the label is the old one
    before = log_entries(store)
    with pytest.raises(PeerviewError, match="already has a version labelled"):
        framework_edit.save_version(store, draft)
    draft.version = "2099"
    draft.areas[0].code = ""
    with pytest.raises(PeerviewError, match="1 problem"):
        framework_edit.save_version(store, draft)
    assert log_entries(store) == before


def test_a_new_framework_from_blank_is_saved_and_exports_as_a_file(
    store: Store, tmp_path: object
) -> None:
    draft = small()
    assert framework_edit.suggest_label(store, draft.name, draft.version) == "1"
    saved = framework_edit.save_version(store, draft)
    assert saved.created
    (listed,) = [f for f in frameworks.list_frameworks(store) if f.name == draft.name]
    assert (listed.label, listed.areas, listed.strands) == ("1", 2, 2)
    assert framework_edit.labels_of(store, draft.name) == {"1"}
    assert framework_edit.suggest_label(store, draft.name, "1") == "2"
    out = tmp_path / "riverside.json"  # type: ignore[operator]
    frameworks.export_file(store, saved.version_id, out)
    assert json.loads(out.read_text("utf-8")) == validate(draft.document()).data
