"""The sync view's helpers: what an import changed, read from the change log; a quick
refusal of files that cannot be bundles; conflict decisions written as entries."""

from __future__ import annotations

from pathlib import Path

from app.services import evidence
from app.services.store import Store
from app.sync import bundle_format as fmt
from app.sync.desk import changes_since, log_mark, set_deleted, sniff_bundle, write_value
from app.sync.merge import integrate
from tests.sync.conftest import Team
from tests.sync.helpers import snapshot


def test_changes_since_a_mark_are_what_an_import_applied(team: Team) -> None:
    lead, reviewer = team.lead.store, team.reviewer.store
    old = evidence.add_note(lead, team.review_id, "Pupils read aloud.").note_id
    with reviewer.write() as tx:
        integrate(tx, snapshot(lead, team.review_id).entries, [])
    mark = log_mark(reviewer)
    assert changes_since(reviewer, mark).entries == []
    new = evidence.add_note(lead, team.review_id, "Ysgrifennodd y disgyblion.").note_id
    evidence.update_note(lead, old, text="Pupils read aloud with expression.")
    with reviewer.write() as tx:
        integrate(tx, snapshot(lead, team.review_id).entries, [])
    changes = changes_since(reviewer, mark)
    assert {new, old} <= changes.ids("evidence_note")
    assert new in changes.created["evidence_note"]
    assert old not in changes.created.get("evidence_note", set())
    assert log_mark(reviewer) > mark


def test_files_that_cannot_be_bundles_are_named(tmp_path: Path) -> None:
    photo = tmp_path / "board.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0")
    problem = sniff_bundle(photo)
    assert problem is not None and "board.jpg is not a Peerview bundle" in problem
    assert "folder" in (sniff_bundle(tmp_path) or "")
    assert "Cannot read" in (sniff_bundle(tmp_path / "gone.pvbundle") or "")
    maybe = tmp_path / "x.pvbundle"
    maybe.write_bytes(fmt.AGE_MAGIC + b"...")
    assert sniff_bundle(maybe) is None


def test_decisions_are_entries(store: Store) -> None:
    from tests.ui.helpers import make_review

    review = make_review(store, "Ysgol", "R")
    note = evidence.add_note(store, review, "A").note_id
    changes = write_value(store, "evidence_note", note, "text", "A")  # forced: recorded
    assert [e.fields for e in changes.entries] == [{"text": "A"}]
    assert set_deleted(store, "evidence_note", note, True).entries[0].op == "delete"
    revived = set_deleted(store, "evidence_note", note, False)
    assert revived.entries[0].fields == {"deleted": False}
