"""``peerview demo``: a realistic review to explore, built through the normal services.

Everything goes through the change log like any other edit, so the demo also exercises
search, rebuild and (later) sync exactly as real data would.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import select

from app.ids import join_id
from app.models import EnquiryQuestion, Review
from app.services import demo_content as content
from app.services import frameworks, reviews
from app.services.evidence import strand_ids_for_codes
from app.services.store import Store


def _demo_key_id(name: str) -> str:
    # Stand-in key ids for the fictional team; real ones come from `peerview identity`.
    return "demo-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:27]


def find_demo(store: Store) -> str | None:
    with store.session() as s:
        return s.scalar(
            select(Review.id).where(
                Review.title == content.REVIEW["title"], Review.deleted.is_(False)
            )
        )


def create_demo(store: Store) -> str:
    """Create the demo review (once) and return its id."""
    existing = find_demo(store)
    if existing:
        return existing
    version_id = frameworks.ensure_default(store)
    review = content.REVIEW
    day = str(review["start_date"])
    with store.write() as tx:
        partnership = reviews.create_partnership(tx, content.PARTNERSHIP["name"])
        schools = [
            reviews.create_school(tx, s["name"], partnership, s["town"], s["phase"])
            for s in content.SCHOOLS
        ]
        people = [
            reviews.create_person(
                tx,
                p["name"],
                schools[int(p["school"])],
                str(p["role"]),
                _demo_key_id(str(p["name"])),
            )
            for p in content.PEOPLE
        ]
        review_id = reviews.create_review(
            tx,
            host_school_id=schools[0],
            framework_version_id=version_id,
            title=str(review["title"]),
            start_date=day,
            end_date=str(review["end_date"]),
            focus=str(review["focus"]),
            self_evaluation=str(review["self_evaluation"]),
            enquiry_questions=list(review["enquiry_questions"]),
            partnership_id=partnership,
        )
        tx.upsert("review", review_id, {"status": "draft"})
        for i, person in enumerate(content.PEOPLE):
            role = "lead_reviewer" if i == 0 else "reviewer" if i < 3 else str(person["role"])
            reviews.add_team_member(tx, review_id, people[i], role)
        questions = list(
            tx.conn.execute(
                select(EnquiryQuestion.id)
                .where(EnquiryQuestion.review_id == review_id)
                .order_by(EnquiryQuestion.position)
            ).scalars()
        )
        activities = []
        for a in content.ACTIVITIES:
            host = a.get("host_leader")
            activities.append(
                reviews.add_activity(
                    tx,
                    review_id,
                    day=day,
                    start_time=str(a["start"]),
                    end_time=str(a["end"]),
                    kind=str(a["kind"]),
                    title=str(a["title"]),
                    place=str(a.get("place", "")),
                    year_group=str(a.get("year_group", "")),
                    subject=str(a.get("subject", "")),
                    reviewer_ids=[people[int(r)] for r in a.get("reviewers", [])],
                    host_leader_id=people[int(host)] if host is not None else None,
                )
            )
        per_activity: dict[int, int] = {}
        notes = []
        for n in content.NOTES:
            act = int(n["activity"])
            activity = content.ACTIVITIES[act]
            # Spread notes through their activity so the timeline reads naturally.
            minutes = 4 * per_activity.get(act, 0) + 5
            per_activity[act] = per_activity.get(act, 0) + 1
            start = dt.datetime.fromisoformat(f"{day}T{activity['start']}")
            co = n.get("co_reviewer")
            note_id = tx.create(
                "evidence_note",
                {
                    "review_id": review_id,
                    "activity_id": activities[act],
                    "activity_kind": str(activity["kind"]),
                    "observed_at": (start + dt.timedelta(minutes=minutes)).isoformat(),
                    "year_group": str(n.get("year_group", "")),
                    "subject": str(n.get("subject", "")),
                    "class_group": str(n.get("class_group", "")),
                    "author_key_id": _demo_key_id(str(content.PEOPLE[int(n["author"])]["name"])),
                    "co_reviewer_id": people[int(co)] if co is not None else None,
                    "host_leader_id": _host(activity, people),
                    "text": str(n["text"]),
                    "emerging": str(n.get("emerging", "")),
                    "typicality": str(n.get("typicality", "")),
                },
            )
            notes.append(note_id)
            for strand_id in strand_ids_for_codes(tx, version_id, list(n["strands"])):
                tx.upsert(
                    "note_strand",
                    join_id("note_strand", note_id, strand_id),
                    {"note_id": note_id, "strand_id": strand_id},
                )
            for q in n.get("questions", []):
                tx.upsert(
                    "note_question",
                    join_id("note_question", note_id, questions[int(q)]),
                    {"note_id": note_id, "question_id": questions[int(q)]},
                )
        findings = []
        for position, f in enumerate(content.FINDINGS):
            finding_id = tx.create(
                "finding",
                {
                    "review_id": review_id,
                    "kind": str(f["kind"]),
                    "title": str(f["title"]),
                    "text": str(f["text"]),
                    "position": position,
                },
            )
            findings.append(finding_id)
            for strand_id in strand_ids_for_codes(tx, version_id, list(f["strands"])):
                tx.upsert(
                    "finding_strand",
                    join_id("finding_strand", finding_id, strand_id),
                    {"finding_id": finding_id, "strand_id": strand_id},
                )
            for i in f["notes"]:
                tx.upsert(
                    "finding_note",
                    join_id("finding_note", finding_id, notes[int(i)]),
                    {"finding_id": finding_id, "note_id": notes[int(i)]},
                )
        for position, step in enumerate(content.NEXT_STEPS):
            tx.create(
                "next_step",
                {
                    "review_id": review_id,
                    "finding_id": findings[int(step["finding"])],
                    "text": str(step["text"]),
                    "position": position,
                },
            )
        for item in content.ACTION_ITEMS:
            finding = item["finding"]
            tx.create(
                "action_item",
                {
                    "review_id": review_id,
                    "finding_id": findings[int(finding)] if finding is not None else None,
                    "action": str(item["action"]),
                    "owner": str(item["owner"]),
                    "success_criteria": str(item["success_criteria"]),
                    "review_date": str(item["review_date"]),
                    "status": str(item["status"]),
                },
            )
    return review_id


def _host(activity: dict[str, object], people: list[str]) -> str | None:
    host = activity.get("host_leader")
    return people[int(str(host))] if host is not None else None
