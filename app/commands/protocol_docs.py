"""Commands for the documents attached to the partnership's protocol (decision 0041).

peerview partnership protocol attach FILE [--part data-sharing]   the lead only
peerview partnership protocol documents [--json]
peerview partnership protocol save DOC --out FILE [--force]
peerview partnership protocol detach DOC                          the lead only

DOC is a document's file name, or its id (the last eight characters, as ``documents``
lists, will do).
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands import EXIT_OK, Handler, open_store, print_json

if TYPE_CHECKING:
    from app.services.protocol_docs import Document


def _which(args: argparse.Namespace) -> str | None:
    return getattr(args, "partnership", None)


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def cmd_attach(args: argparse.Namespace) -> int:
    from app.services import protocol_docs

    with open_store(args) as store:
        doc_id, _ = protocol_docs.attach(store, _which(args), Path(args.file), part=args.part)
        doc = protocol_docs.find(store, doc_id, _which(args))
    print(f"Attached {doc.filename} ({size_text(doc.size)}) to the protocol: {doc.part_label}.")
    print(f"Its id ends {doc.id[-8:]}; it reaches the schools with the next bundles.")
    return EXIT_OK


def print_documents(docs: list[Document]) -> None:
    for d in docs:
        held = "" if d.held else "  (file not here yet)"
        print(
            f"  {d.id[-8:]}  {d.part_label}: {d.filename}, "
            f"{size_text(d.size)}, added {d.added_on}{held}"
        )


def cmd_documents(args: argparse.Namespace) -> int:
    from app.services import protocol_docs

    with open_store(args, read_only=True) as store:
        docs = protocol_docs.documents(store, _which(args))
    if args.json:
        print_json([{**asdict(d), "part_label": d.part_label} for d in docs])
        return EXIT_OK
    if not docs:
        print("No documents are attached to the protocol.")
        return EXIT_OK
    print(f"{len(docs)} document(s) attached to the protocol:")
    print_documents(docs)
    return EXIT_OK


def cmd_save(args: argparse.Namespace) -> int:
    from app.services import protocol_docs

    with open_store(args, read_only=True) as store:
        doc = protocol_docs.find(store, args.doc, _which(args))
        out = protocol_docs.save_copy(store, doc, Path(args.out), force=args.force)
    print(f"Saved a copy of {doc.filename} to {out}.")
    return EXIT_OK


def cmd_detach(args: argparse.Namespace) -> int:
    from app.services import protocol_docs

    with open_store(args) as store:
        doc = protocol_docs.find(store, args.doc, _which(args))
        protocol_docs.detach(store, doc.id, _which(args))
    print(f"Detached {doc.filename} from the protocol.")
    return EXIT_OK


def register(
    proto: argparse.ArgumentParser,
    common: argparse.ArgumentParser,
    which: argparse.ArgumentParser,
    as_json: argparse.ArgumentParser,
) -> None:
    """Sub-commands of ``partnership protocol``, which without one records the texts."""
    verbs = proto.add_subparsers(dest="document_action", metavar="ACTION")

    def add(
        name: str, handler: Handler, help_: str, *parents: argparse.ArgumentParser
    ) -> argparse.ArgumentParser:
        p = verbs.add_parser(name, parents=[common, which, *parents], help=help_)
        p.set_defaults(handler=handler)
        return p

    at = add("attach", cmd_attach, "attach a document to the protocol (the lead)")
    at.add_argument("file", metavar="FILE")
    at.add_argument(
        "--part",
        default="other",
        help="purpose, confidentiality, data-sharing or other (the default)",
    )
    add("documents", cmd_documents, "the documents attached to the protocol", as_json)
    sv = add("save", cmd_save, "save a copy of a document")
    sv.add_argument("doc", metavar="DOC", help="its id, or its file name")
    sv.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    sv.add_argument("--force", action="store_true", help="replace the file if it exists")
    dt = add("detach", cmd_detach, "remove a document from the protocol (the lead)")
    dt.add_argument("doc", metavar="DOC", help="its id, or its file name")
