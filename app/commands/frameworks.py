"""``peerview framework import|export|list``: review frameworks and their versions."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from app.commands import EXIT_OK, Registrar, hint, open_store, print_json


def cmd_framework_import(args: argparse.Namespace) -> int:
    from app.services import frameworks

    with open_store(args) as store:
        result = frameworks.import_file(store, Path(args.file))
    verb = "Imported" if result.created else "Already present:"
    print(
        f"{verb} {result.name} {result.label} (version {result.version_id}, hash {result.content_hash[:12]})"
    )
    return EXIT_OK


def cmd_framework_export(args: argparse.Namespace) -> int:
    from app.services import frameworks

    with open_store(args, read_only=True) as store:
        version_id = frameworks.resolve_version(store, args.id)
        frameworks.export_file(store, version_id, Path(args.file))
    print(f"Wrote {args.file}")
    return EXIT_OK


def cmd_framework_list(args: argparse.Namespace) -> int:
    from app.services import frameworks

    with open_store(args, read_only=True) as store:
        found = frameworks.list_frameworks(store)
    if args.json:
        print_json([asdict(f) for f in found])
    elif not found:
        hint("No frameworks yet. Import one with: peerview framework import FILE")
    else:
        for f in found:
            print(
                f"{f.version_id}  {f.name} {f.label}  {f.areas} areas, {f.strands} strands, "
                f"used by {f.reviews} review(s)  hash {f.content_hash[:12]}"
            )
    return EXIT_OK


def register(reg: Registrar) -> None:
    fw = reg.group("framework", "import, export and list review frameworks")
    fw.add("import", cmd_framework_import, "import a framework file").add_argument("file")
    ex = fw.add("export", cmd_framework_export, "write a framework version to a file")
    ex.add_argument("id", help="framework version id (or the start of it, or of its hash)")
    ex.add_argument("file")
    fw.add("list", cmd_framework_list, "list framework versions", reg.as_json)
