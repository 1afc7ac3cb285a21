"""Findings answer enquiry questions; the host's response at the feedback meeting."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.ids import join_id
from app.services import answers, findings, signoff
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import Store
from app.sync.scope import review_scope
from tests.identity_helpers import dump_database
from tests.services.conftest import ReviewMaker, current_row, log_entries
from tests.signoff_helpers import take_to


@pytest.fixture
def asked(make_review: ReviewMaker) -> str:
    return make_review(questions=("How well do pupils read?", "How well do pupils write?"))


def past_draft(store: Store, review_id: str) -> None:
    take_to(store, review_id, "team_confirmed")


def test_questions_are_linked_through_the_change_log_by_number_or_id(
    store: Store, asked: str
) -> None:
    q1 = answers.resolve_question(store, asked, "1")
    q2 = answers.resolve_question(store, asked, " 2 ")
    assert answers.resolve_question(store, asked, q2[-8:]) == q2
    before = len(log_entries(store))
    made = answers.create_finding(
        store, asked, "strength", "Reading", "What went well: fluent.", question_ids=[q1, q2]
    )
    entries = log_entries(store)[before:]
    assert [e.entity for e in entries] == ["finding", "finding_question", "finding_question"]
    assert answers.questions_by_finding(store, asked) == {made.finding_id: [q1, q2]}
    # The link's id is a join id: made again (here, or on another laptop), it is one row.
    row = current_row(store, "finding_question", join_id("finding_question", made.finding_id, q1))
    assert row is not None and not row["deleted"]
    assert not answers.link_questions(store, made.finding_id, [q1])
    answers.link_questions(store, made.finding_id, [q1], on=False)
    assert answers.questions_by_finding(store, asked) == {made.finding_id: [q2]}
    answers.set_questions(store, made.finding_id, [q1])
    assert answers.questions_by_finding(store, asked) == {made.finding_id: [q1]}
    # Sync carries the links and the responses with the review.
    answers.set_response(store, made.finding_id, "Agreed.")
    with store.read() as conn:
        scope = review_scope(conn, asked)
    assert len(scope["finding_question"]) == 2 and len(scope["feedback_response"]) == 1


def test_a_question_of_another_review_or_a_wrong_number_is_refused(
    store: Store, asked: str, make_review: ReviewMaker, data_dir: object
) -> None:
    other = make_review("Other", questions=("Elsewhere?",))
    theirs = answers.resolve_question(store, other, "1")
    before = dump_database(data_dir)  # type: ignore[arg-type]
    with pytest.raises(PeerviewError, match="own review's enquiry questions"):
        answers.create_finding(store, asked, "strength", "Reading", question_ids=[theirs])
    with pytest.raises(PeerviewError, match=r"no question 3\. The questions are: 1: How well"):
        answers.resolve_question(store, asked, "3")
    with pytest.raises(PeerviewError, match="names no single enquiry question"):
        answers.resolve_question(store, asked, "zzzz")
    with pytest.raises(NotFoundError):
        answers.link_questions(store, "no-such-finding", [theirs])
    assert dump_database(data_dir) == before  # type: ignore[arg-type]


def test_changing_the_questions_sends_a_confirmed_review_back_to_draft(
    store: Store, asked: str
) -> None:
    q1 = answers.resolve_question(store, asked, "1")
    made = answers.create_finding(store, asked, "strength", "Reading", "Fluent.")
    past_draft(store, asked)
    answers.link_questions(store, made.finding_id, [q1])
    assert signoff.current_status(store, asked) == "draft"
    note = current_row(store, "review", asked)
    assert note is not None and "enquiry questions that finding 'Reading' answers" in str(
        note["sent_back_note"]
    )


def test_the_hosts_response_is_recorded_and_never_sends_the_review_back(
    store: Store, asked: str, data_dir: object
) -> None:
    made = answers.create_finding(store, asked, "area_for_development", "Writing", "EBI.")
    past_draft(store, asked)
    answers.set_response(store, made.finding_id, "  Agreed; start with Y4.  ")
    assert answers.responses_by_finding(store, asked) == {made.finding_id: "Agreed; start with Y4."}
    assert signoff.current_status(store, asked) == "team_confirmed"
    answers.set_response(store, made.finding_id, "Partly agreed.")
    assert answers.responses_by_finding(store, asked) == {made.finding_id: "Partly agreed."}
    answers.set_response(store, made.finding_id, "")
    assert answers.responses_by_finding(store, asked) == {}
    before = dump_database(data_dir)  # type: ignore[arg-type]
    with pytest.raises(PeerviewError, match="keep it under"):
        answers.set_response(store, made.finding_id, "x" * (answers.MAX_RESPONSE_CHARS + 1))
    assert dump_database(data_dir) == before  # type: ignore[arg-type]
    # A deleted finding's response is not shown.
    answers.set_response(store, made.finding_id, "Agreed.")
    findings.delete_finding(store, made.finding_id)
    assert answers.responses_by_finding(store, asked) == {}


def test_a_deleted_question_is_no_longer_answered(store: Store, asked: str) -> None:
    q1, q2 = (answers.resolve_question(store, asked, n) for n in ("1", "2"))
    made = answers.create_finding(store, asked, "strength", "Reading", question_ids=[q1, q2])
    with store.write() as tx:
        tx.delete("enquiry_question", q1)
    assert answers.questions_by_finding(store, asked) == {made.finding_id: [q2]}
    assert answers.resolve_question(store, asked, "1") == q2
    with store.read() as conn:
        from app.models import FindingQuestion

        rows = conn.execute(select(FindingQuestion.question_id)).scalars().all()
    assert sorted(rows) == sorted([q1, q2])  # the link is kept, only not shown
