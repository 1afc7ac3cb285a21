"""Every message of the checked areas has a finished Welsh translation, every ``%n``
message has its English plural forms, and no ``.ts`` file is behind the code: lupdate is
run afresh for each area into a temporary folder and compared with the kept file.

``CHECKED`` names the areas held to this; an area joins it once it is translated.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import translations

CHECKED = ("qt", "signoff")

Key = tuple[str, str]  # (context, source)


def messages(path: Path) -> dict[Key, ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source", ""))] = message
    return found


def fresh(lang: str, area: str, folder: Path) -> Path:
    """The area's .ts as lupdate makes it from today's code (from a copy of the kept one)."""
    target = folder / lang / f"{area}.ts"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(translations.ts_path(lang, area), target)
    extra = ["-pluralonly"] if lang == "en" else []
    subprocess.run(
        [translations._tool("lupdate"), *translations.area_files(area), "-ts", str(target),
         "-target-language", lang, "-source-language", "en", "-locations", "none",
         "-no-obsolete", "-silent", *extra],
        cwd=translations.ROOT, check=True,
    )  # fmt: skip
    return target


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return []
    return [form.text or "" for form in translation.iter("numerusform")]


def problems(area: str, folder: Path) -> list[str]:
    found = []
    kept = messages(translations.ts_path("cy", area))
    if area in translations.HAND_MADE:
        code = kept
    else:
        code = messages(fresh("cy", area, folder))
        for context, source in sorted(code.keys() - kept.keys()):
            found.append(f"{area}: {context}: {source!r} is not in the .ts (run update)")
    english = (
        messages(translations.ts_path("en", area)) if area not in translations.HAND_MADE else {}
    )
    for (context, source), message in sorted(code.items()):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            found.append(f"{area}: {context}: {source!r} has no finished Welsh")
            continue
        if message.get("numerus") == "yes":
            welsh = _forms(message)
            if len(welsh) != 5 or not all(welsh):
                found.append(f"{area}: {context}: {source!r} needs 5 Welsh plural forms")
            en = english.get((context, source))
            if en is None or len(_forms(en)) != 2 or not all(_forms(en)):
                found.append(f"{area}: {context}: {source!r} has no English plural forms")
    return found


@pytest.mark.parametrize("area", CHECKED)
def test_every_message_is_translated(area: str, tmp_path: Path) -> None:
    left = problems(area, tmp_path)
    assert not left, "\n".join(left)
