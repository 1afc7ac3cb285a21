"""Fixtures shared by the service tests: a review to put evidence in, and log readers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import inspect, select

from app.models import ENTITIES, ChangeLogEntry
from app.services import frameworks, reviews
from app.services.changelog import Entry
from app.services.store import Store

ReviewMaker = Callable[..., str]


def default_version(store: Store) -> str:
    return frameworks.ensure_default(store)


def log_entries(store: Store) -> list[Entry]:
    """Every change-log entry, in chain order."""
    table = ChangeLogEntry.__table__
    with store.read() as conn:
        rows = conn.execute(select(table).order_by(table.c.device_id, table.c.seq)).all()
    return [Entry.from_row(r) for r in rows]


def current_row(store: Store, entity: str, entity_id: str) -> dict[str, Any] | None:
    table = inspect(ENTITIES[entity]).local_table
    with store.read() as conn:
        row = conn.execute(select(table).where(table.c.id == entity_id)).first()
    return dict(row._mapping) if row is not None else None


@pytest.fixture
def make_review(store: Store) -> ReviewMaker:
    """Creates a host school and a review pinned to the default framework."""

    def make(title: str = "Spring review", questions: tuple[str, ...] = ()) -> str:
        version = default_version(store)
        with store.write() as tx:
            school = reviews.create_school(tx, f"{title} school", None, town="Wrecsam")
            return reviews.create_review(
                tx,
                host_school_id=school,
                framework_version_id=version,
                title=title,
                start_date="2026-03-02",
                end_date="2026-03-03",
                focus="Early reading",
                enquiry_questions=questions,
            )

    return make


@pytest.fixture
def review_id(make_review: ReviewMaker) -> str:
    return make_review()
