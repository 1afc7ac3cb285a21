"""The interface's translations: Qt ``.ts`` sources per area, one ``.qm`` per language.

    .venv/bin/python -m tools.translations update [AREA ...]    refresh .ts from the code
    .venv/bin/python -m tools.translations release              build the .qm files
    .venv/bin/python -m tools.translations status [AREA ...]    what is left to translate
    .venv/bin/python -m tools.translations fill LANG AREA FILE  take translations from JSON

The sources are split by area of the window (``resources/translations/<lang>/<area>.ts``)
so that people translating different pages never edit the same file. Welsh (``cy``) holds
every message; English (``en``) holds only the messages with a number in them (``%n``),
whose English plural forms Qt takes from a translation like any other language's.
``release`` joins each language's areas into ``resources/translations/peerview_<lang>.qm``,
which is built, not kept in git: ``./dev`` builds it when a ``.ts`` is newer, and so does
the frozen build.

``update`` writes no file locations (``-locations none``), so a moved line changes no
``.ts`` file and two people's changes do not clash over line numbers.

``fill`` reads a JSON object whose keys are a message's English source text, or
``"Context|source"`` for one context only, and whose values are the translation: a string,
or for a ``%n`` message a list of plural forms in the order the ``.ts`` file asks for.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("cy", "en")  # every message; plural forms only

# Area -> the source files it covers (globs relative to the project root).
AREAS: dict[str, tuple[str, ...]] = {
    "app": ("app/ui/*.py", "app/ui/widgets/**/*.py"),
    "home": ("app/ui/home/**/*.py",),
    "dialogs": ("app/ui/dialogs/**/*.py",),
    "review": ("app/ui/review/*.py", "app/ui/review/coverage/**/*.py"),
    "capture": ("app/ui/review/capture/**/*.py",),
    "planning": ("app/ui/review/planning/**/*.py",),
    "findings": ("app/ui/review/findings/**/*.py",),
    "signoff": ("app/ui/review/signoff/**/*.py",),
    "sync": ("app/ui/sync/**/*.py",),
    "partnership": ("app/ui/partnership/**/*.py",),
    "frameworks": ("app/ui/frameworks/**/*.py",),
    # Words the Qt-free core hands the window, marked with QT_TRANSLATE_NOOP.
    "core": (
        "app/*.py",
        "app/models/**/*.py",
        "app/services/**/*.py",
        "app/sync/**/*.py",
        "app/reports/**/*.py",
    ),
}


# Areas kept by hand, which ``update`` never rewrites: ``qt`` holds the words Qt draws
# itself (standard buttons, the text boxes' context menus), under Qt's own contexts, since
# Qt ships no Welsh. ``status`` and ``release`` include them.
HAND_MADE = ("qt",)


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(f"pyside6-{name}"))


def area_files(area: str) -> list[str]:
    files = sorted({p for pattern in AREAS[area] for p in ROOT.glob(pattern)})
    return [str(p.relative_to(ROOT)) for p in files if p.name != "__init__.py" or p.stat().st_size]


def ts_path(lang: str, area: str) -> Path:
    return FOLDER / lang / f"{area}.ts"


def qm_path(lang: str) -> Path:
    return FOLDER / f"peerview_{lang}.qm"


def update(areas: list[str]) -> None:
    for area in areas:
        files = area_files(area)
        if not files:
            continue
        for lang in LANGUAGES:
            target = ts_path(lang, area)
            target.parent.mkdir(parents=True, exist_ok=True)
            extra = ["-pluralonly"] if lang == "en" else []
            subprocess.run(
                [_tool("lupdate"), *files, "-ts", str(target), "-target-language", lang,
                 "-source-language", "en", "-locations", "none", "-no-obsolete", "-silent",
                 *extra],
                cwd=ROOT, check=True,
            )  # fmt: skip


def release() -> list[Path]:
    built = []
    for lang in LANGUAGES:
        sources = sorted((FOLDER / lang).glob("*.ts"))
        if not sources:
            continue
        target = qm_path(lang)
        subprocess.run(
            [_tool("lrelease"), "-silent", *map(str, sources), "-qm", str(target)],
            cwd=ROOT, check=True,
        )  # fmt: skip
        built.append(target)
    return built


def needs_release() -> bool:
    for lang in LANGUAGES:
        sources = list((FOLDER / lang).glob("*.ts"))
        target = qm_path(lang)
        if sources and (
            not target.exists() or max(s.stat().st_mtime for s in sources) > target.stat().st_mtime
        ):
            return True
    return False


def unfinished(path: Path) -> list[tuple[str, str]]:
    """(context, source) of each message in ``path`` with no finished translation."""
    left = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            if kind == "unfinished":
                left.append((name, message.findtext("source", "")))
    return left


def status(areas: list[str]) -> int:
    total = 0
    for area in areas:
        for lang in LANGUAGES:
            path = ts_path(lang, area)
            if not path.exists():
                continue
            left = unfinished(path)
            count = sum(1 for _ in ET.parse(path).getroot().iter("message"))
            print(f"{lang}/{area}: {count} messages, {len(left)} to translate")
            total += len(left)
    return total


def fill(lang: str, area: str, table_file: Path) -> int:
    table = json.loads(table_file.read_text(encoding="utf-8"))
    path = ts_path(lang, area)
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            value = table.get(f"{name}|{source}", table.get(source))
            translation = message.find("translation")
            if value is None or translation is None:
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if message.get("numerus") == "yes":
                forms = [value] if isinstance(value, str) else list(value)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            translation.attrib.pop("type", None)
            filled += 1
    # ElementTree drops the DOCTYPE; lupdate rewrites the file in its own form next time.
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools.translations", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("update", "status"):
        sub.add_parser(name).add_argument("areas", nargs="*", metavar="AREA")
    sub.add_parser("release")
    fill_cmd = sub.add_parser("fill")
    fill_cmd.add_argument("lang", choices=LANGUAGES)
    fill_cmd.add_argument("area", choices=list(AREAS))
    fill_cmd.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    known = [*AREAS, *HAND_MADE] if args.command == "status" else list(AREAS)
    unknown = [a for a in getattr(args, "areas", []) if a not in known]
    if unknown:
        parser.error(f"no area {', '.join(unknown)}; the areas are {', '.join(known)}")
    if args.command == "update":
        update(args.areas or list(AREAS))
    elif args.command == "release":
        for path in release():
            print(path.relative_to(ROOT))
    elif args.command == "status":
        status(args.areas or [*AREAS, *HAND_MADE])
    else:
        print(f"{fill(args.lang, args.area, args.file)} messages filled")
        update([args.area])
    return 0


if __name__ == "__main__":
    sys.exit(main())
