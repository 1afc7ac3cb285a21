"""A trusted teammate's compromised laptop forges entries for other people: it extends
another reviewer's chain, writes as the lead in its own chain, and alters a relayed
entry. Each forged entry is refused and named; nothing else waits on it; the genuine
author's later bundles still arrive; every laptop converges with every typed text."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select, text

from app.models import SyncRefused, table
from app.services import chainkeys, changelog
from app.services.changelog import Entry
from app.sync import bundle_format as fmt
from app.sync.importer import import_bundle
from tests.identity_helpers import cheap_kdf  # noqa: F401
from tests.sync.bundle_tools import remake
from tests.sync.scenarios.laptops import (
    Team,
    make_team,
    note_texts,
    on_lead,
    reforge,
    tree_digest,
)


def _lines(members: dict[str, bytes]) -> list[dict]:
    return [json.loads(x) for x in members[fmt.ENTRIES].splitlines() if x.strip()]


def _entry(line: dict) -> Entry:
    return Entry(**{k: v for k, v in line.items() if k != "kind"})


def _forge(prev: Entry, *, fields: dict, author: str, sig_key=None) -> dict:
    """The next entry of ``prev``'s chain, correctly hashed, as a forger can make it."""
    entry = Entry(
        device_id=prev.device_id,
        seq=prev.seq + 1,
        hlc=changelog.hlc_pack(changelog.hlc_unpack(prev.hlc)[0] + 5, 0),
        entity="evidence_note",
        entity_id=prev.entity_id,
        op="upsert",
        fields=fields,
        prior=dict.fromkeys(fields),
        author_key_id=author,
        prev_hash=prev.hash,
        wall=prev.wall,
        salts=changelog.new_salts(fields),
    )
    entry = Entry(**{**entry.__dict__, "hash": entry.compute_hash()})
    if sig_key is not None:
        sig = chainkeys.sign_head(sig_key, entry.device_id, entry.seq, entry.hash)
        entry = Entry(**{**entry.__dict__, "sig": sig})
    return {"kind": "entry", **entry.__dict__}


def _device_key(store):
    with store.read() as conn:
        value = conn.execute(text("SELECT value FROM device_state WHERE key='device_key'")).scalar()
    return chainkeys.load_device_key(value)


def test_forged_entries_are_refused_named_and_block_nothing(tmp_path: Path, cheap_kdf) -> None:  # noqa: F811
    team: Team = make_team(tmp_path / "team", ["Siân", "Amir", "Mallory", "Bea"])
    lead, amir, mallory, bea = team.laptops
    try:
        amir_note = amir.add_note(team.review_id, "Amir: pupils explained their reasoning.")
        mallory.add_note(team.review_id, "Mallory: a genuine note of her own.")
        bea.add_note(team.review_id, "Bea: the library was busy at lunch.")
        team.deliver(amir, mallory)
        outside = tree_digest(tmp_path, skip=lead.folder)

        # Mallory's laptop sends the lead everything, with three forgeries in it.
        honest = team.send(mallory, lead, full=True)

        def forge(lines: list[dict]) -> None:
            by_device: dict[str, list[dict]] = {}
            for line in lines:
                by_device.setdefault(line["device_id"], []).append(line)
            amir_lines = [x for x in lines if x.get("author_key_id") == amir.card.key_id]
            amir_tip = _entry(max(by_device[amir_lines[0]["device_id"]], key=lambda x: x["seq"]))
            mallory_tip = _entry(max(by_device[mallory.store.device_id], key=lambda x: x["seq"]))
            # 1. Amir's chain extended: his note rewritten, signed with Mallory's laptop key.
            lines.append(
                _forge(
                    amir_tip,
                    fields={"text": "Amir (forged): pupils were off task."},
                    author=amir.card.key_id,
                    sig_key=_device_key(mallory.store),
                )
            )
            # 2. Mallory's own chain, signed by her laptop, claiming the lead wrote it.
            lines.append(
                _forge(
                    mallory_tip,
                    fields={"text": "Lead (forged): retention is zero days."},
                    author=lead.card.key_id,
                    sig_key=_device_key(mallory.store),
                )
            )
            # 3. Amir's note, relayed through Mallory's laptop, altered in transit.
            for line in lines:
                if line.get("fields", {}).get("text") == "Amir: pupils explained their reasoning.":
                    line["fields"]["text"] = "Amir: pupils were bored."

        forged = reforge(honest, tmp_path / "forged.pvbundle", lead, mallory, forge)
        report = import_bundle(lead.store, forged)
        reasons = dict(report.refused)
        assert len(reasons) == 3, reasons
        assert "refused 3" in report.summary()
        assert any("not vouched for" in r for r in reasons.values())
        assert any("names an author other than" in r for r in reasons.values())
        assert any("altered" in r for r in reasons.values())
        with lead.store.read() as conn:
            kept = conn.execute(select(table(SyncRefused))).all()
        assert {r.reason for r in kept} == set(reasons.values())
        texts = note_texts(lead.store)
        assert "Mallory: a genuine note of her own." in texts  # unrelated entries applied
        assert not any("forged" in t or "bored" in t for t in texts)

        # The genuine author's next bundle arrives, and everyone converges.
        amir.edit_note(amir_note, "Amir: pupils explained their reasoning to a partner.")
        team.deliver(amir, lead)
        team.everyone_to_everyone()
        typed = {t for laptop in team.laptops for t in laptop.typed}
        assert typed <= on_lead(team)
        final = [note_texts(laptop.store) for laptop in team.laptops]
        assert all(f == final[0] for f in final)
        assert not any("forged" in t or "bored" in t for t in final[0])
        with lead.store.read() as conn:
            assert changelog.verify_chain(conn, lead.store.heads()).ok
        outside_now = tree_digest(tmp_path, skip=lead.folder)
        changed = {p for p in outside if outside_now.get(p) != outside[p]}
        # Only other laptops' own folders and the bundles written since may differ.
        assert all(any(Path(p).is_relative_to(x.folder) for x in team.laptops) for p in changed), (
            changed
        )
    finally:
        team.close()


def test_a_bundle_id_that_is_a_path_deletes_nothing(tmp_path: Path, cheap_kdf) -> None:  # noqa: F811
    team: Team = make_team(tmp_path / "team", ["Siân", "Mallory"])
    lead, mallory = team.laptops
    try:
        victim = lead.folder / "precious.pvbundle"
        victim.write_text("kept")
        outside = tmp_path / "outside.pvbundle"
        outside.write_text("kept")
        mallory.add_note(team.review_id, "Mallory: a note.")
        honest = team.send(mallory, lead)
        me = lead.keys.local()
        for n, bundle_id in enumerate(("../precious", str(tmp_path / "outside"))):

            def rename(m: dict, bundle_id: str = bundle_id) -> None:
                m["bundle_id"] = bundle_id

            forged = remake(
                honest,
                tmp_path / f"renamed-{n}.pvbundle",
                me.age_identity,
                me.age_recipient,
                sign_with=mallory.keys.local().ed25519_private,
                mutate_manifest=rename,
            )
            import_bundle(lead.store, forged)
        assert victim.read_text() == "kept" and outside.read_text() == "kept"
        assert "Mallory: a note." in note_texts(lead.store)
    finally:
        team.close()


def test_a_deeply_nested_manifest_is_refused_and_changes_nothing(
    tmp_path: Path,
    cheap_kdf,  # noqa: F811
) -> None:
    import pytest

    from app.services.errors import PeerviewError
    from tests.identity_helpers import dump_database

    team: Team = make_team(tmp_path / "team", ["Siân", "Mallory"])
    lead, mallory = team.laptops
    try:
        honest = team.send(mallory, lead)
        me = lead.keys.local()
        nested = ("[" * 100_000 + "]" * 100_000).encode()

        forged = remake(honest, tmp_path / "deep.pvbundle", me.age_identity, me.age_recipient)
        # Replace the manifest itself with a nested one, signed by a trusted key.
        import io
        import zipfile

        import pyrage
        from pyrage import x25519

        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zf:
            zf.writestr(fmt.MANIFEST, nested)
            zf.writestr(fmt.SIGNATURE, mallory.keys.local().ed25519_private.sign(nested))
        forged.write_bytes(
            pyrage.encrypt(buffer.getvalue(), [x25519.Recipient.from_str(me.age_recipient)])
        )
        before = dump_database(lead.folder)
        with pytest.raises(PeerviewError, match="damaged"):
            import_bundle(lead.store, forged)
        assert dump_database(lead.folder) == before
    finally:
        team.close()
