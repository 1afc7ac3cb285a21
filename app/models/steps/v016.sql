-- Schema version 16: brokered support (decision 0042): a partner school's offer of
-- support towards an action of the plan, and how far it has got.
CREATE TABLE brokered_support (
	review_id VARCHAR(36) NOT NULL, 
	action_id VARCHAR(36) NOT NULL, 
	school_id VARCHAR(36) NOT NULL, 
	text TEXT NOT NULL, 
	contact TEXT NOT NULL, 
	state VARCHAR(16) NOT NULL, 
	state_on VARCHAR(10) NOT NULL, 
	note TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_brokered_support PRIMARY KEY (id), 
	CONSTRAINT fk_brokered_support_review_id_review FOREIGN KEY(review_id) REFERENCES review (id), 
	CONSTRAINT fk_brokered_support_action_id_action_item FOREIGN KEY(action_id) REFERENCES action_item (id), 
	CONSTRAINT fk_brokered_support_school_id_school FOREIGN KEY(school_id) REFERENCES school (id)
);

CREATE INDEX ix_brokered_support_review_id ON brokered_support (review_id);

CREATE INDEX ix_brokered_support_action_id ON brokered_support (action_id);
