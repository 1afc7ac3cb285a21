"""The report's words, in order: ReportData as blocks (blocks.py) for the PDF and Word.

The report answers the host first. After the cover and the statement that the school owns
the report, it opens with a summary: the focus, then for each enquiry question what the
team found (What went well / Even better if, each with how strong its evidence is), then
the Areas of Excellence. The context, the activities, the findings by framework area,
next steps, the action plan and the sign-off follow; the evidence appendix comes last.

Nothing here is a command line: the report is read by governors and staff, not typed.
Every fixed word goes through the report's language (language.py): English, Welsh, or
Welsh then English; what people wrote is printed as written.
"""

from __future__ import annotations

from app import dates
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
from app.reports.language import Arg, ReportLanguage, count

FOOTER = "Peer review report. The host school owns this report and decides who may read it."
WENT_WELL = "What went well"
EVEN_BETTER = "Even better if"
EXCELLENCE = "Area of Excellence"
SUMMARY = "Summary: the school's enquiry questions"
ENGLISH = ReportLanguage()
# Why a finding rests on a single source (triangulation.py), as the report words them.
_SOURCE_REASON = "all from one source of evidence ("


def evidence_counts(f: FindingEntry, t: ReportLanguage = ENGLISH) -> str:
    """ "6 notes from 3 sources of evidence in 4 activities, by 3 reviewers" """
    return t.lines(
        "{notes} from {sources} of evidence in {activities}, by {reviewers}",
        notes=count(f.notes, "note"),
        sources=count(len(f.sources), "source"),
        activities=count(f.activities, "activity"),
        reviewers=count(f.reviewers, "reviewer"),
    )


def _reason(reason: str, f: FindingEntry, lang: str, t: ReportLanguage) -> str:
    """A single-source reason in ``lang``: the one naming the source is made again from
    the finding's sources, in that language."""
    if not reason.startswith(_SOURCE_REASON):
        return t.say(lang, reason)
    named = ", ".join(t.say(lang, s).lower() for s in f.sources) or t.say(lang, "none recorded")
    return t.say(lang, "all from one source of evidence ({sources})", sources=named)


def evidence_strength(f: FindingEntry, t: ReportLanguage = ENGLISH) -> str:
    """How strong a finding's evidence is, in words, from its triangulation: several
    sources of evidence, activities and reviewers corroborate; one of any is a single
    source (decision 0040)."""
    if f.notes == 0:
        return t.lines("No evidence notes are linked yet")
    if f.single_source:
        if not f.single_source_reasons:
            return t.lines("Rests on a single source")

        def why(lang: str) -> str:
            return "; ".join(_reason(r, f, lang, t) for r in f.single_source_reasons)

        return t.lines("Rests on a single source ({why})", why=why)
    # Each language's counts, inside that language's sentence.
    counts = {lang: evidence_counts(f, ReportLanguage(lang)) for lang in t.parts}
    if len(f.sources) >= 3 and f.reviewers >= 3:
        return t.lines("Strong evidence: {counts}", counts=counts.__getitem__)
    return t.lines("Corroborated: {counts}", counts=counts.__getitem__)


def _item(f: FindingEntry, t: ReportLanguage) -> Item:
    label = {"strength": WENT_WELL, "area_for_development": EVEN_BETTER}.get(f.kind, EXCELLENCE)
    return Item(t.line(label), f.title, TONE_OF_KIND.get(f.kind, ""), evidence_strength(f, t))


def build_document(data: ReportData) -> Document:
    """The whole report, as blocks, in the report's language."""
    t = ReportLanguage(data.language)
    blocks: list[Block] = []
    blocks += cover(data)
    blocks += [PageBreak(), *_about(data, t), PageBreak()]
    blocks += _summary(data, t)
    blocks += _context(data, t)
    blocks += _activities(data, t)
    blocks += _findings(data, t)
    blocks += _next_steps(data, t)
    blocks += _actions(data, t)
    blocks += _signoff(data, t)
    if data.appendix is not None:
        blocks += _appendix(data, t)
    school = data.host_school
    when = t.date_range_long(data.start_date, data.end_date)
    return Document(
        blocks=blocks,
        title=t.line("Peer review report: {school}", school=school),
        subject=t.line("Developmental peer review of {school}, {dates}", school=school, dates=when),
        author=data.lead.name if data.lead else "Peerview",
        footer=t.lines(FOOTER),
        watermark=t.say(t.first, "DRAFT") if data.draft else "",
        mark=draft_line(data),
        keywords=[t.say(lang, k) for lang in t.parts for k in _KEYWORDS],
        page_words=t.line("page {number} of {total}", number="{number}", total="{total}"),
        band=t.line("Developmental peer review"),
        language=t.first,
    )


_KEYWORDS = ("peer review", "developmental", "school improvement")


def draft_label(data: ReportData, t: ReportLanguage, in_sentence: bool = False) -> str:
    """ "Draft 2, 17 November 2026", or inside a sentence "draft 2, ..." (the month keeps
    its capital)."""
    draft = data.draft
    assert draft is not None
    text = "Draft {number}, {when}" if draft.number else "Draft preview, {when}"
    if in_sentence:
        text = text[:1].lower() + text[1:]
    return t.line(
        text,
        number=draft.number or 0,
        when=lambda lang: dates.date_long(draft.made_at, t.conventions(lang)),
    )


def draft_line(data: ReportData) -> str:
    t = ReportLanguage(data.language)
    if data.draft is not None:
        return t.line(
            "DRAFT: {label}. For the school's check of factual accuracy; not the final report.",
            label=lambda lang: draft_label(data, ReportLanguage(lang)),
        )
    if not data.final:
        return t.line("UNSIGNED COPY of the signed report: the signed PDF is the original.")
    return ""


def cover(data: ReportData) -> list[Block]:
    t = ReportLanguage(data.language)
    out: list[Block] = [
        Spacer(22),
        Para(t.lines("Peer review report"), "title"),
        Para(data.host_school or t.line("The host school"), "subtitle"),
        Para(t.date_range_long(data.start_date, data.end_date), "lead"),
        Spacer(6),
        Heading(t.line("Focus"), 2, contents=False),
        *([Para(data.focus)] if data.focus else [Para(p) for p in t.paras("No focus recorded.")]),
    ]
    out += [Spacer(3), Heading(t.line("Review team"), 2, contents=False)]
    out.append(_people(data.team, t) if data.team else Para(t.lines("No team recorded.")))
    if data.host_leaders:
        out += [
            Heading(t.line("Host school leaders"), 2, contents=False),
            _people(data.host_leaders, t),
        ]
    if data.framework_label:
        name = data.framework_label
        out += [Spacer(3), Para(t.labelled("Review framework", name), "small")]
    return out


def _people(people: list[TeamEntry], t: ReportLanguage) -> Table:
    rows = tuple((e.name, t.label(e.role), e.school) for e in people)
    return Table(None, rows, (0.32, 0.24, 0.44))


def _about(data: ReportData, t: ReportLanguage) -> list[Block]:
    def owner(lang: str) -> str:
        return data.host_school or t.say(lang, "The host school")

    statement = t.lines(
        "This report belongs to {owner}. It was written by the review team at the school's "
        "invitation, as part of a developmental peer review: it is not an inspection and "
        "contains no grades or judgements. The school decides who may read it. The review "
        "team will not share it, or the evidence behind it, with anyone without the school's "
        "agreement. The school may choose to share it with its governors or trustees, its "
        "staff and partner schools.",
        owner=owner,
    ).replace("\n", "\n\n")
    return [
        Heading(t.line("Who owns this report"), 0, contents=False, outline=False),
        Box(statement),
        Spacer(8),
        Heading(t.line("Contents"), 0, contents=False, outline=False),
        Contents(),
    ]


def _muted(t: ReportLanguage, text: str) -> list[Block]:
    return [Para(p, "muted") for p in t.paras(text)]


def _focus(data: ReportData, t: ReportLanguage) -> list[Block]:
    if data.focus:
        return [Para(data.focus)]
    return [Para(p) for p in t.paras("No focus recorded.")]


def _summary(data: ReportData, t: ReportLanguage) -> list[Block]:
    out: list[Block] = [Heading(t.line(SUMMARY))]
    out += [
        Para(p)
        for p in t.paras(
            "The school chose the focus of this review and asked the questions below. For "
            "each, the team sets out what went well and what would make it even better, "
            "with how strong the evidence is. The findings are set out in full, by area of "
            "the review framework, later in the report."
        )
    ]
    out += [Heading(t.line("Focus"), 2, contents=False), *_focus(data, t)]
    findings = data.findings()
    for n, question in enumerate(data.enquiry_questions, 1):
        heading = t.line("Enquiry question {number}", number=n)
        out += [KeepSpace(45), Heading(heading, 1), Para(question, "lead")]
        answering = [f for f in findings if n in f.questions]
        well = [f for f in answering if f.kind == "strength"]
        better = [f for f in answering if f.kind == "area_for_development"]
        excellent = [f for f in answering if f.kind == "area_of_excellence"]
        if not answering:
            out += _muted(t, "No finding has been linked to this question yet.")
        out += [_item(f, t) for f in (*well, *excellent, *better)]
    if not data.enquiry_questions:
        out += _muted(t, "The school recorded no enquiry questions for this review.")
    excellence = [f for f in findings if f.kind == "area_of_excellence"]
    out += [KeepSpace(35), Heading(t.line("Areas of Excellence"), 1)]
    if excellence:
        out += [
            Para(p)
            for p in t.paras(
                "Practice the team saw that other schools could learn from, shared beyond "
                "the school only with its agreement."
            )
        ]
        out += [_item(f, t) for f in excellence]
    else:
        out += _muted(t, "The team did not identify an Area of Excellence.")
    beyond = [f for f in findings if not f.questions and f.kind != "area_of_excellence"]
    if beyond and data.enquiry_questions:
        out += [KeepSpace(35), Heading(t.line("Beyond the enquiry questions"), 1)]
        out += [_item(f, t) for f in beyond if f.kind == "strength"]
        out += [_item(f, t) for f in beyond if f.kind != "strength"]
    return out


def _context(data: ReportData, t: ReportLanguage) -> list[Block]:
    out: list[Block] = [PageBreak(), Heading(t.line("Context"))]
    out.append(Heading(t.line("The school's self-evaluation"), 2, contents=False))
    if data.self_evaluation:
        out += [Para(p) for p in data.self_evaluation.split("\n\n")]
    else:
        out += [Para(p) for p in t.paras("No self-evaluation summary recorded.")]
    return out


def _activities(data: ReportData, t: ReportLanguage) -> list[Block]:
    out: list[Block] = [KeepSpace(60), Heading(t.line("Activities undertaken"))]
    reviewers = len(data.team)
    for lang in t.parts:
        if data.evidence_purged:
            recorded = t.say(
                lang,
                "The evidence notes have since been deleted under the school's retention "
                "schedule; the findings keep the evidence counts they had.",
            )
        else:
            recorded = t.say(
                lang,
                "The team of {reviewers} recorded {notes}.",
                reviewers=count(reviewers, "reviewer"),
                notes=count(data.total_notes, "evidence note"),
            )
        unnamed = t.say(
            lang, "Activities are counted by kind; no individual teacher is named in this report."
        )
        out.append(Para(f"{recorded} {unnamed}"))
    if data.activities:
        rows = tuple((t.label(a.label), str(a.activities), str(a.notes)) for a in data.activities)
        header = tuple(t.line(h) for h in ("Activity", "Timetabled", "Evidence notes"))
        out.append(Table(header, rows, (0.5, 0.25, 0.25)))
    return out


def _about_finding(f: FindingEntry, t: ReportLanguage) -> str:
    parts = []
    if f.questions:
        numbers = ", ".join(str(n) for n in f.questions)
        several = len(f.questions) > 1
        answers = (
            "Answers enquiry questions {numbers}."
            if several
            else ("Answers enquiry question {numbers}.")
        )
        parts.append(t.line(answers, numbers=numbers))
    if f.strands:
        parts.append(f"{t.label('Strands')}: {'; '.join(f.strands)}.")
    return " ".join(parts)


def _findings(data: ReportData, t: ReportLanguage) -> list[Block]:
    out: list[Block] = [PageBreak(), Heading(t.line("Findings by area"))]
    out += [
        Para(p)
        for p in t.paras(
            "Findings are strengths, areas for development and Areas of Excellence, each "
            "with a short summary of the evidence behind it."
        )
    ]
    if not data.areas:
        out += _muted(t, "No findings have been recorded yet.")
    for area in data.areas:
        out += [KeepSpace(40), Heading(area.title, 1)]
        for f in area.findings:
            out.append(
                FindingBlock(
                    t.label(f.kind_label),
                    f.title,
                    f.text,
                    TONE_OF_KIND.get(f.kind, ""),
                    _evidence(f, t),
                    _about_finding(f, t),
                )
            )
    return out


def _evidence(f: FindingEntry, t: ReportLanguage) -> str:
    """The evidence line under a finding: its strength, then its sources, per language."""
    out = []
    for lang in t.parts:
        one = ReportLanguage(lang)
        text = f"{evidence_strength(f, one)}."
        if f.sources:
            named = ", ".join(one.label(s) for s in f.sources)
            text += " " + one.say(lang, "Sources of evidence: {sources}.", sources=named)
        out.append(text)
    return "\n".join(out)


def _next_steps(data: ReportData, t: ReportLanguage) -> list[Block]:
    out: list[Block] = [KeepSpace(50), Heading(t.line("Next steps"))]
    if not data.next_steps:
        out += _muted(t, "No next steps recorded yet.")
    for n, step in enumerate(data.next_steps, 1):
        out.append(Para(f"{n}. {step.text}"))
        if step.finding:
            out.append(Para(t.labelled("Follows from", step.finding), "small"))
    return out


def _actions(data: ReportData, t: ReportLanguage) -> list[Block]:
    out: list[Block] = [KeepSpace(60), Heading(t.line("Action plan"))]
    if not data.actions:
        out += _muted(
            t,
            "The action plan is agreed at the improvement workshop after the review; "
            "no actions are recorded yet.",
        )
        return out
    rows = tuple(
        (
            a.action,
            a.owner,
            a.success_criteria,
            t.date_long(a.review_date) if a.review_date else "",
            t.label(a.status),
        )
        for a in data.actions
    )
    header = ("Action", "Owner", "Success criteria", "Review by", "Status")
    out.append(Table(tuple(t.line(h) for h in header), rows, (0.29, 0.18, 0.26, 0.13, 0.14)))
    reviewed = [a for a in data.actions if a.progress]
    if reviewed:
        # In words, as the impact review recorded it: no ratings (decision 0044).
        heading = t.line("Progress at the latest impact review")
        out.append(Heading(heading, 2, contents=False))
        for a in reviewed:
            on = t.date_long(a.progress_on) if a.progress_on else ""
            out.append(Para(t.label(a.progress) + (f" ({on})" if on else "") + f": {a.action}"))
            if a.impact:
                out.append(Para(t.labelled("What changed for pupils", a.impact), "small"))
    return out


def _signoff(data: ReportData, t: ReportLanguage) -> list[Block]:
    def named(value: str, fallback: str) -> Arg:
        return value if value else (lambda lang: t.say(lang, fallback))

    lead = named(data.lead.name if data.lead else "", "the lead reviewer")
    head = named(data.headteacher.name if data.headteacher else "", "the headteacher")
    school = named(data.host_school, "the host school")
    who: dict[str, Arg] = {"lead": lead, "head": head, "school": school}
    out: list[Block] = [KeepSpace(90), Heading(t.line("Sign-off"))]
    out += [
        Para(p)
        for p in t.paras(
            "The lead reviewer signs this report digitally when it is final; the headteacher "
            "countersigns it to confirm that the school has checked it for factual accuracy. "
            "Each signature covers the whole file, so any later change shows when the "
            "signatures are checked: in a PDF reader's signature panel, or in Peerview."
        )
    ]
    if data.draft is not None:

        def draft(lang: str) -> str:
            return draft_label(data, ReportLanguage(lang), in_sentence=True)

        out += [
            Para(p, "muted")
            for p in t.paras(
                "This copy is {draft}: it is not signed and is not for signature. The final "
                "report is signed by {lead} as lead reviewer and countersigned by {head}, "
                "headteacher of {school}.",
                draft=draft,
                **who,
            )
        ]
        return out
    if not data.final:
        out += [
            Para(p, "muted")
            for p in t.paras(
                "This is an unsigned copy. The signed report, signed by {lead} as lead "
                "reviewer and countersigned by {head}, headteacher of {school}, is the "
                "original.",
                **who,
            )
        ]
        return out
    names = (
        t.lines("Lead reviewer: {name}", name=lead),
        t.lines("Headteacher of {school}: {name}", school=school, name=head),
    )
    boxes = (t.line("Lead reviewer"), t.line("Host headteacher"))
    out += [Spacer(3), Signatures(names, boxes)]
    return out


def _appendix(data: ReportData, t: ReportLanguage) -> list[Block]:
    out: list[Block] = [PageBreak(), Heading(t.line("Appendix: evidence notes by strand"))]
    # Flagged notes left out (decision 0034) are counted, so the reader knows.
    left_out = 0 if data.appendix_includes_flagged else len(data.appendix_flagged)
    for lang in t.parts:
        intro = t.say(
            lang,
            "For the host school's copy: the evidence notes the findings rest on, as the "
            "reviewers recorded them, grouped by framework strand.",
        )
        if left_out:
            sentence = (
                "{notes} is not printed here: its context could identify one teacher, or its "
                "wording needs checking."
                if left_out == 1
                else "{notes} are not printed here: their context could identify one "
                "teacher, or their wording needs checking."
            )
            intro += " " + t.say(lang, sentence, notes=count(left_out, "note"))
        out.append(Para(intro))
    for strand in data.appendix or []:
        # Bookmarks, but not in the contents page: eighteen strands would push it over.
        out += [KeepSpace(30), Heading(strand.title, 1, contents=False)]
        for n in strand.notes:
            activity = t.label(n.activity) if n.activity else ""
            where = " · ".join(x for x in (n.observed_at, activity, n.context) if x)
            out.append(Note(where, n.text))
    return out
