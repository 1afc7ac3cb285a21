-- Schema version 21: another history of a chain, kept whole until a person takes it in
-- or sets it aside (decision 0029).
CREATE TABLE sync_fork (
	device_id VARCHAR(36) NOT NULL, 
	seq INTEGER NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	body TEXT NOT NULL, 
	bundle_id VARCHAR(36) NOT NULL, 
	kept_at VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_sync_fork PRIMARY KEY (device_id, seq, hash)
);
