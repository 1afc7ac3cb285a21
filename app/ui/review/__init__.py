"""The review workspace: one review, a tab per page (overview, planning, capture, coverage,
findings, sign-off, sync). ``workspace.py`` is the shell, ``pages.py`` lists the pages,
``page.py`` is the base every page derives from, and each page has a folder of its own."""
