"""The partnership's report timings and a review's brokered support travel in real
bundles: the host school's laptop takes its due dates from the lead's timings and
records a partner's offer on the action plan, which reaches the lead; a laptop that is
not on the review's team, or not the partnership lead's, forges them in vain."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import actions, deadlines, partnership, reviews, support
from app.services.errors import PeerviewError
from app.services.store import Store
from app.sync.digest import review_digest
from app.sync.exporter import export_bundle
from app.sync.importer import ImportReport, import_bundle
from tests.identity_helpers import cheap_kdf, exchange_cards, make_identity  # noqa: F401
from tests.sync.helpers import partnership_review
from tests.sync.scenarios.conftest import SchoolLaptop, compromised


def _send(sender: Store, review: str, to: SchoolLaptop, path: Path) -> ImportReport:
    export_bundle(sender, review, path, to=[to.card.fingerprint])
    return import_bundle(to.store, path)


def test_timings_and_support_travel_and_forgeries_are_refused(
    school_laptops: dict[str, SchoolLaptop], tmp_path: Path
) -> None:
    lead, bont, lodz = (school_laptops[w].store for w in ("lead", "bont", "lodz"))
    group, _ = partnership.create(lead, "Partneriaeth Dyfrdwy")
    for name in ("Ysgol y Bont", "Ysgol Łódź", "Ysgol Glan Dŵr"):
        partnership.add_school(lead, None, name, "primary")
    deadlines.set_timings(lead, None, draft_days=3, final_days=15)
    with lead.read() as conn:
        host, _ = partnership.resolve_school(conn, group, "Ysgol y Bont")
    review = partnership_review(lead, group, host)
    with lead.write() as tx:
        person = reviews.create_person(tx, "Grace Okafor", host, "headteacher", bont.author_key_id)
        reviews.add_team_member(tx, review, person, "headteacher")
    action, _ = actions.add_action(lead, review, "Phonics catch-up groups in Year 2")
    for who in ("bont", "lodz"):
        got = _send(lead, review, school_laptops[who], tmp_path / f"to-{who}.pvbundle")
        assert got.denied == 0, got.denied_reasons
    # The host's laptop counts the review's due dates by the lead's timings.
    for store in (bont, lodz):
        with store.read() as conn, lead.read() as lead_conn:
            assert deadlines.due_dates(conn, review) == deadlines.due_dates(lead_conn, review)
            assert deadlines.timings(conn, group)["draft_days"] == 3
    with pytest.raises(PeerviewError, match="Only the partnership lead changes"):
        deadlines.set_timings(bont, None, draft_days=30)
    # The host, on the team, records Łódź's offer and moves it on; it reaches the lead.
    offer_id, _ = support.offer(bont, action, "Łódź", text="Two visits", on="2026-04-20")
    support.move(bont, offer_id, "agreed", note="Dates fixed", on="2026-04-27")
    got = _send(bont, review, school_laptops["lead"], tmp_path / "from-bont.pvbundle")
    assert got.denied == 0, got.denied_reasons
    assert review_digest(lead, review) == review_digest(bont, review)
    (arrived,) = support.for_review(lead, review)
    assert (arrived.school, arrived.state_label, arrived.note) == (
        "Ysgol Łódź", "Agreed", "Dates fixed",
    )  # fmt: skip
    # A modified Peerview on the host's laptop: timings (the lead's) and a state no edit
    # could write are refused by the lead's laptop, and nothing of them is applied.
    with compromised(), bont.write() as tx:
        tx.upsert(
            "partnership_timing",
            "forged-timing",
            {"partnership_id": group, "draft_days": 40, "qa_days": 2, "host_days": 5,
             "final_days": 10},
        )  # fmt: skip
    got = _send(bont, review, school_laptops["lead"], tmp_path / "forged-timing.pvbundle")
    assert got.denied == 1
    assert "may not change the report timings of the partnership" in got.denied_reasons[0]
    with compromised(), bont.write() as tx:
        tx.upsert("brokered_support", offer_id, {"state": "red"})
    got = _send(bont, review, school_laptops["lead"], tmp_path / "forged-state.pvbundle")
    assert [why for _, why in got.refused] == ["'red' is not a state of an offer of support"]
    with lead.read() as conn:
        assert deadlines.timings(conn, group)["draft_days"] == 3
    assert support.for_review(lead, review)[0].state == "agreed"
    # Łódź's laptop is not on the review's team: its offer is refused there and at merge.
    with pytest.raises(PeerviewError, match="not on its team"):
        support.offer(lodz, action, "Glan", on="2026-04-21")
    with compromised(), lodz.write() as tx:
        tx.create(
            "brokered_support",
            {"review_id": review, "action_id": action, "school_id": host, "state": "completed"},
        )
    got = _send(lodz, review, school_laptops["lead"], tmp_path / "forged-lodz.pvbundle")
    assert got.denied >= 1
    assert "not on its team" in " | ".join(got.denied_reasons)
    assert [s.school for s in support.for_review(lead, review)] == ["Ysgol Łódź"]
