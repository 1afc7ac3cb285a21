"""Derived tables kept in step with the log: the search index and framework trees.

Both are pure functions of synced rows, so a rebuild from the log recreates them.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text

from app.ids import join_id
from app.models import EvidenceNote, FrameworkArea, FrameworkPrompt, FrameworkStrand, table
from app.services.textfold import fold

_note = table(EvidenceNote)
# Everything a reviewer may search for in a note, in one folded body.
SEARCH_FIELDS = ("text", "emerging", "typicality", "subject", "year_group", "class_group")


def refresh_note_search(conn: Connection, note_id: str) -> None:
    row = conn.execute(
        select(_note.c.review_id, _note.c.deleted, *(_note.c[f] for f in SEARCH_FIELDS)).where(
            _note.c.id == note_id
        )
    ).first()
    rowid = conn.execute(
        text("SELECT rowid FROM note_search WHERE note_id = :id"), {"id": note_id}
    ).scalar()
    if rowid is not None:
        conn.execute(text("DELETE FROM note_fts WHERE rowid = :r"), {"r": rowid})
    if row is None or row.deleted:
        if rowid is not None:
            conn.execute(text("DELETE FROM note_search WHERE rowid = :r"), {"r": rowid})
        return
    if rowid is None:
        rowid = conn.execute(
            text("INSERT INTO note_search (note_id, review_id) VALUES (:id, :review)"),
            {"id": note_id, "review": row.review_id},
        ).lastrowid
    conn.execute(
        text("INSERT INTO note_fts (rowid, body) VALUES (:r, :body)"),
        {"r": rowid, "body": search_body(row)},
    )


def search_body(row: Any) -> str:
    get = row.get if isinstance(row, dict) else lambda f: getattr(row, f)
    return fold("\n".join(str(get(f) or "") for f in SEARCH_FIELDS))


def index_new_notes(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Index many new notes at once (the bulk path of Tx.create_many)."""
    start = conn.execute(text("SELECT coalesce(max(rowid), 0) FROM note_search")).scalar() or 0
    live = [r for r in rows if not r.get("deleted")]
    if not live:
        return
    conn.execute(
        text("INSERT INTO note_search (rowid, note_id, review_id) VALUES (:r, :id, :review)"),
        [{"r": start + i + 1, "id": r["id"], "review": r["review_id"]} for i, r in enumerate(live)],
    )
    conn.execute(
        text("INSERT INTO note_fts (rowid, body) VALUES (:r, :body)"),
        [{"r": start + i + 1, "body": search_body(r)} for i, r in enumerate(live)],
    )


def strand_id(content_hash: str, code: str) -> str:
    return join_id(content_hash, "strand", code)


def area_id(content_hash: str, code: str) -> str:
    return join_id(content_hash, "area", code)


def build_framework_tree(
    conn: Connection, version_id: str, content_hash: str, content: str
) -> None:
    """Materialise a version's areas, strands, prompts and descriptors from its content.

    Ids derive from the content hash and codes, so every replica agrees on them and a
    note tagged on one laptop points at the same strand on another.
    """
    if conn.execute(
        select(FrameworkArea.id).where(FrameworkArea.version_id == version_id).limit(1)
    ).first():
        return  # a version's content never changes, so its tree is already right
    data = json.loads(content)
    areas = [
        {
            "id": area_id(content_hash, a["code"]),
            "version_id": version_id,
            "code": a["code"],
            "title": a["title"],
            "description": a.get("description", ""),
            "position": i,
        }
        for i, a in enumerate(data["areas"])
    ]
    strands = []
    prompts = []
    for i, s in enumerate(data["strands"]):
        sid = strand_id(content_hash, s["code"])
        strands.append(
            {
                "id": sid,
                "version_id": version_id,
                "area_id": area_id(content_hash, s["area"]),
                "code": s["code"],
                "title": s["title"],
                "description": s.get("description", ""),
                "position": i,
            }
        )
        for kind, key in (("prompt", "prompts"), ("descriptor", "descriptors")):
            for j, line in enumerate(s.get(key, [])):
                prompts.append(
                    {
                        "id": join_id(sid, kind, str(j)),
                        "strand_id": sid,
                        "kind": kind,
                        "text": line,
                        "position": j,
                    }
                )
    conn.execute(insert(table(FrameworkArea)), areas)
    conn.execute(insert(table(FrameworkStrand)), strands)
    if prompts:
        conn.execute(insert(table(FrameworkPrompt)), prompts)


def clear_derived(conn: Connection) -> None:
    conn.execute(text("DELETE FROM note_fts"))
    conn.execute(text("DELETE FROM note_search"))
    conn.execute(delete(table(FrameworkPrompt)))
    conn.execute(delete(table(FrameworkStrand)))
    conn.execute(delete(table(FrameworkArea)))
