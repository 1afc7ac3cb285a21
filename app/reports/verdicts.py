"""What checking a report's signatures can conclude, and ``peerview verify``'s exit code
for each (decision 0033). A module of its own, with no imports, so that the command line's
help can state the codes without loading the PDF libraries."""

from __future__ import annotations

VALID = "valid"  # every signature valid, the file unchanged since, every signer verified
UNVERIFIED = "unverified"  # all valid and unchanged, but a signer you have not verified
INVALID = "invalid"  # a signature does not match, the file changed, or it is not signed

EXIT_VALID = 0
EXIT_UNVERIFIED = 3
EXIT_INVALID = 4
EXIT_CODES = {VALID: EXIT_VALID, UNVERIFIED: EXIT_UNVERIFIED, INVALID: EXIT_INVALID}

# The report formats ``peerview report`` writes.
FORMATS = ("pdf", "docx")
