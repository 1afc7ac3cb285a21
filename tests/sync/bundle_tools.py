"""Taking a bundle apart and putting it back together, for hostile-bundle tests."""

from __future__ import annotations

import io
import json
import stat
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from app.services.identity import export_card, trust_card_file
from app.services.store import Store
from app.sync import bundle_format as fmt


def trust_one_way(truster: Store, trusted: Store) -> None:
    with tempfile.TemporaryDirectory() as folder:
        card = Path(folder) / "card.peerview-card.json"
        export_card(trusted, card)
        trust_card_file(truster, card)


def open_bundle(path: Path, age_identity: str) -> tuple[bytes, bytes, dict[str, bytes]]:
    raw = pyrage.decrypt(path.read_bytes(), [x25519.Identity.from_str(age_identity)])
    zf = zipfile.ZipFile(io.BytesIO(raw))
    members = {i.filename: zf.read(i) for i in zf.infolist()}
    return members.pop(fmt.MANIFEST), members.pop(fmt.SIGNATURE), members


Mutator = Callable[[dict, dict[str, bytes]], None]


def remake(
    path: Path,
    out: Path,
    age_identity: str,
    recipient: str,
    *,
    sign_with: Ed25519PrivateKey | None = None,
    mutate_manifest: Callable[[dict], None] | None = None,
    mutate_members: Callable[[dict[str, bytes]], None] | None = None,
    extra_infos: list[tuple[zipfile.ZipInfo, bytes]] = (),  # type: ignore[assignment]
) -> Path:
    """Decrypt, change, (re-sign), re-pack and re-encrypt a bundle."""
    manifest_bytes, signature, members = open_bundle(path, age_identity)
    if mutate_members:
        mutate_members(members)
    if mutate_manifest:
        manifest = json.loads(manifest_bytes)
        mutate_manifest(manifest)
        manifest_bytes = json.dumps(manifest, sort_keys=True, indent=1).encode()
    if sign_with is not None:
        signature = sign_with.sign(manifest_bytes)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(fmt.MANIFEST, manifest_bytes)
        zf.writestr(fmt.SIGNATURE, signature)
        for name, data in members.items():
            zf.writestr(name, data)
        for info, data in extra_infos:
            zf.writestr(info, data)
    out.write_bytes(pyrage.encrypt(buffer.getvalue(), [x25519.Recipient.from_str(recipient)]))
    return out


def symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def list_file(manifest: dict, name: str, data: bytes) -> None:
    manifest["files"].append({"name": name, "size": len(data), "sha256": fmt.sha256(data)})
