"""The frameworks Peerview ships: every file in resources/frameworks/, imported at start.

A reviewer in a secondary, special or Welsh partnership finds their framework in the New
review dialog without hand-importing a file. Importing is by content hash, so a shipped
file already imported changes nothing, and a revised file becomes a new version beside the
old one: reviews keep the version they were made with (docs/framework-format.md).
"""

from __future__ import annotations

from pathlib import Path

from app.ids import join_id
from app.paths import resource_path
from app.services import frameworks
from app.services.errors import NotFoundError
from app.services.framework_format import FrameworkContent, parse_bytes
from app.services.store import Store


def shipped_files() -> list[Path]:
    """The shipped framework files, the default first, the others by file name."""
    folder = resource_path("frameworks")
    others = sorted(p for p in folder.glob("*.json") if p.name != frameworks.DEFAULT_FRAMEWORK)
    return [folder / frameworks.DEFAULT_FRAMEWORK, *others]


def shipped_content(path: Path) -> FrameworkContent:
    return parse_bytes(path.read_bytes(), str(path))


def ensure_builtin(store: Store) -> str:
    """Import every shipped framework this installation lacks; returns the default's
    version id, as ``frameworks.ensure_default`` does."""
    for path in shipped_files()[1:]:
        frameworks.import_file(store, path)
    return frameworks.ensure_default(store)


def choose(store: Store, ref: str | None) -> str:
    """The version a new review uses: ``ref`` (a framework's name or part of it, or a
    version's id or hash) or, without one, the default. The shipped frameworks are
    imported first when the choice needs them, and not when ``ref`` matches nothing, so a
    mistyped name changes nothing stored."""
    if not ref:
        return ensure_builtin(store)
    try:
        return frameworks.resolve_framework(store, ref)
    except NotFoundError:
        wanted = " ".join(ref.split()).casefold()
        if not any(wanted in shipped_content(p).name.casefold() for p in shipped_files()):
            raise
    ensure_builtin(store)
    return frameworks.resolve_framework(store, ref)


def default_version_id() -> str:
    """The id the shipped default framework has once imported, whether or not it is yet:
    version ids are made from the content hash, so every installation agrees."""
    content = shipped_content(resource_path("frameworks", frameworks.DEFAULT_FRAMEWORK))
    return join_id("framework_version", content.content_hash)
