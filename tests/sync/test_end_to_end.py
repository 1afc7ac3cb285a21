"""Three reviewers and a lead, four data folders, only the command line between them:
notes captured offline travel to the lead, who imports them in two different orders
(two copies of the lead's folder) and gets the same digest; the lead's findings go back.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.services import evidence
from app.services.store import Store
from tests.identity_helpers import cheap_kdf  # noqa: F401

PEOPLE = {
    "lead": ("Siân Pritchard", "lead_reviewer"),
    "r1": ("Łukasz Nowak", "reviewer"),
    "r2": ("Nguyễn Thị Lan", "reviewer"),
    "r3": ("Aled ap Dafydd", "reviewer"),
}


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> str:
    capsys.readouterr()
    code = main(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def digest(capsys: pytest.CaptureFixture[str], folder: Path, review: str) -> str:
    return run(capsys, folder, "review", "digest", review).strip()


@pytest.mark.slow  # four installations through the command line
def test_four_laptops_through_the_command_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    cheap_kdf: None,  # noqa: F811
) -> None:
    monkeypatch.setenv("PEERVIEW_PASSPHRASE", "correct horse battery")
    dirs = {who: tmp_path / who for who in PEOPLE}
    fingerprints = {}
    for who, (name, role) in PEOPLE.items():
        run(capsys, dirs[who], "identity", "create", "--name", name, "--role", role)
        run(capsys, dirs[who], "identity", "export", str(tmp_path / f"{who}.card"))
        shown = run(capsys, dirs[who], "identity", "show")
        fingerprints[who] = shown.split("Fingerprint: ")[1].splitlines()[0].strip()
    for who in PEOPLE:
        for other in PEOPLE:
            if other != who:
                run(
                    capsys,
                    dirs[who],
                    "trust",
                    str(tmp_path / f"{other}.card"),
                    "--fingerprint",
                    fingerprints[other],
                )

    lead = dirs["lead"]
    run(capsys, lead, "demo")
    review = json.loads(run(capsys, lead, "review", "list", "--json"))[0]["id"]
    # Only team members write on a review: the lead adds each reviewer by their key.
    for who in ("r1", "r2", "r3"):
        added = run(
            capsys,
            lead,
            "review",
            "team",
            "add",
            review[-8:],
            "--fingerprint",
            fingerprints[who],
            "--role",
            "reviewer",
        )
        assert PEOPLE[who][0] in added
    to_team = [a for who in ("r1", "r2", "r3") for a in ("--to", fingerprints[who])]
    run(
        capsys,
        lead,
        "bundle",
        "export",
        "--review",
        review,
        "--out",
        str(tmp_path / "plan.pvbundle"),
        *to_team,
    )

    # Each reviewer takes the plan, then captures notes with no network.
    for who in ("r1", "r2", "r3"):
        out = run(capsys, dirs[who], "bundle", "import", str(tmp_path / "plan.pvbundle"))
        assert "held 0" in out
        assert digest(capsys, dirs[who], review) == digest(capsys, lead, review)
        for n in range(3):
            run(
                capsys,
                dirs[who],
                "note",
                "add",
                "--review",
                review[-8:],
                "--strand",
                "C2",
                f"{PEOPLE[who][0]} saw pupils blend sounds ({n}).",
            )
        run(
            capsys,
            dirs[who],
            "bundle",
            "export",
            "--review",
            review,
            "--to",
            fingerprints["lead"],
            "--out",
            str(tmp_path / f"{who}.pvbundle"),
        )

    # `peerview verify` reads a bundle as well as a report: signer, fingerprint, trust.
    checked = run(capsys, lead, "verify", str(tmp_path / "r1.pvbundle"))
    assert fingerprints["r1"] in checked and "signature intact" in checked
    tampered = tmp_path / "r1-tampered.pvbundle"
    raw = bytearray((tmp_path / "r1.pvbundle").read_bytes())
    raw[len(raw) // 2] ^= 0x01
    tampered.write_bytes(bytes(raw))
    capsys.readouterr()
    assert main(["--data-dir", str(lead), "verify", str(tampered)]) != 0
    assert "damaged" in capsys.readouterr().out

    # Two copies of the lead's folder import the three bundles in different orders.
    lead2 = tmp_path / "lead-copy"
    shutil.copytree(lead, lead2)
    for who in ("r1", "r2", "r3"):
        run(capsys, lead, "bundle", "import", str(tmp_path / f"{who}.pvbundle"))
    for who in ("r3", "r1", "r2", "r3"):  # a duplicate too
        run(capsys, lead2, "bundle", "import", str(tmp_path / f"{who}.pvbundle"))
    assert digest(capsys, lead, review) == digest(capsys, lead2, review)
    shown = run(capsys, lead, "review", "show", review)
    assert "73 evidence notes, 5 findings" in shown  # the demo's 64 and 3 from each reviewer
    with Store.open(lead) as store:
        texts = {n.text for n in evidence.list_notes(store, review)}
        assert {f"{PEOPLE[w][0]} saw pupils blend sounds (2)." for w in ("r1", "r2", "r3")} <= texts
        with store.write() as tx:
            tx.create(
                "finding",
                {
                    "review_id": review,
                    "kind": "strength",
                    "title": "Early reading",
                    "text": "Pupils across the school blend sounds confidently.",
                },
            )

    # The findings go back to every reviewer, who end with the lead's digest.
    run(
        capsys,
        lead,
        "bundle",
        "export",
        "--review",
        review,
        "--out",
        str(tmp_path / "findings.pvbundle"),
        *to_team,
    )
    final = digest(capsys, lead, review)
    for who in ("r1", "r2", "r3"):
        out = run(capsys, dirs[who], "bundle", "import", str(tmp_path / "findings.pvbundle"))
        assert "held 0" in out
        assert digest(capsys, dirs[who], review) == final
        assert "73 evidence notes, 6 findings" in run(capsys, dirs[who], "review", "show", review)
