"""The people, review and evening bundles of the three-day visit that the soak plays through
the window (app/bench/gui/visit.py). Qt-free: two laptops set up through the same services
a lead and a reviewer use, each with a real identity, trusting each other's card.

The lead's laptop is the one in the window. Each evening the reviewer's laptop writes its
own notes and exports a bundle for the lead (the real signed, encrypted export), which the
window imports the next morning.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from app.bench.common import WORDS
from app.services import evidence, frameworks, reviews
from app.services.identity import create_identity, export_card, trust_card_file
from app.services.store import Store
from app.sync.exporter import export_bundle
from app.sync.importer import import_bundle

PASSPHRASE = "three days at Ysgol y Bont"
DAYS = ("2026-11-17", "2026-11-18", "2026-11-19")
LEAD = "Siân Pritchard"
REVIEWER = "Łukasz Nowak"
QUESTIONS = (
    "How well does feedback help pupils improve their writing?",
    "How consistently is phonics taught from Reception to Y2?",
    "How do disadvantaged pupils take part in talk for learning?",
)
# The day's timetable: (start, end, kind, title, year group, subject).
TIMETABLE = (
    ("09:00", "09:40", "lesson_visit", "Phonics in Reception", "R", "English"),
    ("09:50", "10:30", "book_look", "Writing books in Y5", "Y5", "English"),
    ("10:45", "11:30", "learning_walk", "Learning walk: KS1", "", ""),
    ("11:40", "12:20", "pupil_voice", "Pupil voice: Y6 readers", "Y6", ""),
    ("13:15", "14:00", "joint_observation", "Maths in Y3 with the deputy", "Y3", "Maths"),
    ("14:10", "15:00", "meeting", "Meeting with the English lead", "", ""),
)
# Words a person types between the generated phrases: the school's own languages.
EXTRA = ("ŵyn", "ŷd", "Cymraeg", "Łódź", "Ćwiczenia", "tiếng Việt", "طلبہ", "feedback", "oracy")


@dataclass
class Visit:
    folder: Path
    lead: Store
    reviewer: Store
    review_id: str
    strand_codes: list[str]
    reviewer_notes: list[str] = field(default_factory=list)  # made on the other laptop

    def close(self) -> None:
        self.lead.close()
        self.reviewer.close()


def note_text(rng: random.Random, least: int = 300, most: int = 800) -> str:
    """A note of ``least`` to ``most`` characters: sentences of the bench's vocabulary
    (Welsh, Polish and Vietnamese among them), ending with a full stop."""
    target = rng.randint(least, most)
    sentences: list[str] = []
    length = 0
    while length < target:
        words = [rng.choice(WORDS) for _ in range(rng.randint(6, 16))]
        words.insert(rng.randrange(len(words)), rng.choice(EXTRA))
        sentence = " ".join(words).capitalize() + "."
        sentences.append(sentence)
        length += len(sentence) + 1
    text = " ".join(sentences)
    if len(text) > most:
        text = text[: text.rfind(" ", 0, most - 1)].rstrip(",;") + "."
    return text


def _person(store: Store, name: str, role: str) -> str:
    frameworks.ensure_default(store)
    return create_identity(store, name, role=role, passphrase=PASSPHRASE).key_id


def prepare(folder: Path) -> Visit:
    """Both laptops, each with an identity, cards exchanged, the review planned on the
    lead's and handed to the reviewer's in a bundle (as before a real visit)."""
    lead = Store.open(folder / "lead", purpose="peerview bench")
    reviewer = Store.open(folder / "reviewer", purpose="peerview bench")
    lead_key = _person(lead, LEAD, "lead_reviewer")
    reviewer_key = _person(reviewer, REVIEWER, "reviewer")
    cards = folder / "cards"
    cards.mkdir(parents=True, exist_ok=True)
    export_card(lead, cards / "lead.peerview-card.json")
    export_card(reviewer, cards / "reviewer.peerview-card.json")
    trust_card_file(reviewer, cards / "lead.peerview-card.json")
    trust_card_file(lead, cards / "reviewer.peerview-card.json")

    version = frameworks.ensure_default(lead)
    with lead.write() as tx:
        school = reviews.create_school(tx, "Ysgol y Bont", None)
        review = reviews.create_review(
            tx,
            host_school_id=school,
            framework_version_id=version,
            title="Adolygiad cymheiriaid: tri diwrnod",
            start_date=DAYS[0],
            end_date=DAYS[-1],
            focus="Feedback in writing, and phonics from Reception to Y2",
            enquiry_questions=QUESTIONS,
        )
        for name, role, key in (
            (LEAD, "lead_reviewer", lead_key),
            (REVIEWER, "reviewer", reviewer_key),
        ):
            person = reviews.create_person(tx, name, None, "reviewer", key)
            reviews.add_team_member(tx, review, person, role)
        for day in DAYS:
            for start, end, kind, title, year, subject in TIMETABLE:
                reviews.add_activity(
                    tx,
                    review,
                    day=day,
                    start_time=start,
                    end_time=end,
                    kind=kind,
                    title=title,
                    year_group=year,
                    subject=subject,
                )
    plan = folder / "plan.pvbundle"
    export_bundle(lead, review, plan)
    import_bundle(reviewer, plan)
    codes = sorted(frameworks.strands_by_code(lead, version))
    return Visit(folder, lead, reviewer, review, codes)


def evening(visit: Visit, day: str, count: int, rng: random.Random) -> Path:
    """The reviewer's notes of ``day``, written on their laptop, in a bundle for the lead."""
    for n in range(count):
        start, _end, kind, *_ = TIMETABLE[n % len(TIMETABLE)]
        result = evidence.add_note(
            visit.reviewer,
            visit.review_id,
            note_text(rng),
            activity_kind=kind,
            strand_codes=[rng.choice(visit.strand_codes)],
            observed_at=f"{day}T{start}:00",
        )
        visit.reviewer_notes.append(result.note_id)
    out = visit.folder / f"from-{REVIEWER.split()[0].lower()}-{day}.pvbundle"
    export_bundle(visit.reviewer, visit.review_id, out)
    return out
