"""Finding a record from part of its id: one rule for every command that takes an id."""

from __future__ import annotations

import pytest

from app.services import actions, findings, frameworks, refs, reviews
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import Store
from tests.services.conftest import ReviewMaker

A = "0190a1b2-0000-7000-8000-aaaaaaaa1111"
B = "0190a1b2-0000-7000-8000-bbbbbbbb2222"
NAMES = {A: (A,), B: (B, "c0ffee" * 10)}


def pick(ref: str) -> str:
    return refs.match(ref, NAMES, what="thing", listing="peerview thing list")


def test_the_whole_id_a_unique_start_a_unique_end_or_another_name() -> None:
    assert pick(A) == A
    assert pick(A.upper()) == A
    assert pick("  aaaaaaaa1111 ") == A  # the end: what the CLI's hints print
    assert pick("1111") == A
    assert pick("c0ffeec0") == B  # an alias, such as a content hash


@pytest.mark.parametrize(
    "ref, error, message",
    [
        (
            "aaa",
            PeerviewError,
            "Give at least 4 characters of the thing id. See: peerview thing list",
        ),
        ("0190a1b2", PeerviewError, "'0190a1b2' matches 2 things; give more of the id."),
        ("9999", NotFoundError, "No thing matches '9999'. See: peerview thing list"),
        # What was typed is text, never a pattern: _ and % match only themselves.
        ("____", NotFoundError, "No thing matches '____'."),
        ("%%%%", NotFoundError, "No thing matches '%%%%'."),
    ],
)
def test_what_does_not_pick_out_one_record_is_refused_saying_what_to_do(
    ref: str, error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        pick(ref)
    assert message in str(caught.value)
    # The window's wording never names a command.
    assert "peerview" not in caught.value.for_window()


def test_each_kind_of_record_resolves_by_start_or_end(
    store: Store, make_review: ReviewMaker
) -> None:
    review_id = make_review()
    make_review("Summer review")
    finding = findings.create_finding(store, review_id, "strength", "Phonics", "What went well")
    action_id, _ = actions.add_action(store, review_id, "Share the huddles")
    version = frameworks.resolve_version(store, frameworks.ensure_default(store)[-8:])

    assert reviews.resolve_review(store, review_id[-8:]) == review_id
    assert findings.resolve_finding(store, finding.finding_id[-6:]) == finding.finding_id
    assert actions.resolve_action(store, action_id[-6:]) == action_id
    hashed = frameworks.list_frameworks(store)[0]
    assert frameworks.resolve_version(store, hashed.content_hash[:8]) == version
    # A finding's id is not an action's: each kind looks only among its own records.
    with pytest.raises(NotFoundError, match="No action matches"):
        actions.resolve_action(store, finding.finding_id)


def test_a_deleted_record_is_not_found(store: Store, review_id: str) -> None:
    finding = findings.create_finding(store, review_id, "strength", "Phonics", "What went well")
    findings.delete_finding(store, finding.finding_id)
    with pytest.raises(NotFoundError, match="See: peerview finding list --review ID"):
        findings.resolve_finding(store, finding.finding_id)
