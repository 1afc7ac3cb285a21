"""Editing a framework in the window: a draft tree, every problem in it at once, and saving
it as a new immutable version (decision 0049).

A framework file is refused at its first problem (framework_format.py); an editor must say
what is wrong next to every field as it is typed, so ``problems`` finds them all, field by
field, with the same limits and code pattern. Whatever it passes still goes through
``framework_format.validate`` before anything is written, so the two can never disagree
about what is stored.

Problems are kinds with their details, not sentences: the window words them in the
interface's language (app/ui/frameworks/problems.py).

"Unchanged" means the same content apart from the version label: opening a version and
saving it again, under the new label the editor suggests, makes no new version.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from app.models import Framework, FrameworkVersion
from app.services import frameworks
from app.services.errors import PeerviewError
from app.services.framework_format import (
    CODE_PATTERN,
    FORMAT_NAME,
    FORMAT_VERSION,
    LABEL_LIMIT,
    TITLE_LIMIT,
    FrameworkFormatError,
    canonical_json,
    validate,
)
from app.services.store import ChangeSet, Store

# Problem kinds (the window has a sentence for each).
EMPTY = "empty"  # a required text is empty
TOO_LONG = "too_long"  # detail: (length, limit)
BAD_CODE = "bad_code"  # not 1 to 16 letters, digits, '.', '-' or '_'
DUPLICATE_CODE = "duplicate_code"  # detail: (the code, the title of another item with it)
NO_STRANDS = "no_strands"  # an area without strands
NO_AREAS = "no_areas"  # a framework without areas
LABEL_TAKEN = "label_taken"  # another version of this framework has the label
FORMAT = "format"  # the file format refused it: detail (its message,)


@dataclass
class DraftStrand:
    code: str = ""
    title: str = ""
    description: str = ""
    prompts: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)


@dataclass
class DraftArea:
    code: str = ""
    title: str = ""
    description: str = ""
    strands: list[DraftStrand] = field(default_factory=list)


@dataclass
class Draft:
    """A framework as the editor holds it: areas in order, each with its strands."""

    name: str = ""
    version: str = ""
    description: str = ""
    areas: list[DraftArea] = field(default_factory=list)

    @classmethod
    def from_document(cls, doc: dict[str, Any]) -> Draft:
        areas = [
            DraftArea(a["code"], a["title"], a.get("description", ""), []) for a in doc["areas"]
        ]
        by_code = {a.code: a for a in areas}
        for s in doc["strands"]:
            by_code[s["area"]].strands.append(
                DraftStrand(
                    s["code"],
                    s["title"],
                    s.get("description", ""),
                    list(s.get("prompts", [])),
                    list(s.get("descriptors", [])),
                )
            )
        return cls(doc["name"], doc["version"], doc.get("description", ""), areas)

    def document(self) -> dict[str, Any]:
        """The framework file's document, with texts trimmed and blank lines left out."""
        return {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "name": self.name.strip(),
            "version": self.version.strip(),
            "description": self.description.strip(),
            "areas": [
                {
                    "code": a.code.strip(),
                    "title": a.title.strip(),
                    "description": a.description.strip(),
                }
                for a in self.areas
            ],
            "strands": [
                {
                    "code": s.code.strip(),
                    "area": a.code.strip(),
                    "title": s.title.strip(),
                    "description": s.description.strip(),
                    "prompts": _lines(s.prompts),
                    "descriptors": _lines(s.descriptors),
                }
                for a in self.areas
                for s in a.strands
            ],
        }


def blank() -> Draft:
    """A new framework: one empty area with one empty strand, to fill in."""
    return Draft(version="1", areas=[DraftArea(strands=[DraftStrand()])])


def _lines(texts: list[str]) -> list[str]:
    return [t.strip() for t in texts if t.strip()]


@dataclass(frozen=True)
class Problem:
    """What is wrong, and where: ``area`` and ``strand`` are indexes (None for the
    framework's own fields); ``field`` names the field."""

    kind: str
    field: str
    area: int | None = None
    strand: int | None = None
    detail: tuple[str, ...] = ()


def problems(draft: Draft, taken_labels: Collection[str] = ()) -> list[Problem]:
    """Every problem in ``draft``, in the order of the tree. ``taken_labels`` are the
    labels this framework's other versions have (case does not count)."""
    found: list[Problem] = []
    found += _text_problems(draft.name, "name", TITLE_LIMIT)
    found += _text_problems(draft.version, "version", LABEL_LIMIT)
    taken = {t.strip().casefold() for t in taken_labels}
    if draft.version.strip() and draft.version.strip().casefold() in taken:
        found.append(Problem(LABEL_TAKEN, "version", detail=(draft.version.strip(),)))
    if not draft.areas:
        found.append(Problem(NO_AREAS, "areas"))
    codes: dict[str, list[tuple[int, int | None, str]]] = {}
    for i, area in enumerate(draft.areas):
        found += _code_problems(area.code, codes, i, None, area.title)
        found += _text_problems(area.title, "title", TITLE_LIMIT, i)
        if not area.strands:
            found.append(Problem(NO_STRANDS, "strands", i))
        for j, strand in enumerate(area.strands):
            found += _code_problems(strand.code, codes, i, j, strand.title)
            found += _text_problems(strand.title, "title", TITLE_LIMIT, i, j)
    # As in the file format, codes must differ by more than case ("c2" tags C2). Every
    # item sharing a code is told, so the field being typed in says so.
    for same in codes.values():
        for a, s, _title in same if len(same) > 1 else ():
            other = next(o for o in same if o[:2] != (a, s))
            code = _code_of(draft, a, s)
            found.append(Problem(DUPLICATE_CODE, "code", a, s, (code, other[2])))
    if not found:
        try:
            validate(draft.document())
        except FrameworkFormatError as exc:
            # Only if the rules above fall behind the file format's: say what it says.
            found.append(Problem(FORMAT, "", detail=(str(exc),)))
    return found


def _text_problems(
    value: str, name: str, limit: int, area: int | None = None, strand: int | None = None
) -> list[Problem]:
    text = value.strip()
    if not text:
        return [Problem(EMPTY, name, area, strand)]
    if len(text) > limit:
        return [Problem(TOO_LONG, name, area, strand, (str(len(text)), str(limit)))]
    return []


def _code_problems(
    value: str,
    codes: dict[str, list[tuple[int, int | None, str]]],
    area: int,
    strand: int | None,
    title: str,
) -> list[Problem]:
    code = value.strip()
    if not code:
        return [Problem(EMPTY, "code", area, strand)]
    if not CODE_PATTERN.match(code):
        return [Problem(BAD_CODE, "code", area, strand)]
    # Named by its title (or code) in the other item's message.
    codes.setdefault(code.upper(), []).append((area, strand, title.strip() or code))
    return []


def _code_of(draft: Draft, area: int, strand: int | None) -> str:
    item = draft.areas[area] if strand is None else draft.areas[area].strands[strand]
    return item.code.strip()


# --- versions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SaveResult:
    version_id: str
    created: bool
    label: str  # the saved version's label, or the unchanged one's
    changes: ChangeSet


def body_hash(document: dict[str, Any]) -> str:
    """The hash of a framework's content without its version label: what "unchanged"
    compares."""
    body = {k: v for k, v in document.items() if k != "version"}
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def labels_of(store: Store, name: str) -> set[str]:
    """The labels of the versions of the framework called ``name``."""
    with store.read() as conn:
        rows = conn.execute(
            select(FrameworkVersion.label)
            .join(Framework, Framework.id == FrameworkVersion.framework_id)
            .where(
                Framework.name == name.strip(),
                Framework.deleted.is_(False),
                FrameworkVersion.deleted.is_(False),
            )
        ).scalars()
        return set(rows)


def next_label(label: str, taken: Collection[str]) -> str:
    """A label after ``label`` that ``taken`` lacks: its last number plus one ("2026.2"
    gives "2026.3"), or ".2" added when it has no number."""
    folded = {t.casefold() for t in taken}
    candidate = label.strip()
    while True:
        match = re.search(r"(\d+)(\D*)$", candidate)
        if match:
            number = str(int(match.group(1)) + 1)
            candidate = candidate[: match.start(1)] + number + match.group(2)
        else:
            candidate = f"{candidate}.2" if candidate else "1"
        if candidate.casefold() not in folded and len(candidate) <= LABEL_LIMIT:
            return candidate
        if len(candidate) > LABEL_LIMIT:
            candidate = ""


def suggest_label(store: Store, name: str, label: str) -> str:
    """The label to offer for a new version of ``name``: after the highest it has (not
    just after ``label``, the one the editor started from), unused by any of them."""
    taken = labels_of(store, name)
    if not taken:
        return label.strip() or "1"
    return next_label(max([*taken, label.strip()], key=frameworks.label_key), taken)


def save_version(store: Store, draft: Draft) -> SaveResult:
    """Save ``draft`` as a new version of its framework, or, when a stored version has the
    same content apart from its label, return that one and write nothing."""
    document = draft.document()
    found = problems(draft)
    if found:
        raise PeerviewError(
            f"The framework has {len(found)} problem(s) to fix before it can be saved; "
            "each is shown next to its field."
        )
    try:
        content = validate(document)
    except FrameworkFormatError as exc:
        raise PeerviewError(str(exc)) from exc
    wanted = body_hash(document)
    with store.write() as tx:
        rows = tx.conn.execute(
            select(FrameworkVersion.id, FrameworkVersion.label, FrameworkVersion.content).where(
                FrameworkVersion.deleted.is_(False)
            )
        ).all()
        for version_id, label, stored in rows:
            if body_hash(json.loads(stored)) == wanted:
                return SaveResult(version_id, False, label, ChangeSet())
        taken = {
            label.casefold()
            for label in tx.conn.execute(
                select(FrameworkVersion.label)
                .join(Framework, Framework.id == FrameworkVersion.framework_id)
                .where(Framework.name == content.name, FrameworkVersion.deleted.is_(False))
            ).scalars()
        }
        if content.version.casefold() in taken:
            raise PeerviewError(
                f"'{content.name}' already has a version labelled '{content.version}'. "
                f"Choose another label, such as '{next_label(content.version, taken)}'."
            )
        version_id, _created = frameworks.write_content(tx, content)
    return SaveResult(version_id, True, content.version, tx.changes)


def stored_draft(store: Store, version_id: str) -> Draft:
    """The draft of a stored version, to edit."""
    with store.read() as conn:
        content = conn.execute(
            select(FrameworkVersion.content).where(FrameworkVersion.id == version_id)
        ).scalar()
    if content is None:
        raise PeerviewError(f"No framework version {version_id}.")
    return Draft.from_document(json.loads(content))
