"""Sync: bundles, merge rules, conflicts and the review digest. No Qt here.

Public entry points (docs/architecture.md): ``export_bundle``, ``import_bundle``,
``verify_bundle_file``, ``review_digest``. They are imported lazily so that importing
``app.sync`` stays cheap for the command line.
"""

from __future__ import annotations

from typing import Any

__all__ = ["export_bundle", "import_bundle", "review_digest", "verify_bundle_file"]


def __getattr__(name: str) -> Any:
    if name == "review_digest":
        from app.sync.digest import review_digest

        return review_digest
    if name == "export_bundle":
        from app.sync.exporter import export_bundle

        return export_bundle
    if name == "import_bundle":
        from app.sync.importer import import_bundle

        return import_bundle
    if name == "verify_bundle_file":
        from app.sync.importer import verify_bundle_file

        return verify_bundle_file
    raise AttributeError(name)
