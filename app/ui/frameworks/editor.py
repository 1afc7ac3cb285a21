"""The framework editor (decision 0049): start from a stored version or a blank framework,
edit its areas, strands, prompts and descriptors in a tree and three forms, see every
problem next to its field as it is typed, and save a new immutable version. Import and
export a framework file from here as ``peerview framework import|export`` do.

The draft and its checks are the core's (app/services/framework_edit.py); this window
shows them, keeps Save disabled while anything is wrong, and publishes what it writes on
the change bus.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import builtin_frameworks, framework_edit, frameworks
from app.services.errors import PeerviewError
from app.services.framework_edit import Draft, DraftArea, DraftStrand, Problem
from app.services.store import Store
from app.ui.frameworks import problems as problem_words
from app.ui.frameworks.forms import (
    AreaForm,
    FormPage,
    FrameworkForm,
    StrandForm,
    problem_colour,
)
from app.ui.messages import window_text
from app.ui.widgets.a11y import name_popups
from app.ui.widgets.shortcuts import on_keys

POS = Qt.ItemDataRole.UserRole  # a tree item's place: (area index, strand index), -1 for none


class FrameworkEditor(QDialog):
    """Edit a framework and save it as a new version."""

    #: Something was written (a saved version or an import): the ChangeSet.
    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.draft = framework_edit.blank()
        self.loaded_from: str | None = None  # the stored version the draft started from
        self.loaded_label = ""
        self.loaded_hash = framework_edit.body_hash(self.draft.document())
        self.found: list[Problem] = []
        self._taken: dict[str, set[str]] = {}
        self.tree_items: list[QTreeWidgetItem] = []
        self.setObjectName("framework_editor")
        self.setWindowTitle(self.tr("Framework editor"))
        self.setAccessibleName(self.tr("Framework editor"))
        # No bigger than the screen leaves (1366 x 768 at 150% is 910 x 512 logical pixels).
        room = (parent or self).screen().availableGeometry().size() - QSize(16, 40)
        self.setMinimumSize(QSize(720, 440).boundedTo(room))
        self.resize(QSize(960, 580).boundedTo(room))
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_tree())
        splitter.addWidget(self._build_forms())
        splitter.setSizes([330, 630])
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_bottom())
        name_popups(self)
        self._fill_choices()
        chosen = self.choose.findData(self._first_choice())
        self.choose.setCurrentIndex(max(chosen, 0))
        self.load_chosen()

    # ------------------------------------------------------------------ building
    def _build_top(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Start &from:"), self)
        self.choose = QComboBox(self)
        self.choose.setObjectName("start_from")
        self.choose.setAccessibleName(self.tr("Framework version to start from"))
        self.choose.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choose.setMinimumContentsLength(24)
        label.setBuddy(self.choose)
        self.load_button = QPushButton(self.tr("&Load"), self)
        self.load_button.setToolTip(self.tr("Edit the chosen version (or a blank framework)"))
        self.load_button.clicked.connect(self.load_chosen)
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.import_button.setToolTip(self.tr("Import a framework file and edit it"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.clicked.connect(self.export_file)
        row.addWidget(label)
        row.addWidget(self.choose, 1)
        for button in (self.load_button, self.import_button, self.export_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        return row

    def _build_tree(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget(box)
        self.tree.setObjectName("framework_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Areas and strands"))
        self.tree.setAccessibleDescription(
            self.tr("Delete removes; Alt+Up and Alt+Down move; Insert adds a strand")
        )
        self.tree.currentItemChanged.connect(self._on_current_changed)
        layout.addWidget(self.tree, 1)
        grid = QGridLayout()
        self.add_area_button = QPushButton(self.tr("Add &area"), box)
        self.add_area_button.clicked.connect(self.add_area)
        self.add_strand_button = QPushButton(self.tr("Add st&rand"), box)
        self.add_strand_button.clicked.connect(self.add_strand)
        self.remove_button = QPushButton(self.tr("Re&move"), box)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QPushButton(self.tr("Move &up"), box)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"), box)
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = (
            self.add_area_button,
            self.add_strand_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        )
        for i, button in enumerate(buttons):
            button.setAutoDefault(False)
            grid.addWidget(button, i // 2, i % 2)
        layout.addLayout(grid)
        on_keys(self.tree, "Delete", self.remove_current)
        on_keys(self.tree, "Insert", self.add_strand)
        on_keys(self.tree, "Alt+Up", lambda: self.move_current(-1))
        on_keys(self.tree, "Alt+Down", lambda: self.move_current(1))
        return box

    def _build_forms(self) -> QWidget:
        self.pages = QStackedWidget(self)
        self.framework_form = FrameworkForm(self.pages)
        self.area_form = AreaForm(self.pages)
        self.strand_form = StrandForm(self.pages)
        for page in (self.framework_form, self.area_form, self.strand_form):
            self.pages.addWidget(page)
            page.edited.connect(self._on_edited)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.pages)
        return scroll

    def _build_bottom(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("editor_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Editor status"))
        row.addWidget(self.summary, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save new version"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        return row

    # ------------------------------------------------------------------ choosing
    def _first_choice(self) -> str:
        """The shipped default's version when it is here, else the first stored one."""
        default = builtin_frameworks.default_version_id()
        return default if self.choose.findData(default) >= 0 else self.choose.itemData(0)

    def _fill_choices(self, select: str | None = None) -> None:
        self.choose.blockSignals(True)
        self.choose.clear()
        for f in frameworks.list_frameworks(self.store):
            text = self.tr("{name}, version {label} (%n review(s))", "", f.reviews)
            self.choose.addItem(text.format(name=f.name, label=f.label), f.version_id)
        self.choose.addItem(self.tr("A blank framework"), "")
        if select is not None:
            self.choose.setCurrentIndex(max(self.choose.findData(select), 0))
        self.choose.blockSignals(False)

    def load_chosen(self) -> None:
        if not self._may_discard():
            return
        version_id = self.choose.currentData() or None
        if version_id is None:
            self._load(framework_edit.blank(), None)
            return
        self._load(framework_edit.stored_draft(self.store, version_id), version_id)

    def _load(self, draft: Draft, version_id: str | None) -> None:
        self.loaded_from = version_id
        self.loaded_label = draft.version
        self.loaded_hash = framework_edit.body_hash(draft.document())
        self._taken.clear()
        if version_id is not None:
            draft.version = framework_edit.suggest_label(self.store, draft.name, draft.version)
        self.draft = draft
        self.export_button.setEnabled(version_id is not None)
        self.export_button.setToolTip(
            self.tr("Write version {label} to a framework file").format(label=self.loaded_label)
            if version_id
            else self.tr("Save the framework first, then export it")
        )
        self._rebuild_tree((-1, -1))
        self._check()
        if version_id is None:
            self.summary.setText(self.tr("A blank framework: fill in what the tree marks."))

    def _may_discard(self) -> bool:
        if not self.dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes?"),
            self.tr("The framework has changes that are not saved. Discard them?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def dirty(self) -> bool:
        return framework_edit.body_hash(self.draft.document()) != self.loaded_hash

    # ------------------------------------------------------------------ the tree
    def _rebuild_tree(self, select: tuple[int, int]) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        root = QTreeWidgetItem(self.tree)
        root.setData(0, POS, (-1, -1))
        self.tree_items = [root]
        chosen = root
        for i, area in enumerate(self.draft.areas):
            item = QTreeWidgetItem(root)
            item.setData(0, POS, (i, -1))
            self.tree_items.append(item)
            if select == (i, -1):
                chosen = item
            for j, _strand in enumerate(area.strands):
                child = QTreeWidgetItem(item)
                child.setData(0, POS, (i, j))
                self.tree_items.append(child)
                if select == (i, j):
                    chosen = child
        self.tree.expandAll()
        self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        self._on_current_changed(chosen, None)

    def position(self) -> tuple[int, int]:
        item = self.tree.currentItem()
        pos = item.data(0, POS) if item is not None else (-1, -1)
        return (int(pos[0]), int(pos[1]))

    def _object(self, pos: tuple[int, int]) -> Draft | DraftArea | DraftStrand:
        i, j = pos
        if i < 0:
            return self.draft
        area = self.draft.areas[i]
        return area if j < 0 else area.strands[j]

    def _page(self, pos: tuple[int, int]) -> FormPage:
        if pos[0] < 0:
            return self.framework_form
        return self.area_form if pos[1] < 0 else self.strand_form

    def _on_current_changed(self, item: QTreeWidgetItem | None, _old: object) -> None:
        if item is None:
            return
        pos = self.position()
        page = self._page(pos)
        page.load(self._object(pos))  # type: ignore[attr-defined]
        self.pages.setCurrentWidget(page)
        self._show_field_problems()
        i, j = pos
        self.add_strand_button.setEnabled(i >= 0)
        self.remove_button.setEnabled(i >= 0)
        siblings = len(self.draft.areas) if j < 0 else len(self.draft.areas[i].strands)
        index = i if j < 0 else j
        self.up_button.setEnabled(i >= 0 and index > 0)
        self.down_button.setEnabled(i >= 0 and index < siblings - 1)

    def add_area(self) -> None:
        i, _j = self.position()
        at = len(self.draft.areas) if i < 0 else i + 1
        self.draft.areas.insert(at, DraftArea())
        self._structure_changed((at, -1))

    def add_strand(self) -> None:
        i, j = self.position()
        if i < 0:
            return
        strands = self.draft.areas[i].strands
        at = len(strands) if j < 0 else j + 1
        strands.insert(at, DraftStrand())
        self._structure_changed((i, at))

    def remove_current(self) -> None:
        i, j = self.position()
        if i < 0:
            return
        if j < 0:
            del self.draft.areas[i]
            after = (i - 1, -1) if i > 0 else (0 if self.draft.areas else -1, -1)
        else:
            del self.draft.areas[i].strands[j]
            after = (i, j - 1) if j > 0 else (i, 0 if self.draft.areas[i].strands else -1)
        self._structure_changed(after)

    def move_current(self, step: int) -> None:
        i, j = self.position()
        if i < 0:
            return
        items: list[DraftArea] | list[DraftStrand] = (
            self.draft.areas if j < 0 else self.draft.areas[i].strands
        )
        index = i if j < 0 else j
        to = index + step
        if not 0 <= to < len(items):
            return
        items[index], items[to] = items[to], items[index]  # type: ignore[assignment]
        self._structure_changed((to, -1) if j < 0 else (i, to))

    def _structure_changed(self, select: tuple[int, int]) -> None:
        self._rebuild_tree(select)
        self._check()
        self.tree.setFocus()

    # ------------------------------------------------------------------ checking
    def _on_edited(self) -> None:
        pos = self.position()
        self._page(pos).save_into(self._object(pos))  # type: ignore[attr-defined]
        self._check()

    def _taken_labels(self) -> set[str]:
        name = self.draft.name.strip()
        if name not in self._taken:
            self._taken[name] = framework_edit.labels_of(self.store, name) if name else set()
        return self._taken[name]

    def _check(self) -> None:
        self.found = framework_edit.problems(self.draft, self._taken_labels())
        for item in self.tree_items:
            i, j = item.data(0, POS)
            mine = [p for p in self.found if _where(p) == (i, j)]
            item.setText(0, self._item_text(i, j, len(mine)))
            item.setForeground(0, QBrush(problem_colour(self.tree)) if mine else QBrush())
            item.setToolTip(0, "\n".join(problem_words.text(p) for p in mine))
        self._show_field_problems()
        self.save_button.setEnabled(not self.found)
        self.save_button.setToolTip(
            self.tr("Fix the problems first") if self.found else self.tr("Save (Ctrl+S)")
        )
        if self.found:
            self.summary.setText(
                self.tr(
                    "%n problem(s) to fix before saving: each is shown next to its field "
                    "and marked in the tree.",
                    "",
                    len(self.found),
                )
            )
        elif self.dirty():
            self.summary.setText(
                self.tr("Ready to save as version {label}.").format(label=self.draft.version)
            )
        else:
            self.summary.setText(self.tr("No changes yet."))

    def _item_text(self, i: int, j: int, problems: int) -> str:
        if i < 0:
            text = self.draft.name.strip() or self.tr("(a framework with no name yet)")
        else:
            part: DraftArea | DraftStrand = self.draft.areas[i]
            if j >= 0:
                part = self.draft.areas[i].strands[j]
            text = f"{part.code.strip()}  {part.title.strip()}".strip() or (
                self.tr("(a new area)") if j < 0 else self.tr("(a new strand)")
            )
        if not problems:
            return text
        return self.tr("{item} — %n problem(s)", "", problems).format(item=text)

    def _show_field_problems(self) -> None:
        pos = self.position()
        words: dict[str, str] = {}
        for p in self.found:
            if _where(p) == pos:
                key = p.field if p.field in self._page(pos).fields else ""
                if key:
                    words.setdefault(key, problem_words.text(p))
        page = self._page(pos)
        page.show_problems(words)
        # Problems of the item itself (an area with no strands) and the file format's.
        whole = [
            problem_words.text(p)
            for p in self.found
            if _where(p) == pos and p.field not in page.fields
        ]
        page.heading.setToolTip("\n".join(whole))
        if whole:
            page.heading.setText(
                self.tr("{heading}: {problems}").format(
                    heading=self._heading(pos), problems=" ".join(whole)
                )
            )
        else:
            page.heading.setText(self._heading(pos))

    def _heading(self, pos: tuple[int, int]) -> str:
        if pos[0] < 0:
            return self.tr("The framework")
        return self.tr("Area") if pos[1] < 0 else self.tr("Strand")

    # ------------------------------------------------------------------ saving, files
    def save(self) -> None:
        if self.found:
            return
        try:
            result = framework_edit.save_version(self.store, self.draft)
        except PeerviewError as exc:
            self.summary.setText(window_text(exc))
            return
        if not result.created:
            self.summary.setText(
                self.tr(
                    "Nothing has changed since version {label}: no new version was saved."
                ).format(label=result.label)
            )
            return
        name = self.draft.name.strip()
        self.saved.emit(result.changes)
        self._fill_choices(select=result.version_id)
        self._load(framework_edit.stored_draft(self.store, result.version_id), result.version_id)
        self.summary.setText(
            self.tr(
                "Saved version {label} of {name}. Reviews made on earlier versions keep theirs."
            ).format(label=result.label, name=name)
        )

    def import_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a framework file"), "", self.tr("Peerview framework (*.json)")
        )
        if not chosen or not self._may_discard():
            return
        try:
            result = frameworks.import_file(self.store, Path(chosen))
        except PeerviewError as exc:
            self.summary.setText(window_text(exc))
            return
        if result.changes:
            self.saved.emit(result.changes)
        self._fill_choices(select=result.version_id)
        self._load(framework_edit.stored_draft(self.store, result.version_id), result.version_id)
        done = (
            self.tr("Imported version {label} of {name}.")
            if result.created
            else self.tr("Version {label} of {name} was already here; nothing was imported.")
        )
        self.summary.setText(done.format(label=result.label, name=result.name))

    def export_file(self) -> None:
        if self.loaded_from is None:
            return
        suggested = f"{self.draft.name.strip() or 'framework'} {self.loaded_label}.json"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export a framework file"),
            suggested,
            self.tr("Peerview framework (*.json)"),
        )
        if not chosen:
            return
        try:
            frameworks.export_file(self.store, self.loaded_from, Path(chosen))
        except (PeerviewError, OSError) as exc:
            self.summary.setText(window_text(exc))
            return
        self.summary.setText(
            self.tr("Version {label} was written to {file}.").format(
                label=self.loaded_label, file=Path(chosen).name
            )
        )


def _where(problem: Problem) -> tuple[int, int]:
    area = -1 if problem.area is None else problem.area
    strand = -1 if problem.strand is None else problem.strand
    return (area, strand)
