"""Every command and sub-command has a handler of its own (app/commands/__init__.py), so
adding one never means another branch in someone else's if-chain."""

from __future__ import annotations

import argparse
import inspect
from collections.abc import Iterator

import pytest

from app.cli import build_parser
from app.commands import Registrar


def leaves(parser: argparse.ArgumentParser, path: str = "") -> Iterator[tuple[str, object]]:
    """(``"review show"``, handler) for every command the parser can run. The test walks
    argparse's parsers; the application never does."""
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not groups:
        yield path.strip(), parser.get_default("handler")
        return
    for name, child in groups[0].choices.items():
        yield from leaves(child, f"{path} {name}")


def test_each_command_and_sub_command_has_its_own_handler() -> None:
    found = dict(leaves(build_parser()))
    assert {"review show", "review digest", "finding dismiss", "sync resolve", "bench"} <= set(
        found
    )
    assert all(callable(h) for h in found.values()), found
    by_handler: dict[object, list[str]] = {}
    for name, handler in found.items():
        by_handler.setdefault(handler, []).append(name)
    assert [names for names in by_handler.values() if len(names) > 1] == []
    for name, handler in found.items():
        assert "args.action" not in inspect.getsource(handler), f"{name} branches on its action"


def test_a_group_is_extended_only_after_it_is_made() -> None:
    parser = argparse.ArgumentParser()
    common = argparse.ArgumentParser(add_help=False)
    reg = Registrar(parser.add_subparsers(dest="command"), common, common)
    with pytest.raises(LookupError, match="No command 'review' yet"):
        reg.group("review")
    made = reg.group("review", "list reviews or show one")
    assert reg.group("review") is made
