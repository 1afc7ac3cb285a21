-- Schema version 10: authority at merge (decision 0030). Self-contained: it adds tables
-- and touches none that other steps change.
-- A key no longer accepted on a review, with a cut-off per device (a synced record).
CREATE TABLE revocation (
	review_id VARCHAR(36) NOT NULL, 
	key_id VARCHAR(80) NOT NULL, 
	name TEXT NOT NULL, 
	cutoffs TEXT NOT NULL, 
	reason TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_revocation PRIMARY KEY (id), 
	CONSTRAINT fk_revocation_review_id_review FOREIGN KEY(review_id) REFERENCES review (id)
);

CREATE INDEX ix_revocation_review_id ON revocation (review_id);

-- Entries denied at merge by the authority rules, with the reason (their chain positions
-- are withheld runs). Not sync_refused (step 14): those were never vouched for.
CREATE TABLE sync_denied (
	device_id VARCHAR(36) NOT NULL, 
	seq INTEGER NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	body TEXT NOT NULL, 
	reason TEXT NOT NULL, 
	import_id VARCHAR(36), 
	refused_at VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_sync_denied PRIMARY KEY (device_id, seq)
);
