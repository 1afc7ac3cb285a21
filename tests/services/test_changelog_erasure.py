"""Erasing values from the change log (decision 0028): the values are gone from every
entry, the chain still verifies, replay reads them as blank, and an erased entry still
travels and is vouched for."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from app.models import ChangeLogEntry, EvidenceNote, table
from app.services import changelog, evidence
from app.services.store import Store
from app.sync import rules
from tests.identity_helpers import cheap_kdf  # noqa: F401
from tests.services.conftest import ReviewMaker, log_entries


def _raw_log(store: Store) -> str:
    with store.read() as conn:
        return "\n".join(
            f"{r.fields} {r.salts} {r.erased}" for r in conn.execute(select(table(ChangeLogEntry)))
        )


def test_erased_text_is_gone_and_the_chain_still_verifies(
    store: Store, make_review: ReviewMaker
) -> None:
    review = make_review()
    note = evidence.add_note(store, review, "Secret words about a lesson.").note_id
    evidence.update_note(store, note, text="More secret words about a lesson.")
    kept = evidence.add_note(store, review, "A note that stays.").note_id
    with store.write() as tx:
        result = changelog.erase_fields(tx.conn, "evidence_note", [note], ["text"])
    assert result.entries == 2 and result.legacy == 0
    raw = _raw_log(store)
    assert "secret words" not in raw.lower()
    with store.read() as conn:
        report = changelog.verify_chain(conn, store.heads())
    assert report.ok, report.problems
    erased = [e for e in log_entries(store) if e.entity_id == note and e.erased]
    assert erased and all("text" not in e.fields and "text" in e.erased for e in erased)
    assert all(e.compute_hash() == e.hash for e in log_entries(store))
    # Replay (a rebuild) reads the erased text as blank and keeps everything else.
    with store.write() as tx:
        rules.rebuild(tx.conn)
    notes = table(EvidenceNote)
    with store.read() as conn:
        texts = dict(conn.execute(select(notes.c.id, notes.c.text)).all())
    assert texts[note] == "" and texts[kept] == "A note that stays."


def test_a_format_1_entry_is_erased_and_its_links_still_verify(
    store: Store, make_review: ReviewMaker
) -> None:
    review = make_review()
    note = evidence.add_note(store, review, "Written by an older Peerview.").note_id
    log = table(ChangeLogEntry)
    # Rewrite the note's entries as format 1 (no salts), as an upgraded database holds them.
    with store.write() as tx:
        chain = log_entries(store)
        prev = changelog.GENESIS
        for entry in chain:
            old = changelog.Entry(
                **{**entry.__dict__, "salts": None, "wall": None, "prev_hash": prev, "hash": ""}
            )
            old = changelog.Entry(**{**old.__dict__, "hash": old.compute_hash()})
            tx.conn.execute(
                log.update()
                .where(log.c.device_id == old.device_id, log.c.seq == old.seq)
                .values(**{k: v for k, v in old.to_row().items() if k not in ("device_id", "seq")})
            )
            prev = old.hash
        tx.conn.exec_driver_sql(
            "UPDATE device_state SET value = ? WHERE key IN ('head', ?)",
            (prev, f"head:{store.device_id}"),
        )
        tx.conn.exec_driver_sql(
            "UPDATE device_state SET value = ? WHERE key = ?",
            (f"{chain[-1].seq}:{prev}", f"head:{store.device_id}"),
        )
    with store.write() as tx:
        result = changelog.erase_fields(tx.conn, "evidence_note", [note], ["text"])
    assert result.legacy == result.entries == 1
    assert "older Peerview" not in _raw_log(store)
    with store.read() as conn:
        report = changelog.verify_chain(conn, store.heads())
    assert report.ok, report.problems
    row = next(e for e in log_entries(store) if e.entity_id == note)
    assert json.loads(json.dumps(row.erased))[changelog.LEGACY_ERASED]


def test_an_erased_entry_travels_and_is_vouched_for(tmp_path: Path, cheap_kdf) -> None:  # noqa: F811
    from tests.sync.scenarios.laptops import make_team, note_texts

    team = make_team(tmp_path / "team", ["Siân", "Amir"])
    lead, amir = team.laptops
    try:
        note = amir.add_note(team.review_id, "Amir: soon to be erased.")
        amir.add_note(team.review_id, "Amir: stays.")
        with amir.store.write() as tx:
            changelog.erase_fields(tx.conn, "evidence_note", [note], ["text"])
        report = team.deliver(amir, lead)
        assert not report.refused
        assert "Amir: stays." in note_texts(lead.store)
        assert "Amir: soon to be erased." not in _raw_log(lead.store)
        with lead.store.read() as conn:
            assert changelog.verify_chain(conn, lead.store.heads()).ok
    finally:
        team.close()
