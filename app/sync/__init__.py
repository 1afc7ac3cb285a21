"""Bundle format, export, verification, import and merge (no Qt). Built by the sync issue."""
