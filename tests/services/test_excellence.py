"""Areas of Excellence as the programmes run them: the host nominates before the visit,
the team validates with evidence, the host consents to sharing; the report prints only
validated ones (app/services/excellence.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reports import content
from app.services import demo, excellence, findings
from app.services.duties import DutyRefused
from app.services.errors import PeerviewError
from app.services.store import Store
from tests.services.conftest import log_entries
from tests.signoff_helpers import QA_KEY, as_author, make_me_lead


@pytest.fixture
def review(store: Store) -> str:
    made = demo.create_demo(store)
    make_me_lead(store, made)
    return made


def _aoe(store: Store, review: str) -> findings.FindingView:
    return next(f for f in findings.list_findings(store, review) if f.kind == "area_of_excellence")


def _printed_aoe(store: Store, review: str) -> list[str]:
    data = content.gather(store, review)
    return [f.title for area in data.areas for f in area.findings if f.kind == "area_of_excellence"]


def test_nominated_validated_and_shared_only_with_consent(store: Store, review: str) -> None:
    aoe = _aoe(store, review)
    assert _printed_aoe(store, review) == [aoe.title]  # no nominations: printed as before
    before = len(log_entries(store))
    with pytest.raises(DutyRefused, match="comes from the host school: 'Siân Pritchard'"):
        excellence.nominate(store, review, "Phonics", "", "Siân Pritchard", "2026-11-01")
    with pytest.raises(PeerviewError, match="before the visit"):
        excellence.nominate(store, review, "Phonics", "", "Helen Marsh", "2026-12-01")
    assert len(log_entries(store)) == before
    nomination, _ = excellence.nominate(
        store, review, "Phonics from Reception", "Daily huddles.", "helen marsh", "2026-11-01"
    )
    # Nominated but not validated: the report leaves the Area of Excellence out.
    assert _printed_aoe(store, review) == []
    with pytest.raises(PeerviewError, match="validated Area of Excellence is shared"):
        excellence.consent(store, nomination, "Helen Marsh", "2026-11-20")
    strength = next(f for f in findings.list_findings(store, review) if f.kind == "strength")
    with pytest.raises(PeerviewError, match="with an Area of Excellence finding"):
        excellence.validate(store, nomination, strength.id, "2026-11-18")
    with as_author(store, QA_KEY), pytest.raises(DutyRefused, match="review team validates"):
        excellence.validate(store, nomination, aoe.id, "2026-11-18")
    bare = findings.create_finding(store, review, "area_of_excellence", "Bare", "No notes.")
    with pytest.raises(PeerviewError, match="link the evidence notes"):
        excellence.validate(store, nomination, bare.finding_id, "2026-11-18")
    findings.delete_finding(store, bare.finding_id)
    excellence.validate(store, nomination, aoe.id, "2026-11-18")
    assert _printed_aoe(store, review) == [aoe.title]
    assert excellence.shared(store, review) == []
    with pytest.raises(DutyRefused, match="Consent to share comes from the host school"):
        excellence.consent(store, nomination, "Siân Pritchard", "2026-11-20")
    excellence.consent(store, nomination, "Helen Marsh", "2026-11-20")
    (shared,) = excellence.shared(store, review)
    assert (shared.consent_by, shared.consent_on) == ("Helen Marsh", "2026-11-20")
    excellence.withdraw_consent(store, nomination)
    assert excellence.shared(store, review) == []


def test_a_withdrawn_consent_says_whose_it_was_until_given_again(store: Store, review: str) -> None:
    aoe = _aoe(store, review)
    nomination, _ = excellence.nominate(store, review, "Reading", "", "Helen Marsh", "2026-11-01")
    excellence.validate(store, nomination, aoe.id, "2026-11-18")
    (listed,) = excellence.nominations(store, review)
    assert (listed.withdrawn_consent_of, listed.withdrawn_on) == ("", "")
    excellence.consent(store, nomination, "Helen Marsh", "2026-11-20")
    excellence.withdraw_consent(store, nomination)
    (listed,) = excellence.nominations(store, review)
    assert not listed.shared
    assert listed.withdrawn_consent_of == "Helen Marsh"
    assert listed.withdrawn_on == dt.date.today().isoformat()  # recorded today, on this laptop
    excellence.consent(store, nomination, "Helen Marsh", "2026-11-25")
    (listed,) = excellence.nominations(store, review)
    assert listed.shared and (listed.withdrawn_consent_of, listed.withdrawn_on) == ("", "")


def test_a_nomination_made_by_mistake_is_taken_back_unless_validated(
    store: Store, review: str
) -> None:
    aoe = _aoe(store, review)
    kept, _ = excellence.nominate(store, review, "Reading", "", "Helen Marsh", "2026-11-01")
    typo, _ = excellence.nominate(store, review, "Raeding", "", "Helen Marsh", "2026-11-01")
    excellence.delete_nomination(store, typo)
    assert [n.title for n in excellence.nominations(store, review)] == ["Reading"]
    excellence.restore_nomination(store, typo)
    assert len(excellence.nominations(store, review)) == 2
    excellence.delete_nomination(store, typo)
    excellence.validate(store, kept, aoe.id, "2026-11-18")
    before = len(log_entries(store))
    with pytest.raises(PeerviewError, match="validated by the team's finding, so it stays"):
        excellence.delete_nomination(store, kept)
    assert len(log_entries(store)) == before
    assert [n.title for n in excellence.nominations(store, review)] == ["Reading"]
