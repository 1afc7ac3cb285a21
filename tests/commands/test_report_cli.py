"""``peerview report`` and ``peerview verify`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.reports import report
from app.services import demo, signoff
from app.services.store import Store
from tests.identity_helpers import cheap_kdf, exchange_cards, make_identity
from tests.reports.helpers import make_key, pdfsig, pdftotext, readable, ready_to_sign
from tests.signoff_helpers import lead_signer

__all__ = ["cheap_kdf"]  # a fixture used here


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def review(data_dir: Path) -> str:
    with Store.open(data_dir) as store:
        return demo.create_demo(store)


def test_report_writes_the_pdf(
    capsys: pytest.CaptureFixture[str], review: str, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "report.pdf"
    code, printed, _ = run(
        capsys, "report", "--review", review[-8:], "--out", str(out), "--evidence-appendix"
    )
    assert code == 0, printed
    assert f"Wrote {out}" in printed
    text = readable(pdftotext(out))
    assert "Tomasz Łukasiewicz" in text and "Appendix: evidence notes by strand" in text
    assert [p.name for p in out.parent.iterdir()] == ["report.pdf"]  # no temporary left


def test_report_for_an_unknown_review_fails_cleanly(
    capsys: pytest.CaptureFixture[str], review: str, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "report", "--review", "zzzzzzzz", "--out", str(tmp_path / "r.pdf"))
    assert code == 1 and "No review matches" in err
    assert not (tmp_path / "r.pdf").exists()


def test_verify_lists_signatures_and_fails_on_damage(
    capsys: pytest.CaptureFixture[str], review: str, data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "signed.pdf"
    with Store.open(data_dir) as store:
        ready_to_sign(store, review)
        key, cert = lead_signer(store, review)
        report.make_report(store, review, path, key=key, cert=cert)
    host_key, host_cert = make_key("عائشہ ملک", "Eastfield Drove Primary School", "headteacher")
    report.countersign(path, host_key, host_cert)

    # Intact, but signed by two people this installation has not verified.
    code, printed, err = run(capsys, "verify", str(path))
    assert code == 3, printed
    assert "2 signature(s)" in printed and "عائشہ ملک" in printed
    assert "NOT VERIFIED" in err and "Every signature is valid" not in printed
    code, printed, _ = run(capsys, "verify", "--json", str(path))
    found = json.loads(printed)
    assert code == 3 and found["ok"] is False and found["intact"] is True
    assert found["verdict"] == "unverified" and found["exit_code"] == 3
    assert [s["signer"] for s in found["signatures"]] == ["Siân Pritchard", "عائشہ ملک"]
    assert all(s["intact"] and s["signed_at"] for s in found["signatures"])

    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0x01
    path.write_bytes(bytes(data))
    code, printed, err = run(capsys, "verify", str(path))
    assert code == 4
    assert "FAILED" in printed + err


def test_verify_refuses_what_is_not_a_pdf(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    photo = tmp_path / "review.pdf"  # named like a report, but a photo
    photo.write_bytes(b"\xff\xd8\xff\xe0 JFIF" + b"\0" * 64)
    code, _, err = run(capsys, "verify", str(photo))
    assert code == 1 and "neither a signed report (a PDF) nor a Peerview bundle" in err
    # A bundle goes to the bundle check, which needs this installation's keys to open it.
    bundle = tmp_path / "review.pvbundle"
    bundle.write_bytes(b"age-encryption.org/v1\n-> X25519 abc\n")
    code, _, err = run(capsys, "verify", str(bundle))
    assert code == 1 and "identity" in err
    code, _, err = run(capsys, "verify", str(tmp_path / "missing.pdf"))
    assert code == 1 and "no file" in err


def test_lead_signs_host_countersigns_in_their_own_installations(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, cheap_kdf: None
) -> None:
    lead_dir, host_dir, other_dir = tmp_path / "lead", tmp_path / "host", tmp_path / "other"
    with Store.open(lead_dir) as lead, Store.open(host_dir) as host:
        review = demo.create_demo(lead)
        make_identity(lead, "Siân Pritchard", "Fen Reeve Primary Academy", "lead_reviewer")
        ready_to_sign(lead, review)
        make_identity(host, "عائشہ ملک", "Eastfield Drove Primary School", "headteacher")
        exchange_cards(lead, host)
    pdf = tmp_path / "report.pdf"

    code, out, err = run(
        capsys,
        "--data-dir",
        str(lead_dir),
        "report",
        "--review",
        review,
        "--out",
        str(pdf),
        "--sign",
    )
    assert code == 0, err
    assert "Wrote and signed" in out and "peerview sign report.pdf" in out
    code, out, err = run(capsys, "--data-dir", str(host_dir), "sign", str(pdf))
    assert code == 0, err
    assert "2 signature(s)" in out

    code, out, _ = run(capsys, "--data-dir", str(lead_dir), "verify", "--json", str(pdf))
    found = json.loads(out)
    assert code == 0 and found["ok"] and found["verdict"] == "valid"
    assert [(s["signer"], s["trusted"], s["trust_source"]) for s in found["signatures"]] == [
        ("Siân Pritchard", True, "self"),
        ("عائشہ ملک", True, "card"),
    ]
    with Store.open(lead_dir) as lead:
        assert signoff.current_status(lead, review) == "signed"
    # The identities' own certificates check out in poppler too (read its text, not its code).
    assert pdfsig(pdf).count("Signature Validation: Signature is Valid.") == 2

    code, out, _ = run(capsys, "--data-dir", str(lead_dir), "verify", str(pdf))
    assert code == 0 and "Every signature is valid" in out

    # Someone who trusts neither sees two intact signatures by people they have not verified.
    code, out, _ = run(capsys, "--data-dir", str(other_dir), "verify", str(pdf))
    assert code == 3
    assert out.count("someone you have NOT verified") == 2
    assert "Every signature is valid" not in out

    # Signing again in the host's installation changes nothing.
    before = pdf.read_bytes()
    code, _, err = run(capsys, "--data-dir", str(host_dir), "sign", str(pdf))
    assert code == 1 and "already signed" in err
    assert pdf.read_bytes() == before


def test_sign_without_an_identity_says_how_to_make_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "empty"), "sign", str(pdf))
    assert code == 1 and "peerview identity create" in err
    assert pdf.read_bytes() == b"%PDF-1.4\n"
