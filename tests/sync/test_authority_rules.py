"""Every role rule refused at merge and in a local edit alike (decision 0030): a team of
three laptops in one process; the "modified" laptop writes with the local check off, and
the lead's laptop must refuse each entry with a reason naming what was not allowed,
while a later honest note from the same laptop still applies."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.ids import join_id
from app.services import authority, evidence, findings, reviews
from app.services.changelog import canonical_json
from app.services.errors import PeerviewError
from app.services.store import Store
from tests.sync.helpers import FakeClock, create_review, deliver, join_team, open_replica, snapshot


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[tuple[Store, Store, Store, str]]:
    clock = FakeClock()
    lead, member, host = (open_replica(tmp_path / n, clock.reader()) for n in ("l", "m", "h"))
    review = create_review(lead)
    join_team(lead, review, member)
    join_team(lead, review, host, role="headteacher")
    findings.create_finding(lead, review, kind="strength", title="Reading", text="Fluent.")
    for other in (member, host):
        deliver(snapshot(lead, review), other)
    yield lead, member, host, review
    for s in (lead, member, host):
        s.close()


def _finding(store: Store, review: str) -> str:
    from app.models import Finding

    with store.session() as s:
        return str(s.query(Finding.id).filter(Finding.review_id == review).scalar())


def _someone_else(store: Store) -> str:
    """Another team member's person record (the host's), to take over with one's key."""
    from app.models import Person

    with store.session() as s:
        return str(
            s.query(Person.id)
            .filter(Person.key_id.is_not(None), Person.key_id != store.author_key_id)
            .scalar()
        )


RULES: dict[str, tuple[str, Callable[[Store, Store, str], object]]] = {
    "retention": (
        "may not change how long notes are kept",
        lambda lead, m, r: reviews_upsert(m, r, {"retention_days": 0}),
    ),
    "details": (
        "may not change the review's details",
        lambda lead, m, r: reviews_upsert(m, r, {"focus": "Something else"}),
    ),
    "step": (
        "may not take the sign-off step 'Team confirmed'",
        lambda lead, m, r: reviews.set_status(m, r, "team_confirmed"),
    ),
    "team": (
        "may not change the team",
        lambda lead, m, r: join_team(m, r, m, role="lead_reviewer"),
    ),
    "question": (
        "may not change the enquiry questions",
        lambda lead, m, r: _write(
            m, lambda tx: tx.create("enquiry_question", {"review_id": r, "text": "Why?"})
        ),
    ),
    "revocation": (
        "may not revoke anyone",
        lambda lead, m, r: _write(
            m,
            lambda tx: tx.create(
                "revocation",
                {"review_id": r, "key_id": lead.author_key_id, "cutoffs": "{}", "name": "Lead"},
            ),
        ),
    ),
    "person key": (
        "may not change the key of",
        lambda lead, m, r: _write(
            m, lambda tx: tx.upsert("person", _someone_else(m), {"key_id": m.author_key_id})
        ),
    ),
    "receipt": (
        "sent a receipt for another laptop",
        lambda lead, m, r: _write(
            m,
            lambda tx: tx.upsert(
                "sync_receipt",
                join_id("sync_receipt", lead.device_id),
                {"device_id": lead.device_id, "seen": canonical_json({m.device_id: 10**6})},
            ),
        ),
    ),
}


def _write(store: Store, do: Callable[..., object]) -> None:
    with store.write() as tx:
        do(tx)


def reviews_upsert(store: Store, review: str, fields: dict[str, object]) -> None:
    _write(store, lambda tx: tx.upsert("review", review, fields))


@pytest.mark.parametrize("rule", sorted(RULES))
def test_each_rule_is_refused_locally_and_at_merge(trio, rule: str) -> None:
    lead, member, _host, review = trio
    said, act = RULES[rule]
    if rule != "receipt":  # receipts are written by the sync code, never by a person
        with pytest.raises(PeerviewError, match=said):
            act(lead, member, review)
    saved = authority.check_local
    authority.check_local = lambda _a, _e: None  # type: ignore[assignment]
    try:
        act(lead, member, review)
    finally:
        authority.check_local = saved  # type: ignore[assignment]
    evidence.add_note(member, review, "An honest note after it.")
    report = deliver(snapshot(member, review), lead)
    assert report.refused and all(said in why for _, why in report.refused), report.refused
    assert "An honest note after it." in {n.text for n in evidence.list_notes(lead, review)}


def test_the_host_may_not_change_findings_but_a_reviewer_may(trio) -> None:
    lead, member, host, review = trio
    finding = _finding(host, review)
    with pytest.raises(PeerviewError, match="may not change findings"):
        findings.update_finding(host, finding, text="The host's wording.")
    findings.update_finding(member, finding, text="Most pupils read fluently.")
    assert not deliver(snapshot(member, review), lead).refused


def test_someone_off_the_team_may_not_write_notes(tmp_path: Path) -> None:
    clock = FakeClock()
    lead, stranger = (open_replica(tmp_path / n, clock.reader()) for n in ("l", "s"))
    try:
        review = create_review(lead)
        deliver(snapshot(lead, review), stranger)
        with pytest.raises(PeerviewError, match="may not write a evidence note"):
            evidence.add_note(stranger, review, "Not on the team.")
    finally:
        lead.close()
        stranger.close()


def test_a_write_reads_the_authority_entries_through_the_index_not_the_whole_log(
    tmp_path: Path,
) -> None:
    """Every write asks who may write; the log grows by a few entries a note, so a check
    that scanned it would make each save slower as the visit goes on (schema step 17)."""
    import sqlalchemy

    store = open_replica(tmp_path / "l", FakeClock().reader())
    try:
        review = create_review(store)
        evidence.add_note(store, review, "Pupils read aloud.")
        statements: list[str] = []

        def seen(conn, cursor, statement, params, context, executemany) -> None:
            if "FROM change_log" in statement and statement.lstrip().startswith("SELECT"):
                statements.append(statement)

        engine = store.db.engine
        sqlalchemy.event.listen(engine, "before_cursor_execute", seen)
        try:
            evidence.add_note(store, review, "Pupils read aloud again.")
        finally:
            sqlalchemy.event.remove(engine, "before_cursor_execute", seen)
        assert any("change_log.entity IN" in s for s in statements), statements
        with store.read() as conn:
            for statement in statements:
                plan = " ".join(
                    str(row[-1])
                    for row in conn.exec_driver_sql(
                        "EXPLAIN QUERY PLAN " + statement,
                        tuple("x" for _ in range(statement.count("?"))),
                    )
                )
                assert not re.search(r"\bSCAN change_log\b", plan), (statement, plan)
    finally:
        store.close()
