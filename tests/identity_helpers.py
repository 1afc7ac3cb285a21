"""Identities for tests, made only through the public identity API (app/services/identity.py)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from sqlite3.dump import _iterdump

import pytest

from app.models.database import DB_NAME
from app.services import sealing
from app.services.identity import PublicCard, create_identity, export_card, trust_card_file
from app.services.store import Store
from tests import raw_db


def make_identity(
    store: Store,
    name: str,
    school: str = "",
    role: str = "reviewer",
    passphrase: str = "correct horse",
) -> PublicCard:
    """This store's identity; its passphrase goes into the (test) keyring as in real use."""
    return create_identity(store, name, school=school, role=role, passphrase=passphrase)


def exchange_cards(store_a: Store, store_b: Store) -> None:
    """Each store trusts the other's identity, through real card files."""
    with tempfile.TemporaryDirectory() as folder:
        card_a = Path(folder) / "a.peerview-card.json"
        card_b = Path(folder) / "b.peerview-card.json"
        export_card(store_a, card_a)
        export_card(store_b, card_b)
        trust_card_file(store_b, card_a)
        trust_card_file(store_a, card_b)


@pytest.fixture
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lower scrypt cost for tests that make many identities. The cost is recorded in
    each sealed blob, so every code path is the one real identities take."""
    monkeypatch.setattr(sealing, "SCRYPT_N", 2**12)


def dump_database(data_dir: Path) -> list[str]:
    """Every row of the data folder's database as SQL, read beside an open store: equal
    dumps before and after a refused action show that nothing was written."""
    conn = raw_db.connect(data_dir / DB_NAME, read_only=True)
    try:
        # The binding has no iterdump method; the standard library's dumper needs only execute.
        return list(_iterdump(conn))
    finally:
        conn.close()
