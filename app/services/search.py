"""Full-text search over a review's evidence notes (SQLite FTS5 over folded text).

Matching happens on folded text (see textfold); the snippet is cut from the note as
the reviewer wrote it, with the matched words marked, so "lodz" shows "Łódź".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import bindparam, select, text

from app.models import EvidenceNote
from app.services.store import Store
from app.services.textfold import fold, fold_with_map

SNIPPET_CHARS = 160
# A word for the query is what FTS5's tokenizer (categories L* N* Co M*) calls a token:
# letters, numbers and marks, so Hindi vowel signs stay inside their word.
_TOKEN_CATEGORIES = ("L", "N", "M", "Co")


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


def _is_token_char(ch: str) -> bool:
    return unicodedata.category(ch).startswith(_TOKEN_CATEGORIES)


def query_terms(query: str) -> list[str]:
    terms, current = [], []
    for ch in fold(query):
        if _is_token_char(ch):
            current.append(ch)
        elif current:
            terms.append("".join(current))
            current = []
    if current:
        terms.append("".join(current))
    return terms


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
        ids = [
            r[0]
            for r in conn.execute(sql, {"q": fts_query(terms), "review": review_id, "limit": limit})
        ]
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


def best_snippet(bodies: tuple[str, ...], terms: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The snippet of the first of ``bodies`` (text, emerging, typicality) that matches."""
    body = next((t for t in bodies if t and _find(t, terms)), bodies[0])
    return make_snippet(body, terms)


def _find(body: str, terms: list[str]) -> bool:
    folded = fold(body)
    return any(next(_term_spans(folded, t), None) for t in terms)


def _term_spans(folded: str, term: str) -> Iterator[tuple[int, int]]:
    """Where a term starts a word in folded text, to the end of that word (prefix match)."""
    start = folded.find(term)
    while start >= 0:
        if start == 0 or not _is_token_char(folded[start - 1]):
            end = start + len(term)
            while end < len(folded) and _is_token_char(folded[end]):
                end += 1
            yield start, end
        start = folded.find(term, start + 1)


def make_snippet(
    body: str, terms: list[str], width: int = SNIPPET_CHARS
) -> tuple[str, list[tuple[int, int]]]:
    """A window of the original text around the first match, and the matched spans in it."""
    folded, index = fold_with_map(body)
    spans: list[tuple[int, int]] = []
    for term in terms:
        for m_start, m_end in _term_spans(folded, term):
            end = index[m_end - 1] + 1
            # Folding drops combining marks; mark the whole letter, accents included.
            while end < len(body) and unicodedata.combining(body[end]):
                end += 1
            spans.append((index[m_start], end))
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
