"""Clocks a laptop cannot trust: a laptop three days fast, and an entry with a malformed
clock signed by its own (compromised) laptop. Neither moves anyone's clock, breaks the
lead's next change, or blocks the rest of the team."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from app.models import ChangeLogEntry, SyncHeld, table
from app.services import chainkeys, changelog, duties, signoff
from app.services.changelog import Entry
from app.sync.importer import import_bundle
from app.sync.merge import MAX_AHEAD_MS
from tests.identity_helpers import cheap_kdf  # noqa: F401
from tests.sync.scenarios.laptops import make_team, note_texts, on_lead, reforge

DAY_MS = 24 * 3600 * 1000


def _confirm(store, review_id: str) -> None:
    """Take the review through its steps to "Team confirmed", as the lead does."""
    while (status := signoff.current_status(store, review_id)) != "team_confirmed":
        step = signoff.next_status(status)
        assert step is not None
        if step == "team_confirmed":
            # The lead records each member's agreement with the findings (decision 0039).
            with store.read() as conn:
                team = duties.members(conn, review_id)
            for member in team:
                signoff.agree(store, review_id, member.person_id)
        signoff.advance(store, review_id, step)


def _my_hlcs(store) -> list[str]:
    log = table(ChangeLogEntry)
    with store.read() as conn:
        return list(
            conn.execute(
                select(log.c.hlc).where(log.c.device_id == store.device_id).order_by(log.c.seq)
            ).scalars()
        )


def test_a_laptop_three_days_fast_is_held_not_adopted(tmp_path: Path, cheap_kdf) -> None:  # noqa: F811
    team = make_team(tmp_path / "team", ["Siân", "Amir", "Fast"], skews={"Fast": 3 * DAY_MS})
    lead, amir, fast = team.laptops
    try:
        fast.add_note(team.review_id, "Fast: written on a laptop three days ahead.")
        amir.add_note(team.review_id, "Amir: an ordinary note.")
        report = team.deliver(fast, lead)
        assert report.held >= 1
        assert any("hours ahead" in reason for _, reason in report.held_reasons)
        with lead.store.read() as conn:
            reasons = list(conn.execute(select(table(SyncHeld).c.reason)).scalars())
        assert any("hours ahead" in r for r in reasons)  # kept, visibly
        team.deliver(amir, lead)
        assert "Amir: an ordinary note." in note_texts(lead.store)
        # The lead's clock did not jump ahead: its next change orders by its own time.
        _confirm(lead.store, team.review_id)
        last = changelog.hlc_unpack(_my_hlcs(lead.store)[-1])[0]
        assert last < team.clock.reader()() + MAX_AHEAD_MS
        events = signoff.history(lead.store, team.review_id)
        assert events[-1].status == "team_confirmed"
        # When the lead's clock reaches it, the held note applies.
        lead.store.wall_clock = team.clock.reader(3 * DAY_MS + 1000)
        team.deliver(amir, lead)
        assert "Fast: written on a laptop three days ahead." in note_texts(lead.store)
    finally:
        team.close()


def test_a_malformed_clock_is_refused_alone(tmp_path: Path, cheap_kdf) -> None:  # noqa: F811
    team = make_team(tmp_path / "team", ["Siân", "Mallory"])
    lead, mallory = team.laptops
    try:
        mallory.add_note(team.review_id, "Mallory: a genuine note.")
        honest = team.send(mallory, lead)
        with mallory.store.read() as conn:
            key = chainkeys.load_device_key(
                conn.execute(text("SELECT value FROM device_state WHERE key='device_key'")).scalar()
            )

        def forge(lines: list[dict]) -> None:
            mine = [x for x in lines if x["device_id"] == mallory.store.device_id]
            tip = Entry(
                **{k: v for k, v in max(mine, key=lambda x: x["seq"]).items() if k != "kind"}
            )
            fields = {"status": "signed"}
            bad = Entry(
                device_id=tip.device_id,
                seq=tip.seq + 1,
                hlc="99999999999999-00000",  # fourteen digits: sorts below every real clock
                entity="review",
                entity_id=team.review_id,
                op="upsert",
                fields=fields,
                prior=dict.fromkeys(fields),
                author_key_id=mallory.card.key_id,
                prev_hash=tip.hash,
                wall=0,
                salts=changelog.new_salts(fields),
            )
            bad = Entry(**{**bad.__dict__, "hash": bad.compute_hash()})
            signed = chainkeys.sign_head(key, bad.device_id, bad.seq, bad.hash)
            lines.append({"kind": "entry", **bad.__dict__, "sig": signed})

        forged = reforge(honest, tmp_path / "forged.pvbundle", lead, mallory, forge)
        report = import_bundle(lead.store, forged)
        assert [r for _, r in report.refused] == ["its clock is malformed"]
        assert "Mallory: a genuine note." in note_texts(lead.store)
        # The status is still readable and the lead's change takes effect.
        _confirm(lead.store, team.review_id)
        assert signoff.history(lead.store, team.review_id)[-1].status == "team_confirmed"
        assert {"Mallory: a genuine note."} <= on_lead(team)
    finally:
        team.close()
