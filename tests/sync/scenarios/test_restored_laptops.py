"""Real laptops that a backup or a copy takes back in time: a reviewer restored from a
backup, a data folder copied to a second computer, and the lead restored. None of them
continues its old chain; none splits the team; every text typed reaches the lead."""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring

from app.models.database import DB_NAME
from app.services import changelog, passphrase
from app.services.store import Store
from tests.identity_helpers import cheap_kdf  # noqa: F401
from tests.sync.helpers import open_replica
from tests.sync.scenarios.laptops import Laptop, Team, make_team, note_texts, on_lead


def _restore(laptop: Laptop, backup: Path, team: Team) -> None:
    """Put a backup copy of the database back, as a person restoring a backup does."""
    laptop.store.close()
    for suffix in ("-wal", "-shm"):
        (laptop.folder / f"{DB_NAME}{suffix}").unlink(missing_ok=True)
    shutil.copy(backup, laptop.folder / DB_NAME)
    laptop.store = open_replica(laptop.folder, team.clock.reader())


def _converged(team: Team, *, full: bool = False) -> None:
    team.everyone_to_everyone(full=full)
    typed = {t for laptop in team.laptops for t in laptop.typed}
    assert typed <= on_lead(team), typed - on_lead(team)
    final = [note_texts(laptop.store) for laptop in team.laptops]
    assert all(f == final[0] for f in final), [len(f) for f in final]
    for laptop in team.laptops:
        with laptop.store.read() as conn:
            report = changelog.verify_chain(conn, laptop.store.heads())
        assert report.ok, (laptop.name, report.problems)


def _backup(laptop: Laptop) -> Path:
    return laptop.store.db.backup()


def test_a_reviewer_restored_from_a_backup_rejoins(tmp_path: Path, cheap_kdf) -> None:  # noqa: F811
    team = make_team(tmp_path / "team", ["Siân", "Amir", "Bea"])
    lead, amir, bea = team.laptops
    try:
        amir.add_note(team.review_id, "Amir: one, before the backup.")
        team.deliver(amir, lead)
        backup = _backup(amir)
        old_device = amir.store.device_id
        amir.add_note(team.review_id, "Amir: two, after the backup.")
        amir.add_note(team.review_id, "Amir: three, after the backup.")
        team.deliver(amir, lead)
        team.deliver(amir, bea)
        _restore(amir, backup, team)
        # The restored database lost notes two and three, which the team has.
        assert "Amir: two, after the backup." not in note_texts(amir.store)
        amir.add_note(team.review_id, "Amir: four, typed after the restore.")
        assert amir.store.device_id != old_device  # a new chain, not the old one again
        bea.add_note(team.review_id, "Bea: written meanwhile.")
        _converged(team)
        # Its own earlier notes came back to the restored laptop.
        assert "Amir: three, after the backup." in note_texts(amir.store)
    finally:
        team.close()


def test_a_copied_data_folder_on_a_second_computer_forks_nothing(
    tmp_path: Path,
    cheap_kdf,  # noqa: F811
) -> None:
    team = make_team(tmp_path / "team", ["Siân", "Amir", "Bea"])
    lead, amir, bea = team.laptops
    try:
        amir.add_note(team.review_id, "Amir: on the first computer.")
        team.deliver(amir, lead)
        # The folder is copied to a second computer: its keyring has never seen it.
        copy = tmp_path / "team" / "Amir-copy"
        amir.store.close()
        shutil.copytree(amir.folder, copy)
        amir.store = open_replica(amir.folder, team.clock.reader())
        amir.add_note(team.review_id, "Amir: first computer, after the copy.")
        device = amir.store.device_id
        # The second computer's keyring (the only thing outside the project, so the
        # test plays it): it holds no marker for this chain while that laptop writes.
        kept = keyring.get_password(passphrase.KEYRING_SERVICE, f"chain:{device}")
        keyring.delete_password(passphrase.KEYRING_SERVICE, f"chain:{device}")
        second = Laptop(
            "Amir-copy", copy, Store.open(copy, wall_clock=team.clock.reader()), amir.card
        )
        team.laptops.append(second)
        second.add_note(team.review_id, "Amir: second computer, after the copy.")
        keyring.set_password(passphrase.KEYRING_SERVICE, f"chain:{device}", kept)
        assert second.store.device_id != amir.store.device_id
        team.deliver(second, lead)
        team.deliver(amir, lead)
        bea.add_note(team.review_id, "Bea: also here.")
        # Both computers are one person, whose receipts say what "they" hold: the copy
        # catches up with full bundles (a person's laptops share one receipt view).
        _converged(team, full=True)
    finally:
        team.close()


def test_the_lead_restored_from_a_backup_imports_again(tmp_path: Path, cheap_kdf) -> None:  # noqa: F811
    team = make_team(tmp_path / "team", ["Siân", "Amir", "Bea", "Cai"])
    lead, amir, bea, cai = team.laptops
    try:
        backup = _backup(lead)
        amir.add_note(team.review_id, "Amir: before the lead's restore.")
        bea.add_note(team.review_id, "Bea: before the lead's restore.")
        team.everyone_to_everyone(rounds=1)
        lead.add_note(team.review_id, "Siân: lost in the restore.")
        team.everyone_to_everyone(rounds=1)
        _restore(lead, backup, team)
        lead.add_note(team.review_id, "Siân: after the restore.")
        cai.add_note(team.review_id, "Cai: after the lead's restore.")
        _converged(team)
        assert "Siân: lost in the restore." in note_texts(lead.store)
    finally:
        team.close()
