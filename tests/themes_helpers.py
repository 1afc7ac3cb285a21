"""Twelve schools' shared summaries over two rounds and two framework versions, for the
themes, the annual report and their exports.

Round 1 (autumn 2025, framework version A): schools 0 to 5. Round 2 (autumn 2026,
version B, where Mathematics moved from 2.2 to 2.4): all twelve. Schools 0 to 2 agreed
to be named; the rest did not, and their names (and one title naming a school) must
never print.
"""

from __future__ import annotations

from app.services.summary_body import SharedAction, SharedFinding, StrandRef, Summary

V1, V2 = "a1" * 32, "b2" * 32
FRAMEWORK = "Fframwaith adolygu"
NAMED = ["Ysgol y Bont", "Szkoła Łódź", "St Mary's Primary"]
UNNAMED = [
    "Ysgol Gyfrinachol",
    "Ysgol Cudd",
    "Hidden Brook Primary",
    "Quietwater Infants",
    "Ysgol Dirgel",
    "Nyth Bach Nursery",
    "Oakmoor Junior",
    "Ysgol Tawel",
    "Fernhill Primary",
]
SCHOOLS = NAMED + UNNAMED
SECRET_TITLE = "Nurture room at Ysgol Dirgel"

TITLES = {
    V1: {
        "1.1": "Leadership and vision",
        "2.1": "Reading",
        "2.2": "Mathematics",
        "3.1": "Wellbeing",
    },
    V2: {
        "1.1": "Leadership and vision",
        "2.1": "Reading and oracy",
        "2.4": "Mathematics",
        "3.1": "Wellbeing and attendance",
    },
}
PRIORITIES = {"2026-27": ["Reading for pleasure", "Attendance and wellbeing", "Science enquiry"]}
# The strand map the lead supplies for the renumbering.
STRAND_MAP = {"strands": [{"framework_hash": V1, "code": "2.2", "new_code": "2.4"}]}

# (round, kind, version, code) -> the schools (by index) with such a finding.
FOUND = {
    (1, "strength", V1, "2.1"): [0, 3, 4, 5],  # 4, three unnamed: shown
    (1, "area_for_development", V1, "2.2"): [3, 4],  # two unnamed: held
    (1, "strength", V1, "1.1"): [0, 1],  # two, both named: shown
    (1, "area_for_development", V1, "3.1"): [5],  # one unnamed: held
    (2, "strength", V2, "2.1"): [0, 4, 5, 6, 7],  # 5: shown
    (2, "area_for_development", V2, "2.4"): [3, 4, 5],  # three unnamed: shown
    (2, "area_of_excellence", V2, "1.1"): [1],  # one named: shown
    (2, "area_of_excellence", V2, "3.1"): [8],  # one unnamed: held
    (2, "area_for_development", V2, "3.1"): [8, 9, 10, 11],  # 4: shown
    (2, "strength", V2, "1.1"): [0, 1, 2, 6],  # 4, but one unnamed: held
}


def school_id(i: int) -> str:
    return f"school-{i:02d}"


def summaries(ids: dict[str, str] | None = None) -> list[Summary]:
    """The eighteen summaries; ``ids`` maps school names to stored ids when they exist."""
    out = []
    for rnd, version, members in ((1, V1, range(6)), (2, V2, range(12))):
        for i in members:
            findings = []
            for (r, kind, v, code), schools in FOUND.items():
                if r == rnd and i in schools:
                    title = f"{TITLES[v][code]}: {kind.replace('_', ' ')}"
                    if (r, kind, code) == (2, "area_of_excellence", "3.1"):
                        title = SECRET_TITLE
                    if (r, kind, code) == (2, "area_of_excellence", "1.1"):
                        title = "Oracy led by pupils"
                    findings.append(
                        SharedFinding(kind, title, (StrandRef(code, TITLES[v][code], v),))
                    )
            actions: tuple[SharedAction, ...] = ()
            if rnd == 2 and i in (8, 9, 10, 11):
                status = "done" if i == 11 else "in_progress"
                actions = (
                    SharedAction(
                        "Improve attendance through family links",
                        status=status,
                        strands=(StrandRef("3.1", TITLES[V2]["3.1"], V2),),
                    ),
                )
            name = SCHOOLS[i]
            out.append(
                Summary(
                    review_id=f"review-r{rnd}-{i:02d}",
                    school_id=(ids or {}).get(name, school_id(i)),
                    school_name=name,
                    first_day=f"{2024 + rnd}-11-{10 + i:02d}",
                    last_day=f"{2024 + rnd}-11-{10 + i:02d}",
                    focus="Reading across the school",
                    framework_name=FRAMEWORK,
                    framework_hash=version,
                    round_id=f"round-{rnd}",
                    round_name=f"Round {rnd}",
                    named=i < 3,
                    findings=tuple(findings),
                    actions=actions,
                )
            )
    return out
