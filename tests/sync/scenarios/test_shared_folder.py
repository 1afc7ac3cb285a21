"""The shared folder between laptops: a bad file is skipped and reported, the rest goes on;
a writer re-checks its own file by content hash and rewrites a damaged or stale copy."""

from __future__ import annotations

import io
import zipfile

from app.sync.folder import sync_folder
from tests.sync.scenarios.conftest import Partnership, outside_snapshot


def _nested_manifest_bundle() -> bytes:
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as z:
        z.writestr("manifest.json", "[" * 200_000 + "]" * 200_000)
    return raw.getvalue()


def test_a_hostile_file_sorting_first_is_skipped_and_the_rest_imports(
    partnership: Partnership,
) -> None:
    p = partnership
    shared = p.root / "shared"
    shared.mkdir()
    p.note("lead", "Siân: a note that must reach everyone.")
    assert sync_folder(p["lead"].store, shared).written
    hostile = shared / "0000-hostile.pvbundle"
    hostile.write_bytes(_nested_manifest_bundle())
    assert sorted(shared.iterdir())[0] == hostile
    before = outside_snapshot(p.root)
    p.note("r1", "Łukasz: written while the hostile file sat in the folder.")
    result = sync_folder(p["r1"].store, shared)
    assert any(line.startswith("0000-hostile.pvbundle") for line in result.skipped + result.waiting)
    assert result.imported and result.written  # the lead's bundle in, its own out
    assert "Siân: a note that must reach everyone." in p.texts("r1")
    got = sync_folder(p["lead"].store, shared)
    assert got.imported
    assert "Łukasz: written while the hostile file sat in the folder." in p.texts("lead")
    changed = {k for k, v in outside_snapshot(p.root).items() if before.get(k) != v}
    assert all(k.startswith("shared/") for k in changed)


def test_a_writer_rewrites_its_own_file_when_cut_short_or_replaced_by_an_older_copy(
    partnership: Partnership,
) -> None:
    p = partnership
    shared = p.root / "shared"
    shared.mkdir()
    lead = p["lead"].store
    p.note("lead", "Siân: first.")
    (own,) = [shared / n for n in sync_folder(lead, shared).written]
    older = own.read_bytes()
    p.note("lead", "Siân: the last day's note.")
    assert sync_folder(lead, shared).written == [own.name]
    # The sync client puts back the older copy: the lead notices and writes it again.
    own.write_bytes(older)
    assert sync_folder(lead, shared).written == [own.name]
    # Cut short in transit: rewritten again, though nothing is new.
    own.write_bytes(own.read_bytes()[: len(older) // 2])
    assert sync_folder(lead, shared).written == [own.name]
    assert sync_folder(lead, shared).written == []  # intact now: nothing to do
    sync_folder(p["r1"].store, shared)
    assert {"Siân: first.", "Siân: the last day's note."} <= p.texts("r1")
