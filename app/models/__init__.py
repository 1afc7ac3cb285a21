"""The typed SQLAlchemy models. No Qt here, ever."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table

from app.models.base import Base, Synced
from app.models.duties import (
    DraftSent,
    ExcellenceNomination,
    HostCorrection,
    HostResponse,
    PartnershipTiming,
    TeamAgreement,
)
from app.models.evidence import (
    Attachment,
    EvidenceNote,
    NoteLink,
    NoteQuestion,
    NoteStrand,
    SafeguardingConcern,
)
from app.models.findings import (
    ActionItem,
    BrokeredSupport,
    FeedbackResponse,
    Finding,
    FindingNote,
    FindingQuestion,
    FindingStrand,
    NextStep,
    ReportDraft,
)
from app.models.framework import (
    Framework,
    FrameworkArea,
    FrameworkPrompt,
    FrameworkStrand,
    FrameworkVersion,
)
from app.models.impact import ImpactProgress, ImpactReview, ImprovementWorkshop
from app.models.log import ChangeLogEntry, DeviceCertificate, DeviceState, FieldVersion
from app.models.moderation import FindingPosition
from app.models.org import Identity, Partnership, Person, School, TrustedCertificate, TrustedKey
from app.models.partnership import (
    BlockedDate,
    Expertise,
    PartnershipPriority,
    PartnershipReviewer,
    ProtocolDocument,
    ReviewRound,
    ScheduledReview,
)
from app.models.review import Activity, EnquiryQuestion, Review, Revocation, TeamMember
from app.models.sharing import SharedSummary
from app.models.sync import (
    SyncConflict,
    SyncDenied,
    SyncFork,
    SyncHeld,
    SyncImport,
    SyncReceipt,
    SyncRefused,
    SyncSent,
    SyncWithheld,
)

# Synced entities in dependency order: a rebuild replays into these, and a record's
# parents come before it.
SYNCED: tuple[type[Synced], ...] = (
    Partnership,
    School,
    Person,
    Framework,
    FrameworkVersion,
    Review,
    EnquiryQuestion,
    TeamMember,
    Activity,
    EvidenceNote,
    NoteStrand,
    NoteQuestion,
    NoteLink,
    Attachment,
    SafeguardingConcern,
    Finding,
    FindingNote,
    FindingStrand,
    FindingQuestion,
    FeedbackResponse,
    FindingPosition,
    NextStep,
    ActionItem,
    BrokeredSupport,
    ImprovementWorkshop,
    ImpactReview,
    ImpactProgress,
    ReportDraft,
    PartnershipTiming,
    TeamAgreement,
    DraftSent,
    HostResponse,
    HostCorrection,
    ExcellenceNomination,
    PartnershipPriority,
    BlockedDate,
    PartnershipReviewer,
    ReviewRound,
    ScheduledReview,
    Expertise,
    ProtocolDocument,
    SharedSummary,
    Revocation,
    SyncReceipt,
)
ENTITIES: dict[str, type[Synced]] = {cls.__entity__: cls for cls in SYNCED}


def table(model: type[Any]) -> Table:
    """A model's Table, typed as one (SQLAlchemy types ``__table__`` as a FromClause)."""
    return cast(Table, model.__table__)


TABLES: dict[str, Table] = {name: table(cls) for name, cls in ENTITIES.items()}

__all__ = [
    "ENTITIES",
    "SYNCED",
    "TABLES",
    "ActionItem",
    "Activity",
    "Attachment",
    "Base",
    "BlockedDate",
    "BrokeredSupport",
    "ChangeLogEntry",
    "DeviceCertificate",
    "DeviceState",
    "DraftSent",
    "EnquiryQuestion",
    "EvidenceNote",
    "ExcellenceNomination",
    "Expertise",
    "FeedbackResponse",
    "FieldVersion",
    "Finding",
    "FindingNote",
    "FindingPosition",
    "FindingQuestion",
    "FindingStrand",
    "Framework",
    "FrameworkArea",
    "FrameworkPrompt",
    "FrameworkStrand",
    "FrameworkVersion",
    "HostCorrection",
    "HostResponse",
    "Identity",
    "ImpactProgress",
    "ImpactReview",
    "ImprovementWorkshop",
    "NextStep",
    "NoteLink",
    "NoteQuestion",
    "NoteStrand",
    "Partnership",
    "PartnershipPriority",
    "PartnershipReviewer",
    "PartnershipTiming",
    "Person",
    "ProtocolDocument",
    "ReportDraft",
    "Review",
    "ReviewRound",
    "Revocation",
    "SafeguardingConcern",
    "ScheduledReview",
    "School",
    "SharedSummary",
    "SyncConflict",
    "SyncDenied",
    "SyncFork",
    "SyncHeld",
    "SyncImport",
    "SyncReceipt",
    "SyncRefused",
    "SyncSent",
    "SyncWithheld",
    "Synced",
    "TeamAgreement",
    "TeamMember",
    "TrustedCertificate",
    "TrustedKey",
    "table",
]
