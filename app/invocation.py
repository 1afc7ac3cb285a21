"""How this Peerview was started, so that a hint names a command the person can run.

Messages throughout Peerview suggest commands in the installed form, ``peerview demo`` or
``See: peerview review list``: that is the command the README and the guide document, and
what the core's tests read. It is not always what works where the person is: in a source
checkout ``peerview`` is not on PATH (``./dev run demo`` is), an unpacked frozen build is
run by its path, and ``python -m app`` is a third way in. ``runnable`` rewrites the
commands in a message into the form that started this process; the command line passes its
hints and error messages through it, so the core keeps one wording and needs no idea of
how it was launched.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sys
from pathlib import Path

# Set by ./dev to the words that started it ("./dev run"), which argv cannot tell.
ENV_COMMAND = "PEERVIEW_COMMAND"
INSTALLED = "peerview"

# "peerview" as a command word: followed by a space and a sub-command or option, and not
# part of a longer name ("peerview-card.json", "org.peerview"), a path or "Peerview".
_COMMAND = re.compile(r"(?<![\w./\\-])peerview(?= [a-z-])")


def launcher(argv0: str | None = None, *, frozen: bool | None = None) -> str:
    """The words that start Peerview the way this process was started, ready to paste."""
    chosen = os.environ.get(ENV_COMMAND, "").strip()
    if chosen:
        return chosen
    argv0 = sys.argv[0] if argv0 is None else argv0
    if not argv0:
        return INSTALLED
    if getattr(sys, "frozen", False) if frozen is None else frozen:
        return _as_typed(argv0)
    path = Path(argv0)
    if path.name == "__main__.py" and path.parent.name == "app":
        return f"{_as_typed(sys.executable)} -m app"
    if path.stem in (INSTALLED, f"{INSTALLED}-gui"):
        # The GUI script is a twin of the console one; hints are for the console one.
        return _as_typed(str(path.with_name(path.name.replace("-gui", ""))))
    return INSTALLED  # imported by something else (a test, a tool): the documented form


def command(arguments: str) -> str:
    """``arguments`` (such as ``"review list"``) as a command line that works here."""
    return f"{launcher()} {arguments}"


def runnable(text: str) -> str:
    """``text`` with each ``peerview ...`` command in it written the way that works here."""
    start = launcher()
    if start == INSTALLED:
        return text
    return _COMMAND.sub(lambda _: start, text)


def _as_typed(program: str) -> str:
    """The bare name when PATH finds this very program under it, else its path."""
    path = Path(program)
    found = shutil.which(path.name)
    if found and _same_file(found, program):
        return path.name
    if path.parent == Path("."):
        # Started from the current folder (or found some way PATH does not repeat).
        return shlex.quote(program if program.startswith(("./", ".\\")) else f"./{program}")
    here, full = Path.cwd(), path.absolute()
    # Relative when it is inside the current folder (".venv/bin/peerview"), else in full.
    inside = here != Path(here.anchor) and full.is_relative_to(here)
    return shlex.quote(os.path.relpath(full) if inside else str(full))


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
