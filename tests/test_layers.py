"""Peerview's layers, held by its imports (docs/architecture.md, "Layers").

Lowest first: the app-level helpers; models; services; sync and reports side by side;
the command line's commands and the window side by side; the CLI's parser; ``python -m
app``. A module imports its own part and the layers below it, never above, and no two
modules import each other however indirectly. The bench is developer tooling shipped as
a user command: it may import anything, and the core never imports it.

The checker (tests/import_graph.py) is proven on throwaway packages below: a planted
cycle and planted upward imports fail it.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.import_graph import Layers, check, describe, modules

ROOT = Path(__file__).resolve().parents[1]

LAYERS: Layers = (
    # app/__init__.py is a docstring; the helpers import nothing of Peerview's own.
    {
        "helpers": (
            "app",
            "app.ids",
            "app.fileio",
            "app.paths",
            "app.version",
            "app.dates",
            "app.textdiff",
            "app.invocation",
            "app.translatable",
        )
    },
    {"models": ("app.models",)},
    {"services": ("app.services",)},
    {"sync": ("app.sync",), "reports": ("app.reports",)},
    {"commands": ("app.commands",), "ui": ("app.ui",)},
    {"cli": ("app.cli",)},
    {"entry": ("app.__main__",)},
)
CORE = ("helpers", "models", "services", "sync", "reports")
# The bench (app/bench/, with its window figures in app/bench/gui/). Entries that stop
# matching any module are reported below, to be deleted.
TOOLING = ("app.bench",)

# Known exceptions: none. (The theme took its dark palette from the screenshot script until
# the palette moved into the theme.)
KNOWN_CYCLE_EDGES: frozenset[tuple[str, str]] = frozenset()


def test_peerview_has_no_import_cycle_and_no_upward_import() -> None:
    report = check(
        ROOT, "app", LAYERS, tooling=TOOLING, core=CORE, known_cycle_edges=KNOWN_CYCLE_EDGES
    )
    problems = describe(report, ROOT)
    assert not problems, problems
    # Not vacuous: it read the lazy, function-level imports too.
    assert any(
        i.source == "app.commands.sync" and i.target == "app.sync.exporter" for i in report.imports
    )


def test_the_exceptions_are_all_still_needed() -> None:
    """An exception that no longer matches anything must go, so that it cannot hide a
    new cycle or new tooling."""
    known = modules(ROOT, "app")
    edges = {(i.source, i.target) for i in check(ROOT, "app", LAYERS).imports}
    stale = sorted(KNOWN_CYCLE_EDGES - edges)
    stale_tooling = [t for t in TOOLING if not any(m == t or m.startswith(t + ".") for m in known)]
    assert not stale, f"fixed: remove {stale} from KNOWN_CYCLE_EDGES in tests/test_layers.py"
    assert not stale_tooling, f"gone: remove {stale_tooling} from TOOLING in tests/test_layers.py"


# --- the checker itself, on planted mistakes -------------------------------------------

TOY: Layers = (
    {"base": ("toy", "toy.ids")},
    {"models": ("toy.models",)},
    {"services": ("toy.services",)},
    {"sync": ("toy.sync",), "reports": ("toy.reports",)},
    {"ui": ("toy.ui",)},
)
TOY_CORE = ("base", "models", "services", "sync", "reports")

CLEAN = {
    "toy/__init__.py": "",
    "toy/ids.py": "def new() -> str:\n    return 'x'\n",
    "toy/models/__init__.py": "from toy.models.note import Note\n",
    "toy/models/note.py": "from toy import ids\n\nclass Note: ...\n",
    "toy/services/__init__.py": "",
    "toy/services/notes.py": "from toy.models import Note\nfrom . import store\n",
    "toy/services/store.py": "from ..ids import new\n",
    "toy/sync/__init__.py": "",
    "toy/sync/bundle.py": "from toy.services import notes\n",
    "toy/reports/__init__.py": "",
    "toy/reports/pdf.py": "from toy.services.notes import store\n",
    "toy/ui/__init__.py": "",
    "toy/ui/window.py": "import toy.sync.bundle\nfrom toy.reports import pdf\n",
    "toy/bench.py": "from toy.ui import window\n",
}


def toy(tmp_path: Path, **changes: str) -> Path:
    """A throwaway package: the clean one above with some files added or replaced."""
    for name, text in {
        **CLEAN,
        **{k.replace("__", "/") + ".py": v for k, v in changes.items()},
    }.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


def toy_report(root: Path) -> str:
    return describe(check(root, "toy", TOY, tooling=("toy.bench",), core=TOY_CORE), root)


def test_the_clean_toy_passes(tmp_path: Path) -> None:
    assert toy_report(toy(tmp_path)) == ""


def test_a_planted_cycle_fails_even_through_a_function_level_import(tmp_path: Path) -> None:
    root = toy(
        tmp_path,
        toy__services__store="""
            from toy.ids import new

            def later():
                from toy.services import notes  # lazy, but still a cycle
                return notes
        """,
    )
    problems = toy_report(root)
    assert (
        "import cycle: toy.services.notes -> toy.services.store -> toy.services.notes" in problems
    )
    assert "toy/services/store.py:5" in problems


def test_a_cycle_of_three_through_literal_import_module_fails(tmp_path: Path) -> None:
    root = toy(
        tmp_path,
        toy__sync__a="from toy.sync import b\n",
        toy__sync__b="import toy.sync.c\n",
        toy__sync__c="import importlib\nimportlib.import_module('toy.sync.a')\n",
    )
    assert "import cycle: toy.sync.a -> toy.sync.b -> toy.sync.c -> toy.sync.a" in toy_report(root)


def test_a_type_only_import_makes_no_cycle_but_still_counts_for_layers(tmp_path: Path) -> None:
    mutual = """
        from typing import TYPE_CHECKING

        if TYPE_CHECKING:
            from toy.services.notes import Thing
    """
    root = toy(tmp_path, toy__services__store=mutual)
    assert toy_report(root) == ""
    root = toy(tmp_path, toy__models__note=mutual)
    problems = toy_report(root)
    assert "toy/models/note.py:5: toy.models.note imports toy.services.notes" in problems
    assert "models sits below services" in problems


@pytest.mark.parametrize(
    "file, text, expected",
    [
        # a lower layer imports a higher one, at module level
        ("toy__models__note", "from toy.services import notes\n", "models sits below services"),
        # ... inside a function, relatively
        (
            "toy__services__store",
            "def f():\n    from ..sync import bundle\n",
            "services sits below sync",
        ),
        # side by side: sync and reports are independent of each other
        (
            "toy__reports__pdf",
            "from toy.sync.bundle import x\n",
            "reports and sync sit side by side",
        ),
        # the core never imports the tooling, even by a literal name
        (
            "toy__services__notes",
            "import importlib\nimportlib.import_module('toy.bench')\n",
            "services is core and never imports tooling",
        ),
    ],
)
def test_a_planted_upward_import_fails(tmp_path: Path, file: str, text: str, expected: str) -> None:
    problems = toy_report(toy(tmp_path, **{file: text}))
    assert expected in problems, problems
    assert file.replace("__", "/") + ".py:" in problems


def test_a_module_in_no_layer_is_named(tmp_path: Path) -> None:
    problems = toy_report(toy(tmp_path, toy__plugins="x = 1\n"))
    assert "toy.plugins is in no layer" in problems
