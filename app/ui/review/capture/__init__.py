"""The capture page: timetable, framework tree with evidence counts, the notes of the
review (lazy, filtered, searched) and the note editor that saves as the reviewer types.
See ``page.py``; docs/decisions/0004-autosave-and-undo.md and 0005-lazy-notes-model.md."""
