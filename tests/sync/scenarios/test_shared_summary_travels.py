"""A host school shares its signed review's summary with the partnership lead in a real
bundle, withdraws it later, and the lead's laptop keeps no text of it; a summary forged
by a teammate who is not the host's head is refused at merge and named."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from app.models import TABLES, ChangeLogEntry, SharedSummary, TrustedKey, attachments, table
from app.models.database import DB_NAME
from app.models.sharing import record_id
from app.services import actions, findings, frameworks, partnership, sharing
from app.services.errors import PeerviewError
from app.services.store import Store
from app.sync.exporter import export_bundle
from app.sync.importer import import_bundle, read_bundle
from app.sync.keys import IdentityKeyRing
from app.sync.share_bundle import export_share, import_share
from tests.identity_helpers import cheap_kdf, dump_database  # noqa: F401
from tests.raw_db import decrypted_pages
from tests.sync.scenarios.conftest import SchoolLaptop, bont_review, compromised

# Only a summary's body holds this: the finding titles are in the review's own records.
BODY = b"school_name"
PDF = b"%PDF-1.7\n% the signed report of Ysgol y Bont\n%%EOF\n"


def signed_review(laptops: dict[str, SchoolLaptop], tmp_path: Path) -> tuple[str, str, str]:
    """Ysgol y Bont's review, signed on the lead's laptop and carried to both schools."""
    lead = laptops["lead"].store
    group, bont_id, review = bont_review(lead)
    with lead.write() as tx:
        tx.upsert("review", review, {"focus": "Reading for pleasure"})
    codes = sorted(frameworks.strands_by_code(lead, _version(lead, review)))
    strength = findings.create_finding(
        lead, review, "strength", "Pupils choose books with confidence", "They do.",
        strand_codes=codes[:1],
    ).finding_id  # fmt: skip
    findings.create_finding(
        lead, review, "area_for_development", "Boys' writing stamina", "Less so.",
        strand_codes=codes[1:2],
    )  # fmt: skip
    actions.add_action(
        lead, review, "Daily writing time in Years 5 and 6\nwith a weekly check",
        review_date="2026-09-30", finding_id=strength,
    )  # fmt: skip
    # Sign-off's own steps and their separation of duties are tested with sign-off; here
    # the lead records the outcome, which is what the host's laptop receives.
    with lead.write() as tx:
        tx.upsert(
            "review",
            review,
            {"status": "signed", "report_sha256": hashlib.sha256(PDF).hexdigest()},
        )
    for who in ("bont", "lodz"):
        path = tmp_path / f"review-to-{who}.pvbundle"
        export_bundle(lead, review, path, to=[laptops[who].card.fingerprint])
        got = import_bundle(laptops[who].store, path)
        assert not got.denied and not got.held, [r for _, r in got.held_reasons][:2]
    return group, bont_id, review


def _version(store: Store, review: str) -> str:
    from app.services import reviews

    found = reviews.get_review(store, review).framework_version_id
    assert found
    return found


def log_text(store: Store) -> bytes:
    with store.read() as conn:
        rows = conn.execute(
            select(table(ChangeLogEntry).c.fields).where(
                table(ChangeLogEntry).c.entity == "shared_summary"
            )
        ).scalars()
        return "\n".join(rows).encode()


def test_the_host_shares_the_lead_imports_and_a_withdrawal_leaves_no_text(
    school_laptops: dict[str, SchoolLaptop], tmp_path: Path
) -> None:
    group, _bont_id, review = signed_review(school_laptops, tmp_path)
    lead, bont = school_laptops["lead"].store, school_laptops["bont"].store
    # Nothing is shared by default: the lead holds no summary, the host's laptop neither.
    with lead.read() as conn:
        assert sharing.live_summaries(conn, group) == []
    assert sharing.state(bont, review) is None
    report = tmp_path / "signed report.pdf"
    report.write_bytes(PDF)
    summary = sharing.share(bont, review, named=True, report=report)
    assert [f.title for f in summary.findings] == [
        "Pupils choose books with confidence",
        "Boys' writing stamina",
    ]
    assert summary.actions[0].headline == "Daily writing time in Years 5 and 6"
    out = tmp_path / "summary.pvbundle"
    export_share(bont, review, out)
    arrived = import_share(lead, out)
    assert arrived.shared and arrived.school == "Ysgol y Bont" and not arrived.refused
    with lead.read() as conn:
        [live] = sharing.live_summaries(conn, group)
    assert live.focus == "Reading for pleasure" and live.named
    assert live.actions[0].review_date == "2026-09-30"
    assert live.report_sha256 == hashlib.sha256(PDF).hexdigest()
    # The whole report came with it, kept encrypted in the lead's attachment store.
    kept = attachments.read(lead.db.data_dir, lead.db.key, live.report_sha256)
    assert kept == PDF
    # The bundle carried the summary's record alone in full: every other entry of the
    # review travelled as a withheld run.
    carried = read_bundle(out, IdentityKeyRing(lead))
    assert {e.entity for e in carried.entries} <= {"shared_summary", "sync_receipt"}
    assert carried.stubs and carried.manifest["purpose"]["kind"] == "shared_summary"
    assert BODY in log_text(lead)

    sharing.withdraw(bont, review)
    assert BODY not in log_text(bont)
    back = tmp_path / "withdrawn.pvbundle"
    export_share(bont, review, back)
    gone = import_share(lead, back)
    assert gone.withdrawn and not gone.shared
    with lead.read() as conn:
        assert sharing.live_summaries(conn, group) == []
        row = conn.execute(
            select(table(SharedSummary)).where(table(SharedSummary).c.id == record_id(review))
        ).one()
    assert row.body == "" and row.withdrawn_on
    # The earlier text is gone from the lead's change log and its database file too.
    assert BODY not in log_text(lead)
    assert not attachments.path_for(lead.db.data_dir, live.report_sha256).exists()
    # The first file imported again (a copy someone kept) does not bring the text back.
    import_share(lead, out)
    with lead.read() as conn:
        assert sharing.live_summaries(conn, group) == []
    assert BODY not in log_text(lead)
    assert not attachments.path_for(lead.db.data_dir, live.report_sha256).exists()
    folder, key = lead.db.data_dir, lead.db.key
    lead.close()
    assert key is not None
    files = [p for p in folder.iterdir() if p.name.startswith(DB_NAME)]
    assert files
    for path in files:
        assert BODY not in decrypted_pages(path, key), path.name


def test_a_summary_forged_by_a_teammate_who_is_not_the_host_is_refused_at_merge(
    school_laptops: dict[str, SchoolLaptop], tmp_path: Path
) -> None:
    group, bont_id, review = signed_review(school_laptops, tmp_path)
    lead, lodz = school_laptops["lead"].store, school_laptops["lodz"].store
    # Łódź's own Peerview refuses: its identity is not Ysgol y Bont's head.
    with pytest.raises(PeerviewError, match="Only the headteacher or host leader of Ysgol y Bont"):
        sharing.share(lodz, review)
    # A modified Peerview writes one anyway and sends it as a shared summary.
    from app.services import share_summary, summary_body

    with lodz.read() as conn:
        made = share_summary.build(conn, review)
    forged = summary_body.dumps(made).replace("Boys' writing stamina", "Weak teaching")
    with compromised(), lodz.write() as tx:
        tx.upsert(
            "shared_summary",
            record_id(review),
            {
                "review_id": review,
                "partnership_id": group,
                "school_id": bont_id,
                "body": forged,
                "shared_on": "2026-04-01",
                "withdrawn_on": "",
            },
        )
    # Sent as an ordinary bundle of the review would carry it: the share command
    # would refuse Łódź, so the modified Peerview packs it itself.
    out = tmp_path / "forged.pvbundle"
    scope: dict[str, set[str]] = {name: set() for name in TABLES}
    scope["shared_summary"] = {record_id(review)}
    export_bundle(
        lodz,
        review,
        out,
        to=[school_laptops["lead"].card.fingerprint],
        full=True,
        scope=scope,
        purpose={"kind": "shared_summary", "partnership_id": group, "review_id": review},
    )
    arrived = import_share(lead, out)
    assert not arrived.shared
    assert any("Łukasz Nowak may not share" in r for r in arrived.refused), arrived.refused
    with lead.read() as conn:
        assert sharing.live_summaries(conn, group) == []


def _forge(
    store: Store, lead_card: str, out: Path, fields: dict[str, object], purpose: dict[str, str]
) -> None:
    """What a modified Peerview would write and send: the record, packed as a summary."""
    with compromised(), store.write() as tx:
        tx.upsert(
            "shared_summary", str(fields["id"]), {k: v for k, v in fields.items() if k != "id"}
        )
    scope: dict[str, set[str]] = {name: set() for name in TABLES}
    scope["shared_summary"] = {str(fields["id"])}
    export_bundle(
        store,
        str(purpose["review_id"]),
        out,
        to=[lead_card],
        full=True,
        scope=scope,
        purpose=purpose,
    )


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        (lambda body: body.replace("Boys' writing", "Boys'\\u0007writing"), "control characters"),
        (
            lambda body: body.replace('"named":false', '"named":"yes"'),
            "'named' is not true or false",
        ),
        (
            lambda body: body.replace(
                '"findings":[', '"findings":[' + '{"kind":"strength","title":"x"},' * 600
            ),
            "at most 500",
        ),
        (lambda body: body.replace('"kind":"strength"', '"kind":"outstanding"'), "not one of"),
    ],
)
def test_a_hostile_body_from_the_host_is_refused_as_it_arrives(
    school_laptops: dict[str, SchoolLaptop], tmp_path: Path, damage, named: str
) -> None:
    group, bont_id, review = signed_review(school_laptops, tmp_path)
    lead, bont = school_laptops["lead"].store, school_laptops["bont"].store
    from app.services import share_summary, summary_body

    with bont.read() as conn:
        body = damage(summary_body.dumps(share_summary.build(conn, review)))
    out = tmp_path / "hostile.pvbundle"
    fields = {
        "id": record_id(review), "review_id": review, "partnership_id": group,
        "school_id": bont_id, "body": body, "shared_on": "2026-04-01", "withdrawn_on": "",
    }  # fmt: skip
    purpose = {"kind": "shared_summary", "partnership_id": group, "review_id": review}
    _forge(bont, school_laptops["lead"].card.fingerprint, out, fields, purpose)
    arrived = import_share(lead, out)
    assert not arrived.shared
    assert any(named in why for why in arrived.refused), arrived.refused
    with lead.read() as conn:
        assert sharing.live_summaries(conn, group) == []
        assert sharing.unreadable_summaries(conn, group) == []


def test_the_lead_refuses_before_writing_anything(
    school_laptops: dict[str, SchoolLaptop], tmp_path: Path
) -> None:
    group, bont_id, review = signed_review(school_laptops, tmp_path)
    lead, bont, lodz = (school_laptops[w].store for w in ("lead", "bont", "lodz"))
    fields = {
        "id": record_id(review), "review_id": review, "partnership_id": group,
        "school_id": bont_id, "body": "", "shared_on": "2026-04-01", "withdrawn_on": "",
    }  # fmt: skip
    # Sent to a member school's laptop: it is not the partnership lead's.
    to_lodz = tmp_path / "to-lodz.pvbundle"
    purpose = {"kind": "shared_summary", "partnership_id": group, "review_id": review}
    _forge(bont, school_laptops["lodz"].card.fingerprint, to_lodz, fields, purpose)
    before = dump_database(lodz.db.data_dir)
    with pytest.raises(PeerviewError, match="this laptop is not the lead's"):
        import_share(lodz, to_lodz)
    assert dump_database(lodz.db.data_dir) == before
    # For a partnership the lead's laptop does not hold.
    elsewhere = tmp_path / "elsewhere.pvbundle"
    _forge(
        bont,
        school_laptops["lead"].card.fingerprint,
        elsewhere,
        fields,
        {**purpose, "partnership_id": "another"},
    )
    before = dump_database(lead.db.data_dir)
    with pytest.raises(PeerviewError, match="a partnership this laptop does not hold"):
        import_share(lead, elsewhere)
    assert dump_database(lead.db.data_dir) == before
    # From someone the lead does not trust: named with the fingerprint to check.
    ok = tmp_path / "ok.pvbundle"
    _forge(bont, school_laptops["lead"].card.fingerprint, ok, fields, purpose)
    with lead.write() as tx:
        tx.conn.execute(delete(table(TrustedKey)).where(table(TrustedKey).c.name == "Grace Okafor"))
    before = dump_database(lead.db.data_dir)
    with pytest.raises(PeerviewError, match="Grace Okafor, whom this Peerview does not trust"):
        import_share(lead, ok)
    assert dump_database(lead.db.data_dir) == before


def test_the_summary_names_the_round_the_review_was_scheduled_in(
    school_laptops: dict[str, SchoolLaptop], tmp_path: Path
) -> None:
    group, bont_id, review = signed_review(school_laptops, tmp_path)
    lead = school_laptops["lead"].store
    from app.services import share_summary

    with lead.read() as conn:
        assert (
            share_summary.build(conn, review).round_name,
            share_summary.build(conn, review).named,
        ) == ("", False)
        lodz_id, _ = partnership.resolve_school(conn, group, "Ysgol Łódź")
    with lead.write() as tx:
        spring = tx.create(
            "review_round",
            {
                "partnership_id": group,
                "name": "Spring 2026",
                "first_day": "2026-03-01",
                "last_day": "2026-03-31",
            },
        )
        tx.create(
            "scheduled_review",
            {
                "partnership_id": group, "round_id": spring, "host_school_id": bont_id,
                "reviewer_school_id": lodz_id, "day": "2026-03-17", "status": "visited",
            },
        )  # fmt: skip
    with lead.read() as conn:
        made = share_summary.build(conn, review, named=True)
    assert (made.round_id, made.round_name, made.named) == (spring, "Spring 2026", True)
    assert "in Spring 2026." in "\n".join(share_summary.preview(made))
