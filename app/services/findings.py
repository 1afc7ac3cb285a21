"""Findings: strengths, areas for development and Areas of Excellence, with the evidence
notes and framework strands that support them, next steps, triangulation, and the grade
guard's per-finding dismissal.

Every change goes through the change log, and every change to what the report says sends
a review that has left draft back to draft (app/services/signoff.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select

from app.ids import join_id
from app.models import (
    Finding,
    FindingStrand,
    FrameworkStrand,
    NextStep,
    table,
)
from app.models.findings import FINDING_KINDS, FINDING_LABELS
from app.services import grade_guard, refs, signoff
from app.services.errors import NotFoundError, PeerviewError

# The review's pinned framework version (and "no such review" if there is none).
from app.services.evidence import _review_version, note_review, strand_ids_for_codes
from app.services.grade_guard import GuardHit
from app.services.store import ChangeSet, Store, Tx
from app.services.triangulation import Triangulation, notes_of, retained, triangulate

MAX_TITLE_CHARS = 300
MAX_TEXT_CHARS = 20_000


@dataclass
class FindingView:
    id: str
    review_id: str
    kind: str
    title: str
    text: str
    position: int
    strand_ids: list[str] = field(default_factory=list)
    strand_codes: list[str] = field(default_factory=list)
    note_ids: list[str] = field(default_factory=list)
    triangulation: Triangulation = field(default_factory=lambda: Triangulation(0, (), 0))
    dismissed_terms: list[str] = field(default_factory=list)
    dismissed_reason: str = ""

    @property
    def kind_label(self) -> str:
        return FINDING_LABELS.get(self.kind, self.kind)

    @property
    def guard_hits(self) -> list[GuardHit]:
        """Judgement language in the title and text (spans in ``title + "\\n" + text``)
        that the finding has not dismissed."""
        return active_hits(self.title, self.text, self.dismissed_terms)


@dataclass(frozen=True)
class FindingResult:
    finding_id: str
    changes: ChangeSet


def guard_text(title: str, text: str) -> str:
    return f"{title}\n{text}"


def active_hits(title: str, text: str, dismissed_terms: Iterable[str]) -> list[GuardHit]:
    """The guard's hits on a finding, less the terms its dismissal covers. A term the
    dismissal did not cover (added to the text later) warns again."""
    dismissed = set(dismissed_terms)
    hits = grade_guard.find_judgement_terms(guard_text(title, text))
    return [h for h in hits if grade_guard.terms_of([h])[0] not in dismissed]


# --- checks ---------------------------------------------------------------------------


def _check(kind: str | None, title: str | None, text: str | None) -> None:
    if kind is not None and kind not in FINDING_KINDS:
        raise PeerviewError(
            f"Unknown kind of finding '{kind}'; use one of {', '.join(FINDING_KINDS)}."
        )
    if title is not None and len(title) > MAX_TITLE_CHARS:
        raise PeerviewError(
            f"The title is {len(title):,} characters; keep it under {MAX_TITLE_CHARS} and put "
            "the detail in the text."
        )
    if text is not None and len(text) > MAX_TEXT_CHARS:
        raise PeerviewError(
            f"The finding is {len(text):,} characters; a finding may hold {MAX_TEXT_CHARS:,}. "
            "Split it into several findings."
        )


def _finding_review(tx: Tx, finding_id: str) -> str:
    row = tx.conn.execute(
        select(Finding.review_id).where(Finding.id == finding_id, Finding.deleted.is_(False))
    ).first()
    if row is None:
        raise NotFoundError(
            f"No finding {finding_id}.", hint_cli="See: peerview finding list --review ID"
        )
    return str(row.review_id)


def _next_position(tx: Tx, model: type[Finding] | type[NextStep], review_id: str) -> int:
    t = table(model)
    found = tx.conn.execute(
        select(func.coalesce(func.max(t.c.position) + 1, 0)).where(
            t.c.review_id == review_id, t.c.deleted.is_(False)
        )
    ).scalar_one()
    return int(found)


def _check_notes(tx: Tx, review_id: str, note_ids: Iterable[str]) -> None:
    for note_id in note_ids:
        if note_review(tx, note_id) != review_id:
            raise PeerviewError("A finding can only cite evidence notes of its own review.")


def _check_strands(tx: Tx, review_id: str, strand_ids: Iterable[str]) -> None:
    version = _review_version(tx, review_id)
    for strand_id in strand_ids:
        if not tx.conn.execute(
            select(FrameworkStrand.id).where(
                FrameworkStrand.id == strand_id, FrameworkStrand.version_id == version
            )
        ).first():
            raise PeerviewError(f"Strand {strand_id} is not in this review's framework.")


def _title(title: str) -> str:
    return " ".join(title.split())


def _short(title: str) -> str:
    return title if len(title) <= 60 else title[:57] + "..."


# --- findings -------------------------------------------------------------------------


def create_finding(
    store: Store,
    review_id: str,
    kind: str,
    title: str = "",
    text: str = "",
    *,
    strand_codes: Sequence[str] = (),
    strand_ids: Sequence[str] = (),
    note_ids: Sequence[str] = (),
) -> FindingResult:
    _check(kind, title, text)
    with store.write() as tx:
        version = _review_version(tx, review_id)
        strands = [*strand_ids_for_codes(tx, version, strand_codes), *strand_ids]
        _check_strands(tx, review_id, strand_ids)
        _check_notes(tx, review_id, note_ids)
        position = _next_position(tx, Finding, review_id)
        finding_id = tx.create(
            "finding",
            {
                "review_id": review_id,
                "kind": kind,
                "title": _title(title),
                "text": text.strip(),
                "position": int(position),
            },
        )
        for strand_id in dict.fromkeys(strands):
            _join(tx, "finding_strand", finding_id, "strand_id", strand_id, True)
        for note_id in dict.fromkeys(note_ids):
            _join(tx, "finding_note", finding_id, "note_id", note_id, True)
        label = FINDING_LABELS[kind].lower()
        signoff.send_back_if_past_draft(tx, review_id, f"a {label} '{_short(title)}' was added")
    return FindingResult(finding_id, tx.changes)


_EDIT_WORDS = {"title": "title", "text": "text", "kind": "kind", "position": "order"}


def update_finding(
    store: Store,
    finding_id: str,
    *,
    title: str | None = None,
    text: str | None = None,
    kind: str | None = None,
    position: int | None = None,
) -> ChangeSet:
    _check(kind, title, text)
    fields: dict[str, object] = {}
    if title is not None:
        fields["title"] = _title(title)
    if text is not None:
        fields["text"] = text.strip()
    if kind is not None:
        fields["kind"] = kind
    if position is not None:
        fields["position"] = position
    with store.write() as tx:
        review_id = _finding_review(tx, finding_id)
        entry = tx.upsert("finding", finding_id, fields)
        if entry is not None:
            changed = " and ".join(_EDIT_WORDS[k] for k in _EDIT_WORDS if k in entry.fields)
            name = _current_title(tx.conn, finding_id)
            signoff.send_back_if_past_draft(
                tx, review_id, f"the {changed} of finding '{_short(name)}' changed"
            )
    return tx.changes


def _current_title(conn: Connection, finding_id: str) -> str:
    return str(conn.execute(select(Finding.title).where(Finding.id == finding_id)).scalar() or "")


def delete_finding(store: Store, finding_id: str) -> ChangeSet:
    with store.write() as tx:
        review_id = _finding_review(tx, finding_id)
        tx.delete("finding", finding_id)
        name = _current_title(tx.conn, finding_id)
        signoff.send_back_if_past_draft(tx, review_id, f"finding '{_short(name)}' was deleted")
    return tx.changes


def restore_finding(store: Store, finding_id: str) -> ChangeSet:
    """Undo a delete: a new entry lifts the tombstone; links and strands were kept."""
    with store.write() as tx:
        row = tx.conn.execute(select(Finding.review_id).where(Finding.id == finding_id)).first()
        if row is None:
            raise NotFoundError(f"No finding {finding_id}.")
        if tx.upsert("finding", finding_id, {"deleted": False}) is not None:
            name = _current_title(tx.conn, finding_id)
            signoff.send_back_if_past_draft(
                tx, row.review_id, f"finding '{_short(name)}' was restored"
            )
    return tx.changes


def _join(tx: Tx, entity: str, finding_id: str, column: str, target: str, on: bool) -> bool:
    """Add (or revive) or remove one link row; True when something changed. Join ids make
    the same link made on two laptops one row (app/services/evidence.py does the same)."""
    row_id = join_id(entity, finding_id, target)
    if on:
        fields = {"finding_id": finding_id, column: target, "deleted": False}
        return tx.upsert(entity, row_id, fields) is not None
    return tx.delete(entity, row_id) is not None


def link_notes(
    store: Store, finding_id: str, note_ids: Sequence[str], on: bool = True
) -> ChangeSet:
    """Link (or with ``on=False`` unlink) evidence notes to a finding."""
    with store.write() as tx:
        review_id = _finding_review(tx, finding_id)
        if on:
            _check_notes(tx, review_id, note_ids)
        changed = sum(
            _join(tx, "finding_note", finding_id, "note_id", n, on) for n in dict.fromkeys(note_ids)
        )
        if changed:
            what = "linked to" if on else "unlinked from"
            name = _current_title(tx.conn, finding_id)
            signoff.send_back_if_past_draft(
                tx, review_id, f"{changed} evidence note(s) {what} finding '{_short(name)}'"
            )
    return tx.changes


def set_strands(
    store: Store,
    finding_id: str,
    *,
    strand_ids: Sequence[str] | None = None,
    strand_codes: Sequence[str] | None = None,
) -> ChangeSet:
    """Make the finding's strands exactly these (by id or by code)."""
    with store.write() as tx:
        review_id = _finding_review(tx, finding_id)
        wanted = list(strand_ids or [])
        _check_strands(tx, review_id, wanted)
        if strand_codes:
            wanted += strand_ids_for_codes(tx, _review_version(tx, review_id), strand_codes)
        current = set(
            tx.conn.execute(
                select(FindingStrand.strand_id).where(
                    FindingStrand.finding_id == finding_id, FindingStrand.deleted.is_(False)
                )
            ).scalars()
        )
        changed = 0
        for strand_id in set(wanted) - current:
            changed += _join(tx, "finding_strand", finding_id, "strand_id", strand_id, True)
        for strand_id in current - set(wanted):
            changed += _join(tx, "finding_strand", finding_id, "strand_id", strand_id, False)
        if changed:
            name = _current_title(tx.conn, finding_id)
            signoff.send_back_if_past_draft(
                tx, review_id, f"the strands of finding '{_short(name)}' changed"
            )
    return tx.changes


def dismiss_guard(store: Store, finding_id: str, reason: str) -> ChangeSet:
    """Dismiss the grade guard's warnings on a finding, recording why. The dismissal
    covers the terms found now; a judgement term added later warns again. Dismissing
    does not change what the report says, so it does not send the review back."""
    reason = " ".join(reason.split())
    if not reason:
        raise PeerviewError(
            "Say why the wording stays (for example: 'quoting the school's own "
            "self-evaluation'); the reason is kept with the finding."
        )
    with store.write() as tx:
        _finding_review(tx, finding_id)
        row = tx.conn.execute(
            select(Finding.title, Finding.text, Finding.guard_dismissed_terms).where(
                Finding.id == finding_id
            )
        ).one()
        hits = grade_guard.find_judgement_terms(guard_text(row.title, row.text))
        if not hits:
            raise PeerviewError("The grade guard has nothing to dismiss on this finding.")
        terms = sorted(
            set(dismissed_terms(row.guard_dismissed_terms)) | set(grade_guard.terms_of(hits))
        )
        tx.upsert(
            "finding",
            finding_id,
            {"guard_dismissed_terms": json.dumps(terms), "guard_dismissed_reason": reason},
        )
    return tx.changes


def dismissed_terms(value: str) -> list[str]:
    """The judgement terms a finding's guard dismissal covers (stored as JSON)."""
    try:
        found = json.loads(value) if value else []
    except ValueError:
        return []
    return [str(t) for t in found] if isinstance(found, list) else []


# --- next steps -----------------------------------------------------------------------


def add_next_step(
    store: Store, review_id: str, text: str, finding_id: str | None = None
) -> FindingResult:
    if not text.strip():
        raise PeerviewError("A next step needs some text.")
    _check(None, None, text)
    with store.write() as tx:
        _review_version(tx, review_id)
        if finding_id is not None and _finding_review(tx, finding_id) != review_id:
            raise PeerviewError("A next step can only follow a finding of its own review.")
        position = _next_position(tx, NextStep, review_id)
        step_id = tx.create(
            "next_step",
            {
                "review_id": review_id,
                "finding_id": finding_id,
                "text": text.strip(),
                "position": int(position),
            },
        )
        signoff.send_back_if_past_draft(tx, review_id, "a next step was added")
    return FindingResult(step_id, tx.changes)


def update_next_step(
    store: Store, step_id: str, *, text: str | None = None, delete: bool = False
) -> ChangeSet:
    if text is not None:
        _check(None, None, text)
    with store.write() as tx:
        row = tx.conn.execute(
            select(NextStep.review_id).where(NextStep.id == step_id, NextStep.deleted.is_(False))
        ).first()
        if row is None:
            raise NotFoundError(f"No next step {step_id}.")
        if delete:
            changed = tx.delete("next_step", step_id) is not None
        else:
            changed = tx.upsert("next_step", step_id, {"text": (text or "").strip()}) is not None
        if changed:
            what = "a next step was deleted" if delete else "a next step changed"
            signoff.send_back_if_past_draft(tx, row.review_id, what)
    return tx.changes


def list_next_steps(store: Store, review_id: str) -> list[NextStep]:
    with store.session() as s:
        return list(
            s.scalars(
                select(NextStep)
                .where(NextStep.review_id == review_id, NextStep.deleted.is_(False))
                .order_by(NextStep.position, NextStep.id)
            ).all()
        )


# --- reading --------------------------------------------------------------------------


def list_findings(store: Store, review_id: str) -> list[FindingView]:
    """The review's findings in report order (kind, then position), with their strands,
    linked notes, triangulation and guard dismissal."""
    with store.read() as conn:
        finding = table(Finding)
        rows = conn.execute(
            select(finding).where(finding.c.review_id == review_id, finding.c.deleted.is_(False))
        ).all()
        order = {k: i for i, k in enumerate(FINDING_KINDS)}
        findings = sorted(rows, key=lambda f: (order.get(f.kind, 9), f.position, f.id))
        ids = [f.id for f in findings]
        strands = _strands_of(conn, ids)
        notes = notes_of(conn, ids)
        tri = triangulate(conn, notes)
        out = []
        for f in findings:
            views = strands.get(f.id, [])
            out.append(
                FindingView(
                    id=f.id,
                    review_id=f.review_id,
                    kind=f.kind,
                    title=f.title,
                    text=f.text,
                    position=f.position,
                    strand_ids=[s for s, _ in views],
                    strand_codes=[c for _, c in views],
                    note_ids=notes.get(f.id, []),
                    triangulation=retained(f.retained_evidence) or tri[f.id],
                    dismissed_terms=dismissed_terms(f.guard_dismissed_terms),
                    dismissed_reason=f.guard_dismissed_reason,
                )
            )
    return out


def resolve_finding(store: Store, ref: str) -> str:
    """A finding id from its full id or a unique start or end of it."""
    return refs.resolve_record(
        store, "finding", ref, what="finding", listing="peerview finding list --review ID"
    )


def get_finding(store: Store, finding_id: str) -> FindingView:
    with store.read() as conn:
        row = conn.execute(
            select(Finding.review_id).where(Finding.id == finding_id, Finding.deleted.is_(False))
        ).first()
    if row is None:
        raise NotFoundError(f"No finding {finding_id}.")
    return next(f for f in list_findings(store, row.review_id) if f.id == finding_id)


def _strands_of(conn: Connection, finding_ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for fid, sid, code in conn.execute(
        select(FindingStrand.finding_id, FrameworkStrand.id, FrameworkStrand.code)
        .join(FrameworkStrand, FrameworkStrand.id == FindingStrand.strand_id)
        .where(FindingStrand.finding_id.in_(finding_ids), FindingStrand.deleted.is_(False))
        .order_by(FrameworkStrand.position)
    ):
        out.setdefault(fid, []).append((sid, code))
    return out
