"""Report building, fonts, PDF signing and verification (no Qt). Built by the report issue."""
