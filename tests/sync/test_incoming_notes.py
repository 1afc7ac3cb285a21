"""A note's fields from another laptop are checked as they are stored (``sources`` as its
column's JSON text) and never changed by the check: the entry's hash and field salts
cover them as they arrived."""

from __future__ import annotations

import copy
from typing import Any

from app.services import changelog
from app.services.changelog import Entry
from app.sync import lines


def _note(fields: dict[str, Any]) -> Entry:
    entry = Entry(
        device_id="0190a1b2-0000-7000-8000-000000000001",
        seq=1,
        hlc="1772445600000-00000",
        entity="evidence_note",
        entity_id="0190a1b2-0000-7000-8000-000000000002",
        op="upsert",
        fields=fields,
        prior=dict.fromkeys(fields),
        author_key_id="a" * 64,
        prev_hash=changelog.GENESIS,
        wall=1772445600000,
        salts=changelog.new_salts(fields),
    )
    return Entry(**{**entry.__dict__, "hash": entry.compute_hash()})


def test_a_note_as_a_local_edit_stores_it_passes_unchanged() -> None:
    for fields in (
        # No meeting_with and no sources: a fast-path note (create_many) or an older one.
        {"text": "Pairs read aloud.", "activity_kind": "lesson_visit", "deleted": False},
        {
            "text": "Governors described the reading review.",
            "activity_kind": "meeting",
            "meeting_with": "governors",
            "sources": '["governors", "documents"]',
        },
        {"text": "Catch-up.", "activity_kind": "team_catch_up", "sources": ""},
    ):
        entry = _note(fields)
        before = copy.deepcopy(entry.fields)
        assert lines.entry_problem(entry) is None, fields
        assert entry.fields == before and entry.compute_hash() == entry.hash


def test_a_note_no_local_edit_could_make_is_refused() -> None:
    for fields, why in (
        ({"sources": '["gossip"]'}, "'gossip' is not a source of evidence"),
        ({"sources": "leaders"}, "not a list of sources"),
        ({"sources": '[["leaders"]]'}, "not a list of sources"),
        (
            {"activity_kind": "team_catch_up", "sources": '["leaders"]'},
            "working note",
        ),
        ({"activity_kind": "lesson_visit", "meeting_with": "governors"}, "Only a meeting"),
    ):
        problem = lines.entry_problem(_note({"text": "A note.", **fields}))
        assert problem is not None and why in problem, (fields, problem)
