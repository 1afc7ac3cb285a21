"""``peerview bundle ...``, ``peerview sync ...`` and ``peerview review digest``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app import dates
from app.commands import EXIT_ERROR, EXIT_OK, Registrar, hint, open_store, print_json


def cmd_digest(args: argparse.Namespace) -> int:
    from app.services import reviews
    from app.sync.digest import review_digest

    with open_store(args, read_only=True) as store:
        review_id = reviews.resolve_review(store, args.id)
        digest = review_digest(store, review_id)
    if args.json:
        print_json({"review_id": review_id, "digest": digest})
    else:
        print(digest)
    return EXIT_OK


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from app.services import reviews
    from app.sync.exporter import export_bundle

    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.review)
        result = export_bundle(
            store, review_id, Path(args.out), to=args.to, full=args.full, encrypt=not args.plain
        )
    print(
        f"Wrote {result.path}: {result.entries} entries for {', '.join(result.recipients)}"
        + (
            " (safeguarding concerns included: every recipient is a safeguarding lead)"
            if result.safeguarding_included
            else ""
        )
    )
    return EXIT_OK


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from app.sync.importer import import_bundle

    with open_store(args) as store:
        report = import_bundle(store, Path(args.file))
    if args.json:
        print_json(report.__dict__)
        return EXIT_OK
    print(f"Imported bundle {report.bundle_id} from {report.sender_name}: {report.summary()}")
    for ref, reason in report.held_reasons[:10]:
        print(f"  held {ref}: {reason}")
    for ref, reason in report.refused[:10]:
        print(f"  refused {ref} (not vouched for): {reason}")
    for reason in report.denied_reasons[:10]:
        print(f"  refused by the rules: {reason}")
    if report.conflicts:
        hint("See the conflicts with: peerview sync conflicts")
    return EXIT_OK


def cmd_verify_bundle(args: argparse.Namespace) -> int:
    """``peerview verify FILE`` for a bundle (``peerview verify`` tells PDFs and bundles
    apart: app/commands/report.py)."""
    from app.sync.importer import verify_bundle_file

    with open_store(args, read_only=True, may_create=True) as store:
        result = verify_bundle_file(store, Path(args.file))
    if getattr(args, "json", False):
        print_json(result.__dict__)
    elif result.bundle_id:
        print(
            f"Bundle {result.bundle_id} (format {result.format_version}) from "
            f"{result.sender_name}, fingerprint {result.fingerprint}: signature intact, "
            f"{result.entries} entries, {result.withheld} withheld (as {result.stubs} runs); "
            f"{'trusted' if result.trusted else 'NOT trusted here'}"
        )
    for problem in result.problems:
        print(f"problem: {problem}")
    return EXIT_OK if result.ok else EXIT_ERROR


def cmd_sync_status(args: argparse.Namespace) -> int:
    from app.sync import conflicts, history, quarantine
    from app.sync.merge import STALE_AFTER_DAYS

    with open_store(args, read_only=True) as store:
        out, came, waiting = (
            history.sent(store, 10),
            history.received(store, 10),
            history.held(store),
        )
        kept = quarantine.list_quarantined(store)
        open_conflicts = conflicts.list_conflicts(store)
    for s in out:
        print(
            f"sent {dates.date_time(s.sent_at)}  {s.entries} entries to {len(s.recipients)} people  {s.file_name}"
        )
    for r in came:
        print(
            f"received {dates.date_time(r.imported_at)}  from {r.sender_name}: added {r.added}, updated "
            f"{r.updated}, deleted {r.deleted}, conflicts {r.conflicts}, held {r.held}, "
            f"skipped {r.skipped}"
        )
    stale = [h for h in waiting if h.stale]
    if stale:
        print(
            f"{len(stale)} held for over {STALE_AFTER_DAYS} days: what they wait for may never "
            "come. Ask whoever wrote them to send everything again (peerview bundle export --full); "
            "they are tried again whenever an import brings something new."
        )
    for h in waiting:
        since = f" (since {dates.date_short(h.held_at)})" if h.stale else ""
        print(f"held {h.ref}{since}: {h.reason}")
    print(f"{len(waiting)} held, {len(kept)} quarantined, {len(open_conflicts)} open conflicts")
    return EXIT_OK


def cmd_sync_quarantine(args: argparse.Namespace) -> int:
    from app.sync import quarantine

    with open_store(args, read_only=True) as store:
        kept = quarantine.list_quarantined(store)
    if not kept:
        print("No quarantined bundles.")
    for q in kept:
        print(
            f"{q.bundle_id}  from {q.signer_name}  fingerprint {q.fingerprint}  "
            f"received {dates.date_time(q.received_at)}  ({q.original_name})"
        )
    return EXIT_OK


def cmd_sync_folder(args: argparse.Namespace) -> int:
    from app.services import reviews
    from app.sync.folder import sync_folder

    with open_store(args) as store:
        review_id = reviews.resolve_review(store, args.review) if args.review else None
        result = sync_folder(store, Path(args.dir), review_id)
    for name in result.written:
        print(f"wrote {name}")
    for line in result.imported:
        print(f"imported {line}")
    for line in result.quarantined:
        print(f"quarantined {line} (check the fingerprint, trust the card, sync release)")
    for line in result.waiting:
        print(f"not ready yet: {line}")
    for line in result.skipped:
        print(f"skipped {line}")
    if not (
        result.written or result.imported or result.quarantined or result.waiting or result.skipped
    ):
        print("Nothing new in either direction.")
    return EXIT_OK


def cmd_sync_release(args: argparse.Namespace) -> int:
    from app.sync.importer import release_quarantined

    with open_store(args) as store:
        report = release_quarantined(store, args.id)
    print(f"Imported bundle {report.bundle_id} from {report.sender_name}: {report.summary()}")
    return EXIT_OK


def cmd_sync_conflicts(args: argparse.Namespace) -> int:
    from app.services import reviews
    from app.sync import conflicts

    with open_store(args, read_only=True) as store:
        review_id = reviews.resolve_review(store, args.review) if args.review else None
        found = conflicts.list_conflicts(store, review_id, include_resolved=args.all)
    if args.json:
        print_json(
            [
                {
                    "id": c.id,
                    "kind": c.kind,
                    "entity": c.entity,
                    "entity_id": c.entity_id,
                    "field": c.field,
                    "current": c.current,
                    "resolved": c.resolved,
                    "versions": [v.__dict__ for v in c.versions],
                }
                for c in found
            ]
        )
    elif not found:
        print("No open conflicts.")
    for c in found if not args.json else []:
        print(f"{c.id}  {c.describe()}" + ("  [resolved]" if c.resolved else ""))
        for v in c.versions:
            mark = "*" if v.value == c.current else " "
            print(
                f"  {mark} {v.ref}  by {v.author_key_id}  {json.dumps(v.value, ensure_ascii=False)}"
            )
    return EXIT_OK


def cmd_sync_resolve(args: argparse.Namespace) -> int:
    from app.sync import conflicts

    value = None if args.text is None else " ".join(args.text)
    with open_store(args) as store:
        conflicts.resolve_conflict(store, args.id, choose=args.choose, value=value)
    print("Resolved: the decision is a new entry and travels in the next bundle.")
    return EXIT_OK


def register(reg: Registrar) -> None:
    digest = reg.group("review").add(
        "digest",
        cmd_digest,
        "a short digest of a review's content, equal on replicas that agree",
        reg.as_json,
    )
    digest.add_argument("id", help="review id (or its first or last 8 characters)")

    bundle = reg.group("bundle", "export and import signed, encrypted sync bundles")
    ex = bundle.add("export", cmd_bundle_export, "write a bundle of a review")
    ex.add_argument("--review", required=True, metavar="ID")
    ex.add_argument("--out", required=True, metavar="FILE")
    ex.add_argument(
        "--to",
        action="append",
        metavar="FINGERPRINT",
        help="a trusted person's fingerprint (repeat); default: the review's trusted team",
    )
    ex.add_argument(
        "--full", action="store_true", help="everything, not only what is unacknowledged"
    )
    ex.add_argument("--plain", action="store_true", help="signed but not encrypted (for testing)")
    bundle.add("import", cmd_bundle_import, "import a bundle", reg.as_json).add_argument("file")

    sync = reg.group("sync", "sync conflicts, quarantined bundles and shared folders")
    sync.add("status", cmd_sync_status, "sent, received, held, quarantined")
    sync.add("quarantine", cmd_sync_quarantine, "bundles from untrusted signers")
    fo = sync.add("folder", cmd_sync_folder, "exchange bundles through a shared (synced) folder")
    fo.add_argument("dir", help="the shared folder (never the data folder)")
    fo.add_argument("--review", metavar="ID", help="only this review (default: all open reviews)")
    rl = sync.add("release", cmd_sync_release, "import a quarantined bundle")
    rl.add_argument("id", help="bundle id (or its start), once its signer is trusted")
    ls = sync.add("conflicts", cmd_sync_conflicts, "list conflicts", reg.as_json)
    ls.add_argument("--review", metavar="ID")
    ls.add_argument("--all", action="store_true", help="include resolved conflicts")
    rs = sync.add("resolve", cmd_sync_resolve, "decide a conflict")
    rs.add_argument("id", help="conflict id (or its start)")
    group = rs.add_mutually_exclusive_group(required=True)
    group.add_argument(
        "--choose", metavar="REF", help="keep this version (device:seq), or keep/delete"
    )
    group.add_argument("--text", nargs="+", help="write this value instead (both merged by hand)")
