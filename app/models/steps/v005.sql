-- Schema version 5: coverage (decision 0007). Counting notes, activity kinds and reviewers per
-- strand and enquiry question reads only these indexes: a review's live notes with their
-- kind and author, and each note's live tags.
CREATE INDEX ix_evidence_note_review_tally ON evidence_note (review_id, deleted, id, activity_kind, author_key_id);

CREATE INDEX ix_note_strand_note_live ON note_strand (note_id, deleted, strand_id);

CREATE INDEX ix_note_question_note_live ON note_question (note_id, deleted, question_id);
