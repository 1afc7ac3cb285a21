"""The command line as a person (or a script) uses it: real processes, real files."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.models.database import DB_NAME
from app.services.store import Store
from tests import raw_db


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_then_list_and_search_show_the_demo(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, _ = run(capsys, "demo")
    assert code == 0 and "Created the demo review" in out
    code, out, _ = run(capsys, "review", "list", "--json")
    (review,) = json.loads(out)
    assert review["host_school"] == "Eastfield Drove Primary School"
    assert review["notes"] == 64
    code, out, _ = run(capsys, "search", "--review", review["id"][-8:], "phonics")
    assert code == 0
    assert out.count("[phonics]") + out.count("[Phonics]") >= 4
    code, out, _ = run(capsys, "review", "show", review["id"], "--json")
    shown = json.loads(out)
    # The timetable: seven evidence-gathering activities and four of the team's own.
    assert len(shown["enquiry_questions"]) == 2 and len(shown["timetable"]) == 11
    # Running demo again does not make a second copy.
    assert run(capsys, "demo")[0] == 0
    assert len(json.loads(run(capsys, "review", "list", "--json")[1])) == 1


def test_note_add_saves_a_searchable_note(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    run(capsys, "demo")
    review = json.loads(run(capsys, "review", "list", "--json")[1])[0]["id"]
    code, out, _ = run(
        capsys,
        "note",
        "add",
        "--review",
        review,
        "--activity",
        "book_look",
        "--strand",
        "c3",
        "Y5 books from Łódź: redrafted paragraphs after feedback",
    )
    assert code == 0 and "Saved note" in out
    hits = json.loads(run(capsys, "search", "--review", review, "lodz", "--json")[1])
    assert hits and hits[0]["activity_kind"] == "book_look" and "Łódź" in hits[0]["snippet"]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["note", "add", "--review", "nope1234", "text"], "No review matches"),
        (["note", "add", "--review", "{review}", "--strand", "ZZ9", "text"], "Strand 'ZZ9'"),
        (["framework", "import", "{missing}"], "Cannot read"),
        (["framework", "import", "{bad}"], "line 1"),
        (["search", "--review", "ab", "x"], "at least 4 characters"),
    ],
)
def test_bad_input_exits_non_zero_and_changes_nothing(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    argv: list[str],
    message: str,
) -> None:
    run(capsys, "demo")
    review = json.loads(run(capsys, "review", "list", "--json")[1])[0]["id"]
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    before = digest(data_dir / DB_NAME)
    argv = [a.format(review=review, missing=tmp_path / "missing.json", bad=bad) for a in argv]
    code, _out, err = run(capsys, *argv)
    assert code != 0
    assert message in err and err.startswith("peerview: ")
    assert "Traceback" not in err
    assert digest(data_dir / DB_NAME) == before


def test_a_second_process_is_refused_while_the_folder_is_held(data_dir: Path) -> None:
    env = raw_db.child_env(PEERVIEW_DATA_DIR=str(data_dir))
    with Store.open(data_dir, purpose="Peerview window"):
        write = subprocess.run(
            [sys.executable, "-m", "app", "demo"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert write.returncode == 1
        assert "already open on this data folder" in write.stderr
        assert "Peerview window" in write.stderr
        # Reading is safe while another Peerview writes (WAL), so list still works.
        read = subprocess.run(
            [sys.executable, "-m", "app", "review", "list", "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert read.returncode == 0, read.stderr
        assert json.loads(read.stdout) == []


def test_backup_writes_a_backup_that_opens(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    run(capsys, "demo")
    code, out, _ = run(capsys, "backup")
    assert code == 0
    path = Path(out.strip().removeprefix("Backed up to "))
    assert path.exists() and path.parent == data_dir / "backups"


def test_framework_export_and_list(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    run(capsys, "demo")
    (framework,) = json.loads(run(capsys, "framework", "list", "--json")[1])
    assert framework["strands"] == 23 and framework["reviews"] == 1
    out_file = tmp_path / "exported.json"
    assert run(capsys, "framework", "export", framework["content_hash"][:8], str(out_file))[0] == 0
    code, out, _ = run(capsys, "framework", "import", str(out_file))
    assert code == 0 and "Already present" in out


def test_output_piped_into_a_reader_that_stops_early_is_not_an_error(data_dir: Path) -> None:
    env = raw_db.child_env(PEERVIEW_DATA_DIR=str(data_dir))
    subprocess.run([sys.executable, "-m", "app", "demo"], env=env, check=True, capture_output=True)
    # `| head`: the reader has gone before the listing is printed (it closes its end at
    # once, while the command is still starting up).
    writer = subprocess.Popen(
        [sys.executable, "-m", "app", "framework", "list", "--json"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert writer.stdout is not None and writer.stderr is not None
    writer.stdout.close()
    err = writer.stderr.read().decode()
    assert writer.wait(timeout=60) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["review", "list"],
        ["search", "--review", "R1", "phonics"],
        ["identity", "show"],
        ["diagnostics"],
    ],
)
def test_a_read_only_command_on_a_folder_with_no_data_says_so_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    """A mistyped --data-dir must not look like an empty installation."""
    missing = tmp_path / "Peerveiw"
    code, out, err = run(capsys, *argv, "--data-dir", str(missing))
    assert code == 1 and out == ""
    assert f"no Peerview data in {missing}" in err and "--data-dir" in err
    assert not missing.exists()
