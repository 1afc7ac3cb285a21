"""The report's words, in order: ReportData as blocks (blocks.py) for the PDF and Word.

The report answers the host first. After the cover and the statement that the school owns
the report, it opens with a summary: the focus, then for each enquiry question what the
team found (What went well / Even better if, each with how strong its evidence is), then
the Areas of Excellence. The context, the activities, the findings by framework area,
next steps, the action plan and the sign-off follow; the evidence appendix comes last.

Nothing here is a command line: the report is read by governors and staff, not typed.
"""

from __future__ import annotations

from app.reports.blocks import (
    TONE_OF_KIND,
    Block,
    Box,
    Contents,
    Document,
    FindingBlock,
    Heading,
    Item,
    KeepSpace,
    Note,
    PageBreak,
    Para,
    Signatures,
    Spacer,
    Table,
)
from app.reports.content import FindingEntry, ReportData, TeamEntry

FOOTER = "Peer review report. The host school owns this report and decides who may read it."
WENT_WELL = "What went well"
EVEN_BETTER = "Even better if"
EXCELLENCE = "Area of Excellence"
SUMMARY = "Summary: the school's enquiry questions"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def evidence_counts(f: FindingEntry) -> str:
    """ "6 notes from 3 sources of evidence in 4 activities, by 3 reviewers" """
    sources = len(f.sources)
    return (
        f"{_plural(f.notes, 'note')} from {sources} source{'' if sources == 1 else 's'} of "
        f"evidence in {f.activities} activit{'y' if f.activities == 1 else 'ies'}, "
        f"by {_plural(f.reviewers, 'reviewer')}"
    )


def evidence_strength(f: FindingEntry) -> str:
    """How strong a finding's evidence is, in words, from its triangulation: several
    sources of evidence, activities and reviewers corroborate; one of any is a single
    source (decision 0040)."""
    if f.notes == 0:
        return "No evidence notes are linked yet"
    if f.single_source:
        why = "; ".join(f.single_source_reasons)
        return f"Rests on a single source ({why})" if why else "Rests on a single source"
    if len(f.sources) >= 3 and f.reviewers >= 3:
        return f"Strong evidence: {evidence_counts(f)}"
    return f"Corroborated: {evidence_counts(f)}"


def _item(f: FindingEntry) -> Item:
    label = {"strength": WENT_WELL, "area_for_development": EVEN_BETTER}.get(f.kind, EXCELLENCE)
    return Item(label, f.title, TONE_OF_KIND.get(f.kind, ""), evidence_strength(f))


def build_document(data: ReportData) -> Document:
    """The whole report, as blocks."""
    blocks: list[Block] = []
    blocks += cover(data)
    blocks += [PageBreak(), *_about(data), PageBreak()]
    blocks += _summary(data)
    blocks += _context(data)
    blocks += _activities(data)
    blocks += _findings(data)
    blocks += _next_steps(data)
    blocks += _actions(data)
    blocks += _signoff(data)
    if data.appendix is not None:
        blocks += _appendix(data)
    return Document(
        blocks=blocks,
        title=f"Peer review report: {data.host_school}",
        subject=f"Developmental peer review of {data.host_school}, {data.dates}",
        author=data.lead.name if data.lead else "Peerview",
        footer=FOOTER,
        watermark="DRAFT" if data.draft else "",
        mark=draft_line(data),
        keywords=["peer review", "developmental", "school improvement"],
    )


def draft_line(data: ReportData) -> str:
    if data.draft is not None:
        return (
            f"DRAFT: {data.draft.label}. For the school's check of factual accuracy; "
            "not the final report."
        )
    if not data.final:
        return "UNSIGNED COPY of the signed report: the signed PDF is the original."
    return ""


def cover(data: ReportData) -> list[Block]:
    out: list[Block] = [
        Spacer(22),
        Para("Peer review report", "title"),
        Para(data.host_school or "The host school", "subtitle"),
        Para(data.dates, "lead"),
        Spacer(6),
        Heading("Focus", 2, contents=False),
        Para(data.focus or "No focus recorded."),
    ]
    out += [Spacer(3), Heading("Review team", 2, contents=False)]
    out.append(_people(data.team) if data.team else Para("No team recorded."))
    if data.host_leaders:
        out += [Heading("Host school leaders", 2, contents=False), _people(data.host_leaders)]
    if data.framework_label:
        out += [Spacer(3), Para(f"Review framework: {data.framework_label}", "small")]
    return out


def _people(people: list[TeamEntry]) -> Table:
    rows = tuple((e.name, e.role, e.school) for e in people)
    return Table(None, rows, (0.32, 0.24, 0.44))


def _about(data: ReportData) -> list[Block]:
    owner = data.host_school or "The host school"
    statement = (
        f"This report belongs to {owner}. It was written by the review team at the school's "
        "invitation, as part of a developmental peer review: it is not an inspection and "
        "contains no grades or judgements. The school decides who may read it. The review "
        "team will not share it, or the evidence behind it, with anyone without the school's "
        "agreement. The school may choose to share it with its governors or trustees, its "
        "staff and partner schools."
    )
    return [
        Heading("Who owns this report", 0, contents=False, outline=False),
        Box(statement),
        Spacer(8),
        Heading("Contents", 0, contents=False, outline=False),
        Contents(),
    ]


def _summary(data: ReportData) -> list[Block]:
    out: list[Block] = [Heading(SUMMARY)]
    out.append(
        Para(
            "The school chose the focus of this review and asked the questions below. For "
            "each, the team sets out what went well and what would make it even better, "
            "with how strong the evidence is. The findings are set out in full, by area of "
            "the review framework, later in the report."
        )
    )
    out += [Heading("Focus", 2, contents=False), Para(data.focus or "No focus recorded.")]
    findings = data.findings()
    for n, question in enumerate(data.enquiry_questions, 1):
        out += [KeepSpace(45), Heading(f"Enquiry question {n}", 1), Para(question, "lead")]
        answering = [f for f in findings if n in f.questions]
        well = [f for f in answering if f.kind == "strength"]
        better = [f for f in answering if f.kind == "area_for_development"]
        excellent = [f for f in answering if f.kind == "area_of_excellence"]
        if not answering:
            out.append(Para("No finding has been linked to this question yet.", "muted"))
        out += [_item(f) for f in (*well, *excellent, *better)]
    if not data.enquiry_questions:
        out.append(Para("The school recorded no enquiry questions for this review.", "muted"))
    excellence = [f for f in findings if f.kind == "area_of_excellence"]
    out += [KeepSpace(35), Heading("Areas of Excellence", 1)]
    if excellence:
        out.append(
            Para(
                "Practice the team saw that other schools could learn from, shared beyond "
                "the school only with its agreement."
            )
        )
        out += [_item(f) for f in excellence]
    else:
        out.append(Para("The team did not identify an Area of Excellence.", "muted"))
    beyond = [f for f in findings if not f.questions and f.kind != "area_of_excellence"]
    if beyond and data.enquiry_questions:
        out += [KeepSpace(35), Heading("Beyond the enquiry questions", 1)]
        out += [_item(f) for f in beyond if f.kind == "strength"]
        out += [_item(f) for f in beyond if f.kind != "strength"]
    return out


def _context(data: ReportData) -> list[Block]:
    out: list[Block] = [PageBreak(), Heading("Context")]
    out.append(Heading("The school's self-evaluation", 2, contents=False))
    text = data.self_evaluation or "No self-evaluation summary recorded."
    out += [Para(p) for p in text.split("\n\n")]
    return out


def _activities(data: ReportData) -> list[Block]:
    out: list[Block] = [KeepSpace(60), Heading("Activities undertaken")]
    reviewers = len(data.team)
    if data.evidence_purged:
        recorded = (
            "The evidence notes have since been deleted under the school's retention "
            "schedule; the findings keep the evidence counts they had."
        )
    else:
        recorded = (
            f"The team of {_plural(reviewers, 'reviewer')} recorded "
            f"{_plural(data.total_notes, 'evidence note')}."
        )
    out.append(
        Para(
            f"{recorded} Activities are counted by kind; no individual teacher is named in "
            "this report."
        )
    )
    if data.activities:
        rows = tuple((a.label, str(a.activities), str(a.notes)) for a in data.activities)
        out.append(Table(("Activity", "Timetabled", "Evidence notes"), rows, (0.5, 0.25, 0.25)))
    return out


def _about_finding(f: FindingEntry) -> str:
    parts = []
    if f.questions:
        numbers = ", ".join(str(n) for n in f.questions)
        parts.append(f"Answers enquiry question{'s' if len(f.questions) > 1 else ''} {numbers}.")
    if f.strands:
        parts.append("Strands: " + "; ".join(f.strands) + ".")
    return " ".join(parts)


def _findings(data: ReportData) -> list[Block]:
    out: list[Block] = [PageBreak(), Heading("Findings by area")]
    out.append(
        Para(
            "Findings are strengths, areas for development and Areas of Excellence, each "
            "with a short summary of the evidence behind it."
        )
    )
    if not data.areas:
        out.append(Para("No findings have been recorded yet.", "muted"))
    for area in data.areas:
        out += [KeepSpace(40), Heading(area.title, 1)]
        for f in area.findings:
            evidence = f"{evidence_strength(f)}."
            if f.sources:
                evidence += f" Sources of evidence: {', '.join(f.sources)}."
            out.append(
                FindingBlock(
                    f.kind_label,
                    f.title,
                    f.text,
                    TONE_OF_KIND.get(f.kind, ""),
                    evidence,
                    _about_finding(f),
                )
            )
    return out


def _next_steps(data: ReportData) -> list[Block]:
    out: list[Block] = [KeepSpace(50), Heading("Next steps")]
    if not data.next_steps:
        out.append(Para("No next steps recorded yet.", "muted"))
    for n, step in enumerate(data.next_steps, 1):
        out.append(Para(f"{n}. {step.text}"))
        if step.finding:
            out.append(Para(f"Follows from: {step.finding}", "small"))
    return out


def _actions(data: ReportData) -> list[Block]:
    from app import dates

    out: list[Block] = [KeepSpace(60), Heading("Action plan")]
    if not data.actions:
        out.append(
            Para(
                "The action plan is agreed at the improvement workshop after the review; "
                "no actions are recorded yet.",
                "muted",
            )
        )
        return out
    rows = tuple(
        (
            a.action,
            a.owner,
            a.success_criteria,
            dates.date_long(a.review_date) if a.review_date else "",
            a.status,
        )
        for a in data.actions
    )
    header = ("Action", "Owner", "Success criteria", "Review by", "Status")
    out.append(Table(header, rows, (0.29, 0.18, 0.26, 0.13, 0.14)))
    reviewed = [a for a in data.actions if a.progress]
    if reviewed:
        # In words, as the impact review recorded it: no ratings (decision 0044).
        out.append(Heading("Progress at the latest impact review", 2, contents=False))
        for a in reviewed:
            on = dates.date_long(a.progress_on) if a.progress_on else ""
            out.append(Para(f"{a.progress}" + (f" ({on})" if on else "") + f": {a.action}"))
            if a.impact:
                out.append(Para(f"What changed for pupils: {a.impact}", "small"))
    return out


def _signoff(data: ReportData) -> list[Block]:
    lead = data.lead.name if data.lead else "the lead reviewer"
    head = data.headteacher.name if data.headteacher else "the headteacher"
    school = data.host_school or "the host school"
    out: list[Block] = [KeepSpace(90), Heading("Sign-off")]
    out.append(
        Para(
            "The lead reviewer signs this report digitally when it is final; the headteacher "
            "countersigns it to confirm that the school has checked it for factual accuracy. "
            "Each signature covers the whole file, so any later change shows when the "
            "signatures are checked: in a PDF reader's signature panel, or in Peerview."
        )
    )
    if data.draft is not None:
        out.append(
            Para(
                f"This copy is {data.draft.label_in_sentence}: it is not signed and is not for "
                f"signature. The final report is signed by {lead} as lead reviewer and "
                f"countersigned by {head}, headteacher of {school}.",
                "muted",
            )
        )
        return out
    if not data.final:
        out.append(
            Para(
                f"This is an unsigned copy. The signed report, signed by {lead} as lead "
                f"reviewer and countersigned by {head}, headteacher of {school}, is the "
                "original.",
                "muted",
            )
        )
        return out
    out += [
        Spacer(3),
        Signatures((f"Lead reviewer: {lead}", f"Headteacher of {school}: {head}")),
    ]
    return out


def _appendix(data: ReportData) -> list[Block]:
    out: list[Block] = [PageBreak(), Heading("Appendix: evidence notes by strand")]
    intro = (
        "For the host school's copy: the evidence notes the findings rest on, as the "
        "reviewers recorded them, grouped by framework strand."
    )
    # Flagged notes left out (decision 0034) are counted, so the reader knows.
    left_out = 0 if data.appendix_includes_flagged else len(data.appendix_flagged)
    if left_out:
        intro += (
            f" {left_out} {'note is' if left_out == 1 else 'notes are'} not printed here: "
            "their context could identify one teacher, or their wording needs checking."
        )
    out.append(Para(intro))
    for strand in data.appendix or []:
        # Bookmarks, but not in the contents page: eighteen strands would push it over.
        out += [KeepSpace(30), Heading(strand.title, 1, contents=False)]
        for n in strand.notes:
            where = " · ".join(x for x in (n.observed_at, n.activity, n.context) if x)
            out.append(Note(where, n.text))
    return out
