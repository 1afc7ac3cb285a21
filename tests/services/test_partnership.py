"""The partnership record on its lead's laptop: protocol, priorities, calendar, the
reviewer pool's counts and refreshers, and the directory's validated Areas of Excellence
(app/services/partnership.py, reviewers.py, rounds.py, expertise.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.services import demo, excellence, expertise, findings, partnership, reviewers, rounds
from app.services.errors import PeerviewError
from app.services.store import Store
from tests.identity_helpers import cheap_kdf, make_identity  # noqa: F401
from tests.services.conftest import log_entries
from tests.signoff_helpers import make_me_lead


@pytest.fixture
def review(store: Store) -> str:
    """The demo: its partnership was created on this laptop, which is therefore its lead's."""
    made = demo.create_demo(store)
    make_me_lead(store, made)
    return made


def test_the_protocol_priorities_and_calendar_refuse_bad_input_writing_nothing(
    store: Store, review: str
) -> None:
    rec = partnership.record(store)
    assert rec.lead_here and rec.schools
    school = rec.schools[0].name
    partnership.set_protocol(store, None, purpose="Improve together.", data_sharing="None.")
    partnership.add_priority(store, None, "2026-27", "Reading")
    partnership.add_priority(store, None, "2026-27", "Attendance")
    partnership.add_priority(store, None, "2026-27", "Oracy")
    before = len(log_entries(store))
    with pytest.raises(PeerviewError, match="keeps to 3 a year"):
        partnership.add_priority(store, None, "2026-27", "Maths")
    with pytest.raises(PeerviewError, match="'2026-28' is not an academic year; write it as"):
        partnership.add_priority(store, None, "2026-28", "Maths")
    with pytest.raises(PeerviewError, match="end \\(2026-03-01\\) before they start"):
        partnership.block_dates(store, None, school, "2026-03-04", "2026-03-01")
    with pytest.raises(PeerviewError, match="'31/12/2026' is not a date"):
        partnership.record_agreement(store, None, school, "31/12/2026")
    with pytest.raises(PeerviewError, match="No member school is called 'Hogwarts'"):
        partnership.record_agreement(store, None, "Hogwarts", "2026-01-01")
    assert len(log_entries(store)) == before
    partnership.add_priority(store, None, "2027-28", "Maths")  # another year, its own three
    partnership.record_agreement(store, None, school, "2026-01-12")
    rec = partnership.record(store)
    assert rec.purpose == "Improve together." and rec.confidentiality == ""
    assert rec.priorities == {"2026-27": ["Reading", "Attendance", "Oracy"], "2027-28": ["Maths"]}
    assert rec.schools[0].protocol_agreed_on == "2026-01-12"


def test_reviews_led_count_and_a_lapsed_lead_is_warned_about(store: Store, review: str) -> None:
    names = [s.name for s in partnership.record(store).schools]
    assert len(names) >= 2
    for name in names:
        reviewers.add_reviewer(
            store, None, f"Lead at {name}", name, accreditation="lead_reviewer",
            trained_on="2024-01-10", refresher_due="2026-03-10", earlier_done=4, earlier_led=1,
        )  # fmt: skip
    with pytest.raises(PeerviewError, match="refresher \\(2023-01-01\\) falls before"):
        reviewers.add_reviewer(
            store, None, "X", names[0], trained_on="2024-01-10", refresher_due="2023-01-01"
        )
    with pytest.raises(PeerviewError, match="'assessor' is not an accreditation"):
        reviewers.add_reviewer(store, None, "X", names[0], accreditation="assessor")
    # Before the refreshers fall due every review has its lead; after, none does.
    early = rounds.propose_round(store, None, "Early", "2026-03-02", "2026-03-06")
    assert early.proposal.unmet == []
    late = rounds.propose_round(store, None, "Late", "2026-03-16", "2026-03-27")
    assert {u.rule for u in late.proposal.unmet} == {"lead"}
    # Kept on the round, for everyone who receives the schedule to read why.
    assert rounds.unmet_by_round(store) == {"Late": [u.text for u in late.proposal.unmet]}
    visits = rounds.schedule(store)
    assert {v.warning for v in visits if v.round_name == "Late"} == {"no trained lead"}
    assert {v.warning for v in visits if v.round_name == "Early"} == {""}
    # The late round does not repeat the early one's pairs.
    early_pairs = {(v.reviewer_school, v.host) for v in visits if v.round_name == "Early"}
    late_pairs = {(v.reviewer_school, v.host) for v in visits if v.round_name == "Late"}
    if len(names) >= 3:
        assert not early_pairs & late_pairs
    first = next(v for v in visits if v.round_name == "Early")
    rounds.set_status(store, first.id, "visited")
    led = {r.name: (r.reviews_done, r.reviews_led) for r in reviewers.pool(store)}
    assert led[first.lead] == (5, 2)
    others = [counts for name, counts in led.items() if name != first.lead]
    assert set(others) == {(4, 1)}
    overdue = reviewers.pool(store, today=dt.date(2026, 3, 11))
    assert all(r.refresher_overdue for r in overdue)
    assert not any(r.refresher_overdue for r in reviewers.pool(store, today=dt.date(2026, 3, 10)))


def test_a_validated_area_of_excellence_is_listed_only_while_the_host_consents(
    store: Store, review: str
) -> None:
    aoe = next(f for f in findings.list_findings(store, review) if f.kind == "area_of_excellence")
    nomination, _ = excellence.nominate(
        store, review, "Phonics from Reception", "Daily huddles.", "Helen Marsh", "2026-11-01"
    )
    excellence.validate(store, nomination, aoe.id, "2026-11-18")
    assert expertise.search(store, "phonics") == []  # validated, not yet shared
    excellence.consent(store, nomination, "Helen Marsh", "2026-11-20")
    (found,) = expertise.search(store, "PHONICS reception")
    assert found.kind == "area_of_excellence" and found.consent == "Helen Marsh, 2026-11-20"
    assert found.strand  # the strands of the finding that validated it
    assert expertise.search(store, "", strand=found.strand.split(";")[0]) == [found]
    excellence.withdraw_consent(store, nomination)
    assert expertise.search(store, "phonics") == []
    with pytest.raises(PeerviewError, match="only with its head's consent"):
        expertise.add_expertise(store, None, found.school, "Reading", "Phonics")


def test_the_coordinator_adjusts_a_visit_and_the_schedule_warns_what_that_broke(
    store: Store, review: str
) -> None:
    names = [s.name for s in partnership.record(store).schools]
    for name in names:
        reviewers.add_reviewer(
            store, None, f"Lead at {name}", name, accreditation="lead_reviewer",
            trained_on="2025-01-10",
        )  # fmt: skip
    reviewers.add_reviewer(store, None, "Untrained Person", names[0])
    partnership.block_dates(store, None, names[1], "2026-03-09", "2026-03-13", "Exams")
    rounds.propose_round(store, None, "Spring", "2026-03-02", "2026-03-06")
    visits = rounds.schedule(store)
    assert {v.warning for v in visits} == {""}
    at = {v.host: v for v in visits}
    into = at[names[1]]
    before = len(log_entries(store))
    with pytest.raises(PeerviewError, match=f"{names[1]} is blocked from 9 to 13 March 2026"):
        rounds.adjust(store, into.id, day="2026-03-10")
    with pytest.raises(PeerviewError, match="weekend"):
        rounds.adjust(store, into.id, day="2026-03-07")
    with pytest.raises(PeerviewError, match="cannot review itself"):
        rounds.adjust(store, into.id, reviewer_school=names[1])
    with pytest.raises(PeerviewError, match="'Nobody' names no one in the reviewer pool"):
        rounds.adjust(store, into.id, lead="Nobody")
    assert len(log_entries(store)) == before
    # Moved to a free day, then given an untrained lead: warned, not refused.
    rounds.adjust(store, into.id, day="2026-03-16")
    assert next(v for v in rounds.schedule(store) if v.id == into.id).day == "2026-03-16"
    rounds.adjust(store, into.id, lead="untrained")
    moved = next(v for v in rounds.schedule(store) if v.id == into.id)
    assert (moved.lead, moved.warning) == ("Untrained Person", "no trained lead")
    # The host's own reviewer made to review its reviewer back: a reciprocal pair, warned.
    back = next(v for v in visits if v.host == into.reviewer_school)
    rounds.adjust(store, back.id, reviewer_school=into.host)
    warned = {v.id: v.warning for v in rounds.schedule(store)}
    assert warned[back.id] in {
        "the two schools review each other this round",
        "a school in two reviews that day",
    }
    # and the host now sends two teams: the visit it sent first says so, unless it is
    # the reciprocal one.
    sent = [v for v in rounds.schedule(store) if v.reviewer_school == into.host]
    assert len(sent) == 2 and all(v.warning for v in sent)


def test_the_lead_keeps_the_record_after_making_an_identity(
    data_dir: Path,
    cheap_kdf: None,  # noqa: F811
) -> None:
    with Store.open(data_dir) as store:
        partnership.create(store, "Partneriaeth")
        first_chain = store.device_id
        make_identity(store, "Siân Pritchard", role="partnership_lead")
        assert store.device_id != first_chain  # a new chain, vouched for by the identity
        partnership.add_school(store, None, "Ysgol Łódź", "primary")
        assert partnership.record(store).lead_here
