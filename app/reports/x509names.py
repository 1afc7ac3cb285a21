"""Names in certificates as people type them, in any mix of scripts.

pyHanko reads certificates with asn1crypto, which prepares every name attribute for
comparison with the LDAP string rules (RFC 4518). Those rules refuse a value that mixes
left-to-right and right-to-left letters ("Aisha عائشة Khan", "محمد Ali"), or holds a
character newer than Unicode 3.2, with ``ValueError: X.509 Name object contains a
malformed bidirectional sequence``, and pyHanko meets that as soon as it files the
certificate by its subject: signing and checking a signature both crashed. Such names are
legal in a certificate (a UTF8String holds any text) and other tools (poppler, Acrobat)
show them as typed; only the comparison form is refused.

So when the strict preparation refuses a value, the comparison form falls back to the
same mapping without the refusal: NFKC, case folded, spaces collapsed. Two names still
compare equal only when their text is the same, and nothing about who is trusted rests
on names (trust is by key or certificate fingerprint: docs/decisions/0033).
"""

from __future__ import annotations

import logging
import unicodedata
from typing import Any

from asn1crypto import x509 as asn1_x509

log = logging.getLogger(__name__)

_MARK = "_peerview_tolerant"


def _comparison_form(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


def tolerate_any_name() -> None:
    """Make asn1crypto's name comparison accept any text (once per process)."""
    cls: Any = asn1_x509.NameTypeAndValue
    strict = cls._ldap_string_prep
    if getattr(strict, _MARK, False):
        return

    def prepare(self: Any, string: str) -> str:
        try:
            return str(strict(self, string))
        except ValueError as exc:
            log.debug("Name value compared in its plain form: %s", exc)
            return _comparison_form(string)

    setattr(prepare, _MARK, True)
    cls._ldap_string_prep = prepare
