"""Review frameworks: the shipped default, content-hashed versions, export and re-import,
and refusing a bad file with a message that says where, without writing anything."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import Base, FrameworkPrompt
from app.models.database import DB_NAME
from app.paths import resource_path
from app.services import frameworks
from app.services.errors import PeerviewError
from app.services.framework_format import MAX_FILE_BYTES
from app.services.store import Store
from tests import raw_db
from tests.services.conftest import log_entries

DEFAULT = resource_path("frameworks", frameworks.DEFAULT_FRAMEWORK)
GRADE_WORDS = ("grade", "scale", "rating", "score", "judgement", "judgment")

VALID: dict[str, Any] = {
    "format": "peerview-framework",
    "format_version": 1,
    "name": "Riverside cluster reading review",
    "version": "1",
    "areas": [
        {"code": "R", "title": "Reading"},
        {"code": "W", "title": "Writing"},
    ],
    "strands": [
        {
            "code": "R1",
            "area": "R",
            "title": "Early reading and phonics",
            "prompts": ["Are the books pupils read matched to the sounds they know?"],
            "descriptors": ["Pupils who fall behind get daily keep-up support."],
        },
        {"code": "W1", "area": "W", "title": "Composition", "prompts": ["Who writes?"]},
    ],
}


def all_keys(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [*value, *(k for v in value.values() for k in all_keys(v))]
    if isinstance(value, list):
        return [k for v in value for k in all_keys(v)]
    return []


# --- the default framework --------------------------------------------------------------


def test_the_default_framework_has_seven_areas_and_prompts_for_every_strand(
    store: Store,
) -> None:
    version = frameworks.ensure_default(store)
    tree = frameworks.tree(store, version)
    assert len(tree) == 7
    # Early years and outcomes follow the areas of the first version, whose codes stay.
    assert [a.code for a, _ in tree] == ["L", "C", "I", "B", "P", "E", "O"]
    assert all(strands for _, strands in tree), "every area has strands"
    with store.session() as s:
        for _, strands in tree:
            for strand in strands:
                prompts = s.scalar(
                    select(func.count()).where(
                        FrameworkPrompt.strand_id == strand.id, FrameworkPrompt.kind == "prompt"
                    )
                )
                assert prompts, f"strand {strand.code} has no prompts"
    (summary,) = frameworks.list_frameworks(store)
    assert (summary.version_id, summary.areas) == (version, 7)
    assert summary.strands == sum(len(strands) for _, strands in tree)


def test_the_default_framework_has_no_grades(store: Store) -> None:
    shipped = json.loads(DEFAULT.read_text("utf-8"))
    keys = {k.lower() for k in all_keys(shipped)}
    assert not [k for k in keys if any(w in k for w in GRADE_WORDS)]
    words = json.dumps(shipped, ensure_ascii=False).lower()
    for judgement in ("outstanding", "requires improvement", "inadequate"):
        assert judgement not in words


def test_no_table_has_a_grade_column() -> None:
    columns = [f"{t.name}.{c.name}" for t in Base.metadata.tables.values() for c in t.columns]
    assert not [c for c in columns if any(w in c.lower() for w in GRADE_WORDS)]


# --- versions are content ---------------------------------------------------------------


def test_re_importing_the_same_content_changes_nothing(store: Store, tmp_path: Path) -> None:
    version = frameworks.ensure_default(store)
    before = log_entries(store)

    again = frameworks.import_file(store, DEFAULT)
    assert (again.version_id, again.created) == (version, False)
    assert not again.changes

    # Layout and key order make no difference: it is the same content.
    relaid = tmp_path / "relaid.json"
    data = json.loads(DEFAULT.read_text("utf-8"))
    relaid.write_text(json.dumps(dict(reversed(data.items())), indent=7), "utf-8")
    assert frameworks.import_file(store, relaid).version_id == version

    assert log_entries(store) == before
    assert len(frameworks.list_frameworks(store)) == 1


def test_export_then_import_round_trips(store: Store, tmp_path: Path, data_dir: Path) -> None:
    version = frameworks.ensure_default(store)
    (original,) = frameworks.list_frameworks(store)
    exported = tmp_path / "exported framework.json"
    frameworks.export_file(store, version, exported)

    back = frameworks.import_file(store, exported)
    assert (back.version_id, back.content_hash, back.created) == (
        version,
        original.content_hash,
        False,
    )

    # Another installation gets the same hash and the same strand ids, so a note tagged
    # on one laptop points at the same strand on another.
    with Store.open(tmp_path / "other laptop") as other:
        there = frameworks.import_file(other, exported)
        assert there.created and there.content_hash == original.content_hash
        assert frameworks.strands_by_code(other, there.version_id).keys() == (
            frameworks.strands_by_code(store, version).keys()
        )
        assert {s.id for s in frameworks.strands_by_code(other, there.version_id).values()} == {
            s.id for s in frameworks.strands_by_code(store, version).values()
        }


def test_changed_content_is_a_new_version_and_the_old_one_stays(
    store: Store, tmp_path: Path
) -> None:
    old = frameworks.ensure_default(store)
    data = json.loads(DEFAULT.read_text("utf-8"))
    data["version"] = "2026.3"
    data["strands"][0]["prompts"][0] += " (revised)"
    changed = tmp_path / "revised.json"
    changed.write_text(json.dumps(data), "utf-8")

    new = frameworks.import_file(store, changed)
    assert new.created and new.version_id != old
    listed = {f.version_id: f for f in frameworks.list_frameworks(store)}
    assert set(listed) == {old, new.version_id}
    assert listed[old].framework_id == listed[new.version_id].framework_id, (
        "same name, one framework"
    )
    assert frameworks.resolve_version(store, new.content_hash[:8]) == new.version_id
    with pytest.raises(PeerviewError):
        frameworks.resolve_version(store, new.content_hash[:3])


def test_a_valid_small_framework_imports(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "valid.json"
    path.write_text(json.dumps(VALID), "utf-8")
    result = frameworks.import_file(store, path)
    assert result.created
    tree = frameworks.tree(store, result.version_id)
    assert [(a.code, [s.code for s in strands]) for a, strands in tree] == [
        ("R", ["R1"]),
        ("W", ["W1"]),
    ]


# --- bad files --------------------------------------------------------------------------


def mutated(change: Callable[[dict[str, Any]], None]) -> bytes:
    data = copy.deepcopy(VALID)
    change(data)
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return change


def _del(path: list[Any]) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]

    return change


def _add_area(data: dict[str, Any]) -> None:
    data["areas"].append({"code": "S", "title": "Speaking"})


BAD_FILES: dict[str, tuple[bytes, list[str]]] = {
    "malformed JSON": (
        b'{\n  "format": "peerview-framework",\n  "name": "x",,\n  "areas": []\n}',
        ["line 3", "JSON"],
    ),
    "wrong format": (mutated(_set(["format"], "ofsted-framework")), ["format"]),
    "newer format version": (
        mutated(_set(["format_version"], 2)),
        ["format_version", "Update Peerview"],
    ),
    "duplicate codes": (
        mutated(_set(["strands", 1, "code"], "R1")),
        ["strands[1].code", 'duplicate code "R1"'],
    ),
    "codes differing only in case": (
        mutated(_set(["strands", 1, "code"], "r1")),
        ["strands[1].code", "duplicate"],
    ),
    "strand with no area": (mutated(_del(["strands", 0, "area"])), ["strands[0].area", "R1"]),
    "strand naming an unknown area": (
        mutated(_set(["strands", 1, "area"], "Z")),
        ["strands[1].area", '"Z"'],
    ),
    "area with no strands": (mutated(_add_area), ["areas[2]", "no strands"]),
    "empty title": (mutated(_set(["areas", 0, "title"], "   ")), ["areas[0].title", "empty"]),
    "empty name": (mutated(_set(["name"], "")), ["name", "empty"]),
    "grade scale": (
        mutated(_set(["grade_scale"], ["good", "outstanding"])),
        ["grade_scale", "grade"],
    ),
    "grades on a strand": (
        mutated(_set(["strands", 0, "rating"], 3)),
        ["strands[0].rating"],
    ),
    "not UTF-8": (
        json.dumps({**VALID, "name": "École reading review"}, ensure_ascii=False).encode("latin-1"),
        ["UTF-8"],
    ),
    "huge file": (
        mutated(lambda d: None)[:-1] + b" " * (MAX_FILE_BYTES + 1) + b"}",
        ["bytes", f"{MAX_FILE_BYTES:,}"],
    ),
}


def framework_tables(db_file: Path) -> dict[str, Any]:
    """What is on disk, read through a separate connection to the database file."""
    conn = raw_db.connect(db_file)
    try:
        out: dict[str, Any] = {}
        for table in (
            "framework",
            "framework_version",
            "framework_area",
            "framework_strand",
            "framework_prompt",
            "change_log",
            "field_version",
            "device_state",
        ):
            out[table] = sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        return out
    finally:
        conn.close()


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_file_is_refused_naming_the_problem_and_writes_nothing(
    store: Store, data_dir: Path, tmp_path: Path, case: str
) -> None:
    raw, expected = BAD_FILES[case]
    path = tmp_path / "partnership framework.json"
    path.write_bytes(raw)
    before = framework_tables(data_dir / DB_NAME)
    log_before = len(log_entries(store))

    with pytest.raises(PeerviewError) as refused:
        frameworks.import_file(store, path)

    message = str(refused.value)
    assert str(path) in message
    for part in expected:
        assert part in message
    assert len(log_entries(store)) == log_before
    assert framework_tables(data_dir / DB_NAME) == before


def test_a_missing_file_is_refused_with_its_name(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "no such framework.json"
    with pytest.raises(PeerviewError, match=re.escape("no such framework.json")):
        frameworks.import_file(store, path)
