"""Dialogs opened from more than one place: identity, settings, passphrase, safeguarding,
about... A dialog of one page lives in that page folder instead."""
