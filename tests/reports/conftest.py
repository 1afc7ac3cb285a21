from __future__ import annotations

import pytest

from app.services import demo
from app.services.store import Store


@pytest.fixture
def demo_review(store: Store) -> str:
    return demo.create_demo(store)
