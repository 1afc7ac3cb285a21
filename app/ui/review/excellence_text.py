"""How an Area of Excellence nomination's state reads in the window, the same words on
the Planning page (the host's nominations) and in the finding editor (decision 0039)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import dates
from app.services import planning
from app.services.duties import HOST_ROLES
from app.services.excellence import Nomination
from app.services.store import Store


def _tr(text: str) -> str:
    return QCoreApplication.translate("Excellence", text)


def nominated_text(n: Nomination) -> str:
    return _tr("Nominated by {who}, {day}").format(
        who=n.nominated_by, day=dates.date_long(n.nominated_on)
    )


def state_text(n: Nomination, finding_titles: dict[str, str]) -> str:
    """Validated or not (with which finding), shared with whose consent, or withdrawn."""
    if not n.finding_id:
        return _tr("Not validated yet: the report leaves it out")
    title = finding_titles.get(n.finding_id)
    if title is None:
        validated = _tr("Validated on {day}, by a finding since deleted").format(
            day=dates.date_long(n.validated_on)
        )
    else:
        validated = _tr("Validated on {day} by the finding “{title}”").format(
            day=dates.date_long(n.validated_on), title=title
        )
    return f"{validated}; {consent_text(n)}"


def consent_text(n: Nomination) -> str:
    """Whether the partnership may see it: shared with consent, withdrawn, or not."""
    if n.shared:
        return _tr("shared with the partnership with the consent of {who} ({day})").format(
            who=n.consent_by, day=dates.date_long(n.consent_on)
        )
    if n.withdrawn_on:
        return _tr("consent of {who} withdrawn on {day}: not shared").format(
            who=n.withdrawn_consent_of, day=dates.date_long(n.withdrawn_on)
        )
    return _tr("not shared: the host has not consented")


def people_hosts_first(store: Store, review_id: str) -> list[str]:
    """The team's names for "who", the host's headteacher and leaders first (the usual
    answer); the others stay listed, and the service refuses them with its reason."""
    team = planning.team_members(store, review_id)
    names: list[str] = []
    for _, _, name, _ in sorted(team, key=lambda t: t[3] not in HOST_ROLES):
        if name not in names:
            names.append(name)
    return names
