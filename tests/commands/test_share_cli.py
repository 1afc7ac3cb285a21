"""Sharing from the command line: the host's head previews, shares and withdraws; the
partnership lead imports; every refusal named with its fix, exit 1, nothing written."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.cli import main
from app.sync.exporter import export_bundle
from tests.identity_helpers import cheap_kdf, dump_database  # noqa: F401
from tests.sync.scenarios.conftest import SchoolLaptop, school_laptops  # noqa: F401
from tests.sync.scenarios.test_shared_summary_travels import PDF, signed_review


def cli(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> str:
    before = dump_database(folder)
    code, out, err = cli(capsys, folder, *args)
    assert code == 1 and "Traceback" not in err, (out, err)
    assert err.startswith("peerview: ")
    assert dump_database(folder) == before
    return err


@pytest.fixture
def laptops(
    school_laptops: dict[str, SchoolLaptop],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[dict[str, Path], str, str]:
    monkeypatch.setenv("PEERVIEW_PASSPHRASE", "correct horse")
    group, _bont, review = signed_review(school_laptops, tmp_path)
    # A review bundle, not a summary, for the refusals below.
    export_bundle(
        school_laptops["bont"].store,
        review,
        tmp_path / "review.pvbundle",
        to=[school_laptops["lead"].card.fingerprint],
    )
    folders = {}
    for who, laptop in school_laptops.items():
        folders[who] = laptop.store.db.data_dir
        laptop.store.close()  # the command line opens the folder itself
    return folders, group, review


def test_the_host_previews_shares_and_withdraws_and_the_lead_imports(
    laptops: tuple[dict[str, Path], str, str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    folders, _group, review = laptops
    bont, lead = folders["bont"], folders["lead"]
    # Nothing is shared by default.
    code, out, _ = cli(capsys, lead, "partnership", "shared")
    assert code == 0 and "No school has shared a review's summary" in out
    before = dump_database(bont)
    code, out, err = cli(capsys, bont, "share", "--review", review[-8:], "--preview")
    assert code == 0, err
    assert "What Ysgol y Bont shares with the partnership lead:" in out
    assert "Strength:\n  - Pupils choose books with confidence" in out
    assert "Daily writing time in Years 5 and 6 (not started, review by 30 September 2026)" in out
    assert "The partnership does not name Ysgol y Bont" in out
    assert "Nothing was shared." in out
    assert dump_database(bont) == before  # a preview writes nothing
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(PDF)
    out_file = tmp_path / "share.pvbundle"
    code, out, err = cli(
        capsys, bont, "share", "--review", review[-8:], "--out", str(out_file),
        "--whole-report", str(pdf), "--named",
    )  # fmt: skip
    assert code == 0, err
    assert "Shared the summary and the whole signed report of Ysgol y Bont's review" in out
    assert "Siân Pritchard (the partnership lead)" in out
    code, out, err = cli(capsys, lead, "partnership", "import", str(out_file))
    assert code == 0 and "Ysgol y Bont shared the summary" in out, err
    assert "Ysgol y Bont shared the summary of its review" in out
    code, out, _ = cli(capsys, lead, "partnership", "shared", "--json")
    [shared] = json.loads(out)["summaries"]
    assert shared["named"] and shared["report_sha256"] == hashlib.sha256(PDF).hexdigest()
    code, out, _ = cli(capsys, lead, "partnership", "shared")
    assert "Ysgol y Bont: review of 2026-03-16, 2 findings, 1 action(s); named" in out
    back = tmp_path / "withdraw.pvbundle"
    code, out, err = cli(
        capsys, bont, "share", "--review", review[-8:], "--withdraw", "--out", str(back)
    )
    assert code == 0 and "Withdrew the summary" in out, err
    code, out, err = cli(capsys, lead, "partnership", "import", str(back))
    assert code == 0 and "Ysgol y Bont withdrew the summary" in out, err
    code, out, _ = cli(capsys, lead, "partnership", "shared", "--json")
    assert json.loads(out)["summaries"] == []
    # Withdrawing again: nothing is shared.
    err = refused(capsys, bont, "share", "--review", review[-8:], "--withdraw", "--out", str(back))
    assert "not shared with the partnership, so there is nothing to withdraw" in err


def test_refusals_name_the_problem_and_write_nothing(
    laptops: tuple[dict[str, Path], str, str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    folders, _group, review = laptops
    bont, lead, lodz = folders["bont"], folders["lead"], folders["lodz"]
    out_file = tmp_path / "share.pvbundle"
    # Not the host's head.
    err = refused(capsys, lodz, "share", "--review", review[-8:], "--out", str(out_file))
    assert "Only the headteacher or host leader of Ysgol y Bont shares this review" in err
    assert not out_file.exists()
    # A report that is not the one the review was signed with.
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.7 another report\n")
    err = refused(
        capsys, bont, "share", "--review", review[-8:], "--out", str(out_file),
        "--whole-report", str(other),
    )  # fmt: skip
    assert "is not the report this review was signed with" in err
    err = refused(capsys, bont, "share", "--review", review[-8:])
    assert "Say where to write the bundle" in err
    # The lead's side: a review's bundle is not a summary.
    err = refused(capsys, lead, "partnership", "import", str(tmp_path / "review.pvbundle"))
    assert "is not a shared summary" in err
    code, _, err = cli(capsys, bont, "share", "--review", review[-8:], "--out", str(out_file))
    assert code == 0, err
    # Not the partnership lead: the file is not even for them.
    err = refused(capsys, lodz, "partnership", "import", str(out_file))
    assert "encrypted for someone else" in err
    # Tampered on the way.
    data = bytearray(out_file.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = tmp_path / "tampered.pvbundle"
    bad.write_bytes(bytes(data))
    err = refused(capsys, lead, "partnership", "import", str(bad))
    assert "damaged, cut short or altered" in err or "altered" in err
    code, out, err = cli(capsys, lead, "partnership", "import", str(out_file))
    assert code == 0 and "Ysgol y Bont shared the summary" in out, err
