"""Developer tools stay out of what ships: nothing in ``app`` imports ``tools``, and no
module in ``app`` writes the repository's documentation pictures (the screenshot scripts
that once lived in app/ui now live in tools/)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_the_shipped_package_never_imports_the_developer_tools() -> None:
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / "app").rglob("*.py"))
        for name in _imports(path)
        if name == "tools" or name.startswith("tools.")
    ]
    assert offenders == []


def test_no_module_in_the_package_writes_the_documentation_pictures() -> None:
    writers = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "app").rglob("*.py"))
        if '"docs"' in path.read_text(encoding="utf-8")
    ]
    assert writers == []
    # And the tools are where the README says they are.
    for name in ("screenshots", "scenes", "shots_data", "guide_shots", "report_pages"):
        assert (ROOT / "tools" / f"{name}.py").is_file()
