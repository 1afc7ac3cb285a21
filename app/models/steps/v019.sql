-- Schema version 19: what a host school has shared with its partnership (decision 0043).
-- One record per review, its id derived from the review's; the review is named by a
-- plain id, with no foreign key, so the record stands alone on the lead's laptop.
CREATE TABLE shared_summary (
	review_id VARCHAR(36) NOT NULL, 
	partnership_id VARCHAR(36) NOT NULL, 
	school_id VARCHAR(36) NOT NULL, 
	body TEXT NOT NULL, 
	shared_on VARCHAR(10) NOT NULL, 
	withdrawn_on VARCHAR(10) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_shared_summary PRIMARY KEY (id)
);

CREATE INDEX ix_shared_summary_review_id ON shared_summary (review_id);

CREATE INDEX ix_shared_summary_partnership_id ON shared_summary (partnership_id);
