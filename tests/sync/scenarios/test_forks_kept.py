"""A data folder copied and opened twice on one computer (the copy passes the chain
check, since its marker and the keyring agree) writes two histories of one chain. The
lead keeps the second whole, lists it in words, and takes it in without overwriting
anything; what would overwrite stays kept with its text (decision 0029)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from app.cli import main
from app.services import erasure, revocations
from app.sync import forks
from tests.identity_helpers import cheap_kdf  # noqa: F401
from tests.sync.scenarios.laptops import copied_and_used_twice, note_texts


def test_the_lead_keeps_the_second_history_and_takes_it_in(tmp_path: Path, cheap_kdf) -> None:  # noqa: F811
    team, copy, _ = copied_and_used_twice(tmp_path)
    lead, amir, bea = team.laptops
    try:
        team.deliver(amir, lead)
        before = note_texts(lead.store)
        report = team.deliver(copy, lead)
        assert report.refused and all("another history" in why for _, why in report.refused)
        assert "Amir: typed on the second copy." not in note_texts(lead.store)
        assert note_texts(lead.store) == before  # nothing applied from the second history

        with lead.store.read() as conn:
            [history] = forks.other_histories(lead.store, conn)
        assert history.device_id == amir.store.device_id
        assert "Amir" in history.laptop
        words = "\n".join(history.changes)
        assert "typed on the second copy." in words
        assert "another shared note, changed on the second …" in words
        assert "changed on the second copy only." in "\n".join(history.whole)

        taken = forks.take(lead.store, history.device_id)
        texts = note_texts(lead.store)
        assert "Amir: typed on the second copy." in texts  # a new note: taken
        # A field nobody else changed since the shared history: taken.
        assert "Amir: another shared note, changed on the second copy only." in texts
        # The shared note was changed by the first copy too: not overwritten, kept.
        assert "Amir: the shared note, as the first copy left it." in texts
        assert "Amir: the shared note, as the second copy left it." not in texts
        assert len(taken.left) == 1 and "not taken, changed here since (text)" in taken.left[0]
        with lead.store.read() as conn:
            [still] = forks.other_histories(lead.store, conn)
        assert still.whole == [taken.left[0].split(": not taken")[0]]

        # The lead's edits travel as its own: every laptop but the copy converges on them.
        for _ in range(2):
            for src in (lead, amir, bea):
                for dst in (lead, amir, bea):
                    if src is not dst:
                        team.deliver(src, dst)
        assert note_texts(amir.store) == note_texts(bea.store) == note_texts(lead.store)
        # Taking it in twice changes nothing more.
        again = forks.take(lead.store, history.device_id)
        assert again.taken == 0 and len(again.left) == 1
    finally:
        copy.store.close()
        team.close()


def test_a_purge_erases_the_kept_text_too(tmp_path: Path, cheap_kdf) -> None:  # noqa: F811
    team, copy, _ = copied_and_used_twice(tmp_path)
    lead, amir, _ = team.laptops
    try:
        team.deliver(amir, lead)
        team.deliver(copy, lead)
        # The purge retention runs when a review's notes are due.
        erasure.erase_review_evidence(lead.store, team.review_id, dt.datetime.now(dt.UTC))
        with lead.store.read() as conn:
            bodies = [b for (b,) in conn.exec_driver_sql("SELECT body FROM sync_fork")]
        assert bodies and not any("second copy" in b for b in bodies)
    finally:
        copy.store.close()
        team.close()


def test_the_command_line_lists_takes_and_sets_aside(
    tmp_path: Path,
    cheap_kdf,  # noqa: F811
    capsys,
) -> None:
    team, copy, _ = copied_and_used_twice(tmp_path)
    lead, amir, _ = team.laptops
    try:
        team.deliver(amir, lead)
        team.deliver(copy, lead)
        device = amir.store.device_id
    finally:
        copy.store.close()
        team.close()
    folder = str(lead.folder)
    assert main(["sync", "forks", "--data-dir", folder]) == 0
    out = capsys.readouterr().out
    assert "typed on the second copy." in out and f"--take {device[-6:]}" in out
    assert main(["sync", "forks", "--data-dir", folder, "--take", "nosuch"]) != 0
    assert "names none of the histories" in capsys.readouterr().err
    assert main(["sync", "forks", "--data-dir", folder, "--take", device[-6:]]) == 0
    out = capsys.readouterr().out
    assert "Took in" in out and "stay kept" in out and "first copy" not in out
    assert main(["sync", "forks", "--data-dir", folder, "--json"]) == 0
    [kept] = json.loads(capsys.readouterr().out)
    assert len(kept["changes"]) == 1
    assert main(["sync", "forks", "--data-dir", folder, "--set-aside", device[-6:]]) == 0
    assert "Set aside 1" in capsys.readouterr().out
    assert main(["sync", "forks", "--data-dir", folder]) == 0
    assert "No other history" in capsys.readouterr().out


def test_a_revoked_reviewers_other_history_is_not_taken_in(tmp_path: Path, cheap_kdf) -> None:  # noqa: F811
    """A fork repeats positions under the revocation's cut-off: none of it is taken, or
    the lead would write a revoked key's words in as their own."""
    team, copy, _ = copied_and_used_twice(tmp_path)
    lead, amir, _ = team.laptops
    try:
        team.deliver(amir, lead)
        team.deliver(copy, lead)
        revocations.revoke(lead.store, team.review_id, amir.card.fingerprint, "laptop stolen")
        before = note_texts(lead.store)
        taken = forks.take(lead.store, amir.store.device_id)
        assert taken.taken == 0 and note_texts(lead.store) == before
        assert len(taken.left) == 3 and all("was revoked" in why for why in taken.left)
    finally:
        copy.store.close()
        team.close()
