"""One guard for every text that can reach a report or a bundle (decision 0034).

``check(text, where)`` runs the name guard (app/services/privacy.py: does it seem to name a
pupil or a member of staff?) and the judgement-language guard (app/services/grade_guard.py:
grades, verdicts, rankings, inspection talk) and returns their hits in text order. The note
editor, the finding editor, next steps, the action plan, the focus, the self-evaluation and
the enquiry questions in the window, and ``peerview note add``, ``finding add`` and
``action add/set`` on the command line all call it, so they all warn alike. It only ever
advises: it never blocks a save or changes the text.

``flagged_notes`` says which evidence notes the report's evidence appendix should not print
without asking: a note either guard flags, or one whose context could identify one teacher
(a lesson seen in a year group that is one class in this school, or a named class).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import EvidenceNote, Review, School
from app.services import grade_guard, privacy
from app.services.store import Store
from app.translatable import QT_TRANSLATE_NOOP

# Where a text lives: the words a warning uses for it.
WHERE = {
    "note": "evidence note",
    "finding": "finding",
    "next_step": "next step",
    "action": "action",
    "success_criteria": "success criteria",
    "self_evaluation": "self-evaluation summary",
    "focus": "focus",
    "enquiry_question": "enquiry question",
    "impact": "evidence of impact",
    "impact_notes": "impact review notes",
}


_ROLE_INSTEAD = QT_TRANSLATE_NOOP(
    "services.judgement",
    "a role, such as “the English lead” or “a middle leader”: the report is read beyond "
    "the review team",
)


@dataclass(frozen=True)
class Hit:
    guard: str  # "names" or "judgement"
    category: str  # a judgement category, or the name guard's kind
    term: str  # as written in the text
    start: int
    end: int
    why: str
    suggestion: str
    initials: str = ""  # the name guard's: what its suggestion offers (privacy.SUGGESTIONS)

    def message(self) -> str:
        """One line for a person: what was found, why it matters, what to write."""
        return f"“{self.term}”: {self.why}. Consider: {self.suggestion}"


def check(text: str, where: str = "note") -> list[Hit]:
    """The name guard's and the judgement guard's hits in ``text``, in text order.

    ``where`` is one of ``WHERE``. Both guards run everywhere; what to write instead of a
    name differs: initials may do in a note, while a finding, an action or the
    self-evaluation prints in the report, where only a role will.
    """
    if where not in WHERE:
        raise ValueError(f"unknown place for a text: {where!r}")
    hits = [
        Hit(
            "names",
            h.kind,
            h.text,
            h.start,
            h.end,
            QT_TRANSLATE_NOOP("services.judgement", "may name a pupil or a member of staff"),
            # A note may use initials; what prints in the report is read beyond the team.
            h.suggestion if where == "note" else _ROLE_INSTEAD,
            h.initials if where == "note" else "",
        )
        for h in privacy.find_names(text)
    ]
    hits += [
        Hit("judgement", h.category, h.term, h.start, h.end, h.why, h.suggestion)
        for h in grade_guard.find_judgement_terms(text)
    ]
    return sorted(hits, key=lambda h: (h.start, h.guard))


# --- could a note identify one teacher? ---------------------------------------------------

# Activities that watch one class's teaching: a note from one names its teacher to anyone
# who knows the school's timetable.
TEACHING_KINDS = frozenset({"lesson_visit", "joint_observation", "learning_walk", "book_look"})
# Phases where a year group is several classes, so a year group alone points at nobody.
_MANY_CLASSES = re.compile(r"secondary|middle|all[-\s]?through|college|sixth|upper|high", re.I)
# One year group, or one mixed-age class ("Y5/6"), as written in a note's context.
_ONE_YEAR = re.compile(
    r"^\s*(?:(?:y|yr|year)\s*\d{1,2}(?:\s*[/&-]\s*\d{1,2})?|reception|nursery|r|f[12])\s*$",
    re.I,
)
# A class by its name or code: "3B", "9X2", "Oak class", "Class 4", "Set 2", "top set".
_NAMED_CLASS = re.compile(
    r"\b\d{1,2}[A-Z]{1,3}\d?\b|\b(?!(?:Whole|Every|Each|One|The|Same|Small|Full)\b)"
    r"[A-Z][a-z]+\s+[Cc]lass\b|\b[Cc]lass\s+\d{1,2}\b|\b[Ss]et\s+\d\b|\b(?:top|bottom)\s+set\b"
)


def identifies_one_teacher(
    activity_kind: str, year_group: str, class_group: str, *, one_class_per_year: bool
) -> str:
    """Why a note's context could identify one teacher, or '' when it could not."""
    if activity_kind not in TEACHING_KINDS:
        return ""
    named = _NAMED_CLASS.search(class_group)
    if named:
        return f"its context names one class ({named.group()}), so it points to its teacher"
    if one_class_per_year and _ONE_YEAR.match(year_group):
        return (
            f"{year_group.strip()} is one class in this school, so the note points to its teacher"
        )
    return ""


def one_class_per_year(phase: str) -> bool:
    """Whether to take a year group as one class. Without the school's class structure
    the guard assumes so, except for phases whose year groups are several classes."""
    return not _MANY_CLASSES.search(phase or "")


@dataclass(frozen=True)
class FlaggedNote:
    note_id: str
    observed_at: str
    context: str  # year group, subject, class or group, as the appendix prints them
    reasons: list[str]  # one line each: a guard's hit, or why it could identify a teacher


def note_rows(ses: Session, review_id: str) -> Sequence[Any]:
    """The review's live notes as plain rows (id, observed_at, activity_kind, year_group,
    subject, class_group, text): what flagging and the evidence appendix read. Plain rows,
    not ORM objects: a 1,000-note appendix spent most of its time building those."""
    return ses.execute(
        select(
            EvidenceNote.id,
            EvidenceNote.observed_at,
            EvidenceNote.activity_kind,
            EvidenceNote.year_group,
            EvidenceNote.subject,
            EvidenceNote.class_group,
            EvidenceNote.text,
        )
        .where(EvidenceNote.review_id == review_id, EvidenceNote.deleted.is_(False))
        .order_by(EvidenceNote.observed_at, EvidenceNote.id)
    ).all()


def flagged_notes(store: Store, review_id: str) -> list[FlaggedNote]:
    """The review's live notes that the evidence appendix should not print unasked."""
    with store.session() as ses:
        phase = ses.scalar(
            select(School.phase)
            .join(Review, Review.host_school_id == School.id)
            .where(Review.id == review_id)
        )
        rows = note_rows(ses, review_id)
    single = one_class_per_year(phase or "")
    out = []
    for n in rows:
        reasons = [h.message() for h in check(n.text or "", "note")]
        who = identifies_one_teacher(
            n.activity_kind, n.year_group or "", n.class_group or "", one_class_per_year=single
        )
        if who:
            reasons.append(f"Could identify one teacher: {who}.")
        if reasons:
            context = ", ".join(x for x in (n.year_group, n.subject, n.class_group) if x)
            out.append(FlaggedNote(n.id, n.observed_at, context, reasons))
    return out
