"""Who may record what follows a review, judged alike locally and at merge: the host's
headteacher and the improvement champion may, a visiting reviewer may not, and an edit
that moves an impact review onto a review its author has no part in is refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services import actions, authority, impact, workshop
from app.services.errors import PeerviewError
from app.services.impact import ProgressInput
from app.services.store import Store
from tests.sync.helpers import FakeClock, create_review, deliver, join_team, open_replica, snapshot


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Store, Store, Store, Store, str, str]]:
    """(lead, reviewer, host, champion, review, its first action)."""
    clock = FakeClock()
    lead, member, host, champion = (
        open_replica(tmp_path / n, clock.reader()) for n in ("l", "m", "h", "c")
    )
    review = create_review(lead)
    join_team(lead, review, member)
    join_team(lead, review, host, role="headteacher")
    join_team(lead, review, champion, role="improvement_champion")
    action, _ = actions.add_action(lead, review, "Phonics catch-up groups")
    for other in (member, host, champion):
        deliver(snapshot(lead, review), other)
    yield lead, member, host, champion, review, action
    for s in (lead, member, host, champion):
        s.close()


def test_the_host_and_the_champion_may_a_reviewer_may_not(team) -> None:
    lead, member, host, champion, review, action = team
    impact.add(host, review, held_on="2027-03-09", progress=[ProgressInput(action, "done")])
    workshop.record(champion, review, held_on="2026-12-08", facilitator="Aled", agreed="x")
    for who in (host, champion):
        assert not deliver(snapshot(who, review), lead).refused
    assert len(impact.for_review(lead, review)) == 1
    assert len(workshop.for_review(lead, review)) == 1
    with pytest.raises(PeerviewError, match="may not record impact reviews"):
        impact.add(member, review, held_on="2027-03-10")
    with pytest.raises(PeerviewError, match="may not record the improvement workshop"):
        workshop.record(member, review, held_on="2026-12-08", facilitator="Me", agreed="x")


def test_moving_an_impact_review_onto_another_review_is_refused(team) -> None:
    lead, _member, host, _champion, review, _action = team
    impact_id, _ = impact.add(host, review, held_on="2027-03-09")
    assert not deliver(snapshot(host, review), lead).refused
    elsewhere = create_review(lead, "Another school's review")
    deliver(snapshot(lead, elsewhere), host)
    saved = authority.check_local
    authority.check_local = lambda _a, _e: None  # type: ignore[assignment]
    try:
        with host.write() as tx:
            tx.upsert("impact_review", impact_id, {"review_id": elsewhere})
    finally:
        authority.check_local = saved  # type: ignore[assignment]
    # The moved record now belongs to the other review: its bundle carries it.
    report = deliver(snapshot(host, elsewhere), lead)
    assert report.refused and "may not record impact reviews" in report.refused[0][1]
    assert "Another school's review" in report.refused[0][1]
    assert [i.id for i in impact.for_review(lead, review)] == [impact_id]
    assert impact.for_review(lead, elsewhere) == []
