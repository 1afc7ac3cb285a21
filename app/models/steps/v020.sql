-- Schema version 20: after the review (decision 0044): the improvement workshop that agreed
-- the action plan, impact reviews months later, and each action's progress and evidence of
-- impact at one, in words.

CREATE TABLE impact_review (
	review_id VARCHAR(36) NOT NULL,
	held_on VARCHAR(10) NOT NULL,
	kind VARCHAR(16) NOT NULL,
	participants TEXT NOT NULL,
	notes TEXT NOT NULL,
	next_on VARCHAR(10) NOT NULL,
	id VARCHAR(36) NOT NULL,
	deleted BOOLEAN NOT NULL,
	CONSTRAINT pk_impact_review PRIMARY KEY (id),
	CONSTRAINT fk_impact_review_review_id_review FOREIGN KEY(review_id) REFERENCES review (id)
);

CREATE INDEX ix_impact_review_review_id ON impact_review (review_id);

CREATE TABLE impact_progress (
	review_id VARCHAR(36) NOT NULL,
	impact_review_id VARCHAR(36) NOT NULL,
	action_id VARCHAR(36) NOT NULL,
	progress VARCHAR(16) NOT NULL,
	impact TEXT NOT NULL,
	id VARCHAR(36) NOT NULL,
	deleted BOOLEAN NOT NULL,
	CONSTRAINT pk_impact_progress PRIMARY KEY (id),
	CONSTRAINT fk_impact_progress_review_id_review FOREIGN KEY(review_id) REFERENCES review (id),
	CONSTRAINT fk_impact_progress_impact_review_id_impact_review FOREIGN KEY(impact_review_id) REFERENCES impact_review (id),
	CONSTRAINT fk_impact_progress_action_id_action_item FOREIGN KEY(action_id) REFERENCES action_item (id)
);

CREATE INDEX ix_impact_progress_action_id ON impact_progress (action_id);

CREATE INDEX ix_impact_progress_impact_review_id ON impact_progress (impact_review_id);

CREATE INDEX ix_impact_progress_review_id ON impact_progress (review_id);

CREATE TABLE improvement_workshop (
	review_id VARCHAR(36) NOT NULL,
	held_on VARCHAR(10) NOT NULL,
	facilitator TEXT NOT NULL,
	participants TEXT NOT NULL,
	action_ids TEXT NOT NULL,
	agreed TEXT NOT NULL,
	id VARCHAR(36) NOT NULL,
	deleted BOOLEAN NOT NULL,
	CONSTRAINT pk_improvement_workshop PRIMARY KEY (id),
	CONSTRAINT fk_improvement_workshop_review_id_review FOREIGN KEY(review_id) REFERENCES review (id)
);

CREATE INDEX ix_improvement_workshop_review_id ON improvement_workshop (review_id);
