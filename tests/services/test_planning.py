"""Planning a review through the services: fields, questions, team, timetable, archive,
and creating a whole review at once. Real SQLite; every change goes through the log."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select

from app.models import ChangeLogEntry
from app.services import planning, reviews, timetable
from app.services.errors import NotFoundError, PeerviewError
from app.services.planning import NewReview, TeamEntry
from app.services.store import Store
from app.services.timetable import ActivityInput
from tests.services.conftest import ReviewMaker, current_row, default_version, log_entries


def log_size(store: Store) -> int:
    with store.read() as conn:
        return int(conn.execute(select(func.count()).select_from(ChangeLogEntry)).scalar() or 0)


def db_bytes(store: Store) -> str:
    """A digest of every synced row and the log, to show a refused change wrote nothing."""
    with store.read() as conn:
        dump = [
            tuple(r)
            for name in ("review", "enquiry_question", "activity", "team_member", "change_log")
            for r in conn.exec_driver_sql(f"SELECT * FROM {name} ORDER BY 1, 2")
        ]
    return hashlib.sha256(repr(dump).encode()).hexdigest()


def test_update_review_stores_text_as_typed_and_logs_it(store: Store, review_id: str) -> None:
    changes = planning.update_review(
        store, review_id, focus="Darllen er pleser ŵ ŷ ", self_evaluation="Line one\nLine two"
    )
    assert changes.entities == {"review"}
    detail = reviews.get_review(store, review_id)
    assert detail.focus == "Darllen er pleser ŵ ŷ "
    assert detail.self_evaluation == "Line one\nLine two"
    assert log_entries(store)[-1].fields == {
        "focus": "Darllen er pleser ŵ ŷ ",
        "self_evaluation": "Line one\nLine two",
    }
    # The same text again is no change at all.
    assert not planning.update_review(store, review_id, focus="Darllen er pleser ŵ ŷ ")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"title": "  "}, "needs a title"),
        ({"start_date": "2026-03-04"}, r"ends \(2026-03-03\) before it starts"),
        ({"end_date": "3 March"}, "YYYY-MM-DD"),
        ({"focus": "x" * 20_001}, "shorten it"),
    ],
)
def test_bad_review_fields_are_refused_and_nothing_is_written(
    store: Store, review_id: str, kwargs: dict[str, str], message: str
) -> None:
    before = db_bytes(store)
    with pytest.raises(PeerviewError, match=message):
        planning.update_review(store, review_id, **kwargs)
    assert db_bytes(store) == before


def test_questions_add_edit_reorder_delete_restore(store: Store, review_id: str) -> None:
    first, _ = planning.add_question(store, review_id, "How well do pupils read?")
    second, _ = planning.add_question(store, review_id, "Sut mae disgyblion yn ysgrifennu?")
    third, _ = planning.add_question(store, review_id, "Is feedback acted on?", position=0)

    def texts() -> list[str]:
        return [t for _, t in reviews.get_review(store, review_id).enquiry_questions]

    assert texts() == [
        "Is feedback acted on?",
        "How well do pupils read?",
        "Sut mae disgyblion yn ysgrifennu?",
    ]
    planning.edit_question(store, first, "  How well do pupils in KS1 read?  ")
    planning.move_question(store, second, 0)
    assert texts() == [
        "Sut mae disgyblion yn ysgrifennu?",
        "Is feedback acted on?",
        "How well do pupils in KS1 read?",
    ]
    planning.delete_question(store, third)
    assert texts() == ["Sut mae disgyblion yn ysgrifennu?", "How well do pupils in KS1 read?"]
    assert current_row(store, "enquiry_question", third)["deleted"] is True  # type: ignore[index]
    planning.restore_question(store, third, 1)
    assert texts()[1] == "Is feedback acted on?"
    with pytest.raises(PeerviewError, match="needs some text"):
        planning.edit_question(store, first, "   ")
    with pytest.raises(NotFoundError):
        planning.edit_question(store, "no-such-question", "Text")


def test_team_membership_and_roles(store: Store, review_id: str) -> None:
    with store.write() as tx:
        lead = reviews.create_person(tx, "Siân Pritchard", None, "lead_reviewer")
        dsl = reviews.create_person(tx, "Mark Greaves", None, "dsl")
    member, _ = planning.add_member(store, review_id, lead, "lead_reviewer")
    again, changes = planning.add_member(store, review_id, lead, "lead_reviewer")
    assert again == member and not changes
    dsl_member, _ = planning.add_member(store, review_id, dsl, "reviewer")
    planning.set_member_role(store, dsl_member, "dsl")
    assert [(n, r) for _, _, n, r in planning.team_members(store, review_id)] == [
        ("Siân Pritchard", "lead_reviewer"),
        ("Mark Greaves", "dsl"),
    ]
    with pytest.raises(PeerviewError, match="Unknown team role 'boss'"):
        planning.add_member(store, review_id, dsl, "boss")
    planning.remove_member(store, dsl_member)
    assert [n for _, _, n, _ in planning.team_members(store, review_id)] == ["Siân Pritchard"]


def test_my_role_follows_the_identity_key(store: Store, review_id: str) -> None:
    with store.write() as tx:
        me = reviews.create_person(tx, "Priya Natarajan", None, "reviewer", store.author_key_id)
        other = reviews.create_person(tx, "Tomasz Łukasiewicz", None, "reviewer", "someone-else")
    planning.add_member(store, review_id, other, "lead_reviewer")
    assert reviews.list_reviews(store)[0].role == ""
    planning.add_member(store, review_id, me, "reviewer")
    assert reviews.list_reviews(store)[0].role == "reviewer"
    planning.add_member(store, review_id, me, "lead_reviewer")
    assert reviews.list_reviews(store)[0].role == "lead_reviewer"


def test_archive_hides_from_the_default_list_and_unarchive_brings_back(
    store: Store, make_review: ReviewMaker
) -> None:
    kept = make_review("Kept")
    old = make_review("Old")
    planning.set_archived(store, old, True)
    assert [r.id for r in reviews.list_reviews(store, include_archived=False)] == [kept]
    assert {r.id for r in reviews.list_reviews(store)} == {kept, old}
    planning.set_archived(store, old, False)
    assert len(reviews.list_reviews(store, include_archived=False)) == 2


def team(store: Store, review_id: str) -> dict[str, str]:
    return {n: p for _, p, n, _ in planning.team_members(store, review_id)}


def test_timetable_add_edit_delete_restore(store: Store, review_id: str) -> None:
    with store.write() as tx:
        reviewer = reviews.create_person(tx, "Priya Natarajan", None, "reviewer")
        host = reviews.create_person(tx, "Kerry Adebayo", None, "host_leader")
    planning.add_member(store, review_id, reviewer, "reviewer")
    walk = ActivityInput(
        "2026-03-02", "10:40", "11:10", "learning_walk", "Reading areas in KS1",
        place="KS1 corridor", year_group="Y1 and Y2", reviewer_ids=(reviewer,),
        host_leader_id=host,
    )  # fmt: skip
    activity_id, changes = timetable.add_activity(store, review_id, walk)
    assert changes.entities == {"activity"}
    early = ActivityInput("2026-03-02", "08:30", "09:00", "meeting", "Opening meeting")
    timetable.add_activity(store, review_id, early)
    acts = timetable.list_activities(store, review_id)
    assert [a.title for a in acts] == ["Opening meeting", "Reading areas in KS1"]
    assert ActivityInput.of(acts[1]) == walk

    moved = ActivityInput(**{**walk.__dict__, "day": "2026-03-03", "kind": "book_look"})
    timetable.update_activity(store, activity_id, moved)
    assert ActivityInput.of(timetable.list_activities(store, review_id)[1]) == moved
    timetable.delete_activity(store, activity_id)
    assert [a.title for a in timetable.list_activities(store, review_id)] == ["Opening meeting"]
    timetable.restore_activity(store, activity_id)
    assert len(timetable.list_activities(store, review_id)) == 2
    assert timetable.visit_days(store, review_id) == ["2026-03-02", "2026-03-03"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "inspection"}, "Unknown activity kind 'inspection'"),
        ({"day": "2026-04-01"}, "outside the visit"),
        ({"start_time": "9am"}, "HH:MM"),
        ({"end_time": "08:00"}, r"ends \(08:00\) before it starts"),
        ({"title": "", "place": ""}, "Give the activity a title"),
        ({"reviewer_ids": ("not-on-the-team",)}, "Only members of the review team"),
        ({"host_leader_id": "nobody"}, "No person nobody"),
    ],
)
def test_bad_activities_are_refused_and_nothing_is_written(
    store: Store, review_id: str, change: dict[str, object], message: str
) -> None:
    good = ActivityInput("2026-03-02", "09:00", "09:40", "lesson_visit", "Y1 phonics", "Y1")
    before = db_bytes(store)
    with pytest.raises(PeerviewError, match=message):
        timetable.add_activity(store, review_id, ActivityInput(**{**good.__dict__, **change}))
    assert db_bytes(store) == before


def test_create_review_with_a_new_welsh_school_questions_and_team(store: Store) -> None:
    version = default_version(store)
    with store.write() as tx:
        existing = reviews.create_person(tx, "Siân Pritchard", None, "lead_reviewer")
    value = NewReview(
        host_school="Ysgol Gymraeg Llanfair Pwllgwyngyll ŵ",
        start_date="2026-06-09",
        end_date="2026-06-10",
        framework_version_id=version,
        focus="Reading for pleasure in KS2",
        enquiry_questions=("Sut mae disgyblion yn dewis llyfrau?", "  ", "Is reading shared?"),
        team=(
            TeamEntry("Siân Pritchard", "lead_reviewer", person_id=existing),
            TeamEntry("Gwenllian Ŵyn", "dsl"),
        ),
    )
    review_id, changes = planning.create_review(store, value)
    assert {"school", "review", "enquiry_question", "person", "team_member"} <= changes.entities
    detail = reviews.get_review(store, review_id)
    assert detail.summary.title == "Peer review: Ysgol Gymraeg Llanfair Pwllgwyngyll ŵ"
    assert detail.summary.host_school == "Ysgol Gymraeg Llanfair Pwllgwyngyll ŵ"
    assert detail.framework_version_id == version
    assert [t for _, t in detail.enquiry_questions] == [
        "Sut mae disgyblion yn dewis llyfrau?",
        "Is reading shared?",
    ]
    assert sorted((n, r) for _, n, r in detail.team) == [
        ("Gwenllian Ŵyn", "dsl"),
        ("Siân Pritchard", "lead_reviewer"),
    ]
    # A second review at the same school (typed in another case) reuses the school.
    again = NewReview("ysgol gymraeg llanfair pwllgwyngyll ŵ", "2027-01-05", "2027-01-05", version)
    second, _ = planning.create_review(store, again)
    assert reviews.get_review(store, second).summary.host_school == value.host_school
    assert len(planning.list_schools(store)) == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"host_school": " "}, "Choose the host school"),
        ({"end_date": "2026-06-01"}, "before it starts"),
        ({"framework_version_id": ""}, "framework version"),
        ({"framework_version_id": "0000"}, "not in this installation"),
        ({"team": (TeamEntry(" ", "reviewer"),)}, "needs a name"),
        ({"team": (TeamEntry("Ann", "inspector"),)}, "Unknown team role"),
    ],
)
def test_create_review_refuses_bad_input_and_writes_nothing(
    store: Store, change: dict[str, object], message: str
) -> None:
    value = NewReview("Marsh Lane Academy", "2026-06-09", "2026-06-10", default_version(store))
    before = log_size(store)
    with pytest.raises(PeerviewError, match=message):
        planning.create_review(store, NewReview(**{**value.__dict__, **change}))
    assert log_size(store) == before
    assert planning.list_schools(store) == []


def test_add_a_new_person_to_the_team_by_name(store: Store, review_id: str) -> None:
    member, dsl, changes = planning.add_person_to_team(store, review_id, "Gwenllian Ŵyn", "dsl")
    assert {"person", "team_member"} == changes.entities
    host_school = current_row(store, "review", review_id)["host_school_id"]  # type: ignore[index]
    assert current_row(store, "person", dsl)["school_id"] == host_school  # type: ignore[index]
    _, reviewer, _ = planning.add_person_to_team(store, review_id, "Tomasz Łukasiewicz", "reviewer")
    assert current_row(store, "person", reviewer)["school_id"] is None  # type: ignore[index]
    assert [(n, r) for _, _, n, r in planning.team_members(store, review_id)] == [
        ("Tomasz Łukasiewicz", "reviewer"),
        ("Gwenllian Ŵyn", "dsl"),
    ]
    planning.remove_member(store, member)
    again, same, _ = planning.add_person_to_team(store, review_id, "", "dsl", person_id=dsl)
    assert (again, same) == (member, dsl)  # the same row comes back, not a second one
    with pytest.raises(PeerviewError, match="Type the team member's name"):
        planning.add_person_to_team(store, review_id, "  ", "reviewer")
