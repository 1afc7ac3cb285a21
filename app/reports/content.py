"""What goes in a report, gathered from a review into plain dataclasses.

Layout (build.py) never touches the database, and this module decides what may be
printed. Safeguarding concerns are never read here: they are not review evidence and
never reach a report. Activities are counted by kind, never listed with the teachers
seen, because a review report must not become appraisal evidence.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import dates
from app.models import (
    ActionItem,
    Activity,
    EvidenceNote,
    Finding,
    FindingStrand,
    FrameworkArea,
    FrameworkStrand,
    NextStep,
    NoteStrand,
    Person,
    School,
    TeamMember,
)
from app.models.findings import FINDING_KINDS, FINDING_LABELS
from app.models.review import ACTIVITY_KINDS, ACTIVITY_LABELS, SOURCE_LABELS, TEAM_INTERNAL_KINDS
from app.reports.labels import ACTION_STATUS_LABELS, role_label
from app.reports.language import ReportLanguage, is_bilingual_framework
from app.services import answers, excellence, impact, reviews, text_guard
from app.services.findings import dismissed_terms
from app.services.store import Store
from app.services.text_guard import FlaggedNote
from app.services.triangulation import notes_of, retained, triangulate

log = logging.getLogger(__name__)

OTHER_AREA = "Findings not tied to a framework area"
UNTAGGED_STRAND = "Notes not tagged to a strand"


@dataclass(frozen=True)
class TeamEntry:
    name: str
    role: str  # a label, e.g. "Lead reviewer"
    school: str


@dataclass(frozen=True)
class ActivityCount:
    label: str
    activities: int  # timetabled activities of this kind
    notes: int  # evidence notes recorded during them


@dataclass(frozen=True)
class FindingEntry:
    kind_label: str
    title: str
    text: str
    strands: list[str]  # "C2 Phonics and early reading"
    notes: int
    activity_kinds: list[str]  # labels, in the framework's order of kinds
    reviewers: int
    single_source: bool  # see app/services/triangulation.py
    # Judgement terms the team dismissed for this finding, with a reason (grade guard).
    dismissed_terms: tuple[str, ...] = ()
    kind: str = ""  # "strength", "area_for_development", "area_of_excellence"
    questions: tuple[int, ...] = ()  # the enquiry questions it answers, numbered from 1
    single_source_reasons: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # labels of its sources of evidence (decision 0040)
    activities: int = 0  # distinct activities its evidence comes from
    # What the host said at the feedback meeting: the feedback summary prints it, the
    # report does not (it is not part of what the team found).
    host_response: str = ""


@dataclass(frozen=True)
class AreaFindings:
    title: str
    findings: list[FindingEntry]


@dataclass(frozen=True)
class NextStepEntry:
    text: str
    finding: str  # the title of the finding it follows from, or ""


@dataclass(frozen=True)
class ActionEntry:
    action: str
    owner: str
    success_criteria: str
    review_date: str
    status: str
    # At the latest impact review that spoke for the action (decision 0044), in words.
    progress: str = ""
    progress_on: str = ""
    impact: str = ""


@dataclass(frozen=True)
class AppendixNote:
    observed_at: str
    activity: str
    context: str
    text: str


@dataclass(frozen=True)
class AppendixStrand:
    title: str
    notes: list[AppendixNote]


@dataclass(frozen=True)
class DraftMark:
    """How an unsigned report is marked: "Draft 2, 17 November 2026". ``number`` is None
    for a preview that was not given out (app/services/drafts.py numbers real drafts)."""

    number: int | None
    made_at: str  # ISO date-time with offset

    @property
    def label(self) -> str:
        when = dates.date_long(self.made_at)
        return f"Draft {self.number}, {when}" if self.number else f"Draft preview, {when}"

    @property
    def label_in_sentence(self) -> str:
        """The label inside a sentence: "draft 2, 2 December 2026". Only its first word
        is lower-cased; the month is a name and keeps its capital."""
        text = self.label
        return text[:1].lower() + text[1:]


@dataclass
class ReportData:
    review_id: str
    title: str
    host_school: str
    start_date: str
    end_date: str
    focus: str
    self_evaluation: str
    framework_label: str
    status: str
    enquiry_questions: list[str] = field(default_factory=list)
    team: list[TeamEntry] = field(default_factory=list)
    host_leaders: list[TeamEntry] = field(default_factory=list)
    activities: list[ActivityCount] = field(default_factory=list)
    total_notes: int = 0
    evidence_purged: bool = False  # retention deleted the notes after sign-off
    areas: list[AreaFindings] = field(default_factory=list)
    next_steps: list[NextStepEntry] = field(default_factory=list)
    actions: list[ActionEntry] = field(default_factory=list)
    lead: TeamEntry | None = None
    headteacher: TeamEntry | None = None
    appendix: list[AppendixStrand] | None = None
    # Notes a guard flags or whose context could identify one teacher (text_guard):
    # left out of the appendix unless the person asked for them.
    appendix_flagged: list[FlaggedNote] = field(default_factory=list)
    appendix_includes_flagged: bool = False
    # Set on every report built before the review is signed (make_report sets the number).
    draft: DraftMark | None = None
    # Laid out for the signatures (the lead is signing it now): empty signature boxes. An
    # unsigned copy of a signed review has none, and says it is a copy.
    final: bool = False
    # The report's language ("en", "cy" or "cy+en": language.py); framework titles are
    # gathered in it when the framework is bilingual ("Welsh / English" titles).
    language: str = "en"
    bilingual_framework: bool = False

    @property
    def dates(self) -> str:
        """The visit's dates in words: "17 November 2026", "17 to 19 November 2026"."""
        return dates.date_range_long(self.start_date, self.end_date or self.start_date)

    def findings(self) -> list[FindingEntry]:
        return [f for area in self.areas for f in area.findings]

    def content_sha256(self) -> str:
        """A digest of what the report says, without its draft mark, status or appendix:
        two drafts with the same digest say the same thing (app/services/drafts.py)."""
        body = asdict(self)
        appendix = ("appendix", "appendix_flagged", "appendix_includes_flagged")
        for key in ("draft", "status", "final", "bilingual_framework", *appendix):
            body.pop(key, None)
        # A report in another language says it differently: another draft. An English
        # one's digest is what it was before reports had languages.
        if body["language"] == "en":
            body.pop("language")
        for area in body["areas"]:
            for finding in area["findings"]:
                finding.pop("host_response", None)  # the feedback meeting, not the report
        canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def all_text(self) -> list[str]:
        """Every piece of prose the report prints: what the grade guard reads."""
        out = [self.title, self.focus, self.self_evaluation, *self.enquiry_questions]
        for area in self.areas:
            out += [t for f in area.findings for t in (f.title, f.text)]
        out += [s.text for s in self.next_steps]
        out += [t for a in self.actions for t in (a.action, a.success_criteria, a.impact)]
        return out


def gather(
    store: Store,
    review_id: str,
    *,
    evidence_appendix: bool = False,
    include_flagged: bool = False,
    language: str = "en",
) -> ReportData:
    """Everything the report prints for ``review_id`` (NotFoundError if there is none),
    framework titles and the appendix's dates in ``language`` (language.py).

    The evidence appendix is off unless asked for; when on, it leaves out the notes
    ``text_guard.flagged_notes`` names unless ``include_flagged`` (decision 0034)."""
    detail = reviews.get_review(store, review_id)
    s = detail.summary
    data = ReportData(
        review_id=review_id,
        title=s.title,
        host_school=s.host_school,
        start_date=s.start_date,
        end_date=s.end_date,
        focus=detail.focus,
        self_evaluation=detail.self_evaluation,
        framework_label=detail.framework_label,
        status=s.status,
        enquiry_questions=[text for _, text in detail.enquiry_questions],
        language=language,
    )
    with store.session() as ses:
        # Numbered as the findings' links number them (answers.py), in the host's order.
        data.enquiry_questions = [
            text for _, text in answers.review_questions_in(ses.connection(), review_id)
        ]
        _team(ses, review_id, data)
        notes = ses.execute(
            select(EvidenceNote.id, EvidenceNote.activity_kind).where(
                EvidenceNote.review_id == review_id, EvidenceNote.deleted.is_(False)
            )
        ).all()
        # Evidence notes only: the team's working notes are not evidence (decision 0040).
        note_kind = {
            n.id: n.activity_kind for n in notes if n.activity_kind not in TEAM_INTERNAL_KINDS
        }
        data.total_notes = len(note_kind)
        kinds = Counter(
            ses.scalars(
                select(Activity.kind).where(
                    Activity.review_id == review_id, Activity.deleted.is_(False)
                )
            ).all()
        )
        note_kinds = Counter(note_kind.values())
        data.activities = [
            ActivityCount(ACTIVITY_LABELS.get(k, k), kinds.get(k, 0), note_kinds.get(k, 0))
            for k in (
                *ACTIVITY_KINDS,
                *sorted((set(kinds) | set(note_kinds)) - set(ACTIVITY_KINDS)),
            )
            # The team's own meetings are not how evidence was gathered (decision 0040).
            if (kinds.get(k) or note_kinds.get(k)) and k not in TEAM_INTERNAL_KINDS
        ]
        strands, areas = _framework(ses, detail.framework_version_id)
        data.bilingual_framework = is_bilingual_framework(
            [a.title for a in areas.values()] + [st.title for st in strands.values()]
        )
        say = _Titles(ReportLanguage(language), data.bilingual_framework)
        data.areas = _findings(ses, review_id, strands, areas, say)
        if data.status != "signed":
            now = dates.iso(store.wall_clock())
            data.draft = DraftMark(None, now)
        data.evidence_purged = data.total_notes == 0 and any(
            f.notes for area in data.areas for f in area.findings
        )
        titles = {
            f.id: f.title
            for f in ses.scalars(select(Finding).where(Finding.review_id == review_id)).all()
        }
        data.next_steps = [
            NextStepEntry(n.text, titles.get(n.finding_id or "", ""))
            for n in ses.scalars(
                select(NextStep)
                .where(NextStep.review_id == review_id, NextStep.deleted.is_(False))
                .order_by(NextStep.position, NextStep.id)
            ).all()
        ]
        latest = impact.latest_progress(ses.connection(), review_id)
        data.actions = [
            ActionEntry(
                a.action,
                a.owner,
                a.success_criteria,
                a.review_date,
                ACTION_STATUS_LABELS.get(a.status, a.status),
                *(
                    (latest[a.id][0].progress_label, latest[a.id][1], latest[a.id][0].impact)
                    if a.id in latest
                    else ()
                ),
            )
            for a in ses.scalars(
                select(ActionItem)
                .where(ActionItem.review_id == review_id, ActionItem.deleted.is_(False))
                .order_by(ActionItem.review_date, ActionItem.id)
            ).all()
        ]
        if evidence_appendix:
            data.appendix_flagged = text_guard.flagged_notes(store, review_id)
            data.appendix_includes_flagged = include_flagged
            withheld = set() if include_flagged else {n.note_id for n in data.appendix_flagged}
            data.appendix = _appendix(ses, review_id, strands, areas, withheld, say)
    return data


def _team(ses: Session, review_id: str, data: ReportData) -> None:
    rows = ses.execute(
        select(Person.name, TeamMember.role, School.name)
        .join(Person, Person.id == TeamMember.person_id)
        .outerjoin(School, School.id == Person.school_id)
        .where(TeamMember.review_id == review_id, TeamMember.deleted.is_(False))
        .order_by(TeamMember.role != "lead_reviewer", TeamMember.role, Person.name)
    ).all()
    for name, role, school in rows:
        entry = TeamEntry(name, role_label(role), school or "")
        if role in ("lead_reviewer", "reviewer"):
            data.team.append(entry)
        elif role in ("headteacher", "host_leader"):
            # The DSL is on the team for safeguarding, not as a reviewer: not printed.
            data.host_leaders.append(entry)
        if role == "lead_reviewer" and data.lead is None:
            data.lead = entry
        if role == "headteacher" and data.headteacher is None:
            data.headteacher = entry
    data.host_leaders.sort(key=lambda e: (e.role != "Headteacher", e.name))


def bilingual_framework(store: Store, review_id: str) -> bool:
    """Whether the review's framework titles are "Welsh / English" (the Welsh framework)."""
    detail = reviews.get_review(store, review_id)
    with store.session() as ses:
        strands, areas = _framework(ses, detail.framework_version_id)
    return is_bilingual_framework(
        [a.title for a in areas.values()] + [st.title for st in strands.values()]
    )


@dataclass(frozen=True)
class _Titles:
    """Framework titles and the gathered words in the report's language."""

    lang: ReportLanguage
    bilingual: bool

    def of(self, item: FrameworkArea | FrameworkStrand) -> str:
        return f"{item.code} {self.lang.title(item.title, self.bilingual)}"

    def when(self, value: str) -> str:
        """A note's moment: "17 November 2026 at 09:05", in each language."""
        return self.lang.each(lambda lang: dates.date_time_long(value, self.lang.conventions(lang)))


def _framework(
    ses: Session, version_id: str | None
) -> tuple[dict[str, FrameworkStrand], dict[str, FrameworkArea]]:
    if version_id is None:
        return {}, {}
    strands = ses.scalars(
        select(FrameworkStrand).where(FrameworkStrand.version_id == version_id)
    ).all()
    areas = ses.scalars(select(FrameworkArea).where(FrameworkArea.version_id == version_id)).all()
    return {s.id: s for s in strands}, {a.id: a for a in areas}


def _strand_key(strand: FrameworkStrand, areas: dict[str, FrameworkArea]) -> tuple[int, int]:
    area = areas.get(strand.area_id)
    return (area.position if area else 1_000_000, strand.position)


def _findings(
    ses: Session,
    review_id: str,
    strands: dict[str, FrameworkStrand],
    areas: dict[str, FrameworkArea],
    say: _Titles,
) -> list[AreaFindings]:
    findings = ses.scalars(
        select(Finding)
        .where(Finding.review_id == review_id, Finding.deleted.is_(False))
        .order_by(Finding.position, Finding.id)
    ).all()
    # Areas of Excellence print once the team validated the host's nomination.
    validated = excellence.printable(ses.connection(), review_id)
    if validated is not None:
        findings = [f for f in findings if f.kind != "area_of_excellence" or f.id in validated]
    ids = [f.id for f in findings]
    tags: dict[str, list[FrameworkStrand]] = defaultdict(list)
    for fid, sid in ses.execute(
        select(FindingStrand.finding_id, FindingStrand.strand_id).where(
            FindingStrand.finding_id.in_(ids), FindingStrand.deleted.is_(False)
        )
    ).all():
        if sid in strands:
            tags[fid].append(strands[sid])
    # The same counts the findings view shows; after retention purged the notes, the
    # counts kept on the finding stand in for them.
    conn = ses.connection()
    support = triangulate(conn, notes_of(conn, ids))
    numbers = {qid: n for n, (qid, _) in enumerate(answers.review_questions_in(conn, review_id), 1)}
    asked = answers.questions_in(conn, review_id)
    responses = answers.responses_in(conn, review_id)
    by_area: dict[str | None, list[FindingEntry]] = defaultdict(list)
    kind_order = {k: i for i, k in enumerate(ACTIVITY_KINDS)}
    finding_order = {k: i for i, k in enumerate(FINDING_KINDS)}
    for f in sorted(findings, key=lambda f: (finding_order.get(f.kind, 9), f.position, f.id)):
        own = sorted(tags[f.id], key=lambda st: _strand_key(st, areas))
        tri = retained(f.retained_evidence) or support[f.id]
        kinds = sorted(tri.activity_kinds, key=lambda k: kind_order.get(k, 99))
        entry = FindingEntry(
            kind_label=FINDING_LABELS.get(f.kind, f.kind),
            title=f.title,
            text=f.text,
            strands=[say.of(st) for st in own],
            notes=tri.notes,
            activity_kinds=[ACTIVITY_LABELS.get(k, k) for k in kinds],
            reviewers=tri.reviewers,
            single_source=tri.single_source,
            dismissed_terms=tuple(dismissed_terms(f.guard_dismissed_terms)),
            kind=f.kind,
            questions=tuple(numbers[q] for q in asked.get(f.id, [])),
            single_source_reasons=tuple(tri.reasons),
            host_response=responses.get(f.id, ""),
            sources=tuple(SOURCE_LABELS.get(x, x) for x in tri.sources),
            activities=tri.activities,
        )
        by_area[_main_area(own, areas)].append(entry)
    ordered = sorted(areas.values(), key=lambda a: a.position)
    out = [AreaFindings(say.of(a), by_area[a.id]) for a in ordered if by_area.get(a.id)]
    if by_area.get(None):
        out.append(AreaFindings(say.lang.label(OTHER_AREA), by_area[None]))
    return out


def _main_area(own: list[FrameworkStrand], areas: dict[str, FrameworkArea]) -> str | None:
    """A finding appears once, under the area most of its strands belong to (the earlier
    area in the framework on a tie); None when it has no strands."""
    if not own:
        return None
    counts = Counter(st.area_id for st in own)
    return min(counts, key=lambda a: (-counts[a], areas[a].position if a in areas else 10**6))


def _appendix(
    ses: Session,
    review_id: str,
    strands: dict[str, FrameworkStrand],
    areas: dict[str, FrameworkArea],
    withheld: set[str],
    say: _Titles,
) -> list[AppendixStrand]:
    notes = text_guard.note_rows(ses, review_id)
    # Notes made at the same minute in parallel activities: order them by their content
    # too, so the same review always prints the same appendix.
    notes = sorted(notes, key=lambda n: (n.observed_at, n.activity_kind, n.text, n.id))
    tagged: dict[str, list[str]] = defaultdict(list)
    for nid, sid in ses.execute(
        select(NoteStrand.note_id, NoteStrand.strand_id)
        .join(EvidenceNote, EvidenceNote.id == NoteStrand.note_id)
        .where(EvidenceNote.review_id == review_id, NoteStrand.deleted.is_(False))
    ).all():
        if sid in strands:
            tagged[nid].append(sid)
    groups: dict[str | None, list[AppendixNote]] = defaultdict(list)
    for n in notes:
        if n.id in withheld or n.activity_kind in TEAM_INTERNAL_KINDS:
            continue  # withheld, or the team's working note, which is not evidence
        # Each note prints once, under its first strand in the framework's order, and
        # names the others: printed under each, one note read as several.
        own = sorted(set(tagged.get(n.id, [])), key=lambda s: _strand_key(strands[s], areas))
        context = ", ".join(x for x in (n.year_group, n.subject, n.class_group) if x)
        if len(own) > 1:
            also = say.lang.line(
                "also under {codes}", codes=", ".join(strands[s].code for s in own[1:])
            )
            context = f"{context}; {also}" if context else also
        entry = AppendixNote(
            say.when(n.observed_at),
            ACTIVITY_LABELS.get(n.activity_kind, n.activity_kind),
            context,
            n.text,
        )
        groups[own[0] if own else None].append(entry)
    order = sorted(
        (sid for sid in groups if sid is not None), key=lambda s: _strand_key(strands[s], areas)
    )
    out = [AppendixStrand(say.of(strands[s]), groups[s]) for s in order]
    if groups.get(None):
        out.append(AppendixStrand(say.lang.label(UNTAGGED_STRAND), groups[None]))
    return out
