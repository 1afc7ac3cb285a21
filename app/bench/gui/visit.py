"""The three-day visit soak: a bench figure, and a script.

    python -m app.bench.gui.visit [--notes 250] [--folder DIR] [--json]

plays a visit of about 250 notes through the real window offscreen (visit_play.py) in a
process of its own, and prints what it measured. The bench runs it the same way, as a
child process, so that its memory is the visit's alone (not the bench's 100,000-note
database), and an abort shows up as an exit code instead of ending the bench.

Figures: ``visit_duration_s`` (no budget: it says how long the soak took),
``visit_rss_growth_mb`` (resident memory, the last hour of the visit less the first; budget
50 MB) and ``visit_qt_warnings`` (budget none). A visit that aborts, or that loses or
mis-stores anything it typed, fails the bench with what went wrong.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from app.bench.common import BenchContext, Figure

FULL_VISIT = 250  # notes typed in the window over the three days
GROWTH_BUDGET_MB = 50.0
TIMEOUT_S = 3600


def visit_notes(generated: int) -> int:
    """The visit's size for a bench of ``generated`` notes: the full 250 at the default
    100,000, fewer for a quick run (``--notes 500`` plays 9), at least three a day."""
    return max(9, min(FULL_VISIT, generated // 400))


def child_environment(folder: Path) -> dict[str, str]:
    """Offscreen, settings in the scratch folder, and no keyring at all: the passphrase
    comes from the environment, so a developer's real keyring is never touched."""
    from app.bench.visit_data import PASSPHRASE

    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PEERVIEW_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_HOME=str(folder / "xdg-data"),
        XDG_CACHE_HOME=str(folder / "cache"),
        PEERVIEW_PASSPHRASE=PASSPHRASE,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


def play_in_child(folder: Path, notes: int) -> tuple[int, dict[str, Any] | None, str]:
    """(exit code, the visit's result or None, its standard error) from a child process."""
    folder.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        "app.bench.gui.visit",
        "--folder",
        str(folder),
        "--notes",
        str(notes),
        "--json",
    ]
    root = Path(__file__).resolve().parents[3]
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        done = subprocess.run(
            command,
            env=child_environment(folder),
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
        err.seek(0)
        stderr = err.read()
    lines = done.stdout.strip().splitlines()
    try:
        result = json.loads(lines[-1]) if lines else None
    except json.JSONDecodeError:
        result = None
    return done.returncode, result, stderr


def run(ctx: BenchContext) -> list[Figure]:
    notes = visit_notes(ctx.notes)
    ctx.say(f"A three-day visit through the window: {notes} notes typed key by key ...")
    code, result, stderr = play_in_child(ctx.folder / "visit", notes)
    if code != 0 or result is None or result["problems"]:
        found = "; ".join(result["problems"]) if result else ""
        raise RuntimeError(
            f"the three-day visit failed (exit {code}): {found or stderr[-3000:]}".rstrip()
        )
    return [
        Figure("visit_duration_s", result["duration_s"], "s"),
        Figure("visit_rss_growth_mb", result["growth_mb"], "MB", budget=GROWTH_BUDGET_MB),
        Figure("visit_qt_warnings", float(len(result["qt_warnings"])), "", budget=0.0),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Play a three-day visit through the window.")
    parser.add_argument("--notes", type=int, default=FULL_VISIT, help="notes typed in all")
    parser.add_argument("--folder", type=Path, help="scratch folder (default: a temporary one)")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--json", action="store_true", help="the result as one JSON line")
    args = parser.parse_args(argv)
    if args.notes < 3:
        parser.error("--notes: at least 3 (one a day)")
    with tempfile.TemporaryDirectory(prefix="peerview-visit-") as tmp:
        folder = args.folder or Path(tmp)
        # Before Qt or the keyring is first used (when run by hand rather than by the bench).
        for key, value in child_environment(folder).items():
            os.environ[key] = value
        from app.bench import visit_data
        from app.bench.gui.visit_play import Player

        say = (lambda _m: None) if args.json else print
        visit = visit_data.prepare(folder)
        try:
            result = Player(visit, args.notes, args.seed, say).play()
        finally:
            visit.close()
    if args.json:
        print(json.dumps(asdict(result), ensure_ascii=False))
    else:
        print(json.dumps(asdict(result), indent=2, ensure_ascii=False))
    return 1 if result.problems or result.qt_warnings else 0


if __name__ == "__main__":
    sys.exit(main())
