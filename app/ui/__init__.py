"""Peerview's desktop interface: the only package that imports Qt (PySide6).

Widgets read and change data only through ``app.services``; nothing here talks to
the database directly.
"""
