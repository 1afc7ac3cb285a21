"""Command groups of the ``peerview`` command line, one module per capability.

``app/cli.py`` builds the parser and calls ``register(reg)`` on each module listed in
``app.cli.COMMAND_MODULES``; a capability adds its commands in its own module here, so
the command line grows without every change touching one file. Every command and every
sub-command (``peerview review show``) has its own handler, a function of the parsed
arguments that returns the exit code. Handlers import their services lazily, so
``peerview --help`` stays fast.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app import paths
from app.invocation import runnable
from app.models.database import DB_NAME
from app.services import datakey, passphrase
from app.services.errors import PeerviewError
from app.services.store import Store

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


def print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))


def hint(text: str) -> None:
    """Print a suggestion whose ``peerview ...`` commands are written as they run here
    (``./dev run ...`` in a source checkout; see app/invocation.py)."""
    print(runnable(text))


def open_store(
    args: argparse.Namespace,
    *,
    read_only: bool = False,
    may_create: bool | None = None,
    hints: tuple[str, ...] = (),
) -> Store:
    """The store for this command's data folder; ``read_only`` lets list/show/verify run
    while a window holds the folder. A command that only reads (``may_create`` False, the
    default for ``read_only``) refuses a folder with no Peerview data rather than creating
    an empty one: a mistyped --data-dir should say so, not list no reviews.
    Where no keyring holds the data key, the passphrase is asked on the terminal (or read
    from PEERVIEW_PASSPHRASE); a new folder's passphrase must not lean on ``hints``."""
    purpose = f"peerview {args.command}"
    folder = paths.data_dir(args.data_dir)
    if may_create is None:
        may_create = not read_only
    if not may_create and not (folder / DB_NAME).exists():
        raise PeerviewError(
            f"There is no Peerview data in {folder}. Check the folder (--data-dir, or "
            f"PEERVIEW_DATA_DIR); to start one, open Peerview or run: peerview demo"
        )
    # Asked only at a terminal; a script gets the message naming PEERVIEW_PASSPHRASE.
    asking = sys.stdin is not None and sys.stdin.isatty()
    access = dataclasses.replace(
        datakey.DEFAULT_ACCESS,
        ask=passphrase.terminal_ask if asking else None,
        ask_new=passphrase.terminal_ask_new if asking else None,
        hints=hints,
    )
    return Store.open(folder, purpose=purpose, allow_read_only=read_only, access=access)


@dataclass
class Group:
    """A command with sub-commands (``peerview NAME ACTION``); each has its own handler."""

    actions: Any  # what ArgumentParser.add_subparsers returned
    common: argparse.ArgumentParser  # --data-dir

    def add(
        self, name: str, handler: Handler, help_: str, *parents: argparse.ArgumentParser
    ) -> argparse.ArgumentParser:
        """``peerview GROUP NAME``, run by ``handler``."""
        p = self.actions.add_parser(name, parents=[self.common, *parents], help=help_)
        p.set_defaults(handler=handler)
        return p

    def nested(self, name: str, help_: str) -> Group:
        """``peerview GROUP NAME ACTION``: a group inside this one."""
        p = self.actions.add_parser(name, parents=[self.common], help=help_, description=help_)
        return Group(p.add_subparsers(dest="verb", required=True, metavar="ACTION"), self.common)


@dataclass
class Registrar:
    """What a command module needs to add its commands to the parser."""

    sub: Any  # what ArgumentParser.add_subparsers returned
    common: argparse.ArgumentParser  # --data-dir
    as_json: argparse.ArgumentParser  # --json
    groups: dict[str, Group] = field(default_factory=dict)

    def add(
        self, name: str, handler: Handler, help_: str, *parents: argparse.ArgumentParser
    ) -> argparse.ArgumentParser:
        """A command with no sub-commands (``peerview NAME``), run by ``handler``."""
        p = self.sub.add_parser(
            name, help=help_, parents=[self.common, *parents], description=help_
        )
        p.set_defaults(handler=handler)
        return p

    def group(self, name: str, help_: str | None = None) -> Group:
        """A command with sub-commands. The first call makes it, with ``help_``; a later
        call (another module adding ``review digest`` to ``review``) returns the same
        group, so modules extend each other's commands without reaching into argparse."""
        if name not in self.groups:
            if help_ is None:
                raise LookupError(f"No command '{name}' yet: register its module first.")
            p = self.sub.add_parser(name, help=help_, parents=[self.common], description=help_)
            actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
            self.groups[name] = Group(actions, self.common)
        return self.groups[name]
