"""The files of the factual-accuracy round between two Peerviews (decision 0039).

- The **draft's findings** (``write_findings``): what the lead sends with the draft PDF,
  so the host's Peerview can show each finding and take a response to it. JSON, unsigned:
  it names findings, it decides nothing (the lead's import checks every id again).

      {"format": "peerview-draft-findings", "version": 1, "review_id", "school", "title",
       "draft_number", "findings": [{"id", "kind", "title", "text"}]}

- The host's **signed response** (``write_response``, ``import_response``):

      {"format": "peerview-host-response", "version": 1,
       "response": {"review_id", "draft_number", "signer_key_id", "signer_name",
                    "written_at", "general", "findings": [{"finding_id", "said"}]},
       "signature": base64 Ed25519 over cards.signing_bytes(format, 1, response)}

  The lead imports it only when the signature is good, the key is one they trust by card
  (not revoked), and that key is the headteacher's or a host leader's on the review's
  team. Anything else is refused before a byte is stored. File names are never taken
  from a file's content.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import fileio
from app.models import Finding, School, table
from app.models import Review as ReviewModel
from app.services import accuracy, cards, duties, identity
from app.services.errors import PeerviewError
from app.services.passphrase import PassphraseAsk
from app.services.store import ChangeSet, Store

FINDINGS_FORMAT = "peerview-draft-findings"
RESPONSE_FORMAT = "peerview-host-response"
VERSION = 1
MAX_FINDINGS_BYTES = 2 * 1024 * 1024
MAX_RESPONSE_BYTES = 1024 * 1024
# Far beyond any review's findings; a forged list of thousands would only bury the host's
# window in empty boxes.
MAX_DRAFT_FINDINGS = 500
_FIX_FINDINGS = "Ask the lead reviewer to send the draft's findings file again."
_FIX_RESPONSE = "Ask the host to export their signed response again from Peerview."


@dataclass(frozen=True)
class DraftFinding:
    id: str
    kind: str
    title: str
    text: str


@dataclass(frozen=True)
class DraftFindings:
    review_id: str
    school: str
    title: str
    draft_number: int
    findings: list[DraftFinding]


def write_findings(store: Store, review_id: str, draft_number: int, out: Path) -> DraftFindings:
    """The draft's findings for the host's Peerview, written beside the draft PDF."""
    import json

    f, review, school = table(Finding), table(ReviewModel), table(School)
    with store.read() as conn:
        accuracy._check_draft(conn, review_id, draft_number)
        row = conn.execute(
            select(review.c.title, school.c.name)
            .select_from(review)
            .outerjoin(school, school.c.id == review.c.host_school_id)
            .where(review.c.id == review_id)
        ).one()
        found = conn.execute(
            select(f.c.id, f.c.kind, f.c.title, f.c.text)
            .where(f.c.review_id == review_id, f.c.deleted.is_(False))
            .order_by(f.c.position, f.c.id)
        ).all()
    result = DraftFindings(
        review_id,
        row.name or "",
        row.title,
        draft_number,
        [DraftFinding(r.id, r.kind, r.title, r.text) for r in found],
    )
    doc = {
        "format": FINDINGS_FORMAT,
        "version": VERSION,
        "review_id": review_id,
        "school": result.school,
        "title": result.title,
        "draft_number": draft_number,
        "findings": [vars(x) for x in result.findings],
    }
    fileio.write_bytes(out, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
    return result


def _string(value: Any, what: str, path: Path, fix: str, limit: int = 20_000) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise PeerviewError(f"{path} has no valid {what}. {fix}")
    return value


def _number(value: Any, path: Path, fix: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 < value < 10_000:
        raise PeerviewError(f"{path} has no valid draft number. {fix}")
    return value


def read_findings(path: Path) -> DraftFindings:
    doc = cards.read_json_file(path, "draft findings file", MAX_FINDINGS_BYTES, _FIX_FINDINGS)
    cards.check_envelope(doc, FINDINGS_FORMAT, VERSION, path, "draft findings file", _FIX_FINDINGS)
    items = doc.get("findings")
    if not isinstance(items, list):
        raise PeerviewError(f"{path} lists no findings. {_FIX_FINDINGS}")
    if len(items) > MAX_DRAFT_FINDINGS:
        raise PeerviewError(
            f"{path} lists {len(items):,} findings, more than a review has "
            f"(at most {MAX_DRAFT_FINDINGS}). {_FIX_FINDINGS}"
        )
    findings = []
    for item in items:
        if not isinstance(item, dict):
            raise PeerviewError(f"{path} has a finding that is not readable. {_FIX_FINDINGS}")
        findings.append(
            DraftFinding(
                *(
                    _string(item.get(k), f"finding {k}", path, _FIX_FINDINGS)
                    for k in ("id", "kind", "title", "text")
                )
            )
        )
    if len({f.id for f in findings}) != len(findings):
        # A response is keyed by finding id: two findings sharing one could not be told apart.
        raise PeerviewError(f"{path} names one finding twice. {_FIX_FINDINGS}")
    return DraftFindings(
        _string(doc.get("review_id"), "review id", path, _FIX_FINDINGS, 64),
        _string(doc.get("school"), "school", path, _FIX_FINDINGS, 500),
        _string(doc.get("title"), "title", path, _FIX_FINDINGS, 500),
        _number(doc.get("draft_number"), path, _FIX_FINDINGS),
        findings,
    )


def write_response(
    store: Store,
    draft: DraftFindings,
    said: dict[str, str],
    out: Path,
    *,
    general: str = "",
    ask: PassphraseAsk | None = None,
) -> Path:
    """On the host's Peerview: sign the host's response to each finding of the draft
    (``said``: finding id -> what the host says) with their identity, into ``out``."""
    import json

    known = {f.id for f in draft.findings}
    unknown = sorted(set(said) - known)
    if unknown:
        raise PeerviewError("A response names a finding that is not in this draft.")
    texts = {k: accuracy._text(v, "A response to a finding") for k, v in said.items()}
    texts = {k: v for k, v in texts.items() if v}
    comment = accuracy._text(general, "The general comment")
    if not texts and not comment:
        raise PeerviewError(
            "Write a response to at least one finding, or a general comment (say 'No "
            "corrections' if the draft is accurate)."
        )
    me = identity.unlock(store, ask)
    body = {
        "review_id": draft.review_id,
        "draft_number": draft.draft_number,
        "signer_key_id": me.card.key_id,
        "signer_name": me.card.name,
        "written_at": dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="minutes"),
        "general": comment,
        "findings": [
            {"finding_id": f.id, "said": texts[f.id]} for f in draft.findings if f.id in texts
        ],
    }
    signature = me.ed25519_private.sign(cards.signing_bytes(RESPONSE_FORMAT, VERSION, body))
    doc = {
        "format": RESPONSE_FORMAT,
        "version": VERSION,
        "response": body,
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    fileio.write_bytes(out, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
    return out


def import_response(store: Store, review_id: str, path: Path) -> tuple[str, ChangeSet]:
    """On the lead's Peerview: check the host's signed response file and record it.
    Forged, altered, untrusted or misdirected files are refused with nothing stored."""
    raw = _read_once(path)
    cards.check_envelope(
        doc := _parse(raw, path),
        RESPONSE_FORMAT,
        VERSION,
        path,
        "host response file",
        _FIX_RESPONSE,
    )
    body = doc.get("response")
    if not isinstance(body, dict):
        raise PeerviewError(f"{path} holds no response. {_FIX_RESPONSE}")
    signer = _string(body.get("signer_key_id"), "signer", path, _FIX_RESPONSE, 64)
    trusted = identity.find_trusted(store, signer)
    if trusted is None or trusted.revoked:
        raise PeerviewError(
            f"{path.name} is signed by someone you do not trust "
            f"({'revoked' if trusted else 'no card'}: fingerprint "
            f"{_fingerprint(signer)}). Nothing was recorded.",
            hint_cli="Check the host's card with them and trust it (peerview trust add CARD), "
            "then import again.",
            hint_gui="Check the host's card with them and trust it, then import again.",
        )
    message = cards.signing_bytes(RESPONSE_FORMAT, VERSION, body)
    if not cards.verify_signature(trusted.card.ed25519_public, doc.get("signature"), message):
        raise PeerviewError(
            f"{path.name} does not match its signature: it was altered after the host "
            "signed it, or forged. Nothing was recorded.",
            hint_cli=_FIX_RESPONSE,
            hint_gui=_FIX_RESPONSE,
        )
    if body.get("review_id") != review_id:
        raise PeerviewError(
            f"{path.name} answers the draft of another review, not this one. Nothing was "
            "recorded; import it into the review it answers."
        )
    with store.read() as conn:
        hosts = {m.key_id for m in duties.members(conn, review_id, duties.HOST_ROLES)}
    if signer not in hosts:
        raise duties.DutyRefused(
            f"{path.name} is signed by {trusted.card.name}, who is not the host's headteacher "
            "or a host leader on this review. Factual accuracy is checked by the host.",
            hint_cli="Add the host's headteacher to the team (with their card's identity).",
        )
    items = body.get("findings")
    if not isinstance(items, list):
        raise PeerviewError(f"{path} lists no responses to findings. {_FIX_RESPONSE}")
    said: dict[str, str] = {}
    for item in items:
        if not isinstance(item, dict):
            raise PeerviewError(f"{path} has a response that is not readable. {_FIX_RESPONSE}")
        fid = _string(item.get("finding_id"), "finding id", path, _FIX_RESPONSE, 64)
        said[fid] = _string(item.get("said"), "response", path, _FIX_RESPONSE)
    return accuracy.accept_signed(
        store,
        review_id,
        draft_number=_number(body.get("draft_number"), path, _FIX_RESPONSE),
        signer_key_id=signer,
        signer_name=trusted.card.name,
        written_at=_string(body.get("written_at"), "date", path, _FIX_RESPONSE, 40),
        general=_string(body.get("general"), "general comment", path, _FIX_RESPONSE),
        corrections=said,
        file_bytes=raw,
    )


def _read_once(path: Path) -> bytes:
    """The file's bytes, read once: what is checked is what is stored."""
    try:
        if not path.is_file():
            raise PeerviewError(f"{path} is not a file; give the host's response file.")
        size = path.stat().st_size
        if size > MAX_RESPONSE_BYTES:
            raise PeerviewError(
                f"{path} is {size:,} bytes, too large for a host response file; check that "
                "it is the right file."
            )
        return path.read_bytes()
    except OSError as exc:
        raise PeerviewError(f"Cannot read {path}: {exc.strerror or exc}. Check the path.") from exc


def _parse(raw: bytes, path: Path) -> Any:
    import json

    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PeerviewError(
            f"{path} is not a readable host response file: it is truncated or not JSON. "
            f"{_FIX_RESPONSE}"
        ) from None


def _fingerprint(key_id: str) -> str:
    try:
        return cards.readable_fingerprint(key_id)
    except ValueError:
        return "unreadable"
