-- Capture list: keyset pages of a review's notes, newest first, per filter (issue 3).
CREATE INDEX ix_evidence_note_review_observed_id ON evidence_note (review_id, observed_at, id);

CREATE INDEX ix_evidence_note_review_kind_observed ON evidence_note (review_id, activity_kind, observed_at, id);

CREATE INDEX ix_evidence_note_review_author_observed ON evidence_note (review_id, author_key_id, observed_at, id);
