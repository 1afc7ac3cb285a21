-- Schema version 15: the partnership record (decision 0041): the protocol on the
-- partnership, member schools' details, shared priorities, blocked dates, rounds and
-- scheduled reviews, the reviewer pool and the expertise directory.
ALTER TABLE partnership ADD COLUMN purpose TEXT NOT NULL DEFAULT '';

ALTER TABLE partnership ADD COLUMN confidentiality TEXT NOT NULL DEFAULT '';

ALTER TABLE partnership ADD COLUMN data_sharing TEXT NOT NULL DEFAULT '';

ALTER TABLE school ADD COLUMN pupils INTEGER;

ALTER TABLE school ADD COLUMN authority TEXT NOT NULL DEFAULT '';

ALTER TABLE school ADD COLUMN headteacher TEXT NOT NULL DEFAULT '';

ALTER TABLE school ADD COLUMN contact TEXT NOT NULL DEFAULT '';

ALTER TABLE school ADD COLUMN protocol_agreed_on VARCHAR(10) NOT NULL DEFAULT '';

CREATE TABLE partnership_priority (
	partnership_id VARCHAR(36) NOT NULL, 
	year VARCHAR(9) NOT NULL, 
	text TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_partnership_priority PRIMARY KEY (id), 
	CONSTRAINT fk_partnership_priority_partnership_id_partnership FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);

CREATE INDEX ix_partnership_priority_partnership_id ON partnership_priority (partnership_id);

CREATE TABLE blocked_date (
	partnership_id VARCHAR(36) NOT NULL, 
	school_id VARCHAR(36) NOT NULL, 
	first_day VARCHAR(10) NOT NULL, 
	last_day VARCHAR(10) NOT NULL, 
	reason TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_blocked_date PRIMARY KEY (id), 
	CONSTRAINT fk_blocked_date_partnership_id_partnership FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	CONSTRAINT fk_blocked_date_school_id_school FOREIGN KEY(school_id) REFERENCES school (id)
);

CREATE INDEX ix_blocked_date_partnership_id ON blocked_date (partnership_id);

CREATE INDEX ix_blocked_date_school_id ON blocked_date (school_id);

CREATE TABLE review_round (
	partnership_id VARCHAR(36) NOT NULL, 
	name TEXT NOT NULL, 
	first_day VARCHAR(10) NOT NULL, 
	last_day VARCHAR(10) NOT NULL, 
	unmet TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_review_round PRIMARY KEY (id), 
	CONSTRAINT fk_review_round_partnership_id_partnership FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);

CREATE INDEX ix_review_round_partnership_id ON review_round (partnership_id);

CREATE TABLE partnership_reviewer (
	partnership_id VARCHAR(36) NOT NULL, 
	school_id VARCHAR(36) NOT NULL, 
	name TEXT NOT NULL, 
	accreditation VARCHAR(16) NOT NULL, 
	trained_on VARCHAR(10) NOT NULL, 
	course TEXT NOT NULL, 
	trainer TEXT NOT NULL, 
	refresher_due VARCHAR(10) NOT NULL, 
	earlier_done INTEGER NOT NULL, 
	earlier_led INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_partnership_reviewer PRIMARY KEY (id), 
	CONSTRAINT fk_partnership_reviewer_partnership_id_partnership FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	CONSTRAINT fk_partnership_reviewer_school_id_school FOREIGN KEY(school_id) REFERENCES school (id)
);

CREATE INDEX ix_partnership_reviewer_partnership_id ON partnership_reviewer (partnership_id);

CREATE TABLE scheduled_review (
	partnership_id VARCHAR(36) NOT NULL, 
	round_id VARCHAR(36) NOT NULL, 
	host_school_id VARCHAR(36) NOT NULL, 
	reviewer_school_id VARCHAR(36) NOT NULL, 
	day VARCHAR(10) NOT NULL, 
	lead_reviewer_id VARCHAR(36), 
	status VARCHAR(24) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_scheduled_review PRIMARY KEY (id), 
	CONSTRAINT fk_scheduled_review_partnership_id_partnership FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	CONSTRAINT fk_scheduled_review_round_id_review_round FOREIGN KEY(round_id) REFERENCES review_round (id), 
	CONSTRAINT fk_scheduled_review_host_school_id_school FOREIGN KEY(host_school_id) REFERENCES school (id), 
	CONSTRAINT fk_scheduled_review_reviewer_school_id_school FOREIGN KEY(reviewer_school_id) REFERENCES school (id), 
	CONSTRAINT fk_scheduled_review_lead_reviewer_id_partnership_reviewer FOREIGN KEY(lead_reviewer_id) REFERENCES partnership_reviewer (id)
);

CREATE INDEX ix_scheduled_review_partnership_id ON scheduled_review (partnership_id);

CREATE INDEX ix_scheduled_review_round_id ON scheduled_review (round_id);

CREATE TABLE expertise (
	partnership_id VARCHAR(36) NOT NULL, 
	school_id VARCHAR(36) NOT NULL, 
	strand TEXT NOT NULL, 
	title TEXT NOT NULL, 
	text TEXT NOT NULL, 
	contact TEXT NOT NULL, 
	consent_by TEXT NOT NULL, 
	consent_on VARCHAR(10) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_expertise PRIMARY KEY (id), 
	CONSTRAINT fk_expertise_partnership_id_partnership FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	CONSTRAINT fk_expertise_school_id_school FOREIGN KEY(school_id) REFERENCES school (id)
);

CREATE INDEX ix_expertise_partnership_id ON expertise (partnership_id);
