"""Separation of duties: who may take which sign-off step (decision 0039).

One place for the rules, called by the local services (``signoff.advance``, recording a
team member's agreement, signing the report) and usable by a merge that receives steps
taken on other laptops: every check takes a connection, the review and the author key id
of whoever takes the step, and raises ``DutyRefused`` naming who may take it.

- **Team confirmed**: taken by the lead reviewer once every member of the review team
  (the lead and the reviewers) has given a position on every finding with none
  disagreeing (app/services/moderation.py) and has agreed with the draft as a whole, each
  from their own Peerview or recorded by the lead on their behalf, by name.
- **Quality assured**: taken by a named person (a Peerview identity) who did not write
  the report: not the lead reviewer, and not anyone who wrote or edited a finding.
- **Factual accuracy checked by the host**: taken by the lead only once the host's
  response to the draft is in: a response file signed by the host school's headteacher or
  a host leader on the team, or a response the lead recorded with its evidence (the email
  or marked-up PDF attached); and every correction the host asked for has the lead's
  decision.
- **Signed**: only the review's lead reviewer signs, with their own certificate.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy import Connection, select

from app.models import (
    ChangeLogEntry,
    Finding,
    HostCorrection,
    HostResponse,
    Identity,
    Person,
    TeamAgreement,
    TeamMember,
    TrustedKey,
    table,
)
from app.services import moderation
from app.services.authors import stranger
from app.services.errors import PeerviewError

# Team roles whose agreement "Team confirmed" records; the host's roles answer for the
# school (they respond to the draft instead).
TEAM_ROLES = ("lead_reviewer", "reviewer")
HOST_ROLES = ("headteacher", "host_leader")


class DutyRefused(PeerviewError):
    """A step taken by someone the separation of duties does not allow."""


@dataclass(frozen=True)
class Member:
    person_id: str
    name: str
    role: str
    key_id: str | None


def members(conn: Connection, review_id: str, roles: tuple[str, ...] = TEAM_ROLES) -> list[Member]:
    """The review's team members in ``roles``, lead first, then by name (one row each)."""
    tm, person = table(TeamMember), table(Person)
    rows = conn.execute(
        select(person.c.id, person.c.name, tm.c.role, person.c.key_id)
        .join(person, person.c.id == tm.c.person_id)
        .where(
            tm.c.review_id == review_id,
            tm.c.deleted.is_(False),
            person.c.deleted.is_(False),
            tm.c.role.in_(roles),
        )
        .order_by(tm.c.role != "lead_reviewer", person.c.name, person.c.id)
    ).all()
    out: dict[str, Member] = {}
    for row in rows:
        out.setdefault(row.id, Member(row.id, row.name, row.role, row.key_id))
    return list(out.values())


def lead(conn: Connection, review_id: str) -> Member | None:
    found = [m for m in members(conn, review_id, ("lead_reviewer",))]
    return found[0] if found else None


def require_lead(conn: Connection, review_id: str, author_key_id: str | None, what: str) -> Member:
    leader = lead(conn, review_id)
    if leader is None:
        raise DutyRefused(
            f"This review has no lead reviewer on its team, so nobody can {what}.",
            hint_cli="Add the lead reviewer to the team (peerview review team ...).",
            hint_gui="Add the lead reviewer on the Planning page's team list.",
        )
    if not author_key_id or leader.key_id != author_key_id:
        raise DutyRefused(
            f"Only the review's lead reviewer, {leader.name}, can {what}.",
            hint_cli=f"Ask {leader.name} to do it from their own Peerview.",
            hint_gui=f"Ask {leader.name} to do it from their own Peerview.",
        )
    return leader


def agreements(conn: Connection, review_id: str) -> dict[str, bool]:
    """person id -> recorded on their behalf, for the live agreements with the findings."""
    ta = table(TeamAgreement)
    rows = conn.execute(
        select(ta.c.person_id, ta.c.recorded_for).where(
            ta.c.review_id == review_id, ta.c.deleted.is_(False)
        )
    ).all()
    return {r.person_id: bool(r.recorded_for) for r in rows}


def check_agreement(
    conn: Connection, review_id: str, person_id: str, author_key_id: str | None
) -> bool:
    """May ``author_key_id`` record ``person_id``'s agreement? Returns True when it is
    recorded on their behalf (by the lead), False when the member agrees themselves."""
    team = {m.person_id: m for m in members(conn, review_id)}
    member = team.get(person_id)
    if member is None:
        raise DutyRefused(
            "Only members of the review team (the lead reviewer and the reviewers) agree "
            "with the findings for Team confirmed.",
            hint_cli="See the team: peerview review show ID",
        )
    if author_key_id and member.key_id == author_key_id:
        return False
    require_lead(conn, review_id, author_key_id, f"record {member.name}'s agreement for them")
    return True


def finding_writers(conn: Connection, review_id: str) -> set[str]:
    """Author key ids of everyone who wrote or edited a finding of the review."""
    log, finding = table(ChangeLogEntry), table(Finding)
    ids = select(finding.c.id).where(finding.c.review_id == review_id)
    rows = conn.execute(
        select(log.c.author_key_id)
        .where(log.c.entity == "finding", log.c.entity_id.in_(ids))
        .distinct()
    ).scalars()
    return {str(k) for k in rows if k}


def named(conn: Connection, key_id: str | None) -> str | None:
    """The name this installation knows for an identity key id, if any."""
    if not key_id or key_id.startswith("device:"):
        return None
    for query in (
        select(Identity.name).where(Identity.key_id == key_id),
        select(TrustedKey.name).where(TrustedKey.key_id == key_id),
        select(Person.name).where(Person.key_id == key_id, Person.deleted.is_(False)),
    ):
        found = conn.execute(query).scalar()
        if found:
            return str(found)
    return None


def check_step(conn: Connection, review_id: str, step: str, author_key_id: str | None) -> None:
    """Raise ``DutyRefused`` unless ``author_key_id`` may move the review to ``step``."""
    if step == "team_confirmed":
        _check_team_confirmed(conn, review_id, author_key_id)
    elif step == "quality_assured":
        _check_quality_assurer(conn, review_id, author_key_id)
    elif step == "host_checked":
        require_lead(conn, review_id, author_key_id, "record the host's factual-accuracy check")
        check_host_response(conn, review_id)
    elif step == "signed":
        require_lead(conn, review_id, author_key_id, "sign the report as lead reviewer")


def _check_team_confirmed(conn: Connection, review_id: str, author_key_id: str | None) -> None:
    """Team confirmed is the lead's step, and records two acts of the team, needing both.
    Each reviewing member's position on each finding's present wording, none a
    disagreement (the moderation meeting, decision 0040): it lapses for one finding when
    that finding is reworded. And each member's agreement with the draft as a whole
    (decision 0039): it lapses when anything the report says changes, links and next
    steps included, which positions do not cover. One refusal names everything in the
    way, who may take the step included, so the team is not sent back and forth one rule
    at a time."""
    said, cli, gui = [], [], []
    try:
        require_lead(conn, review_id, author_key_id, "confirm the findings for the team")
    except DutyRefused as refused:
        said.append(refused.message.rstrip("."))
        cli.append(refused.hint_cli)
        gui.append(refused.hint_gui)
    unsettled = moderation.unresolved(conn, review_id)
    if unsettled:
        shown = unsettled[:5] + ([f"and {len(unsettled) - 5} more"] if len(unsettled) > 5 else [])
        said.append("The team has not yet confirmed every finding: " + "; ".join(shown))
        cli.append(
            "Record each member's position: peerview finding position FINDING --member NAME "
            "agree|not_sure|disagree (see: peerview finding board --review ID)."
        )
        gui.append(
            "Open the Moderation page, record each member's position, and resolve any "
            "disagreement (reword the finding, or the member changes their position)."
        )
    agreed = agreements(conn, review_id)
    missing = [m.name for m in members(conn, review_id) if m.person_id not in agreed]
    if missing:
        said.append(
            "Team confirmed needs every team member's agreement with the findings; "
            f"still to agree: {', '.join(missing)}"
        )
        cli.append(
            "Each member runs: peerview review agree ID (or the lead records it for them: "
            "peerview review agree ID --for NAME)."
        )
        gui.append("Record each member's agreement on the Sign-off & report page.")
    if said:
        raise DutyRefused(
            ". ".join(said) + ".",
            hint_cli=" ".join(h for h in cli if h),
            hint_gui=" ".join(h for h in gui if h),
        )


def _check_quality_assurer(conn: Connection, review_id: str, author_key_id: str | None) -> None:
    who = named(conn, author_key_id)
    leader = lead(conn, review_id)
    writers = finding_writers(conn, review_id)
    is_lead = leader is not None and leader.key_id == author_key_id
    if is_lead or author_key_id in writers:
        lead_key = leader.key_id if leader is not None else None
        excluded = {named(conn, k) or stranger(k) for k in writers if k != lead_key}
        if leader is not None:
            excluded.add(f"{leader.name} (lead reviewer)")
        writer = leader.name if is_lead and leader is not None else who or "You"
        raise DutyRefused(
            f"{writer} wrote this report, so cannot quality-assure it. Quality assurance is "
            f"taken by someone who did not write it: not {', '.join(sorted(excluded))}.",
            hint_cli="Ask another trained reviewer or the partnership's lead to quality-assure "
            "it from their own Peerview.",
            hint_gui="Ask another trained reviewer or the partnership's lead to quality-assure "
            "it from their own Peerview.",
        )
    if who is None:
        raise DutyRefused(
            "Quality assurance is taken by a named person: this Peerview has no identity yet.",
            hint_cli="Create one first: peerview identity create",
            hint_gui="Create your identity first (Identity menu).",
        )


def check_host_response(conn: Connection, review_id: str) -> None:
    """Raise unless the host's factual-accuracy response is in, from the host, and every
    correction it asked for has the lead's decision."""
    hr = table(HostResponse)
    responses = conn.execute(
        select(hr).where(hr.c.review_id == review_id, hr.c.deleted.is_(False))
    ).all()
    hosts = {m.key_id for m in members(conn, review_id, HOST_ROLES) if m.key_id}
    valid = [
        r
        for r in responses
        if (r.source == "signed_file" and r.from_key_id in hosts)
        or (r.source == "recorded" and r.file_sha256 and r.from_name.strip())
    ]
    if not valid:
        raise DutyRefused(
            "Factual accuracy is checked by the host: no response from the host school is "
            "recorded yet.",
            hint_cli="Import the host's signed response (peerview accuracy import ID FILE), or "
            "record their email or marked-up PDF with who sent it (peerview accuracy record).",
            hint_gui="Import the host's response, or record their email or marked-up PDF, on "
            "the Sign-off & report page.",
        )
    hc = table(HostCorrection)
    open_items = conn.execute(
        select(hc.c.id).where(
            hc.c.review_id == review_id, hc.c.deleted.is_(False), hc.c.decision == ""
        )
    ).all()
    if open_items:
        raise DutyRefused(
            f"The host asked for {len(open_items)} correction(s) that have no decision yet: "
            "accept, change or decline (with a reason) each before the host check is recorded.",
            hint_cli="See them: peerview accuracy show ID",
            hint_gui="Decide each of the host's corrections on the Sign-off & report page.",
        )


def host_named(conn: Connection, review_id: str, name: str, what: str) -> str:
    """The host member (headteacher or host leader on the team) called ``name``, as the
    team record spells it; refused, naming the host members, for anyone else."""
    hosts = members(conn, review_id, HOST_ROLES)
    wanted = " ".join(name.split()).casefold()
    for member in hosts:
        if " ".join(member.name.split()).casefold() == wanted:
            return member.name
    if not hosts:
        raise DutyRefused(
            f"{what} comes from the host school, and this review has no headteacher or host "
            "leader on its team.",
            hint_cli="Add the host's headteacher to the team first.",
            hint_gui="Add the host's headteacher to the team on the Planning page first.",
        )
    listed = ", ".join(m.name for m in hosts)
    raise DutyRefused(
        f"{what} comes from the host school: '{name}' is not the host's headteacher or a host "
        f"leader on this review ({listed})."
    )


def certificate_sha256(cert: x509.Certificate) -> str:
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def check_signer(
    conn: Connection, review_id: str, author_key_id: str | None, cert: x509.Certificate
) -> None:
    """Only the review's lead reviewer signs as lead, and with their own certificate: a
    report must never read "Lead reviewer: A" above "Signed digitally by B"."""
    leader = require_lead(conn, review_id, author_key_id, "sign the report as lead reviewer")
    pems = [
        conn.execute(
            select(Identity.certificate_pem).where(Identity.key_id == leader.key_id)
        ).scalar(),
        conn.execute(
            select(TrustedKey.certificate_pem).where(TrustedKey.key_id == leader.key_id)
        ).scalar(),
    ]
    theirs = {
        certificate_sha256(x509.load_pem_x509_certificate(p.encode("ascii"))) for p in pems if p
    }
    if certificate_sha256(cert) not in theirs:
        raise DutyRefused(
            f"This certificate is not {leader.name}'s: only the lead reviewer's own "
            "certificate signs the report as lead reviewer.",
            hint_cli="Sign with your own identity: peerview report --sign",
        )
