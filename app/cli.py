"""The command line: a thin face over the services (ARCHITECTURE.md, "The command line").

Errors go to stderr with a non-zero exit and change nothing; list/show/search take --json.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from app import paths
from app.commands import EXIT_ERROR, EXIT_OK, Registrar, open_store, print_json
from app.models import disk
from app.models.database import StorageError
from app.models.review import ACTIVITY_KINDS
from app.services.errors import PeerviewError
from app.version import __version__

# Modules that add command groups (see app/commands/__init__.py), in help order.
COMMAND_MODULES: tuple[str, ...] = (
    "app.commands.identity",
    "app.commands.findings",
    "app.commands.report",
    "app.commands.sync",
    "app.commands.diagnostics",
    "app.commands.data",
)


# --- commands -------------------------------------------------------------------------


def cmd_framework(args: argparse.Namespace) -> int:
    from app.services import frameworks

    if args.action == "import":
        with open_store(args) as store:
            result = frameworks.import_file(store, Path(args.file))
        verb = "Imported" if result.created else "Already present:"
        print(
            f"{verb} {result.name} {result.label} (version {result.version_id}, hash {result.content_hash[:12]})"
        )
        return EXIT_OK
    if args.action == "export":
        with open_store(args, read_only=True) as store:
            version_id = frameworks.resolve_version(store, args.id)
            frameworks.export_file(store, version_id, Path(args.file))
        print(f"Wrote {args.file}")
        return EXIT_OK
    with open_store(args, read_only=True) as store:
        found = frameworks.list_frameworks(store)
    if args.json:
        print_json([asdict(f) for f in found])
    elif not found:
        print("No frameworks yet. Import one with: peerview framework import FILE")
    else:
        for f in found:
            print(
                f"{f.version_id}  {f.name} {f.label}  {f.areas} areas, {f.strands} strands, "
                f"used by {f.reviews} review(s)  hash {f.content_hash[:12]}"
            )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services import demo

    with open_store(args) as store:
        existed = demo.find_demo(store)
        review_id = demo.create_demo(store)
    if existed:
        print(f"The demo review already exists: {review_id}")
    else:
        print(f"Created the demo review: {review_id}")
    print(
        f"Try: peerview review show {review_id[-8:]}   or   peerview search --review {review_id[-8:]} phonics"
    )
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    from app.services import reviews

    with open_store(args, read_only=True) as store:
        if args.action == "list":
            found = reviews.list_reviews(store)
            if args.json:
                print_json([asdict(r) for r in found])
            elif not found:
                print("No reviews yet. Try: peerview demo")
            for r in found if not args.json else []:
                dates = (
                    r.start_date
                    if r.start_date == r.end_date
                    else f"{r.start_date} to {r.end_date}"
                )
                print(
                    f"{r.id}  {r.host_school}  {dates}  {r.status}  {r.notes} notes, {r.findings} findings"
                )
            return EXIT_OK
        detail = reviews.get_review(store, reviews.resolve_review(store, args.id))
    if args.json:
        print_json(
            {
                **asdict(detail.summary),
                "focus": detail.focus,
                "self_evaluation": detail.self_evaluation,
                "framework_version_id": detail.framework_version_id,
                "framework_version": detail.framework_label,
                "enquiry_questions": [{"id": i, "text": t} for i, t in detail.enquiry_questions],
                "team": [{"person_id": i, "name": n, "role": r} for i, n, r in detail.team],
                "timetable": [
                    {
                        "id": a.id,
                        "day": a.day,
                        "start": a.start_time,
                        "end": a.end_time,
                        "kind": a.kind,
                        "title": a.title,
                        "place": a.place,
                    }
                    for a in detail.activities
                ],
            }
        )
        return EXIT_OK
    s = detail.summary
    print(
        f"{s.title}\n  id: {s.id}\n  host school: {s.host_school}\n  dates: {s.start_date} to {s.end_date}"
    )
    print(f"  status: {s.status}\n  framework: {detail.framework_label}\n  focus: {detail.focus}")
    for n, (_, text) in enumerate(detail.enquiry_questions, 1):
        print(f"  enquiry question {n}: {text}")
    for _, name, role in detail.team:
        print(f"  team: {name} ({role.replace('_', ' ')})")
    for a in detail.activities:
        print(f"  {a.day} {a.start_time}-{a.end_time}  {a.kind.replace('_', ' ')}: {a.title}")
    print(f"  {s.notes} evidence notes, {s.findings} findings")
    return EXIT_OK


def cmd_note(args: argparse.Namespace) -> int:
    from app.services import evidence, reviews

    text = " ".join(args.text).strip()
    if text == "-":
        text = sys.stdin.read().strip()
    if not text:
        raise PeerviewError(
            "The note is empty; give its text after the options (or - to read stdin)."
        )
    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.review)
        result = evidence.add_note(
            store, review_id, text, activity_kind=args.activity, strand_codes=args.strand or []
        )
    print(f"Saved note {result.note_id}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from app.services import reviews, search

    with open_store(args, read_only=True) as store:
        review_id = reviews.resolve_review(store, args.review)
        hits = search.search_notes(store, review_id, " ".join(args.query), limit=args.limit)
    if args.json:
        print_json([{**asdict(h), "highlights": [list(x) for x in h.highlights]} for h in hits])
    elif not hits:
        print("No notes match.")
    for h in hits if not args.json else []:
        print(
            f"{h.note_id}  {h.observed_at}  {h.activity_kind.replace('_', ' ')}\n    {h.marked()}"
        )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        target = store.db.backup()
    print(f"Backed up to {target}")
    return EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    from app import bench

    figures = bench.run(
        notes=args.notes, samples=args.samples, progress=None if args.json else print
    )
    if args.json:
        print_json([f.as_dict() for f in figures])
    else:
        print(bench.format_table(figures))
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from app.ui.app import run_gui

    data = paths.data_dir(args.data_dir)
    if _no_display():
        # No screen (a server, CI, SSH): open the window offscreen, save what it shows,
        # and say so, rather than abort inside Qt with a misleading platform error.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        shot = data / "main-window.png"
        code = run_gui(data, quit_after_ms=500, screenshot=shot)
        if code == EXIT_OK:
            print(
                "No display found, so Peerview opened its main window offscreen, saved a picture "
                f"of it to {shot} and closed.\nOn a desktop, `peerview` opens the window. For the "
                "command line, see `peerview --help` (try `peerview demo`)."
            )
        return code
    return run_gui(data)


def _no_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return os.environ["QT_QPA_PLATFORM"] == "offscreen"
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


# --- parser ---------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help=f"data folder (default: ${paths.ENV_DATA_DIR} or the platform's user data folder)",
    )
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="print JSON")

    parser = argparse.ArgumentParser(
        prog="peerview",
        parents=[common],
        description="Peerview: developmental school peer reviews, offline first. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"peerview {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    reg = Registrar(sub, common, as_json)
    add = reg.add

    fw = add("framework", cmd_framework, "import, export and list review frameworks")
    fw_sub = fw.add_subparsers(dest="action", required=True, metavar="ACTION")
    fw_sub.add_parser("import", parents=[common], help="import a framework file").add_argument(
        "file"
    )
    ex = fw_sub.add_parser("export", parents=[common], help="write a framework version to a file")
    ex.add_argument("id", help="framework version id (or the start of it, or of its hash)")
    ex.add_argument("file")
    fw_sub.add_parser("list", parents=[common, as_json], help="list framework versions")

    add("demo", cmd_demo, "create a realistic sample review to explore")

    rv = add("review", cmd_review, "list reviews or show one")
    rv_sub = rv.add_subparsers(dest="action", required=True, metavar="ACTION")
    rv_sub.add_parser("list", parents=[common, as_json], help="list reviews")
    show = rv_sub.add_parser("show", parents=[common, as_json], help="show a review")
    show.add_argument("id", help="review id (or its first or last 8 characters)")

    nt = add("note", cmd_note, "add an evidence note")
    nt_sub = nt.add_subparsers(dest="action", required=True, metavar="ACTION")
    na = nt_sub.add_parser("add", parents=[common], help="add an evidence note to a review")
    na.add_argument("--review", required=True, metavar="ID")
    na.add_argument(
        "--activity",
        default="lesson_visit",
        choices=ACTIVITY_KINDS,
        metavar="KIND",
        help=f"one of: {', '.join(ACTIVITY_KINDS)}",
    )
    na.add_argument(
        "--strand", action="append", metavar="CODE", help="framework strand code; repeat for more"
    )
    na.add_argument(
        "text", nargs="+", help="what was seen or heard (low-inference; no pupil names)"
    )

    se = add("search", cmd_search, "search a review's evidence notes", as_json)
    se.add_argument("--review", required=True, metavar="ID")
    se.add_argument("--limit", type=int, default=50)
    se.add_argument("query", nargs="+")

    add("backup", cmd_backup, "back up the database now")

    be = add(
        "bench", cmd_bench, "run the performance suite (ratios against same-run baselines)", as_json
    )
    be.add_argument("--notes", type=int, default=100_000, help="notes in the generated database")
    be.add_argument("--samples", type=int, default=300, help="timed repetitions per figure")
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(reg)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "data_dir"):
        args.data_dir = None
    handler = getattr(args, "handler", None)
    if handler is None:
        args.command = "gui"
        handler = cmd_gui
    try:
        return int(handler(args))
    except (PeerviewError, StorageError, PermissionError) as exc:
        said = disk.problem(exc, paths.data_dir(args.data_dir)) if _os_error(exc) else None
        print(f"peerview: {said or exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("peerview: interrupted; nothing was left half-written.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`peerview review list | head`): not an error of ours.
        # Point stdout at nothing so the interpreter's final flush does not complain.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_OK
    except Exception as exc:
        # A full or read-only disk, wherever it surfaced: one message, no traceback.
        said = disk.problem(exc, paths.data_dir(args.data_dir))
        if said is None:
            raise
        print(f"peerview: {said}", file=sys.stderr)
        return EXIT_ERROR


def _os_error(exc: BaseException) -> bool:
    """A PermissionError from the operating system (not the store's own refusal)."""
    return isinstance(exc, OSError) and exc.errno is not None


if __name__ == "__main__":
    sys.exit(main())
