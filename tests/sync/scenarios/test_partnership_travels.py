"""A twelve-school partnership, its round and its directory, kept on the lead's laptop
and sent in real bundles to two member schools' school_laptops; a member laptop that forges a
change to the record is refused by the lead's laptop."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.services import expertise, partnership, reviewers, rounds
from app.services.errors import PeerviewError
from app.services.store import Store
from app.sync.digest import review_digest
from app.sync.exporter import export_bundle
from app.sync.importer import ImportReport, import_bundle
from tests.identity_helpers import cheap_kdf, exchange_cards, make_identity  # noqa: F401
from tests.sync.helpers import partnership_review
from tests.sync.scenarios.conftest import SchoolLaptop, compromised

SCHOOLS = (
    ("Ysgol y Bont", "primary"),
    ("Ysgol Łódź", "primary"),
    ("Ysgol Glan Dŵr", "secondary"),
    ("St Mary's Catholic Primary", "primary"),
    ("Ysgol Bryn Coch", "infant"),
    ("Ysgol Maes Hyfryd", "junior"),
    ("Ysgol Gymraeg Aberystwyth", "primary"),
    ("Ysgol Penrhyn", "special"),
    ("Ysgol Dyffryn", "secondary"),
    ("Ysgol Tan y Castell", "primary"),
    ("Ysgol Cae Top", "primary"),
    ("Ysgol Llanfair", "all-through"),
)


def _build(lead: Store) -> str:
    group, _ = partnership.create(lead, "Partneriaeth Dyfrdwy")
    partnership.set_protocol(
        lead,
        None,
        purpose="Schools improve together through developmental peer review.",
        confidentiality="A review's report belongs to its host school; shared only by it.",
        data_sharing="No pupil data leaves a school.",
    )
    partnership.add_priority(lead, None, "2026-27", "Reading for pleasure")
    partnership.add_priority(lead, None, "2026-27", "Attendance")
    for n, (name, phase) in enumerate(SCHOOLS):
        partnership.add_school(lead, None, name, phase, pupils=150 + 20 * n)
        partnership.record_agreement(lead, None, name, "2026-01-12")
        reviewers.add_reviewer(
            lead,
            None,
            f"Lead of {name}",
            name,
            accreditation="lead_reviewer",
            trained_on="2025-09-20",
            course="Lead reviewer training",
            trainer="Dr Eleri Hughes",
            refresher_due="2027-09-20",
        )
    partnership.block_dates(lead, None, "lodz", "2026-03-02", "2026-03-06", "Inset and trips")
    partnership.block_dates(lead, None, "Glan Dŵr", "2026-03-09", "2026-03-13", "Exams")
    expertise.add_expertise(
        lead,
        None,
        "Ysgol Łódź",
        "Reading",
        "Phonics for pupils with SEND",
        text="Small-group phonics with visual supports.",
        contact="Łukasz Nowak",
        consent_by="Anna Kowalska, headteacher",
        consent_on="2026-02-01",
    )
    expertise.add_expertise(
        lead,
        None,
        "Ysgol Penrhyn",
        "Behaviour and attitudes",
        "Zones of regulation across the school",
        consent_by="Rhys Jones, headteacher",
        consent_on="2026-02-03",
    )
    return group


def _send(lead: Store, review_id: str, to: SchoolLaptop, path: Path) -> ImportReport:
    export_bundle(lead, review_id, path, to=[to.card.fingerprint])
    return import_bundle(to.store, path)


def test_a_twelve_school_round_reaches_two_schools_and_forged_changes_are_refused(
    school_laptops: dict[str, SchoolLaptop], tmp_path: Path
) -> None:
    lead = school_laptops["lead"].store
    group = _build(lead)
    result = rounds.propose_round(lead, None, "Spring 2026", "2026-03-02", "2026-03-27")
    assert result.proposal.unmet == []
    schedule = rounds.schedule(lead)
    assert len(schedule) == 12 and not any(v.warning for v in schedule)
    by_host = {v.host: v for v in schedule}
    assert not {by_host["Ysgol Łódź"].day, by_host["Ysgol Glan Dŵr"].day} & {
        "2026-03-02",
        "2026-03-06",
        "2026-03-09",
        "2026-03-13",
    }
    assert by_host["Ysgol Łódź"].day > "2026-03-06"
    # The partnership record travels with a review of the partnership.
    with lead.read() as conn:
        bont_id, _ = partnership.resolve_school(conn, group, "Ysgol y Bont")
    review = partnership_review(lead, group, bont_id)
    for who in ("bont", "lodz"):
        report = _send(lead, review, school_laptops[who], tmp_path / f"to-{who}.pvbundle")
        assert report.denied == 0, report.denied_reasons
        member = school_laptops[who].store
        assert review_digest(member, review) == review_digest(lead, review)
        assert rounds.schedule(member) == schedule
        shown = partnership.record(member)
        assert not shown.lead_here
        assert [s.name for s in shown.schools] == sorted(n for n, _ in SCHOOLS)
        assert shown.priorities == {"2026-27": ["Reading for pleasure", "Attendance"]}
        assert shown.purpose.startswith("Schools improve together")
        assert {s.protocol_agreed_on for s in shown.schools} == {"2026-01-12"}
        found = expertise.search(member, "phonics for pupils with SEND")
        assert [(e.school, e.strand) for e in found] == [("Ysgol Łódź", "Reading")]
        by_strand = expertise.search(member, "", strand="behaviour")
        assert [e.title for e in by_strand] == ["Zones of regulation across the school"]
        assert [e.school for e in expertise.search(member, "lodz")] == ["Ysgol Łódź"]
        assert [r.name for r in reviewers.pool(member)][:1] == [
            "Lead of St Mary's Catholic Primary"
        ]
    # On a member's laptop the services refuse before writing anything.
    bont = school_laptops["bont"].store
    before = rounds.schedule(bont)
    with pytest.raises(PeerviewError, match="Only the partnership lead changes the partnership"):
        partnership.add_school(bont, None, "Ysgol Ffug", "primary")
    with pytest.raises(PeerviewError, match="Only the partnership lead"):
        rounds.set_status(bont, before[0].id, "confirmed")
    assert rounds.schedule(bont) == before
    # A modified Peerview writes anyway: the lead's laptop refuses every forged entry.
    with compromised(), bont.write() as tx:
        tx.upsert("scheduled_review", before[0].id, {"status": "impact_review_due"})
        tx.create("school", {"partnership_id": group, "name": "Ysgol Ffug", "phase": "primary"})
        # Taking a member school out of the partnership is a change to the record too.
        tx.upsert("school", bont_id, {"partnership_id": None})
        tx.create(
            "expertise",
            {
                "partnership_id": group,
                "school_id": bont_id,
                "strand": "Reading",
                "title": "Forged expertise",
                "consent_by": "nobody",
                "consent_on": "2026-01-01",
            },
        )
    path = tmp_path / "forged.pvbundle"
    export_bundle(bont, review, path, to=[school_laptops["lead"].card.fingerprint])
    got = import_bundle(lead, path)
    reasons = " | ".join(got.denied_reasons)
    assert got.denied >= 4
    for what in ("review schedule", "member schools", "expertise directory"):
        assert (
            f"Grace Okafor may not change the {what} of the partnership 'Partneriaeth "
            "Dyfrdwy': only the partnership lead may"
        ) in reasons
    assert rounds.schedule(lead) == schedule
    assert [s.name for s in partnership.record(lead).schools] == sorted(n for n, _ in SCHOOLS)
    assert not expertise.search(lead, "forged")
    # The same forged bundle relayed to another member is refused there too.
    relayed = tmp_path / "relayed.pvbundle"
    export_bundle(bont, review, relayed, to=[school_laptops["lodz"].card.fingerprint])
    there = import_bundle(school_laptops["lodz"].store, relayed)
    assert there.denied >= 4
    assert rounds.schedule(school_laptops["lodz"].store) == schedule


def test_the_lead_only_proposes_a_round_that_names_what_it_could_not_meet(
    school_laptops: dict[str, SchoolLaptop],
) -> None:
    lead = school_laptops["lead"].store
    partnership.create(lead, "Two schools")
    partnership.add_school(lead, None, "Ysgol A", "primary")
    partnership.add_school(lead, None, "Ysgol B", "primary")
    result = rounds.propose_round(lead, None, "Autumn", "2026-10-05", "2026-10-16")
    rules = sorted({u.rule for u in result.proposal.unmet})
    assert rules == ["lead", "reciprocal"]
    visits = rounds.schedule(lead)
    assert {v.warning for v in visits} == {"no trained lead"}
    assert dt.date.fromisoformat(visits[0].day).weekday() < 5
