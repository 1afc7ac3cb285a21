from __future__ import annotations

import pytest

from app.services import demo
from app.services.store import Store


@pytest.fixture
def demo_review(store: Store) -> str:
    return demo.create_demo(store)


@pytest.fixture
def ready_review(store: Store, demo_review: str) -> str:
    """The demo review taken through sign-off up to the host's factual-accuracy check."""
    from app.services import signoff

    for status in ("team_confirmed", "quality_assured", "host_checked"):
        signoff.advance(store, demo_review, status)
    return demo_review
