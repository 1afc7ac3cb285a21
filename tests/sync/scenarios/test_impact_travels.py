"""Impact reviews and the improvement workshop travel in real bundles: the host school's
headteacher and the improvement champion record them and they reach the lead; a visiting
reviewer may not, neither on their own laptop nor through a forged entry, and a progress
word no edit could write is refused at merge."""

from __future__ import annotations

import pytest

from app.services import actions, impact, team_keys, workshop
from app.services.errors import PeerviewError
from app.services.impact import ProgressInput
from tests.sync.scenarios.conftest import Partnership, compromised


def test_impact_records_travel_and_forgeries_are_refused(partnership: Partnership) -> None:
    p = partnership
    lead, host, r1, r3 = (p[w].store for w in ("lead", "host", "r1", "r3"))
    review = p.review_id
    action, _ = actions.add_action(lead, review, "Phonics catch-up groups in Year 2")
    # Aled is the improvement champion as well as a reviewer.
    team_keys.add(lead, review, p["r3"].card.fingerprint, "improvement-champion")
    for who in ("host", "r1", "r3"):
        assert p.send("lead", who).denied == 0
    # The host's headteacher records the impact review; the champion the workshop.
    impact_id, _ = impact.add(
        host, review, held_on="2026-11-10", kind="visit", participants="Grace, Siân",
        progress=[ProgressInput(action, "under way", "Eight of twelve read fluently.")],
    )  # fmt: skip
    workshop.record(r3, review, held_on="2026-04-21", facilitator="Aled", action_ids=[action])
    for who in ("host", "r3"):
        got = p.send(who, "lead")
        assert got.denied == 0, got.denied_reasons
    (arrived,) = impact.for_review(lead, review)
    assert (arrived.id, arrived.progress[0].progress_label) == (impact_id, "Under way")
    assert [a.status for a in actions.list_actions(lead, review)] == ["in_progress"]
    assert [w.facilitator for w in workshop.for_review(lead, review)] == ["Aled"]
    assert p.send("lead", "host").denied == 0
    assert p.digest("lead") == p.digest("host")
    assert [w.facilitator for w in workshop.for_review(host, review)] == ["Aled"]
    # A visiting reviewer is refused on their own laptop, and nothing is written ...
    assert p.send("lead", "r1").denied == 0
    with pytest.raises(PeerviewError, match="only its leads, the host school's people"):
        impact.add(r1, review, held_on="2026-11-11", progress=[ProgressInput(action, "done")])
    # ... and a modified Peerview's forged records are refused by the lead's laptop.
    with compromised():
        impact.add(r1, review, held_on="2026-11-11", progress=[ProgressInput(action, "done")])
        impact.update(r1, impact_id, notes="Rewritten by a reviewer")
    got = p.send("r1", "lead")
    assert got.denied >= 3
    assert "may not record impact reviews" in " | ".join(got.denied_reasons)
    (still,) = impact.for_review(lead, review)
    assert still.notes == "" and still.progress[0].progress == "in_progress"
    # A word no edit could write ("green") is refused at merge, even from the host.
    with compromised(), host.write() as tx:
        tx.upsert("impact_progress", _progress_id(impact_id, action), {"progress": "green"})
    got = p.send("host", "lead")
    assert [why for _, why in got.refused] == ["'green' is not a word for an action's progress"]
    assert impact.for_review(lead, review)[0].progress[0].progress == "in_progress"


def _progress_id(impact_id: str, action_id: str) -> str:
    from app.ids import join_id

    return join_id("impact_progress", impact_id, action_id)
