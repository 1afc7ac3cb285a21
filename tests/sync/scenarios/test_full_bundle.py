"""A reviewer with 5,000 notes sends the lead a full bundle through a relay: every note
arrives vouched for by its author's laptop, the relay can carry but not author them, and
the import stays within its memory bound."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from app.services import changelog
from app.sync.importer import import_bundle
from tests.identity_helpers import cheap_kdf  # noqa: F401
from tests.sync.scenarios.laptops import make_team, note_texts, on_lead

NOTES = 5_000


def test_a_5000_note_full_bundle_arrives_through_a_relay(tmp_path: Path, cheap_kdf) -> None:  # noqa: F811
    team = make_team(tmp_path / "team", ["Siân", "Amir", "Bea"])
    lead, amir, bea = team.laptops
    try:
        texts = [f"Amir: observation {i} in the hall." for i in range(NOTES)]
        with amir.store.write() as tx:
            ids = tx.create_many(
                "evidence_note",
                [
                    {
                        "review_id": team.review_id,
                        "activity_kind": "lesson_visit",
                        "observed_at": "2026-03-02T10:00:00",
                        "text": text,
                        "author_key_id": amir.card.key_id,
                    }
                    for text in texts
                ],
            )
        amir.notes.update(zip(ids, texts, strict=True))
        team.deliver(amir, bea, full=True)
        # Bea relays Amir's notes to the lead: her laptop carries them, Amir's vouches.
        path = team.send(bea, lead, full=True)
        tracemalloc.start()
        try:
            report = import_bundle(lead.store, path)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert report.added >= NOTES and not report.refused
        assert peak < 300 * 1024 * 1024
        assert set(texts) <= note_texts(lead.store)
        team.everyone_to_everyone(rounds=1)
        assert {t for laptop in team.laptops for t in laptop.typed} <= on_lead(team)
        with lead.store.read() as conn:
            assert changelog.verify_chain(conn, lead.store.heads()).ok
    finally:
        team.close()
