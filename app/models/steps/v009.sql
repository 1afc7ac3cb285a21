-- Schema version 9: the host's report (decision 0032). Self-contained: it adds tables and
-- touches none that other steps change.
-- Findings answer the host's enquiry questions (a synced join, like finding_strand).
CREATE TABLE finding_question (
	finding_id VARCHAR(36) NOT NULL, 
	question_id VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_finding_question PRIMARY KEY (id), 
	CONSTRAINT fk_finding_question_finding_id_finding FOREIGN KEY(finding_id) REFERENCES finding (id), 
	CONSTRAINT fk_finding_question_question_id_enquiry_question FOREIGN KEY(question_id) REFERENCES enquiry_question (id)
);

CREATE INDEX ix_finding_question_finding_id ON finding_question (finding_id);

CREATE INDEX ix_finding_question_question_id ON finding_question (question_id);

-- The host's response to each finding at the end-of-day feedback meeting.
CREATE TABLE feedback_response (
	finding_id VARCHAR(36) NOT NULL, 
	text TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_feedback_response PRIMARY KEY (id), 
	CONSTRAINT fk_feedback_response_finding_id_finding FOREIGN KEY(finding_id) REFERENCES finding (id)
);

CREATE INDEX ix_feedback_response_finding_id ON feedback_response (finding_id);

-- Numbered drafts of the report, given out before it is signed.
CREATE TABLE report_draft (
	review_id VARCHAR(36) NOT NULL, 
	number INTEGER NOT NULL, 
	content_sha256 VARCHAR(64) NOT NULL, 
	made_at VARCHAR(32) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_report_draft PRIMARY KEY (id), 
	CONSTRAINT fk_report_draft_review_id_review FOREIGN KEY(review_id) REFERENCES review (id)
);

CREATE INDEX ix_report_draft_review_id ON report_draft (review_id);

-- Report-signing certificates trusted by their fingerprint (local, never synced).
CREATE TABLE trusted_certificate (
	sha256 VARCHAR(64) NOT NULL, 
	name TEXT NOT NULL, 
	certificate_pem TEXT NOT NULL, 
	trusted_at VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_trusted_certificate PRIMARY KEY (sha256)
);
