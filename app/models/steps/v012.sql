-- Schema version 12: separation of duties, the host's factual-accuracy round, the
-- partnership's timings and the host's Areas of Excellence (decision 0039). Self-contained:
-- new tables only.

CREATE TABLE team_agreement (
	review_id VARCHAR(36) NOT NULL, 
	person_id VARCHAR(36) NOT NULL, 
	recorded_for BOOLEAN NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_team_agreement PRIMARY KEY (id), 
	CONSTRAINT fk_team_agreement_review_id_review FOREIGN KEY(review_id) REFERENCES review (id), 
	CONSTRAINT fk_team_agreement_person_id_person FOREIGN KEY(person_id) REFERENCES person (id)
);

CREATE INDEX ix_team_agreement_review_id ON team_agreement (review_id);

CREATE TABLE draft_sent (
	review_id VARCHAR(36) NOT NULL, 
	draft_number INTEGER NOT NULL, 
	sent_on VARCHAR(10) NOT NULL, 
	sent_to TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_draft_sent PRIMARY KEY (id), 
	CONSTRAINT fk_draft_sent_review_id_review FOREIGN KEY(review_id) REFERENCES review (id)
);

CREATE INDEX ix_draft_sent_review_id ON draft_sent (review_id);

CREATE TABLE host_response (
	review_id VARCHAR(36) NOT NULL, 
	draft_number INTEGER NOT NULL, 
	source VARCHAR(16) NOT NULL, 
	channel VARCHAR(16) NOT NULL, 
	from_name TEXT NOT NULL, 
	from_key_id VARCHAR(64) NOT NULL, 
	sent_at VARCHAR(32) NOT NULL, 
	general TEXT NOT NULL, 
	file_sha256 VARCHAR(64) NOT NULL, 
	file_name TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_host_response PRIMARY KEY (id), 
	CONSTRAINT fk_host_response_review_id_review FOREIGN KEY(review_id) REFERENCES review (id)
);

CREATE INDEX ix_host_response_review_id ON host_response (review_id);

CREATE TABLE host_correction (
	review_id VARCHAR(36) NOT NULL, 
	response_id VARCHAR(36) NOT NULL, 
	finding_id VARCHAR(36) NOT NULL, 
	said TEXT NOT NULL, 
	decision VARCHAR(16) NOT NULL, 
	reason TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_host_correction PRIMARY KEY (id), 
	CONSTRAINT fk_host_correction_review_id_review FOREIGN KEY(review_id) REFERENCES review (id), 
	CONSTRAINT fk_host_correction_response_id_host_response FOREIGN KEY(response_id) REFERENCES host_response (id), 
	CONSTRAINT fk_host_correction_finding_id_finding FOREIGN KEY(finding_id) REFERENCES finding (id)
);

CREATE INDEX ix_host_correction_finding_id ON host_correction (finding_id);

CREATE INDEX ix_host_correction_response_id ON host_correction (response_id);

CREATE INDEX ix_host_correction_review_id ON host_correction (review_id);

CREATE TABLE partnership_timing (
	partnership_id VARCHAR(36) NOT NULL, 
	draft_days INTEGER NOT NULL, 
	qa_days INTEGER NOT NULL, 
	host_days INTEGER NOT NULL, 
	final_days INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_partnership_timing PRIMARY KEY (id), 
	CONSTRAINT fk_partnership_timing_partnership_id_partnership FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);

CREATE INDEX ix_partnership_timing_partnership_id ON partnership_timing (partnership_id);

CREATE TABLE excellence_nomination (
	review_id VARCHAR(36) NOT NULL, 
	title TEXT NOT NULL, 
	text TEXT NOT NULL, 
	nominated_by TEXT NOT NULL, 
	nominated_on VARCHAR(10) NOT NULL, 
	finding_id VARCHAR(36), 
	validated_on VARCHAR(10) NOT NULL, 
	consent_by TEXT NOT NULL, 
	consent_on VARCHAR(10) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_excellence_nomination PRIMARY KEY (id), 
	CONSTRAINT fk_excellence_nomination_review_id_review FOREIGN KEY(review_id) REFERENCES review (id), 
	CONSTRAINT fk_excellence_nomination_finding_id_finding FOREIGN KEY(finding_id) REFERENCES finding (id)
);

CREATE INDEX ix_excellence_nomination_review_id ON excellence_nomination (review_id);
