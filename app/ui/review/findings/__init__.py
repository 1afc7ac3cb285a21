"""The findings and sign-off pages of the review workspace."""
