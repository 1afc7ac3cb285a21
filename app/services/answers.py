"""What the findings answer, and what the host said about them.

- **Enquiry questions.** A finding can be linked to the enquiry questions it answers (a
  ``finding_question`` join row through the change log, like its strands). The report
  opens with what the team found for each question the host asked, so a change to these
  links changes the report and sends a review past draft back to draft.
- **The host's response at the feedback meeting.** At the end of the visit the team
  talks the host through its emerging findings; what the host said about each one is
  recorded here (one ``feedback_response`` per finding). It is a record of the
  conversation, not part of the report: recording it never sends the review back.

See docs/decisions/0032-the-hosts-report.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, select

from app.ids import join_id
from app.models import EnquiryQuestion, FeedbackResponse, Finding, FindingQuestion
from app.services import findings, signoff
from app.services.errors import NotFoundError, PeerviewError
from app.services.findings import MAX_TEXT_CHARS, FindingResult
from app.services.store import ChangeSet, Store, Tx

MAX_RESPONSE_CHARS = MAX_TEXT_CHARS


def _finding(tx: Tx, finding_id: str) -> tuple[str, str]:
    row = tx.conn.execute(
        select(Finding.review_id, Finding.title).where(
            Finding.id == finding_id, Finding.deleted.is_(False)
        )
    ).first()
    if row is None:
        raise NotFoundError(
            f"No finding {finding_id}.", hint_cli="See: peerview finding list --review ID"
        )
    return str(row.review_id), str(row.title)


def _questions(conn: Connection, review_id: str) -> list[tuple[str, str]]:
    """The review's live enquiry questions in the host's order, as (id, text)."""
    return [
        (r.id, r.text)
        for r in conn.execute(
            select(EnquiryQuestion.id, EnquiryQuestion.text)
            .where(EnquiryQuestion.review_id == review_id, EnquiryQuestion.deleted.is_(False))
            .order_by(EnquiryQuestion.position, EnquiryQuestion.id)
        )
    ]


def resolve_question(store: Store, review_id: str, ref: str) -> str:
    """An enquiry question's id from its number in the review (1, 2 ...), its id, or a
    unique start or end of its id."""
    with store.read() as conn:
        questions = _questions(conn, review_id)
    ref = ref.strip()
    if not questions:
        raise PeerviewError(
            "This review has no enquiry questions yet; add them to the review's plan first."
        )
    listing = "; ".join(f"{n}: {text[:50]}" for n, (_, text) in enumerate(questions, 1))
    if ref.isdigit():
        n = int(ref)
        if 1 <= n <= len(questions):
            return questions[n - 1][0]
        raise PeerviewError(
            f"The review has {len(questions)} enquiry question(s), so there is no question "
            f"{n}. The questions are: {listing}"
        )
    found = [qid for qid, _ in questions if ref and (qid.startswith(ref) or qid.endswith(ref))]
    if len(found) == 1:
        return found[0]
    raise PeerviewError(
        f"'{ref}' names no single enquiry question of this review. Give its number: {listing}"
    )


def _check_questions(tx: Tx, review_id: str, question_ids: Iterable[str]) -> None:
    own = {qid for qid, _ in _questions(tx.conn, review_id)}
    for qid in question_ids:
        if qid not in own:
            raise PeerviewError(
                f"Enquiry question {qid} is not one of this review's questions; a finding "
                "can only answer its own review's enquiry questions."
            )


def _link(tx: Tx, finding_id: str, question_id: str, on: bool) -> bool:
    # A join id: the same link made on two laptops is one row.
    row_id = join_id("finding_question", finding_id, question_id)
    if on:
        fields = {"finding_id": finding_id, "question_id": question_id, "deleted": False}
        return tx.upsert("finding_question", row_id, fields) is not None
    return tx.delete("finding_question", row_id) is not None


def _current(conn: Connection, finding_id: str) -> set[str]:
    return set(
        conn.execute(
            select(FindingQuestion.question_id).where(
                FindingQuestion.finding_id == finding_id, FindingQuestion.deleted.is_(False)
            )
        ).scalars()
    )


def _sent_back(tx: Tx, review_id: str, title: str, changed: int) -> None:
    if changed:
        short = title if len(title) <= 60 else title[:57] + "..."
        signoff.send_back_if_past_draft(
            tx, review_id, f"the enquiry questions that finding '{short}' answers changed"
        )


def link_questions(
    store: Store, finding_id: str, question_ids: Sequence[str], on: bool = True
) -> ChangeSet:
    """Link (or with ``on=False`` unlink) enquiry questions to a finding."""
    with store.write() as tx:
        review_id, title = _finding(tx, finding_id)
        if on:
            _check_questions(tx, review_id, question_ids)
        changed = sum(_link(tx, finding_id, q, on) for q in dict.fromkeys(question_ids))
        _sent_back(tx, review_id, title, changed)
    return tx.changes


def set_questions(store: Store, finding_id: str, question_ids: Sequence[str]) -> ChangeSet:
    """Make the enquiry questions a finding answers exactly these."""
    with store.write() as tx:
        review_id, title = _finding(tx, finding_id)
        wanted = set(question_ids)
        _check_questions(tx, review_id, wanted)
        current = _current(tx.conn, finding_id)
        changed = sum(_link(tx, finding_id, q, True) for q in sorted(wanted - current))
        changed += sum(_link(tx, finding_id, q, False) for q in sorted(current - wanted))
        _sent_back(tx, review_id, title, changed)
    return tx.changes


def create_finding(
    store: Store,
    review_id: str,
    kind: str,
    title: str = "",
    text: str = "",
    *,
    question_ids: Sequence[str] = (),
    strand_codes: Sequence[str] = (),
    note_ids: Sequence[str] = (),
) -> FindingResult:
    """A new finding answering ``question_ids``, in one transaction: a refused question
    leaves nothing behind."""
    with store.write() as tx:
        made = findings.create_finding(
            store, review_id, kind, title, text, strand_codes=strand_codes, note_ids=note_ids
        )
        if question_ids:
            link_questions(store, made.finding_id, question_ids)
    return FindingResult(made.finding_id, tx.changes)


def questions_by_finding(store: Store, review_id: str) -> dict[str, list[str]]:
    """finding id -> the ids of the live enquiry questions it answers, in the host's order."""
    with store.read() as conn:
        return questions_in(conn, review_id)


def questions_in(conn: Connection, review_id: str) -> dict[str, list[str]]:
    order = {qid: n for n, (qid, _) in enumerate(_questions(conn, review_id))}
    out: dict[str, list[str]] = {}
    for fid, qid in conn.execute(
        select(FindingQuestion.finding_id, FindingQuestion.question_id)
        .join(Finding, Finding.id == FindingQuestion.finding_id)
        .where(Finding.review_id == review_id, FindingQuestion.deleted.is_(False))
    ):
        if qid in order:
            out.setdefault(fid, []).append(qid)
    for ids in out.values():
        ids.sort(key=order.__getitem__)
    return out


def review_questions(store: Store, review_id: str) -> list[tuple[str, str]]:
    """The review's enquiry questions as (id, text), in the host's order."""
    with store.read() as conn:
        return _questions(conn, review_id)


review_questions_in = _questions


# --- the host's response at the feedback meeting --------------------------------------


def set_response(store: Store, finding_id: str, text: str) -> ChangeSet:
    """Record what the host said about a finding at the feedback meeting; empty text
    takes the record away. Never sends the review back: the report does not change."""
    text = text.strip()
    if len(text) > MAX_RESPONSE_CHARS:
        raise PeerviewError(
            f"The response is {len(text):,} characters; keep it under "
            f"{MAX_RESPONSE_CHARS:,} (a summary of what the host said)."
        )
    with store.write() as tx:
        _finding(tx, finding_id)
        row_id = join_id("feedback_response", finding_id)
        if text:
            tx.upsert(
                "feedback_response",
                row_id,
                {"finding_id": finding_id, "text": text, "deleted": False},
            )
        else:
            tx.delete("feedback_response", row_id)
    return tx.changes


def responses_by_finding(store: Store, review_id: str) -> dict[str, str]:
    """finding id -> what the host said about it at the feedback meeting."""
    with store.read() as conn:
        return responses_in(conn, review_id)


def responses_in(conn: Connection, review_id: str) -> dict[str, str]:
    return {
        fid: text
        for fid, text in conn.execute(
            select(FeedbackResponse.finding_id, FeedbackResponse.text)
            .join(Finding, Finding.id == FeedbackResponse.finding_id)
            .where(
                Finding.review_id == review_id,
                Finding.deleted.is_(False),
                FeedbackResponse.deleted.is_(False),
            )
        )
        if text
    }
