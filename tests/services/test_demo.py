"""The demo is data (resources/demo/), checked when read and built through the services.

What a person editing the files relies on: the review holds exactly what the files say;
a mistake in the files is refused with a message naming the file, the record and the
fix; and a refused demo writes nothing at all.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import fields
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.models import EvidenceNote, Person
from app.services import actions, demo, demo_data, findings, reviews
from app.services.demo_data import DemoDataError
from app.services.store import Store
from tests.services.conftest import log_entries


def test_the_review_holds_exactly_what_the_files_say(store: Store) -> None:
    data = demo_data.load()
    review_id = demo.create_demo(store)
    detail = reviews.get_review(store, review_id)

    assert detail.summary.title == data.review.title
    assert detail.summary.status == data.review.status == "draft"
    assert [t for _, t in detail.enquiry_questions] == [q.text for q in data.questions]
    assert sorted((n, r) for _, n, r in detail.team) == sorted(
        (p.name, p.role) for p in data.people
    )
    assert [(a.start_time, a.title) for a in detail.activities] == [
        (a.start, a.title) for a in data.activities
    ]
    with store.session() as s:
        names = dict(s.execute(select(Person.key_id, Person.name)).all())
        stored = {
            n.text: n
            for n in s.scalars(select(EvidenceNote).where(EvidenceNote.deleted.is_(False)))
        }
    people = {p.key: p.name for p in data.people}
    assert len(stored) == len(data.notes) == 64
    for note in data.notes:
        row = stored[note.text]
        assert names[row.author_key_id] == people[note.author], note.key
        assert row.observed_at.endswith(f"T{note.time}:00"), note.key

    found = findings.list_findings(store, review_id)
    assert [f.title for f in found] == [f.title for f in data.findings]
    texts = {n.id: n.text for n in stored.values()}
    by_key = {n.key: n.text for n in data.notes}
    for view, finding in zip(found, data.findings, strict=True):
        assert sorted(texts[i] for i in view.note_ids) == sorted(by_key[k] for k in finding.notes)
        assert sorted(view.strand_codes) == sorted(finding.strands)
        # Triangulation across people needs the fictional authors, not this laptop's.
        assert view.triangulation.reviewers >= 2
    assert [s.text for s in findings.list_next_steps(store, review_id)] == [
        s.text for s in data.next_steps
    ]
    assert sorted(
        (a.action, a.owner, a.status) for a in actions.list_actions(store, review_id)
    ) == (sorted((a.action, a.owner, a.status) for a in data.actions))
    # Once only.
    assert demo.create_demo(store) == review_id
    assert len(reviews.list_reviews(store)) == 1


def copy_of_the_data(tmp_path: Path) -> Path:
    target = tmp_path / "demo"
    shutil.copytree(demo_data.folder(), target)
    return target


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    "name, old, new, message",
    [
        (
            "notes.toml",
            'author = "tomasz"',
            'athor = "tomasz"',
            "notes.toml, note 'phonics-results': unknown field(s) athor",
        ),
        (
            "notes.toml",
            'author = "sian"\n',
            "",
            "notes.toml, note 'priorities': 'author' is missing",
        ),
        (
            "notes.toml",
            'author = "sian"',
            'author = "siân"',
            "'author' names 'siân', which is no person's key",
        ),
        (
            "findings.toml",
            '"y1-four-parts",',
            '"y1-four-part",',
            "findings.toml, finding 'shared-phonics': 'notes' names 'y1-four-part'",
        ),
        (
            "notes.toml",
            'key = "phonics-results"',
            'key = "priorities"',
            "notes.toml, note 'priorities': another note has this key",
        ),
        (
            "notes.toml",
            'key = "priorities"',
            'key = "Priorities One"',
            "the key 'Priorities One' must be lower-case",
        ),
        (
            "notes.toml",
            'time = "08:35"',
            'time = "8.35am"',
            "'time' is '8.35am'; write a time as HH:MM",
        ),
        (
            "notes.toml",
            'strands = ["L1", "L2"]',
            'strands = "L1"',
            "'strands' must be a list of text",
        ),
        (
            "timetable.toml",
            'start = "08:30"',
            "start = 830",
            "timetable.toml, activity 'opening': 'start' must be text",
        ),
        (
            "review.toml",
            'end_date = "2026-11-17"',
            'end_date = "17/11/2026"',
            "write a date as YYYY-MM-DD",
        ),
        ("review.toml", "[[schools]]", "[[school]]", "review.toml: unknown table(s) school"),
        (
            "findings.toml",
            'kind = "strength"',
            'kind = "strength',
            "findings.toml is not valid TOML",
        ),
        (
            "findings.toml",
            'finding = "disadvantaged-feedback"',
            'finding = ""',
            "'finding' names ''",
        ),
    ],
)
def test_a_mistake_in_the_files_is_named_on_load(
    tmp_path: Path, name: str, old: str, new: str, message: str
) -> None:
    folder = copy_of_the_data(tmp_path)
    edit(folder, name, old, new)
    with pytest.raises(DemoDataError) as caught:
        demo_data.load(folder)
    assert message in str(caught.value)


def test_an_empty_required_text_is_refused_and_a_bare_date_accepted(tmp_path: Path) -> None:
    folder = copy_of_the_data(tmp_path)
    edit(
        folder,
        "notes.toml",
        'text = """\nGrapheme frieze at pupils\' eye level; the \'ai\' card was added during the lesson."""',
        'text = "  "',
    )
    with pytest.raises(DemoDataError, match="note 'y1-grapheme-frieze': 'text' is empty"):
        demo_data.load(folder)
    folder = copy_of_the_data(tmp_path / "dates")
    edit(folder, "review.toml", 'start_date = "2026-11-17"', "start_date = 2026-11-17")
    assert demo_data.load(folder).review.start_date == "2026-11-17"


@pytest.mark.parametrize(
    "name, old, new, message",
    [
        # Only the framework knows its strands; only the services know the roles and kinds.
        (
            "notes.toml",
            'strands = ["L1", "L2"]',
            'strands = ["L1", "ZZ9"]',
            "notes.toml, note 'priorities': Strand 'ZZ9' is not in this review's framework",
        ),
        (
            "review.toml",
            'role = "dsl"',
            'role = "inspector"',
            "review.toml, person 'mark': Unknown role 'inspector'",
        ),
        (
            "timetable.toml",
            'kind = "meeting"',
            'kind = "mocksted"',
            "timetable.toml, activity 'opening': Unknown activity kind 'mocksted'",
        ),
        (
            "timetable.toml",
            'end = "09:00"',
            'end = "08:00"',
            "activity 'opening': The activity ends (08:00) before it starts",
        ),
        (
            "findings.toml",
            'status = "not_started"',
            'status = "graded"',
            "findings.toml, action 1: Unknown action status 'graded'",
        ),
    ],
)
def test_what_a_service_refuses_is_named_and_nothing_is_written(
    store: Store, tmp_path: Path, name: str, old: str, new: str, message: str
) -> None:
    folder = copy_of_the_data(tmp_path)
    edit(folder, name, old, new)
    data = demo_data.load(folder)  # the structure is fine: the services refuse it
    before = log_entries(store)
    with pytest.raises(DemoDataError) as caught:
        demo.create_demo(store, data)
    assert message in str(caught.value)
    assert log_entries(store) == before
    assert reviews.list_reviews(store) == []


def test_the_command_line_reports_a_broken_demo_without_a_traceback(
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = copy_of_the_data(tmp_path)
    edit(folder, "notes.toml", 'activity = "opening"', 'activity = "assembly"')
    monkeypatch.setattr(demo_data, "folder", lambda: folder)
    assert main(["demo"]) == 1
    out, err = capsys.readouterr()
    assert err.startswith("peerview: notes.toml, note 'priorities': 'activity' names 'assembly'")
    assert "Traceback" not in err and not out
    # The default framework is imported first (as on a first run); the demo is all or nothing.
    assert main(["review", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_every_field_of_the_files_is_documented() -> None:
    readme = (demo_data.folder() / "README.md").read_text(encoding="utf-8")
    for name, tables in demo_data.FILES.items():
        assert f"`{name}`" in readme
        for table, cls, _ in tables:
            assert table in readme, table
            for f in fields(cls):
                if not f.metadata.get("internal"):
                    assert f"`{f.name}`" in readme, f"{table}.{f.name} is not in README.md"


def test_the_demo_shows_rigour(store: Store) -> None:
    """A realistic team, honest triangulation, contradictions beside their findings, and
    a moderation board part way through the team meeting."""
    from app.models.review import TEAM_INTERNAL_KINDS
    from app.services import moderation_board

    review_id = demo.create_demo(store)
    board = moderation_board.board(store, review_id)
    # Two or three visiting reviewers for a one-day review of a 214-pupil primary.
    assert [m.name for m in board.members] == [
        "Siân Pritchard",
        "Priya Natarajan",
        "Tomasz Łukasiewicz",
    ]
    with store.session() as s:
        kinds = {
            r.id: r.activity_kind
            for r in s.execute(select(EvidenceNote.id, EvidenceNote.activity_kind))
        }
        host_names = list(
            s.scalars(select(Person.name).where(Person.role.in_(["host_leader", "headteacher"])))
        )
    # Host staff of an English school are named as their staff list names them.
    assert all(name.isascii() for name in host_names)
    for row in board.rows:
        t = row.finding.triangulation
        # No finding rests on the team's own catch-ups or feedback.
        assert not any(kinds[n] in TEAM_INTERNAL_KINDS for n in row.finding.note_ids)
        assert t.working_notes == 0 and t.notes == len(row.finding.note_ids)
        assert len(t.sources) >= 2 and t.reviewers >= 2 and t.activities >= 2, row.finding.title
    by_title = {r.finding.title: r for r in board.rows}
    feedback = by_title["Feedback in writing that is manageable and routinely used"]
    assert [c.activity for c in feedback.contradicting] == ["Book look"]
    assert any("disagrees" in why for why in feedback.outstanding)
    cpd = by_title["Phonics professional development: weekly huddles and coaching"]
    assert cpd.outstanding == ["no current position from Tomasz Łukasiewicz"]
    assert not board.confirmable
    # The action plan is not under way while the report is still a draft.
    assert {a.status for a in actions.list_actions(store, review_id)} == {"not_started"}
