"""The framework file format (docs/framework-format.md): parsing, validation, canonical form.

Validation collects no partial results: a file is either entirely valid or refused with
a message naming the JSON path (and, for syntax errors, the line) and what to change.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

FORMAT_NAME = "peerview-framework"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 5 * 1024 * 1024
_CODE = re.compile(r"^[A-Za-z0-9._-]{1,16}$")
CODE_PATTERN = _CODE  # the editor checks codes as they are typed (framework_edit.py)
TITLE_LIMIT = 200  # characters in a name or a title
LABEL_LIMIT = 64  # characters in a version label
_GRADE_WORDS = ("grade", "scale", "rating", "judgement", "judgment", "score")
_TOP_KEYS = {"format", "format_version", "name", "version", "description", "areas", "strands"}
_AREA_KEYS = {"code", "title", "description"}
_STRAND_KEYS = {"code", "area", "title", "description", "prompts", "descriptors"}


class FrameworkFormatError(ValueError):
    """A framework file that cannot be imported; the message names where and why."""


@dataclass(frozen=True)
class FrameworkContent:
    name: str
    version: str
    data: dict[str, Any]  # the normalised document
    canonical: str  # canonical JSON text: keys sorted, no spaces, UTF-8
    content_hash: str  # SHA-256 of the canonical text


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def parse_bytes(raw: bytes, source: str = "framework file") -> FrameworkContent:
    if len(raw) > MAX_FILE_BYTES:
        raise FrameworkFormatError(
            f"{source}: the file is {len(raw):,} bytes; a framework file may be at most "
            f"{MAX_FILE_BYTES:,} bytes. Check that this is a framework file."
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FrameworkFormatError(
            f"{source}: not UTF-8 text (byte {exc.start}). Save the file as UTF-8 and try again."
        ) from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FrameworkFormatError(
            f"{source}, line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg}). "
            f"Fix the JSON syntax there and try again."
        ) from exc
    return validate(document, source)


def validate(document: Any, source: str = "framework file") -> FrameworkContent:
    def fail(path: str, problem: str) -> FrameworkFormatError:
        return FrameworkFormatError(f"{source}, at {path}: {problem}")

    if not isinstance(document, dict):
        raise fail("the top level", "expected a JSON object with format, name, areas, strands.")
    _no_unknown_keys(document, _TOP_KEYS, "the top level", fail)
    if document.get("format") != FORMAT_NAME:
        raise fail("format", f'expected "{FORMAT_NAME}"; this is not a Peerview framework file.')
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise fail("format_version", f"expected the whole number {FORMAT_VERSION}.")
    if version > FORMAT_VERSION:
        raise fail(
            "format_version",
            f"this file uses format version {version}; this Peerview reads version "
            f"{FORMAT_VERSION}. Update Peerview to import it.",
        )
    if version != FORMAT_VERSION:
        raise fail("format_version", f"expected {FORMAT_VERSION}, found {version}.")
    name = _text(document, "name", "name", fail, required=True, limit=TITLE_LIMIT)
    label = _text(document, "version", "version", fail, required=True, limit=LABEL_LIMIT)
    description = _text(document, "description", "description", fail, limit=2000)

    areas_in = document.get("areas")
    strands_in = document.get("strands")
    if not isinstance(areas_in, list) or not areas_in:
        raise fail("areas", "expected a non-empty list of areas.")
    if not isinstance(strands_in, list) or not strands_in:
        raise fail("strands", "expected a non-empty list of strands.")

    seen: dict[str, str] = {}
    areas: list[dict[str, Any]] = []
    for i, area in enumerate(areas_in):
        path = f"areas[{i}]"
        if not isinstance(area, dict):
            raise fail(path, "expected an object with code and title.")
        _no_unknown_keys(area, _AREA_KEYS, path, fail)
        code = _code(area, path, seen, fail)
        areas.append(
            {
                "code": code,
                "title": _text(area, "title", f"{path}.title", fail, required=True),
                "description": _text(area, "description", f"{path}.description", fail),
            }
        )
    area_codes = {a["code"] for a in areas}

    strands: list[dict[str, Any]] = []
    for i, strand in enumerate(strands_in):
        path = f"strands[{i}]"
        if not isinstance(strand, dict):
            raise fail(path, "expected an object with code, area and title.")
        _no_unknown_keys(strand, _STRAND_KEYS, path, fail)
        code = _code(strand, path, seen, fail)
        area_code = strand.get("area")
        if not isinstance(area_code, str) or not area_code:
            raise fail(f"{path}.area", f'strand "{code}" has no area; name one of the area codes.')
        if area_code not in area_codes:
            raise fail(
                f"{path}.area",
                f'strand "{code}" names area "{area_code}", which is not in areas '
                f"({', '.join(sorted(area_codes))}).",
            )
        strands.append(
            {
                "code": code,
                "area": area_code,
                "title": _text(strand, "title", f"{path}.title", fail, required=True),
                "description": _text(strand, "description", f"{path}.description", fail),
                "prompts": _text_list(strand, "prompts", path, fail),
                "descriptors": _text_list(strand, "descriptors", path, fail),
            }
        )
    used = {s["area"] for s in strands}
    for i, area in enumerate(areas):
        if area["code"] not in used:
            raise fail(
                f"areas[{i}]", f'area "{area["code"]}" has no strands; add one or remove it.'
            )

    data = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "name": name,
        "version": label,
        "description": description,
        "areas": areas,
        "strands": strands,
    }
    canonical = canonical_json(data)
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return FrameworkContent(name, label, data, canonical, digest)


def _no_unknown_keys(obj: dict[str, Any], allowed: set[str], path: str, fail: Any) -> None:
    for key in obj:
        if key in allowed:
            continue
        if any(word in str(key).lower() for word in _GRADE_WORDS):
            raise fail(
                f"{path}.{key}",
                "frameworks have no grade scales, ratings or judgements; Peerview reviews are "
                "developmental. Remove this field.",
            )
        raise fail(
            f"{path}.{key}", f"unknown field; allowed fields are {', '.join(sorted(allowed))}."
        )


def _code(obj: dict[str, Any], path: str, seen: dict[str, str], fail: Any) -> str:
    code = obj.get("code")
    if not isinstance(code, str) or not _CODE.match(code):
        raise fail(
            f"{path}.code",
            "expected a code of 1 to 16 letters, digits, '.', '-' or '_' (for example L1).",
        )
    # Codes are typed case-insensitively ("c2" tags C2), so they must differ by more than case.
    if code.upper() in seen:
        raise fail(
            f"{path}.code", f'duplicate code "{code}", already used at {seen[code.upper()]}.'
        )
    seen[code.upper()] = path
    return code


def _text(
    obj: dict[str, Any],
    key: str,
    path: str,
    fail: Any,
    *,
    required: bool = False,
    limit: int = TITLE_LIMIT,
) -> str:
    value = obj.get(key, "")
    if not isinstance(value, str):
        raise fail(path, "expected text.")
    value = value.strip()
    if required and not value:
        raise fail(path, "must not be empty.")
    if key != "description" and len(value) > limit:
        raise fail(path, f"is {len(value)} characters; at most {limit} are allowed.")
    return value


def _text_list(obj: dict[str, Any], key: str, path: str, fail: Any) -> list[str]:
    values = obj.get(key, [])
    if not isinstance(values, list):
        raise fail(f"{path}.{key}", "expected a list of text.")
    out = []
    for j, value in enumerate(values):
        if not isinstance(value, str) or not value.strip():
            raise fail(f"{path}.{key}[{j}]", "expected non-empty text.")
        out.append(value.strip())
    return out
