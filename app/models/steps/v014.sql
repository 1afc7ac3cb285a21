-- Schema version 14: entries vouched for by their author's laptop (decision 0028).
-- Entry format 2: the author's wall clock, a salt per field (the hash commits to each
-- value, so a value can be erased and the chain still verifies), erased commitments, and
-- the head signature on the last entry of each write.
ALTER TABLE change_log ADD COLUMN wall INTEGER;

ALTER TABLE change_log ADD COLUMN salts TEXT;

ALTER TABLE change_log ADD COLUMN erased TEXT;

ALTER TABLE change_log ADD COLUMN sig TEXT;

-- A withheld run that ends a chain carries its last entry's head signature.
ALTER TABLE sync_withheld ADD COLUMN sig TEXT;

-- Laptop certificates: which identity each device chain belongs to.
CREATE TABLE device_cert (
	device_id VARCHAR(36) NOT NULL, 
	key_id VARCHAR(64) NOT NULL, 
	body TEXT NOT NULL, 
	CONSTRAINT pk_device_cert PRIMARY KEY (device_id)
);

CREATE INDEX ix_device_cert_key_id ON device_cert (key_id);

-- Entries a bundle carried that their author's laptop did not vouch for.
CREATE TABLE sync_refused (
	device_id VARCHAR(36) NOT NULL, 
	seq INTEGER NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	author_key_id VARCHAR(80) NOT NULL, 
	reason TEXT NOT NULL, 
	bundle_id VARCHAR(36) NOT NULL, 
	sender_key_id VARCHAR(64) NOT NULL, 
	refused_at VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_sync_refused PRIMARY KEY (device_id, seq, hash)
);
