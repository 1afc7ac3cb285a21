"""The report's fixed words in Welsh, keyed by their English (decision 0048).

The report cannot use Qt's translations (the core never imports Qt), so its words live
here: each English sentence or label the report prints, with the Welsh it prints instead.
``{name}`` placeholders are filled per language (a count or a date in that language).
After a numeral in digits Welsh uses the singular noun ("3 nodyn", "12 adolygydd"), so a
count is one form (``COUNTS``). The glossary is docs/translations.md's; the judgement
guard reads every Welsh string here in the tests.
"""

from __future__ import annotations

# Nouns counted in the report: English singular and plural, and Welsh after a numeral.
COUNTS: dict[str, tuple[str, str, str]] = {
    "note": ("note", "notes", "nodyn"),
    "evidence note": ("evidence note", "evidence notes", "nodyn tystiolaeth"),
    "source": ("source", "sources", "ffynhonnell"),
    "activity": ("activity", "activities", "gweithgaredd"),
    "reviewer": ("reviewer", "reviewers", "adolygydd"),
}

CY: dict[str, str] = {
    # The cover, the footer and the furniture of every page
    "Peer review report": "Adroddiad adolygiad cymheiriaid",
    "Developmental peer review": "Adolygiad cymheiriaid datblygiadol",
    "Peer review report: {school}": "Adroddiad adolygiad cymheiriaid: {school}",
    "Developmental peer review of {school}, {dates}": (
        "Adolygiad cymheiriaid datblygiadol o {school}, {dates}"
    ),
    "peer review": "adolygiad cymheiriaid",
    "developmental": "datblygiadol",
    "school improvement": "gwella ysgolion",
    "Peer review report. The host school owns this report and decides who may read it.": (
        "Adroddiad adolygiad cymheiriaid. Yr ysgol letyol sy'n berchen ar yr adroddiad hwn "
        "ac sy'n penderfynu pwy gaiff ei ddarllen."
    ),
    "page {number} of {total}": "tudalen {number} o {total}",
    "DRAFT": "DRAFFT",
    "DRAFT: {label}. For the school's check of factual accuracy; not the final report.": (
        "DRAFFT: {label}. I'r ysgol wirio ei gywirdeb ffeithiol; nid yr adroddiad terfynol."
    ),
    "UNSIGNED COPY of the signed report: the signed PDF is the original.": (
        "COPI HEB EI LOFNODI o'r adroddiad wedi'i lofnodi: y PDF wedi'i lofnodi yw'r gwreiddiol."
    ),
    "UNSIGNED COPY: an editable copy of the report. The signed PDF is the report.": (
        "COPI HEB EI LOFNODI: copi golygadwy o'r adroddiad. Y PDF wedi'i lofnodi yw'r adroddiad."
    ),
    "Draft {number}, {when}": "Drafft {number}, {when}",
    "draft {number}, {when}": "drafft {number}, {when}",
    "Draft preview, {when}": "Rhagolwg drafft, {when}",
    "draft preview, {when}": "rhagolwg drafft, {when}",
    "The host school": "Yr ysgol letyol",
    "the host school": "yr ysgol letyol",
    "the lead reviewer": "yr adolygydd arweiniol",
    "the headteacher": "y pennaeth",
    "Focus": "Ffocws",
    "No focus recorded.": "Ni chofnodwyd ffocws.",
    "Review team": "Tîm yr adolygiad",
    "No team recorded.": "Ni chofnodwyd tîm.",
    "Host school leaders": "Arweinwyr yr ysgol letyol",
    "Review framework": "Fframwaith yr adolygiad",
    # Who owns the report
    "Who owns this report": "Pwy sy'n berchen ar yr adroddiad hwn",
    (
        "This report belongs to {owner}. It was written by the review team at the school's "
        "invitation, as part of a developmental peer review: it is not an inspection and "
        "contains no grades or judgements. The school decides who may read it. The review "
        "team will not share it, or the evidence behind it, with anyone without the school's "
        "agreement. The school may choose to share it with its governors or trustees, its "
        "staff and partner schools."
    ): (
        "Mae'r adroddiad hwn yn eiddo i {owner}. Tîm yr adolygiad a'i hysgrifennodd, ar "
        "wahoddiad yr ysgol, yn rhan o adolygiad cymheiriaid datblygiadol: nid arolygiad "
        "mohono, ac nid yw'n cynnwys graddau na barnau. Yr ysgol sy'n penderfynu pwy gaiff "
        "ei ddarllen. Ni fydd tîm yr adolygiad yn ei rannu, na'r dystiolaeth y tu ôl iddo, "
        "ag unrhyw un heb gytundeb yr ysgol. Gall yr ysgol ddewis ei rannu â'i "
        "llywodraethwyr neu ei hymddiriedolwyr, ei staff ac ysgolion partner."
    ),
    "Contents": "Cynnwys",
    # The summary
    "Summary: the school's enquiry questions": "Crynodeb: cwestiynau ymholi'r ysgol",
    (
        "The school chose the focus of this review and asked the questions below. For "
        "each, the team sets out what went well and what would make it even better, "
        "with how strong the evidence is. The findings are set out in full, by area of "
        "the review framework, later in the report."
    ): (
        "Dewisodd yr ysgol ffocws yr adolygiad hwn, a gofyn y cwestiynau isod. Ar gyfer pob "
        "un, mae'r tîm yn nodi beth aeth yn dda a beth fyddai'n ei wella ymhellach, a pha mor "
        "gryf yw'r dystiolaeth. Mae'r canfyddiadau'n llawn, fesul maes o fframwaith yr "
        "adolygiad, yn nes ymlaen yn yr adroddiad."
    ),
    "Enquiry question {number}": "Cwestiwn ymholi {number}",
    "No finding has been linked to this question yet.": (
        "Nid oes canfyddiad wedi'i gysylltu â'r cwestiwn hwn eto."
    ),
    "The school recorded no enquiry questions for this review.": (
        "Ni chofnododd yr ysgol gwestiynau ymholi ar gyfer yr adolygiad hwn."
    ),
    "Areas of Excellence": "Meysydd Rhagoriaeth",
    (
        "Practice the team saw that other schools could learn from, shared beyond "
        "the school only with its agreement."
    ): (
        "Arferion a welodd y tîm y gallai ysgolion eraill ddysgu ohonynt; fe'u rhennir y tu "
        "hwnt i'r ysgol dim ond gyda'i chytundeb."
    ),
    "The team did not identify an Area of Excellence.": "Ni nododd y tîm Faes Rhagoriaeth.",
    "Beyond the enquiry questions": "Y tu hwnt i'r cwestiynau ymholi",
    "What went well": "Beth aeth yn dda",
    "Even better if": "Gwell fyth petai",
    # How strong a finding's evidence is
    "No evidence notes are linked yet": "Nid oes nodiadau tystiolaeth wedi'u cysylltu eto",
    "Rests on a single source ({why})": "Yn dibynnu ar un ffynhonnell ({why})",
    "Rests on a single source": "Yn dibynnu ar un ffynhonnell",
    "Strong evidence: {counts}": "Tystiolaeth gref: {counts}",
    "Corroborated: {counts}": "Tystiolaeth ategol: {counts}",
    "{notes} from {sources} of evidence in {activities}, by {reviewers}": (
        "{notes} o {sources} tystiolaeth mewn {activities}, gan {reviewers}"
    ),
    "no evidence notes are linked (the team's working notes do not count)": (
        "nid oes nodiadau tystiolaeth wedi'u cysylltu (nid yw nodiadau gwaith y tîm yn cyfrif)"
    ),
    "no evidence notes are linked": "nid oes nodiadau tystiolaeth wedi'u cysylltu",
    "all from one source of evidence ({sources})": "y cyfan o un ffynhonnell ({sources})",
    "all from one activity": "y cyfan o un gweithgaredd",
    "all from one reviewer": "y cyfan gan un adolygydd",
    "none recorded": "dim wedi'i gofnodi",
    # Context and activities
    "Context": "Cyd-destun",
    "The school's self-evaluation": "Hunanarfarniad yr ysgol",
    "No self-evaluation summary recorded.": "Ni chofnodwyd crynodeb o'r hunanarfarniad.",
    "Activities undertaken": "Y gweithgareddau a gynhaliwyd",
    (
        "The evidence notes have since been deleted under the school's retention "
        "schedule; the findings keep the evidence counts they had."
    ): (
        "Mae'r nodiadau tystiolaeth wedi'u dileu ers hynny dan amserlen gadw'r ysgol; mae'r "
        "canfyddiadau'n cadw'r cyfrifon tystiolaeth oedd ganddynt."
    ),
    "The team of {reviewers} recorded {notes}.": "Cofnododd y tîm o {reviewers} {notes}.",
    "Activities are counted by kind; no individual teacher is named in this report.": (
        "Cyfrifir y gweithgareddau fesul math; nid enwir unrhyw athro unigol yn yr adroddiad hwn."
    ),
    "Activity": "Gweithgaredd",
    "Timetabled": "Yn yr amserlen",
    "Evidence notes": "Nodiadau tystiolaeth",
    # Findings
    "Findings by area": "Canfyddiadau fesul maes",
    (
        "Findings are strengths, areas for development and Areas of Excellence, each "
        "with a short summary of the evidence behind it."
    ): (
        "Cryfderau, meysydd i'w datblygu a Meysydd Rhagoriaeth yw'r canfyddiadau, pob un gyda "
        "chrynodeb byr o'r dystiolaeth y tu ôl iddo."
    ),
    "No findings have been recorded yet.": "Nid oes canfyddiadau wedi'u cofnodi eto.",
    "Sources of evidence: {sources}.": "Ffynonellau tystiolaeth: {sources}.",
    "Answers enquiry question {numbers}.": "Yn ateb cwestiwn ymholi {numbers}.",
    "Answers enquiry questions {numbers}.": "Yn ateb cwestiynau ymholi {numbers}.",
    "Strands": "Llinynnau",
    "Findings not tied to a framework area": "Canfyddiadau heb eu cysylltu â maes o'r fframwaith",
    # Next steps and the action plan
    "Next steps": "Camau nesaf",
    "No next steps recorded yet.": "Nid oes camau nesaf wedi'u cofnodi eto.",
    "Follows from": "Yn deillio o",
    "Action plan": "Cynllun gweithredu",
    (
        "The action plan is agreed at the improvement workshop after the review; "
        "no actions are recorded yet."
    ): (
        "Cytunir ar y cynllun gweithredu yn y gweithdy gwella ar ôl yr adolygiad; nid oes camau "
        "gweithredu wedi'u cofnodi eto."
    ),
    "Action": "Cam gweithredu",
    "Owner": "Perchennog",
    "Success criteria": "Meini prawf llwyddiant",
    "Review by": "Adolygu erbyn",
    "Status": "Statws",
    "Progress at the latest impact review": "Cynnydd yn yr adolygiad effaith diweddaraf",
    "What changed for pupils": "Beth newidiodd i'r disgyblion",
    # Sign-off
    "Sign-off": "Llofnodi",
    (
        "The lead reviewer signs this report digitally when it is final; the headteacher "
        "countersigns it to confirm that the school has checked it for factual accuracy. "
        "Each signature covers the whole file, so any later change shows when the "
        "signatures are checked: in a PDF reader's signature panel, or in Peerview."
    ): (
        "Mae'r adolygydd arweiniol yn llofnodi'r adroddiad hwn yn ddigidol pan fydd yn "
        "derfynol; mae'r pennaeth yn ei gydlofnodi i gadarnhau bod yr ysgol wedi gwirio ei "
        "gywirdeb ffeithiol. Mae pob llofnod yn cwmpasu'r ffeil gyfan, felly mae unrhyw newid "
        "diweddarach i'w weld pan wirir y llofnodion: ym mhanel llofnodion darllenydd PDF, "
        "neu yn Peerview."
    ),
    (
        "This copy is {draft}: it is not signed and is not for signature. The final report "
        "is signed by {lead} as lead reviewer and countersigned by {head}, headteacher of "
        "{school}."
    ): (
        "Y copi hwn yw {draft}: nid yw wedi'i lofnodi ac nid yw i'w lofnodi. Bydd {lead} yn "
        "llofnodi'r adroddiad terfynol fel adolygydd arweiniol, a {head}, pennaeth {school}, "
        "yn ei gydlofnodi."
    ),
    (
        "This is an unsigned copy. The signed report, signed by {lead} as lead reviewer and "
        "countersigned by {head}, headteacher of {school}, is the original."
    ): (
        "Copi heb ei lofnodi yw hwn. Yr adroddiad a lofnodwyd gan {lead} fel adolygydd "
        "arweiniol, ac a gydlofnodwyd gan {head}, pennaeth {school}, yw'r gwreiddiol."
    ),
    "Lead reviewer: {name}": "Adolygydd arweiniol: {name}",
    "Headteacher of {school}: {name}": "Pennaeth {school}: {name}",
    "Host headteacher": "Pennaeth yr ysgol letyol",
    "Signed digitally by {name}": "Llofnodwyd yn ddigidol gan {name}",
    # The evidence appendix
    "Appendix: evidence notes by strand": "Atodiad: nodiadau tystiolaeth fesul llinyn",
    (
        "For the host school's copy: the evidence notes the findings rest on, as the "
        "reviewers recorded them, grouped by framework strand."
    ): (
        "Ar gyfer copi'r ysgol letyol: y nodiadau tystiolaeth y mae'r canfyddiadau'n seiliedig "
        "arnynt, fel y'u cofnodwyd gan yr adolygwyr, fesul llinyn o'r fframwaith."
    ),
    (
        "{notes} is not printed here: its context could identify one teacher, or its "
        "wording needs checking."
    ): (
        "Ni argreffir {notes} yma: gallai ei gyd-destun ddangos pwy yw un athro, neu mae angen "
        "gwirio ei eiriad."
    ),
    (
        "{notes} are not printed here: their context could identify one teacher, or their "
        "wording needs checking."
    ): (
        "Ni argreffir {notes} yma: gallai eu cyd-destun ddangos pwy yw un athro, neu mae angen "
        "gwirio eu geiriad."
    ),
    "Notes not tagged to a strand": "Nodiadau heb eu tagio i linyn",
    "also under {codes}": "hefyd dan {codes}",
    # The one-page feedback summary
    "Feedback summary": "Crynodeb adborth",
    "Feedback summary: {school}": "Crynodeb adborth: {school}",
    "Emerging findings of the peer review of {school}, {dates}": (
        "Canfyddiadau cychwynnol adolygiad cymheiriaid {school}, {dates}"
    ),
    "feedback": "adborth",
    (
        "The review team's emerging findings, for the feedback conversation at the end "
        "of the visit. They are not the report: the report follows, and the school "
        "checks it for factual accuracy before it is final."
    ): (
        "Canfyddiadau cychwynnol tîm yr adolygiad, ar gyfer y sgwrs adborth ar ddiwedd yr "
        "ymweliad. Nid yr adroddiad mohonynt: daw'r adroddiad wedyn, a bydd yr ysgol yn gwirio "
        "ei gywirdeb ffeithiol cyn iddo fod yn derfynol."
    ),
    "No finding is linked to this question yet.": (
        "Nid oes canfyddiad wedi'i gysylltu â'r cwestiwn hwn eto."
    ),
    "Other findings": "Canfyddiadau eraill",
    "Findings": "Canfyddiadau",
    "The team has not identified an Area of Excellence.": (
        "Nid yw'r tîm wedi nodi Maes Rhagoriaeth."
    ),
    "The school owns the review and its report, and decides who may read them.": (
        "Yr ysgol sy'n berchen ar yr adolygiad a'i adroddiad, ac sy'n penderfynu pwy gaiff eu "
        "darllen."
    ),
    "Feedback summary for the end-of-day meeting. Not the report.": (
        "Crynodeb adborth ar gyfer y cyfarfod ar ddiwedd y dydd. Nid yr adroddiad."
    ),
    "The school's response": "Ymateb yr ysgol",
    # Words the core stores as labels (models and services), printed as they are in English
    "Strength": "Cryfder",
    "Area for development": "Maes i'w ddatblygu",
    "Area of Excellence": "Maes Rhagoriaeth",
    "Lesson visit": "Ymweliad â gwers",
    "Joint observation": "Arsylwi ar y cyd",
    "Learning walk": "Taith ddysgu",
    "Book look": "Craffu ar lyfrau",
    "Pupil voice": "Llais y disgybl",
    "Meeting": "Cyfarfod",
    "Document and data review": "Adolygu dogfennau a data",
    "Team meeting": "Cyfarfod y tîm",
    "Team catch-up": "Sgwrs y tîm",
    "Feedback to the host": "Adborth i'r ysgol letyol",
    "Pupils' talk": "Sgwrs disgyblion",
    "Pupils' work": "Gwaith disgyblion",
    "Staff": "Staff",
    "Leaders": "Arweinwyr",
    "Governors": "Llywodraethwyr",
    "Parents": "Rhieni",
    "Observation of practice": "Arsylwi ar arferion",
    "Documents and data": "Dogfennau a data",
    "Lead reviewer": "Adolygydd arweiniol",
    "Reviewer": "Adolygydd",
    "Headteacher": "Pennaeth",
    "Host school leader": "Arweinydd yn yr ysgol letyol",
    "Designated safeguarding lead": "Arweinydd diogelu dynodedig",
    "Partnership lead": "Arweinydd y bartneriaeth",
    "Improvement champion": "Hyrwyddwr gwella",
    "Not started": "Heb ddechrau",
    "In progress": "Ar waith",
    "Under way": "Ar y gweill",
    "Done": "Wedi'i wneud",
    "Carried forward": "Wedi'i gario ymlaen",
}
