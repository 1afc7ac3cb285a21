"""The data every screenshot shows, built once through the services a reviewer's edits use.

One installation, the lead reviewer's, holds everything the pages have to show: the demo
review with the lead as a team member; a few more reviews around it, so the list looks
like a partnership's year; a note that names a pupil (Capture shows the privacy
reminder); a finding on a single source in judgement language, edited after two sign-off
steps so the review went back to draft (Findings and Sign-off warn about both); and from
the sync, a reviewer's bundle with a conflicting edit, a bundle sent back, and one from a
stranger held in quarantine. A second, empty installation shows the first-run home.

No Qt here: the screenshot script builds this once and every picture-taking process
copies the folder, so each variant starts from the same state.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.models import Person
from app.services import (
    datakey,
    demo,
    evidence,
    excellence,
    expertise,
    findings,
    frameworks,
    moderation,
    notes_query,
    partnership,
    reviewers,
    reviews,
    rounds,
)
from app.services.identity import create_identity, export_card, trust_card_file
from app.services.notes_query import NoteFilter
from app.services.store import Store
from app.sync.exporter import export_bundle
from app.sync.importer import BundleQuarantined, import_bundle

# The tests' ways to make a review with notes and to take sign-off steps by the people
# allowed to take them (the quality assurer writes under their own key, as from their
# laptop): one way for both.
from tests.signoff_helpers import confirm_team, quality_assure
from tests.ui.helpers import make_review

# The keys the pictures' throwaway identities are locked with (there is no OS keyring on
# a build machine; the screenshot processes read it from PEERVIEW_PASSPHRASE). It also
# wraps the data folders' keys, so that every picture-taking process can open its copy.
PASSPHRASE = "screenshots only, thrown away"
LEAD = "Siân Pritchard"  # the demo's lead reviewer: "Your role" shows in the list
REVIEWER = "Łukasz Nowak"
PUPIL_NAMED = " Jessica Smith explained her redraft."
CAPTURE_SEARCH = "feedback"
FINDING_TITLE = "Early reading in Reception"

# Fictional reviews shown beside the demo.
_EXTRA_REVIEWS = (
    ("Ysgol Gymraeg Ŵyn", "Peer review: reading for pleasure in KS2", "2026-06-09", "2026-06-10",
     "signed", 38),
    ("St Aidan's CE Primary", "Peer review: inclusion of pupils with SEND", "2026-03-03",
     "2026-03-03", "host_checked", 21),
    ("Marsh Lane Academy", "Triad review: curriculum sequencing in science", "2027-02-02",
     "2027-02-04", "planning", 0),
)  # fmt: skip


def access() -> datakey.Access:
    """How every picture-taking process opens the pictures' data folders (and their
    copies): the throwaway passphrase, never the person's keyring."""
    return datakey.Access(passphrase=PASSPHRASE, use_keyring=False)


@dataclass(frozen=True)
class PictureData:
    lead: Path  # the data folder the pictures show
    empty: Path  # an installation with nothing in it yet
    review_id: str  # the demo review


def build(root: Path) -> PictureData:
    """Build both installations under ``root`` (which must be empty or new)."""
    Store.open(root / "empty", purpose="Peerview screenshots", access=access()).close()
    lead = _laptop(root / "lead", LEAD, "lead_reviewer")
    reviewer = _laptop(root / "reviewer", REVIEWER, "reviewer")
    stranger = _laptop(root / "stranger", "Eve Stranger", "reviewer")
    try:
        review_id = demo.create_demo(lead)
        _lead_is_on_the_team(lead)
        _more_reviews(lead)
        _partnership_year(lead)
        _support_offered(lead, review_id)
        _impact_reviewed(lead, review_id)
        _pupil_named(lead, review_id)
        _host_nominated(lead, review_id)
        _sync_history(lead, reviewer, stranger, review_id, root)
        # After the exchanges with the reviewer: the quality assurer's step is written
        # here under their own key (see _finding_sent_back), which no laptop would take
        # from the lead's, so it must not travel in a bundle the reviewer imports.
        _finding_sent_back(lead, review_id)
        export_bundle(
            lead,
            review_id,
            root / "findings for the team.pvbundle",
            to=[reviewer.author_key_id or ""],
        )
    finally:
        for store in (lead, reviewer, stranger):
            store.close()
    return PictureData(root / "lead", root / "empty", review_id)


def _laptop(folder: Path, name: str, role: str) -> Store:
    store = Store.open(folder, purpose="Peerview screenshots", access=access())
    frameworks.ensure_default(store)
    create_identity(store, name, school="Ysgol y Bont", role=role, passphrase=PASSPHRASE)
    return store


def _lead_is_on_the_team(lead: Store) -> None:
    with lead.session() as s:
        me = s.scalar(select(Person.id).where(Person.name == LEAD))
    if me is not None:
        with lead.write() as tx:
            tx.upsert("person", me, {"key_id": lead.author_key_id})


def _more_reviews(store: Store) -> None:
    for school, title, start, end, status, notes in _EXTRA_REVIEWS:
        review_id = make_review(store, school, title, start=start, end=end, notes=notes)
        reviews.set_status(store, review_id, status)


def _partnership_year(store: Store) -> None:
    """The demo's partnership as its lead keeps it: protocol, priorities, a reviewer pool
    with one reviewer still untrained, blocked dates, a proposed round under way, and two
    entries in the directory."""
    partnership.set_protocol(
        store,
        None,
        purpose="Schools improve together through developmental peer review.",
        confidentiality="A review's report belongs to its host school; shared only by it.",
        data_sharing="No pupil data leaves a school; reviewers' notes stay on the review.",
    )
    for text in ("Reading for pleasure", "Attendance", "Oracy across the curriculum"):
        partnership.add_priority(store, None, "2026-27", text)
    schools = [s.name for s in partnership.record(store).schools]
    for n, name in enumerate(schools):
        partnership.record_agreement(store, None, name, "2026-01-12")
        reviewers.add_reviewer(
            store, None, _POOL[n % len(_POOL)], name, accreditation="lead_reviewer",
            trained_on="2025-09-20", course="Lead reviewer training", trainer="Dr Eleri Hughes",
            refresher_due="2027-09-20", earlier_done=3 + n, earlier_led=1,
        )  # fmt: skip
    reviewers.add_reviewer(store, None, "Tomás Ó Briain", schools[0])
    partnership.block_dates(store, None, schools[0], "2027-03-08", "2027-03-12", "Exams")
    rounds.propose_round(store, None, "Spring 2027", "2027-03-01", "2027-03-26")
    first = rounds.schedule(store)[0]
    rounds.set_status(store, first.id, "confirmed")
    rounds.adjust(store, first.id, lead="Tomás Ó Briain")  # the pool warns about it
    expertise.add_expertise(
        store, None, schools[1], "Reading", "Phonics for pupils with SEND",
        text="Small-group phonics with visual supports.", contact=REVIEWER,
        consent_by="Anna Kowalska, headteacher", consent_on="2026-02-01",
    )  # fmt: skip
    expertise.add_expertise(
        store, None, schools[2], "Behaviour and attitudes", "Zones of regulation",
        consent_by="Rhys Jones, headteacher", consent_on="2026-02-03",
    )  # fmt: skip


def _support_offered(store: Store, review_id: str) -> None:
    """A partner school's offer towards the plan's first action, agreed and under way."""
    from app.services import actions, support

    first = actions.list_actions(store, review_id)[0]
    with store.read() as conn:
        (_, partner), *_ = support.partner_schools(conn, review_id)
    offer_id, _ = support.offer(
        store, first.id, partner, text="Their phonics lead visits twice this term",
        contact="Helen Marsh", on="2026-04-20",
    )  # fmt: skip
    support.move(store, offer_id, "under_way", note="First visit done", on="2026-05-04")


def _impact_reviewed(store: Store, review_id: str) -> None:
    """The improvement workshop and an impact review months later (decision 0044)."""
    from app.services import actions, impact, workshop

    plan = actions.list_actions(store, review_id)
    workshop.record(
        store, review_id, held_on="2026-12-08", facilitator="Aled ap Dafydd (improvement champion)",
        participants="Headteacher, English lead, Year 2 team", action_ids=[a.id for a in plan],
    )  # fmt: skip
    words = ("in_progress", "done", "not_started")
    said = (
        "Eight of the twelve pupils in the groups now read Year 2 books aloud with few errors.",
        "Pupils redraft their writing using the class feedback sheet in every KS2 class.",
        "",
    )
    impact.add(
        store, review_id, held_on="2027-03-09", kind="visit",
        participants="Headteacher, English lead, lead reviewer",
        notes="Looked at reading records and Year 2 books; talked with six pupils.",
        next_on="2027-07-06",
        progress=[
            impact.ProgressInput(a.id, w, t) for a, w, t in zip(plan, words, said, strict=False)
        ],
    )  # fmt: skip


_POOL = ("Grace Okafor", "Dafydd ap Gwilym", "Amara Nwosu", "Helen Marsh", "Priya Shah")


def _host_nominated(store: Store, review_id: str) -> None:
    """Areas of Excellence as a programme runs them: two put forward by the headteacher
    before the visit, one validated by the team's finding and shared with consent."""
    aoe = next(
        f for f in findings.list_findings(store, review_id) if f.kind == "area_of_excellence"
    )
    shared, _ = excellence.nominate(
        store,
        review_id,
        "Phonics coaching for every adult",
        "Weekly huddles and coaching since September; every TA trained.",
        "Helen Marsh",
        "2026-10-20",
    )
    excellence.validate(store, shared, aoe.id, "2026-11-18")
    excellence.consent(store, shared, "Helen Marsh", "2026-11-19")
    excellence.nominate(
        store,
        review_id,
        "Family learning in three languages",
        "Welcome packs and workshops in English, Polish and Urdu.",
        "Helen Marsh",
        "2026-10-20",
    )


def _pupil_named(store: Store, review_id: str) -> None:
    first = notes_query.page(store, review_id, NoteFilter(query=CAPTURE_SEARCH), limit=1)
    if first:
        evidence.update_note(store, first[0].id, text=first[0].text + PUPIL_NAMED)


def _finding_sent_back(store: Store, review_id: str) -> None:
    note = evidence.list_notes(store, review_id)[3]
    findings.create_finding(
        store,
        review_id,
        "strength",
        FINDING_TITLE,
        "Teaching of early reading is outstanding: adults model each sound clearly.",
        note_ids=[note.id],
        strand_codes=["C2"],
    )
    # The team meeting settled every finding; the lead records the outcome in each
    # reviewer's name (decision 0040), then the review goes on and is sent back.
    with store.read() as conn:
        team = moderation.members(conn, review_id)
    for finding in findings.list_findings(store, review_id):
        for member in team:
            moderation.record_position(store, finding.id, member.person_id, "agree")
    # Each member's agreement (the lead records the others'), then quality assurance by
    # someone who did not write the report: the separation of duties (decision 0039).
    confirm_team(store, review_id)
    quality_assure(store, review_id)
    first = findings.list_findings(store, review_id)[0]
    findings.update_finding(store, first.id, text=first.text + " Keep-up groups meet daily.")


def _trust(truster: Store, trusted: Store, folder: Path) -> None:
    card = folder / "card.json"
    export_card(trusted, card)
    trust_card_file(truster, card)


def _sync_history(
    lead: Store, reviewer: Store, stranger: Store, review_id: str, folder: Path
) -> None:
    _trust(lead, reviewer, folder)
    _trust(reviewer, lead, folder)
    _trust(stranger, lead, folder)
    with lead.write() as tx:
        person = reviews.create_person(tx, REVIEWER, None, "reviewer", reviewer.author_key_id)
        reviews.add_team_member(tx, review_id, person, "reviewer")
    plan = folder / "plan.pvbundle"
    export_bundle(lead, review_id, plan, to=[reviewer.author_key_id or ""])
    import_bundle(reviewer, plan)
    note = evidence.list_notes(lead, review_id)[2]
    evidence.update_note(lead, note.id, text=note.text + " Most pupils used the word mat.")
    evidence.update_note(reviewer, note.id, text=note.text + " Two pupils needed prompting.")
    evidence.add_note(reviewer, review_id, "Disgyblion Blwyddyn 5 yn ailddrafftio’n hyderus.")
    back = folder / "Łukasz to Siân.pvbundle"
    export_bundle(reviewer, review_id, back, to=[lead.author_key_id or ""])
    import_bundle(lead, back)
    theirs = demo.create_demo(stranger)
    odd = folder / "from-eve.pvbundle"
    export_bundle(stranger, theirs, odd, to=[lead.author_key_id or ""])
    with contextlib.suppress(BundleQuarantined):  # kept aside: the Sync picture shows it
        import_bundle(lead, odd)
