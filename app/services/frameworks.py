"""Frameworks: import, export, list, and lookups in a pinned version's tree."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app import fileio
from app.ids import join_id
from app.models import Framework, FrameworkArea, FrameworkStrand, FrameworkVersion, Review
from app.paths import resource_path
from app.services import refs
from app.services.errors import NotFoundError, PeerviewError
from app.services.framework_format import FrameworkContent, FrameworkFormatError, parse_bytes
from app.services.store import ChangeSet, Store, Tx

DEFAULT_FRAMEWORK = "peerview-developmental-2026.json"


@dataclass(frozen=True)
class ImportResult:
    version_id: str
    created: bool
    name: str
    label: str
    content_hash: str
    changes: ChangeSet


@dataclass(frozen=True)
class FrameworkSummary:
    version_id: str
    framework_id: str | None
    name: str
    label: str
    content_hash: str
    areas: int
    strands: int
    reviews: int


def import_bytes(store: Store, raw: bytes, source: str = "framework file") -> ImportResult:
    """Validate completely, then write. The same content twice is one version."""
    try:
        content = parse_bytes(raw, source)
    except FrameworkFormatError as exc:
        raise PeerviewError(str(exc)) from exc
    with store.write() as tx:
        version_id, created = write_content(tx, content)
    changes = tx.changes if created else ChangeSet()
    return ImportResult(
        version_id, created, content.name, content.version, content.content_hash, changes
    )


def write_content(tx: Tx, content: FrameworkContent) -> tuple[str, bool]:
    """The version holding ``content``, created unless one with its hash exists; returns
    its id and whether it was created."""
    existing = tx.conn.execute(
        select(FrameworkVersion.id).where(
            FrameworkVersion.content_hash == content.content_hash,
            FrameworkVersion.deleted.is_(False),
        )
    ).scalar()
    if existing:
        return existing, False
    # Group versions under a framework of the same name; versions themselves are
    # always matched by hash.
    framework_id = tx.conn.execute(
        select(Framework.id).where(Framework.name == content.name, Framework.deleted.is_(False))
    ).scalar()
    if framework_id is None:
        framework_id = tx.create(
            "framework",
            {"name": content.name, "description": content.data["description"]},
            # Name- and hash-based ids: two laptops importing the same framework make
            # the same records, so bundles between them match by hash (decision 0012).
            entity_id=join_id("framework", content.name),
        )
    version_id = tx.create(
        "framework_version",
        {
            "framework_id": framework_id,
            "label": content.version,
            "content_hash": content.content_hash,
            "content": content.canonical,
        },
        entity_id=join_id("framework_version", content.content_hash),
    )
    return version_id, True


def import_file(store: Store, path: Path) -> ImportResult:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PeerviewError(f"Cannot read {path}: {exc.strerror}. Check the file name.") from exc
    return import_bytes(store, raw, str(path))


def ensure_default(store: Store) -> str:
    """Import the shipped framework if this installation has none; returns its version id."""
    return import_file(store, resource_path("frameworks", DEFAULT_FRAMEWORK)).version_id


def list_frameworks(store: Store) -> list[FrameworkSummary]:
    with store.session() as s:
        areas = (
            select(func.count())
            .where(FrameworkArea.version_id == FrameworkVersion.id)
            .scalar_subquery()
        )
        strands = (
            select(func.count())
            .where(FrameworkStrand.version_id == FrameworkVersion.id)
            .scalar_subquery()
        )
        reviews = (
            select(func.count())
            .where(Review.framework_version_id == FrameworkVersion.id, Review.deleted.is_(False))
            .scalar_subquery()
        )
        rows = s.execute(
            select(FrameworkVersion, Framework.name, areas, strands, reviews)
            .outerjoin(Framework, Framework.id == FrameworkVersion.framework_id)
            .where(FrameworkVersion.deleted.is_(False))
            .order_by(Framework.name, FrameworkVersion.label)
        ).all()
    return [
        FrameworkSummary(v.id, v.framework_id, name or "", v.label, v.content_hash, a, st, r)
        for v, name, a, st, r in rows
    ]


def resolve_version(store: Store, ref: str) -> str:
    """A version id from its id or its content hash, whole or a unique start or end."""
    return refs.match(
        ref,
        {f.version_id: (f.version_id, f.content_hash) for f in list_frameworks(store)},
        what="framework version",
        listing="peerview framework list",
        called="id or hash",
    )


def resolve_framework(store: Store, ref: str) -> str:
    """A version id from a framework's name, or part of it (its newest version), or from a
    version's id or hash as ``resolve_version`` reads them."""
    listed = list_frameworks(store)
    wanted = " ".join(ref.split()).casefold()
    named = [f for f in listed if f.name.casefold() == wanted]
    if not named:
        try:
            return resolve_version(store, ref)
        except PeerviewError as exc:
            named = [f for f in listed if wanted and wanted in f.name.casefold()]
            if not named:
                raise NotFoundError(
                    f"No framework name contains '{ref.strip()}', and no framework version "
                    "id or hash matches it.",
                    hint_cli="See: peerview framework list",
                ) from exc
    names = sorted({f.name for f in named})
    if len(names) > 1:
        raise PeerviewError(
            f"'{ref.strip()}' is part of {len(names)} framework names ({'; '.join(names)}); "
            "give more of the name."
        )
    return max(named, key=lambda f: label_key(f.label)).version_id


def label_key(label: str) -> tuple[tuple[int, int, str], ...]:
    # "2026.10" comes after "2026.9": numbers compare as numbers.
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
        for part in re.findall(r"\d+|\D+", label)
    )


def export_file(store: Store, version_id: str, path: Path) -> None:
    with store.session() as s:
        content = s.scalar(
            select(FrameworkVersion.content).where(FrameworkVersion.id == version_id)
        )
    if content is None:
        raise NotFoundError(
            f"No framework version {version_id}.", hint_cli="See: peerview framework list"
        )
    pretty = json.dumps(json.loads(content), indent=2, ensure_ascii=False) + "\n"
    fileio.write_text(path, pretty)


def strands_by_code(store: Store, version_id: str) -> dict[str, FrameworkStrand]:
    with store.session() as s:
        rows = s.scalars(
            select(FrameworkStrand)
            .where(FrameworkStrand.version_id == version_id)
            .order_by(FrameworkStrand.position)
        ).all()
    return {r.code.upper(): r for r in rows}


def tree(store: Store, version_id: str) -> list[tuple[FrameworkArea, list[FrameworkStrand]]]:
    """Areas in order, each with its strands in order."""
    with store.session() as s:
        areas = s.scalars(
            select(FrameworkArea)
            .where(FrameworkArea.version_id == version_id)
            .order_by(FrameworkArea.position)
        ).all()
        strands = s.scalars(
            select(FrameworkStrand)
            .where(FrameworkStrand.version_id == version_id)
            .order_by(FrameworkStrand.position)
        ).all()
    return [(a, [st for st in strands if st.area_id == a.id]) for a in areas]
