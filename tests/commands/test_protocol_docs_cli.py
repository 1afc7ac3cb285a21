"""Protocol documents from the command line: attach, list, save a copy, detach; a bad
file or a refused overwrite named with its fix, exit 1, nothing stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.models import attachments
from app.services.store import Store
from tests.services.conftest import log_entries


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def state(data_dir: Path) -> tuple[int, list[str]]:
    with Store.open(data_dir) as store:
        where = attachments.folder(store.db.data_dir)
        files = sorted(p.name for p in where.iterdir()) if where.is_dir() else []
        return len(log_entries(store)), files


def refused(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> str:
    before = state(data_dir)
    code, _, err = run(capsys, *argv)
    assert code == 1 and "Traceback" not in err, err
    assert state(data_dir) == before
    return err


def test_protocol_documents_from_the_command_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    assert run(capsys, "partnership", "create", "Partneriaeth Dyfrdwy")[0] == 0
    pdf = tmp_path / "Data sharing agreement.pdf"
    pdf.write_bytes(b"%PDF-1.7 signed by six heads\n")
    code, out, err = run(
        capsys, "partnership", "protocol", "attach", str(pdf), "--part", "data-sharing"
    )
    assert code == 0, err
    assert "Attached Data sharing agreement.pdf (29 bytes) to the protocol: Data sharing." in out
    # The texts of the protocol are still recorded with the command alone.
    code, out, _ = run(capsys, "partnership", "protocol", "--purpose", "Improve together.")
    assert code == 0 and "The protocol is recorded." in out
    code, out, _ = run(capsys, "partnership", "show")
    assert "Documents attached to the protocol (1):" in out
    assert "Data sharing: Data sharing agreement.pdf, 29 bytes" in out
    code, out, _ = run(capsys, "partnership", "protocol", "documents", "--json")
    [listed] = json.loads(out)
    assert listed["filename"] == "Data sharing agreement.pdf" and listed["part"] == "data_sharing"
    assert listed["held"] is True and listed["size"] == 29
    code, out, _ = run(capsys, "partnership", "show", "--json")
    assert [d["id"] for d in json.loads(out)["documents"]] == [listed["id"]]

    # Bad files: named, exit 1, nothing stored.
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    err = refused(capsys, data_dir, "partnership", "protocol", "attach", str(empty))
    assert "empty.pdf is empty. Nothing was attached." in err
    err = refused(capsys, data_dir, "partnership", "protocol", "attach", str(tmp_path))
    assert "is a folder, not a file" in err
    err = refused(capsys, data_dir, "partnership", "protocol", "attach", str(tmp_path / "no.pdf"))
    assert "There is no file" in err
    err = refused(
        capsys, data_dir, "partnership", "protocol", "attach", str(pdf), "--part", "annex"
    )
    assert "'annex' is not a part of the protocol" in err and "data-sharing" in err

    # Saving a copy: never over an existing file unless --force.
    out_file = tmp_path / "copy.pdf"
    code, out, _ = run(
        capsys, "partnership", "protocol", "save", listed["id"][-8:], "--out", str(out_file)
    )
    assert code == 0 and out_file.read_bytes() == pdf.read_bytes()
    out_file.write_bytes(b"keep me")
    err = refused(
        capsys, data_dir, "partnership", "protocol", "save", "Data sharing agreement.pdf",
        "--out", str(out_file),
    )  # fmt: skip
    assert "already exists; it was left as it was" in err and "--force" in err
    assert out_file.read_bytes() == b"keep me"
    code, _, _ = run(
        capsys, "partnership", "protocol", "save", listed["id"], "--out", str(out_file), "--force"
    )
    assert code == 0 and out_file.read_bytes() == pdf.read_bytes()
    err = refused(capsys, data_dir, "partnership", "protocol", "save", "nothing", "--out", "x")
    assert "No protocol document matches 'nothing'" in err

    code, out, _ = run(capsys, "partnership", "protocol", "detach", listed["id"][-8:])
    assert code == 0 and "Detached Data sharing agreement.pdf" in out
    code, out, _ = run(capsys, "partnership", "protocol", "documents")
    assert "No documents are attached to the protocol." in out
