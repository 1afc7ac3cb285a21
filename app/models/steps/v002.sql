-- The capture list (decision 0005): counting a review's live notes index-only, and keyset pages
-- of a review's notes, newest first, per filter.
CREATE INDEX ix_evidence_note_review_live ON evidence_note (review_id, deleted, observed_at, id);

CREATE INDEX ix_evidence_note_review_kind ON evidence_note (review_id, deleted, activity_kind, observed_at, id);

CREATE INDEX ix_evidence_note_review_author ON evidence_note (review_id, deleted, author_key_id, observed_at, id);
