from __future__ import annotations

import pytest

from app.services import demo
from app.services.store import Store
from tests.reports.helpers import ready_to_sign


@pytest.fixture
def demo_review(store: Store) -> str:
    return demo.create_demo(store)


@pytest.fixture
def ready_review(store: Store, demo_review: str) -> str:
    """The demo review taken through sign-off up to the host's factual-accuracy check."""
    ready_to_sign(store, demo_review)
    return demo_review
