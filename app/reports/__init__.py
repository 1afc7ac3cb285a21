"""Report building, fonts, PDF signing and verification (no Qt)."""
