"""Matching strands across framework versions (decision 0045).

A shared summary names each strand by the content hash of the framework version the
review used and the strand's code in it. Two versions of one framework usually keep a
strand's code, so by default a strand is the same strand when its framework's name and its
code agree, whatever the version. When a new version renumbers or merges strands, the
partnership lead supplies a map: an old version's hash and an old code to the code the
strand has now. The map is a small JSON file the lead writes; it is checked here before
anything reads it, and an unusable one is refused whole, naming the entry to fix.

    {"strands": [{"framework_hash": "<64 hex digits>", "code": "2.3", "new_code": "3.1"}]}
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import PeerviewError

MAX_FILE_BYTES = 1_000_000
MAX_ENTRIES = 5_000
MAX_CODE = 16
_HASH = re.compile(r"^[0-9a-f]{1,64}$")


@dataclass(frozen=True)
class StrandMap:
    """(old framework version's hash, old code) -> the code the strand has now."""

    entries: dict[tuple[str, str], str]

    def code(self, framework_hash: str, code: str) -> str:
        return self.entries.get((framework_hash.lower(), code), code)

    def maps(self, framework_hash: str, code: str) -> bool:
        return (framework_hash.lower(), code) in self.entries


NO_MAP = StrandMap({})


def _bad(where: str, problem: str) -> PeerviewError:
    return PeerviewError(
        f"The strand map {where}: {problem}. Nothing was read from it; fix the file "
        'and run the command again. Each entry is {"framework_hash": "<the old version\'s '
        'hash>", "code": "<its old code>", "new_code": "<the code now>"}.'
    )


def _code(value: object, where: str, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _bad(where, f"'{name}' is not a strand code")
    if len(value) > MAX_CODE:
        raise _bad(where, f"'{name}' is longer than {MAX_CODE} characters")
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in value):
        raise _bad(where, f"'{name}' holds control characters")
    return value.strip()


def parse(text: str, source: str = "") -> StrandMap:
    """The map a JSON text holds, or a PeerviewError naming the first entry that is wrong."""
    label = f"in {source}" if source else "given"
    try:
        body = json.loads(text)
    except (ValueError, RecursionError):
        raise _bad(label, "it is not readable JSON") from None
    items = body.get("strands") if isinstance(body, dict) else None
    if not isinstance(items, list):
        raise _bad(label, 'it has no list called "strands"')
    if len(items) > MAX_ENTRIES:
        raise _bad(label, f"it has {len(items):,} entries; at most {MAX_ENTRIES:,} are read")
    entries: dict[tuple[str, str], str] = {}
    for i, item in enumerate(items, 1):
        where = f"{label}, entry {i}"
        if not isinstance(item, dict):
            raise _bad(where, "it is not a JSON object")
        unknown = sorted(set(item) - {"framework_hash", "code", "new_code"})
        if unknown:
            raise _bad(where, f"it has fields this map does not use: {', '.join(unknown)}")
        digest = item.get("framework_hash")
        if not isinstance(digest, str) or not _HASH.match(digest.strip().lower()):
            raise _bad(where, "'framework_hash' is not a framework version's hash (hex digits)")
        key = (digest.strip().lower(), _code(item.get("code"), where, "code"))
        new = _code(item.get("new_code"), where, "new_code")
        if key in entries and entries[key] != new:
            raise _bad(
                where, f"strand {key[1]} is already mapped to {entries[key]}, not also {new}"
            )
        entries[key] = new
    return StrandMap(entries)


def load(path: Path) -> StrandMap:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _bad(f"{path}", f"it is {size:,} bytes; at most {MAX_FILE_BYTES:,} are read")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PeerviewError(
            f"There is no strand map at {path}; give the JSON file's path."
        ) from None
    except UnicodeDecodeError:
        raise _bad(f"{path}", "it is not UTF-8 text") from None
    except OSError as exc:
        raise PeerviewError(
            f"Could not read the strand map {path}: {exc.strerror or exc}."
        ) from exc
    return parse(text, str(path))
