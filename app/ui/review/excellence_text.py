"""How an Area of Excellence nomination's state reads in the window, the same words on
the Planning page (the host's nominations) and in the finding editor (decision 0039)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import dates
from app.services import planning
from app.services.duties import HOST_ROLES
from app.services.excellence import Nomination
from app.services.store import Store


def nominated_text(n: Nomination, in_sentence: bool = False) -> str:
    """Who nominated it and when; ``in_sentence`` for after other words in a line."""
    if in_sentence:
        text = QCoreApplication.translate("Excellence", "nominated by {who}, {day}")
    else:
        text = QCoreApplication.translate("Excellence", "Nominated by {who}, {day}")
    return text.format(who=n.nominated_by, day=dates.date_short(n.nominated_on))


def state_text(n: Nomination) -> str:
    """Validated or not, and shared with whose consent, or withdrawn: short, for a list."""
    if not n.finding_id:
        return QCoreApplication.translate(
            "Excellence", "not validated yet: the report leaves it out"
        )
    return QCoreApplication.translate("Excellence", "validated {day}; {consent}").format(
        day=dates.date_short(n.validated_on), consent=consent_text(n)
    )


def short_state(n: Nomination) -> str:
    """The state in a few words, first in a list row so that it is never cut off."""
    if not n.finding_id:
        return QCoreApplication.translate("Excellence", "Nominated, not validated")
    if n.shared:
        return QCoreApplication.translate(
            "Excellence", "Shared with consent of {who}, {day}"
        ).format(who=n.consent_by, day=dates.date_short(n.consent_on))
    if n.withdrawn_on:
        return QCoreApplication.translate("Excellence", "Consent of {who} withdrawn {day}").format(
            who=n.withdrawn_consent_of, day=dates.date_short(n.withdrawn_on)
        )
    return QCoreApplication.translate("Excellence", "Validated, not shared")


def consent_text(n: Nomination) -> str:
    """Whether the partnership may see it: shared with consent, withdrawn, or not."""
    if n.shared:
        return QCoreApplication.translate(
            "Excellence", "shared with consent of {who} ({day})"
        ).format(who=n.consent_by, day=dates.date_short(n.consent_on))
    if n.withdrawn_on:
        return QCoreApplication.translate(
            "Excellence", "consent of {who} withdrawn ({day}): not shared"
        ).format(who=n.withdrawn_consent_of, day=dates.date_short(n.withdrawn_on))
    return QCoreApplication.translate("Excellence", "not shared: the host has not consented")


def validated_by_text(n: Nomination, finding_titles: dict[str, str]) -> str:
    """Which finding validates it (for a tooltip), or that none does."""
    if not n.finding_id:
        return QCoreApplication.translate("Excellence", "No finding validates it yet.")
    title = finding_titles.get(n.finding_id)
    if title is None:
        return QCoreApplication.translate("Excellence", "Validated by a finding since deleted.")
    return QCoreApplication.translate("Excellence", "Validated by the finding “{title}”.").format(
        title=title
    )


def people_hosts_first(store: Store, review_id: str) -> list[str]:
    """The team's names for "who", the host's headteacher and leaders first (the usual
    answer); the others stay listed, and the service refuses them with its reason."""
    team = planning.team_members(store, review_id)
    names: list[str] = []
    for _, _, name, _ in sorted(team, key=lambda t: t[3] not in HOST_ROLES):
        if name not in names:
            names.append(name)
    return names
