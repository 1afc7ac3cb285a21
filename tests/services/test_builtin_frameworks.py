"""The shipped frameworks (English primary, Wales, secondary, special and alternative
provision): each validates, imports, exports and comes back as the same version, uses no
judgement language, has a review in the test fixtures, and is offered without a hand
import; a framework is chosen by its name."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.paths import resource_path
from app.services import builtin_frameworks, frameworks
from app.services.errors import NotFoundError, PeerviewError
from app.services.framework_format import parse_bytes
from app.services.grade_guard import find_judgement_terms
from app.services.store import Store
from tests.framework_reviews import read_back, review_on
from tests.services.conftest import log_entries

SHIPPED = builtin_frameworks.shipped_files()
IDS = [p.stem for p in SHIPPED]
WELSH = resource_path("frameworks", "peerview-cymru-2026.json")
SECONDARY = resource_path("frameworks", "peerview-secondary-2026.json")


def texts(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(JSON path, text) for every piece of text a reviewer or a report can show."""
    out = [("name", data["name"]), ("description", data["description"])]
    for i, area in enumerate(data["areas"]):
        out += [
            (f"areas[{i}].title", area["title"]),
            (f"areas[{i}].description", area["description"]),
        ]
    for i, strand in enumerate(data["strands"]):
        out += [(f"strands[{i}].title", strand["title"])]
        out += [(f"strands[{i}].description", strand["description"])]
        out += [(f"strands[{i}].prompts[{j}]", t) for j, t in enumerate(strand["prompts"])]
        out += [(f"strands[{i}].descriptors[{j}]", t) for j, t in enumerate(strand["descriptors"])]
    return out


def test_four_frameworks_ship_each_under_its_own_name() -> None:
    assert {p.name for p in SHIPPED} == {
        "peerview-developmental-2026.json",
        "peerview-cymru-2026.json",
        "peerview-secondary-2026.json",
        "peerview-special-ap-2026.json",
    }
    assert SHIPPED[0].name == frameworks.DEFAULT_FRAMEWORK
    names = [builtin_frameworks.shipped_content(p).name for p in SHIPPED]
    assert len(set(names)) == len(SHIPPED), names


# What a reviewer in each kind of partnership looks for among the area and strand titles.
COVERS = {
    "peerview-developmental-2026.json": [
        "Leadership at all levels",  # the first version's areas stay
        "Early reading and phonics",
        "Governance",
        "Early years",
        "The EYFS curriculum",
        "Outcomes: what pupils know and can do",
    ],
    "peerview-cymru-2026.json": [
        "Cymraeg / Welsh language",
        "Cymraeg across the school",
        "Additional learning needs (ALN)",
        "Progression and assessment",
    ],
    "peerview-secondary-2026.json": [
        "Key stage 3",
        "Key stage 4 options",
        "Departments and subject leadership",
        "Preparing pupils for examinations",
        "Gatsby benchmarks",
        "Sixth form",
        "Attendance",
        "Safeguarding culture",
        "SEND",
        "Disadvantaged pupils",
    ],
    "peerview-special-ap-2026.json": [
        "EHCPs and individual plans",
        "Communication",
        "Therapies and multi-agency work",
        "Reintegration and transitions",
        "Personalised curriculum",
        "Positive behaviour support",
        "Preparation for adulthood",
        "Attendance and engagement for pupils out of mainstream",
    ],
}


@pytest.mark.parametrize("name", list(COVERS))
def test_each_framework_has_the_strands_its_phase_needs(name: str) -> None:
    data = builtin_frameworks.shipped_content(resource_path("frameworks", name)).data
    titles = " | ".join(x["title"] for x in [*data["areas"], *data["strands"]])
    missing = [wanted for wanted in COVERS[name] if wanted not in titles]
    assert not missing, missing


def test_the_welsh_framework_follows_estyns_inspection_areas() -> None:
    data = builtin_frameworks.shipped_content(
        resource_path("frameworks", "peerview-cymru-2026.json")
    ).data
    # Welsh first, then English, as Welsh public bodies write bilingual titles.
    assert [a["title"].split(" / ") for a in data["areas"]] == [
        ["Addysgu a dysgu", "Teaching and learning"],
        ["Lles, gofal, cymorth ac arweiniad", "Well-being, care, support and guidance"],
        ["Arwain a gwella", "Leading and improving"],
    ]
    assert "Estyn" in data["description"] and "September 2024" in data["description"]


@pytest.mark.parametrize("path", SHIPPED, ids=IDS)
def test_every_strand_has_questions_and_descriptions_of_practice(path: Path) -> None:
    data = builtin_frameworks.shipped_content(path).data
    for strand in data["strands"]:
        assert len(strand["prompts"]) >= 3, strand["code"]
        assert len(strand["descriptors"]) >= 2, strand["code"]
        assert strand["description"], strand["code"]


@pytest.mark.parametrize("path", SHIPPED, ids=IDS)
def test_no_judgement_language_in_any_framework(path: Path) -> None:
    data = builtin_frameworks.shipped_content(path).data
    hits = [
        f"{where}: {hit.term!r} ({hit.category})"
        for where, text in texts(data)
        for hit in find_judgement_terms(text)
    ]
    assert not hits, "\n".join(hits)
    # The words of grading never appear at all, whatever the guard reads around them.
    words = json.dumps(data, ensure_ascii=False).lower()
    for word in ("outstanding", "requires improvement", "inadequate", "rag rating", "graded"):
        assert word not in words, word


@pytest.mark.parametrize("path", SHIPPED, ids=IDS)
def test_each_framework_imports_exports_and_comes_back_as_the_same_version(
    store: Store, tmp_path: Path, path: Path
) -> None:
    shipped = builtin_frameworks.shipped_content(path)
    imported = frameworks.import_file(store, path)
    assert imported.content_hash == shipped.content_hash
    exported = tmp_path / "exported.json"
    frameworks.export_file(store, imported.version_id, exported)
    assert parse_bytes(exported.read_bytes()).content_hash == shipped.content_hash
    again = frameworks.import_file(store, exported)
    assert (again.version_id, again.created) == (imported.version_id, False)
    # The tree the reviewers tag against is the file's, in the file's order.
    tree = frameworks.tree(store, imported.version_id)
    assert [(a.code, [s.code for s in strands]) for a, strands in tree] == [
        (a["code"], [s["code"] for s in shipped.data["strands"] if s["area"] == a["code"]])
        for a in shipped.data["areas"]
    ]


@pytest.mark.parametrize("path", SHIPPED, ids=IDS)
def test_each_framework_has_a_review_that_reads_back(store: Store, path: Path) -> None:
    version = frameworks.import_file(store, path).version_id
    made = review_on(store, version)
    first, last = made.strand_codes
    assert first != last, "two areas' strands"
    back = read_back(store, made)
    assert back.framework_version_id == version
    assert back.note_strands == ((first,), (last,))
    assert back.finding_strands == (first, last)
    assert back.finding_notes == set(made.note_ids)
    (listed,) = [f for f in frameworks.list_frameworks(store) if f.version_id == version]
    assert listed.reviews == 1


def test_a_code_from_another_framework_is_refused_on_a_review(store: Store) -> None:
    welsh = frameworks.import_file(store, WELSH).version_id
    made = review_on(store, welsh)
    welsh_codes = set(frameworks.strands_by_code(store, welsh))
    primary = frameworks.strands_by_code(store, frameworks.ensure_default(store))
    foreign = sorted(set(primary) - welsh_codes)[0]
    from app.services import evidence

    with pytest.raises(PeerviewError, match=f"Strand '{foreign}' is not in this review"):
        evidence.add_note(store, made.review_id, "A note.", strand_codes=[foreign])


def test_ensure_builtin_imports_every_shipped_framework_once(store: Store) -> None:
    default = builtin_frameworks.ensure_builtin(store)
    assert default == builtin_frameworks.default_version_id()
    listed = frameworks.list_frameworks(store)
    shipped = {builtin_frameworks.shipped_content(p).content_hash for p in SHIPPED}
    assert shipped <= {f.content_hash for f in listed}
    before = log_entries(store)
    assert builtin_frameworks.ensure_builtin(store) == default
    assert log_entries(store) == before, "a second start writes nothing"


def test_a_framework_is_chosen_by_its_name_or_part_of_it(store: Store) -> None:
    builtin_frameworks.ensure_builtin(store)
    by_name = {f.name: f.version_id for f in frameworks.list_frameworks(store)}
    for path in SHIPPED:
        content = builtin_frameworks.shipped_content(path)
        version = by_name[content.name]
        assert frameworks.resolve_framework(store, content.name) == version
        assert frameworks.resolve_framework(store, content.name.upper()) == version
    welsh = builtin_frameworks.shipped_content(WELSH).name
    assert frameworks.resolve_framework(store, "cymru") == by_name[welsh]
    # A version's id or hash still works.
    some = frameworks.list_frameworks(store)[0]
    assert frameworks.resolve_framework(store, some.content_hash[:10]) == some.version_id
    with pytest.raises(PeerviewError, match="give more of the name"):
        frameworks.resolve_framework(store, "Peerview")
    with pytest.raises(NotFoundError, match="No framework name contains 'nursery'"):
        frameworks.resolve_framework(store, "nursery")


def test_by_name_the_newest_version_is_chosen(store: Store, tmp_path: Path) -> None:
    data = json.loads(WELSH.read_text("utf-8"))
    older = frameworks.import_file(store, WELSH).version_id
    for label in ("2026.10", "2026.9"):
        data["version"] = label
        data["description"] += " Revised."
        (tmp_path / f"{label}.json").write_text(json.dumps(data), "utf-8")
        frameworks.import_file(store, tmp_path / f"{label}.json")
    chosen = frameworks.resolve_framework(store, data["name"])
    assert chosen != older
    labels = {f.version_id: f.label for f in frameworks.list_frameworks(store)}
    assert labels[chosen] == "2026.10"


def test_the_primary_framework_grows_as_a_new_version_and_old_reviews_keep_theirs(
    store: Store,
) -> None:
    """An installation that has used the first version (tests/fixtures holds it as shipped)
    gets the second beside it at the next start; a review on the first stays on the first."""
    first = frameworks.import_file(
        store, Path(__file__).parent.parent / "fixtures" / "peerview-developmental-2026.1.json"
    )
    made = review_on(store, first.version_id, "Riverside Primary")
    second = builtin_frameworks.ensure_builtin(store)
    assert second != first.version_id
    listed = {f.version_id: f for f in frameworks.list_frameworks(store)}
    assert (listed[first.version_id].label, listed[second].label) == ("2026.1", "2026.2")
    assert listed[first.version_id].framework_id == listed[second].framework_id
    assert (listed[first.version_id].reviews, listed[second].reviews) == (1, 0)
    assert read_back(store, made).framework_version_id == first.version_id
    old_codes = set(frameworks.strands_by_code(store, first.version_id))
    new_codes = set(frameworks.strands_by_code(store, second))
    # Every code a reviewer learned still means a strand; the new ones are added.
    assert old_codes < new_codes
    assert new_codes - old_codes == {"L5", "E1", "E2", "O1", "O2"}
    assert frameworks.resolve_framework(store, "Peerview developmental review framework") == second


def test_choosing_a_shipped_framework_imports_them_and_a_typo_writes_nothing(
    store: Store,
) -> None:
    before = log_entries(store)
    with pytest.raises(NotFoundError, match="nursery"):
        builtin_frameworks.choose(store, "nursery")
    assert log_entries(store) == before
    secondary = builtin_frameworks.choose(store, "secondary")
    (listed,) = [f for f in frameworks.list_frameworks(store) if f.version_id == secondary]
    assert listed.name == builtin_frameworks.shipped_content(SECONDARY).name
    assert len(frameworks.list_frameworks(store)) == len(SHIPPED)
    assert builtin_frameworks.choose(store, None) == builtin_frameworks.default_version_id()
