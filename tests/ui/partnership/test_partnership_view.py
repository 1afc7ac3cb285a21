"""The partnership view beside "Your reviews": reached from home by keyboard, it shows the
members, protocol and priorities, proposes a round off the GUI thread with every unmet
rule named beside its visit, adjusts a visit through the services (showing a refusal),
lists the reviewer pool with a warning for a visit without a trained lead, and searches
the directory. The demo's partnership was created on this laptop: it is the lead's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app import dates
from app.services import deadlines, demo, expertise, partnership, reviewers, rounds
from app.services.store import Store
from app.ui.home.main_window import MainWindow
from app.ui.partnership.view import PartnershipView
from tests.ui.keys import type_text


def cells(view: QWidget, table: str) -> list[list[str]]:
    model = view.findChild(QWidget, table).model()  # type: ignore[union-attr]
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


@pytest.fixture
def names(store: Store) -> list[str]:
    """The demo's partnership with a trained lead at every school but the last."""
    demo.create_demo(store)
    schools = [s.name for s in partnership.record(store).schools]
    for name in schools[:-1]:
        reviewers.add_reviewer(
            store, None, f"Lead of {name}", name, accreditation="lead_reviewer",
            trained_on="2025-09-20", course="Lead reviewer training", trainer="Dr Eleri Hughes",
            refresher_due="2027-09-20",
        )  # fmt: skip
    reviewers.add_reviewer(store, None, "Sam Untrained", schools[-1])
    partnership.add_priority(store, None, "2026-27", "Reading for pleasure")
    partnership.record_agreement(store, None, schools[0], "2026-01-12")
    partnership.block_dates(store, None, schools[0], "2026-03-09", "2026-03-13", "Exams")
    return schools


def open_partnership(window: MainWindow, qtbot: QtBot) -> PartnershipView:
    window.refresh()
    window.table.setFocus()
    qtbot.keyClick(
        window.table,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    view = window.partnership_view
    assert view is not None and window.views.currentWidget() is view
    return view


def test_home_reaches_the_partnership_by_keyboard_and_back(
    window: MainWindow, store: Store, names: list[str], qtbot: QtBot
) -> None:
    assert window.partnership_view is None  # built only when first shown
    window.refresh()
    window.table.selectRow(0)
    assert window.archive_action.isEnabled()
    view = open_partnership(window, qtbot)
    # Archive and Open act on the list's selection, which the partnership hides.
    assert not window.archive_action.isEnabled() and not window.open_action.isEnabled()
    assert view.header_label.text() == "Nene Washes Schools Partnership"
    assert "You lead this partnership" in view.notice.text()
    assert [row[0] for row in cells(view, "members_table")] == names
    # Phases and agreement days in words, not codes.
    members = cells(view, "members_table")
    assert {row[1] for row in members} == {"Primary"}
    assert [row[6] for row in members] == ["12 Jan 2026"] + ["Not yet"] * (len(names) - 1)
    assert view.members.phase.itemText(view.members.phase.findData("all-through")) == (
        "All-through"
    )
    assert "2026-27: Reading for pleasure" in view.members.priorities.toPlainText()
    assert view.members.add_school_button.isEnabled()
    # Every focusable control is named, tabs included.
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        focusable = [
            w for w in view.findChildren(QWidget)
            if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        ]  # fmt: skip
        assert focusable
        assert [w.objectName() for w in focusable if not w.accessibleName()] == []
    # Ctrl+2 to Ctrl+4 reach the tabs, the keyboard in each one's list or search box.
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_2, ctrl)
    assert view.tabs.currentWidget() is view.schedule and view.schedule.table.hasFocus()
    qtbot.keyClick(view.schedule.table, Qt.Key.Key_4, ctrl)
    assert view.directory.query.hasFocus()
    qtbot.keyClick(view.directory.query, Qt.Key.Key_1, ctrl)
    assert view.members.table.hasFocus()
    # Alt+Left returns to the reviews, the list focused.
    qtbot.keyClick(
        QApplication.focusWidget() or view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier
    )
    assert window.views.currentWidget() is window.home
    assert window.table.hasFocus()
    assert window.archive_action.isEnabled()


def test_the_lead_adds_a_school_and_a_priority_by_keyboard(
    window: MainWindow, store: Store, names: list[str], qtbot: QtBot
) -> None:
    view = open_partnership(window, qtbot)
    view.members.school_name.setFocus()
    type_text("Ysgol Łódź")
    qtbot.keyClick(view.members.school_name, Qt.Key.Key_Return)
    assert "Ysgol Łódź" in [s.name for s in partnership.record(store).schools]
    assert "Ysgol Łódź" in [row[0] for row in cells(view, "members_table")]
    # A fourth priority for one year is refused with the service's words; nothing stored.
    for text in ("Attendance", "Oracy", "Maths"):
        view.members.priority_text.setText(text)
        view.members.year.setText("2026-27")
        view.members.add_priority_button.click()
    assert partnership.record(store).priorities["2026-27"] == [
        "Reading for pleasure", "Attendance", "Oracy",
    ]  # fmt: skip
    assert view.message.isVisible() and "keeps to 3 a year" in view.message.text()


def test_a_proposed_round_names_what_needs_attention_beside_its_visit(
    window: MainWindow, store: Store, names: list[str], qtbot: QtBot
) -> None:
    view = open_partnership(window, qtbot)
    view.tabs.setCurrentWidget(view.schedule)
    tab = view.schedule
    tab.round_name.setText("Spring 2026")
    tab.first.setDate(QDate(2026, 3, 2))
    tab.last.setDate(QDate(2026, 3, 27))
    tab.propose_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == len(names), timeout=20_000)
    assert tab.task is None and "Round proposed" in view.message.text()
    rows = cells(view, "schedule_table")
    stored = rounds.schedule(store)
    # Days in words ("2 Mar 2026"), never as stored.
    assert [(r[1], r[2], r[3]) for r in rows] == [
        (v.host, v.reviewer_school, dates.date_short(v.day)) for v in stored
    ]
    assert all(r[3][0].isdigit() and r[3].split()[1].isalpha() for r in rows)
    assert {r[5] for r in rows} == {"Planned"}  # a status in words, capitalised
    assert view.message.text().startswith(f"Round proposed: {len(names)} visits")
    # Only one school has no trained lead of its own: what the proposer could not meet
    # is named beside the visit, and the reviewer pool warns about the same visits.
    assert [r[6] for r in rows] == [v.warning.capitalize() for v in stored]
    # A round before anyone was trained: the proposal's unmet rules are listed under the
    # visits, as stored on the round, and each visit says it has no trained lead.
    assert not tab.unmet.isVisible()
    tab.round_name.setText("Autumn 2024")
    tab.first.setDate(QDate(2024, 10, 7))
    tab.last.setDate(QDate(2024, 10, 25))
    tab.propose_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 * len(names), timeout=20_000)
    assert "could not be met" in view.message.text()
    assert tab.unmet.isVisible()
    shown = tab.unmet.toPlainText().splitlines()
    assert shown == [
        f"Autumn 2024 could not meet: {line}"
        for line in rounds.unmet_by_round(store)["Autumn 2024"]
    ]
    assert all("no trained lead" in line for line in shown)
    autumn = [r for r in cells(view, "schedule_table") if r[0] == "Autumn 2024"]
    assert {r[6] for r in autumn} == {"No trained lead"}
    stored = rounds.schedule(store)
    missing = [v for v in stored if v.warning == "no trained lead"]
    view.tabs.setCurrentWidget(view.reviewers)
    if missing:
        said = view.reviewers.warning.text()
        assert all(v.host in said for v in missing)
        assert said.startswith(
            f"{len(missing)} visits have no trained lead: "
            if len(missing) > 1
            else "1 visit has no trained lead: "
        )
        assert "visit(s)" not in said and "2024-10" not in said
    else:
        assert view.reviewers.warning.text() == "Every scheduled visit has a trained lead."
    pool = {row[0]: row for row in cells(view, "reviewers_table")}
    assert pool["Sam Untrained"][2:4] == ["Reviewer", "Not trained"]
    assert pool[f"Lead of {names[0]}"][2:7] == [
        "Lead reviewer", "20 Sep 2025", "Lead reviewer training", "Dr Eleri Hughes", "20 Sep 2027",
    ]  # fmt: skip


def test_the_lead_adds_a_trained_lead_reviewer_to_the_pool(
    window: MainWindow, store: Store, names: list[str], qtbot: QtBot
) -> None:
    view = open_partnership(window, qtbot)
    view.tabs.setCurrentWidget(view.reviewers)
    tab = view.reviewers
    assert tab.add_button.isEnabled()
    tab.name.setText("Siân Pritchard")
    tab.school.setCurrentText(names[2])
    tab.lead.setChecked(True)
    tab.add_button.click()  # a lead without a training date is refused
    assert "give the training date" in view.message.text()
    assert "Siân Pritchard" not in [m.name for m in reviewers.pool(store)]
    tab.trained_on.setText("2026-01-15")
    tab.refresher.setText("2028-01-15")
    tab.add_button.click()
    (added,) = [m for m in reviewers.pool(store) if m.name == "Siân Pritchard"]
    assert (added.school, added.accreditation, added.trained_on, added.refresher_due) == (
        names[2], "lead_reviewer", "2026-01-15", "2028-01-15",
    )  # fmt: skip
    assert "Siân Pritchard" in [row[0] for row in cells(view, "reviewers_table")]
    assert tab.name.text() == "" and not tab.lead.isChecked()


def test_adjusting_a_visit_goes_through_the_services_and_shows_a_refusal(
    window: MainWindow, store: Store, names: list[str], qtbot: QtBot
) -> None:
    rounds.propose_round(store, None, "Spring 2026", "2026-03-02", "2026-03-27")
    view = open_partnership(window, qtbot)
    view.tabs.setCurrentWidget(view.schedule)
    tab = view.schedule
    assert not tab.move_button.isEnabled()  # nothing chosen yet
    row = next(n for n, v in enumerate(tab.visits) if v.host == names[0])
    tab.table.selectRow(row)
    visit_id = tab.selected_visit()
    assert tab.move_button.isEnabled()
    before = rounds.schedule(store)
    tab.day.setDate(QDate(2026, 3, 10))  # the host's exams
    tab.move_button.click()
    assert f"{names[0]} is blocked from 9 to 13 March 2026" in view.message.text()
    assert rounds.schedule(store) == before
    tab.day.setDate(QDate(2026, 3, 25))
    assert tab.day.text() == "25 Mar 2026"  # the field shows the day in words too
    tab.move_button.click()
    assert view.message.text() == "The visit moved to 25 March 2026."
    tab.lead.setCurrentText("Sam Untrained")
    tab.lead_button.click()
    tab.status.setCurrentIndex(tab.status.findData("confirmed"))
    tab.status_button.click()
    assert view.message.text() == "The visit's status is now: Confirmed."
    assert [tab.status.itemText(i) for i in range(tab.status.count())] == [
        "Planned", "Confirmed", "Visited", "Report signed", "Action plan agreed",
        "Impact review due",
    ]  # fmt: skip
    moved = next(v for v in rounds.schedule(store) if v.id == visit_id)
    assert (moved.day, moved.lead, moved.status, moved.warning) == (
        "2026-03-25", "Sam Untrained", "confirmed", "no trained lead",
    )  # fmt: skip
    assert tab.selected_visit() == visit_id  # the row stays chosen after the refresh
    assert visit_id is not None
    shown = cells(view, "schedule_table")[tab.model.row_of(visit_id) or 0]
    assert shown[3:] == ["25 Mar 2026", "Sam Untrained", "Confirmed", "No trained lead"]


def test_the_directory_finds_expertise_by_words_and_lists_it_by_strand(
    window: MainWindow, store: Store, names: list[str], qtbot: QtBot
) -> None:
    expertise.add_expertise(
        store, None, names[1], "Reading", "Phonics for pupils with SEND",
        contact="Łukasz Nowak", consent_by="Anna Kowalska, headteacher", consent_on="2026-02-01",
    )  # fmt: skip
    expertise.add_expertise(
        store, None, names[2], "Behaviour and attitudes", "Zones of regulation",
        consent_by="Rhys Jones, headteacher", consent_on="2026-02-03",
    )  # fmt: skip
    view = open_partnership(window, qtbot)
    view.tabs.setCurrentWidget(view.directory)
    assert [r[0] for r in cells(view, "directory_table")] == ["Behaviour and attitudes", "Reading"]
    assert view.directory.summary.text() == (
        "In the directory: 2 entries, each shared with its host's consent. In 2 strands."
    )
    view.directory.query.setFocus()
    type_text("phonics for pupils with SEND")
    qtbot.keyClick(view.directory.query, Qt.Key.Key_Return)
    assert cells(view, "directory_table") == [
        ["Reading", names[1], "Expertise", "Phonics for pupils with SEND", "Łukasz Nowak",
         "Anna Kowalska, headteacher, 1 Feb 2026"],
    ]  # fmt: skip
    assert view.directory.summary.text() == (
        "Found for 'phonics for pupils with SEND': 1 entry. In 1 strand."
    )
    view.directory.query.setText("violin")
    view.directory.search_button.click()
    assert cells(view, "directory_table") == []
    assert "Nothing in the directory holds 'violin'" in view.directory.summary.text()


def test_with_no_partnership_the_view_says_who_creates_it(window: MainWindow, qtbot: QtBot) -> None:
    view = open_partnership(window, qtbot)
    assert "holds no partnership yet" in view.notice.text()
    assert not view.tabs.isEnabled()


def test_the_lead_sets_the_report_timings_and_a_review_s_due_dates_follow(
    window: MainWindow, store: Store, names: list[str], qtbot: QtBot
) -> None:
    view = open_partnership(window, qtbot)
    box = view.members.timings
    assert box.isVisible() and box.save_button.isEnabled()
    spins = box.spins
    assert {f: s.value() for f, s in spins.items()} == deadlines.DEFAULTS
    assert spins["draft_days"].text() == "5 days"
    review = store_review(store)
    with store.read() as conn:
        before = {d.step: d.due for d in deadlines.due_dates(conn, review)}
    spins["draft_days"].setFocus()
    qtbot.keyClick(spins["draft_days"], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("1")
    assert spins["draft_days"].text() == "1 day"  # one day, not "1 days"
    spins["final_days"].setValue(20)
    box.save_button.click()
    assert "Report timings saved" in view.message.text()
    with store.read() as conn:
        assert deadlines.timings(conn, partnership.record(store).id) == {
            "draft_days": 1, "qa_days": 2, "host_days": 5, "final_days": 20,
        }  # fmt: skip
        after = {d.step: d.due for d in deadlines.due_dates(conn, review)}
    assert after["draft"] < before["draft"] and after["final"] > before["final"]
    # The box reads the record again after the change: what it shows is what is stored.
    assert spins["final_days"].value() == 20 and spins["draft_days"].value() == 1


def store_review(store: Store) -> str:
    """The demo's review, which belongs to the demo's partnership."""
    with store.read() as conn:
        return str(
            conn.exec_driver_sql(
                "SELECT id FROM review WHERE partnership_id IS NOT NULL AND deleted = 0"
            ).scalar()
        )
