"""A safeguarding concern on a visitor's laptop: the hand-over record for the host DSL's
own system, then the erasure of the visitor's copy, leaving only who it went to and when."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from app.cli import main
from app.models import backups
from app.reports import handover
from app.services import changelog, safeguarding
from app.services.errors import PeerviewError
from app.services.store import Store
from tests import raw_db
from tests.services.conftest import current_row

CONCERN = "Zebedee Quiffington said his uncle Dobrosław hurts him; bruise on left wrist"
WORDS = (b"Zebedee", b"Quiffington", b"zebedee", b"Dobros", "Dobrosław".encode())
HANDED = "2026-03-02T15:30"


def _record(store: Store, review_id: str) -> str:
    concern_id, _ = safeguarding.record_concern(
        store, review_id, CONCERN, observed_at="2026-03-02T10:40", passed_to="Ms Amani Okafor"
    )
    return concern_id


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_hand_over_writes_the_record_and_schedules_the_erasure(
    store: Store, review_id: str, tmp_path: Path
) -> None:
    concern_id = _record(store, review_id)
    out, record, changes = handover.hand_over(
        store, concern_id, tmp_path / "concern.pdf", passed_on_at=HANDED
    )
    text = _pdf_text(out)
    assert "Safeguarding concern: hand-over record" in text
    assert "Dobrosław" in text and "Zebedee Quiffington" in text  # the font prints ł
    assert "Ms Amani Okafor" in text and "CPOMS" in text
    assert "9 March 2026" in text  # when the visitor's copy is erased
    assert out.stat().st_mode & 0o777 == 0o600
    (concern,) = safeguarding.list_concerns(store, review_id)
    assert (concern.passed_to, concern.passed_on_at) == ("Ms Amani Okafor", HANDED)
    assert concern.erase_due_at == "2026-03-09T15:30"
    assert record.erase_on.startswith("2026-03-09")
    assert changes.ids("safeguarding_concern") == {concern_id}


def test_a_record_inside_the_data_folder_is_refused_and_nothing_recorded(
    store: Store, review_id: str
) -> None:
    concern_id = _record(store, review_id)
    with pytest.raises(PeerviewError, match="inside Peerview's data folder"):
        handover.hand_over(store, concern_id, store.db.data_dir / "concern.pdf")
    with pytest.raises(PeerviewError, match="from 0 to 90"):
        handover.hand_over(
            store, concern_id, store.db.data_dir.parent / "c.pdf", erase_after_days=400
        )
    assert not (store.db.data_dir.parent / "c.pdf").exists()
    (concern,) = safeguarding.list_concerns(store, review_id)
    assert concern.passed_on_at == ""


def test_erased_after_seven_days_leaving_only_who_and_when(
    store: Store, review_id: str, tmp_path: Path
) -> None:
    concern_id = _record(store, review_id)
    handover.hand_over(store, concern_id, tmp_path / "concern.pdf", passed_on_at=HANDED)
    before = store.db.backup()
    data_dir = store.db.data_dir
    key = raw_db.folder_key(data_dir)
    assert b"Zebedee" in raw_db.decrypted_pages(before, key)  # the check below can fail

    assert safeguarding.erase_due(store, dt.datetime(2026, 3, 9, 15, 0)) == []
    (result,) = safeguarding.erase_due(store, dt.datetime(2026, 3, 9, 15, 31))
    assert result.concerns == 1 and before.name in result.backups_removed

    (concern,) = safeguarding.list_concerns(store, review_id)
    assert (concern.text, concern.observed_at) == ("", "")
    assert (concern.passed_to, concern.passed_on_at) == ("Ms Amani Okafor", HANDED)
    assert concern.erased_at.startswith("2026-03-09")
    row = current_row(store, "safeguarding_concern", concern_id)
    assert row is not None and row["deleted"] is False  # the fact stays
    # A second run has nothing to do; an erased concern cannot be handed over again.
    assert safeguarding.erase_due(store, dt.datetime(2026, 4, 1)) == []
    with pytest.raises(PeerviewError, match="erased"):
        handover.hand_over(store, concern_id, tmp_path / "again.pdf")

    # Not in any raw file, nor in the concern's table in the database or any backup. The
    # change log's earlier entries still hold it until its values can be dropped
    # (decision 0038); the old backup holding it is gone.
    for path in data_dir.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert not [w for w in WORDS if w in raw], path
    for path in [data_dir / "peerview.sqlite3", *backups.list_backups(data_dir)]:
        conn = raw_db.cipher.connect(raw_db.cipher.file_uri(path, "ro"), key, uri=True)
        try:
            rows = conn.execute("SELECT * FROM safeguarding_concern").fetchall()
        finally:
            conn.close()
        assert not [r for r in rows if any(w.decode() in str(r) for w in WORDS[:2])], path
    with store.read() as conn:
        assert changelog.verify_chain(conn, store.heads()).ok


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cli_records_hands_over_and_erases(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    run(capsys, "demo")
    _, out, _ = run(capsys, "review", "list", "--json")
    review = json.loads(out)[0]["id"]
    code, out, _ = run(
        capsys,
        "safeguarding",
        "record",
        "--review",
        review[-8:],
        "--to",
        "Mr Dai Rees",
        "--seen",
        "2026-03-02T10:40",
        CONCERN,
    )
    assert code == 0 and "Recorded safeguarding concern" in out
    _, out, _ = run(capsys, "safeguarding", "list", "--review", review, "--json")
    (listed,) = json.loads(out)
    code, out, err = run(
        capsys,
        "safeguarding",
        "hand-over",
        listed["id"][:8],
        "--out",
        str(tmp_path / "r.pdf"),
        "--at",
        HANDED,
        "--erase-after",
        "2",
    )
    assert code == 0, err
    assert "Mr Dai Rees" in out and "4 Mar 2026" in out
    assert "Dobrosław" in _pdf_text(tmp_path / "r.pdf")
    code, _, err = run(
        capsys, "safeguarding", "hand-over", listed["id"][:8], "--out", str(data_dir / "x.pdf")
    )
    assert code != 0 and "data folder" in err and "Traceback" not in err
    code, out, _ = run(capsys, "safeguarding", "erase", "--as-of", "2026-03-03")
    assert "No safeguarding concern is due" in out
    code, out, _ = run(capsys, "safeguarding", "erase", "--as-of", "2026-03-04")
    assert code == 0 and "erased 1 safeguarding concern" in out
    _, out, _ = run(capsys, "safeguarding", "list", "--review", review)
    assert "(erased)" in out and "handed over to Mr Dai Rees" in out
    assert "Zebedee" not in out
    code, _, err = run(capsys, "safeguarding", "erase", "--as-of", "soon")
    assert code != 0 and "YYYY-MM-DD" in err
