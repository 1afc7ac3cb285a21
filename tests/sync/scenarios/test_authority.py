"""Roles enforced at merge, with five laptops and real bundles (decision 0030): a
reviewer's compromised laptop signs its entries properly, but may only do what a
reviewer may; every honest laptop refuses the rest, names who tried what, and carries on
with everything else."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import evidence, retention, reviews, signoff
from app.services.errors import PeerviewError
from app.services.store import Store
from app.sync.exporter import export_bundle
from app.sync.importer import import_bundle
from tests.sync.scenarios.conftest import Partnership, compromised, outside_snapshot


def _partnership_of(store: Store, review_id: str) -> str:
    from app.models import Review

    with store.session() as s:
        found = s.get(Review, review_id)
        assert found is not None and found.partnership_id
        return found.partnership_id


def _host_of(store: Store, review_id: str) -> str:
    from app.models import Review

    with store.session() as s:
        found = s.get(Review, review_id)
        assert found is not None and found.host_school_id
        return found.host_school_id


def _review_row(store: Store, review_id: str) -> tuple[str, int | None]:
    from app.models import Review

    with store.session() as s:
        found = s.get(Review, review_id)
        assert found is not None
        return found.status, found.retention_days


def test_a_reviewer_cannot_sign_set_retention_create_reviews_or_change_the_team(
    partnership: Partnership,
) -> None:
    p = partnership
    for n in range(5):
        p.note("lead", f"Lead's note {n}: pupils read aloud in pairs.")
    p.send("lead", "r1")
    p.send("lead", "r2")
    p.note("r2", "Nguyễn: phonics groups were well matched to need.")
    before = outside_snapshot(p.root)
    r2 = p["r2"].store
    # On an honest laptop the services refuse first, saying who may.
    with pytest.raises(PeerviewError, match="may not change how long notes are kept"):
        retention.set_retention(r2, p.review_id, 0)
    with pytest.raises(PeerviewError, match="may not take the sign-off step 'Signed'"):
        reviews.set_status(r2, p.review_id, "signed")
    # A modified Peerview writes them anyway.
    group = _partnership_of(r2, p.review_id)
    with compromised():
        retention.set_retention(r2, p.review_id, 0)
        with r2.write() as tx:
            tx.upsert(
                "review",
                p.review_id,
                {"status": "signed", "signed_at": "2026-03-01T00:00:00+00:00"},
            )
            # A member school only the partnership lead may add (decision 0041).
            reviews.create_school(tx, "Ysgol Ffug", group)
            forged = reviews.create_review(
                tx,
                host_school_id=_host_of(r2, p.review_id),
                framework_version_id=_version(r2, p.review_id),
                title="A review nobody asked for",
                start_date="2026-04-01",
                end_date="2026-04-02",
                partnership_id=group,
            )
            me = reviews.create_person(tx, "Nguyễn Thị Lan", None, "reviewer", r2.author_key_id)
            reviews.add_team_member(tx, p.review_id, me, "lead_reviewer")
    p.note("r2", "Nguyễn: a genuine note after all that.")
    # An honest teammate relays it to the lead.
    relayed = p.send("r2", "r1")
    report = p.send("r1", "lead")
    for got in (relayed, report):
        said = " | ".join(got.denied_reasons)
        assert "Nguyễn Thị Lan may not change how long notes are kept" in said
        assert "Nguyễn Thị Lan may not take the sign-off step 'Signed'" in said
        assert "Nguyễn Thị Lan may not change the team" in said
        assert f"refused by the rules {got.denied}" in got.summary()
    # The review nobody asked for, sent in a bundle of its own.
    path = p.root / "bundles" / "forged-review.pvbundle"
    export_bundle(r2, forged, path, to=[p["lead"].card.fingerprint])
    created = import_bundle(p["lead"].store, path)
    assert created.denied >= 2 and created.added == 0
    assert (
        "Nguyễn Thị Lan may not change the member schools of the partnership 'Bro Dyfrdwy "
        "partnership': only the partnership lead may"
    ) in created.denied_reasons
    assert (
        "Nguyễn Thị Lan may not create a review in the partnership 'Bro Dyfrdwy partnership': "
        "only the partnership lead may"
    ) in created.denied_reasons
    lead = p["lead"].store
    assert _review_row(lead, p.review_id) == ("planning", None)
    assert [r.title for r in reviews.list_reviews(lead)] == ["Spring review"]
    # Every text a team member typed is on the lead, the refused entries held nothing up.
    assert set(p.typed["lead"]) | set(p.typed["r2"]) <= p.texts("lead")
    # The honest laptop that ran retention purges nothing.
    assert retention.run(p["r1"].store, dt.datetime(2027, 1, 1, tzinfo=dt.UTC)) == []
    assert len(p.texts("r1")) == 7
    p.send("lead", "r1")
    assert p.digest("lead") == p.digest("r1")
    assert outside_snapshot(p.root) == {
        k: v for k, v in outside_snapshot(p.root).items() if k in before or "bundles" in k
    }
    assert {k: v for k, v in outside_snapshot(p.root).items() if "bundles" not in k} == {
        k: v for k, v in before.items() if "bundles" not in k
    }


def _version(store: Store, review_id: str) -> str:
    from app.models import Review

    with store.session() as s:
        found = s.get(Review, review_id)
        assert found is not None and found.framework_version_id
        return found.framework_version_id


def test_the_leads_steps_are_the_leads(partnership: Partnership) -> None:
    p = partnership
    lead, host = p["lead"].store, p["host"].store
    for status in ("visit", "draft"):
        signoff.advance(lead, p.review_id, status)
    p.send("lead", "host")
    # The host may not take a lead's step. (The host's own step is recorded by the lead
    # on the host's signed response: the separation of duties, decision 0039.)
    with pytest.raises(PeerviewError, match="Grace Okafor may not take the sign-off step"):
        reviews.set_status(host, p.review_id, "signed")
    p.note("host", "Grace: the pupils' reading records were up to date.")
    report = p.send("host", "lead")
    assert report.denied == 0
    assert signoff.current_status(lead, p.review_id) == "draft"


def test_a_finding_edit_after_signing_from_a_reviewer_sends_the_review_back(
    partnership: Partnership,
) -> None:
    from app.services import findings

    p = partnership
    lead = p["lead"].store
    made = findings.create_finding(
        lead, p.review_id, kind="strength", title="Reading", text="Pupils read with fluency."
    )
    # The lead's laptop records the signed review (the steps' own duties, decision 0039,
    # are tested with the sign-off; here only who may touch findings afterwards).
    with lead.write() as tx:
        tx.upsert("review", p.review_id, {"status": "signed"})
    p.send("lead", "host")
    p.send("lead", "r1")
    # The host may not change findings; a reviewer may, and that reopens the review.
    with pytest.raises(PeerviewError, match="Grace Okafor may not change findings"):
        findings.update_finding(p["host"].store, made.finding_id, text="Host's own wording.")
    findings.update_finding(p["r1"].store, made.finding_id, text="Most pupils read fluently.")
    report = p.send("r1", "lead")
    assert report.denied == 0
    assert signoff.current_status(lead, p.review_id) == "draft"


def test_a_note_by_someone_off_the_team_is_refused_and_named(partnership: Partnership) -> None:
    p = partnership
    r3 = p["r3"].store
    p.send("lead", "r3")
    from app.services import team_keys

    team_keys.remove(p["lead"].store, p.review_id, p["r3"].card.fingerprint)
    p.send("lead", "r3")
    with pytest.raises(PeerviewError, match="Aled ap Dafydd may not write a evidence note"):
        evidence.add_note(r3, p.review_id, "Written after leaving the team.")
    with compromised():
        evidence.add_note(r3, p.review_id, "Written after leaving the team.")
    report = p.send("r3", "lead")
    assert report.denied == 1
    assert "Aled ap Dafydd may not write a evidence note" in report.denied_reasons[0]
    assert "Written after leaving the team." not in p.texts("lead")
