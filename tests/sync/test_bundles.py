"""Bundles end to end between two installations: what travels, to whom, and what
comes back."""

from __future__ import annotations

import pytest

from app.services import changelog, evidence
from app.services.errors import PeerviewError
from app.sync.digest import review_digest
from app.sync.exporter import export_bundle
from app.sync.importer import (
    BundleQuarantined,
    import_bundle,
    release_quarantined,
    verify_bundle_file,
)
from app.sync.quarantine import list_quarantined
from tests.identity_helpers import dump_database
from tests.sync.bundle_tools import trust_one_way
from tests.sync.conftest import Team
from tests.sync.helpers import create_review


def _concern(store, review_id: str, text: str) -> str:
    with store.write() as tx:
        return tx.create(
            "safeguarding_concern", {"review_id": review_id, "text": text, "observed_at": "x"}
        )


def test_a_bundle_carries_a_review_and_only_what_is_new(team: Team, tmp_path) -> None:
    lead, reviewer = team.lead, team.reviewer
    evidence.add_note(
        lead.store, team.review_id, "Pupils read decodable books.", strand_codes=["C2"]
    )
    first = export_bundle(
        lead.store, team.review_id, tmp_path / "1.pvbundle", to=[reviewer.card.fingerprint]
    )
    report = import_bundle(reviewer.store, first.path)
    assert report.added >= 4 and report.held == 0
    assert review_digest(lead.store, team.review_id) == review_digest(
        reviewer.store, team.review_id
    )
    # The reviewer adds a note and sends back; their receipt tells the lead what they hold.
    evidence.add_note(reviewer.store, team.review_id, "Książki dopasowane do dźwięków.")
    back = export_bundle(
        reviewer.store, team.review_id, tmp_path / "2.pvbundle", to=[lead.card.fingerprint]
    )
    assert import_bundle(lead.store, back.path).added == 1
    again = export_bundle(
        lead.store, team.review_id, tmp_path / "3.pvbundle", to=[reviewer.card.fingerprint]
    )
    assert again.entries <= 2  # the lead's own receipt, nothing the reviewer has
    assert import_bundle(reviewer.store, again.path).added == 0
    full = export_bundle(
        lead.store,
        team.review_id,
        tmp_path / "4.pvbundle",
        to=[reviewer.card.fingerprint],
        full=True,
    )
    assert full.entries > first.entries
    before = dump_database(reviewer.folder)
    report = import_bundle(reviewer.store, full.path)
    assert (report.added, report.updated, report.skipped) == (0, 0, full.entries)
    assert dump_database(reviewer.folder)[: len(before)] and review_digest(
        lead.store, team.review_id
    ) == review_digest(reviewer.store, team.review_id)


def test_reimporting_a_bundle_changes_no_content(team: Team, tmp_path) -> None:
    evidence.add_note(team.lead.store, team.review_id, "A note.")
    out = export_bundle(
        team.lead.store,
        team.review_id,
        tmp_path / "b.pvbundle",
        to=[team.reviewer.card.fingerprint],
    )
    import_bundle(team.reviewer.store, out.path)
    digest = review_digest(team.reviewer.store, team.review_id)
    report = import_bundle(team.reviewer.store, out.path)
    assert report.added == report.updated == report.deleted == 0
    assert report.skipped == out.entries
    assert review_digest(team.reviewer.store, team.review_id) == digest


def test_safeguarding_concerns_go_only_to_the_safeguarding_lead(team: Team, tmp_path) -> None:
    reviewer, lead = team.reviewer, team.lead  # the lead is the designated safeguarding lead
    import_bundle(
        reviewer.store,
        export_bundle(
            lead.store, team.review_id, tmp_path / "0.pvbundle", to=[reviewer.card.fingerprint]
        ).path,
    )
    concern = _concern(reviewer.store, team.review_id, "A pupil said something worrying.")
    evidence.add_note(reviewer.store, team.review_id, "A later note, after the concern.")
    to_dsl = export_bundle(
        reviewer.store, team.review_id, tmp_path / "1.pvbundle", to=[lead.card.fingerprint]
    )
    assert to_dsl.safeguarding_included and to_dsl.stubs == 0
    # Someone else gets the same chain with the concern withheld as a stub.
    trust_one_way(reviewer.store, team.outsider.store)
    to_other = export_bundle(
        reviewer.store, team.review_id, tmp_path / "2.pvbundle", to=[team.outsider.card.fingerprint]
    )
    assert not to_other.safeguarding_included and to_other.stubs == 1
    trust_one_way(team.outsider.store, reviewer.store)
    import_bundle(team.outsider.store, to_other.path)
    with team.outsider.store.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM safeguarding_concern").scalar() == 0
        assert "worrying" not in "\n".join(dump_database(team.outsider.folder))
    # The later note arrived: the stub kept the chain whole, nothing is held.
    assert any(
        n.text.startswith("A later note")
        for n in evidence.list_notes(team.outsider.store, team.review_id)
    )
    assert review_digest(team.outsider.store, team.review_id) == review_digest(
        reviewer.store, team.review_id
    )
    with team.outsider.store.read() as conn:
        assert changelog.verify_chain(conn).ok  # the stub is a verified link
    report = import_bundle(lead.store, to_dsl.path)
    assert report.held == 0
    with lead.store.read() as conn:
        assert (
            conn.exec_driver_sql(
                "SELECT text FROM safeguarding_concern WHERE id = ?", (concern,)
            ).scalar()
            == "A pupil said something worrying."
        )


def test_an_unknown_signer_is_quarantined_until_trusted(team: Team, tmp_path) -> None:
    outsider, reviewer = team.outsider, team.reviewer
    review = create_review(outsider.store, "Outsider review")
    evidence.add_note(outsider.store, review, "From someone nobody trusts yet.")
    bundle = export_bundle(
        outsider.store, review, tmp_path / "q.pvbundle", to=[reviewer.card.fingerprint]
    )
    before = dump_database(reviewer.folder)
    with pytest.raises(BundleQuarantined) as caught:
        import_bundle(reviewer.store, bundle.path)
    assert outsider.card.fingerprint in str(caught.value)
    assert "quarantined" in str(caught.value)
    assert dump_database(reviewer.folder) == before
    (kept,) = list_quarantined(reviewer.store)
    assert kept.fingerprint == outsider.card.fingerprint
    with pytest.raises(BundleQuarantined):
        release_quarantined(reviewer.store, kept.bundle_id[:8])
    trust_one_way(reviewer.store, outsider.store)
    report = release_quarantined(reviewer.store, kept.bundle_id[:8])
    assert report.added >= 3
    assert list_quarantined(reviewer.store) == []


def test_verify_reports_signer_and_trust_without_writing(team: Team, tmp_path) -> None:
    out = export_bundle(
        team.lead.store,
        team.review_id,
        tmp_path / "v.pvbundle",
        to=[team.reviewer.card.fingerprint],
    )
    before = dump_database(team.reviewer.folder)
    result = verify_bundle_file(team.reviewer.store, out.path)
    assert result.ok and result.trusted and result.encrypted
    assert result.sender_name == "Siân Pritchard"
    assert result.fingerprint == team.lead.card.fingerprint
    assert dump_database(team.reviewer.folder) == before


def test_export_names_unknown_recipients(team: Team, tmp_path) -> None:
    with pytest.raises(PeerviewError, match="No trusted person has the fingerprint"):
        export_bundle(team.lead.store, team.review_id, tmp_path / "x.pvbundle", to=["12345 67890"])
    assert not (tmp_path / "x.pvbundle").exists()


class _Cancel(Exception):
    pass


def test_cancelling_export_or_import_writes_nothing(team: Team, tmp_path) -> None:
    def cancel_at(step: int):
        def progress(done: int, _total: int, _what: str) -> None:
            if done == step:
                raise _Cancel

        return progress

    target = tmp_path / "c.pvbundle"
    with pytest.raises(_Cancel):
        export_bundle(
            team.lead.store,
            team.review_id,
            target,
            to=[team.reviewer.card.fingerprint],
            progress=cancel_at(3),
        )
    assert not target.exists()
    export_bundle(team.lead.store, team.review_id, target, to=[team.reviewer.card.fingerprint])
    before = dump_database(team.reviewer.folder)
    with pytest.raises(_Cancel):
        import_bundle(team.reviewer.store, target, progress=cancel_at(1))
    assert dump_database(team.reviewer.folder) == before
    assert import_bundle(team.reviewer.store, target).added > 0


def test_bundle_lines_are_the_canonical_json_of_each_entry(tmp_path) -> None:
    """Export writes entries from the stored JSON without re-encoding it; that must give
    exactly the canonical form a reader hashes."""
    from sqlalchemy import select

    from app.models import ChangeLogEntry, table
    from app.services import demo
    from app.services.changelog import Entry, canonical_json
    from app.services.store import Store
    from app.sync.outgoing import entry_line

    with Store.open(tmp_path / "demo") as store:
        demo.create_demo(store)
        with store.read() as conn:
            rows = conn.execute(select(table(ChangeLogEntry))).all()
    assert len(rows) > 200
    for row in rows:
        entry = Entry.from_row(row)
        assert entry_line(row) == canonical_json({"kind": "entry", **entry.__dict__})


def test_an_import_that_would_leave_a_dangling_record_writes_nothing_and_says_so(
    team: Team, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A merge that broke a foreign key (a fault once found in a revocation) rolls back
    with words, not a traceback. The fault is planted after the real merge."""
    from app.sync import importer

    evidence.add_note(team.lead.store, team.review_id, "A note.")
    out = export_bundle(
        team.lead.store,
        team.review_id,
        tmp_path / "b.pvbundle",
        to=[team.reviewer.card.fingerprint],
    )
    real = importer.integrate

    def faulty(tx, *args, **kwargs):
        merged = real(tx, *args, **kwargs)
        tx.conn.exec_driver_sql(
            "INSERT INTO note_strand (id, note_id, strand_id, deleted) "
            "VALUES ('dangling', 'no-such-note', 'no-such-strand', 0)"
        )
        return merged

    monkeypatch.setattr(importer, "integrate", faulty)
    before = dump_database(team.reviewer.folder)
    with pytest.raises(PeerviewError, match="could not be applied: its entries would leave"):
        import_bundle(team.reviewer.store, out.path)
    assert dump_database(team.reviewer.folder) == before
