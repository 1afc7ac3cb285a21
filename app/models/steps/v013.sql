-- Schema version 13: sources of evidence and moderation (decision 0040). Notes keep their
-- sources ("" follows the activity, so existing notes need no rewriting) and, for a
-- meeting, who it was with; each team member's position on each finding.
ALTER TABLE evidence_note ADD COLUMN sources TEXT NOT NULL DEFAULT '';

ALTER TABLE evidence_note ADD COLUMN meeting_with VARCHAR(24) NOT NULL DEFAULT '';

ALTER TABLE activity ADD COLUMN meeting_with VARCHAR(24) NOT NULL DEFAULT '';

-- Coverage reads sources, co-reviewers and activities too, still from the index alone.
DROP INDEX ix_evidence_note_review_tally;

CREATE INDEX ix_evidence_note_review_tally ON evidence_note (review_id, deleted, id, activity_kind, author_key_id, sources, meeting_with, co_reviewer_id, activity_id);

CREATE TABLE finding_position (
	finding_id VARCHAR(36) NOT NULL, 
	person_id VARCHAR(36) NOT NULL, 
	position VARCHAR(16) NOT NULL, 
	comment TEXT NOT NULL, 
	finding_sha256 VARCHAR(64) NOT NULL, 
	recorded_by_key_id VARCHAR(64), 
	recorded_at VARCHAR(32) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_finding_position PRIMARY KEY (id), 
	CONSTRAINT fk_finding_position_finding_id_finding FOREIGN KEY(finding_id) REFERENCES finding (id), 
	CONSTRAINT fk_finding_position_person_id_person FOREIGN KEY(person_id) REFERENCES person (id)
);

CREATE INDEX ix_finding_position_finding_id ON finding_position (finding_id);
