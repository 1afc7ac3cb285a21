"""A note's fields arriving from another laptop are checked as the local edit checked
them: the column values a bundle carries (sources as the column's JSON text) pass, values
no edit could have made are refused, and the check never alters the entry it reads."""

from __future__ import annotations

from typing import Any

from app.services.changelog import Entry
from app.sync.fields import entry_problem


def note_entry(fields: dict[str, Any]) -> Entry:
    return Entry(
        device_id="laptop",
        seq=1,
        hlc="0000000000001-0000-laptop",
        entity="evidence_note",
        entity_id="note-1",
        op="upsert",
        fields=fields,
        prior={},
        author_key_id=None,
        prev_hash="",
    )


def test_chosen_sources_travel_as_the_column_holds_them() -> None:
    fields = {
        "activity_kind": "meeting",
        "meeting_with": "governors",
        "sources": '["governors", "documents"]',
    }
    entry = note_entry(dict(fields))
    assert entry_problem(entry) is None
    assert entry.fields == fields  # checked on a copy: the signed entry is unchanged


def test_a_working_note_arrives_unchanged() -> None:
    entry = note_entry({"activity_kind": "team_meeting"})
    assert entry_problem(entry) is None
    assert entry.fields == {"activity_kind": "team_meeting"}


def test_sources_no_edit_could_write_are_refused() -> None:
    unknown = entry_problem(note_entry({"sources": '["grades"]'}))
    assert unknown is not None and "'grades' is not a source of evidence" in unknown
    not_a_list = entry_problem(note_entry({"sources": "observation"}))
    assert not_a_list is not None and "not a list of sources" in not_a_list
    working = entry_problem(note_entry({"activity_kind": "team_catch_up", "sources": '["staff"]'}))
    assert working is not None and "working note" in working


def timing_entry(fields: dict[str, Any]) -> Entry:
    return Entry(
        device_id="laptop",
        seq=1,
        hlc="0000000000001-0000-laptop",
        entity="partnership_timing",
        entity_id="timing-1",
        op="upsert",
        fields=fields,
        prior={},
        author_key_id=None,
        prev_hash="",
    )


def test_timings_no_lead_could_set_are_refused() -> None:
    """A forged timing of a billion working days would keep every due date counting."""
    assert entry_problem(timing_entry({"partnership_id": "p", "draft_days": 7})) is None
    huge = entry_problem(timing_entry({"draft_days": 1_000_000_000}))
    assert huge is not None and "from 1 to 60" in huge
    zero = entry_problem(timing_entry({"qa_days": 0}))
    assert zero is not None and "Quality assurance" in zero
