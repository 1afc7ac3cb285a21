"""The identity: three key pairs made together, sealed with a passphrase that comes from
the keyring, the environment or a person; a wrong passphrase opens nothing and writes
nothing; names in every script reach the certificate."""

from __future__ import annotations

import base64
import hashlib
import json
import unicodedata
from pathlib import Path

import keyring
import pyrage
import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.x509.oid import NameOID
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, NoKeyringError
from sqlalchemy import text

from app.services import sealing
from app.services.errors import PeerviewError
from app.services.identity import (
    create_identity,
    find_trusted,
    get_identity,
    readable_fingerprint,
    trusted_people,
    unlock,
)
from app.services.store import Store
from tests.identity_helpers import (
    cheap_kdf,  # noqa: F401 (a fixture, see pytestmark)
    dump_database,
    make_identity,
)

UNICODE_NAMES = ["Siân Ŵyn Prŷs", "Jan Łukasiewicz", "Nguyễn Thị Hồng", "اسد", "عائشہ"]

pytestmark = pytest.mark.usefixtures("cheap_kdf")


class NoKeyring(KeyringBackend):
    """A machine with no keyring at all (a headless Linux)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("No recommended backend was available.")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("No recommended backend was available.")

    def delete_password(self, service: str, username: str) -> None:
        raise NoKeyringError("No recommended backend was available.")


class LockedKeyring(NoKeyring):
    """A Secret Service that is there but refuses (locked, D-Bus trouble)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("Failed to unlock the collection!")


@pytest.fixture
def no_keyring() -> None:
    # The autouse fixture in tests/conftest.py puts the previous backend back afterwards.
    keyring.set_keyring(NoKeyring())


def test_create_makes_three_key_pairs_that_work_together(store: Store) -> None:
    card = make_identity(store, "Ana Reviewer", school="Eastfield Primary", role="lead_reviewer")
    assert card.key_id == hashlib.sha256(card.ed25519_public).hexdigest()
    assert len(card.key_id) == 64 and card.x25519_recipient.startswith("age1")
    assert get_identity(store) == card

    keys = unlock(store)
    assert keys.card == card
    # Ed25519: signs what the card's public key verifies.
    Ed25519PublicKey.from_public_bytes(card.ed25519_public).verify(
        keys.ed25519_private.sign(b"bundle manifest"), b"bundle manifest"
    )
    # age: a bundle encrypted to the card's recipient opens with the identity.
    sealed = pyrage.encrypt(b"notes", [pyrage.x25519.Recipient.from_str(card.x25519_recipient)])
    assert pyrage.decrypt(sealed, [pyrage.x25519.Identity.from_str(keys.age_identity)]) == b"notes"
    # P-256: the certificate carries the signing key and is self-signed.
    cert_key = keys.certificate.public_key()
    assert isinstance(cert_key, ec.EllipticCurvePublicKey) and cert_key.curve.name == "secp256r1"
    cert_key.verify(
        keys.signing_key.sign(b"pdf digest", ec.ECDSA(hashes.SHA256())),
        b"pdf digest",
        ec.ECDSA(hashes.SHA256()),
    )
    keys.certificate.verify_directly_issued_by(keys.certificate)


def test_author_key_id_becomes_the_identity_on_create_and_on_reopen(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        assert store.author_key_id.startswith("device:")
        card = make_identity(store, "Ana")
        assert store.author_key_id == card.key_id
        with store.write() as tx:
            changes = tx.create("partnership", {"name": "North Cluster"})
        assert changes  # a record id
        with store.read() as conn:
            author = conn.execute(
                text("SELECT author_key_id FROM change_log ORDER BY seq DESC LIMIT 1")
            ).scalar()
        assert author == card.key_id
    with Store.open(data_dir) as reopened:
        assert reopened.author_key_id == card.key_id
        # The key id is stable: the same after reopening and unlocking.
        assert get_identity(reopened) == card
        assert unlock(reopened).card.key_id == card.key_id


def test_fingerprint_is_six_groups_of_five_digits_made_from_the_key_id() -> None:
    assert readable_fingerprint("00" * 32) == "00000 00000 00000 00000 00000 00000"
    # 5 bytes 0xff.. = 1099511627775, modulo 100000 = 27775
    assert readable_fingerprint("ff" * 32) == "27775 27775 27775 27775 27775 27775"
    key_id = hashlib.sha256(b"x").hexdigest()
    assert readable_fingerprint(key_id) == readable_fingerprint(key_id)
    assert readable_fingerprint(key_id) != readable_fingerprint(hashlib.sha256(b"y").hexdigest())
    with pytest.raises(ValueError):
        readable_fingerprint("not hex")


@pytest.mark.parametrize("name", UNICODE_NAMES)
def test_names_in_every_script_reach_the_certificate(store: Store, name: str) -> None:
    school = "Ysgol Gymraeg Bro Ŵyr" if name.startswith("Siân") else "Szkoła Podstawowa nr 3 Łódź"
    # Typed in decomposed form (as some keyboards do), stored composed.
    card = make_identity(store, unicodedata.normalize("NFD", name), school=school, role="dsl")
    assert card.name == name and card.school == school
    cert = unlock(store).certificate
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == name
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == school
    assert cert.subject.get_attributes_for_oid(NameOID.TITLE)[0].value == "dsl"
    assert cert.issuer == cert.subject


def test_the_passphrase_goes_to_the_keyring_so_unlock_needs_no_asking(store: Store) -> None:
    make_identity(store, "Ana", passphrase="a long passphrase")

    def never(prompt: str) -> str | None:
        raise AssertionError("asked although the keyring holds the passphrase")

    assert unlock(store, ask=never).card.name == "Ana"


@pytest.mark.parametrize("backend", [NoKeyring, LockedKeyring])
def test_without_a_keyring_the_passphrase_comes_from_the_environment(
    store: Store, monkeypatch: pytest.MonkeyPatch, backend: type[KeyringBackend]
) -> None:
    keyring.set_keyring(backend())
    make_identity(store, "Ana", passphrase="correct horse")
    with pytest.raises(PeerviewError, match="PEERVIEW_PASSPHRASE"):
        unlock(store)
    monkeypatch.setenv("PEERVIEW_PASSPHRASE", "correct horse")
    assert unlock(store).card.name == "Ana"


def test_without_a_keyring_the_ask_callable_is_asked(store: Store, no_keyring: None) -> None:
    make_identity(store, "Ana", passphrase="correct horse")
    prompts: list[str] = []
    answers = iter(["wrong guess", "correct horse"])

    def ask(prompt: str) -> str | None:
        prompts.append(prompt)
        return next(answers)

    assert unlock(store, ask=ask).card.name == "Ana"
    assert "Ana" in prompts[0] and "wrong" in prompts[1]


def test_create_without_a_keyring_asks_twice_and_refuses_a_mismatch(
    store: Store, no_keyring: None, data_dir: Path
) -> None:
    before = dump_database(data_dir)
    answers = iter(["correct horse", "correct hose"])
    with pytest.raises(PeerviewError, match="differ"):
        create_identity(store, "Ana", ask=lambda _prompt: next(answers))
    assert dump_database(data_dir) == before and get_identity(store) is None
    answers = iter(["correct horse", "correct horse"])
    card = create_identity(store, "Ana", ask=lambda _prompt: next(answers))
    assert unlock(store, ask=lambda _prompt: "correct horse").card == card


def test_a_wrong_passphrase_is_refused_and_writes_nothing(
    store: Store, data_dir: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_identity(store, "Ana", passphrase="correct horse")
    before = dump_database(data_dir)
    monkeypatch.setenv("PEERVIEW_PASSPHRASE", "battery staple")
    with pytest.raises(PeerviewError, match="wrong") as caught:
        unlock(store)
    assert "passphrase chosen when the identity was created" in str(caught.value)
    monkeypatch.delenv("PEERVIEW_PASSPHRASE")
    asked: list[str] = []
    with pytest.raises(PeerviewError, match="Wrong passphrase 3 times"):
        unlock(store, ask=lambda prompt: asked.append(prompt) or "battery staple")
    assert len(asked) == 3
    with pytest.raises(PeerviewError, match="No passphrase was given"):
        unlock(store, ask=lambda _prompt: None)
    assert dump_database(data_dir) == before


def test_a_stale_keyring_passphrase_falls_back_to_asking(store: Store) -> None:
    card = make_identity(store, "Ana", passphrase="correct horse")
    keyring.set_password("Peerview", f"identity:{card.key_id}", "an old passphrase")
    assert unlock(store, ask=lambda _prompt: "correct horse").card == card
    # The right one replaces the stale one.
    assert keyring.get_password("Peerview", f"identity:{card.key_id}") == "correct horse"


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"name": "  "}, "name is empty"),
        ({"name": "A" * 65}, "shorten it to 64"),
        ({"name": "Ana\x00"}, "control characters"),
        ({"name": "Ana", "role": "inspector"}, "Unknown role 'inspector'"),
        ({"name": "Ana", "passphrase": "short"}, "too short"),
    ],
)
def test_bad_identity_details_are_refused_and_nothing_is_written(
    store: Store, data_dir: Path, kwargs: dict[str, str], message: str
) -> None:
    before = dump_database(data_dir)
    with pytest.raises(PeerviewError, match=message):
        create_identity(store, **{"passphrase": "correct horse", **kwargs})
    assert dump_database(data_dir) == before and get_identity(store) is None


def test_one_installation_holds_one_identity(store: Store, data_dir: Path) -> None:
    card = make_identity(store, "Ana")
    before = dump_database(data_dir)
    with pytest.raises(PeerviewError, match="already has an identity") as caught:
        make_identity(store, "Ben")
    assert card.fingerprint in str(caught.value)
    assert dump_database(data_dir) == before


def test_damaged_sealed_keys_are_reported_not_opened(store: Store) -> None:
    card = make_identity(store, "Ana")
    with store.read() as conn:
        blob = json.loads(
            conn.execute(text("SELECT private_keys_encrypted FROM identity")).scalar()
        )
    ciphertext = bytearray(base64.b64decode(blob["ciphertext"]))
    ciphertext[5] ^= 1
    blob["ciphertext"] = base64.b64encode(bytes(ciphertext)).decode()
    with store.engine.begin() as conn:
        conn.execute(
            text("UPDATE identity SET private_keys_encrypted = :b"),
            {"b": json.dumps(blob).encode()},
        )
    # An altered ciphertext fails authentication exactly like a wrong passphrase.
    with pytest.raises(PeerviewError, match="Wrong passphrase"):
        unlock(store, ask=lambda _prompt: "correct horse")
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE identity SET private_keys_encrypted = :b"), {"b": b"garbage"})
    with pytest.raises(PeerviewError, match="damaged"):
        unlock(store)
    assert get_identity(store) == card


def test_the_sealed_blob_records_its_kdf_so_the_cost_can_change(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sealing, "SCRYPT_N", 2**14)
    blob = sealing.seal(b"secret", "correct horse", b"key-id")
    monkeypatch.undo()
    assert json.loads(blob)["kdf"] == {
        "name": "scrypt",
        "n": 2**14,
        "r": 8,
        "p": 1,
        "salt": json.loads(blob)["kdf"]["salt"],
    }
    # Today's Peerview (a higher cost) still opens it.
    assert sealing.SCRYPT_N == 2**17
    assert sealing.unseal(blob, "correct horse", b"key-id") == b"secret"
    # Bound to its identity: the same blob under another key id does not open.
    with pytest.raises(sealing.WrongPassphrase):
        sealing.unseal(blob, "correct horse", b"other-key-id")
    hostile = json.loads(blob)
    hostile["kdf"]["n"] = 2**30
    with pytest.raises(sealing.DamagedBlob, match="out of range"):
        sealing.unseal(json.dumps(hostile).encode(), "correct horse", b"key-id")


def test_trusted_people_lists_the_local_identity_as_self(store: Store) -> None:
    assert trusted_people(store) == []
    card = make_identity(store, "Ana")
    (me,) = trusted_people(store)
    assert me.card == card and me.source == "self" and not me.revoked
    assert find_trusted(store, card.key_id) == me
    assert find_trusted(store, "0" * 64) is None


def test_who_explored_the_demo_before_an_identity_still_leads_it_after(store: Store) -> None:
    """The demo's lead is this laptop (decision 0039); making an identity afterwards keeps
    the person its lead, so they can take its steps and sign, and the log still verifies."""
    from app.services import changelog, demo, duties, signoff
    from tests.signoff_helpers import team_ready

    review = demo.create_demo(store)
    assert store.author_key_id.startswith("device:")
    card = create_identity(
        store, "Siân Pritchard", role="lead_reviewer", passphrase="correct horse"
    )
    with store.read() as conn:
        leader = duties.lead(conn, review)
        assert leader is not None and leader.key_id == card.key_id
        assert changelog.verify_chain(conn, store.heads()).ok
    team_ready(store, review)
    signoff.advance(store, review, "team_confirmed")
    assert signoff.current_status(store, review) == "team_confirmed"
