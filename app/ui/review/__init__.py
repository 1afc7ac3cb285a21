"""The review workspace: one review, a tab per page (planning, capture, coverage, findings,
sign-off, sync). See ``workspace.py`` for the shell and ``pages.py`` for the list of pages."""
