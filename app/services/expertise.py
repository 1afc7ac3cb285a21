"""Where expertise sits: the partnership's directory (decision 0041).

Two kinds of entry, each shared only with its host school's consent:

- **validated Areas of Excellence** from reviews of member schools that this laptop
  holds (``app/services/excellence.py``: nominated by the host, validated by the team
  with evidence, consent recorded);
- **named expertise** the partnership lead records for a school, by strand.

Search folds text as evidence search does (``app/services/textfold.py``): "lodz" finds
"Łódź", "ysgol" finds "YSGOL". Every word that is not a small joining word must appear,
as the start of a word, so "phonics for pupils with SEND" finds "Phonics for SEND pupils".
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.models import (
    ExcellenceNomination,
    Expertise,
    FindingStrand,
    FrameworkStrand,
    Review,
    School,
    table,
)
from app.services import partnership as record
from app.services.errors import PeerviewError
from app.services.search import query_terms
from app.services.store import ChangeSet, Store

# Joining words a person types in a question but a directory entry need not contain.
_JOINING = frozenset(
    [
        "a",
        "an",
        "and",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "who",
        "whose",
        "pupils",
        "learners",
    ]
)

_exp, _school, _review = table(Expertise), table(School), table(Review)
_nom, _fs, _strand = table(ExcellenceNomination), table(FindingStrand), table(FrameworkStrand)


@dataclass(frozen=True)
class DirectoryEntry:
    kind: str  # area_of_excellence | expertise
    school: str
    strand: str
    title: str
    text: str
    contact: str
    consent: str  # who consented, and when
    consent_by: str = ""
    consent_on: str = ""  # YYYY-MM-DD

    def words(self) -> list[str]:
        return query_terms(" ".join((self.school, self.strand, self.title, self.text)))


def add_expertise(
    store: Store,
    partnership: str | None,
    school: str,
    strand: str,
    title: str,
    *,
    text: str = "",
    contact: str = "",
    consent_by: str = "",
    consent_on: str = "",
) -> tuple[str, ChangeSet]:
    if not strand.strip() or not title.strip():
        raise PeerviewError("Name the strand and say what the expertise is (a title).")
    if not consent_by.strip():
        raise PeerviewError(
            "The directory lists a school's expertise only with its head's consent: say who "
            "consented.",
            hint_cli="Add --consent-by NAME --consent-on YYYY-MM-DD.",
        )
    day = record.iso_day(consent_on, "The day of consent")
    with record.lead_write(store, partnership) as (tx, pid, _pname):
        sid, _ = record.resolve_school(tx.conn, pid, school)
        new_id = tx.create(
            "expertise",
            {
                "partnership_id": pid,
                "school_id": sid,
                "strand": strand.strip(),
                "title": title.strip(),
                "text": text.strip(),
                "contact": contact.strip(),
                "consent_by": consent_by.strip(),
                "consent_on": day.isoformat(),
            },
        )
    return new_id, tx.changes


def directory(store: Store, partnership: str | None = None) -> list[DirectoryEntry]:
    with store.read() as conn:
        pid, _ = record.resolve(conn, partnership)
        schools = record.school_names(conn, pid, live=True)
        out = [
            DirectoryEntry(
                "expertise",
                schools.get(e.school_id, "?"),
                e.strand,
                e.title,
                e.text,
                e.contact,
                f"{e.consent_by}, {e.consent_on}",
                e.consent_by,
                e.consent_on,
            )
            for e in conn.execute(
                select(_exp).where(_exp.c.partnership_id == pid, _exp.c.deleted.is_(False))
            )
            if e.school_id in schools
        ]
        shared = conn.execute(
            select(_nom, _review.c.host_school_id)
            .join(_review, _review.c.id == _nom.c.review_id)
            .where(
                _nom.c.deleted.is_(False),
                _nom.c.finding_id.is_not(None),
                _nom.c.consent_by != "",
                _review.c.host_school_id.in_(sorted(schools)),
            )
        ).all()
        for n in shared:
            strands = conn.execute(
                select(_strand.c.title)
                .join(_fs, _fs.c.strand_id == _strand.c.id)
                .where(_fs.c.finding_id == n.finding_id, _fs.c.deleted.is_(False))
                .order_by(_strand.c.position)
            ).scalars()
            out.append(
                DirectoryEntry(
                    "area_of_excellence",
                    schools[n.host_school_id],
                    "; ".join(strands),
                    n.title,
                    n.text,
                    "",
                    f"{n.consent_by}, {n.consent_on}",
                    n.consent_by,
                    n.consent_on,
                )
            )
    return sorted(out, key=lambda e: (e.strand.casefold(), e.school.casefold(), e.title))


def search(
    store: Store, query: str, partnership: str | None = None, strand: str | None = None
) -> list[DirectoryEntry]:
    """Entries holding every word of the query that is not a joining word (each as the
    start of a word), within a strand when one is given."""
    terms = [t for t in query_terms(query) if t not in _JOINING] or query_terms(query)
    if not terms and not strand:
        raise PeerviewError("Say what to look for, such as 'phonics for pupils with SEND'.")
    within = query_terms(strand or "")
    found = []
    for entry in directory(store, partnership):
        words = entry.words()
        strand_words = query_terms(entry.strand)
        if within and not all(any(w.startswith(t) for w in strand_words) for t in within):
            continue
        if all(any(w.startswith(t) for w in words) for t in terms):
            found.append(entry)
    return found
