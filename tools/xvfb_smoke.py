"""The real app on a real X server: start it, open the demo review, type a note with X key
events, quit, and read the note back with the command line.

Run ``./dev smoke-x11`` (it installs Xvfb, xdotool and xmodmap, and the libraries Qt's X11
platform needs), or ``.venv/bin/python -m tools.xvfb_smoke`` where they are present. CI runs
it (.ci/run).

The tests run Qt offscreen, which hides what only a real platform shows: a missing xcb
library aborts the app before any window (rc 134), window sizes and focus come from the X
server, and keys arrive as X events through the keyboard layout, not as QKeyEvents made
in Python. So this script drives the app from outside, as a person would: Xvfb is the
screen, xdotool is the keyboard, the app is the installed ``peerview`` command, and the
proof is the note in the database, read back by a second process (and the database
file on disk encrypted, its passphrase from PEERVIEW_PASSPHRASE as on a machine with no
keyring).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

# Typed into the note: real words, and letters outside ASCII (xdotool maps each to a key),
# so the test also shows that non-ASCII typing reaches the database intact.
NOTE = "Xvfb smoke: pupils in Year 4 explained their reasoning aloud; café Łódź Siân."
SEARCH = "lodz"  # folds to the typed "Łódź": one note, the one typed here
WINDOW_TITLE = "Peerview"
# The throwaway data folder's passphrase: with no keyring, Peerview reads it from
# PEERVIEW_PASSPHRASE (as a script on such a machine does) instead of asking for one.
PASSPHRASE = "xvfb smoke folder, thrown away after"
# Generous: a cold start on a busy 2-CPU machine, with the integrity check and backup.
TIMEOUT_S = 90.0


class SmokeFailed(Exception):
    pass


def _tool(name: str) -> str:
    from shutil import which

    found = which(name)
    if found is None:
        raise SmokeFailed(
            f"{name} is not installed. ./dev smoke-x11 installs it (as root), or: "
            "apt-get install xvfb xauth xdotool x11-xserver-utils"
        )
    return found


def _peerview() -> list[str]:
    """The installed command beside this Python (the venv's), else ``python -m app``."""
    beside = Path(sys.executable).with_name("peerview")
    return [str(beside)] if beside.exists() else [sys.executable, "-m", "app"]


@contextmanager
def x_server(width: int = 1366, height: int = 768) -> Iterator[str]:
    """An Xvfb of its own on a free display number (Xvfb picks it: -displayfd)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        # -noreset: by default the server resets, keymap included, whenever its last
        # client disconnects, which would undo bind_letters before the app connects.
        [_tool("Xvfb"), "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24",
         "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise SmokeFailed("Xvfb did not start (no display number)")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def xdotool(display: str, *args: str, timeout: float = TIMEOUT_S) -> str:
    result = subprocess.run(
        [_tool("xdotool"), *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise SmokeFailed(f"xdotool {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout.strip()


def bind_letters(display: str, text: str) -> None:
    """Give each non-ASCII letter of ``text`` a key of its own in the server's keymap.

    xdotool types a letter that no key produces by remapping a spare key for the moment
    of the key press and mapping it back at once; when the app reads the event after the
    map changed back (a busy machine), the letter is lost. A key of its own, bound before
    the app starts, makes the letters arrive every time, through the same keymap lookup
    a real layout uses.
    """
    env = {**os.environ, "DISPLAY": display}
    table = subprocess.run(
        [_tool("xmodmap"), "-pke"], env=env, capture_output=True, text=True, check=True
    ).stdout
    # "keycode 250 =" with nothing after it: a key the keymap leaves free.
    free = [int(line.split()[1]) for line in table.splitlines() if line.rstrip().endswith("=")]
    letters = sorted({ch for ch in text if ord(ch) > 127})
    if len(free) < len(letters):
        raise SmokeFailed(f"The X keymap has {len(free)} free keys, {len(letters)} needed")
    pairs = zip(free[: len(letters)], letters, strict=True)
    bindings = [f"keycode {code} = U{ord(ch):04X}" for code, ch in pairs]
    command = [_tool("xmodmap")]
    for binding in bindings:
        command += ["-e", binding]
    subprocess.run(command, env=env, check=True)


def wait_for_window(display: str, title: str, app: subprocess.Popen[str]) -> str:
    """The id of the first visible window whose title matches ``title`` (a regex)."""
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        if app.poll() is not None:
            raise SmokeFailed(f"Peerview exited (rc {app.returncode}) before its window showed")
        found = subprocess.run(
            [_tool("xdotool"), "search", "--onlyvisible", "--name", title],
            env={**os.environ, "DISPLAY": display},
            capture_output=True,
            text=True,
        )
        if found.returncode == 0 and found.stdout.split():
            return found.stdout.split()[0]
        time.sleep(0.2)
    raise SmokeFailed(f"No window titled {title!r} within {TIMEOUT_S:.0f} s")


def cli(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [*_peerview(), *args],
        env=env,
        stdin=subprocess.DEVNULL,  # never a passphrase prompt on the caller's terminal
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )
    if result.returncode != 0:
        raise SmokeFailed(f"peerview {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout


def run(folder: Path) -> str:
    """Play the visit step; return what the app wrote to standard error."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PEERVIEW_"))}
    env.update(
        PEERVIEW_DATA_DIR=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_HOME=str(folder / "xdg-data"),
        XDG_CACHE_HOME=str(folder / "cache"),
        # No desktop session here: a keyring that keeps nothing, rather than a search
        # for one that is not running; so the data folder's passphrase comes from here.
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        PEERVIEW_PASSPHRASE=PASSPHRASE,
    )
    review = cli(env, "demo").split("review: ")[1].split()[0]
    with x_server() as display:
        env["DISPLAY"] = display
        bind_letters(display, NOTE)
        env.pop("WAYLAND_DISPLAY", None)
        app = subprocess.Popen(
            _peerview(), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            home = wait_for_window(display, f"^{WINDOW_TITLE}$", app)
            # No window manager under Xvfb: give the window the keyboard as one would.
            xdotool(display, "windowfocus", "--sync", home)
            # The list has the demo review only: select it, open it, go to Capture (Ctrl+3)
            # and start a note (Ctrl+N), then type it as key presses.
            xdotool(display, "key", "--delay", "100", "Down", "Return")
            wait_for_window(display, f" – {WINDOW_TITLE}$", app)
            xdotool(display, "key", "--delay", "200", "ctrl+3", "ctrl+n")
            xdotool(display, "type", "--delay", "15", NOTE)
            # Quit from the keyboard: the window stores what is typed before it closes.
            xdotool(display, "key", "ctrl+q")
            _, err = app.communicate(timeout=TIMEOUT_S)
        finally:
            if app.poll() is None:
                app.kill()
                app.communicate()
    if app.returncode != 0:
        raise SmokeFailed(f"Peerview exited with rc {app.returncode}:\n{err}")
    # The note's first word finds it with its whole text (a search snippet starts at the
    # match); the folded search for the Polish city finds the same note.
    typed = json.loads(cli(env, "search", "--review", review, "--json", NOTE.split()[0]))
    if [hit["snippet"] for hit in typed] != [NOTE]:
        raise SmokeFailed(f"Expected the typed note back, found {typed!r}")
    folded = json.loads(cli(env, "search", "--review", review, "--json", SEARCH))
    if [hit["note_id"] for hit in folded] != [typed[0]["note_id"]]:
        raise SmokeFailed(f"Searching {SEARCH!r} should find the typed note, found {folded!r}")
    database = folder / "data" / "peerview.sqlite3"
    if database.read_bytes()[:16] == b"SQLite format 3\x00":
        raise SmokeFailed(f"{database} is plain SQLite: it should be encrypted (decision 0026)")
    return err


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.xvfb_smoke", description=__doc__)
    parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="peerview-xvfb-") as tmp:
        try:
            err = run(Path(tmp))
        except (SmokeFailed, subprocess.TimeoutExpired) as exc:
            print(f"X11 smoke test FAILED: {exc}", file=sys.stderr)
            return 1
    if err.strip():
        # Qt's warnings on a real platform are findings in themselves: fail on them.
        print(f"X11 smoke test FAILED: Peerview printed to stderr:\n{err}", file=sys.stderr)
        return 1
    print("X11 smoke test passed: the window opened under Xvfb, a note typed with X key "
          "events was saved, and Peerview quit cleanly.")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
