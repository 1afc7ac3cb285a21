"""Peerview: offline-first developmental school peer reviews."""
