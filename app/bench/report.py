"""Bench suite: build and sign a report of 1,000 notes, against bare ReportLab.

The report is built from its own small review (in the bench folder), not from the large
generated database: a real report of 100,000 notes is not a thing anyone prints. The
baseline lays out the same appendix paragraphs, in the same fonts, with plain ReportLab
platypus and nothing else, in the same run.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate
from reportlab.platypus.flowables import Flowable

from app import fileio
from app.bench.common import BenchContext, Figure, sentence
from app.ids import join_id
from app.reports import content, fonts, report, sign
from app.reports.text import rich
from app.services import datakey, frameworks, reviews
from app.services.store import Store

NOTES = 1_000
BUDGET_MS = 3_000.0
BUDGET_RATIO = 2.0


def _seed(store: Store) -> str:
    version = frameworks.ensure_default(store)
    strands = list(frameworks.strands_by_code(store, version).values())
    rng = random.Random(23)
    with store.write() as tx:
        school = reviews.create_school(tx, "Ysgol Bench Ŵyl Primary", None)
        review = reviews.create_review(
            tx,
            host_school_id=school,
            framework_version_id=version,
            title="Report benchmark review",
            start_date="2026-11-17",
            end_date="2026-11-18",
            focus="Feedback in writing for disadvantaged pupils",
            self_evaluation="A benchmark review with 1,000 generated notes.",
            enquiry_questions=["How well does feedback help pupils improve their writing?"],
        )
        lead = reviews.create_person(tx, "Nguyễn Thị Hồng", school, "lead_reviewer")
        reviews.add_team_member(tx, review, lead, "lead_reviewer")
        rows = [
            {
                "review_id": review,
                "activity_kind": rng.choice(("lesson_visit", "book_look", "learning_walk")),
                "observed_at": f"2026-11-17T{9 + (i % 7):02d}:{i % 60:02d}:00",
                "year_group": f"Y{1 + i % 6}",
                "text": sentence(rng),
                "author_key_id": store.author_key_id,
            }
            for i in range(NOTES)
        ]
        ids = tx.create_many("evidence_note", rows)
        for note_id in ids:
            strand = rng.choice(strands)
            tx.upsert(
                "note_strand",
                join_id("note_strand", note_id, strand.id),
                {"note_id": note_id, "strand_id": strand.id},
            )
    return review


def _bare(texts: list[tuple[str, str]]) -> bytes:
    """The same paragraphs, laid out by ReportLab alone."""
    fonts.register()
    small = ParagraphStyle("s", fontName=fonts.SANS, fontSize=8.5, leading=11.5)
    body = ParagraphStyle("b", fontName=fonts.SANS, fontSize=10, leading=14, spaceAfter=6)
    story: list[Flowable] = []
    for where, text in texts:
        story.append(Paragraph(rich(where), small))
        story.append(Paragraph(rich(text), body))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def run(ctx: BenchContext) -> list[Figure]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    ctx.say(f"Timing a signed report of {NOTES:,} notes against bare ReportLab ...")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Nguyễn Thị Hồng")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now.replace(year=now.year + 1))
        .sign(key, hashes.SHA256())
    )
    access = datakey.scratch_access()
    with Store.open(ctx.folder / "report-bench", purpose="peerview bench", access=access) as store:
        review = _seed(store)
        # Every generated note names its year group, which in a one-form school points to
        # one teacher: the guard holds them back until the person includes them, as the
        # report's maker does here, so the appendix holds all of them.
        data = content.gather(store, review, evidence_appendix=True, include_flagged=True)
        texts = [
            (" · ".join(x for x in (n.observed_at, n.activity, n.context) if x), n.text)
            for strand in data.appendix or []
            for n in strand.notes
        ]
        if len(texts) != NOTES:  # a figure over an empty appendix would measure nothing
            raise RuntimeError(f"The report bench's appendix holds {len(texts)} of {NOTES} notes.")
        samples = max(3, min(ctx.samples // 4, 7))
        out = Path(ctx.folder) / "bench-report.pdf"

        def build_and_sign() -> None:
            # What `peerview report --sign` does, less the one-row status change (which
            # the sign-off workflow allows only once per review).
            data = content.gather(store, review, evidence_appendix=True, include_flagged=True)
            data.draft, data.final = None, True  # laid out for signing, as make_report does
            pdf, _ = report.render(data)
            fileio.write_bytes(out, sign.sign_pdf(pdf, key, cert))

        build_and_sign()  # warm up: fonts, imports
        built, bare = [], []
        for _ in range(samples):
            # Interleaved, so that a busy moment on the machine hits both alike.
            start = time.perf_counter()
            build_and_sign()
            built.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            _bare(texts)
            bare.append((time.perf_counter() - start) * 1000)
    value, baseline = sorted(built)[len(built) // 2], sorted(bare)[len(bare) // 2]
    return [Figure("report_1k_sign_ms", value, "ms", baseline, BUDGET_MS, BUDGET_RATIO)]
