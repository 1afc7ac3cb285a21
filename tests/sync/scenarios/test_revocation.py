"""Revocation with a cut-off, and receipts that only describe their own laptop, with
real bundles between five laptops (decision 0030)."""

from __future__ import annotations

import json

from app.ids import join_id
from app.services import evidence, revocations
from app.services.changelog import canonical_json, hlc_pack
from app.sync.exporter import export_bundle
from app.sync.importer import import_bundle
from tests.sync.scenarios.conftest import Partnership, compromised, outside_snapshot


def test_entries_relayed_after_a_revocation_are_refused_on_every_laptop(
    partnership: Partnership,
) -> None:
    p = partnership
    lead_note = p.note("lead", "Siân: the reading corner was used well at break.")
    p.note("r3", "Aled: before the laptop was lost, pupils used phonics mats.")
    p.send("r3", "lead")
    p.send("lead", "r3")
    p.send("lead", "r1")
    before = outside_snapshot(p.root)
    revocations.revoke(p["lead"].store, p.review_id, p["r3"].card.fingerprint, "laptop lost")
    # The lost laptop goes on writing: a note, an overwrite of the lead's note, a delete.
    r3 = p["r3"].store
    evidence.add_note(r3, p.review_id, "Written on the lost laptop.")
    evidence.update_note(r3, lead_note, text="Overwritten on the lost laptop.")
    own = [n.id for n in evidence.list_notes(r3, p.review_id) if n.text.startswith("Aled")]
    evidence.delete_note(r3, own[0])
    # A teammate who has not seen the revocation relays it all to the lead.
    p.send("r3", "r1")
    assert "Written on the lost laptop." in p.texts("r1")
    p.note("r1", "Łukasz: guided reading groups were well organised.")
    report = p.send("r1", "lead")
    assert report.denied == 3
    assert all(
        r.startswith("Aled ap Dafydd was revoked from the review 'Spring review'")
        for r in report.denied_reasons
    )
    texts = p.texts("lead")
    assert "Siân: the reading corner was used well at break." in texts
    assert "Aled: before the laptop was lost, pupils used phonics mats." in texts
    assert "Łukasz: guided reading groups were well organised." in texts
    assert not any("lost laptop" in t for t in texts)
    # The revocation reaches the teammate: what it had accepted is taken back.
    back = p.send("lead", "r1")
    assert back.denied == 3
    assert p.texts("r1") == texts
    assert p.digest("r1") == p.digest("lead")
    # The lead's default export (the whole team but the revoked) still works.
    path = p.root / "bundles" / "default.pvbundle"
    made = export_bundle(p["lead"].store, p.review_id, path)
    assert "Aled ap Dafydd" not in made.recipients and "Łukasz Nowak" in made.recipients
    assert {k: v for k, v in outside_snapshot(p.root).items() if "bundles" not in k} == {
        k: v for k, v in before.items() if "bundles" not in k
    }


def test_a_forged_receipt_is_refused_and_the_lead_still_sends_everything(
    partnership: Partnership,
) -> None:
    p = partnership
    r1_device = p["r1"].store.device_id
    lead_device = p["lead"].store.device_id
    r2 = p["r2"].store
    # r2 claims, in r1's name, that r1 has seen the lead's chain far beyond its end.
    with compromised(), r2.write() as tx:
        tx.upsert(
            "sync_receipt",
            join_id("sync_receipt", r1_device),
            {
                "device_id": r1_device,
                "key_id": p["r1"].store.author_key_id,
                "seen": canonical_json({lead_device: 1_000_000}),
            },
        )
    report = p.send("r2", "lead")
    assert report.denied == 1
    assert report.denied_reasons == [
        "Nguyễn Thị Lan sent a receipt for another laptop; a receipt only ever describes "
        "the laptop that wrote it"
    ]
    p.note("lead", "Siân: the lead's next note reaches the reviewer.")
    got = p.send("lead", "r1")
    assert got.added >= 1
    assert "Siân: the lead's next note reaches the reviewer." in p.texts("r1")


def test_a_forged_withheld_run_does_not_silence_a_reviewer(partnership: Partnership) -> None:
    from app.sync.withheld import Stub

    p = partnership
    r1 = p["r1"].store
    p.note("r1", "Łukasz: first note.")
    # A bundle holding a withheld run for r1's chain far beyond its end.
    lead = p["lead"].store
    with lead.write() as tx:
        from app.sync.merge import integrate

        integrate(
            tx,
            [],
            [Stub(r1.device_id, 1_000_000, "f" * 64, "0" * 64, hlc_pack(lead.wall_clock(), 0), 1)],
        )
    # Passed on to a third laptop, the run is refused there: r1's laptop never signed it.
    third = p.send("lead", "r2")
    assert f"{r1.device_id}:1000000" in dict(third.refused)
    # r1 learns the lead's receipt (which claims all of r1's chain) through r2: it counts
    # for nothing when r1 chooses what to send.
    p.send("r2", "r1")
    p.note("r1", "Łukasz: second note, after the forged run.")
    report = p.send("r1", "lead")
    assert report.added >= 2
    assert {"Łukasz: first note.", "Łukasz: second note, after the forged run."} <= p.texts("lead")


def test_folder_revocation_keeps_shared_folder_sync_writing(partnership: Partnership) -> None:
    from app.sync.folder import sync_folder

    p = partnership
    shared = p.root / "shared"
    shared.mkdir()
    revocations.revoke(p["lead"].store, p.review_id, p["r3"].card.fingerprint)
    p.note("lead", "Siân: after the revocation.")
    result = sync_folder(p["lead"].store, shared)
    assert len(result.written) == 1
    got = sync_folder(p["r1"].store, shared)
    assert got.imported and "Siân: after the revocation." in p.texts("r1")
    # Someone with a revoked key cannot read it, and nothing they wrote gets in.
    assert not list(shared.glob("*.tmp"))
    _ = import_bundle, compromised


def _denied(store) -> dict[tuple[str, int], str]:
    from sqlalchemy import select

    from app.models import SyncDenied, table

    denied = table(SyncDenied)
    with store.read() as conn:
        return {
            (r.device_id, r.seq): json.loads(r.body)["entity"]
            for r in conn.execute(select(denied.c.device_id, denied.c.seq, denied.c.body))
        }


def test_tags_written_after_the_cut_off_are_named_on_every_laptop(
    partnership: Partnership,
) -> None:
    """A refused tag belongs to the review only through its note, and a note whose
    creation was refused is in no table: both still travel in full from a laptop that
    took them back, so the lead names them too instead of receiving a silent gap."""
    p = partnership
    lead_note = p.note("lead", "Siân: the reading corner was used well at break.")
    p.send("lead", "r3")
    revocations.revoke(p["lead"].store, p.review_id, p["r3"].card.fingerprint, "laptop lost")
    r3 = p["r3"].store
    evidence.set_strands(r3, lead_note, ["C1"])
    own = evidence.add_note(r3, p.review_id, "Written on the lost laptop.").note_id
    evidence.set_strands(r3, own, ["L1"])
    # The revocation reaches the lost laptop first: it takes its own entries back.
    p.send("lead", "r3")
    taken_back = {ref for ref in _denied(r3) if ref[0] == r3.device_id}
    assert {"note_strand", "evidence_note"} <= {_denied(r3)[ref] for ref in taken_back}
    report = p.send("r3", "lead")
    assert report.denied == len(taken_back)
    assert {ref for ref in _denied(p["lead"].store) if ref[0] == r3.device_id} == taken_back
    assert all(
        "was revoked" in reason or "builds on a record whose creation was refused" in reason
        for reason in report.denied_reasons
    ), report.denied_reasons
    assert "Written on the lost laptop." not in p.texts("lead")
    assert p.digest("lead") == p.digest("r3")


def test_a_refused_safeguarding_concern_travels_only_to_those_who_may_read_it(
    partnership: Partnership,
) -> None:
    """A refused entry travels in full so that every laptop names it, but a refused
    concern is still a safeguarding concern: a bundle for anyone but the designated
    safeguarding lead carries it as a withheld run, never its text."""
    from app.services import safeguarding
    from app.sync.outgoing import collect

    p = partnership
    revocations.revoke(p["lead"].store, p.review_id, p["r3"].card.fingerprint, "laptop lost")
    r3 = p["r3"].store
    secret = "A pupil said something worrying at break."
    safeguarding.record_concern(r3, p.review_id, secret, passed_to="Mr Evans")
    p.send("lead", "r3")
    assert "safeguarding_concern" in _denied(r3).values()
    with r3.read() as conn:
        anyone = collect(conn, p.review_id, {}, restricted=False, lines=True)
        dsl = collect(conn, p.review_id, {}, restricted=True, lines=True)
    assert not any(secret in line for line in anyone.lines)
    assert any(secret in line for line in dsl.lines)


def test_a_purge_erases_the_text_of_entries_the_rules_refused(partnership: Partnership) -> None:
    """A refused entry waits in full to be read; a purge of the review's notes must not
    leave its text behind on disk."""
    import datetime as dt

    from app.services import erasure

    p = partnership
    p.note("r3", "Aled: before the laptop was lost.")
    p.send("r3", "lead")
    revocations.revoke(p["lead"].store, p.review_id, p["r3"].card.fingerprint, "laptop lost")
    evidence.add_note(p["r3"].store, p.review_id, "Quetzalcoatl, written on the lost laptop.")
    assert p.send("r3", "lead").denied == 1
    lead = p["lead"].store

    def denied_bodies() -> str:
        with lead.read() as conn:
            return "".join(b for (b,) in conn.exec_driver_sql("SELECT body FROM sync_denied"))

    assert "Quetzalcoatl" in denied_bodies()
    erasure.erase_review_evidence(lead, p.review_id, dt.datetime.now(dt.UTC))
    assert denied_bodies() and "Quetzalcoatl" not in denied_bodies()
