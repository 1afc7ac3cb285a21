"""Withheld runs in real bundle files (decision 0013): another review's entries travel as
a few runs, not one stub each; a review shared later arrives in full in their place;
hostile runs are refused with the database unchanged; format 1 bundles and schema 5
databases (one stub per entry) still work."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

from app.commands.sync import cmd_verify_bundle
from app.models import cipher
from app.models.database import DB_NAME
from app.services import evidence
from app.services.changelog import GENESIS, verify_chain
from app.services.errors import PeerviewError
from app.services.store import Store
from app.sync import history
from app.sync.digest import review_digest
from app.sync.exporter import export_bundle
from app.sync.importer import import_bundle
from app.sync.merge import integrate
from app.sync.outgoing import collect
from tests import raw_db
from tests.identity_helpers import dump_database
from tests.sync.bundle_tools import list_file, open_bundle, remake
from tests.sync.conftest import Team
from tests.sync.helpers import create_review

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _interleaved(team: Team) -> str:
    """The lead writes notes for two reviews in turn; returns the second review."""
    lead = team.lead.store
    other = create_review(lead, "Another school's review")
    for block in range(3):
        evidence.add_note(lead, team.review_id, f"Team review note {block}: ŵ ŷ Łódź.")
        for n in range(20):
            evidence.add_note(lead, other, f"Other review {block}.{n}: tiếng Việt.")
    return other


def _rows(store: Store, sql: str) -> list[tuple]:
    with store.read() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql)]


def _chain_ok(store: Store) -> None:
    with store.read() as conn:
        report = verify_chain(conn, store.heads())
    assert report.ok, report.problems


def test_another_reviews_entries_travel_as_a_few_runs(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead, reviewer = team.lead, team.reviewer
    other = _interleaved(team)
    out = export_bundle(
        lead.store, team.review_id, tmp_path / "a.pvbundle", to=[reviewer.card.fingerprint]
    )
    # The other review (its school, itself, then 60 notes in three stretches of the
    # lead's chain between this review's notes): four runs, not 62 stubs.
    assert out.stubs == 4
    manifest = json.loads(open_bundle(out.path, reviewer.keys.local().age_identity)[0])
    assert manifest["format_version"] == 3 and manifest["counts"]["stubs"] == 4
    # `peerview verify` counts what was withheld in entries, and says how it travelled.
    args = argparse.Namespace(
        data_dir=str(reviewer.folder), file=str(out.path), json=False, command="verify"
    )
    capsys.readouterr()
    assert cmd_verify_bundle(args) == 0
    assert "62 withheld (as 4 runs)" in capsys.readouterr().out
    report = import_bundle(reviewer.store, out.path)
    assert report.held == 0 and report.withheld == 62
    assert len(_rows(reviewer.store, "SELECT * FROM sync_withheld")) == 4
    assert not _rows(reviewer.store, f"SELECT id FROM review WHERE id = '{other}'")
    assert "tiếng Việt" not in "\n".join(dump_database(reviewer.folder))
    _chain_ok(reviewer.store)
    assert review_digest(reviewer.store, team.review_id) == review_digest(
        lead.store, team.review_id
    )
    # Re-importing changes nothing.
    before = dump_database(reviewer.folder)
    again = import_bundle(reviewer.store, out.path)
    assert again.added == again.withheld == 0
    assert [s for s in dump_database(reviewer.folder) if "sync_import" not in s] == [
        s for s in before if "sync_import" not in s
    ]


def test_a_review_shared_later_arrives_in_full_in_place_of_its_runs(
    team: Team, tmp_path: Path
) -> None:
    lead, reviewer = team.lead, team.reviewer
    other = _interleaved(team)
    first = export_bundle(
        lead.store, team.review_id, tmp_path / "a.pvbundle", to=[reviewer.card.fingerprint]
    )
    import_bundle(reviewer.store, first.path)
    # The reviewer joins the other review: the lead sends it in full.
    shared = export_bundle(
        lead.store, other, tmp_path / "b.pvbundle", to=[reviewer.card.fingerprint], full=True
    )
    report = import_bundle(reviewer.store, shared.path)
    assert report.held == 0
    assert len(evidence.list_notes(reviewer.store, other)) == 60
    # Every withheld entry was replaced by the entry it stood for.
    assert _rows(reviewer.store, "SELECT * FROM sync_withheld") == []
    _chain_ok(reviewer.store)
    for review in (team.review_id, other):
        assert review_digest(reviewer.store, review) == review_digest(lead.store, review)


def test_an_export_over_a_gap_in_the_log_is_refused(team: Team, tmp_path: Path) -> None:
    lead = team.lead.store
    _interleaved(team)
    with lead.read() as conn:
        device, seq = conn.exec_driver_sql(
            "SELECT device_id, seq FROM change_log WHERE entity = 'evidence_note' "
            "ORDER BY seq DESC LIMIT 1 OFFSET 5"
        ).one()
    raw = raw_db.connect(lead.db.path)
    raw.execute("DELETE FROM change_log WHERE device_id = ? AND seq = ?", (device, seq))
    raw.commit()
    raw.close()
    target = tmp_path / "gap.pvbundle"
    with pytest.raises(PeerviewError, match="missing entries between"):
        export_bundle(lead, team.review_id, target, to=[team.reviewer.card.fingerprint])
    assert not target.exists()


# --- hostile runs -------------------------------------------------------------------


def _good(team: Team, tmp_path: Path) -> Path:
    _interleaved(team)
    return export_bundle(
        team.lead.store,
        team.review_id,
        tmp_path / "good.pvbundle",
        to=[team.reviewer.card.fingerprint],
    ).path


def _rewrite(team: Team, bundle: Path, change, name: str) -> Path:
    """Change entries.jsonl line by line, and re-sign the manifest as the lead would (a
    trusted sender's bug, not a tampered byte, which the signature catches)."""
    me = team.reviewer.keys.local()
    changed: list[dict] = []

    def members(found: dict[str, bytes]) -> None:  # remake calls this first
        lines = [json.loads(x) for x in found["entries.jsonl"].decode().splitlines()]
        changed.extend(change(lines))
        found["entries.jsonl"] = (
            "\n".join(json.dumps(x, ensure_ascii=False) for x in changed) + "\n"
        ).encode()

    def manifest(m: dict) -> None:
        data = ("\n".join(json.dumps(x, ensure_ascii=False) for x in changed) + "\n").encode()
        m["files"] = [f for f in m["files"] if f["name"] != "entries.jsonl"]
        list_file(m, "entries.jsonl", data)
        m["counts"]["stubs"] = sum(1 for x in changed if x["kind"] == "stub")
        m["counts"]["entries"] = sum(1 for x in changed if x["kind"] == "entry")

    return remake(
        bundle,
        bundle.with_name(name),
        me.age_identity,
        me.age_recipient,
        sign_with=team.lead.keys.local().ed25519_private,
        mutate_members=members,
        mutate_manifest=manifest,
    )


def _refused(team: Team, path: Path, match: str) -> None:
    before = dump_database(team.reviewer.folder)
    with pytest.raises(PeerviewError, match=match):
        import_bundle(team.reviewer.store, path)
    assert dump_database(team.reviewer.folder) == before


def _runs(lines: list[dict]) -> list[dict]:
    return [x for x in lines if x["kind"] == "stub" and x["first_seq"] < x["seq"]]


def test_a_run_that_is_not_a_range_is_refused(team: Team, tmp_path: Path) -> None:
    def backwards(lines: list[dict]) -> list[dict]:
        run = _runs(lines)[0]
        run["first_seq"], run["seq"] = run["seq"], run["first_seq"]
        return lines

    _refused(team, _rewrite(team, _good(team, tmp_path), backwards, "b.pvbundle"), "damaged")


@pytest.mark.parametrize("value", [2**70, -3, "7", 1.5])
def test_a_run_with_a_number_no_chain_has_is_refused(team: Team, tmp_path: Path, value) -> None:
    def huge(lines: list[dict]) -> list[dict]:
        _runs(lines)[-1]["seq"] = value
        return lines

    _refused(team, _rewrite(team, _good(team, tmp_path), huge, "h.pvbundle"), "damaged")


def test_a_run_covering_an_entry_as_well_is_refused(team: Team, tmp_path: Path) -> None:
    def overlap(lines: list[dict]) -> list[dict]:
        run = _runs(lines)[0]
        run["first_seq"] -= 1  # now also covers the entry before it
        return lines

    _refused(team, _rewrite(team, _good(team, tmp_path), overlap, "o.pvbundle"), "exactly once")


def test_a_run_contradicting_what_is_here_is_refused(team: Team, tmp_path: Path) -> None:
    """A run whose hash contradicts the chain here is refused on its own, named, and the
    entries after it with it (another history of that chain); nothing stored changes."""
    good = _good(team, tmp_path)
    import_bundle(team.reviewer.store, good)
    store = team.reviewer.store

    def log_rows() -> list[tuple]:
        with store.read() as conn:
            return conn.exec_driver_sql(
                "SELECT device_id, seq, hash FROM change_log ORDER BY device_id, seq"
            ).all()

    def other_hash(lines: list[dict]) -> list[dict]:
        _runs(lines)[0]["hash"] = "f" * 64
        return lines

    before = log_rows()
    report = import_bundle(store, _rewrite(team, good, other_hash, "x.pvbundle"))
    assert report.refused
    assert all("vouched" in r or "another history" in r for _, r in report.refused)
    assert log_rows() == before
    _chain_ok(store)


# --- older formats ------------------------------------------------------------------


def test_a_format_1_bundle_is_refused_naming_the_fix(team: Team, tmp_path: Path) -> None:
    """Formats 1 and 2 cannot say who wrote what they carry (decision 0028): refused,
    with the fix named, and nothing written."""
    lead = team.lead.store
    good = _good(team, tmp_path)
    with lead.read() as conn:
        links = {
            (d, s): (h, p, c)
            for d, s, h, p, c in conn.exec_driver_sql(
                "SELECT device_id, seq, hash, prev_hash, hlc FROM change_log"
            )
        }

    def one_per_entry(lines: list[dict]) -> list[dict]:
        out = []
        for x in lines:
            if x["kind"] != "stub":
                out.append(x)
                continue
            for seq in range(x["first_seq"], x["seq"] + 1):
                h, p, c = links[(x["device_id"], seq)]
                out.append(
                    {
                        "kind": "stub",
                        "device_id": x["device_id"],
                        "seq": seq,
                        "hash": h,
                        "prev_hash": p,
                        "hlc": c,
                    }
                )
        return out

    old = _rewrite(team, good, one_per_entry, "v1.pvbundle")
    me = team.reviewer.keys.local()
    old = remake(
        old,
        tmp_path / "v1-signed.pvbundle",
        me.age_identity,
        me.age_recipient,
        sign_with=team.lead.keys.local().ed25519_private,
        mutate_manifest=lambda m: m.update(format_version=1),
    )
    _refused(team, old, "older Peerview.*update Peerview and export again")


def test_a_schema_5_database_keeps_its_stubs_as_runs_of_one(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURES / "schema_v5.sqlite3", folder / DB_NAME)
    # A database from a release before encryption at rest: plaintext until opened.
    raw = cipher.connect(folder / DB_NAME, None)
    device = "0190f2a0-0000-7000-8000-00000000abcd"
    first, second = "1" * 64, "2" * 64
    raw.executemany(
        "INSERT INTO sync_withheld (device_id, seq, hash, prev_hash, hlc) VALUES (?,?,?,?,?)",
        [(device, 1, first, GENESIS, "1"), (device, 2, second, first, "2")],
    )
    raw.commit()
    raw.close()
    with Store.open(folder) as store:
        assert _rows(store, "SELECT seq, first_seq FROM sync_withheld ORDER BY seq") == [
            (1, 1),
            (2, 2),
        ]
        with store.read() as conn:
            report = verify_chain(conn)
        assert report.ok, report.problems


def test_a_run_waiting_for_its_start_is_held_and_listed_as_a_range(team: Team) -> None:
    lead, reviewer = team.lead.store, team.reviewer.store
    _interleaved(team)
    with lead.read() as conn:
        out = collect(conn, team.review_id, {}, restricted=False)
    first_run = min(out.stubs, key=lambda s: s.seq)
    # The reviewer gets everything but the entry just before the first run.
    gap = first_run.first_seq - 1
    with reviewer.write() as tx:
        report = integrate(tx, [e for e in out.entries if e.seq != gap], out.stubs)
    assert report.withheld == 0 and report.held
    refs = [h.ref for h in history.held(reviewer)]
    assert f"{first_run.device_id}:{first_run.first_seq}-{first_run.seq}" in refs
    # The missing entry arrives: everything held is applied, and the chain verifies.
    with reviewer.write() as tx:
        later = integrate(tx, [e for e in out.entries if e.seq == gap])
    assert later.withheld == 62 and history.held(reviewer) == []
    _chain_ok(reviewer)
