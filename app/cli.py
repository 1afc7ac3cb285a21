"""The command line: a thin face over the services (docs/architecture.md).

This module only builds the parser and dispatches: every command lives in a module of
``app/commands/`` with one handler per sub-command. With no command it opens the window,
which is why this module, above both the commands and ``app/ui``, is where that happens. Errors go to stderr with a non-zero
exit and change nothing; list/show/search take --json.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from app import paths
from app.commands import (
    EXIT_ERROR,
    EXIT_OK,
    Registrar,
    accuracy,
    actions,
    backup,
    bench,
    data,
    demo,
    diagnostics,
    evidence,
    excellence,
    findings,
    frameworks,
    hint,
    identity,
    impact,
    moderation,
    partnership,
    partnership_themes,
    report,
    retention,
    review_create,
    review_team,
    reviews,
    safeguarding,
    share,
    support,
    sync,
    sync_forks,
    sync_refused,
)
from app.invocation import launcher, runnable
from app.models import disk
from app.models.database import StorageError
from app.services.errors import PeerviewError
from app.version import __version__

# The modules that add commands, in the order ``peerview --help`` lists them. A module
# that adds to another's command (findings adds ``review status``) comes after it.
COMMAND_MODULES = (
    frameworks,
    demo,
    reviews,
    review_create,
    review_team,
    evidence,
    backup,
    data,
    bench,
    identity,
    findings,
    accuracy,
    excellence,
    partnership,
    share,
    partnership_themes,
    moderation,
    actions,
    support,
    impact,
    retention,
    safeguarding,
    report,
    sync,
    sync_refused,
    sync_forks,
    diagnostics,
)


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
            hint(
                "No display found, so Peerview opened its main window offscreen, saved a picture "
                f"of it to {shot} and closed.\nOn a desktop, `{launcher()}` opens the window. For "
                "the command line, see `peerview --help` (try `peerview demo`)."
            )
        return code
    return run_gui(data)


def _no_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return os.environ["QT_QPA_PLATFORM"] == "offscreen"
    if sys.platform.startswith("linux"):
        return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return False


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
        prog=launcher(),
        parents=[common],
        description="Peerview: developmental school peer reviews, offline first. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"peerview {__version__}")
    reg = Registrar(parser.add_subparsers(dest="command", metavar="COMMAND"), common, as_json)
    for module in COMMAND_MODULES:
        module.register(reg)
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
        print(f"peerview: {runnable(str(said or exc))}", file=sys.stderr)
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
