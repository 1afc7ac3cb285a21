"""The partnership roster: signed by the lead, trusted members spread, revocations stick
(a lost laptop), and hostile roster files are refused with nothing written."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.cards import signing_bytes
from app.services.errors import PeerviewError
from app.services.identity import (
    PublicCard,
    export_card,
    find_trusted,
    trust_card_file,
    trusted_people,
    unlock,
)
from app.services.roster import export_roster, import_roster, read_roster, revoke
from app.services.store import Store
from tests.identity_helpers import (
    cheap_kdf,  # noqa: F401 (a fixture, see pytestmark)
    dump_database,
    exchange_cards,
    make_identity,
)

pytestmark = pytest.mark.usefixtures("cheap_kdf")


class Partnership:
    """Three installations: the lead's, Ana's (this test's ``store``) and Ben's."""

    def __init__(self, store: Store, lead: Store, ben: Store, folder: Path) -> None:
        self.ana, self.lead, self.ben, self.folder = store, lead, ben, folder
        self.lead_card = make_identity(lead, "Łucja Nowak", "Ysgol Bro Ŵyr", "partnership_lead")
        self.ana_card = make_identity(store, "Nguyễn Thị Hồng", "Eastfield", "lead_reviewer")
        self.ben_card = make_identity(ben, "اسد", "Al-Noor Academy", "reviewer")
        # The lead met both reviewers and checked their fingerprints.
        exchange_cards(lead, store)
        exchange_cards(lead, ben)

    def roster(self, name: str = "roster.json") -> Path:
        path = self.folder / name
        export_roster(self.lead, path)
        return path


@pytest.fixture
def partners(store: Store, tmp_path: Path) -> Iterator[Partnership]:
    with Store.open(tmp_path / "lead") as lead, Store.open(tmp_path / "ben") as ben:
        yield Partnership(store, lead, ben, tmp_path)


def test_a_roster_from_a_trusted_lead_spreads_trust(partners: Partnership) -> None:
    path = partners.roster()
    roster = read_roster(path)
    assert roster.signer == partners.lead_card
    assert {c.name for c in roster.members} == {"Łucja Nowak", "Nguyễn Thị Hồng", "اسد"}
    assert find_trusted(partners.ana, partners.ben_card.key_id) is None
    result = import_roster(partners.ana, roster)
    assert result.added == ["اسد"] and result.unchanged == 0  # the lead was already trusted
    ben = find_trusted(partners.ana, partners.ben_card.key_id)
    assert ben is not None and ben.source == "roster" and ben.card == partners.ben_card
    # Importing the same roster again changes nothing.
    again = import_roster(partners.ana, roster)
    assert again.added == [] and again.updated == [] and again.unchanged == 1


def test_an_unknown_signer_needs_a_checked_fingerprint(partners: Partnership) -> None:
    roster = read_roster(partners.roster())
    # Ben's installation trusts the lead already, so use a fresh one.
    with Store.open(partners.folder / "newcomer") as newcomer:
        make_identity(newcomer, "Carys")
        before = dump_database(partners.folder / "newcomer")
        with pytest.raises(PeerviewError, match="does not trust yet") as caught:
            import_roster(newcomer, roster)
        assert partners.lead_card.fingerprint in str(caught.value)
        assert dump_database(partners.folder / "newcomer") == before
        result = import_roster(newcomer, roster, signer_confirmed=True)
        assert sorted(result.added) == sorted(["Łucja Nowak", "Nguyễn Thị Hồng", "اسد"])
        lead = find_trusted(newcomer, partners.lead_card.key_id)
        assert lead is not None and lead.source == "roster"


def test_a_lost_laptop_key_is_revoked_everywhere_and_never_trusted_again(
    partners: Partnership,
) -> None:
    old_roster = partners.roster("old.json")
    import_roster(partners.ana, read_roster(old_roster))
    # Ben loses his laptop: the lead revokes his key and sends the roster round.
    revoke(partners.lead, partners.ben_card.fingerprint)
    new_roster = read_roster(partners.roster("new.json"))
    assert [c.name for c, _ in new_roster.revoked] == ["اسد"]
    assert "اسد" not in {c.name for c in new_roster.members}
    result = import_roster(partners.ana, new_roster)
    assert result.revoked == ["اسد"]
    ben = find_trusted(partners.ana, partners.ben_card.key_id)
    assert ben is not None and ben.revoked
    # Neither his card nor an older roster brings the key back.
    card = partners.folder / "ben-card.json"
    export_card(partners.ben, card)
    with pytest.raises(PeerviewError, match="revoked"):
        trust_card_file(partners.ana, card)
    replay = import_roster(partners.ana, read_roster(old_roster))
    assert replay.refused_revoked == ["اسد"]
    assert find_trusted(partners.ana, partners.ben_card.key_id).revoked  # type: ignore[union-attr]


def test_a_roster_signed_by_a_revoked_key_is_refused(partners: Partnership) -> None:
    roster = read_roster(partners.roster())
    # Ana revokes the lead's key locally (say the lead's laptop was lost).
    with pytest.raises(PeerviewError, match="own key"):
        revoke(partners.ana, partners.ana_card.key_id[:12])
    revoke(partners.ana, partners.lead_card.key_id[:12])
    with pytest.raises(PeerviewError, match="revoked"):
        import_roster(partners.ana, roster)


def test_only_the_partnership_lead_signs_a_roster(partners: Partnership) -> None:
    with pytest.raises(PeerviewError, match="Only the partnership lead"):
        export_roster(partners.ana, partners.folder / "x.json")
    assert not (partners.folder / "x.json").exists()
    # A reviewer who signs a roster by hand is still refused on import.
    path = partners.folder / "forged.json"
    _write_roster(path, partners.ana, partners.ana_card, [partners.ana_card])
    with pytest.raises(PeerviewError, match="not the partnership lead"):
        import_roster(partners.ben, read_roster(path), signer_confirmed=True)


def _write_roster(path: Path, store: Store, signer: PublicCard, members: list[PublicCard]) -> None:
    body = {
        "issued_at": "2026-11-23T10:00:00+00:00",
        "signer": signer.as_dict(),
        "members": [m.as_dict() for m in members],
        "revoked": [],
    }
    signature = unlock(store).ed25519_private.sign(signing_bytes("peerview-roster", 1, body))
    doc = {
        "format": "peerview-roster",
        "version": 1,
        "roster": body,
        "signature": base64.b64encode(signature).decode(),
    }
    path.write_text(json.dumps(doc), "utf-8")


@pytest.mark.parametrize(
    "damage, message",
    [
        ("truncate", "truncated or not JSON"),
        ("garble", "truncated or not JSON"),
        ("member renamed", "does not match its contents"),
        ("member added", "does not match its contents"),
        ("signature", "does not match its contents"),
        ("newer", "update Peerview"),
        ("version text", "no valid format version"),
        ("card", "is not a Peerview roster"),
        ("huge", "too large for a roster"),
        ("old version", "unknown format version 0"),
        ("deep nesting", "truncated or not JSON"),
    ],
)
def test_hostile_roster_files_are_refused_and_nothing_is_written(
    partners: Partnership, damage: str, message: str
) -> None:
    path = partners.roster()
    text = path.read_text("utf-8")
    doc = json.loads(text)
    if damage == "truncate":
        path.write_text(text[:-40], "utf-8")
    elif damage == "garble":
        path.write_bytes(path.read_bytes().replace(b"{", b"\x00", 3))
    elif damage == "member renamed":
        doc["roster"]["members"][0]["school"] = "Somewhere else"
    elif damage == "member added":
        doc["roster"]["members"].append(doc["roster"]["members"][0])
    elif damage == "signature":
        doc["signature"] = base64.b64encode(b"\x00" * 64).decode()
    elif damage == "newer":
        doc["version"] = 7
    elif damage == "version text":
        doc["version"] = "1"
    elif damage == "card":
        doc["format"] = "peerview-card"
    elif damage == "huge":
        path.write_text(text + " " * (4 * 1024 * 1024), "utf-8")
    elif damage == "deep nesting":
        path.write_text("[" * 200_000 + "]" * 200_000, "utf-8")
    elif damage == "old version":
        doc["version"] = 0
    if damage not in ("truncate", "garble", "huge", "deep nesting"):
        path.write_text(json.dumps(doc), "utf-8")
    before = dump_database(partners.folder / "data")
    with pytest.raises(PeerviewError, match=message):
        import_roster(partners.ana, read_roster(path))
    assert dump_database(partners.folder / "data") == before
    assert len(trusted_people(partners.ana)) == 2  # herself and the lead, as before
