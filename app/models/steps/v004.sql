-- Schema version 4: sync receipts (synced) and local sync bookkeeping (decision 0012).

CREATE TABLE sync_receipt (
	device_id VARCHAR(36) NOT NULL, 
	key_id VARCHAR(80), 
	seen TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_sync_receipt PRIMARY KEY (id)
);

CREATE INDEX ix_sync_receipt_key_id ON sync_receipt (key_id);

CREATE TABLE sync_held (
	device_id VARCHAR(36) NOT NULL, 
	seq INTEGER NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	kind VARCHAR(8) NOT NULL, 
	body TEXT NOT NULL, 
	reason TEXT NOT NULL, 
	import_id VARCHAR(36), 
	held_at VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_sync_held PRIMARY KEY (device_id, seq)
);

CREATE TABLE sync_withheld (
	device_id VARCHAR(36) NOT NULL, 
	seq INTEGER NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	prev_hash VARCHAR(64) NOT NULL, 
	hlc VARCHAR(24) NOT NULL, 
	CONSTRAINT pk_sync_withheld PRIMARY KEY (device_id, seq)
);

CREATE TABLE sync_conflict (
	id VARCHAR(36) NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	entity VARCHAR(32) NOT NULL, 
	entity_id VARCHAR(36) NOT NULL, 
	field VARCHAR(64) NOT NULL, 
	prior_ref VARCHAR(48), 
	refs TEXT NOT NULL, 
	detected_at VARCHAR(32) NOT NULL, 
	import_id VARCHAR(36), 
	CONSTRAINT pk_sync_conflict PRIMARY KEY (id)
);

CREATE INDEX ix_sync_conflict_entity_id ON sync_conflict (entity_id);

CREATE TABLE sync_import (
	id VARCHAR(36) NOT NULL, 
	bundle_id VARCHAR(36) NOT NULL, 
	sender_key_id VARCHAR(64) NOT NULL, 
	sender_name TEXT NOT NULL, 
	file_name TEXT NOT NULL, 
	imported_at VARCHAR(32) NOT NULL, 
	added INTEGER NOT NULL, 
	updated INTEGER NOT NULL, 
	deleted INTEGER NOT NULL, 
	conflicts INTEGER NOT NULL, 
	held INTEGER NOT NULL, 
	skipped INTEGER NOT NULL, 
	withheld INTEGER NOT NULL, 
	detail TEXT NOT NULL, 
	CONSTRAINT pk_sync_import PRIMARY KEY (id)
);

CREATE INDEX ix_sync_import_bundle_id ON sync_import (bundle_id);

CREATE TABLE sync_sent (
	bundle_id VARCHAR(36) NOT NULL, 
	review_id VARCHAR(36) NOT NULL, 
	recipients TEXT NOT NULL, 
	ranges TEXT NOT NULL, 
	file_name TEXT NOT NULL, 
	sent_at VARCHAR(32) NOT NULL, 
	"full" BOOLEAN NOT NULL, 
	entries INTEGER NOT NULL, 
	CONSTRAINT pk_sync_sent PRIMARY KEY (bundle_id)
);

CREATE INDEX ix_sync_sent_review_id ON sync_sent (review_id);
