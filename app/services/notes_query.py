"""Reading a review's notes a page at a time, filtered and searched, for the capture page.

Pages are keyset pages, never OFFSET: the next page starts after the last row shown, so
page 500 of a 100,000-note review costs what page 1 costs. Without a search the order is
newest first by ``(observed_at, id)``; with a search it is the search index's order
(newest written first, see search.py), which lets FTS5 stop after one page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text

from app.models import Activity
from app.services import search
from app.services.authors import Authors
from app.services.store import Store

PAGE_SIZE = 200


@dataclass(frozen=True)
class NoteFilter:
    """What the reviewer has narrowed the list to. Empty fields do not filter."""

    query: str = ""
    strand_id: str | None = None
    activity_kind: str | None = None
    author_key_id: str | None = None
    question_id: str | None = None
    no_strand: bool = False

    @property
    def terms(self) -> list[str]:
        return search.query_terms(self.query)


@dataclass(frozen=True)
class NoteRow:
    id: str
    observed_at: str
    activity_kind: str
    activity_id: str | None
    author_key_id: str | None
    text: str
    strand_codes: tuple[str, ...]
    # Where the next page starts: (observed_at, id) listing, or the search index rowid.
    key: tuple[Any, ...]
    snippet: str = ""
    highlights: list[tuple[int, int]] = field(default_factory=list)


_STRANDS = (
    "(SELECT group_concat(code, ' ') FROM (SELECT fs.code AS code FROM note_strand ns "
    "JOIN framework_strand fs ON fs.id = ns.strand_id "
    "WHERE ns.note_id = n.id AND ns.deleted = 0 ORDER BY fs.position))"
)
_COLUMNS = (
    "n.id, n.observed_at, n.activity_kind, n.activity_id, n.author_key_id, n.text, "
    f"n.emerging, n.typicality, {_STRANDS} AS strands"
)


def _conditions(flt: NoteFilter, params: dict[str, Any]) -> list[str]:
    where = ["n.deleted = 0"]
    if flt.activity_kind:
        where.append("n.activity_kind = :kind")
        params["kind"] = flt.activity_kind
    if flt.author_key_id:
        where.append("n.author_key_id = :author")
        params["author"] = flt.author_key_id
    if flt.strand_id:
        # IN (subquery) lets SQLite drive from the tag index when a strand has few notes.
        where.append(
            "n.id IN (SELECT note_id FROM note_strand WHERE strand_id = :strand AND deleted = 0)"
        )
        params["strand"] = flt.strand_id
    if flt.question_id:
        where.append(
            "n.id IN (SELECT note_id FROM note_question WHERE question_id = :question "
            "AND deleted = 0)"
        )
        params["question"] = flt.question_id
    if flt.no_strand:
        where.append(
            "NOT EXISTS (SELECT 1 FROM note_strand ns WHERE ns.note_id = n.id AND ns.deleted = 0)"
        )
    return where


def page(
    store: Store,
    review_id: str,
    flt: NoteFilter = NoteFilter(),
    after: tuple[Any, ...] | None = None,
    limit: int = PAGE_SIZE,
) -> list[NoteRow]:
    """One page of notes matching ``flt``, starting after the row whose key is ``after``."""
    params: dict[str, Any] = {"review": review_id, "limit": limit}
    where = _conditions(flt, params)
    terms = flt.terms
    if terms:
        params["q"] = search.fts_query(terms)
        if after is not None:
            where.append("f.rowid < :after")
            params["after"] = after[0]
        sql = (
            f"SELECT {_COLUMNS}, f.rowid AS k FROM note_fts f "
            "JOIN note_search s ON s.rowid = f.rowid "
            "JOIN evidence_note n ON n.id = s.note_id "
            f"WHERE note_fts MATCH :q AND s.review_id = :review AND {' AND '.join(where)} "
            "ORDER BY f.rowid DESC LIMIT :limit"
        )
    else:
        if after is not None:
            where.append("(n.observed_at, n.id) < (:after_at, :after_id)")
            params["after_at"], params["after_id"] = after
        sql = (
            f"SELECT {_COLUMNS} FROM evidence_note n "
            f"WHERE n.review_id = :review AND {' AND '.join(where)} "
            "ORDER BY n.observed_at DESC, n.id DESC LIMIT :limit"
        )
    with store.read() as conn:
        rows = conn.execute(text(sql), params).all()
    return [_row(r, terms, key=(r.k,) if terms else (r.observed_at, r.id)) for r in rows]


def _row(r: Any, terms: list[str], key: tuple[Any, ...]) -> NoteRow:
    snippet, spans = "", list[tuple[int, int]]()
    if terms:
        snippet, spans = search.best_snippet((r.text, r.emerging, r.typicality), terms)
    return NoteRow(
        id=r.id,
        observed_at=r.observed_at,
        activity_kind=r.activity_kind,
        activity_id=r.activity_id,
        author_key_id=r.author_key_id,
        text=r.text,
        strand_codes=tuple((r.strands or "").split()),
        key=key,
        snippet=snippet,
        highlights=spans,
    )


def count(store: Store, review_id: str, flt: NoteFilter = NoteFilter()) -> int:
    """How many notes match (for the list's heading)."""
    params: dict[str, Any] = {"review": review_id}
    where = _conditions(flt, params)
    terms = flt.terms
    if terms:
        params["q"] = search.fts_query(terms)
        sql = (
            "SELECT count(*) FROM note_fts f JOIN note_search s ON s.rowid = f.rowid "
            "JOIN evidence_note n ON n.id = s.note_id "
            f"WHERE note_fts MATCH :q AND s.review_id = :review AND {' AND '.join(where)}"
        )
    else:
        sql = f"SELECT count(*) FROM evidence_note n WHERE n.review_id = :review AND {' AND '.join(where)}"
    with store.read() as conn:
        return int(conn.execute(text(sql), params).scalar() or 0)


def strand_counts(store: Store, review_id: str) -> dict[str, int]:
    """Live notes per strand id, for the framework tree."""
    # CROSS JOIN fixes the join order: from the (fewer) tags to their notes, rather than
    # probing the tag index once for each of the review's notes.
    sql = text(
        "SELECT ns.strand_id, count(*) FROM note_strand ns "
        "CROSS JOIN evidence_note n ON n.id = ns.note_id "
        "WHERE ns.deleted = 0 AND n.deleted = 0 AND n.review_id = :review "
        "GROUP BY ns.strand_id"
    )
    with store.read() as conn:
        return {r[0]: int(r[1]) for r in conn.execute(sql, {"review": review_id})}


def authors(store: Store, review_id: str) -> list[tuple[str, str]]:
    """(author key id, display name) of everyone with a note in the review."""
    # A skip scan: one index seek per distinct author, not a pass over every note.
    sql = text(
        "WITH RECURSIVE a(k) AS ("
        " SELECT (SELECT min(author_key_id) FROM evidence_note"
        "  WHERE review_id = :review AND deleted = 0 AND author_key_id IS NOT NULL)"
        " UNION ALL"
        " SELECT (SELECT min(author_key_id) FROM evidence_note"
        "  WHERE review_id = :review AND deleted = 0 AND author_key_id > a.k)"
        " FROM a WHERE a.k IS NOT NULL) "
        "SELECT a.k FROM a WHERE a.k IS NOT NULL"
    )
    with store.read() as conn:
        keys = [str(r[0]) for r in conn.execute(sql, {"review": review_id})]
        names = Authors(store, conn)
    named = [(k, names.name(k, you="You")) for k in keys]
    return sorted(named, key=lambda pair: pair[1].casefold())


def activity_at(
    store: Store, review_id: str, when: dt.datetime, activities: Sequence[Activity] | None = None
) -> Activity | None:
    """The timetabled activity happening at ``when``: the one whose day matches and whose
    slot holds the time. Where slots overlap, the one that started last (the reviewer most
    likely just walked into it)."""
    if activities is None:
        from app.services import reviews  # a cycle at import time otherwise

        activities = reviews.get_review(store, review_id).activities
    day, clock = when.date().isoformat(), when.strftime("%H:%M")
    current = [a for a in activities if a.day == day and a.start_time <= clock < a.end_time]
    if not current:
        return None
    return max(current, key=lambda a: a.start_time)


def rows_by_id(
    store: Store, review_id: str, ids: Sequence[str], flt: NoteFilter = NoteFilter()
) -> dict[str, NoteRow]:
    """The current rows of these notes (those still matching ``flt``), keyed by id: the
    list refreshes notes in place as the reviewer types instead of reloading pages."""
    if not ids:
        return {}
    params: dict[str, Any] = {"review": review_id}
    where = _conditions(flt, params)
    marks = ", ".join(f":id{i}" for i in range(len(ids)))
    params.update({f"id{i}": note_id for i, note_id in enumerate(ids)})
    sql = (
        f"SELECT {_COLUMNS}, (SELECT rowid FROM note_search WHERE note_id = n.id) AS k "
        f"FROM evidence_note n WHERE n.review_id = :review AND n.id IN ({marks}) "
        f"AND {' AND '.join(where)}"
    )
    terms = flt.terms
    with store.read() as conn:
        rows = conn.execute(text(sql), params).all()
    # In a search, an edited note keeps its place (its search key) even if it no longer
    # matches: the list changes under the reviewer only when they change the query.
    return {r.id: _row(r, terms, key=(r.k,) if terms else (r.observed_at, r.id)) for r in rows}
