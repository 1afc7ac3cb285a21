"""The bundle file: packing and unpacking, with every check an untrusted file needs.

Layout (docs/bundle-format.md): an age-encrypted ZIP holding ``manifest.json``,
``manifest.sig`` (a detached Ed25519 signature over the manifest's exact bytes),
``entries.jsonl`` and ``attachments/<sha256>``. The manifest lists every other member
with its size and SHA-256, so the one signature covers everything.

Unpacking never trusts a header: names are checked before anything is read, each
member is read through a counting reader that stops at its declared size and at the
limits below, and the limits name themselves in the message.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.services.errors import PeerviewError

FORMAT = "peerview-bundle"
# 2: withheld entries travel as runs (a stub line's first_seq). Version 1 bundles, whose
# stubs each stand for one entry, are still read.
# 3: every entry vouched for by its author's laptop (laptop certificates in the manifest,
# signed chain heads, entry format 2 with salted field commitments; decision 0028).
# Versions 1 and 2 cannot say who wrote what they carry, so they are refused.
FORMAT_VERSION = 3
OLDEST_READ = 3
AGE_MAGIC = b"age-encryption.org/v1\n"
ZIP_MAGIC = b"PK\x03\x04"
SUFFIX = ".pvbundle"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
ENTRIES = "entries.jsonl"
ATTACHMENTS = "attachments/"
_ATTACHMENT_NAME = re.compile(r"^attachments/[0-9a-f]{64}$")


@dataclass(frozen=True)
class Limits:
    """What an import will read; generous for a review, far below a zip bomb."""

    file_bytes: int = 1 << 30  # the bundle file as carried
    unpacked_bytes: int = 2 << 30  # all members together, uncompressed
    member_bytes: int = 1 << 30  # any one member
    manifest_bytes: int = 4 << 20
    members: int = 20_000
    entries: int = 2_000_000
    ratio: int = 200  # uncompressed / compressed for any member over 1 MiB


LIMITS = Limits()


class BundleError(PeerviewError):
    """A bundle this Peerview will not read; the message names the problem and the fix."""


@dataclass
class Unpacked:
    manifest_bytes: bytes
    signature: bytes
    members: dict[str, bytes] = field(default_factory=dict)

    @property
    def manifest(self) -> dict[str, Any]:
        return json.loads(self.manifest_bytes)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pack(manifest_bytes: bytes, signature: bytes, members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr(_info(MANIFEST), manifest_bytes)
        zf.writestr(_info(SIGNATURE), signature)
        for name, data in members.items():
            zf.writestr(_info(name), data)
    return buffer.getvalue()


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = (stat.S_IFREG | 0o600) << 16
    return info


def check_name(name: str) -> None:
    """Only the names the format defines; never a path that could leave a folder."""
    if (
        not name
        or name.startswith(("/", "\\"))
        or "\\" in name
        or ".." in name.split("/")
        or re.match(r"^[A-Za-z]:", name)
        or "\x00" in name
    ):
        raise BundleError(
            f"The bundle holds an entry named '{name[:80]}', a path outside the bundle "
            f"(absolute or with '..'). It was refused; nothing was imported."
        )
    if name not in (MANIFEST, SIGNATURE, ENTRIES) and not _ATTACHMENT_NAME.match(name):
        raise BundleError(
            f"The bundle holds an entry named '{name[:80]}', which this format does not "
            f"define. It was refused; nothing was imported."
        )


# Given the manifest's bytes and the signature, checks them and answers the members the
# signed manifest lists, with their sizes: nothing else is ever inflated.
Vouch = Callable[[bytes, bytes], dict[str, int]]


def unpack(data: bytes, limits: Limits = LIMITS, vouch: Vouch | None = None) -> Unpacked:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise BundleError(
            "The bundle is damaged or cut short (its contents cannot be read): copy it again "
            "from the sender, and check that the copy finished."
        ) from exc
    if len(infos) > limits.members:
        raise BundleError(
            f"The bundle holds {len(infos):,} files; the limit is {limits.members:,} "
            f"(members). It was refused; nothing was imported."
        )
    names: set[str] = set()
    declared = 0
    for info in infos:
        check_name(info.filename)
        mode = info.external_attr >> 16
        kind = stat.S_IFMT(mode)  # 0 when the writer recorded no file type
        if info.is_dir() or (kind and kind != stat.S_IFREG):
            raise BundleError(
                f"The bundle entry '{info.filename}' is a link or a folder, not a file. "
                f"It was refused; nothing was imported."
            )
        if info.filename in names:
            raise BundleError(f"The bundle holds '{info.filename}' twice. It was refused.")
        names.add(info.filename)
        declared += info.file_size
        _check_sizes(info, limits, declared)
    out = Unpacked(b"", b"")
    total = 0
    if vouch is not None:
        # The manifest and its signature first: an unsigned or altered bundle is refused
        # before any other member is inflated, and a signed one inflates only what its
        # signed manifest lists, at the sizes it lists.
        heads = {i.filename: i for i in infos if i.filename in (MANIFEST, SIGNATURE)}
        if MANIFEST not in heads:
            raise BundleError("The bundle has no manifest: it is not a Peerview bundle.")
        manifest = _read_capped(zf, heads[MANIFEST], limits.manifest_bytes, limits)
        signature = _read_capped(zf, heads[SIGNATURE], 1024, limits) if SIGNATURE in heads else b""
        listed = vouch(manifest, signature)
        for info in infos:
            if info.filename in heads:
                continue
            if info.filename not in listed:
                raise BundleError(
                    f"The bundle holds '{info.filename[:80]}', which its signed manifest does "
                    "not list."
                )
            if listed[info.filename] != info.file_size:
                raise BundleError(
                    f"'{info.filename[:80]}' in the bundle does not match its size in the "
                    "signed manifest: it was altered or damaged. Nothing was imported."
                )
    for info in infos:
        cap = limits.manifest_bytes if info.filename == MANIFEST else limits.member_bytes
        body = _read_capped(zf, info, cap, limits)
        total += len(body)
        if total > limits.unpacked_bytes:
            raise _too_big("unpacked size", limits.unpacked_bytes)
        if info.filename == MANIFEST:
            out.manifest_bytes = body
        elif info.filename == SIGNATURE:
            out.signature = body
        else:
            out.members[info.filename] = body
    if not out.manifest_bytes:
        raise BundleError("The bundle has no manifest: it is not a Peerview bundle.")
    return out


def _check_sizes(info: zipfile.ZipInfo, limits: Limits, declared: int) -> None:
    if info.file_size > limits.member_bytes:
        raise _too_big(f"size of '{info.filename}'", limits.member_bytes)
    if declared > limits.unpacked_bytes:
        raise _too_big("unpacked size", limits.unpacked_bytes)
    if info.file_size > (1 << 20) and info.file_size > limits.ratio * max(info.compress_size, 1):
        raise BundleError(
            f"The bundle entry '{info.filename}' would expand {info.file_size // max(info.compress_size, 1):,} "
            f"times (limit: compression ratio {limits.ratio}): a decompression bomb. It was "
            f"refused; nothing was imported."
        )


def _read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, limits: Limits) -> bytes:
    """Read at most the declared size (and the cap): a lying header cannot make us
    inflate more than that."""
    want = min(info.file_size, cap)
    try:
        with zf.open(info) as handle:
            body = handle.read(want + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise BundleError(
            f"The bundle entry '{info.filename}' is damaged ({exc}). Copy the bundle again "
            f"from the sender."
        ) from exc
    if len(body) > want:
        if want == cap:
            raise _too_big(f"size of '{info.filename}'", cap)
        raise BundleError(
            f"The bundle entry '{info.filename}' is larger than its header says: a damaged "
            f"or crafted bundle. It was refused; nothing was imported."
        )
    if len(body) != info.file_size:
        raise BundleError(
            f"The bundle entry '{info.filename}' is cut short. Copy the bundle again."
        )
    return body


def _too_big(what: str, limit: int) -> BundleError:
    return BundleError(
        f"The bundle is too large to import safely (limit: {what} {limit:,} bytes). It was "
        "refused; nothing was imported. Ask the sender for one with only what you have not "
        "acknowledged yet.",
        hint_cli="(exported without --full)",
    )


def check_manifest(manifest: Any) -> dict[str, Any]:
    """The manifest's shape and version, before anything in it is believed."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("This file is not a Peerview bundle (its manifest says otherwise).")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError("The bundle's manifest has no format version: it is damaged.")
    if version > FORMAT_VERSION:
        raise BundleError(
            f"This bundle uses format version {version}; this Peerview reads up to version "
            f"{FORMAT_VERSION}. Update Peerview to read this bundle."
        )
    if version < OLDEST_READ:
        raise BundleError(
            f"This bundle was made by an older Peerview (format version {version}), which "
            "cannot show who wrote each entry it carries, so it was not imported. Ask the "
            "sender to update Peerview and export again."
        )
    for key, kind in (
        ("bundle_id", str),
        ("review_id", str),
        ("sender", dict),
        ("recipients", list),
        ("ranges", dict),
        ("files", list),
        ("frameworks", list),
        ("counts", dict),
        ("certificates", list),
    ):
        if not isinstance(manifest.get(key), kind):
            raise BundleError(f"The bundle's manifest lacks '{key}': it is damaged.")
    return manifest
