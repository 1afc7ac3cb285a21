"""Content of ``peerview demo``: one fictional one-day peer review in a primary partnership.

The schools, people and events are invented. The review is written the way trained
reviewers write, so that the demo also shows new users what such evidence looks like in
practice: low-inference notes, patterns and contexts rather than named staff performance,
no pupil names, and developmental findings worded as strengths and next steps.

Everything here is plain data. Other records point at each other by list position
(``"school": 1``, ``"activity": 0``, ``"notes": [4, 5]``), so reordering any list means
renumbering the references to it.
"""

from __future__ import annotations

from typing import Any

PARTNERSHIP: dict[str, Any] = {"name": "Nene Washes Schools Partnership"}

# Index 0 is the host school; the other three send the review team.
SCHOOLS: list[dict[str, Any]] = [
    {"name": "Eastfield Drove Primary School", "town": "Whittlesey", "phase": "primary"},
    {"name": "Fen Reeve Primary Academy", "town": "Chatteris", "phase": "primary"},
    {"name": "Ouse Bank Primary School", "town": "Littleport", "phase": "primary"},
    {"name": "Coldham Lode Primary School", "town": "Ramsey", "phase": "primary"},
]

# The first three entries are the review team, lead reviewer first; activities and notes
# refer to them as 0, 1 and 2. Names with non-ASCII letters exercise storage, search,
# sorting and PDF fonts with the names real partnerships have.
PEOPLE: list[dict[str, Any]] = [
    {"name": "Siân Pritchard", "school": 1, "role": "lead_reviewer"},
    {"name": "Tomasz Łukasiewicz", "school": 2, "role": "reviewer"},
    {"name": "Priya Natarajan", "school": 3, "role": "reviewer"},
    {"name": "Helen Marsh", "school": 0, "role": "headteacher"},
    # English and phonics lead
    {"name": "Kerry Adebayo", "school": 0, "role": "host_leader"},
    # SENCO, who also leads on the pupil premium
    {"name": "Joanne Whitlock", "school": 0, "role": "host_leader"},
    # Deputy headteacher. The DSL is listed so that the demo can show where a safeguarding
    # concern would go; no safeguarding record is part of the demo evidence.
    {"name": "Mark Greaves", "school": 0, "role": "dsl"},
    # Two more visiting reviewers and two more host leaders, added later than the first
    # seven (so earlier references keep their numbers). Their names, in Vietnamese, Welsh,
    # Urdu and Arabic, are what a report must print and extract exactly.
    {"name": "Nguyễn Thị Hồng", "school": 2, "role": "reviewer"},  # 7
    {"name": "Dafydd ap Llŷr", "school": 3, "role": "reviewer"},  # 8
    # EAL lead and family liaison
    {"name": "عائشہ ملک", "school": 0, "role": "host_leader"},  # 9
    # Y6 teacher and writing lead
    {"name": "ليلى حداد", "school": 0, "role": "host_leader"},  # 10
]

REVIEW: dict[str, Any] = {
    "title": "Peer review: Eastfield Drove Primary School",
    "start_date": "2026-11-17",
    "end_date": "2026-11-17",
    "focus": (
        "Early reading and phonics in Reception and KS1, and how feedback in writing helps "
        "disadvantaged pupils in KS2 to improve"
    ),
    "self_evaluation": (
        "Eastfield Drove is a one-form-entry primary school with 214 pupils on roll. 41% of "
        "pupils are eligible for the pupil premium, 19% are on the SEND register and 23% speak "
        "English as an additional language, most often Polish, Lithuanian or Urdu. In "
        "September 2025 we introduced a new systematic synthetic phonics programme and trained "
        "every teacher and teaching assistant to teach it. In June 2026, 76% of Y1 pupils met "
        "the phonics screening check threshold, up from 68%, but only 64% of disadvantaged "
        "pupils did, and half of our Y2 keep-up group are disadvantaged. In KS2 we replaced "
        "most written marking with verbal and whole-class feedback in January 2026. Our "
        "monitoring shows that pupils' writing improves when they act on feedback, but we are "
        "less sure that disadvantaged pupils act on it as often as their classmates. "
        "Attendance of disadvantaged pupils has risen since we appointed a family support "
        "worker, but is still below that of other pupils. We would value the team's view on "
        "how well phonics teaching and feedback in writing work for disadvantaged pupils and "
        "pupils with SEND."
    ),
    "enquiry_questions": [
        "How well does our phonics teaching help disadvantaged pupils and pupils with SEND in "
        "Reception and KS1 become fluent, confident readers?",
        "To what extent does feedback in writing help disadvantaged pupils in KS2 know what to "
        "improve and act on it?",
    ],
}

# Parallel activities at 09:00 and 09:50 let a three-person team cover more of the focus;
# the gap between 13:45 and 15:00 is the team's time to agree emerging findings.
ACTIVITIES: list[dict[str, Any]] = [
    {  # 0
        "start": "08:30",
        "end": "09:00",
        "kind": "meeting",
        "title": "Opening meeting: context, self-evaluation and focus",
        "place": "Headteacher's office",
        "year_group": "",
        "subject": "",
        "reviewers": [0, 1, 2],
        "host_leader": 3,
    },
    {  # 1
        "start": "09:00",
        "end": "09:40",
        "kind": "joint_observation",
        "title": "Phonics in Y1, with the English lead",
        "place": "Y1 classroom",
        "year_group": "Y1",
        "subject": "Phonics",
        "reviewers": [0, 1],
        "host_leader": 4,
    },
    {  # 2
        "start": "09:00",
        "end": "09:40",
        "kind": "lesson_visit",
        "title": "Phonics in Reception and a Y2 keep-up group",
        "place": "Reception classroom and Y2 group room",
        "year_group": "Reception and Y2",
        "subject": "Phonics",
        "reviewers": [2],
        "host_leader": 5,
    },
    {  # 3
        "start": "09:50",
        "end": "10:30",
        "kind": "learning_walk",
        "title": "Reading and vocabulary across KS2",
        "place": "KS2 classrooms",
        "year_group": "KS2",
        "subject": "Reading",
        "reviewers": [1, 2, 7, 8],
        "host_leader": 9,
    },
    {  # 4
        "start": "09:50",
        "end": "10:30",
        "kind": "document_review",
        "title": "SEND register, support plans, attendance and pupil premium strategy",
        "place": "SENCO's office",
        "year_group": "",
        "subject": "",
        "reviewers": [0],
        "host_leader": 5,
    },
    {  # 5
        "start": "10:30",
        "end": "10:50",
        "kind": "meeting",
        "title": "Break: team catch-up",
        "place": "Meeting room",
        "year_group": "",
        "subject": "",
        "reviewers": [0, 1, 2],
        "host_leader": None,
    },
    {  # 6
        "start": "10:50",
        "end": "12:00",
        "kind": "book_look",
        "title": "Book look: writing in Y4 and Y6, with the English lead",
        "place": "Meeting room",
        "year_group": "Y4 and Y6",
        "subject": "Writing",
        "reviewers": [0, 1, 2, 8],
        "host_leader": 4,
    },
    {  # 7
        "start": "12:00",
        "end": "12:45",
        "kind": "meeting",
        "title": "Lunch: team catch-up and triangulation",
        "place": "Meeting room",
        "year_group": "",
        "subject": "",
        "reviewers": [0, 1, 2],
        "host_leader": None,
    },
    {  # 8
        # No host leader, so that pupils speak freely about feedback they receive.
        "start": "13:00",
        "end": "13:45",
        "kind": "pupil_voice",
        "title": "Pupil voice: Y5 and Y6 writers",
        "place": "Library",
        "year_group": "Y5 and Y6",
        "subject": "Writing",
        "reviewers": [1, 2],
        "host_leader": None,
    },
    {  # 9
        "start": "15:00",
        "end": "15:30",
        "kind": "meeting",
        "title": "End-of-day feedback to the headteacher and leaders",
        "place": "Headteacher's office",
        "year_group": "",
        "subject": "",
        "reviewers": [0, 1, 2],
        "host_leader": 3,
    },
]

# Findings cite notes by position, so each note carries its index as a comment to keep
# those citations checkable by eye. Notes 11 and 27 are deliberately untagged: real
# reviewers jot things down mid-lesson and tag them later, and the demo should show that.
NOTES: list[dict[str, Any]] = [
    # --- 0: opening meeting -------------------------------------------------------------
    {  # 0
        "activity": 0,
        "author": 0,
        "co_reviewer": None,
        "strands": ["L1", "L2"],
        "questions": [],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "Headteacher described three priorities for this year: phonics in EYFS and KS1, "
            "feedback in KS2 writing, and attendance of disadvantaged pupils. The same three "
            "appear in the school development plan and on the priorities board in the staffroom."
        ),
        "emerging": "Priorities are few and clearly stated. Check whether staff describe them "
        "in the same way.",
        "typicality": "",
    },
    {  # 1
        "activity": 0,
        "author": 1,
        "co_reviewer": None,
        "strands": ["L2", "C2"],
        "questions": [0],
        "year_group": "Y1",
        "subject": "Phonics",
        "class_group": "",
        "text": (
            "Headteacher reported that 76% of Y1 pupils met the phonics screening check "
            "threshold in June 2026 (disadvantaged pupils 64%). Leaders link the rise to the "
            "new programme and whole-staff training in September 2025."
        ),
        "emerging": "Question: how do leaders know which parts of the programme make the "
        "difference?",
        "typicality": "",
    },
    {  # 2
        "activity": 0,
        "author": 2,
        "co_reviewer": None,
        "strands": ["C3", "P3"],
        "questions": [1],
        "year_group": "KS2",
        "subject": "Writing",
        "class_group": "",
        "text": (
            "Feedback policy rewritten in January 2026 to reduce written marking: verbal "
            "feedback during lessons and a weekly whole-class feedback sheet in writing. "
            "Headteacher said staff were consulted in two staff meetings before it started."
        ),
        "emerging": "Look in books for whether pupils act on the feedback sheets.",
        "typicality": "",
    },
    {  # 3
        "activity": 0,
        "author": 0,
        "co_reviewer": None,
        "strands": ["I3", "I1"],
        "questions": [],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "Attendance 2025-26: disadvantaged pupils 92.1%, other pupils 95.4%. A family "
            "support worker post, funded from the pupil premium, was created in April 2026."
        ),
        "emerging": "",
        "typicality": "",
    },
    # --- 1: joint observation, phonics in Y1 --------------------------------------------
    {  # 4
        "activity": 1,
        "author": 0,
        "co_reviewer": 1,
        "strands": ["C2"],
        "questions": [0],
        "year_group": "Y1",
        "subject": "Phonics",
        "class_group": "Y1 (whole class)",
        "text": (
            "Phonics session followed the programme's four parts: revisit, teach (new "
            "grapheme 'ai'), practise, apply. Pupils used sound buttons and 'my turn, your "
            "turn' to segment and blend; 27 of 28 pupils joined in the choral revisit."
        ),
        "emerging": "Consistent structure and pace; no time lost between the parts.",
        "typicality": "English lead said every phonics session from Reception to Y2 uses "
        "this structure.",
    },
    {  # 5
        "activity": 1,
        "author": 1,
        "co_reviewer": 0,
        "strands": ["C2", "C4"],
        "questions": [0],
        "year_group": "Y1",
        "subject": "Phonics",
        "class_group": "Y1 (whole class)",
        "text": (
            "During the practise section the teacher checked each table's whiteboards. Two "
            "pupils who wrote 'rane' for 'rain' were asked to say the sounds again and rewrote "
            "the word correctly within a minute."
        ),
        "emerging": "Errors picked up and corrected in the moment.",
        "typicality": "",
    },
    {  # 6
        "activity": 1,
        "author": 0,
        "co_reviewer": None,
        "strands": ["C2", "I1", "C4"],
        "questions": [0],
        "year_group": "Y1",
        "subject": "Phonics",
        "class_group": "Y1 (group of 5)",
        "text": (
            "In the apply task, 5 pupils (3 disadvantaged, from the class list the English "
            "lead shared) worked with the teaching assistant on the same sentence as the "
            "class, with a grapheme mat. All 5 wrote 'The snail is in the rain' with 'ai' "
            "correct; 2 left out the capital letter."
        ),
        "emerging": "Same content as the class, with extra scaffolding.",
        "typicality": "Consistent with the Reception visit.",
    },
    {  # 7
        "activity": 1,
        "author": 1,
        "co_reviewer": None,
        "strands": ["B1", "B2"],
        "questions": [],
        "year_group": "Y1",
        "subject": "Phonics",
        "class_group": "Y1 (whole class)",
        "text": (
            "Pupils moved from the carpet to tables in under a minute to a counted routine. "
            "Pupils who finished early reread their sentence to a partner without being asked."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 8
        "activity": 1,
        "author": 1,
        "co_reviewer": None,
        "strands": ["C2", "I2"],
        "questions": [0],
        "year_group": "Y1",
        "subject": "Phonics",
        "class_group": "Y1 (1 pupil with an EHC plan)",
        "text": (
            "A pupil with an EHC plan joined the whole-class revisit with picture-supported "
            "grapheme cards, then worked one-to-one with an adult on 's', 'a', 't', 'p' from an "
            "earlier phase of the programme."
        ),
        "emerging": "Question: how is this pupil's phonics progress tracked, and what is the "
        "plan for moving towards more class teaching?",
        "typicality": "",
    },
    {  # 9
        "activity": 1,
        "author": 0,
        "co_reviewer": 1,
        "strands": ["P1", "L3"],
        "questions": [0],
        "year_group": "Y1",
        "subject": "Phonics",
        "class_group": "",
        "text": (
            "Professional dialogue after the visit: the English lead described weekly "
            "15-minute phonics 'huddles' where all adults rehearse the next week's graphemes, "
            "and half-termly drop-ins followed by a coaching conversation. The English lead "
            "named the same strengths and the same capital-letter slip that reviewers had noted."
        ),
        "emerging": "The English lead's account of the session matched what both reviewers saw.",
        "typicality": "",
    },
    {  # 10
        "activity": 1,
        "author": 1,
        "co_reviewer": None,
        "strands": ["C2", "I4"],
        "questions": [0],
        "year_group": "Y1",
        "subject": "Phonics",
        "class_group": "Y1 (1 pupil, EAL, early stage)",
        "text": (
            "A pupil who arrived from Poland in September 2026 repeated sounds accurately in "
            "the choral parts and pointed to graphemes on the frieze. The teaching assistant, "
            "who speaks Polish, checked in quietly ('Już?') before blending practice; the "
            "pupil nodded and blended 'r-ai-n' aloud."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 11
        "activity": 1,
        "author": 0,
        "co_reviewer": None,
        "strands": [],
        "questions": [],
        "year_group": "Y1",
        "subject": "Phonics",
        "class_group": "",
        "text": "Grapheme frieze at pupils' eye level; the 'ai' card was added during the lesson.",
        "emerging": "",
        "typicality": "",
    },
    # --- 2: lesson visit, Reception and Y2 keep-up ------------------------------------------
    {  # 12
        "activity": 2,
        "author": 2,
        "co_reviewer": None,
        "strands": ["C2"],
        "questions": [0],
        "year_group": "Reception",
        "subject": "Phonics",
        "class_group": "Reception (whole class)",
        "text": (
            "18-minute phonics session on 'sh' with 26 pupils, following the same four parts "
            "as Y1. Oral blending practised with a puppet; 9 of 11 pupils asked individually "
            "blended 'sh-o-p' and 'f-i-sh'."
        ),
        "emerging": "",
        "typicality": "Same structure as the Y1 joint observation.",
    },
    {  # 13
        "activity": 2,
        "author": 2,
        "co_reviewer": None,
        "strands": ["C2", "I2"],
        "questions": [0],
        "year_group": "Reception",
        "subject": "Phonics",
        "class_group": "Reception (3 pupils)",
        "text": (
            "Straight after the session, 3 pupils had a 10-minute keep-up session with a "
            "teaching assistant, repeating the day's grapheme with picture cards. SENCO said 2 "
            "of the 3 are on the SEND register for speech and language needs."
        ),
        "emerging": "Keep-up starts on the same day as the teaching.",
        "typicality": "",
    },
    {  # 14
        "activity": 2,
        "author": 2,
        "co_reviewer": None,
        "strands": ["C2", "I1"],
        "questions": [0],
        "year_group": "Y2",
        "subject": "Phonics",
        "class_group": "Y2 keep-up group (6 pupils)",
        "text": (
            "Keep-up group of 6 (4 disadvantaged, per the SENCO) with a teaching assistant in "
            "the group room. Pupils segmented and blended CVCC words using sound buttons; 5 of "
            "6 pupils asked read the decodable book accurately, and the sixth hesitated on "
            "'nest' and 'jump' and self-corrected."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 15
        "activity": 2,
        "author": 2,
        "co_reviewer": None,
        "strands": ["C2", "C4"],
        "questions": [0],
        "year_group": "Y2",
        "subject": "Phonics",
        "class_group": "Y2 keep-up group (6 pupils)",
        "text": (
            "The teaching assistant used the programme's keep-up script and a grapheme chart. "
            "When a pupil read 'steep' as 'step', the adult pointed to 'ee' on the chart and "
            "the pupil reread the word correctly."
        ),
        "emerging": "Keep-up content closely matched to the main phonics lesson.",
        "typicality": "SENCO said keep-up groups run daily in Y1 and Y2.",
    },
    {  # 16
        "activity": 2,
        "author": 2,
        "co_reviewer": None,
        "strands": ["C2", "P1"],
        "questions": [0],
        "year_group": "Y2",
        "subject": "Phonics",
        "class_group": "",
        "text": (
            "Teaching assistant said they had completed the programme's online modules and "
            "been observed once by the English lead in October 2026, and that the scripts "
            "'make it clear what to say'."
        ),
        "emerging": "Question: do all adults who lead keep-up groups get the same follow-up "
        "coaching?",
        "typicality": "",
    },
    {  # 17
        "activity": 2,
        "author": 2,
        "co_reviewer": None,
        "strands": ["C2", "L4"],
        "questions": [0],
        "year_group": "Y2",
        "subject": "Phonics",
        "class_group": "Y2 keep-up group (6 pupils)",
        "text": (
            "Decodable books in the group's book bags matched the phase being taught (checked "
            "against the programme's phase chart with the SENCO). Each pupil also had a "
            "'sharing book' to read with family."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 18
        "activity": 2,
        "author": 2,
        "co_reviewer": None,
        "strands": ["B1"],
        "questions": [],
        "year_group": "Reception",
        "subject": "",
        "class_group": "Reception (whole class)",
        "text": (
            "A song signalled the move from the carpet to continuous provision; pupils tidied "
            "resources and chose areas within two minutes. Adults crouched to pupils' eye "
            "level when speaking to them."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 19
        "activity": 2,
        "author": 2,
        "co_reviewer": None,
        "strands": ["I4", "B3"],
        "questions": [],
        "year_group": "Reception",
        "subject": "",
        "class_group": "Reception (whole class)",
        "text": (
            "The 'hello wall' shows greetings in the home languages of the class: 'Labas', "
            "'Dzień dobry', 'السلام علیکم' and 'Bore da' (added by a pupil whose grandparents "
            "live in Wales). Pupils greeted the reviewer at the door in three languages."
        ),
        "emerging": "Home languages are visible and valued from Reception.",
        "typicality": "",
    },
    # --- 3: learning walk, reading and vocabulary in KS2 ------------------------------------
    {  # 20
        "activity": 3,
        "author": 1,
        "co_reviewer": 2,
        "strands": ["C1", "I4"],
        "questions": [],
        "year_group": "Y3",
        "subject": "Reading",
        "class_group": "Y3 (whole class)",
        "text": (
            "Class reading a shared novel. Before reading, the teacher pre-taught three words "
            "('colossal', 'horizon', 'hesitated') with pictures and actions. Pupils used two "
            "of the three words in their spoken answers."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 21
        "activity": 3,
        "author": 2,
        "co_reviewer": None,
        "strands": ["C2", "I1"],
        "questions": [0],
        "year_group": "Y4",
        "subject": "Phonics",
        "class_group": "Y4 catch-up group (4 pupils)",
        "text": (
            "Four pupils (all disadvantaged, per the headteacher) in a phonics catch-up group "
            "with a teaching assistant in the shared corridor area, working on alternative "
            "spellings of /ai/ ('ay', 'a-e'). Pupils read the word list accurately; the session "
            "was interrupted three times in 8 minutes by people passing through."
        ),
        "emerging": "Question: is the corridor the right space for catch-up phonics?",
        "typicality": "",
    },
    {  # 22
        "activity": 3,
        "author": 1,
        "co_reviewer": None,
        "strands": ["B2", "C1"],
        "questions": [],
        "year_group": "Y5",
        "subject": "Reading",
        "class_group": "Y5 (whole class)",
        "text": (
            "Independent reading at the start of the session: 26 of 29 pupils were reading "
            "throughout the five minutes reviewers were in the room; the other three were "
            "choosing books from the book corner."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 23
        "activity": 3,
        "author": 2,
        "co_reviewer": None,
        "strands": ["I4", "C4"],
        "questions": [],
        "year_group": "Y6",
        "subject": "Reading",
        "class_group": "Y6 (1 pupil, EAL)",
        "text": (
            "'Word of the week' ('tributary') displayed with its etymology and example "
            "sentences. A pupil new to English (EAL, Urdu speaker) had a bilingual word mat for "
            "the geography-linked text, e.g. 'river — دریا', 'bridge — پل'."
        ),
        "emerging": "",
        "typicality": "Vocabulary pre-teaching also seen in Y3.",
    },
    {  # 24
        "activity": 3,
        "author": 1,
        "co_reviewer": None,
        "strands": ["C4", "I2"],
        "questions": [],
        "year_group": "Y4",
        "subject": "Reading",
        "class_group": "Y4 (whole class)",
        "text": (
            "Whole-class reading: pupils with SEND read the same text as the class, with a "
            "reading ruler and a short pre-read summary. One pupil used a coloured overlay; "
            "the teacher said this was agreed in the pupil's support plan."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 25
        "activity": 3,
        "author": 2,
        "co_reviewer": None,
        "strands": ["B1", "B2"],
        "questions": [],
        "year_group": "KS2",
        "subject": "",
        "class_group": "KS2 corridors",
        "text": (
            "Movement between KS2 classrooms was calm; pupils held doors for adults and each "
            "other. Book corners in all four KS2 classrooms were tidy and had 'recommended by' "
            "cards written by pupils."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 26
        "activity": 3,
        "author": 1,
        "co_reviewer": None,
        "strands": ["I1", "L4"],
        "questions": [],
        "year_group": "KS2",
        "subject": "Reading",
        "class_group": "",
        "text": (
            "Headteacher said weekly reading records show disadvantaged pupils in KS2 read at "
            "home less often than their peers (records returned last half term: 48% against "
            "81%). A reading buddies scheme with Y6 started in October 2026."
        ),
        "emerging": "Question: how will leaders know whether reading buddies change this?",
        "typicality": "",
    },
    {  # 27
        "activity": 3,
        "author": 2,
        "co_reviewer": None,
        "strands": [],
        "questions": [],
        "year_group": "Y3",
        "subject": "Reading",
        "class_group": "",
        "text": "Y3 and Y4 share an open-plan area; Y4 could be heard during the Y3 read-aloud.",
        "emerging": "",
        "typicality": "",
    },
    # --- 4: document review with the SENCO ----------------------------------------------
    {  # 28
        "activity": 4,
        "author": 0,
        "co_reviewer": None,
        "strands": ["I2"],
        "questions": [0],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "SEND register: 41 pupils (19%), 4 with EHC plans. 12 of the 41 were added in the "
            "last 12 months, 9 of them in Reception or Y1, mostly for speech, language and "
            "communication needs."
        ),
        "emerging": "Needs are being identified early.",
        "typicality": "",
    },
    {  # 29
        "activity": 4,
        "author": 0,
        "co_reviewer": None,
        "strands": ["I2", "C4"],
        "questions": [0],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "Sample of 5 support plans: all have 3 targets; 4 of 5 are measurable (e.g. 'reads "
            "20 common exception words from the Y1 list'). One has 'improve phonics' with no "
            "review recorded since June 2026."
        ),
        "emerging": "Question: how are targets reviewed between termly meetings?",
        "typicality": "",
    },
    {  # 30
        "activity": 4,
        "author": 0,
        "co_reviewer": None,
        "strands": ["I1", "L2"],
        "questions": [0, 1],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "Pupil premium strategy 2025-28 names three barriers: early language, reading "
            "fluency and attendance. Most spending is on phonics training, keep-up teaching "
            "assistant time and the family support worker. The impact section reports phonics "
            "screening check results but nothing yet on writing."
        ),
        "emerging": "Question: how will leaders evaluate the effect of the new feedback "
        "approach on disadvantaged pupils' writing?",
        "typicality": "",
    },
    {  # 31
        "activity": 4,
        "author": 0,
        "co_reviewer": None,
        "strands": ["I3"],
        "questions": [],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "Attendance tracker: persistent absence of disadvantaged pupils down from 24% "
            "(autumn 2025) to 17% (autumn 2026 to date). Each persistently absent pupil has a "
            "named adult and a dated action log."
        ),
        "emerging": "Early signs that the family support worker role is making a difference.",
        "typicality": "",
    },
    {  # 32
        "activity": 4,
        "author": 0,
        "co_reviewer": None,
        "strands": ["P1", "C3"],
        "questions": [1],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "CPD log 2025-26: 6 whole-staff sessions on phonics, 3 on feedback, 1 on SEND "
            "(autism awareness, September 2025). Teaching assistants attended all the phonics "
            "sessions and none of the feedback sessions, which were held in teachers' "
            "directed time."
        ),
        "emerging": "Question: teaching assistants give much of the in-class feedback to "
        "disadvantaged pupils; how are they included in feedback training?",
        "typicality": "",
    },
    {  # 33
        "activity": 4,
        "author": 0,
        "co_reviewer": None,
        "strands": ["I2", "L4"],
        "questions": [],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "SENCO holds termly plan-do-review meetings with families: 34 of 41 families took "
            "part last term. Meetings are offered before school, after school or by phone, and "
            "an interpreter is booked where needed."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 34
        "activity": 4,
        "author": 0,
        "co_reviewer": None,
        "strands": ["I2", "P3"],
        "questions": [],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "SENCO has two days a week out of class and described this as enough for "
            "paperwork and meetings with families, but not for working alongside teachers in "
            "lessons."
        ),
        "emerging": "",
        "typicality": "",
    },
    # --- 5: break catch-up --------------------------------------------------------------
    {  # 35
        "activity": 5,
        "author": 0,
        "co_reviewer": None,
        "strands": ["C2"],
        "questions": [0],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "All three reviewers saw the same phonics structure in Reception, Y1 and the Y2 "
            "keep-up group, and adults correcting errors in the moment. Agreed to look for how "
            "this carries into KS2 reading."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 36
        "activity": 5,
        "author": 2,
        "co_reviewer": None,
        "strands": ["I1", "C2"],
        "questions": [0],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "The Y4 catch-up group worked in the corridor, while the Y2 keep-up group had a "
            "dedicated room. Lead reviewer to ask the English lead how KS2 catch-up is "
            "timetabled and where it takes place."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 37
        "activity": 5,
        "author": 1,
        "co_reviewer": None,
        "strands": ["C4", "I4"],
        "questions": [],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "Two reviewers saw vocabulary pre-teaching (Y3 and Y6). Not yet clear whether it "
            "is planned across the school or a choice made by individual classes."
        ),
        "emerging": "",
        "typicality": "",
    },
    # --- 6: book look, writing in Y4 and Y6 ---------------------------------------------
    {  # 38
        "activity": 6,
        "author": 0,
        "co_reviewer": 1,
        "strands": ["C3", "I1"],
        "questions": [1],
        "year_group": "Y4",
        "subject": "Writing",
        "class_group": "Y4 (6 books: 3 disadvantaged, 3 other)",
        "text": (
            "Weekly whole-class feedback sheets are stuck into all 6 books, each with a 'Next "
            "time I will...' box. Pupils filled in the box in 5 of 6 books. In 3 books (1 of "
            "them a disadvantaged pupil's) the next piece shows the target applied, e.g. "
            "fronted adverbials used after a sheet on sentence openers."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 39
        "activity": 6,
        "author": 1,
        "co_reviewer": None,
        "strands": ["C3", "I1"],
        "questions": [1],
        "year_group": "Y6",
        "subject": "Writing",
        "class_group": "Y6 (6 books: 3 disadvantaged, 3 other)",
        "text": (
            "Purple-pen edits follow most extended pieces. In the 3 other pupils' books, edits "
            "change vocabulary and sentence structure; in the 3 disadvantaged pupils' books, "
            "edits are mostly spelling corrections copied from the adult's comment."
        ),
        "emerging": "Question: is the feedback disadvantaged pupils receive as ambitious as "
        "their peers'?",
        "typicality": "A similar pattern in 2 of the 3 disadvantaged pupils' books in Y4.",
    },
    {  # 40
        "activity": 6,
        "author": 2,
        "co_reviewer": None,
        "strands": ["C1"],
        "questions": [],
        "year_group": "Y4",
        "subject": "Writing",
        "class_group": "Y4 (6 books)",
        "text": (
            "Writing units follow the same sequence in every book: reading a model text, "
            "shared writing, drafting, editing, publishing. Draft and published versions are "
            "both present in 6 of 6 books."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 41
        "activity": 6,
        "author": 0,
        "co_reviewer": None,
        "strands": ["C3"],
        "questions": [1],
        "year_group": "Y6",
        "subject": "Writing",
        "class_group": "Y6 (6 books)",
        "text": (
            "Written comments range from none to several lines. 'VF' (verbal feedback) codes "
            "appear in 4 of 6 books; the English lead explained that they mark where feedback "
            "was given during the lesson."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 42
        "activity": 6,
        "author": 1,
        "co_reviewer": None,
        "strands": ["I2", "C4"],
        "questions": [1],
        "year_group": "Y4",
        "subject": "Writing",
        "class_group": "Y4 (2 books, pupils with SEND)",
        "text": (
            "Both books show the same unit as the class, with word banks and sentence frames "
            "stuck in. In one, the same frame is still used for the final piece in November; "
            "the other shows the pupil writing 3 sentences without a frame in the last week."
        ),
        "emerging": "Question: how and when are scaffolds reduced?",
        "typicality": "",
    },
    {  # 43
        "activity": 6,
        "author": 2,
        "co_reviewer": None,
        "strands": ["B2"],
        "questions": [],
        "year_group": "Y6",
        "subject": "Writing",
        "class_group": "Y6 (6 books)",
        "text": (
            "Work is dated and titled in all 6 books, with joined handwriting in 5. Published "
            "pieces are displayed in the corridor 'Writers' Gallery'."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 44
        "activity": 6,
        "author": 0,
        "co_reviewer": None,
        "strands": ["C3", "I1"],
        "questions": [1],
        "year_group": "Y4",
        "subject": "Writing",
        "class_group": "Y4 (3 disadvantaged pupils' books)",
        "text": (
            "In 2 of the 3 books, the 'Next time I will...' target is the same for three weeks "
            "running ('use capital letters'). The English lead said these two pupils often "
            "miss the Friday feedback lesson because a handwriting intervention is timetabled "
            "then."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 45
        "activity": 6,
        "author": 1,
        "co_reviewer": None,
        "strands": ["P3", "C3"],
        "questions": [1],
        "year_group": "KS2",
        "subject": "Writing",
        "class_group": "",
        "text": (
            "English lead said teachers spend about 40 minutes a week on the whole-class "
            "feedback sheet, compared with 'several hours' of written marking before January "
            "2026."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 46
        "activity": 6,
        "author": 2,
        "co_reviewer": None,
        "strands": ["I4", "C3"],
        "questions": [1],
        "year_group": "Y4",
        "subject": "Writing",
        "class_group": "Y4 (1 book, EAL)",
        "text": (
            "Book of a pupil with EAL (Urdu speaker, 18 months in England) includes oral "
            "rehearsal notes: key words in English with Urdu glosses (e.g. 'brave — بہادر'). "
            "Sentences lengthen across the term, from 4 to 6 words in September to 10 to 14 in "
            "November."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 47
        "activity": 6,
        "author": 0,
        "co_reviewer": 2,
        "strands": ["L3", "L2", "C3"],
        "questions": [1],
        "year_group": "KS2",
        "subject": "Writing",
        "class_group": "",
        "text": (
            "The English lead's own book-look notes from October 2026 record that edits in "
            "some Y5 and Y6 books were mostly spelling. The notes do not look at this by pupil "
            "group; the action recorded is 'revisit editing in staff meeting', not yet dated."
        ),
        "emerging": "The pattern has been spotted; the next step is not yet specific.",
        "typicality": "",
    },
    # --- 7: lunch catch-up --------------------------------------------------------------
    {  # 48
        "activity": 7,
        "author": 0,
        "co_reviewer": None,
        "strands": ["C3", "I1"],
        "questions": [1],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "Feedback sheets are used in all 12 books seen, and staff describe a lighter "
            "workload. Two reviewers separately saw disadvantaged pupils acting on feedback "
            "less ambitiously than peers (Y4 and Y6). Agreed to test this in pupil voice."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 49
        "activity": 7,
        "author": 1,
        "co_reviewer": None,
        "strands": ["C2"],
        "questions": [0],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "Phonics evidence so far comes from three reviewers and three activities. Still "
            "thin: no pupil voice from KS1 readers, and no phonics assessment records seen."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 50
        "activity": 7,
        "author": 2,
        "co_reviewer": None,
        "strands": ["P2", "C3"],
        "questions": [],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "English lead mentioned termly joint writing moderation with two other schools in "
            "the partnership since 2025, and offered the moderation notes for the end-of-day "
            "meeting."
        ),
        "emerging": "",
        "typicality": "",
    },
    # --- 8: pupil voice, Y5 and Y6 writers ------------------------------------------------
    {  # 51
        "activity": 8,
        "author": 1,
        "co_reviewer": 2,
        "strands": ["C3", "I1"],
        "questions": [1],
        "year_group": "Y5 and Y6",
        "subject": "Writing",
        "class_group": "Y5 and Y6 (8 pupils: 4 disadvantaged, 4 other)",
        "text": (
            "Asked 'What did your last feedback tell you to do?', 6 of 8 pupils named a "
            "specific target (e.g. 'use a semi-colon to link two clauses'). The other 2, both "
            "disadvantaged, said 'be neater' and 'check my spellings'."
        ),
        "emerging": "",
        "typicality": "Consistent with the Y6 book look.",
    },
    {  # 52
        "activity": 8,
        "author": 2,
        "co_reviewer": None,
        "strands": ["C3", "I1"],
        "questions": [1],
        "year_group": "Y5 and Y6",
        "subject": "Writing",
        "class_group": "Y5 and Y6 (8 pupils: 4 disadvantaged, 4 other)",
        "text": (
            "Pupils said the Friday feedback lesson is 'when we fix our writing'. Two "
            "disadvantaged pupils said they 'sometimes miss it' because of an intervention at "
            "that time."
        ),
        "emerging": "",
        "typicality": "Consistent with what the English lead said in the Y4 book look.",
    },
    {  # 53
        "activity": 8,
        "author": 1,
        "co_reviewer": None,
        "strands": ["B2", "B3"],
        "questions": [],
        "year_group": "Y5 and Y6",
        "subject": "Writing",
        "class_group": "Y5 and Y6 (8 pupils)",
        "text": (
            "All 8 pupils said they enjoy writing most when it is 'for a real reason'; five "
            "named their letters to the town council about the river path as their favourite "
            "piece this year. 3 said they write at home for fun."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 54
        "activity": 8,
        "author": 2,
        "co_reviewer": None,
        "strands": ["B3", "B1"],
        "questions": [],
        "year_group": "Y5 and Y6",
        "subject": "",
        "class_group": "Y5 and Y6 (8 pupils)",
        "text": (
            "Asked who they would talk to if they were worried, all 8 named at least one "
            "adult, and 5 mentioned the class worry box. Pupils said lunchtimes are 'mostly "
            "calm' and that adults 'sort it out fairly'."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 55
        "activity": 8,
        "author": 1,
        "co_reviewer": None,
        "strands": ["I4", "B3"],
        "questions": [],
        "year_group": "Y6",
        "subject": "",
        "class_group": "Y6 (1 pupil, EAL)",
        "text": (
            "A pupil who speaks Polish at home said they help a new Y3 pupil by translating "
            "'the hard words'. Describing their own first year in England, they said 'Na "
            "początku było trudno, teraz jest OK' and translated it as 'At the start it was "
            "hard, now it's OK'."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 56
        "activity": 8,
        "author": 2,
        "co_reviewer": None,
        "strands": ["C4", "C3"],
        "questions": [1],
        "year_group": "Y5 and Y6",
        "subject": "Writing",
        "class_group": "Y5 and Y6 (8 pupils)",
        "text": (
            "Pupils described the 'steps to success' checklists on their tables. 4 said they "
            "use them while they write; 2 said they look at them only 'when the teacher says'."
        ),
        "emerging": "Question: are checklists a scaffold to be reduced over time, or a "
        "permanent fixture?",
        "typicality": "",
    },
    # --- 9: end-of-day feedback ---------------------------------------------------------
    {  # 57
        "activity": 9,
        "author": 0,
        "co_reviewer": None,
        "strands": ["L2", "C3"],
        "questions": [0, 1],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "Headteacher recognised the phonics findings. On feedback, said leaders' "
            "monitoring had not looked at how different pupil groups act on it, and asked for "
            "the improvement workshop to start there."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 58
        "activity": 9,
        "author": 1,
        "co_reviewer": None,
        "strands": ["P2", "P1"],
        "questions": [],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "Headteacher offered to host phonics visits for two partner schools next term; the "
            "English lead will share the weekly huddle materials and the drop-in and coaching "
            "cycle."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 59
        "activity": 9,
        "author": 2,
        "co_reviewer": None,
        "strands": ["P1", "P2"],
        "questions": [],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "English lead said the joint observation and the professional dialogue after it "
            "were 'the most useful part of the day' for their own development, and asked to "
            "join a future review team."
        ),
        "emerging": "",
        "typicality": "",
    },
    # --- later additions: the two further reviewers' notes ---------------------------------
    {  # 60
        "activity": 3,
        "author": 7,
        "co_reviewer": None,
        "strands": ["I4", "C1"],
        "questions": [],
        "year_group": "KS2",
        "subject": "Reading",
        "class_group": "",
        "text": (
            "KS2 reading corners hold dual-language books in Polish, Urdu and Arabic beside "
            "English ones, labelled 'Książki po polsku', 'اردو کی کتابیں' and 'كتب عربية'. "
            "In Y5, two pupils new to English read a Polish-English picture book with a "
            "teaching assistant, who asked them to retell it in English."
        ),
        "emerging": "Strength emerging: home languages are visible and used as a bridge.",
        "typicality": "Seen in all four KS2 classrooms.",
    },
    {  # 61
        "activity": 3,
        "author": 8,
        "co_reviewer": 7,
        "strands": ["I4", "B3"],
        "questions": [],
        "year_group": "Y4",
        "subject": "Reading",
        "class_group": "",
        "text": (
            "Y4 were reading the Welsh picture book 'Yr Ŵyl Fawr' in translation in a unit on "
            "festivals. The teacher wrote Welsh words on the board (gŵyl, dŵr, tŷ) and pupils "
            "compared them with words in their home languages; a pupil wrote 'ŵyl' and 'święto' "
            "side by side on a whiteboard."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 62
        "activity": 0,
        "author": 7,
        "co_reviewer": None,
        "strands": ["L4", "I4"],
        "questions": [],
        "year_group": "",
        "subject": "",
        "class_group": "",
        "text": (
            "The EAL lead described the welcome pack for families new to the school, in "
            "English, Polish, Lithuanian and Urdu. The entrance sign reads 'Welcome', "
            "'Witamy', 'خوش آمدید' and 'أهلاً وسهلاً'. Leaders said 9 families joined "
            "mid-year in 2025-26."
        ),
        "emerging": "",
        "typicality": "",
    },
    {  # 63
        "activity": 6,
        "author": 8,
        "co_reviewer": None,
        "strands": ["C3", "I4"],
        "questions": [1],
        "year_group": "Y6",
        "subject": "Writing",
        "class_group": "",
        "text": (
            "In one Y6 book, a pupil who joined from Poland in Y5 had feedback targets in "
            "English with key words glossed in Polish ('zdanie' for sentence, 'żeby' for "
            "'so that'); the next piece of writing shows the target applied."
        ),
        "emerging": "",
        "typicality": "One book: check whether this is usual for pupils new to English.",
    },
]

# Each finding cites notes from more than one activity and more than one reviewer, so the
# demo's triangulation view has something real to show.
FINDINGS: list[dict[str, Any]] = [
    {  # 0
        "kind": "strength",
        "title": "A shared approach to phonics from Reception to Y2",
        "text": (
            "What went well: phonics sessions in Reception, Y1 and the Y2 keep-up group follow "
            "the same four-part structure, with little time lost between parts. Adults pick up "
            "errors in the moment, for example 'rane' corrected to 'rain' within a minute. "
            "Decodable books match the sounds pupils have been taught, and pupils who need it "
            "get keep-up support on the same day, on the same content as the main lesson, led "
            "by adults using the programme's scripts."
        ),
        "strands": ["C2", "C4"],
        "notes": [4, 5, 14, 15, 17, 35],
    },
    {  # 1
        "kind": "strength",
        "title": "Feedback in writing that is manageable and routinely used",
        "text": (
            "What went well: the whole-class feedback approach introduced in January 2026 is "
            "used in every KS2 book seen. Pupils complete 'Next time I will...' targets, and "
            "in several books the next piece of writing shows the target applied. Teachers "
            "estimate 40 minutes a week on feedback sheets compared with several hours of "
            "written marking before, and 6 of 8 pupils in the pupil voice group could name a "
            "specific writing target."
        ),
        "strands": ["C3", "P3"],
        "notes": [2, 38, 45, 48, 51, 63],
    },
    {  # 2
        "kind": "area_for_development",
        "title": "How disadvantaged pupils in KS2 receive and act on feedback in writing",
        "text": (
            "Even better if disadvantaged pupils received, and acted on, feedback as ambitious "
            "as their peers'. In Y6 books, disadvantaged pupils' edits were mostly copied "
            "spelling corrections, while other pupils' edits changed vocabulary and sentence "
            "structure; in Y4, two disadvantaged pupils had the same target for three weeks. "
            "Some disadvantaged pupils miss the Friday feedback lesson because an intervention "
            "is timetabled then, and leaders' monitoring does not yet look at feedback by "
            "pupil group."
        ),
        "strands": ["C3", "I1", "L2"],
        "notes": [39, 44, 47, 51, 52, 57],
    },
    {  # 3
        "kind": "area_for_development",
        "title": "Planning how scaffolds are reduced for pupils with SEND",
        "text": (
            "Even better if support for pupils with SEND set out how and when scaffolds will "
            "be reduced, so that pupils move towards independence. Most support plans sampled "
            "have measurable targets, but one had 'improve phonics' with no review since June "
            "2026. In Y4, one pupil with SEND was still using the same sentence frame in "
            "November while another had begun writing without one. The SENCO's time out of "
            "class covers paperwork and families, but not yet working alongside teachers."
        ),
        "strands": ["I2", "C4"],
        "notes": [8, 29, 34, 42],
    },
    {  # 4
        "kind": "area_of_excellence",
        "title": "Phonics professional development: weekly huddles and coaching",
        "text": (
            "Weekly 15-minute huddles, in which every adult who teaches phonics rehearses the "
            "next week's graphemes, are followed by half-termly drop-ins and coaching "
            "conversations. Teaching assistants attended every phonics training session. "
            "Reviewers saw the result in the same structure and error correction in three "
            "classes, and the English lead's own account of a session matched what reviewers "
            "saw. The school has offered to share the approach with partner schools."
        ),
        "strands": ["P1", "C2", "P2"],
        "notes": [9, 16, 32, 35, 58],
    },
]

NEXT_STEPS: list[dict[str, Any]] = [
    {
        "finding": 2,
        "text": (
            "Move either the Friday feedback lesson or the intervention timetabled against it, "
            "so that every pupil takes part, and include teaching assistants in the next "
            "feedback training."
        ),
    },
    {
        "finding": 2,
        "text": (
            "Add a comparison by pupil group to the English lead's termly book looks and pupil "
            "voice, and report it in the pupil premium strategy's impact section alongside "
            "phonics results."
        ),
    },
    {
        "finding": 3,
        "text": (
            "With class teachers and families, agree for each scaffold in a support plan when "
            "and how it will be reduced, and use some of the SENCO's time out of class to work "
            "alongside teachers on this in lessons."
        ),
    },
]

# The action plan agreed at the improvement workshop a week after the visit; owners are
# host school leaders, with a partner school's support where the plan says so.
ACTION_ITEMS: list[dict[str, Any]] = [
    {
        "finding": 2,
        "action": (
            "Move the Friday intervention so that every pupil takes part in the feedback "
            "lesson, and train teaching assistants in the feedback approach."
        ),
        "owner": "ليلى حداد",
        "success_criteria": (
            "Every disadvantaged pupil in Y3 to Y6 attends the feedback lesson; book looks "
            "show edits that change vocabulary and structure, not only spelling."
        ),
        "review_date": "2027-02-12",
        "status": "in_progress",
    },
    {
        "finding": 2,
        "action": (
            "Compare feedback by pupil group in termly book looks and pupil voice, and report "
            "it in the pupil premium strategy."
        ),
        "owner": "Kerry Adebayo",
        "success_criteria": "The spring book look reports on disadvantaged pupils separately.",
        "review_date": "2027-04-02",
        "status": "not_started",
    },
    {
        "finding": 3,
        "action": (
            "Plan when and how each scaffold in a support plan is reduced, with families; "
            "the SENCO works alongside teachers in lessons one afternoon a week."
        ),
        "owner": "Joanne Whitlock",
        "success_criteria": "Every support plan names a date to review each scaffold.",
        "review_date": "2027-03-19",
        "status": "not_started",
    },
    {
        "finding": 4,
        "action": (
            "Host phonics visits for two partner schools and share the weekly huddle "
            "materials (school-to-school support, with Ouse Bank and Coldham Lode)."
        ),
        "owner": "Kerry Adebayo, with Nguyễn Thị Hồng and Dafydd ap Llŷr",
        "success_criteria": "Two visits held; both partner schools run huddles by Easter.",
        "review_date": "2027-03-26",
        "status": "not_started",
    },
    {
        "finding": None,
        "action": (
            "Translate the welcome pack's feedback page into Urdu, Polish and Lithuanian so "
            "that families know how to help with writing targets at home."
        ),
        "owner": "عائشہ ملک",
        "success_criteria": (
            "Pages sent home to every new family from January; families asked at parents' "
            "evening whether they help."
        ),
        "review_date": "2027-01-29",
        "status": "not_started",
    },
]
