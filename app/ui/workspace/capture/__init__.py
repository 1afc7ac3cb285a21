"""The capture page: timetable, framework tree with evidence counts, the notes of the
review (lazy, filtered, searched) and the note editor that saves as the reviewer types.
See ``page.py``; docs/decisions/0003-autosave-and-undo.md and 0004-lazy-notes-model.md."""
