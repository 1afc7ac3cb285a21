"""Themes across twelve schools: counts per strand, kind and round, figures held back
when fewer than three unnamed schools stand behind them, named consent, strand matching
across framework versions, and priorities matched by their words
(app/services/themes.py, strand_map.py, theme_words.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services import strand_map, theme_words, themes
from app.services.errors import PeerviewError
from app.services.themes import FEWER
from tests import themes_helpers as twelve

S, D, E = "strength", "area_for_development", "area_of_excellence"


def _fig(t: themes.Themes, code: str, kind: str) -> tuple[list[int | str], int | str]:
    strand = next(s for s in t.strands if s.code == code)
    return [f.as_json() for f in strand.by_round[kind]], strand.overall[kind].as_json()


@pytest.fixture
def mapped() -> themes.Themes:
    return themes.compute(
        twelve.summaries(),
        twelve.PRIORITIES,
        strand_map.parse(json.dumps(twelve.STRAND_MAP)),
    )


def test_counts_per_strand_kind_and_round_with_small_counts_held_back(
    mapped: themes.Themes,
) -> None:
    t = mapped
    assert [(r.name, r.reviews) for r in t.rounds] == [("Round 1", 6), ("Round 2", 12)]
    assert t.schools == 12 and t.reviews == 18
    assert [s.code for s in t.strands] == ["1.1", "2.1", "2.4", "3.1"]
    # Four schools, three of them unnamed: shown. Five in round 2; six over both.
    assert _fig(t, "2.1", S) == ([4, 5], 6)
    # Two unnamed schools in round 1 are held back; the three in round 2 are shown, and
    # the overall is held too, or it would give the held one away by subtraction.
    assert _fig(t, "2.4", D) == ([FEWER, 3], FEWER)
    assert _fig(t, "3.1", D) == ([FEWER, 4], FEWER)
    # An Area of Excellence of one unnamed school is held; one named school's is shown.
    assert _fig(t, "3.1", E) == ([0, FEWER], FEWER)
    assert _fig(t, "1.1", E) == ([0, 1], 1)
    # Two schools, both agreed to be named: shown.
    # Four schools in round 2, but one unnamed: the named three are shown in the grid, so
    # the figure less them would name the fourth's count.
    assert _fig(t, "1.1", S) == ([2, FEWER], FEWER)
    # A held figure is held everywhere: the JSON holds no number where the result holds none.
    out = json.dumps(themes.as_json(t))
    data = json.loads(out)
    strand = next(s for s in data["strands"] if s["code"] == "2.4")
    assert strand["by_round"][D] == [FEWER, 3] and strand["overall"][D] == FEWER
    for name in [*twelve.UNNAMED, twelve.SECRET_TITLE]:
        assert name not in out


def test_only_named_schools_appear_in_the_grid_and_the_excellence_list(
    mapped: themes.Themes,
) -> None:
    heat = mapped.heat
    assert heat.schools == tuple(sorted(twelve.NAMED, key=str.casefold))
    assert heat.unnamed_schools == 9
    assert {school for _, school in heat.cells} <= set(twelve.NAMED)
    lodz = next(k for k in heat.strands if k.endswith("1.1"))
    assert heat.cells[(lodz, "Szkoła Łódź")].kinds == (S, E)
    assert mapped.excellence == (("Szkoła Łódź", "Oracy led by pupils", "1.1"),)


def test_consent_lifts_the_rule_and_one_unnamed_review_withdraws_a_schools_name() -> None:
    everyone_named = [s.__class__(**{**s.__dict__, "named": True}) for s in twelve.summaries()]
    t = themes.compute(everyone_named)
    assert _fig(t, "2.2", D) == ([2, 0], 2)  # unmapped: version A's 2.2 stands alone
    assert _fig(t, "3.1", E) == ([0, 1], 1)
    assert len(t.heat.schools) == 12
    # Ysgol y Bont named in round 1 but not in round 2: not named at all.
    mixed = [
        s.__class__(**{**s.__dict__, "named": s.named and s.round_id == "round-1"})
        if s.school_name == "Ysgol y Bont"
        else s
        for s in twelve.summaries()
    ]
    assert "Ysgol y Bont" not in themes.compute(mixed).heat.schools
    # Not even in round 1's view, where its one review was shared named: two views that
    # disagreed about a school would let a figure held in one be worked out from the other.
    assert "Ysgol y Bont" not in themes.compute(mixed, round_key="round-1").heat.schools


def test_strands_match_across_versions_by_code_and_through_the_map() -> None:
    plain = themes.compute(twelve.summaries())
    # Without the map, version A's Mathematics (2.2) and version B's (2.4) are two strands.
    assert [s.code for s in plain.strands] == ["1.1", "2.1", "2.2", "2.4", "3.1"]
    # By code, the same strand keeps its newest title.
    assert plain.strands[1].title == "Reading and oracy"
    mapped = themes.compute(
        twelve.summaries(), strand_map=strand_map.parse(json.dumps(twelve.STRAND_MAP))
    )
    assert [s.code for s in mapped.strands] == ["1.1", "2.1", "2.4", "3.1"]
    assert mapped.unmapped == ()
    unused = strand_map.parse(
        json.dumps({"strands": [{"framework_hash": "c3" * 32, "code": "9.9", "new_code": "1.1"}]})
    )
    assert themes.compute(twelve.summaries(), strand_map=unused).unmapped == ("c3c3c3c3c3c3… 9.9",)


def test_one_round_alone(mapped: themes.Themes) -> None:
    t = themes.compute(twelve.summaries(), round_key="round-1")
    assert [r.name for r in t.rounds] == ["Round 1"] and t.schools == 6
    assert _fig(t, "2.1", S) == ([4], 4)
    assert _fig(t, "2.2", D) == ([FEWER], FEWER)


def test_priorities_are_matched_to_strands_by_their_words(mapped: themes.Themes) -> None:
    reading, attendance, science = mapped.priorities
    assert [(mapped.strand(k).code, w) for k, w in reading.strands] == [("2.1", ("reading",))]
    assert [(mapped.strand(k).code, w) for k, w in attendance.strands] == [
        ("3.1", ("wellbeing", "attendance"))
    ]
    assert science.strands == ()
    # Three unnamed schools' actions under way: shown; one school's done: held.
    assert attendance.actions["in_progress"].value == 3
    assert not attendance.actions["done"].shown
    assert theme_words.match("Improve 2.4 outcomes", "2.4", "Mathematics") == ["2.4"]
    assert theme_words.match("Mathematical reasoning", "2.4", "Mathematics") == ["mathematic"]
    assert theme_words.match("Behaviour for pupils", "3.2", "Conduct") == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("{", "not readable JSON"),
        ('{"strand": []}', 'no list called "strands"'),
        ('{"strands": [{"framework_hash": "zz", "code": "2.2", "new_code": "2.4"}]}', "hex"),
        ('{"strands": [{"framework_hash": "ab", "code": "", "new_code": "2.4"}]}', "'code'"),
        ('{"strands": [{"framework_hash": "ab", "code": "1", "new_code": "2", "x": 1}]}', "x"),
        (
            '{"strands": [{"framework_hash": "ab", "code": "1", "new_code": "2"},'
            '{"framework_hash": "ab", "code": "1", "new_code": "3"}]}',
            "already mapped to 2",
        ),
    ],
)
def test_a_bad_strand_map_is_refused_naming_the_entry(text: str, problem: str) -> None:
    with pytest.raises(PeerviewError, match="strand map") as caught:
        strand_map.parse(text, "map.json")
    assert problem in str(caught.value)


def test_a_missing_map_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(PeerviewError, match="There is no strand map"):
        strand_map.load(tmp_path / "nothing.json")
