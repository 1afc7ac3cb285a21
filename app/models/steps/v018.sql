-- Schema version 18: documents attached to the partnership's agreed protocol (decision
-- 0041). The bytes live in the attachment store, named by their SHA-256.
CREATE TABLE protocol_document (
	partnership_id VARCHAR(36) NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	filename TEXT NOT NULL, 
	media_type VARCHAR(128) NOT NULL, 
	size INTEGER NOT NULL, 
	part VARCHAR(16) NOT NULL, 
	added_on VARCHAR(10) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_protocol_document PRIMARY KEY (id), 
	CONSTRAINT fk_protocol_document_partnership_id_partnership FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);

CREATE INDEX ix_protocol_document_partnership_id ON protocol_document (partnership_id);
