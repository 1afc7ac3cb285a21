"""Hostile bundles: each is refused with a message naming the problem, and the
recipient's database is byte-for-byte what it was."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from app.models import attachments
from app.services import evidence
from app.services.errors import PeerviewError
from app.services.store import Store
from app.sync import bundle_format as fmt
from app.sync.exporter import attachments_dir, export_bundle
from app.sync.importer import BundleQuarantined, import_bundle
from tests.identity_helpers import dump_database, make_identity
from tests.sync.bundle_tools import list_file, open_bundle, remake, symlink_info, trust_one_way
from tests.sync.conftest import Team
from tests.sync.helpers import create_review

PICTURE = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


@pytest.fixture
def bundle(team: Team, tmp_path: Path) -> Path:
    """A good bundle from the lead to the reviewer: notes, and an attachment."""
    lead = team.lead.store
    note = evidence.add_note(lead, team.review_id, "Pupils wrote in Cymraeg: ŵ ŷ.").note_id
    digest = attachments.write(lead.db.data_dir, lead.db.key, PICTURE)
    with lead.write() as tx:
        tx.create(
            "attachment",
            {"note_id": note, "sha256": digest, "filename": "board.png", "size": len(PICTURE)},
        )
    out = export_bundle(
        lead, team.review_id, tmp_path / "good.pvbundle", to=[team.reviewer.card.fingerprint]
    )
    return out.path


def _refused(team: Team, path: Path, match: str) -> None:
    before = dump_database(team.reviewer.folder)
    with pytest.raises(PeerviewError, match=match):
        import_bundle(team.reviewer.store, path)
    assert dump_database(team.reviewer.folder) == before


def _remake(team: Team, bundle: Path, name: str, **kwargs) -> Path:
    me = team.reviewer.keys.local()
    return remake(bundle, bundle.with_name(name), me.age_identity, me.age_recipient, **kwargs)


def _lead_key(team: Team):
    return team.lead.keys.local().ed25519_private


def test_the_good_bundle_imports(team: Team, bundle: Path) -> None:
    report = import_bundle(team.reviewer.store, bundle)
    assert report.added > 0
    reviewer = team.reviewer.store
    assert attachments.read(reviewer.db.data_dir, reviewer.db.key, fmt.sha256(PICTURE)) == PICTURE
    # Encrypted at rest on the reviewer's laptop, as on the lead's.
    stored = (attachments_dir(reviewer) / fmt.sha256(PICTURE)).read_bytes()
    assert PICTURE[8:40] not in stored and stored.startswith(attachments.MAGIC)


def test_a_tampered_byte_in_the_manifest(team: Team, bundle: Path) -> None:
    def change(m: dict) -> None:
        m["created_at"] = m["created_at"].replace("2", "3", 1)

    _refused(
        team,
        _remake(team, bundle, "m.pvbundle", mutate_manifest=change),
        "signature does not match",
    )


def test_a_tampered_byte_in_the_signature(team: Team, bundle: Path) -> None:
    me = team.reviewer.keys.local()
    _manifest, signature, _members = open_bundle(bundle, me.age_identity)
    flipped = bytes([signature[0] ^ 1]) + signature[1:]
    _refused(
        team,
        _remake(team, bundle, "s.pvbundle", sign_with=_FixedSigner(flipped)),  # type: ignore[arg-type]
        "signature does not match",
    )


class _FixedSigner:
    def __init__(self, signature: bytes) -> None:
        self.signature = signature

    def sign(self, _data: bytes) -> bytes:
        return self.signature


def test_a_tampered_byte_in_the_entries(team: Team, bundle: Path) -> None:
    def change(members: dict[str, bytes]) -> None:
        data = bytearray(members[fmt.ENTRIES])
        data[data.index(b"Cymraeg")] ^= 0x20
        members[fmt.ENTRIES] = bytes(data)

    _refused(
        team, _remake(team, bundle, "e.pvbundle", mutate_members=change), "entries.jsonl.*SHA-256"
    )


def test_a_tampered_byte_in_an_attachment(team: Team, bundle: Path) -> None:
    name = f"{fmt.ATTACHMENTS}{fmt.sha256(PICTURE)}"

    def change(members: dict[str, bytes]) -> None:
        members[name] = b"X" + members[name][1:]

    _refused(team, _remake(team, bundle, "a.pvbundle", mutate_members=change), "SHA-256")


def test_a_tampered_byte_in_the_encrypted_file(team: Team, bundle: Path) -> None:
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = bundle.with_name("c.pvbundle")
    bad.write_bytes(bytes(data))
    _refused(team, bad, "cannot be decrypted")


def test_a_wrong_signature(team: Team, bundle: Path) -> None:
    # Signed by the outsider's key while naming the lead as sender.
    other = team.outsider.keys.local().ed25519_private
    _refused(team, _remake(team, bundle, "w.pvbundle", sign_with=other), "signature does not match")


def test_an_unknown_signer_is_quarantined_not_applied(team: Team, tmp_path: Path) -> None:
    review = create_review(team.outsider.store, "Not ours")
    out = export_bundle(
        team.outsider.store, review, tmp_path / "u.pvbundle", to=[team.reviewer.card.fingerprint]
    )
    before = dump_database(team.reviewer.folder)
    with pytest.raises(BundleQuarantined, match=team.outsider.card.fingerprint):
        import_bundle(team.reviewer.store, out.path)
    assert dump_database(team.reviewer.folder) == before


def test_a_truncated_file(team: Team, bundle: Path) -> None:
    short = bundle.with_name("t.pvbundle")
    short.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    _refused(team, short, "cut short|cannot be decrypted")
    plain = export_bundle(
        team.lead.store,
        team.review_id,
        bundle.with_name("p.pvbundle"),
        to=[team.reviewer.card.fingerprint],
        encrypt=False,
    ).path
    short.write_bytes(plain.read_bytes()[: plain.stat().st_size - 40])
    _refused(team, short, "damaged or cut short")


def test_an_entry_named_to_climb_out(team: Team, bundle: Path) -> None:
    evil = b"owned"

    def add(m: dict) -> None:
        list_file(m, "../../evil", evil)

    info = zipfile.ZipInfo("../../evil")
    made = _remake(
        team,
        bundle,
        "x.pvbundle",
        mutate_manifest=add,
        sign_with=_lead_key(team),
        extra_infos=[(info, evil)],
    )
    _refused(team, made, r"'\.\./\.\./evil'")
    assert not (team.reviewer.folder.parent / "evil").exists()


def test_a_symlink_entry(team: Team, bundle: Path) -> None:
    name = f"{fmt.ATTACHMENTS}{'0' * 64}"
    made = _remake(
        team,
        bundle,
        "l.pvbundle",
        sign_with=_lead_key(team),
        mutate_manifest=lambda m: list_file(m, name, b"/etc/passwd"),
        extra_infos=[(symlink_info(name), b"/etc/passwd")],
    )
    _refused(team, made, "is a link")


def test_a_decompression_bomb(team: Team, bundle: Path) -> None:
    zeros = bytes(64 << 20)
    name = f"{fmt.ATTACHMENTS}{fmt.sha256(zeros)}"
    made = _remake(
        team,
        bundle,
        "z.pvbundle",
        sign_with=_lead_key(team),
        mutate_manifest=lambda m: list_file(m, name, zeros),
        mutate_members=lambda members: members.__setitem__(name, zeros),
    )
    assert made.stat().st_size < 1 << 20
    _refused(team, made, "compression ratio 200.*decompression bomb")


def test_a_manifest_listing_a_missing_file(team: Team, bundle: Path) -> None:
    name = f"{fmt.ATTACHMENTS}{'a' * 64}"
    made = _remake(
        team,
        bundle,
        "g.pvbundle",
        sign_with=_lead_key(team),
        mutate_manifest=lambda m: list_file(m, name, b"never packed"),
    )
    _refused(team, made, "missing from the bundle")


def test_a_newer_format_version(team: Team, bundle: Path) -> None:
    made = _remake(
        team,
        bundle,
        "n.pvbundle",
        sign_with=_lead_key(team),
        mutate_manifest=lambda m: m.__setitem__("format_version", fmt.FORMAT_VERSION + 1),
    )
    _refused(team, made, "Update Peerview to read this bundle")


def test_a_bundle_encrypted_to_someone_else(team: Team, tmp_path: Path) -> None:
    stranger = tmp_path / "stranger"
    with Store.open(stranger) as other:
        make_identity(other, "Someone Else")
        trust_one_way(team.lead.store, other)
    out = export_bundle(
        team.lead.store,
        team.review_id,
        tmp_path / "o.pvbundle",
        to=[
            team.lead.keys.peers()[-1].fingerprint
            if False
            else _fingerprint_of(team, "Someone Else")
        ],
    )
    _refused(team, out.path, "encrypted for someone else")


def _fingerprint_of(team: Team, name: str) -> str:
    return next(p.fingerprint for p in team.lead.keys.peers() if p.name == name)
