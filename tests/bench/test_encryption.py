"""The bench's encryption figures: the same operations on an encrypted and a plaintext store
of the same generated notes, the plaintext one as the baseline (budget 1.5x)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import bench
from app.bench import encryption
from app.models import cipher
from app.models.database import DB_NAME
from app.services import datakey
from app.services.store import Store

# A bench run: measures, so it takes its time.
pytestmark = pytest.mark.slow


def test_encrypted_save_and_search_are_measured_against_plaintext(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data", access=datakey.scratch_access()) as store:
        review = bench.seed(store, 300)
        ctx = bench.BenchContext(tmp_path, store, review, 300, 12, lambda _msg: None)
        figures = {f.name: f for f in encryption.run(ctx)}
    assert set(figures) == {
        "enc_note_save_p50_ms",
        "enc_note_save_p99_ms",
        "enc_search_p50_ms",
        "enc_search_p99_ms",
    }
    for figure in figures.values():
        assert figure.value > 0 and figure.baseline is not None and figure.baseline > 0
        assert figure.ratio_budget == 1.5
    # The value is the encrypted store, the baseline a plaintext one.
    assert not cipher.is_plaintext(tmp_path / "data" / DB_NAME)
    assert cipher.is_plaintext(tmp_path / "plaintext" / DB_NAME)
