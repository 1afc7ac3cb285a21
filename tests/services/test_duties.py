"""Separation of duties: each sign-off step is refused to anyone but the person allowed to
take it, with a message naming who may, and nothing is written (app/services/duties.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.reports import report
from app.services import accuracy, drafts, findings, reviews, signoff
from app.services.duties import DutyRefused
from app.services.store import Store
from tests.reports.helpers import make_key, team_agrees
from tests.services.conftest import current_row, log_entries
from tests.signoff_helpers import (
    QA_KEY,
    as_author,
    confirm_team,
    lead_signer,
    make_me_lead,
    quality_assure,
    take_to,
)

REVIEWER_KEY = "ab" * 32
STRANGER_KEY = "ef" * 32


def _draft(store: Store, review_id: str) -> None:
    findings.create_finding(store, review_id, "strength", "Phonics", "Seen in Y1 and Y2.")
    take_to(store, review_id, "draft")


def _unchanged(store: Store, before: int) -> None:
    assert len(log_entries(store)) == before


def test_team_confirmed_needs_every_members_agreement(store: Store, review_id: str) -> None:
    _draft(store, review_id)
    team = make_me_lead(store, review_id)
    # The team meeting has given every position on every finding: positions are not the
    # members' agreement with the draft as a whole, which is still asked of each.
    team_agrees(store, review_id)
    before = len(log_entries(store))
    with pytest.raises(DutyRefused, match="still to agree: Siân Pritchard, Rhys Owen") as held:
        signoff.advance(store, review_id, "team_confirmed")
    assert "has not yet confirmed every finding" not in str(held.value)
    _unchanged(store, before)
    signoff.agree(store, review_id)  # the lead's own agreement
    with pytest.raises(DutyRefused, match="still to agree: Rhys Owen"):
        signoff.advance(store, review_id, "team_confirmed")
    # The lead records the reviewer's agreement for them, by name.
    signoff.agree(store, review_id, team.reviewer)
    signoff.advance(store, review_id, "team_confirmed")
    assert signoff.current_status(store, review_id) == "team_confirmed"
    with store.read() as conn:
        from app.services import duties

        assert duties.agreements(conn, review_id) == {team.lead: False, team.reviewer: True}


def test_only_the_member_or_the_lead_records_an_agreement(store: Store, review_id: str) -> None:
    _draft(store, review_id)
    team = make_me_lead(store, review_id)
    with store.write() as tx:
        other = reviews.create_person(tx, "Dafydd Rees", None, "reviewer", REVIEWER_KEY)
        reviews.add_team_member(tx, review_id, other, "reviewer")
    before = len(log_entries(store))
    with as_author(store, REVIEWER_KEY):
        with pytest.raises(DutyRefused, match="Only the review's lead reviewer, Siân Pritchard"):
            signoff.agree(store, review_id, team.reviewer)
        _unchanged(store, before)
        signoff.agree(store, review_id)  # their own agreement
        with pytest.raises(DutyRefused, match="Only the review's lead reviewer"):
            signoff.advance(store, review_id, "team_confirmed")
    with pytest.raises(DutyRefused, match="Only members of the review team"):
        signoff.agree(store, review_id, team.head)  # the host answers the draft instead


def test_quality_assurance_is_refused_to_the_lead_and_to_finding_writers(
    store: Store, review_id: str
) -> None:
    _draft(store, review_id)
    make_me_lead(store, review_id)
    with store.write() as tx:
        writer = reviews.create_person(tx, "Dafydd Rees", None, "reviewer", REVIEWER_KEY)
        reviews.add_team_member(tx, review_id, writer, "reviewer")
    with as_author(store, REVIEWER_KEY):
        findings.create_finding(store, review_id, "area_for_development", "Spelling", "EBI ...")
    confirm_team(store, review_id)
    before = len(log_entries(store))
    with pytest.raises(DutyRefused, match="Siân Pritchard wrote this report") as lead_refused:
        signoff.advance(store, review_id, "quality_assured")
    assert "not Dafydd Rees, Siân Pritchard (lead reviewer)." in str(lead_refused.value)
    with (
        as_author(store, REVIEWER_KEY),
        pytest.raises(DutyRefused, match="Dafydd Rees wrote this report"),
    ):
        signoff.advance(store, review_id, "quality_assured")
    # No identity (entries name a device): not a named person.
    with (
        as_author(store, "device:0123"),
        pytest.raises(DutyRefused, match="taken by a named person"),
    ):
        signoff.advance(store, review_id, "quality_assured")
    _unchanged(store, before)
    quality_assure(store, review_id)
    assert signoff.history(store, review_id)[-1].author_key_id == QA_KEY


def _to_quality_assured(store: Store, review_id: str) -> None:
    _draft(store, review_id)
    take_to(store, review_id, "quality_assured")


def test_the_host_check_needs_the_hosts_own_response(
    store: Store, review_id: str, tmp_path: Path
) -> None:
    _to_quality_assured(store, review_id)
    before = len(log_entries(store))
    with pytest.raises(DutyRefused, match="no response from the host school"):
        signoff.advance(store, review_id, "host_checked")
    number = drafts.record_draft(store, review_id, "d1" * 32).number
    email = tmp_path / "reply.eml"
    email.write_text("Looks right.")
    before = len(log_entries(store))
    # The lead cannot pass their own words off as the host's.
    with pytest.raises(DutyRefused, match=r"not the host's headteacher .*\(Helen Marsh\)"):
        accuracy.record_response(
            store, review_id, draft_number=number, from_name="Siân Pritchard",
            sent_at="2026-03-10", channel="email", evidence=email, corrections={},
        )  # fmt: skip
    # A recorded response needs its evidence: the file the host sent.
    with pytest.raises(Exception, match="Could not read"):
        accuracy.record_response(
            store, review_id, draft_number=number, from_name="Helen Marsh",
            sent_at="2026-03-10", channel="email", evidence=tmp_path / "missing.eml",
            corrections={},
        )  # fmt: skip
    _unchanged(store, before)


def test_the_host_check_waits_for_a_decision_on_every_correction(
    store: Store, review_id: str, tmp_path: Path
) -> None:
    _to_quality_assured(store, review_id)
    number = drafts.record_draft(store, review_id, "d2" * 32).number
    (finding,) = findings.list_findings(store, review_id)
    email = tmp_path / "reply.eml"
    email.write_text("Phonics starts in Reception, not Y1.")
    accuracy.record_response(
        store, review_id, draft_number=number, from_name="helen  marsh",
        sent_at="2026-03-10T16:05", channel="email", evidence=email,
        corrections={finding.id: "Phonics starts in Reception, not Y1."},
    )  # fmt: skip
    before = len(log_entries(store))
    with pytest.raises(DutyRefused, match="1 correction"):
        signoff.advance(store, review_id, "host_checked")
    (response,) = accuracy.responses(store, review_id)
    (correction,) = response.corrections
    with pytest.raises(Exception, match="Say why"):
        accuracy.decide(store, correction.id, "declined")
    with as_author(store, QA_KEY), pytest.raises(DutyRefused, match="Only the review's lead"):
        accuracy.decide(store, correction.id, "accepted")
    _unchanged(store, before)
    accuracy.decide(store, correction.id, "declined", "The Y1 visit is what the team saw.")
    with as_author(store, QA_KEY), pytest.raises(DutyRefused, match="Only the review's lead"):
        signoff.advance(store, review_id, "host_checked")
    signoff.advance(store, review_id, "host_checked")
    assert (response.from_name, response.channel) == ("Helen Marsh", "email")
    assert accuracy.evidence_bytes(store, response) == email.read_bytes()


def test_only_the_lead_signs_and_only_with_their_own_certificate(
    store: Store, review_id: str, tmp_path: Path
) -> None:
    _draft(store, review_id)
    take_to(store, review_id, "host_checked")
    key, cert = lead_signer(store, review_id)
    before = len(log_entries(store))
    # Someone else's certificate, named as the lead: "Lead reviewer: A" over "Signed by B".
    other_key, other_cert = make_key("Siân Pritchard", "Ysgol y Wern", "lead_reviewer")
    out = tmp_path / "report.pdf"
    with pytest.raises(DutyRefused, match="not Siân Pritchard's"):
        report.make_report(store, review_id, out, key=other_key, cert=other_cert)
    with as_author(store, STRANGER_KEY):
        with pytest.raises(DutyRefused, match="Only the review's lead reviewer, Siân Pritchard"):
            report.make_report(store, review_id, out, key=key, cert=cert)
        with pytest.raises(DutyRefused, match="Only the review's lead reviewer"):
            signoff.mark_signed(store, review_id, "ab" * 32)
    assert not out.exists()
    _unchanged(store, before)
    report.make_report(store, review_id, out, key=key, cert=cert)
    assert current_row(store, "review", review_id)["status"] == "signed"


def test_a_review_with_no_lead_cannot_be_confirmed(store: Store, review_id: str) -> None:
    findings.create_finding(store, review_id, "strength", "Phonics", "Seen.")
    for step in ("visit", "draft"):
        signoff.advance(store, review_id, step)
    with pytest.raises(DutyRefused, match="no lead reviewer on its team"):
        signoff.advance(store, review_id, "team_confirmed")
