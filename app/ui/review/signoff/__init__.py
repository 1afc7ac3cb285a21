"""The sign-off page: the sign-off steps, the action plan, retention, and the report (preview,
PDF, Word copy)."""
