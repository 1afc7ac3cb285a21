"""Generated partnerships with shared summaries, for the themes and annual report figures
(``app/bench/themes.py``) and their tests.

On a real lead's laptop each shared summary arrives in a bundle written by the host
school's head. Here the heads are stand-ins: each school's head is trusted as the roster
would trust them (a ``trusted_key`` row with the role "headteacher" and the school's
name) and the summary is written under that head's key, so the authority rule that
guards ``shared_summary`` judges every record as it judges one that arrived. The rows
are the ones the import would store; what the themes read is the same.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from sqlalchemy import insert, select

from app.models import TrustedKey, table
from app.models.sharing import record_id
from app.services import partnership, summary_body
from app.services.store import Store
from app.services.summary_body import SharedAction, SharedFinding, StrandRef, Summary

_trusted = table(TrustedKey)


@contextmanager
def _as_head(store: Store, school_name: str) -> Iterator[None]:
    """Write as the school's head (trusted first, like a roster's head), then as before."""
    key = "stand-in-head:" + school_name.casefold()[:40]
    with store.write() as tx:
        if tx.conn.execute(select(_trusted.c.key_id).where(_trusted.c.key_id == key)).first():
            pass
        else:
            tx.conn.execute(
                insert(_trusted).values(
                    key_id=key,
                    name=f"Head of {school_name}",
                    school=school_name,
                    role="headteacher",
                    source="roster",
                )
            )
    before = store.author_key_id
    store.author_key_id = key
    try:
        yield
    finally:
        store.author_key_id = before


def share(store: Store, partnership_id: str, summaries: Sequence[Summary]) -> None:
    """Store each summary as shared with the partnership, written as its school's head."""
    by_school: dict[str, list[Summary]] = {}
    for s in summaries:
        by_school.setdefault(s.school_name, []).append(s)
    for school, items in by_school.items():
        with _as_head(store, school), store.write() as tx:
            for s in items:
                tx.upsert(
                    "shared_summary",
                    record_id(s.review_id),
                    {
                        "review_id": s.review_id,
                        "partnership_id": partnership_id,
                        "school_id": s.school_id,
                        "body": summary_body.dumps(s),
                        "shared_on": s.last_day,
                        "withdrawn_on": "",
                    },
                )


def withdraw(store: Store, summary: Summary) -> None:
    with _as_head(store, summary.school_name), store.write() as tx:
        tx.upsert(
            "shared_summary",
            record_id(summary.review_id),
            {"body": "", "withdrawn_on": "2027-01-01"},
        )


STRANDS = [
    ("1.1", "Leadership and vision"),
    ("1.2", "Self-evaluation and improvement planning"),
    ("2.1", "Reading and oracy"),
    ("2.2", "Writing"),
    ("2.3", "Mathematics"),
    ("2.4", "Science and enquiry"),
    ("3.1", "Wellbeing and attendance"),
    ("3.2", "Behaviour and relationships"),
    ("4.1", "Curriculum design"),
    ("4.2", "Assessment and feedback"),
    ("5.1", "Additional learning needs"),
    ("5.2", "Professional learning"),
]


def generated(
    schools: int = 50, years: int = 5, findings_per_review: int = 20, seed: int = 45
) -> tuple[list[str], dict[str, list[str]], list[Summary]]:
    """School names, priorities by year and ``schools * years`` summaries of
    ``findings_per_review`` findings each: one round a year, every school reviewed once,
    a new framework version in the third year, a third of the schools named."""
    rng = random.Random(seed)
    names = [f"Ysgol Bench {i + 1:02d}" for i in range(schools)]
    priorities = {
        f"{2022 + y}-{(23 + y) % 100:02d}": ["Reading for pleasure", "Attendance and wellbeing"]
        for y in range(years)
    }
    out = []
    for y in range(years):
        fw_hash = ("a" if y < 2 else "b") * 64
        for i, name in enumerate(names):
            findings = tuple(
                SharedFinding(
                    rng.choice(summary_body.KINDS),
                    f"Generated finding {n + 1} of {name}",
                    (StrandRef(*rng.choice(STRANDS), framework_hash=fw_hash),),
                )
                for n in range(findings_per_review)
            )
            actions = tuple(
                SharedAction(
                    f"Improve {rng.choice(STRANDS)[1].lower()}",
                    status=rng.choice(summary_body.PROGRESS),
                    strands=(StrandRef(*rng.choice(STRANDS), framework_hash=fw_hash),),
                )
                for _ in range(3)
            )
            out.append(
                Summary(
                    review_id=f"bench-review-{y}-{i:03d}",
                    school_id="",
                    school_name=name,
                    first_day=f"{2022 + y}-11-{1 + i % 28:02d}",
                    last_day=f"{2022 + y}-11-{1 + i % 28:02d}",
                    focus="Generated",
                    framework_name="Peer review framework",
                    framework_hash=fw_hash,
                    round_id=f"bench-round-{y}",
                    round_name=f"Round {2022 + y}-{(23 + y) % 100:02d}",
                    named=i % 3 == 0,
                    findings=findings,
                    actions=actions,
                )
            )
    return names, priorities, out


def with_school_ids(store: Store, partnership_id: str, summaries: list[Summary]) -> list[Summary]:
    """The summaries with the member schools' ids, by name (the schools must exist)."""
    with store.read() as conn:
        ids = {name: sid for sid, name in partnership.school_names(conn, partnership_id).items()}
    return [replace(s, school_id=ids[s.school_name]) for s in summaries]
