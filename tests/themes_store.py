"""A partnership lead's data folder holding the twelve schools' shared summaries
(``tests/themes_helpers.py``), two rounds of visits and a reviewer pool."""

from __future__ import annotations

from pathlib import Path

from app.bench import themes_data
from app.services import partnership, reviewers, rounds
from app.services.store import Store
from tests import themes_helpers as twelve
from tests.identity_helpers import make_identity

LEAD = "Eleri Hughes"


def lead_folder(data_dir: Path) -> str:
    """The lead's folder, with the lead's identity; returns the partnership's id."""
    with Store.open(data_dir) as store:
        make_identity(store, LEAD, "Partneriaeth Dyfrdwy", "partnership_lead")
        return lead_store(store)


def lead_store(store: Store) -> str:
    """The partnership, its schools, a round, a pool and the summaries, in ``store``."""
    pid, _ = partnership.create(store, "Partneriaeth Dyfrdwy")
    for name in twelve.SCHOOLS:
        partnership.add_school(store, None, name, "primary")
    for year, texts in twelve.PRIORITIES.items():
        for text in texts:
            partnership.add_priority(store, None, year, text)
    reviewers.add_reviewer(
        store, None, "Gwen Ellis", "Ysgol y Bont", accreditation="lead_reviewer",
        trained_on="2024-09-01", refresher_due="2026-12-01", course="Lead reviewer",
    )  # fmt: skip
    reviewers.add_reviewer(
        store, None, "Tomasz Nowak", "Szkoła Łódź", trained_on="2025-01-10",
        refresher_due="2028-01-10",
    )  # fmt: skip
    rounds.propose_round(store, None, "Round 2", "2026-11-02", "2026-12-11")
    for visit in rounds.schedule(store)[:4]:
        rounds.set_status(store, visit.id, "visited")
    with store.read() as conn:
        ids = {n: i for i, n in partnership.school_names(conn, pid).items()}
    themes_data.share(store, pid, twelve.summaries(ids))
    return pid
