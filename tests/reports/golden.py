"""The demo report's text structure, compared with tests/reports/golden/demo-report.txt.

Regenerate the reference after an intended change to the report's content or layout:

    .venv/bin/python -m tests.reports.golden

then read the diff (git diff tests/reports/golden) before committing it.
"""

from __future__ import annotations

import io
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils.reader import PdfFileReader

from tests.reports.helpers import pdftotext, readable

REFERENCE = Path(__file__).parent / "golden" / "demo-report.txt"


def outline(pdf: bytes) -> list[str]:
    """The PDF's bookmarks, indented by level."""
    root = PdfFileReader(io.BytesIO(pdf)).root
    out: list[str] = []

    def walk(item: Any, level: int) -> None:
        while item is not None:
            node = item.get_object() if hasattr(item, "get_object") else item
            out.append("  " * level + str(node["/Title"]))
            if "/First" in node:
                walk(node["/First"], level + 1)
            item = node.get("/Next")

    if "/Outlines" in root and "/First" in root["/Outlines"]:
        walk(root["/Outlines"]["/First"], 0)
    return out


# A draft is dated the day it is built: the reference names no day.
_DRAFT_DATE = re.compile(r"\b([Dd]raft \d+), \d{1,2} [A-Z][a-z]+ \d{4}")


def structure(path: Path) -> str:
    """Bookmarks, then each page's text lines (folded as a reader compares them), the
    draft's date replaced by a mark."""
    pdf = path.read_bytes()
    lines = ["# outline", *outline(pdf)]
    pages = readable(pdftotext(path, "-layout")).split("\f")
    for n, page in enumerate(pages[:-1] if pages and not pages[-1].strip() else pages, 1):
        lines.append(f"# page {n}")
        lines += [" ".join(line.split()) for line in page.splitlines() if line.strip()]
    return _DRAFT_DATE.sub(r"\1, <the day it was built>", "\n".join(lines) + "\n")


def demo_report(folder: Path) -> Path:
    """The demo review's report, with its whole evidence appendix (the flagged notes too:
    this is about what prints and how), built in ``folder``."""
    from app.reports import report
    from app.services import datakey, demo
    from app.services.store import Store

    # A throwaway folder: a throwaway passphrase, nothing in the person's keyring.
    with Store.open(folder / "data", access=datakey.scratch_access()) as store:
        review = demo.create_demo(store)
        report.make_report(
            store, review, folder / "demo.pdf", evidence_appendix=True, include_flagged=True
        )
    return folder / "demo.pdf"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        text = structure(demo_report(Path(tmp)))
    REFERENCE.parent.mkdir(parents=True, exist_ok=True)
    REFERENCE.write_text(text, encoding="utf-8")
    print(f"Wrote {REFERENCE} ({len(text.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
