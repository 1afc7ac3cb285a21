"""The annual partnership report at its edges: a partnership nothing was shared with yet,
a withdrawn summary that stops counting, and a signature refused off the lead's laptop."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from app.bench import themes_data
from app.reports import annual, annual_content
from app.services import partnership
from app.services.errors import PeerviewError
from app.services.store import Store
from tests import themes_helpers as twelve
from tests.reports.helpers import make_key, pdftotext
from tests.themes_store import lead_store


def test_a_partnership_with_nothing_shared_says_so(store: Store, tmp_path: Path) -> None:
    partnership.create(store, "Partneriaeth Newydd")
    partnership.add_school(store, None, "Ysgol y Bont", "primary")
    data = annual_content.gather(store, year="2026-27")
    out = tmp_path / "annual.pdf"
    result = annual.make(data, out)
    assert result.pages >= 1 and not result.signed
    text = re.sub(r"\s+", " ", pdftotext(out))
    assert "No school shared a summary from this year's reviews." in text
    assert "No round of reviews was scheduled in 2026-27." in text


def test_a_withdrawn_summary_stops_counting(store: Store) -> None:
    pid = lead_store(store)
    before = annual_content.gather(store, year="2026-27").themes
    with store.read() as conn:
        ids = {n: i for i, n in partnership.school_names(conn, pid).items()}
    lodz = next(
        s
        for s in twelve.summaries(ids)
        if s.school_name == "Szkoła Łódź" and s.round_id == "round-2"
    )
    themes_data.withdraw(store, lodz)
    after = annual_content.gather(store, year="2026-27").themes
    assert (before.reviews, after.reviews) == (12, 11)
    assert before.excellence and not after.excellence  # its Area of Excellence is gone


def test_only_the_partnership_lead_signs(store: Store, tmp_path: Path) -> None:
    lead_store(store)
    data = dataclasses.replace(annual_content.gather(store), lead_here=False)
    key, cert = make_key("Someone Else", "Ysgol Cudd", "headteacher")
    out = tmp_path / "annual.pdf"
    with pytest.raises(PeerviewError, match="Only the partnership lead signs"):
        annual.make(data, out, key=key, cert=cert)
    assert not out.exists()
    with pytest.raises(PeerviewError, match="not an academic year"):
        annual_content.gather(store, year="2026-28")
