"""On a member school's laptop the partnership arrives by sync: the view shows it, says
that only the lead changes it, and disables every editing control; the services refuse a
change all the same, and the view shows that refusal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services import deadlines, partnership, reviewers, rounds
from app.services.store import Store
from app.sync.exporter import export_bundle
from app.sync.importer import import_bundle
from tests.identity_helpers import cheap_kdf, exchange_cards, make_identity  # noqa: F401
from tests.sync.helpers import FakeClock, open_replica, partnership_review
from tests.ui.helpers import shown_window

pytestmark = pytest.mark.usefixtures("cheap_kdf")


@pytest.fixture
def member(tmp_path: Path) -> Iterator[Store]:
    """A member school's laptop holding the partnership its lead sent in a bundle."""
    clock = FakeClock()
    lead = open_replica(tmp_path / "lead", clock.reader())
    school = open_replica(tmp_path / "school", clock.reader())
    make_identity(lead, "Siân Pritchard", role="partnership_lead")
    card = make_identity(school, "Grace Okafor", school="Ysgol y Bont", role="headteacher")
    exchange_cards(lead, school)
    group, _ = partnership.create(lead, "Partneriaeth Dyfrdwy")
    for name in ("Ysgol y Bont", "Ysgol Łódź", "Ysgol Glan Dŵr"):
        partnership.add_school(lead, None, name, "primary")
        reviewers.add_reviewer(
            lead, None, f"Lead of {name}", name, accreditation="lead_reviewer",
            trained_on="2025-09-20",
        )  # fmt: skip
    rounds.propose_round(lead, None, "Spring 2026", "2026-03-02", "2026-03-27")
    with lead.read() as conn:
        bont, _ = partnership.resolve_school(conn, group, "Ysgol y Bont")
    review = partnership_review(lead, group, bont)
    export_bundle(lead, review, tmp_path / "to-bont.pvbundle", to=[card.fingerprint])
    import_bundle(school, tmp_path / "to-bont.pvbundle")
    lead.close()
    yield school
    school.close()


def test_a_member_laptop_shows_the_record_and_cannot_edit_it(member: Store, qtbot: QtBot) -> None:
    window = shown_window(qtbot, member)
    view = window.show_partnership()
    assert view.header_label.text() == "Partneriaeth Dyfrdwy"
    assert "Only the partnership lead changes it" in view.notice.text()
    assert len(view.schedule.visits) == 3
    editing = [
        view.members.school_name,
        view.members.add_school_button,
        view.members.add_priority_button,
        view.schedule.round_name,
        view.schedule.propose_button,
        view.reviewers.add_button,
        view.reviewers.name,
        view.members.timings.save_button,
        *view.members.timings.spins.values(),
    ]
    assert not any(w.isEnabled() for w in editing)
    view.schedule.table.selectRow(0)
    assert not view.schedule.status_button.isEnabled()
    # Searching is for every laptop.
    assert view.directory.query.isEnabled()
    # Were a control reached anyway, the service refuses and the view says so.
    before = rounds.schedule(member)
    view.schedule._editable = True
    view.schedule._enable()
    view.schedule.status.setCurrentIndex(view.schedule.status.findData("confirmed"))
    view.schedule.status_button.click()
    assert "Only the partnership lead changes the partnership" in view.message.text()
    assert rounds.schedule(member) == before
    # The report timings likewise: refused by the service, shown, nothing stored.
    with member.read() as conn:
        group = partnership.record(member).id
        timings_before = deadlines.timings(conn, group)
    view.members.timings.set_editable(True)
    view.members.timings.spins["draft_days"].setValue(9)
    view.message.clear()
    view.members.timings.save_button.click()
    assert "Only the partnership lead changes the partnership" in view.message.text()
    with member.read() as conn:
        assert deadlines.timings(conn, group) == timings_before
    window.close()
