"""The one-page feedback summary for the end-of-day meeting with the host.

Before the team leaves, it talks the host through its emerging findings. This page holds
what that conversation needs and nothing else: the focus, then for each enquiry question
what went well and what would make it even better, then the Area of Excellence. When the
host's responses have been recorded (app/services/answers.py), each finding shows it, so a
printed copy after the meeting is its record. It is not the report, and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import fileio
from app.reports import content
from app.reports.blocks import Block, Document, Heading, Item, Para, Spacer
from app.reports.build import render_document
from app.reports.content import FindingEntry, ReportData
from app.reports.document import EVEN_BETTER, EXCELLENCE, WENT_WELL, evidence_strength
from app.reports.language import ReportLanguage
from app.reports.report import check_language, default_language
from app.services.errors import PeerviewError
from app.services.store import Store

LABELS = {
    "strength": (WENT_WELL, "strength"),
    "area_for_development": (EVEN_BETTER, "development"),
    "area_of_excellence": (EXCELLENCE, "excellence"),
}


@dataclass(frozen=True)
class FeedbackResult:
    path: Path
    pages: int
    pdf: bytes


def _item(f: FindingEntry, t: ReportLanguage) -> Item:
    label, tone = LABELS.get(f.kind, (f.kind_label, ""))
    if f.host_response:
        detail = t.labelled("The school's response", f.host_response)
    else:
        detail = evidence_strength(f, t)
    return Item(t.line(label), f.title, tone, detail)  # type: ignore[arg-type]


def feedback_document(data: ReportData) -> Document:
    """The feedback summary, as blocks, in the report's language (language.py)."""
    t = ReportLanguage(data.language)
    when = t.date_range_long(data.start_date, data.end_date)
    school = data.host_school or t.line("The host school")
    blocks: list[Block] = [
        Para(t.lines("Feedback summary"), "title"),
        Para(f"{school}, {when}", "subtitle"),
        *(
            Para(p, "muted")
            for p in t.paras(
                "The review team's emerging findings, for the feedback conversation at the end "
                "of the visit. They are not the report: the report follows, and the school "
                "checks it for factual accuracy before it is final."
            )
        ),
        Heading(t.line("Focus"), 2, contents=False, outline=False),
        Para(data.focus or t.lines("No focus recorded.")),
    ]
    findings = data.findings()
    for n, question in enumerate(data.enquiry_questions, 1):
        heading = t.line("Enquiry question {number}", number=n)
        blocks += [Heading(heading, 1, contents=False), Para(question, "lead")]
        answering = [f for f in findings if n in f.questions and f.kind != "area_of_excellence"]
        answering.sort(key=lambda f: f.kind != "strength")
        if not answering:
            blocks.append(Para(t.lines("No finding is linked to this question yet."), "muted"))
        blocks += [_item(f, t) for f in answering]
    others = [f for f in findings if not f.questions and f.kind != "area_of_excellence"]
    if others:
        title = "Other findings" if data.enquiry_questions else "Findings"
        blocks.append(Heading(t.line(title), 1, contents=False))
        blocks += [_item(f, t) for f in sorted(others, key=lambda f: f.kind != "strength")]
    excellence = [f for f in findings if f.kind == "area_of_excellence"]
    blocks.append(Heading(t.line("Area of Excellence"), 1, contents=False))
    if excellence:
        blocks += [_item(f, t) for f in excellence]
    else:
        none = t.lines("The team has not identified an Area of Excellence.")
        blocks.append(Para(none, "muted"))
    owns = t.lines("The school owns the review and its report, and decides who may read them.")
    blocks += [Spacer(4), Para(owns, "small")]
    return Document(
        blocks=blocks,
        title=t.line("Feedback summary: {school}", school=data.host_school),
        subject=t.line(
            "Emerging findings of the peer review of {school}, {dates}",
            school=data.host_school,
            dates=when,
        ),
        author=data.lead.name if data.lead else "Peerview",
        footer=t.lines("Feedback summary for the end-of-day meeting. Not the report."),
        keywords=[t.say(lang, k) for lang in t.parts for k in KEYWORDS],
        page_words=t.line("page {number} of {total}", number="{number}", total="{total}"),
        language=t.first,
    )


KEYWORDS = ("peer review", "feedback", WENT_WELL, EVEN_BETTER)


def build_feedback(data: ReportData) -> tuple[bytes, int]:
    built = render_document(feedback_document(data))
    return built.pdf, built.pages


def make_feedback(
    store: Store, review_id: str, out: Path, language: str | None = None
) -> FeedbackResult:
    """Write the feedback summary of ``review_id`` to ``out`` (a PDF), atomically, in
    ``language`` (by default the review's, as the report's: report.default_language)."""

    if out.suffix.lower() != ".pdf":
        raise PeerviewError(
            f"The feedback summary is a PDF; its file name should end in .pdf: {out}"
        )
    chosen = check_language(language) if language else default_language(store, review_id)
    pdf, pages = build_feedback(content.gather(store, review_id, language=chosen))
    try:
        fileio.write_bytes(out, pdf)
    except OSError as exc:
        raise PeerviewError(
            f"Could not write {out}: {exc.strerror or exc}. Nothing was written there; "
            "choose another file name or folder."
        ) from exc
    return FeedbackResult(out, pages, pdf)
