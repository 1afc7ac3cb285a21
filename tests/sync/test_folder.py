"""A shared folder between two laptops: own bundles out, everyone else's in, junk and
half-synced files left alone, the database never inside."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import evidence, reviews
from app.services.errors import PeerviewError
from app.sync.digest import review_digest
from app.sync.folder import FolderSync, sync_folder
from tests.sync.conftest import Team


def _team_members(team: Team) -> None:
    with team.lead.store.write() as tx:
        for member, role in ((team.lead, "lead_reviewer"), (team.reviewer, "reviewer")):
            person = reviews.create_person(
                tx, member.card.name, None, "reviewer", member.card.key_id
            )
            reviews.add_team_member(tx, team.review_id, person, role)


def test_two_laptops_meet_in_a_shared_folder(team: Team, tmp_path: Path) -> None:
    shared = tmp_path / "OneDrive - Partnership" / "Peerview"
    shared.mkdir(parents=True)
    _team_members(team)
    evidence.add_note(team.lead.store, team.review_id, "Pupils explained their reasoning.")
    first = sync_folder(team.lead.store, shared)
    assert len(first.written) == 1 and not first.imported
    (shared / "notes.txt").write_text("not a bundle")
    (shared / ".peerview-x.pvbundle.part").write_bytes(b"half")
    (shared / "~$lock.pvbundle").write_bytes(b"lock")
    own = shared / first.written[0]
    (shared / "arriving.pvbundle").write_bytes(own.read_bytes()[:100])  # cut short

    got = sync_folder(team.reviewer.store, shared)
    assert len(got.imported) == 1 and got.imported[0].startswith(first.written[0])
    assert [w.split(":")[0] for w in got.waiting] == ["arriving.pvbundle"]
    assert {"notes.txt", ".peerview-x.pvbundle.part", "~$lock.pvbundle"} <= set(got.ignored)
    assert review_digest(team.reviewer.store, team.review_id) == review_digest(
        team.lead.store, team.review_id
    )

    (shared / "arriving.pvbundle").unlink()
    evidence.add_note(team.reviewer.store, team.review_id, "Ysgrifennodd y disgyblion yn Gymraeg.")
    back = sync_folder(team.reviewer.store, shared)
    assert len(back.written) == 1
    lead = sync_folder(team.lead.store, shared)
    assert len(lead.imported) == 1
    assert review_digest(team.reviewer.store, team.review_id) == review_digest(
        team.lead.store, team.review_id
    )
    # Quiet when nothing changed: no file rewritten, nothing imported again.
    sync = FolderSync(team.reviewer.store, shared)
    sync.run_once()
    again = sync.run_once()
    assert again.imported == [] and again.written == []


def test_the_data_folder_never_goes_in_the_shared_folder(team: Team, tmp_path: Path) -> None:
    with pytest.raises(PeerviewError, match="live database"):
        sync_folder(team.lead.store, team.lead.folder.parent)
    with pytest.raises(PeerviewError, match="live database"):
        sync_folder(team.lead.store, team.lead.folder)
