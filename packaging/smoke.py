"""Smoke test of the frozen Peerview: everything through the built executable, nothing
through this Python.

In a temporary data folder, with no display (``QT_QPA_PLATFORM=offscreen``) and no keyring,
it runs what a school's first day needs: the version, the demo review, an identity with a
non-Latin name, the sign-off steps, a signed report PDF, its verification (and the refusal
of a tampered copy), the report's Word copy, an encrypted bundle to a second laptop (same review digest on both),
and the window's headless job that saves ``main-window.png``. Any
failure raises ``SmokeFailure`` with the command, its exit code and its output.

    python packaging/smoke.py dist/peerview/peerview      (build.py runs it after building)
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

PASSPHRASE = "smoke test passphrase"
# Welsh, Polish and Vietnamese letters: the report's fonts must come along in the build.
SIGNER = "Siân Łukasiewicz-Nguyễn"
SCHOOL = "Ysgol Gymraeg Aberystwyth"
TIMEOUT_S = 120


class SmokeFailure(RuntimeError):
    pass


@dataclass
class SmokeResult:
    version_output: str = ""
    start_version_s: list[float] = field(default_factory=list)
    start_gui_job_s: float = 0.0
    review_id: str = ""
    report_bytes: int = 0
    bundle_entries: int = 0
    steps: list[str] = field(default_factory=list)


class Frozen:
    """Runs the built executable in a sealed-off environment."""

    def __init__(self, exe: Path, work: Path) -> None:
        self.exe = exe
        self.data = work / "data"
        home = work / "home"
        home.mkdir(parents=True)
        env = {
            k: v
            for k, v in os.environ.items()
            # Nothing from a developer's session may leak in: no display, no venv, no
            # Python paths, and never the person's real keyring or data folder.
            if not k.startswith(("PYTHON", "QT_", "PEERVIEW_", "XDG_", "VIRTUAL_ENV"))
            and k not in {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "HOME"}
        }
        env.update(
            HOME=str(home),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_RUNTIME_DIR=str(home / "run"),
            QT_QPA_PLATFORM="offscreen",
            PEERVIEW_DATA_DIR=str(self.data),
            PEERVIEW_PASSPHRASE=PASSPHRASE,
            # As on a headless Linux: no keyring, so the passphrase comes from the environment.
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        )
        (home / "run").mkdir(mode=0o700)
        self.env = env

    def run(self, *args: str, expect: int = 0) -> tuple[str, float]:
        command = [str(self.exe), *args]
        started = time.perf_counter()
        try:
            done = subprocess.run(
                command,
                env=self.env,
                capture_output=True,
                text=True,
                stdin=subprocess.DEVNULL,
                timeout=TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise SmokeFailure(f"`{_show(command)}` did not finish in {TIMEOUT_S} s") from exc
        elapsed = time.perf_counter() - started
        output = done.stdout + done.stderr
        if done.returncode != expect or "Traceback (most recent call last)" in output:
            raise SmokeFailure(
                f"`{_show(command)}` exited {done.returncode} (expected {expect}):\n{output}"
            )
        return done.stdout, elapsed


def _show(command: list[str]) -> str:
    return " ".join(command)


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    _check(head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG")
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def run(exe: Path, version: str, keep: Path | None = None) -> SmokeResult:
    """Run the whole smoke test against ``exe``; return what it measured."""
    exe = exe.resolve()
    _check(exe.is_file() and os.access(exe, os.X_OK), f"No executable at {exe}")
    result = SmokeResult()
    with tempfile.TemporaryDirectory(prefix="peerview-smoke-") as tmp:
        app = Frozen(exe, Path(tmp))

        # Start-up: the first run pays for unpacking nothing (one folder) but cold caches.
        for _ in range(3):
            out, seconds = app.run("--version")
            result.start_version_s.append(seconds)
        result.version_output = out.strip()
        _check(
            result.version_output == f"peerview {version}",
            f"--version printed {result.version_output!r}, expected 'peerview {version}'",
        )

        # The identity first: the person exploring the demo plays its lead reviewer, and
        # the lead's records then carry the identity that signs (decision 0039).
        app.run(
            "identity", "create", "--name", SIGNER, "--school", SCHOOL, "--role", "lead_reviewer"
        )
        out, _ = app.run("identity", "show", "--json")
        _check(SIGNER in out, f"`identity show` does not name {SIGNER}:\n{out}")

        out, _ = app.run("demo")
        match = re.search(r"Created the demo review: (\S+)", out)
        _check(match is not None, f"`peerview demo` did not say which review it made:\n{out}")
        assert match is not None
        review = result.review_id = match.group(1)

        out, _ = app.run("framework", "list")
        _check("strands" in out, f"The default framework is missing from the build:\n{out}")
        _check_encrypted(app, Path(tmp) / "export")

        # Take the review through sign-off as the separation of duties asks (decision
        # 0039): the team's positions and agreement, quality assurance on another laptop,
        # the host's response recorded, then the host check.
        partner = Frozen(exe, Path(tmp) / "partner")
        _sign_off(app, partner, review, Path(tmp), result)
        out, _ = app.run("review", "status", review, "--json")
        _check(
            json.loads(out)["status"] == "host_checked",
            f"Sign-off did not reach host_checked:\n{out}",
        )

        pdf = Path(tmp) / "report.pdf"
        app.run("report", "--review", review, "--out", str(pdf), "--sign")
        data = pdf.read_bytes()
        result.report_bytes = len(data)
        _check(data.startswith(b"%PDF-"), "The report is not a PDF")
        out, _ = app.run("verify", str(pdf), "--json")
        verdict = json.loads(out)
        _check(verdict["ok"] and len(verdict["signatures"]) == 1, f"Verification failed:\n{out}")
        _check(verdict["signatures"][0]["signer"] == SIGNER, f"Wrong signer:\n{out}")
        out, _ = app.run("review", "status", review, "--json")
        _check(
            json.loads(out)["status"] == "signed", f"Signing did not mark the review signed:\n{out}"
        )
        _check_fonts(pdf)

        # A changed byte inside the signed range must be caught by the frozen verifier too.
        tampered = Path(tmp) / "tampered.pdf"
        at = data.index(b"/Type /Page") + 1  # the T: /Type becomes /type
        tampered.write_bytes(data[:at] + b"t" + data[at + 1 :])
        app.run("verify", str(tampered), expect=4)  # app/reports/verdicts.py: EXIT_INVALID

        # The Word copy (python-docx and its template files must come along in the build).
        word = Path(tmp) / "report.docx"
        app.run("report", "--review", review, "--out", str(word))
        with zipfile.ZipFile(word) as docx:
            body = docx.read("word/document.xml").decode("utf-8")
        _check("Eastfield Drove" in body, f"The Word copy does not name the school: {word}")

        result.bundle_entries = _bundle_round_trip(app, partner, review)

        # The window's headless job (no command, no display): it saves a picture and exits.
        out, seconds = app.run()
        result.start_gui_job_s = seconds
        shot = app.data / "main-window.png"
        _check(shot.is_file(), f"The headless window job saved no {shot}:\n{out}")
        width, height = _png_size(shot)
        _check(width >= 400 and height >= 300, f"main-window.png is only {width}x{height}")
        english = shot.read_bytes()
        _check_welsh(app, exe, english)
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy2(shot, keep / "main-window.png")
            shutil.copy2(shot.with_name("main-window-cy.png"), keep / "main-window-cy.png")
            shutil.copy2(pdf, keep / "report.pdf")
    return result


def _check_welsh(app: Frozen, exe: Path, english: bytes) -> None:
    """The Welsh translation ships and the frozen window loads it: the same window drawn
    with PEERVIEW_LANGUAGE=cy is not the English picture."""
    found = list(exe.parent.rglob("peerview_cy.qm"))
    _check(bool(found), f"No Welsh translation (peerview_cy.qm) in {exe.parent}")
    shot = app.data / "main-window.png"
    saved = {**app.env}
    app.env["PEERVIEW_LANGUAGE"] = "cy"
    try:
        app.run()
    finally:
        app.env = saved
    welsh = shot.read_bytes()
    shot.with_name("main-window-cy.png").write_bytes(welsh)
    shot.write_bytes(english)
    _check(welsh != english, "The window looks the same with PEERVIEW_LANGUAGE=cy: no Welsh")


def _check_encrypted(app: Frozen, export: Path) -> None:
    """The build's SQLCipher encrypts the data folder (the demo's school is in no file of
    it), and `data export` gives it back as plain SQLite (decision 0026)."""
    school = b"Eastfield Drove"
    for path in app.data.rglob("*"):
        if path.is_file():
            _check(school not in path.read_bytes(), f"{path} is not encrypted")
    app.run("data", "export", "--out", str(export))
    copy = (export / "peerview.sqlite3").read_bytes()
    _check(copy.startswith(b"SQLite format 3") and school in copy, "The export is not plain")


def _sign_off(lead: Frozen, partner: Frozen, review: str, tmp: Path, result: SmokeResult) -> None:
    out, _ = lead.run("finding", "board", "--review", review, "--json")
    board = json.loads(out)
    members = [m["name"] for m in board["members"]]
    for finding in board["findings"]:
        for name in members:  # the lead records the team meeting's positions by name
            lead.run("finding", "position", finding["id"], "--member", name, "agree")
    for name in members:
        lead.run("review", "agree", review, "--for", name)
    lead.run("review", "status", review, "team_confirmed")
    result.steps.append("team_confirmed")

    # Quality assurance by someone who did not write the report, on their own laptop.
    partner_key = _partner(lead, partner)
    cards = partner.data.parent
    there, back = cards / "for-qa.bundle", cards / "qa-done.bundle"
    lead.run("bundle", "export", "--review", review, "--out", str(there), "--to", partner_key)
    partner.run("bundle", "import", str(there))
    partner.run("review", "status", review, "quality_assured")
    out, _ = lead.run("identity", "show", "--json")
    lead_key = json.loads(out)["fingerprint"]
    partner.run("bundle", "export", "--review", review, "--out", str(back), "--to", lead_key)
    out, _ = lead.run("bundle", "import", str(back), "--json")
    _check(not json.loads(out)["held"], f"The quality assurance came back held:\n{out}")
    result.steps.append("quality_assured")

    # The host's emailed response to draft 1, recorded with the email, then the check.
    lead.run("report", "--review", review, "--out", str(tmp / "draft.pdf"))
    email = tmp / "Re draft report.eml"
    email.write_text("From: Helen Marsh\n\nNo corrections: the draft is accurate.\n")
    lead.run(
        "accuracy", "record", review, "--draft", "1", "--from", "Helen Marsh",
        "--sent", "2026-11-23T08:15", "--via", "email", "--file", str(email),
    )  # fmt: skip
    lead.run("review", "status", review, "host_checked")
    result.steps.append("host_checked")


def _partner(lead: Frozen, partner: Frozen) -> str:
    """A second laptop with its own identity; the two trust each other's cards. Returns
    the partner's fingerprint."""
    cards = partner.data.parent
    partner.run("identity", "create", "--name", "Bethan Ørsted", "--role", "reviewer")
    lead.run("identity", "export", str(cards / "lead.card"))
    partner.run("identity", "export", str(cards / "partner.card"))
    lead.run("trust", str(cards / "partner.card"), "--yes")
    partner.run("trust", str(cards / "lead.card"), "--yes")
    out, _ = partner.run("identity", "show", "--json")
    return str(json.loads(out)["fingerprint"])


def _bundle_round_trip(lead: Frozen, partner: Frozen, review: str) -> int:
    """The second laptop, sent an encrypted bundle of the signed review, holds the same
    review as the lead (equal digests). Returns entries added."""
    cards = partner.data.parent
    out, _ = partner.run("identity", "show", "--json")
    fingerprint = json.loads(out)["fingerprint"]
    bundle = cards / "review.bundle"
    lead.run("bundle", "export", "--review", review, "--out", str(bundle), "--to", fingerprint)
    _check(b"Bethan" not in bundle.read_bytes(), "The bundle is not encrypted")
    out, _ = partner.run("bundle", "import", str(bundle), "--json")
    imported = json.loads(out)
    _check(imported["added"] > 0 and not imported["held"], f"The bundle import held back:\n{out}")
    digests = [
        json.loads(side.run("review", "digest", review, "--json")[0])["digest"]
        for side in (lead, partner)
    ]
    _check(digests[0] == digests[1], f"The two laptops disagree after the bundle: {digests}")
    return int(imported["added"])


def _check_fonts(pdf: Path) -> None:
    """The report embeds the Noto fonts from the build (when poppler's pdffonts is here)."""
    if shutil.which("pdffonts") is None:
        return
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=False).stdout
    _check("NotoSans" in out.replace(" ", ""), f"The report does not embed Noto Sans:\n{out}")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python packaging/smoke.py PATH/TO/peerview", file=sys.stderr)
        return 2
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import layout

    try:
        result = run(Path(argv[1]), layout.app_version())
    except SmokeFailure as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result.__dict__, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
