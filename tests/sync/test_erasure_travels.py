"""A purge made on one laptop erases the notes on the laptop that receives it: the records
through the log's entries, and the copies that laptop keeps beside them (search index
segments, backups) when the bundle is imported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.models import backups
from app.services import changelog, evidence, retention, search, signoff
from app.sync.exporter import export_bundle
from app.sync.importer import import_bundle
from tests import raw_db
from tests.signoff_helpers import confirm_team, host_check, make_me_lead
from tests.sync.conftest import Team


def test_a_purge_reaches_the_other_laptop_and_its_backups(team: Team, tmp_path: Path) -> None:
    lead, reviewer, review = team.lead, team.reviewer, team.review_id
    evidence.add_note(lead.store, review, "Xanthippe Brumby modelled column addition.")
    sent = export_bundle(
        lead.store, review, tmp_path / "1.pvbundle", to=[reviewer.card.fingerprint]
    )
    import_bundle(reviewer.store, sent.path)
    assert search.search_notes(reviewer.store, review, "xanthippe")
    old = reviewer.store.db.backup()
    key = raw_db.folder_key(reviewer.folder)
    assert b"xanthippe" in raw_db.decrypted_pages(old, key)

    # Sign-off by the people the separation of duties allows: the lead on the team takes
    # the team's steps, the reviewer (who wrote no finding) quality-assures on his own
    # laptop, and the host's response is in before the host check.
    make_me_lead(lead.store, review)
    for step in ("visit", "draft"):
        signoff.advance(lead.store, review, step)
    confirm_team(lead.store, review)
    sent = export_bundle(
        lead.store, review, tmp_path / "qa.pvbundle", to=[reviewer.card.fingerprint]
    )
    import_bundle(reviewer.store, sent.path)
    signoff.advance(reviewer.store, review, "quality_assured")
    back = export_bundle(
        reviewer.store, review, tmp_path / "qa-back.pvbundle", to=[lead.card.fingerprint]
    )
    assert import_bundle(lead.store, back.path).held == 0
    host_check(lead.store, review)
    signoff.mark_signed(lead.store, review, "ef" * 32)
    retention.set_retention(lead.store, review, 0)
    retention.run(lead.store, dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
    purge = export_bundle(
        lead.store, review, tmp_path / "2.pvbundle", to=[reviewer.card.fingerprint]
    )
    import_bundle(reviewer.store, purge.path)

    assert evidence.list_notes(reviewer.store, review) == []
    assert search.search_notes(reviewer.store, review, "xanthippe") == []
    assert not old.exists() and backups.list_backups(reviewer.folder)
    for path in [reviewer.folder / "peerview.sqlite3", *backups.list_backups(reviewer.folder)]:
        assert b"xanthippe" not in raw_db.decrypted_pages(path, key), path
    for store in (lead.store, reviewer.store):
        with store.read() as conn:
            assert changelog.verify_chain(conn, store.heads()).ok
