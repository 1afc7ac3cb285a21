"""What the partnership learns across its schools (decision 0045).

peerview partnership themes [--round R] [--json] [--strand-map FILE]
peerview partnership report --out FILE.pdf [--year 2026-27] [--strand-map FILE] [--sign]

Both read only the summaries host schools shared; a figure with fewer than three schools
behind it that did not agree to be named prints as "fewer than 3".
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands import EXIT_OK, Registrar, hint, open_store, print_json


def _map(args: argparse.Namespace) -> object:
    from app.services import strand_map

    return strand_map.load(Path(args.strand_map)) if args.strand_map else strand_map.NO_MAP


def cmd_themes(args: argparse.Namespace) -> int:
    from app.services import themes, themes_read

    mapping = _map(args)  # refused before the data folder is opened
    with open_store(args, read_only=True) as store:
        found = themes_read.read(
            store,
            getattr(args, "partnership", None),
            strand_map=mapping,  # type: ignore[arg-type]
            round_name=args.round,
        )
    t = found.themes
    if args.json:
        print_json({"partnership": found.name, **themes.as_json(t)})
        return EXIT_OK
    if not t.reviews:
        print(f"{found.name}: no school has shared a summary yet.")
        hint("Host schools share one after sign-off; the themes read only what they share.")
        return EXIT_OK
    print(
        f"{found.name}: {t.schools} schools, {t.reviews} reviews shared, "
        f"{len(t.rounds)} round(s): {', '.join(r.name for r in t.rounds)}"
    )
    print(f'Figures with fewer than 3 unnamed schools behind them show as "{themes.FEWER}".')
    for s in t.strands:
        print(f"\n{s.label}  ({s.framework})")
        for kind in themes.KINDS:
            rounds = "  ".join(
                f"{r.name}: {f.text}" for r, f in zip(t.rounds, s.by_round[kind], strict=True)
            )
            print(f"  {themes.KIND_LABELS[kind]:<22} {rounds}  overall: {s.overall[kind].text}")
    if t.heat.schools:
        print(f"\nSchools that agreed to be named: {', '.join(t.heat.schools)}")
    if t.heat.unnamed_schools:
        print(f"Schools counted but not named: {t.heat.unnamed_schools}")
    for p in t.priorities:
        linked = (
            "; ".join(f"{t.strand(k).label} (by {', '.join(w)})" for k, w in p.strands)
            or "no strand shares a word with it"
        )
        print(f"\nPriority {p.year}: {p.text}\n  strands: {linked}")
        acts = ", ".join(
            f"{themes.PROGRESS_LABELS[k].lower()} {f.text}"
            for k, f in p.actions.items()
            if f.value != 0
        )
        print(f"  actions: {acts or 'none'}")
    for entry in t.unmapped:
        print(f"warning: the strand map's entry {entry} matches no shared summary", file=sys.stderr)
    if found.unreadable:
        print(
            f"warning: {found.unreadable} shared summaries could not be read and are left out",
            file=sys.stderr,
        )
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from app.commands.report import _unlock
    from app.reports import annual, annual_content
    from app.services.errors import PeerviewError

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise PeerviewError(f"The annual report is a PDF; give a file name ending in .pdf: {out}")
    if args.year:
        annual_content.check_year(args.year)
    mapping = _map(args)
    with open_store(args, read_only=True) as store:
        data = annual_content.gather(
            store,
            getattr(args, "partnership", None),
            year=args.year,
            strand_map=mapping,  # type: ignore[arg-type]
        )
        key = cert = None
        if args.sign:
            if not data.lead_here:
                raise PeerviewError(
                    "Only the partnership lead signs the annual report, on the laptop that "
                    "keeps the partnership record. Leave out --sign for an unsigned copy."
                )
            me = _unlock(store)
            key, cert = me.signing_key, me.certificate
        result = annual.make(data, out, key=key, cert=cert)
    verb = "Wrote and signed" if result.signed else "Wrote"
    print(f"{verb} the annual partnership report {data.year}: {out} ({result.pages} pages)")
    if result.signed:
        hint(f"Anyone can check it with: peerview verify {out.name}")
    return EXIT_OK


def register(reg: Registrar) -> None:
    which = argparse.ArgumentParser(add_help=False)
    which.add_argument("--partnership", metavar="NAME", help="when this laptop holds several")
    mapping = argparse.ArgumentParser(add_help=False)
    mapping.add_argument(
        "--strand-map",
        dest="strand_map",
        metavar="FILE",
        help="a JSON file matching an old framework version's strands to new codes: "
        '{"strands": [{"framework_hash": H, "code": "2.2", "new_code": "2.4"}]}',
    )
    pg = reg.group("partnership")
    th = pg.add(
        "themes",
        cmd_themes,
        "strands found across the schools' shared summaries, anonymised",
        which,
        mapping,
        reg.as_json,
    )
    th.add_argument("--round", metavar="ROUND", help="one round, by its name")
    rp = pg.add(
        "report",
        cmd_report,
        "the annual partnership report (PDF), signed by the partnership lead with --sign",
        which,
        mapping,
    )
    rp.add_argument("--out", required=True, metavar="FILE.pdf")
    rp.add_argument("--year", metavar="YYYY-YY", help="the academic year (default: the latest)")
    rp.add_argument("--sign", action="store_true", help="sign it as the partnership lead")
