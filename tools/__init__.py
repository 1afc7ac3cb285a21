"""Developer tools: the screenshot scripts, the report page pictures, the X11 smoke test.

They are not part of Peerview: the wheel and the frozen build contain ``app`` only, and
nothing in ``app`` imports from here. Run them from the repository's root, as modules
(``.venv/bin/python -m tools.screenshots``), or through ``./dev``.
"""
