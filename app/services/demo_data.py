"""The demo review as data: ``resources/demo/*.toml``, read and checked before anything
is written (resources/demo/README.md describes every field).

Records refer to each other by a ``key`` (a note names its activity ``"y1-phonics"``, a
finding cites notes by key), never by position, so the files can be reordered, added to
and edited by hand. Loading checks the structure: every field known and of the right
type, every required field present, keys well-formed and unique, every reference
resolving, dates and times well-formed. What only the services can judge (a strand code
in the framework, a kind or role, a text's length) is checked as the demo is built
(app/services/demo.py) by the same services a reviewer's edits go through; either way
the message names the file and the record, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import typing
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar

from app.paths import resource_path
from app.services.errors import PeerviewError


class DemoDataError(PeerviewError):
    """The demo's data files are wrong; the message names the file, the record and the fix."""


def _where() -> Any:
    """Set by the loader: which file and record, for messages. Not a field of the files."""
    return field(default="", repr=False, compare=False, metadata={"internal": True})


@dataclass(frozen=True)
class School:
    key: str
    name: str
    town: str = ""
    phase: str = "primary"
    where: str = _where()


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    school: str  # a school's key
    role: str  # also their role on the review team
    where: str = _where()


@dataclass(frozen=True)
class ReviewData:
    title: str
    host_school: str  # a school's key
    start_date: str  # YYYY-MM-DD
    end_date: str
    status: str = "draft"
    focus: str = ""
    self_evaluation: str = ""
    where: str = _where()


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    where: str = _where()


@dataclass(frozen=True)
class ActivityData:
    key: str
    start: str  # HH:MM
    end: str
    kind: str
    title: str = ""
    place: str = ""
    year_group: str = ""
    subject: str = ""
    reviewers: tuple[str, ...] = ()  # people's keys
    host_leader: str | None = None  # a person's key
    day: str | None = None  # YYYY-MM-DD; the review's first day when not given
    meeting_with: str = ""  # for a meeting: senior_leaders, governors, parents...
    where: str = _where()


@dataclass(frozen=True)
class NoteData:
    key: str
    activity: str  # an activity's key
    time: str  # HH:MM, on the activity's day
    author: str  # a person's key
    text: str
    co_reviewer: str | None = None
    strands: tuple[str, ...] = ()  # strand codes of the default framework
    questions: tuple[str, ...] = ()  # enquiry questions' keys
    year_group: str = ""
    subject: str = ""
    class_group: str = ""
    emerging: str = ""
    typicality: str = ""
    sources: tuple[str, ...] = ()  # sources of evidence; as the activity implies when empty
    contradicts: tuple[str, ...] = ()  # notes' keys this note contradicts
    where: str = _where()


@dataclass(frozen=True)
class FindingData:
    key: str
    kind: str
    title: str
    text: str
    strands: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # notes' keys
    questions: tuple[str, ...] = ()  # enquiry questions' keys
    host_response: str = ""  # what the host said at the feedback meeting
    where: str = _where()


@dataclass(frozen=True)
class PositionData:
    """A reviewer's position on a finding at the team meeting (moderation)."""

    finding: str  # a finding's key
    member: str  # a person's key: a reviewer on the team
    position: str  # agree, not_sure or disagree
    comment: str = ""
    recorded_by: str | None = None  # a person's key: the lead, in the member's name
    where: str = _where()


@dataclass(frozen=True)
class NextStepData:
    text: str
    finding: str | None = None  # a finding's key
    where: str = _where()


@dataclass(frozen=True)
class ActionData:
    action: str
    owner: str = ""
    success_criteria: str = ""
    review_date: str = ""  # YYYY-MM-DD
    status: str = "not_started"
    finding: str | None = None
    where: str = _where()


@dataclass(frozen=True)
class Demo:
    partnership: str
    schools: tuple[School, ...]
    people: tuple[Person, ...]
    review: ReviewData
    questions: tuple[Question, ...]
    activities: tuple[ActivityData, ...]
    notes: tuple[NoteData, ...]
    findings: tuple[FindingData, ...]
    next_steps: tuple[NextStepData, ...]
    actions: tuple[ActionData, ...]
    positions: tuple[PositionData, ...] = ()


# Which file holds which tables, each as (table, record class, what one is called).
FILES: dict[str, tuple[tuple[str, type[Any], str], ...]] = {
    "review.toml": (
        ("schools", School, "school"),
        ("people", Person, "person"),
        ("review", ReviewData, "review"),
        ("questions", Question, "enquiry question"),
    ),
    "timetable.toml": (("activities", ActivityData, "activity"),),
    "notes.toml": (("notes", NoteData, "note"),),
    "findings.toml": (
        ("findings", FindingData, "finding"),
        ("positions", PositionData, "position"),
        ("next_steps", NextStepData, "next step"),
        ("actions", ActionData, "action"),
    ),
}
_KEY = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
T = TypeVar("T")


def folder() -> Path:
    return resource_path("demo")


def load(where: Path | None = None) -> Demo:
    """Read and check the demo's files (``where`` defaults to resources/demo)."""
    base = where or folder()
    tables: dict[str, Any] = {}
    for name, held in FILES.items():
        raw = _read_toml(base / name)
        allowed = {t for t, _, _ in held} | ({"partnership"} if name == "review.toml" else set())
        unknown = sorted(set(raw) - allowed)
        if unknown:
            raise DemoDataError(
                f"{name}: unknown table(s) {', '.join(unknown)}; this file holds "
                f"{', '.join(sorted(allowed))} (see resources/demo/README.md)."
            )
        for table, cls, what in held:
            if table == "review":
                tables[table] = _record(cls, raw.get(table), f"{name}, [review]")
            else:
                tables[table] = _records(cls, raw.get(table, []), name, table, what)
        if name == "review.toml":
            partnership = raw.get("partnership")
            if not isinstance(partnership, str) or not partnership.strip():
                raise DemoDataError(
                    f'{name}: give the partnership\'s name, e.g. partnership = "Fen Schools".'
                )
            tables["partnership"] = partnership
    demo = Demo(**tables)
    _check_references(demo)
    return demo


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DemoDataError(f"Cannot read the demo file {path}: {exc.strerror}.") from exc
    except UnicodeDecodeError as exc:
        raise DemoDataError(f"{path.name} is not UTF-8 text; save it as UTF-8.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise DemoDataError(f"{path.name} is not valid TOML: {exc}.") from exc


def _records(cls: type[T], raw: Any, name: str, table: str, what: str) -> tuple[T, ...]:
    if not isinstance(raw, list):
        raise DemoDataError(f"{name}: write each of the {table} as a [[{table}]] table.")
    out = []
    seen: set[str] = set()
    for n, item in enumerate(raw, 1):
        key = item.get("key") if isinstance(item, dict) else None
        where = f"{name}, {what} '{key}'" if isinstance(key, str) else f"{name}, {what} {n}"
        record = _record(cls, item, where)
        if key is not None:
            if key in seen:
                raise DemoDataError(f"{where}: another {what} has this key; keys must differ.")
            seen.add(key)
        out.append(record)
    return tuple(out)


def _record(cls: type[T], raw: Any, where: str) -> T:
    """One record, checked field by field against its dataclass."""
    if not isinstance(raw, dict):
        raise DemoDataError(f"{where}: missing, or not a table of fields.")
    hints = typing.get_type_hints(cls)
    known = {f.name: f for f in fields(cls) if not f.metadata.get("internal")}  # type: ignore[arg-type]
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise DemoDataError(
            f"{where}: unknown field(s) {', '.join(unknown)}; the fields are {', '.join(known)}."
        )
    values: dict[str, Any] = {"where": where}
    for name, f in known.items():
        if name not in raw:
            if f.default is MISSING:
                raise DemoDataError(f"{where}: '{name}' is missing.")
            continue
        values[name] = _value(raw[name], hints[name], f"{where}: '{name}'")
        given = values[name]
        if f.default is MISSING and not (given.strip() if isinstance(given, str) else given):
            raise DemoDataError(f"{where}: '{name}' is empty; it is required.")
    record = cls(**values)
    _check_formats(record, where)
    return record


def _value(value: Any, hint: Any, where: str) -> Any:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = value.isoformat()  # a bare TOML date is as good as a quoted one
    if hint in (str, str | None):
        if not isinstance(value, str):
            raise DemoDataError(f'{where} must be text in quotes, like "..."')
        return value
    if hint == tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise DemoDataError(f'{where} must be a list of text, like ["a", "b"]')
        return tuple(value)
    raise AssertionError(f"no rule for {hint}")


def _check_formats(record: Any, where: str) -> None:
    key = getattr(record, "key", None)
    if key is not None and not _KEY.match(key):
        raise DemoDataError(
            f"{where}: the key '{key}' must be lower-case letters and digits joined by "
            "hyphens, like 'y1-phonics'."
        )
    for name in ("start", "end", "time"):
        value = getattr(record, name, None)
        if value is not None and not _TIME.match(value):
            raise DemoDataError(f"{where}: '{name}' is '{value}'; write a time as HH:MM.")
    for name in ("start_date", "end_date", "day", "review_date"):
        value = getattr(record, name, None)
        if value:
            try:
                dt.date.fromisoformat(value)
            except ValueError as exc:
                raise DemoDataError(
                    f"{where}: '{name}' is '{value}'; write a date as YYYY-MM-DD."
                ) from exc


def _check_references(demo: Demo) -> None:
    keys = {
        "school": {s.key for s in demo.schools},
        "person": {p.key for p in demo.people},
        "enquiry question": {q.key for q in demo.questions},
        "activity": {a.key for a in demo.activities},
        "note": {n.key for n in demo.notes},
        "finding": {f.key for f in demo.findings},
    }

    def check(where: str, field_name: str, kind: str, *refs: str | None) -> None:
        for ref in refs:
            if ref is not None and ref not in keys[kind]:
                known = ", ".join(sorted(keys[kind])) or "none yet"
                raise DemoDataError(
                    f"{where}: '{field_name}' names '{ref}', which is no {kind}'s key "
                    f"(they are: {known})."
                )

    review = demo.review
    check(review.where, "host_school", "school", review.host_school)
    for p in demo.people:
        check(p.where, "school", "school", p.school)
    for a in demo.activities:
        check(a.where, "reviewers", "person", *a.reviewers)
        check(a.where, "host_leader", "person", a.host_leader)
    for n in demo.notes:
        check(n.where, "activity", "activity", n.activity)
        check(n.where, "author", "person", n.author)
        check(n.where, "co_reviewer", "person", n.co_reviewer)
        check(n.where, "questions", "enquiry question", *n.questions)
        check(n.where, "contradicts", "note", *n.contradicts)
    for f in demo.findings:
        check(f.where, "notes", "note", *f.notes)
        check(f.where, "questions", "enquiry question", *f.questions)
    for position in demo.positions:
        check(position.where, "finding", "finding", position.finding)
        check(position.where, "member", "person", position.member, position.recorded_by)
    for step in demo.next_steps:
        check(step.where, "finding", "finding", step.finding)
    for action in demo.actions:
        check(action.where, "finding", "finding", action.finding)
