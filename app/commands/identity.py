"""``peerview identity``, ``peerview trust`` and ``peerview roster``: who I am, whom I trust.

Passphrases come from the OS keyring, then PEERVIEW_PASSPHRASE, then a terminal prompt
(never an option: it would end up in shell history and process lists).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands import EXIT_OK, Registrar, hint, open_store, print_json
from app.models.org import PERSON_ROLES
from app.services.errors import PeerviewError

if TYPE_CHECKING:
    from app.services.cards import PublicCard
    from app.services.identity import TrustedPerson


def _describe(card: PublicCard) -> str:
    school = f", {card.school}" if card.school else ""
    return f"{card.name}{school} ({card.role.replace('_', ' ')})"


def _person_json(person: TrustedPerson) -> dict[str, object]:
    return {
        **person.card.as_dict(),
        "source": person.source,
        "trusted_at": person.trusted_at,
        "revoked": person.revoked,
    }


def _confirm_fingerprint(card: PublicCard, args: argparse.Namespace, what: str) -> None:
    """A person must have checked the fingerprint: --fingerprint matching it, --yes from a
    script that checked it some other way, or a yes typed at the terminal."""
    from app.services.cards import same_fingerprint

    print(f"{what}: {_describe(card)}\nFingerprint: {card.fingerprint}")
    if args.fingerprint is not None:
        if not same_fingerprint(args.fingerprint, card.key_id):
            raise PeerviewError(
                f"The fingerprint given ({args.fingerprint}) is not the one in the file "
                f"({card.fingerprint}): this file is not from the person you checked with. "
                "Nothing was changed; get the file from them again."
            )
        return
    if args.yes:
        return
    if sys.stdin and sys.stdin.isatty():
        answer = input(
            f"Does {card.name} read you exactly this fingerprint (in person or by phone)? [y/N] "
        )
        if answer.strip().lower() in ("y", "yes"):
            return
        raise PeerviewError("Not confirmed, so nothing was changed.")
    raise PeerviewError(
        f"Check the fingerprint with {card.name} first (in person or by phone), then run "
        f"again with --fingerprint '{card.fingerprint}' (or --yes). Nothing was changed."
    )


def cmd_identity_create(args: argparse.Namespace) -> int:
    from app.services import identity, passphrase

    # A new data folder's passphrase is the identity's too: not the name or school.
    with open_store(args, hints=(args.name, args.school)) as store:
        card = identity.create_identity(
            store, args.name, args.school, args.role, ask=passphrase.terminal_ask
        )
        kept = passphrase.from_keyring(card.key_id) is not None
    print(f"Created the identity of {_describe(card)}")
    print(f"Fingerprint: {card.fingerprint}")
    print(
        "The passphrase is kept in the system keyring."
        if kept
        else "No system keyring here: Peerview will ask for the passphrase when it needs "
        f"your keys (or set {passphrase.ENV_PASSPHRASE})."
    )
    hint("Give others your card: peerview identity export FILE")
    return EXIT_OK


def cmd_identity_export(args: argparse.Namespace) -> int:
    from app.services import identity, passphrase

    with open_store(args, read_only=True) as store:
        card = identity.export_card(store, Path(args.file), ask=passphrase.terminal_ask)
    print(f"Wrote the card of {_describe(card)} to {args.file}")
    print(f"Fingerprint: {card.fingerprint}  (read it to whoever trusts this card)")
    return EXIT_OK


def cmd_identity_trusted(args: argparse.Namespace) -> int:
    from app.services import identity

    with open_store(args, read_only=True) as store:
        people = identity.trusted_people(store)
    if args.json:
        print_json([_person_json(p) for p in people])
    elif not people:
        hint("Nobody yet. Trust a person with: peerview trust CARD-FILE")
    for p in people if not args.json else []:
        state = "REVOKED" if p.revoked else p.source
        print(f"{p.card.fingerprint}  {_describe(p.card)}  [{state}]")
    return EXIT_OK


def cmd_identity_show(args: argparse.Namespace) -> int:
    from app.services import identity

    with open_store(args, read_only=True) as store:
        own = identity.get_identity(store)
    if own is None:
        raise PeerviewError(
            "This installation has no identity yet; create one with "
            "`peerview identity create --name NAME`."
        )
    if args.json:
        print_json(own.as_dict())
    else:
        print(f"{_describe(own)}\nFingerprint: {own.fingerprint}\nKey id: {own.key_id}")
    return EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    from app.services import cards, identity

    card = cards.load_card(Path(args.file))
    _confirm_fingerprint(card, args, "Card")
    with open_store(args) as store:
        person = identity.trust_card(store, card)
    if person.source == "self":
        print("That is this installation's own card; nothing to do.")
    else:
        print(f"Trusted {_describe(person.card)}.")
    return EXIT_OK


def cmd_roster_export(args: argparse.Namespace) -> int:
    from app.services import passphrase, roster

    with open_store(args, read_only=True) as store:
        made = roster.export_roster(store, Path(args.file), ask=passphrase.terminal_ask)
    print(
        f"Wrote the roster to {args.file}: {len(made.members)} member(s), "
        f"{len(made.revoked)} revoked key(s), signed by {made.signer.name}."
    )
    return EXIT_OK


def cmd_roster_revoke(args: argparse.Namespace) -> int:
    from app.services import roster

    with open_store(args) as store:
        person = roster.resolve_person(store, args.key)
        if not args.yes:
            raise PeerviewError(
                f"Revoking {_describe(person.card)} cannot be undone: their key is never "
                "trusted again. Run again with --yes to revoke it."
            )
        roster.revoke(store, args.key)
    print(
        f"Revoked the key of {_describe(person.card)}. Export the roster and send it "
        "round so every partner stops trusting it."
    )
    return EXIT_OK


def cmd_roster_import(args: argparse.Namespace) -> int:
    from app.services import roster

    read = roster.read_roster(Path(args.file))
    with open_store(args) as store:
        trusted = roster.signer_is_trusted(store, read)
        if not trusted:
            _confirm_fingerprint(read.signer, args, "Roster signed by")
        result = roster.import_roster(store, read, signer_confirmed=not trusted)
    print(
        f"Imported the roster signed by {result.signer.name}: {len(result.added)} added, "
        f"{len(result.updated)} updated, {result.unchanged} unchanged, "
        f"{len(result.revoked)} newly revoked."
    )
    for name in result.refused_revoked:
        print(f"  not trusted: {name} (their key is revoked)")
    if result.own_key_revoked:
        print(
            "  This installation's own key is revoked in the roster: partners will refuse its "
            "bundles and signatures. Use a new installation with a new identity."
        )
    return EXIT_OK


def register(reg: Registrar) -> None:
    confirm = argparse.ArgumentParser(add_help=False)
    confirm.add_argument(
        "--fingerprint", metavar="DIGITS", help="the fingerprint the person read you"
    )
    confirm.add_argument(
        "--yes", action="store_true", help="the fingerprint was checked some other way"
    )

    ident = reg.group("identity", "create, show or export your identity")
    create = ident.add("create", cmd_identity_create, "make your identity")
    create.add_argument("--name", required=True, help="your name as others know it")
    create.add_argument("--school", default="", help="your school")
    create.add_argument(
        "--role",
        default="reviewer",
        choices=PERSON_ROLES,
        metavar="ROLE",
        help=f"one of: {', '.join(PERSON_ROLES)}",
    )
    ident.add("show", cmd_identity_show, "your name, role and fingerprint", reg.as_json)
    ident.add("export", cmd_identity_export, "write your public card").add_argument("file")
    ident.add("trusted", cmd_identity_trusted, "list the people you trust", reg.as_json)

    trust = reg.add(
        "trust", cmd_trust, "trust the person on a card (after checking the fingerprint)", confirm
    )
    trust.add_argument("file", help="their card file (from peerview identity export)")

    ros = reg.group("roster", "export, import or revoke keys in the partnership roster")
    ros.add(
        "export", cmd_roster_export, "sign and write the roster (partnership lead)"
    ).add_argument("file")
    ros.add(
        "import", cmd_roster_import, "trust the members of a signed roster", confirm
    ).add_argument("file")
    revoke = ros.add(
        "revoke", cmd_roster_revoke, "revoke a key (a lost laptop); never trusted again"
    )
    revoke.add_argument("key", help="key id (8+ characters) or fingerprint")
    revoke.add_argument("--yes", action="store_true", help="yes, revoke it")
