"""Impact reviews: months after a review, a follow-up visit or meeting records each action's
progress and what changed for pupils, in words (decision 0044).

Progress is one of three words (not started, under way, done), never a rating or a grade;
the evidence of impact is free text read against the action's success criteria, and the
judgement-language guard reads it as it reads findings (``guard``). Recording progress
moves the action's status on, unless a later impact review already spoke for the action.
An impact review belongs to its review and travels in its bundles; its leads, the host's
people and the improvement champion record it (app/services/authority.py). A record that
arrives naming an action of another review is not listed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from app.ids import join_id
from app.models import ActionItem, ImpactProgress, ImpactReview, Review, table
from app.models.impact import IMPACT_KINDS, PROGRESS_STATES
from app.services import refs
from app.services.errors import NotFoundError, PeerviewError
from app.services.store import ChangeSet, Store
from app.services.typed_text import typed
from app.translatable import QT_TRANSLATE_NOOP

# Progress in the words people use; "in_progress" is the action's own status code.
PROGRESS_LABELS = {
    "not_started": QT_TRANSLATE_NOOP("services.impact", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("services.impact", "Under way"),
    "done": QT_TRANSLATE_NOOP("services.impact", "Done"),
}
KIND_LABELS = {
    "visit": QT_TRANSLATE_NOOP("services.impact", "Visit"),
    "meeting": QT_TRANSLATE_NOOP("services.impact", "Meeting"),
}
LISTING = "peerview impact list --review ID"
MAX_NAMES = 2_000  # participants, a facilitator
MAX_WORDS = 20_000  # notes, evidence of impact
_ALIASES = {
    "not_started": "not_started",
    "under_way": "in_progress",
    "underway": "in_progress",
    "in_progress": "in_progress",
    "done": "done",
}

_impact, _progress = table(ImpactReview), table(ImpactProgress)
_action, _review = table(ActionItem), table(Review)


@dataclass(frozen=True)
class ProgressInput:
    """What a person records for one action at an impact review."""

    action_id: str
    progress: str  # a word of PROGRESS_LABELS or its code
    impact: str = ""


@dataclass(frozen=True)
class Progress:
    action_id: str
    action: str
    success_criteria: str
    progress: str
    impact: str

    @property
    def progress_label(self) -> str:
        return PROGRESS_LABELS.get(self.progress, self.progress)


@dataclass(frozen=True)
class Impact:
    id: str
    review_id: str
    held_on: str
    kind: str
    participants: str
    notes: str
    next_on: str
    progress: list[Progress] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


# ---------------------------------------------------------------------- words and checks
def progress_key(word: str) -> str:
    """A progress code from what a person typed: "under way", "under-way", "done"..."""
    key = _ALIASES.get(re.sub(r"[\s-]+", "_", word.strip().lower()))
    if key is None:
        raise PeerviewError(
            f"'{word}' is not a word for an action's progress; use not started, under way or "
            "done. Nothing was changed."
        )
    return key


def kind_key(word: str) -> str:
    key = word.strip().lower()
    if key not in IMPACT_KINDS:
        raise PeerviewError(
            f"'{word}' is not a kind of impact review; use visit or meeting. Nothing was changed."
        )
    return key


def text(value: str, what: str, limit: int = MAX_WORDS) -> str:
    return typed(value, what, limit)


def day(value: str, what: str, *, empty: bool = False) -> str:
    value = value.strip()
    if not value and empty:
        return ""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise PeerviewError(
            f"The {what} '{value}' is not a date; write it as YYYY-MM-DD. Nothing was changed."
        ) from exc


def guard(words: str) -> list[Any]:
    """The name and judgement guards' hits in text about impact (app/services/text_guard.py):
    grades, RAG ratings and verdicts are warned about as they are in findings."""
    from app.services import text_guard

    return text_guard.check(words, "impact")


def fields_problem(entity: str, fields: Mapping[str, Any]) -> str | None:
    """Why an incoming entry for an impact record or a workshop could not have come from a
    local edit (app/sync/fields.py), or None."""
    for name in ("held_on", "next_on"):
        value = fields.get(name)
        if isinstance(value, str) and value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return f"{name} '{value[:20]}' is not a date"
    if entity == "impact_review" and fields.get("kind", "visit") not in IMPACT_KINDS:
        return f"'{fields['kind']}' is not a kind of impact review"
    if entity == "impact_progress" and fields.get("progress", "not_started") not in PROGRESS_STATES:
        return f"'{fields['progress']}' is not a word for an action's progress"
    for name in ("participants", "facilitator"):
        value = fields.get(name)
        if isinstance(value, str) and len(value) > MAX_NAMES:
            return f"{name} is {len(value):,} characters; at most {MAX_NAMES:,} are allowed"
    for name in ("notes", "impact", "agreed"):
        value = fields.get(name)
        if isinstance(value, str) and len(value) > MAX_WORDS:
            return f"{name} is {len(value):,} characters; at most {MAX_WORDS:,} are allowed"
    if entity == "improvement_workshop" and "action_ids" in fields:
        try:
            ids = json.loads(str(fields["action_ids"]))
        except ValueError:
            ids = None
        if not isinstance(ids, list) or not all(isinstance(i, str) and len(i) <= 64 for i in ids):
            return "action_ids is not a list of action ids"
        if len(ids) > 500:
            return "action_ids names more than 500 actions"
    return None


# ---------------------------------------------------------------------- reading
def review_actions(conn: Connection, review_id: str) -> list[Any]:
    """The review's live actions (rows), in the plan's order."""
    return list(
        conn.execute(
            select(_action)
            .where(_action.c.review_id == review_id, _action.c.deleted.is_(False))
            .order_by(_action.c.id)
        ).all()
    )


def resolve_action(conn: Connection, review_id: str, ref: str) -> str:
    """An action of this review from its id or a unique start or end of it."""
    ids = [str(r.id) for r in review_actions(conn, review_id)]
    return refs.match(
        ref, {i: (i,) for i in ids}, what="action", listing="peerview action list --review ID"
    )


def listed(conn: Connection, review_id: str) -> list[Impact]:
    """The review's impact reviews, latest first, each with the progress of the review's own
    actions (a forged record naming another review's action is left out)."""
    actions = {str(r.id): r for r in review_actions(conn, review_id)}
    rows = conn.execute(
        select(_impact)
        .where(_impact.c.review_id == review_id, _impact.c.deleted.is_(False))
        .order_by(_impact.c.held_on.desc(), _impact.c.id.desc())
    ).all()
    progress: dict[str, list[Progress]] = {}
    for p in conn.execute(
        select(_progress)
        .where(_progress.c.review_id == review_id, _progress.c.deleted.is_(False))
        .order_by(_progress.c.action_id)
    ):
        action = actions.get(str(p.action_id))
        if action is None:
            continue
        progress.setdefault(str(p.impact_review_id), []).append(
            Progress(
                str(p.action_id),
                str(action.action),
                str(action.success_criteria),
                str(p.progress),
                str(p.impact),
            )
        )
    return [
        Impact(
            str(r.id),
            review_id,
            str(r.held_on),
            str(r.kind),
            str(r.participants),
            str(r.notes),
            str(r.next_on),
            progress.get(str(r.id), []),
        )
        for r in rows
    ]


def for_review(store: Store, review_id: str) -> list[Impact]:
    with store.read() as conn:
        return listed(conn, review_id)


def latest_progress(conn: Connection, review_id: str) -> dict[str, tuple[Progress, str]]:
    """action id -> its progress at the latest impact review that spoke for it, and that
    review's date (what the report's action plan prints)."""
    out: dict[str, tuple[Progress, str]] = {}
    for impact in listed(conn, review_id):  # latest first
        for p in impact.progress:
            out.setdefault(p.action_id, (p, impact.held_on))
    return out


def review_of(store: Store, impact_id: str) -> str:
    with store.read() as conn:
        return str(_stored(conn, impact_id).review_id)


def resolve_impact(store: Store, ref: str) -> str:
    return refs.resolve_record(store, "impact_review", ref, what="impact review", listing=LISTING)


# ---------------------------------------------------------------------- writing
def _live_review(conn: Connection, review_id: str) -> None:
    found = conn.execute(
        select(_review.c.id).where(_review.c.id == review_id, _review.c.deleted.is_(False))
    ).first()
    if found is None:
        raise NotFoundError(f"No review {review_id}.", hint_cli="See: peerview review list")


def _checked_progress(
    conn: Connection, review_id: str, progress: Sequence[ProgressInput]
) -> list[ProgressInput]:
    actions = {str(r.id): r for r in review_actions(conn, review_id)}
    seen: set[str] = set()
    out = []
    for p in progress:
        action = actions.get(p.action_id)
        if action is None:
            raise PeerviewError(
                f"No action {p.action_id} on this review's action plan. Nothing was changed.",
                hint_cli="See: peerview action list --review ID",
            )
        if action.status == "carried_forward":
            raise PeerviewError(
                f"The action '{action.action}' was carried forward into a later review; record "
                "its progress there. Nothing was changed."
            )
        if p.action_id in seen:
            raise PeerviewError(
                f"The action '{action.action}' is given twice; give each action's progress "
                "once. Nothing was changed."
            )
        seen.add(p.action_id)
        out.append(ProgressInput(p.action_id, progress_key(p.progress), text(p.impact, "impact")))
    return out


def _check_dates(held_on: str, next_on: str) -> None:
    if next_on and next_on <= held_on:
        raise PeerviewError(
            f"The next impact review ({next_on}) must come after this one ({held_on}). "
            "Nothing was changed."
        )


def _write_progress(
    tx: Any, impact_id: str, review_id: str, held_on: str, items: Sequence[ProgressInput]
) -> None:
    for p in items:
        tx.upsert(
            "impact_progress",
            join_id("impact_progress", impact_id, p.action_id),
            {
                "review_id": review_id,
                "impact_review_id": impact_id,
                "action_id": p.action_id,
                "progress": p.progress,
                "impact": p.impact,
                "deleted": False,
            },
        )
        later = tx.conn.execute(
            select(_impact.c.id)
            .join(_progress, _progress.c.impact_review_id == _impact.c.id)
            .where(
                _progress.c.action_id == p.action_id,
                _progress.c.deleted.is_(False),
                _impact.c.deleted.is_(False),
                _impact.c.id != impact_id,
                _impact.c.held_on > held_on,
            )
        ).first()
        if later is None:  # the latest word on the action moves it on
            tx.upsert("action_item", p.action_id, {"status": p.progress})


def add(
    store: Store,
    review_id: str,
    *,
    held_on: str,
    kind: str = "visit",
    participants: str = "",
    notes: str = "",
    next_on: str = "",
    progress: Sequence[ProgressInput] = (),
) -> tuple[str, ChangeSet]:
    """Record an impact review and each named action's progress; every value is checked
    before anything is written."""
    fields = {
        "held_on": day(held_on, "date it was held"),
        "kind": kind_key(kind),
        "participants": text(participants, "list of who took part", MAX_NAMES),
        "notes": text(notes, "notes"),
        "next_on": day(next_on, "date of the next impact review", empty=True),
    }
    _check_dates(fields["held_on"], fields["next_on"])
    with store.write() as tx:
        _live_review(tx.conn, review_id)
        items = _checked_progress(tx.conn, review_id, progress)
        impact_id = tx.create("impact_review", {"review_id": review_id, **fields})
        _write_progress(tx, impact_id, review_id, fields["held_on"], items)
    return impact_id, tx.changes


def _stored(conn: Connection, impact_id: str) -> Any:
    row = conn.execute(
        select(_impact).where(_impact.c.id == impact_id, _impact.c.deleted.is_(False))
    ).first()
    if row is None:
        raise NotFoundError(f"No impact review {impact_id}.", hint_cli=f"See: {LISTING}")
    return row


def update(
    store: Store,
    impact_id: str,
    *,
    held_on: str | None = None,
    kind: str | None = None,
    participants: str | None = None,
    notes: str | None = None,
    next_on: str | None = None,
    progress: Sequence[ProgressInput] = (),
    cleared: Sequence[str] = (),
) -> ChangeSet:
    """Change an impact review's details (those given) and record or correct progress;
    ``cleared`` actions lose the progress recorded for them at this impact review (the
    actions keep their status)."""
    fields: dict[str, Any] = {}
    if held_on is not None:
        fields["held_on"] = day(held_on, "date it was held")
    if kind is not None:
        fields["kind"] = kind_key(kind)
    if participants is not None:
        fields["participants"] = text(participants, "list of who took part", MAX_NAMES)
    if notes is not None:
        fields["notes"] = text(notes, "notes")
    if next_on is not None:
        fields["next_on"] = day(next_on, "date of the next impact review", empty=True)
    with store.write() as tx:
        row = _stored(tx.conn, impact_id)
        held = fields.get("held_on", str(row.held_on))
        _check_dates(held, fields.get("next_on", str(row.next_on)))
        items = _checked_progress(tx.conn, str(row.review_id), progress)
        if fields:
            tx.upsert("impact_review", impact_id, fields)
        _write_progress(tx, impact_id, str(row.review_id), held, items)
        for action_id in set(cleared) - {p.action_id for p in items}:
            progress_id = join_id("impact_progress", impact_id, action_id)
            live = tx.conn.execute(
                select(_progress.c.id).where(
                    _progress.c.id == progress_id, _progress.c.deleted.is_(False)
                )
            ).first()
            if live is not None:
                tx.delete("impact_progress", progress_id)
    return tx.changes


def delete(store: Store, impact_id: str) -> ChangeSet:
    """Take an impact review recorded in error away, with its progress records."""
    with store.write() as tx:
        _stored(tx.conn, impact_id)
        tx.delete("impact_review", impact_id)
        for progress_id in tx.conn.execute(
            select(_progress.c.id).where(
                _progress.c.impact_review_id == impact_id, _progress.c.deleted.is_(False)
            )
        ).scalars():
            tx.delete("impact_progress", progress_id)
    return tx.changes
