"""The partnership from the command line: schools, the round, reviewers, the directory;
bad input named with its fix, exit 1, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.services import reviews
from app.services.store import Store
from tests.services.conftest import log_entries


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def entries(data_dir: Path) -> int:
    with Store.open(data_dir) as store:
        return len(log_entries(store))


def refused(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> str:
    before = entries(data_dir)
    code, _, err = run(capsys, *argv)
    assert code == 1 and "Traceback" not in err, err
    assert entries(data_dir) == before
    return err


def test_a_partnership_built_and_scheduled_from_the_command_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    with Store.open(data_dir):
        pass
    err = refused(capsys, data_dir, "partnership", "show")
    assert "holds no partnership yet" in err and "peerview partnership create NAME" in err
    assert run(capsys, "partnership", "create", "Partneriaeth Dyfrdwy")[0] == 0
    for name, phase in (
        ("Ysgol Łódź", "primary"),
        ("Ysgol Glan Dŵr", "secondary"),
        ("Ysgol Penrhyn", "special"),
        ("Ysgol Cae Top", "primary"),
    ):
        code, out, _ = run(
            capsys, "partnership", "school", "add", name, "--phase", phase, "--pupils", "230",
            "--authority", "Wrexham", "--head", "Anna Kowalska", "--contact", "Rhys Jones",
        )  # fmt: skip
        assert code == 0 and f"Added {name}" in out
    err = refused(capsys, data_dir, "partnership", "school", "add", "Ysgol X", "--phase", "primry")
    assert "'primry' is not a phase" in err and "Use one of: nursery" in err
    err = refused(
        capsys, data_dir, "partnership", "school", "add", "ysgol łódź", "--phase", "primary"
    )
    assert "already a member" in err
    code, _, _ = run(
        capsys, "partnership", "school", "block", "lodz", "--from", "2026-03-02", "--to",
        "2026-03-04", "--reason", "Inset",
    )  # fmt: skip
    assert code == 0
    err = refused(
        capsys, data_dir, "partnership", "school", "block", "nowhere", "--from", "2026-03-02"
    )
    assert "No member school is called 'nowhere'" in err
    err = refused(
        capsys, data_dir, "partnership", "reviewer", "add", "Aled", "--school", "Penrhyn", "--lead"
    )
    assert "give the training date" in err and "--trained-on" in err
    for name, school in (("Aled ap Dafydd", "Penrhyn"), ("Nguyễn Thị Lan", "Cae Top")):
        code, _, _ = run(
            capsys, "partnership", "reviewer", "add", name, "--school", school, "--lead",
            "--trained-on", "2025-09-01", "--course", "Lead reviewer", "--trainer", "Eleri Hughes",
            "--refresher-due", "2027-09-01",
        )  # fmt: skip
        assert code == 0
    err = refused(
        capsys, data_dir, "partnership", "schedule", "propose", "--round", "Spring",
        "--from", "2026-03-20", "--to", "2026-03-02",
    )  # fmt: skip
    assert "ends (2026-03-02) before it starts (2026-03-20)" in err
    err = refused(
        capsys, data_dir, "partnership", "schedule", "propose", "--round", "Spring",
        "--from", "next monday", "--to", "2026-03-02",
    )  # fmt: skip
    assert "'next monday' is not a date; write it as YYYY-MM-DD" in err
    code, out, _ = run(
        capsys, "partnership", "schedule", "propose", "--round", "Spring", "--from", "2026-03-02",
        "--to", "2026-03-13", "--json",
    )  # fmt: skip
    assert code == 0
    proposed = json.loads(out)
    assert len(proposed["visits"]) == 4
    by_host = {v["host"]: v for v in proposed["visits"]}
    assert by_host["Ysgol Łódź"]["day"] > "2026-03-04"
    # Two schools have trained leads; the reviews the others send borrow one or are named.
    for unmet in proposed["unmet"]:
        assert unmet["rule"] == "lead"
        assert by_host_named(proposed, unmet["host_school_id"])["warning"] == "no trained lead"
    err = refused(
        capsys, data_dir, "partnership", "schedule", "propose", "--round", "spring",
        "--from", "2026-03-02", "--to", "2026-03-13",
    )  # fmt: skip
    assert "already has a round called 'spring'" in err
    code, out, _ = run(capsys, "partnership", "schedule", "list", "--json")
    assert json.loads(out) == proposed["visits"]
    visit = json.loads(out)[0]["id"]
    err = refused(capsys, data_dir, "partnership", "schedule", "status", visit[-8:], "done")
    assert "'done' is not a status" in err and "report_signed" in err
    assert run(capsys, "partnership", "schedule", "status", visit[-8:], "confirmed")[0] == 0
    lodz = by_host["Ysgol Łódź"]["id"][-8:]
    err = refused(
        capsys, data_dir, "partnership", "schedule", "adjust", lodz, "--day", "2026-03-03"
    )
    assert "Ysgol Łódź is blocked from 2 to 4 March 2026" in err
    code, out, _ = run(capsys, "partnership", "schedule", "adjust", lodz, "--day", "2026-03-16")
    assert code == 0 and "16 Mar 2026" in out
    code, out, _ = run(capsys, "partnership", "schedule", "list")
    assert "confirmed" in out and out.startswith("Spring\n")
    code, out, _ = run(capsys, "partnership", "reviewer", "list", "--json")
    pool = json.loads(out)
    assert [(r["name"], r["accreditation"]) for r in pool] == [
        ("Aled ap Dafydd", "lead_reviewer"),
        ("Nguyễn Thị Lan", "lead_reviewer"),
    ]
    err = refused(
        capsys, data_dir, "partnership", "expertise", "add", "lodz", "--strand", "Reading",
        "--title", "Phonics", "--consent-by", "Anna Kowalska", "--consent-on", "soon",
    )  # fmt: skip
    assert "'soon' is not a date" in err
    code, _, _ = run(
        capsys, "partnership", "expertise", "add", "lodz", "--strand", "Reading",
        "--title", "Phonics for pupils with SEND", "--consent-by", "Anna Kowalska",
        "--consent-on", "2026-02-01",
    )  # fmt: skip
    assert code == 0
    code, out, _ = run(capsys, "partnership", "expertise", "search", "LODZ phonics", "--json")
    assert [(e["school"], e["strand"]) for e in json.loads(out)] == [("Ysgol Łódź", "Reading")]
    code, out, _ = run(capsys, "partnership", "expertise", "search", "maths")
    assert out == "Nothing in the directory matches.\n"
    code, out, _ = run(capsys, "partnership", "show", "--json")
    shown = json.loads(out)
    assert shown["lead_here"] and len(shown["schools"]) == 4
    lodz = next(s for s in shown["schools"] if s["name"] == "Ysgol Łódź")
    assert lodz["blocked"] == [["2026-03-02", "2026-03-04", "Inset"]]
    assert (lodz["pupils"], lodz["headteacher"]) == (230, "Anna Kowalska")
    # A second partnership on this laptop: the commands ask which.
    with Store.open(data_dir) as store, store.write() as tx:
        reviews.create_partnership(tx, "Another partnership")
    err = refused(capsys, data_dir, "partnership", "schedule", "list")
    assert "several partnerships" in err and "--partnership NAME" in err
    code, out, _ = run(capsys, "partnership", "schedule", "list", "--partnership", "partneriaeth")
    assert code == 0 and "Spring" in out


def by_host_named(proposed: dict, host_id: str) -> dict:  # type: ignore[type-arg]
    return next(v for v in proposed["visits"] if v["host_school_id"] == host_id)
