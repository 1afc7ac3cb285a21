from __future__ import annotations

import pytest

from app.services import demo, evidence, reviews
from app.services.store import Store
from tests.reports.helpers import ready_to_sign

# The scripts the report must print, kept in the tests rather than the demo: names in
# Vietnamese, Welsh, Urdu and Arabic script, and notes in Welsh, Polish, Urdu and Arabic.
SCRIPT_PEOPLE = (
    ("Nguyễn Thị Hồng", "reviewer"),
    ("Dafydd ap Llŷr", "reviewer"),
    ("عائشہ ملک", "host_leader"),
    ("ليلى حداد", "host_leader"),
)
SCRIPT_NOTES = (
    "Y4 were reading the Welsh picture book 'Yr Ŵyl Fawr' in translation in a unit on "
    "festivals. The teacher wrote Welsh words on the board (gŵyl, dŵr, tŷ) and pupils "
    "compared them with words in their home languages; a pupil wrote 'ŵyl' and 'święto' "
    "side by side on a whiteboard.",
    "Reading corners hold dual-language books labelled 'Książki po polsku', "
    "'اردو کی کتابیں' and 'كتب عربية'; a target glossed 'żeby' for 'so that'.",
)


@pytest.fixture
def demo_review(store: Store) -> str:
    return demo.create_demo(store)


@pytest.fixture
def script_review(store: Store, demo_review: str) -> str:
    """The demo with names and notes in every script the report must print."""
    review_id = demo_review
    with store.write() as tx:
        for name, role in SCRIPT_PEOPLE:
            person = reviews.create_person(tx, name, None, role)
            reviews.add_team_member(tx, review_id, person, role)
    for text in SCRIPT_NOTES:
        evidence.add_note(
            store, review_id, text, activity_kind="learning_walk", strand_codes=["I4"]
        )
    return review_id


@pytest.fixture
def ready_review(store: Store, demo_review: str) -> str:
    """The demo review taken through sign-off up to the host's factual-accuracy check."""
    ready_to_sign(store, demo_review)
    return demo_review
