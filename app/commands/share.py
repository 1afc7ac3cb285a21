"""Host-approved sharing on the command line (decision 0043).

peerview share --review ID --preview                        what would be shared, in words
peerview share --review ID --out FILE [--whole-report PDF] [--named]      the host's head
peerview share --review ID --withdraw --out FILE                          the host's head
peerview partnership import FILE                            on the partnership lead's laptop
peerview partnership shared [--json]                        what the schools have shared

Nothing is shared until the host's head runs ``share --out``; the file is a signed,
encrypted bundle for the partnership lead alone.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from app.commands import EXIT_ERROR, EXIT_OK, Registrar, open_store, print_json
from app.services.errors import PeerviewError


def cmd_share(args: argparse.Namespace) -> int:
    from app.services import reviews, share_summary, sharing
    from app.sync.share_bundle import export_share, lead_for

    chosen = [name for name in ("preview", "withdraw") if getattr(args, name)]
    if len(chosen) > 1:
        raise PeerviewError("Choose one: --preview, or --withdraw.")
    if not args.preview and not args.out:
        raise PeerviewError(
            "Say where to write the bundle for the partnership lead.",
            hint_cli="--out FILE (or --preview to read what would be shared)",
        )
    if args.withdraw and (args.whole_report or args.named):
        raise PeerviewError("A withdrawal shares nothing: leave out --whole-report and --named.")
    report = Path(args.whole_report) if args.whole_report else None
    with open_store(args, read_only=args.preview) as store:
        review_id = reviews.resolve_review(store, args.review)
        if args.preview:
            summary, _ = sharing.make(store, review_id, named=args.named, report=report)
            for line in share_summary.preview(summary):
                print(line)
            print()
            print("Nothing was shared. To send it: peerview share --review ID --out FILE")
            return EXIT_OK
        lead_for(store, review_id)  # refused before anything is written
        if args.withdraw:
            sharing.withdraw(store, review_id)
            result = export_share(store, review_id, Path(args.out))
            print(
                "Withdrew the summary: this laptop keeps no text of it. Send "
                f"{result.path} to {', '.join(result.recipients)}; their Peerview erases "
                "it when they import the file."
            )
            return EXIT_OK
        summary = sharing.share(store, review_id, named=args.named, report=report)
        result = export_share(store, review_id, Path(args.out))
    what = "the summary and the whole signed report" if report else "the summary"
    print(
        f"Shared {what} of {summary.school_name}'s review. Send {result.path} to "
        f"{', '.join(result.recipients)} (the partnership lead); it is signed and "
        "encrypted for them."
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from app.sync.share_bundle import import_share

    with open_store(args) as store:
        done = import_share(store, Path(args.file))
    if done.refused:
        print(f"Imported {Path(args.file).name}, but the partnership's rules refused it:")
        for reason in done.refused[:10]:
            print(f"  {reason}")
        print("Nothing it said was kept. Ask the host school's head to share it again.")
        return EXIT_ERROR
    school = done.school or "the host school"
    if done.shared:
        print(f"{school} shared the summary of its review; it counts in the themes now.")
    elif done.withdrawn:
        print(f"{school} withdrew the summary of its review; this laptop keeps no text of it.")
    else:
        print(f"Imported {Path(args.file).name}: nothing new.")
    return EXIT_OK


def cmd_shared(args: argparse.Namespace) -> int:
    from app.services import partnership, sharing

    with open_store(args, read_only=True) as store, store.read() as conn:
        group, name = partnership.resolve(conn, getattr(args, "partnership", None))
        live = sharing.live_summaries(conn, group)
        unreadable = sharing.unreadable_summaries(conn, group)
    if args.json:
        print_json(
            {
                "partnership": name,
                "summaries": [asdict(s) for s in live],
                "unreadable": [asdict(u) for u in unreadable],
            }
        )
        return EXIT_OK
    if not live and not unreadable:
        print(f"No school has shared a review's summary with {name} yet.")
    for s in live:
        found = len(s.findings)
        print(
            f"  {s.school_name}: review of {s.first_day}"
            + (f" ({s.round_name})" if s.round_name else "")
            + f", {found} finding{'s' if found != 1 else ''}, {len(s.actions)} action(s)"
            + ("; named" if s.named else "")
        )
    for u in unreadable:
        print(f"  Left out, shared on {u.shared_on or 'an unknown day'}: {u.problem}")
    return EXIT_OK


def register(reg: Registrar) -> None:
    sh = reg.add("share", cmd_share, "share a signed review's summary with the partnership lead")
    sh.add_argument("--review", required=True, metavar="ID")
    sh.add_argument("--out", metavar="FILE", help="the bundle for the partnership lead")
    sh.add_argument("--preview", action="store_true", help="print what would be shared")
    sh.add_argument(
        "--whole-report",
        dest="whole_report",
        metavar="PDF",
        help="send the signed report too (the PDF the review was signed with)",
    )
    sh.add_argument(
        "--named", action="store_true", help="the partnership may name the school in its figures"
    )
    sh.add_argument("--withdraw", action="store_true", help="withdraw what was shared")
    pg = reg.group("partnership")
    pg.add("import", cmd_import, "import a school's shared summary (the lead)").add_argument("file")
    which = argparse.ArgumentParser(add_help=False)
    which.add_argument("--partnership", metavar="NAME", help="when this laptop holds several")
    pg.add("shared", cmd_shared, "the summaries the schools have shared", which, reg.as_json)
