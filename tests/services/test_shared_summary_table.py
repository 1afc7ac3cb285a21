"""The shared summary's record on real laptops: written only by the host school's head
as the roster lists them, read back checked by ``live_summaries``."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.models.sharing import record_id
from app.services import sharing, summary_body
from app.services.authority import AuthorityError
from app.services.summary_body import SharedFinding, StrandRef, Summary
from app.sync.exporter import export_bundle
from app.sync.importer import import_bundle
from tests.identity_helpers import cheap_kdf  # noqa: F401
from tests.sync.scenarios.conftest import SchoolLaptop, bont_review, school_laptops  # noqa: F401


def _setup(laptops: dict[str, SchoolLaptop], tmp_path: Path) -> tuple[str, str, str]:
    lead = laptops["lead"].store
    group, bont_id, review = bont_review(lead)
    for who in ("bont", "lodz"):
        path = tmp_path / f"to-{who}.pvbundle"
        export_bundle(lead, review, path, to=[laptops[who].card.fingerprint])
        import_bundle(laptops[who].store, path)
    return group, bont_id, review


def _summary(review: str, school: str) -> Summary:
    strand = StrandRef("2.3", "Teaching and learning", "ab" * 32)
    return Summary(
        review_id=review,
        school_id=school,
        school_name="Ysgol y Bont",
        first_day="2026-03-16",
        last_day="2026-03-17",
        focus="Reading across the school",
        framework_name="Peer review framework",
        framework_hash="ab" * 32,
        findings=(SharedFinding("strength", "Pupils read widely", (strand,)),),
    )


def _fields(group: str, school: str, review: str, body: str) -> dict[str, str]:
    return {
        "review_id": review,
        "partnership_id": group,
        "school_id": school,
        "body": body,
        "shared_on": "2026-04-01",
        "withdrawn_on": "",
    }


def test_the_host_head_writes_a_summary_and_live_summaries_reads_it(
    school_laptops: dict[str, SchoolLaptop],  # noqa: F811
    tmp_path: Path,
) -> None:
    group, bont_id, review = _setup(school_laptops, tmp_path)
    bont = school_laptops["bont"].store
    body = summary_body.dumps(_summary(review, bont_id))
    with bont.write() as tx:
        tx.upsert("shared_summary", record_id(review), _fields(group, bont_id, review, body))
    with bont.read() as conn:
        [found] = sharing.live_summaries(conn, group)
        assert found.focus == "Reading across the school"
        assert found.findings[0].strands[0].code == "2.3"
        assert sharing.live_summaries(conn, "another partnership") == []
    # Withdrawn: the same record, no text, and nothing live.
    with bont.write() as tx:
        tx.upsert("shared_summary", record_id(review), {"body": "", "withdrawn_on": "2026-05-01"})
    with bont.read() as conn:
        assert sharing.live_summaries(conn, group) == []


def test_a_reviewer_from_another_school_may_not_write_one(
    school_laptops: dict[str, SchoolLaptop],  # noqa: F811
    tmp_path: Path,
) -> None:
    group, bont_id, review = _setup(school_laptops, tmp_path)
    lodz = school_laptops["lodz"].store
    body = summary_body.dumps(_summary(review, bont_id))
    refused = "only the school's headteacher or host leader"
    with pytest.raises(AuthorityError, match=refused), lodz.write() as tx:
        tx.upsert("shared_summary", record_id(review), _fields(group, bont_id, review, body))
    # Nor under an id of its own choosing: one record per review, named by it.
    bont = school_laptops["bont"].store
    with pytest.raises(AuthorityError, match="id is not its review's"), bont.write() as tx:
        tx.upsert("shared_summary", "another-id", _fields(group, bont_id, review, body))


def test_an_unreadable_body_is_left_out_and_named(
    school_laptops: dict[str, SchoolLaptop],  # noqa: F811
    tmp_path: Path,
) -> None:
    group, bont_id, review = _setup(school_laptops, tmp_path)
    bont = school_laptops["bont"].store
    bad = summary_body.dumps(_summary(review, bont_id)).replace("Pupils read", "Pupils\\u0007read")
    with bont.write() as tx:
        tx.upsert("shared_summary", record_id(review), _fields(group, bont_id, review, bad))
    with bont.read() as conn:
        assert sharing.live_summaries(conn, group) == []
        [why] = sharing.unreadable_summaries(conn, group)
    assert why.review_id == review and "control characters" in why.problem
