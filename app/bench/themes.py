"""Bench suite: a partnership of 50 schools with five years of shared summaries (250
reviews, 5,000 findings): its themes read from the database against a bare SQL aggregate
over the same rows, and its annual report built against bare ReportLab laying out the
same words and pictures.

The themes are what the window's Themes tab and ``partnership themes`` compute: every
live summary read, parsed and checked (``summary_body.parse``), strands matched across
the two framework versions, every figure held back or not. The baseline counts schools
per strand and kind with SQLite's JSON functions and nothing else, so the ratio is the
price of the checks and the anonymity rule.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate
from sqlalchemy import text

from app.bench import themes_data
from app.bench.common import BenchContext, Figure
from app.reports import annual, annual_content, annual_pictures, fonts
from app.reports.text import rich
from app.services import datakey, partnership, rounds, theme_pictures, theme_words, themes_read
from app.services.store import Store

SCHOOLS, YEARS, FINDINGS = 50, 5, 20
THEMES_BUDGET_MS = 1_000.0
REPORT_BUDGET_MS = 5_000.0

BARE_SQL = text(
    """
    SELECT json_extract(strand.value, '$.code') AS code,
           json_extract(finding.value, '$.kind') AS kind,
           json_extract(s.body, '$.round_id') AS round,
           count(DISTINCT s.school_id) AS schools
    FROM shared_summary AS s,
         json_each(s.body, '$.findings') AS finding,
         json_each(finding.value, '$.strands') AS strand
    WHERE s.partnership_id = :pid AND s.deleted = 0 AND s.withdrawn_on = '' AND s.body != ''
    GROUP BY code, kind, round
    """
)


def seed(store: Store) -> str:
    pid, _ = partnership.create(store, "Bench Schools Partnership")
    names, priorities, summaries = themes_data.generated(SCHOOLS, YEARS, FINDINGS)
    for name in names:
        partnership.add_school(store, None, name, "primary")
    for year, texts in priorities.items():
        for words in texts:
            partnership.add_priority(store, None, year, words)
    # The last year's round, scheduled by the proposer as a lead would.
    rounds.propose_round(store, None, f"Round {2022 + YEARS - 1}", "2026-11-02", "2026-12-18")
    themes_data.share(store, pid, themes_data.with_school_ids(store, pid, summaries))
    return pid


def _median(fn: Callable[[], object], samples: int) -> float:
    fn()  # warm up: imports, fonts, caches
    out = []
    for _ in range(samples):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return statistics.median(out)


def _bare_report(texts: list[str], pictures: list[theme_pictures.Picture]) -> bytes:
    """The report's words as paragraphs and its pictures as drawings, by ReportLab alone."""
    fonts.register()
    body = ParagraphStyle("b", fontName=fonts.SANS, fontSize=9, leading=12)
    story: list[Flowable] = [Paragraph(rich(t), body) for t in texts]
    story += [annual_pictures.drawing(p) for p in pictures]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def run(ctx: BenchContext) -> list[Figure]:
    ctx.say(
        f"Timing themes and the annual report of {SCHOOLS} schools over {YEARS} years "
        f"({SCHOOLS * YEARS} shared summaries, {SCHOOLS * YEARS * FINDINGS:,} findings) ..."
    )
    samples = max(3, min(ctx.samples // 10, 15))
    access = datakey.scratch_access()
    with Store.open(
        Path(ctx.folder) / "themes-bench", purpose="peerview bench", access=access
    ) as store:
        pid = seed(store)
        found = themes_read.read(store, pid)
        if found.themes.reviews != SCHOOLS * YEARS:  # a figure over nothing measures nothing
            raise RuntimeError(f"The themes bench read {found.themes.reviews} summaries.")

        def bare_sql() -> None:
            with store.read() as conn:
                conn.execute(BARE_SQL, {"pid": pid}).all()

        def cold_themes() -> None:
            # As the first opening of the Themes tab: no word match remembered.
            theme_words.words.cache_clear()
            theme_words.match_cache_clear()
            themes_read.read(store, pid)

        themes_ms = _median(cold_themes, samples)
        sql_ms = _median(bare_sql, samples)

        out = Path(ctx.folder) / "annual.pdf"

        def build() -> None:
            data = annual_content.gather(store, pid)
            annual.make(data, out)

        data = annual_content.gather(store, pid)
        texts = [s.label for s in data.themes.strands] + [
            f"{v.host} {v.reviewer_school} {v.day} {v.status}" for v in data.visits
        ]
        pictures = [
            p
            for p in (
                *theme_pictures.heat_maps(data.themes),
                theme_pictures.trends(data.history),
                theme_pictures.timeline(data.timeline),
            )
            if p is not None
        ]
        report_samples = max(3, samples // 3)
        report_ms = _median(build, report_samples)
        bare_ms = _median(lambda: _bare_report(texts, pictures), report_samples)
    return [
        Figure("themes_50x5_ms", themes_ms, "ms", sql_ms, THEMES_BUDGET_MS),
        Figure("annual_report_ms", report_ms, "ms", bare_ms, REPORT_BUDGET_MS),
    ]
