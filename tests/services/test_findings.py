"""Findings: create, edit, link evidence and strands, triangulate, dismiss the guard."""

from __future__ import annotations

import json

import pytest

from app.services import findings
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import Store
from app.sync import rules
from tests.services.conftest import current_row, log_entries


def add_note(store: Store, review_id: str, kind: str, author: str, text: str = "Seen") -> str:
    """A note as it arrives from a reviewer's laptop: its own author key."""
    with store.write() as tx:
        return tx.create(
            "evidence_note",
            {
                "review_id": review_id,
                "activity_kind": kind,
                "author_key_id": author,
                "text": text,
                "observed_at": "2026-03-02T09:00:00",
            },
        )


def test_create_finding_logs_the_finding_its_strands_and_notes(
    store: Store, review_id: str
) -> None:
    note = add_note(store, review_id, "book_look", "key-a")
    before = len(log_entries(store))
    result = findings.create_finding(
        store,
        review_id,
        "strength",
        "  Feedback  in writing ",
        "What went well: pupils act on feedback.",
        strand_codes=["C3"],
        note_ids=[note],
    )
    entries = log_entries(store)[before:]
    assert [e.entity for e in entries] == ["finding", "finding_strand", "finding_note"]
    (view,) = findings.list_findings(store, review_id)
    assert view.id == result.finding_id
    assert (view.title, view.kind, view.strand_codes, view.note_ids) == (
        "Feedback in writing",
        "strength",
        ["C3"],
        [note],
    )


def test_findings_list_in_report_order(store: Store, review_id: str) -> None:
    a = findings.create_finding(store, review_id, "area_of_excellence", "AoE").finding_id
    b = findings.create_finding(store, review_id, "area_for_development", "EBI").finding_id
    c = findings.create_finding(store, review_id, "strength", "WWW 1").finding_id
    d = findings.create_finding(store, review_id, "strength", "WWW 2").finding_id
    assert [f.id for f in findings.list_findings(store, review_id)] == [c, d, b, a]


@pytest.mark.parametrize(
    ("kind", "title", "text", "message"),
    [
        ("grade", "T", "x", "Unknown kind of finding"),
        ("strength", "T" * 301, "x", "keep it under"),
        ("strength", "T", "x" * 20_001, "Split it"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(
    store: Store, review_id: str, kind: str, title: str, text: str, message: str
) -> None:
    before = len(log_entries(store))
    with pytest.raises(PeerviewError, match=message):
        findings.create_finding(store, review_id, kind, title, text)
    assert len(log_entries(store)) == before


def test_notes_of_another_review_and_unknown_strands_are_refused(
    store: Store, review_id: str, make_review
) -> None:
    other = make_review("Autumn review")
    foreign = add_note(store, other, "book_look", "key-a")
    before = len(log_entries(store))
    with pytest.raises(PeerviewError, match="its own review"):
        findings.create_finding(store, review_id, "strength", "T", note_ids=[foreign])
    with pytest.raises(PeerviewError, match="not in this review's framework"):
        findings.create_finding(store, review_id, "strength", "T", strand_codes=["ZZ9"])
    with pytest.raises(NotFoundError):
        findings.update_finding(store, "no-such-finding", title="x")
    assert len(log_entries(store)) == before


def test_edit_logs_only_changed_fields(store: Store, review_id: str) -> None:
    fid = findings.create_finding(store, review_id, "strength", "Title", "Text").finding_id
    before = len(log_entries(store))
    findings.update_finding(store, fid, title="Title", text="New text")
    (entry,) = log_entries(store)[before:]
    assert entry.fields == {"text": "New text"}
    assert findings.update_finding(store, fid, text="New text").entries == []


def test_delete_and_restore_are_tombstones(store: Store, review_id: str) -> None:
    note = add_note(store, review_id, "book_look", "key-a")
    fid = findings.create_finding(store, review_id, "strength", "T", note_ids=[note]).finding_id
    findings.delete_finding(store, fid)
    assert findings.list_findings(store, review_id) == []
    assert current_row(store, "finding", fid)["deleted"] is True
    findings.restore_finding(store, fid)
    (view,) = findings.list_findings(store, review_id)
    assert view.note_ids == [note]


def test_link_unlink_and_relink_reuse_one_join_row(store: Store, review_id: str) -> None:
    n1 = add_note(store, review_id, "book_look", "key-a")
    n2 = add_note(store, review_id, "pupil_voice", "key-b")
    fid = findings.create_finding(store, review_id, "strength", "T").finding_id
    findings.link_notes(store, fid, [n1, n2])
    findings.link_notes(store, fid, [n1], on=False)
    assert findings.get_finding(store, fid).note_ids == [n2]
    findings.link_notes(store, fid, [n1])
    assert sorted(findings.get_finding(store, fid).note_ids) == sorted([n1, n2])
    ids = {e.entity_id for e in log_entries(store) if e.entity == "finding_note"}
    assert len(ids) == 2


def test_set_strands_by_code_makes_exactly_those(store: Store, review_id: str) -> None:
    fid = findings.create_finding(store, review_id, "strength", "T", strand_codes=["C3"]).finding_id
    findings.set_strands(store, fid, strand_codes=["C2", "L2"])
    assert sorted(findings.get_finding(store, fid).strand_codes) == ["C2", "L2"]


def test_triangulation_counts_notes_kinds_and_reviewers(store: Store, review_id: str) -> None:
    notes = [
        add_note(store, review_id, "book_look", "key-a"),
        add_note(store, review_id, "book_look", "key-b"),
        add_note(store, review_id, "pupil_voice", "key-a"),
    ]
    fid = findings.create_finding(store, review_id, "strength", "T", note_ids=notes).finding_id
    tri = findings.get_finding(store, fid).triangulation
    assert (tri.notes, tri.activity_kinds, tri.reviewers) == (
        3,
        ("book_look", "pupil_voice"),
        2,
    )
    assert not tri.single_source
    assert tri.as_dict()["single_source"] is False


@pytest.mark.parametrize(
    ("notes", "reason"),
    [
        ([], "no evidence notes are linked"),
        ([("book_look", "key-a")], "all from one activity"),
        (
            [("book_look", "key-a"), ("book_look", "key-b")],
            "all from one source of evidence (pupils' work)",
        ),
        ([("book_look", "key-a"), ("meeting", "key-a")], "all from one reviewer"),
    ],
)
def test_single_source_is_flagged_with_its_reason(
    store: Store, review_id: str, notes: list[tuple[str, str]], reason: str
) -> None:
    ids = [add_note(store, review_id, kind, author) for kind, author in notes]
    fid = findings.create_finding(store, review_id, "strength", "T", note_ids=ids).finding_id
    tri = findings.get_finding(store, fid).triangulation
    assert tri.single_source
    assert any(reason in r for r in tri.reasons)


def test_a_co_reviewer_is_a_second_reviewer(store: Store, review_id: str) -> None:
    from app.services import reviews

    with store.write() as tx:
        person = reviews.create_person(tx, "Łucja Nowak", None, "reviewer", key_id=None)
        note = tx.create(
            "evidence_note",
            {
                "review_id": review_id,
                "activity_kind": "lesson_visit",
                "author_key_id": "key-a",
                "co_reviewer_id": person,
            },
        )
    other = add_note(store, review_id, "book_look", "key-a")
    fid = findings.create_finding(
        store, review_id, "strength", "T", note_ids=[note, other]
    ).finding_id
    assert findings.get_finding(store, fid).triangulation.reviewers == 2


def test_deleted_notes_do_not_count(store: Store, review_id: str) -> None:
    from app.services import evidence

    n1 = add_note(store, review_id, "book_look", "key-a")
    n2 = add_note(store, review_id, "meeting", "key-b")
    fid = findings.create_finding(store, review_id, "strength", "T", note_ids=[n1, n2]).finding_id
    evidence.delete_note(store, n2)
    assert findings.get_finding(store, fid).triangulation.notes == 1


def test_guard_hits_and_dismissal_with_reason(store: Store, review_id: str) -> None:
    fid = findings.create_finding(
        store, review_id, "strength", "Reading", "The school says reading is outstanding."
    ).finding_id
    view = findings.get_finding(store, fid)
    assert [h.term for h in view.guard_hits] == ["outstanding"]
    with pytest.raises(PeerviewError, match="Say why"):
        findings.dismiss_guard(store, fid, "   ")
    changes = findings.dismiss_guard(store, fid, "Quoting the school's own self-evaluation")
    (entry,) = changes.entries
    assert entry.entity == "finding"
    assert json.loads(entry.fields["guard_dismissed_terms"]) == ["outstanding"]
    assert entry.fields["guard_dismissed_reason"] == "Quoting the school's own self-evaluation"
    view = findings.get_finding(store, fid)
    assert view.guard_hits == []
    assert view.dismissed_reason.startswith("Quoting")
    # A new judgement term warns again; the dismissed one stays quiet.
    findings.update_finding(
        store, fid, text="The school says reading is outstanding. Teaching is good."
    )
    assert [h.term for h in findings.get_finding(store, fid).guard_hits] == ["good"]


def test_nothing_to_dismiss_is_refused(store: Store, review_id: str) -> None:
    fid = findings.create_finding(store, review_id, "strength", "T", "A good range of books.")
    with pytest.raises(PeerviewError, match="nothing to dismiss"):
        findings.dismiss_guard(store, fid.finding_id, "because")


def test_next_steps_add_edit_delete(store: Store, review_id: str) -> None:
    fid = findings.create_finding(store, review_id, "area_for_development", "EBI").finding_id
    s1 = findings.add_next_step(store, review_id, "Move the Friday lesson", fid).finding_id
    s2 = findings.add_next_step(store, review_id, "Żółć: check the Polish books").finding_id
    findings.update_next_step(store, s1, text="Move the Friday feedback lesson")
    findings.update_next_step(store, s2, delete=True)
    (step,) = findings.list_next_steps(store, review_id)
    assert (step.text, step.finding_id) == ("Move the Friday feedback lesson", fid)
    with pytest.raises(PeerviewError, match="needs some text"):
        findings.add_next_step(store, review_id, "  ")


def test_every_finding_change_goes_through_the_log_and_rebuilds(
    store: Store, review_id: str
) -> None:
    n1 = add_note(store, review_id, "book_look", "key-a")
    fid = findings.create_finding(store, review_id, "strength", "Ŵ ŷ", "Łódź ệ", note_ids=[n1])
    findings.update_finding(store, fid.finding_id, text="Teaching is good.")
    findings.dismiss_guard(store, fid.finding_id, "Quoted")
    findings.set_strands(store, fid.finding_id, strand_codes=["C2"])
    findings.add_next_step(store, review_id, "Next", fid.finding_id)
    before = findings.list_findings(store, review_id)
    with store.write() as tx:
        rules.rebuild(tx.conn)
    assert findings.list_findings(store, review_id) == before
