"""What a host school shares with its partnership: the summary's body, one JSON text.

A shared summary is a snapshot made from the signed report when the host chooses to share
it (decision 0043). Its body travels as one text field, so it arrives whole or not at all,
and everything read from it is checked here first: the body may come from a teammate's
compromised laptop, so every field is typed, bounded and free of control characters
before the themes, the window or a report sees it. ``parse`` refuses anything else with
a message naming the field.

Strands are named by their framework's content hash and their code, with the title they
had, so the partnership can match strands across framework versions (decision 0043).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from app.models.findings import ACTION_STATUSES
from app.services.errors import PeerviewError

FORMAT = 1
KINDS = ("strength", "area_for_development", "area_of_excellence")
PROGRESS = ACTION_STATUSES  # an action's status when the summary was made
MAX_BODY = 2_000_000  # characters of JSON: a report's worth of headlines, many times over
MAX_ITEMS = 500  # findings, actions or strands in one summary
MAX_TITLE = 1_000
MAX_TEXT = 20_000
_DATE_LEN = 10


@dataclass(frozen=True)
class StrandRef:
    code: str  # the strand's code in its framework version ("2.3")
    title: str
    framework_hash: str  # the content hash of the framework version the review used


@dataclass(frozen=True)
class SharedFinding:
    kind: str  # one of KINDS
    title: str
    strands: tuple[StrandRef, ...] = ()


@dataclass(frozen=True)
class SharedAction:
    headline: str  # the action's words, as the action plan prints them
    review_date: str = ""  # YYYY-MM-DD, or empty
    status: str = "not_started"  # one of PROGRESS, at the time of sharing
    strands: tuple[StrandRef, ...] = ()


@dataclass(frozen=True)
class Summary:
    review_id: str
    school_id: str
    school_name: str
    first_day: str  # the visit's dates, YYYY-MM-DD
    last_day: str
    focus: str
    framework_name: str
    framework_hash: str
    round_id: str = ""  # the partnership's round, when the review was scheduled in one
    round_name: str = ""
    # The host agreed that the partnership may name the school beside its figures.
    named: bool = False
    findings: tuple[SharedFinding, ...] = ()
    actions: tuple[SharedAction, ...] = ()
    # The SHA-256 of the whole signed report, when the host chose to share it too.
    report_sha256: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


def dumps(summary: Summary) -> str:
    body = asdict(summary)
    body.pop("extra")
    body["format"] = FORMAT
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def parse(text: object) -> Summary:
    """The summary a body holds, or a PeerviewError naming the first field that is wrong."""
    if not isinstance(text, str):
        raise _bad("the summary is not text")
    if len(text) > MAX_BODY:
        raise _bad(f"the summary is {len(text):,} characters; at most {MAX_BODY:,} are read")
    try:
        body = json.loads(text)
    except (ValueError, RecursionError):
        raise _bad("the summary is not readable JSON") from None
    if not isinstance(body, dict):
        raise _bad("the summary is not a JSON object")
    if body.get("format") != FORMAT:
        raise _bad(
            f"the summary is in format {body.get('format')!r}; this Peerview reads format "
            f"{FORMAT}. Update Peerview on both laptops"
        )
    findings = tuple(_finding(f, i) for i, f in enumerate(_items(body, "findings")))
    actions = tuple(_action(a, i) for i, a in enumerate(_items(body, "actions")))
    return Summary(
        review_id=_text(body, "review_id", 36, blank=False),
        school_id=_text(body, "school_id", 36, blank=False),
        school_name=_text(body, "school_name", MAX_TITLE, blank=False),
        first_day=_date(body, "first_day"),
        last_day=_date(body, "last_day"),
        focus=_text(body, "focus", MAX_TEXT),
        framework_name=_text(body, "framework_name", MAX_TITLE),
        framework_hash=_text(body, "framework_hash", 64),
        round_id=_text(body, "round_id", 36),
        round_name=_text(body, "round_name", MAX_TITLE),
        named=_flag(body, "named"),
        findings=findings,
        actions=actions,
        report_sha256=_text(body, "report_sha256", 64),
    )


def _bad(problem: str) -> PeerviewError:
    return PeerviewError(
        f"This shared summary cannot be read: {problem}. Nothing was changed; ask the host "
        "school to share it again from their own Peerview."
    )


def _items(body: dict[str, Any], name: str) -> list[Any]:
    value = body.get(name, [])
    if not isinstance(value, list):
        raise _bad(f"'{name}' is not a list")
    if len(value) > MAX_ITEMS:
        raise _bad(f"'{name}' has {len(value):,} items; at most {MAX_ITEMS} are read")
    return value


def _text(body: dict[str, Any], name: str, limit: int, *, blank: bool = True) -> str:
    value = body.get(name, "")
    if not isinstance(value, str):
        raise _bad(f"'{name}' is not text")
    if len(value) > limit:
        raise _bad(f"'{name}' is longer than {limit:,} characters")
    if not blank and not value.strip():
        raise _bad(f"'{name}' is empty")
    if any(unicodedata.category(c) in ("Cc", "Cf") and c not in "\n\t\u200c\u200d" for c in value):
        raise _bad(f"'{name}' holds control characters")
    return value


def _date(body: dict[str, Any], name: str) -> str:
    value = _text(body, name, _DATE_LEN)
    if value and not (value[4:5] == "-" == value[7:8] and value.replace("-", "").isdigit()):
        raise _bad(f"'{name}' is not a date (YYYY-MM-DD)")
    return value


def _flag(body: dict[str, Any], name: str) -> bool:
    value = body.get(name, False)
    if not isinstance(value, bool):
        raise _bad(f"'{name}' is not true or false")
    return value


def _object(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _bad(f"{where} is not a JSON object")
    return value


def _strands(item: dict[str, Any], where: str) -> tuple[StrandRef, ...]:
    refs = []
    for i, raw in enumerate(_items(item, "strands")):
        s = _object(raw, f"{where} strand {i + 1}")
        refs.append(
            StrandRef(
                code=_text(s, "code", 16, blank=False),
                title=_text(s, "title", MAX_TITLE),
                framework_hash=_text(s, "framework_hash", 64),
            )
        )
    return tuple(refs)


def _finding(raw: object, i: int) -> SharedFinding:
    f = _object(raw, f"finding {i + 1}")
    kind = f.get("kind")
    if kind not in KINDS:
        raise _bad(f"finding {i + 1} has the kind {kind!r}, not one of {', '.join(KINDS)}")
    return SharedFinding(
        kind=kind,
        title=_text(f, "title", MAX_TITLE, blank=False),
        strands=_strands(f, f"finding {i + 1}"),
    )


def _action(raw: object, i: int) -> SharedAction:
    a = _object(raw, f"action {i + 1}")
    status = a.get("status", "not_started")
    if status not in PROGRESS:
        raise _bad(f"action {i + 1} has the status {status!r}, not one of {', '.join(PROGRESS)}")
    return SharedAction(
        headline=_text(a, "headline", MAX_TITLE, blank=False),
        review_date=_date(a, "review_date"),
        status=status,
        strands=_strands(a, f"action {i + 1}"),
    )
