"""Full-text search over a review's evidence notes (SQLite FTS5 over folded text).

Matching happens on folded text (see textfold); the snippet is cut from the note as
the reviewer wrote it, with the matched words marked, so "lodz" shows "Łódź".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import bindparam, select, text

from app.models import EvidenceNote
from app.services.store import Store
from app.services.textfold import fold, fold_with_map

SNIPPET_CHARS = 160
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    note_id: str
    snippet: str
    highlights: list[tuple[int, int]]  # (start, end) in snippet
    activity_kind: str
    observed_at: str

    def marked(self, before: str = "[", after: str = "]") -> str:
        out, last = [], 0
        for start, end in self.highlights:
            out += [self.snippet[last:start], before, self.snippet[start:end], after]
            last = end
        out.append(self.snippet[last:])
        return "".join(out)


def query_terms(query: str) -> list[str]:
    return _WORD.findall(fold(query))


def fts_query(terms: list[str]) -> str:
    # Every term must appear; each as a prefix, so results come while the word is typed.
    return " ".join(f'"{t}"*' for t in terms)


def search_notes(store: Store, review_id: str, query: str, limit: int = 50) -> list[SearchHit]:
    terms = query_terms(query)
    if not terms:
        return []
    # Newest first, not by bm25 rank: ranking must score every match before the first
    # result shows (a common word matches most of 100,000 notes), while rowid order lets
    # FTS5 stop after the first page. A reviewer typing usually wants the recent note.
    sql = text(
        "SELECT s.note_id FROM note_fts f JOIN note_search s ON s.rowid = f.rowid "
        "WHERE note_fts MATCH :q AND s.review_id = :review ORDER BY f.rowid DESC LIMIT :limit"
    )
    with store.read() as conn:
        ids = [r[0] for r in conn.execute(sql, {"q": fts_query(terms), "review": review_id, "limit": limit})]
        if not ids:
            return []
        rows = {
            r.id: r
            for r in conn.execute(
                select(
                    EvidenceNote.id,
                    EvidenceNote.text,
                    EvidenceNote.emerging,
                    EvidenceNote.typicality,
                    EvidenceNote.activity_kind,
                    EvidenceNote.observed_at,
                ).where(EvidenceNote.id.in_(bindparam("ids", expanding=True))),
                {"ids": ids},
            )
        }
    hits = []
    for note_id in ids:
        row = rows[note_id]
        body = next(
            (t for t in (row.text, row.emerging, row.typicality) if _find(t, terms)), row.text
        )
        snippet, spans = make_snippet(body, terms)
        hits.append(SearchHit(note_id, snippet, spans, row.activity_kind, row.observed_at))
    return hits


def _find(body: str, terms: list[str]) -> bool:
    folded = fold(body)
    return any(re.search(rf"\b{re.escape(t)}", folded) for t in terms)


def make_snippet(body: str, terms: list[str], width: int = SNIPPET_CHARS) -> tuple[str, list[tuple[int, int]]]:
    """A window of the original text around the first match, and the matched spans in it."""
    folded, index = fold_with_map(body)
    spans: list[tuple[int, int]] = []
    for term in terms:
        for m in re.finditer(rf"\b{re.escape(term)}\w*", folded):
            spans.append((index[m.start()], index[m.end() - 1] + 1))
    spans.sort()
    if not spans:
        return body[:width], []
    first = spans[0][0]
    start = max(0, first - width // 3)
    if start > 0:
        # Start at a word boundary rather than mid-word.
        space = body.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and first - space < width // 2 else start
    end = min(len(body), start + width)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(body) else ""
    snippet = prefix + body[start:end] + suffix
    shift = len(prefix) - start
    visible = [(a + shift, b + shift) for a, b in spans if a >= start and b <= end]
    merged: list[tuple[int, int]] = []
    for a, b in visible:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return snippet, merged
