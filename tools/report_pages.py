"""Render the demo report, signed by the lead reviewer and countersigned by the host
headteacher, to docs/screenshots/report-page-N.png:

    .venv/bin/python -m tools.report_pages

Look at every page after a change to the report's layout: nothing may overflow, clip or
print as boxes.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

# The test suite's throwaway signing keys and poppler lookup: one way to make them.
from tests.reports.helpers import make_key, ready_to_sign, tool

SHOTS = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def signed_demo_report(folder: Path) -> Path:
    from app.reports import report
    from app.services import datakey, demo
    from app.services.store import Store

    out = folder / "demo-signed.pdf"
    with Store.open(folder / "data", access=datakey.scratch_access()) as store:
        review = demo.create_demo(store)
        ready_to_sign(store, review)
        key, cert = make_key("Siân Pritchard", "Fen Reeve Primary Academy", "lead_reviewer")
        report.make_report(store, review, out, evidence_appendix=True, key=key, cert=cert)
    host_key, host_cert = make_key("Helen Marsh", "Eastfield Drove Primary School", "headteacher")
    report.countersign(out, host_key, host_cert)
    return out


def main() -> int:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in SHOTS.glob("report-page-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = signed_demo_report(Path(tmp))
        subprocess.run(
            [tool("pdftoppm"), "-r", "60", "-png", str(pdf), str(Path(tmp) / "page")], check=True
        )
        pages = sorted(Path(tmp).glob("page-*.png"))
        for page in pages:
            number = int(page.stem.split("-")[-1])
            page.replace(SHOTS / f"report-page-{number}.png")
    print(f"Wrote {len(pages)} pages to {SHOTS}/report-page-N.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
