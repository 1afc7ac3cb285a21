"""Sign-off: one step at a time, who and when from the change log, and back to draft when
what the report says changes after a step."""

from __future__ import annotations

import pytest

from app.models.review import REVIEW_STATUSES
from app.services import changelog, findings, signoff
from app.services.changelog import Entry
from app.services.errors import PeerviewError
from app.services.store import Store
from tests.services.conftest import current_row, log_entries
from tests.signoff_helpers import QA_KEY, confirm_team, lead_signer, take_to

SHA = "ab" * 32


def to_status(store: Store, review_id: str, status: str) -> None:
    take_to(store, review_id, status)


def test_steps_move_one_at_a_time_and_each_is_a_log_entry(store: Store, review_id: str) -> None:
    to_status(store, review_id, "host_checked")
    signoff.mark_signed(store, review_id, SHA)
    events = signoff.history(store, review_id)
    assert [e.status for e in events] == list(REVIEW_STATUSES)
    # Quality assurance was taken by someone who did not write the report.
    authors = {e.status: e.author_key_id for e in events}
    assert authors.pop("quality_assured") == QA_KEY
    assert set(authors.values()) == {store.author_key_id}
    assert [e.hlc for e in events] == sorted(e.hlc for e in events)
    row = current_row(store, "review", review_id)
    assert (row["status"], row["report_sha256"]) == ("signed", SHA)
    assert row["signed_at"]


@pytest.mark.parametrize(
    ("start", "target", "message"),
    [
        ("draft", "quality_assured", "the next step is 'Team confirmed'"),
        ("draft", "host_checked", "cannot be skipped"),
        ("team_confirmed", "host_checked", "the next step is 'Quality assured'"),
        ("planning", "draft", "cannot be skipped"),
        ("draft", "signed", "peerview report"),
        ("quality_assured", "draft", "give a reason"),
        ("draft", "approved", "Unknown status"),
    ],
)
def test_skipping_a_step_is_refused_and_nothing_written(
    store: Store, review_id: str, start: str, target: str, message: str
) -> None:
    if start != "planning":
        to_status(store, review_id, start)
    before = len(log_entries(store))
    with pytest.raises(PeerviewError, match=message):
        signoff.advance(store, review_id, target)
    assert len(log_entries(store)) == before
    assert signoff.current_status(store, review_id) == start


def test_mark_signed_needs_the_host_check_and_a_real_digest(store: Store, review_id: str) -> None:
    to_status(store, review_id, "quality_assured")
    with pytest.raises(PeerviewError, match="once the host has checked"):
        signoff.mark_signed(store, review_id, SHA)
    to_status(store, review_id, "host_checked")
    with pytest.raises(PeerviewError, match="not a SHA-256"):
        signoff.mark_signed(store, review_id, "abc")
    signoff.mark_signed(store, review_id, SHA.upper())
    assert signoff.mark_signed(store, review_id, SHA).entries == []  # same report: no-op
    with pytest.raises(PeerviewError, match="already signed with another report"):
        signoff.mark_signed(store, review_id, "cd" * 32)


def test_check_can_sign(store: Store, review_id: str) -> None:
    with pytest.raises(PeerviewError, match="host has checked"):
        signoff.check_can_sign(store, review_id)
    to_status(store, review_id, "host_checked")
    signoff.check_can_sign(store, review_id)


def test_editing_a_finding_after_confirmation_sends_the_review_back_to_draft(
    store: Store, review_id: str
) -> None:
    fid = findings.create_finding(store, review_id, "strength", "Phonics", "Seen in Y1.")
    to_status(store, review_id, "team_confirmed")
    changes = findings.update_finding(store, fid.finding_id, text="Seen in Reception and Y1.")
    # Sent back, and each member's agreement withdrawn: they agree again.
    assert {e.entity for e in changes.entries} == {"finding", "review", "team_agreement"}
    row = current_row(store, "review", review_id)
    assert row["status"] == "draft"
    note = row["sent_back_note"]
    assert "Sent back to draft on" in note
    assert "Team confirmed" in note
    assert "text of finding 'Phonics' changed" in note
    last = signoff.history(store, review_id)[-1]
    assert (last.status, last.sent_back_note) == ("draft", note)
    # The team must agree again before it is confirmed: each member's position on the
    # new wording, and each member's agreement with the draft. Confirming answers the note.
    with pytest.raises(PeerviewError, match="still to agree: Siân Pritchard, Rhys Owen") as held:
        signoff.advance(store, review_id, "team_confirmed")
    assert "'Phonics': no current position from Siân Pritchard, Rhys Owen" in str(held.value)
    confirm_team(store, review_id)
    assert current_row(store, "review", review_id)["sent_back_note"] == ""


@pytest.mark.parametrize(
    ("action", "words"),
    [
        ("add", "strength 'New' was added"),
        ("delete", "was deleted"),
        ("link", "linked to finding"),
        ("strands", "strands of finding"),
        ("next_step", "a next step was added"),
        ("title", "title of finding"),
    ],
)
def test_every_kind_of_report_change_sends_back_from_any_later_step(
    store: Store, review_id: str, action: str, words: str
) -> None:
    fid = findings.create_finding(store, review_id, "strength", "Old", "x").finding_id
    with store.write() as tx:
        note = tx.create("evidence_note", {"review_id": review_id, "text": "seen"})
    to_status(store, review_id, "host_checked")
    if action == "add":
        findings.create_finding(store, review_id, "strength", "New")
    elif action == "delete":
        findings.delete_finding(store, fid)
    elif action == "link":
        findings.link_notes(store, fid, [note])
    elif action == "strands":
        findings.set_strands(store, fid, strand_codes=["C1"])
    elif action == "next_step":
        findings.add_next_step(store, review_id, "Do this", fid)
    else:
        findings.update_finding(store, fid, title="Renamed")
    row = current_row(store, "review", review_id)
    assert row["status"] == "draft"
    assert words in row["sent_back_note"]
    assert "Factual accuracy checked by the host" in row["sent_back_note"]


def test_a_signed_review_goes_back_to_draft_when_a_finding_changes(
    store: Store, review_id: str
) -> None:
    fid = findings.create_finding(store, review_id, "strength", "Old", "x").finding_id
    to_status(store, review_id, "host_checked")
    signoff.mark_signed(store, review_id, SHA)
    findings.update_finding(store, fid, text="y")
    row = current_row(store, "review", review_id)
    assert row["status"] == "draft"
    assert "it was 'Signed'" in row["sent_back_note"]


def test_no_op_edits_and_guard_dismissals_do_not_send_back(store: Store, review_id: str) -> None:
    fid = findings.create_finding(store, review_id, "strength", "T", "Teaching is good.").finding_id
    to_status(store, review_id, "team_confirmed")
    findings.update_finding(store, fid, text="Teaching is good.")
    findings.dismiss_guard(store, fid, "The host's own words")
    assert signoff.current_status(store, review_id) == "team_confirmed"


def test_edits_while_in_draft_leave_status_and_note_alone(store: Store, review_id: str) -> None:
    to_status(store, review_id, "draft")
    fid = findings.create_finding(store, review_id, "strength", "T").finding_id
    changes = findings.update_finding(store, fid, text="more")
    assert {e.entity for e in changes.entries} == {"finding"}


def test_send_back_by_hand_needs_a_reason(store: Store, review_id: str) -> None:
    to_status(store, review_id, "quality_assured")
    with pytest.raises(PeerviewError, match="Say why"):
        signoff.send_back(store, review_id, " ")
    signoff.send_back(store, review_id, "The host corrected the number of classes visited")
    row = current_row(store, "review", review_id)
    assert row["status"] == "draft"
    assert "The host corrected" in row["sent_back_note"]


def test_history_names_the_author_when_known(store: Store, review_id: str) -> None:
    from app.services import reviews

    with store.write() as tx:
        reviews.create_person(tx, "Siân Pritchard", None, "lead_reviewer", store.author_key_id)
    signoff.advance(store, review_id, "visit")
    assert signoff.history(store, review_id)[-1].author == "Siân Pritchard"


def test_signing_a_report_before_the_host_check_writes_nothing(
    store: Store, review_id: str, tmp_path
) -> None:
    from app.reports import report
    from tests.reports.helpers import make_key

    key, cert = make_key("Siân Pritchard", "Ysgol y Wern", "lead_reviewer")
    out = tmp_path / "report.pdf"
    with pytest.raises(PeerviewError, match="host has checked"):
        report.make_report(store, review_id, out, key=key, cert=cert)
    assert not out.exists()
    assert signoff.current_status(store, review_id) == "planning"


def test_signing_the_report_at_host_checked_marks_the_review_signed(
    store: Store, review_id: str, tmp_path
) -> None:
    import hashlib

    from app.reports import report
    from tests.reports.helpers import ready_to_sign

    findings.create_finding(store, review_id, "strength", "Phonics", "What went well: ...")
    ready_to_sign(store, review_id)
    key, cert = lead_signer(store, review_id)
    out = tmp_path / "report.pdf"
    result = report.make_report(store, review_id, out, key=key, cert=cert)
    row = current_row(store, "review", review_id)
    assert row["status"] == "signed"
    assert row["report_sha256"] == hashlib.sha256(out.read_bytes()).hexdigest() == result.sha256


def _remote_edit(finding_id: str, hlc: str) -> Entry:
    entry = Entry(
        device_id="01a20000-0000-7000-8000-00000000beef",
        seq=1,
        hlc=hlc,
        entity="finding",
        entity_id=finding_id,
        op="upsert",
        fields={"text": "Edited on a reviewer's laptop"},
        prior={"text": None},
        author_key_id="key-of-another-reviewer",
        prev_hash=changelog.GENESIS,
    )
    return Entry(**{**entry.__dict__, "hash": entry.compute_hash()})


@pytest.mark.parametrize(("late", "status"), [(True, "draft"), (False, "team_confirmed")])
def test_a_finding_edit_arriving_from_another_device_after_a_step_sends_back(
    store: Store, review_id: str, late: bool, status: str
) -> None:
    fid = findings.create_finding(store, review_id, "strength", "Phonics", "x").finding_id
    to_status(store, review_id, "team_confirmed")
    hlc = signoff.history(store, review_id)[-1].hlc
    ms, _ = changelog.hlc_unpack(hlc)
    entry = _remote_edit(fid, changelog.hlc_pack(ms + 1000 if late else ms - 1000, 0))
    with store.write() as tx:
        changelog.append(tx.conn, entry)
        changelog.apply_entry(tx.conn, entry)
        sent = signoff.send_back_for_entries(tx, [entry])
    assert sent == ([review_id] if late else [])
    row = current_row(store, "review", review_id)
    assert row["status"] == status
    if late:
        assert "arrived from another device" in row["sent_back_note"]
