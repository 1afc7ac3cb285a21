-- Schema version 1 of the Peerview database. Frozen: never edit; add a new step instead.

CREATE TABLE change_log (
	device_id VARCHAR(36) NOT NULL, 
	seq INTEGER NOT NULL, 
	hlc VARCHAR(24) NOT NULL, 
	entity VARCHAR(32) NOT NULL, 
	entity_id VARCHAR(36) NOT NULL, 
	op VARCHAR(8) NOT NULL, 
	fields TEXT NOT NULL, 
	prior TEXT NOT NULL, 
	author_key_id VARCHAR(64), 
	prev_hash VARCHAR(64) NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	CONSTRAINT pk_change_log PRIMARY KEY (device_id, seq)
);

CREATE INDEX ix_change_log_entity_id ON change_log (entity_id);

CREATE INDEX ix_change_log_hlc ON change_log (hlc);

CREATE TABLE device_state (
	"key" VARCHAR(64) NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_device_state PRIMARY KEY ("key")
);

CREATE TABLE field_version (
	entity VARCHAR(32) NOT NULL, 
	entity_id VARCHAR(36) NOT NULL, 
	field VARCHAR(64) NOT NULL, 
	hlc VARCHAR(24) NOT NULL, 
	device_id VARCHAR(36) NOT NULL, 
	seq INTEGER NOT NULL, 
	CONSTRAINT pk_field_version PRIMARY KEY (entity, entity_id, field)
);

CREATE TABLE framework (
	name TEXT NOT NULL, 
	description TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_framework PRIMARY KEY (id)
);

CREATE TABLE identity (
	key_id VARCHAR(64) NOT NULL, 
	name TEXT NOT NULL, 
	school TEXT NOT NULL, 
	role VARCHAR(32) NOT NULL, 
	ed25519_public BLOB, 
	x25519_public TEXT, 
	certificate_pem TEXT, 
	private_keys_encrypted BLOB, 
	created_at VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_identity PRIMARY KEY (key_id)
);

CREATE TABLE partnership (
	name TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_partnership PRIMARY KEY (id)
);

CREATE TABLE trusted_key (
	key_id VARCHAR(64) NOT NULL, 
	name TEXT NOT NULL, 
	school TEXT NOT NULL, 
	role VARCHAR(32) NOT NULL, 
	ed25519_public BLOB, 
	x25519_public TEXT, 
	certificate_pem TEXT, 
	source VARCHAR(16) NOT NULL, 
	trusted_at VARCHAR(32) NOT NULL, 
	revoked_at VARCHAR(32), 
	CONSTRAINT pk_trusted_key PRIMARY KEY (key_id)
);

CREATE TABLE framework_version (
	framework_id VARCHAR(36), 
	label VARCHAR(64) NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	content TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_framework_version PRIMARY KEY (id), 
	CONSTRAINT fk_framework_version_framework_id_framework FOREIGN KEY(framework_id) REFERENCES framework (id)
);

CREATE INDEX ix_framework_version_content_hash ON framework_version (content_hash);

CREATE TABLE school (
	partnership_id VARCHAR(36), 
	name TEXT NOT NULL, 
	town TEXT NOT NULL, 
	phase VARCHAR(32) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_school PRIMARY KEY (id), 
	CONSTRAINT fk_school_partnership_id_partnership FOREIGN KEY(partnership_id) REFERENCES partnership (id)
);

CREATE TABLE framework_area (
	id VARCHAR(36) NOT NULL, 
	version_id VARCHAR(36) NOT NULL, 
	code VARCHAR(16) NOT NULL, 
	title TEXT NOT NULL, 
	description TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_framework_area PRIMARY KEY (id), 
	CONSTRAINT fk_framework_area_version_id_framework_version FOREIGN KEY(version_id) REFERENCES framework_version (id)
);

CREATE INDEX ix_framework_area_version_id ON framework_area (version_id);

CREATE TABLE person (
	school_id VARCHAR(36), 
	name TEXT NOT NULL, 
	role VARCHAR(32) NOT NULL, 
	key_id VARCHAR(64), 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_person PRIMARY KEY (id), 
	CONSTRAINT fk_person_school_id_school FOREIGN KEY(school_id) REFERENCES school (id)
);

CREATE INDEX ix_person_key_id ON person (key_id);

CREATE TABLE review (
	partnership_id VARCHAR(36), 
	host_school_id VARCHAR(36), 
	title TEXT NOT NULL, 
	start_date VARCHAR(10) NOT NULL, 
	end_date VARCHAR(10) NOT NULL, 
	focus TEXT NOT NULL, 
	self_evaluation TEXT NOT NULL, 
	status VARCHAR(24) NOT NULL, 
	framework_version_id VARCHAR(36), 
	archived BOOLEAN NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_review PRIMARY KEY (id), 
	CONSTRAINT fk_review_partnership_id_partnership FOREIGN KEY(partnership_id) REFERENCES partnership (id), 
	CONSTRAINT fk_review_host_school_id_school FOREIGN KEY(host_school_id) REFERENCES school (id), 
	CONSTRAINT fk_review_framework_version_id_framework_version FOREIGN KEY(framework_version_id) REFERENCES framework_version (id)
);

CREATE TABLE activity (
	review_id VARCHAR(36) NOT NULL, 
	day VARCHAR(10) NOT NULL, 
	start_time VARCHAR(5) NOT NULL, 
	end_time VARCHAR(5) NOT NULL, 
	kind VARCHAR(24) NOT NULL, 
	title TEXT NOT NULL, 
	place TEXT NOT NULL, 
	year_group VARCHAR(32) NOT NULL, 
	subject TEXT NOT NULL, 
	reviewer_ids TEXT NOT NULL, 
	host_leader_id VARCHAR(36), 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_activity PRIMARY KEY (id), 
	CONSTRAINT fk_activity_review_id_review FOREIGN KEY(review_id) REFERENCES review (id), 
	CONSTRAINT fk_activity_host_leader_id_person FOREIGN KEY(host_leader_id) REFERENCES person (id)
);

CREATE INDEX ix_activity_review_id ON activity (review_id);

CREATE TABLE enquiry_question (
	review_id VARCHAR(36) NOT NULL, 
	text TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_enquiry_question PRIMARY KEY (id), 
	CONSTRAINT fk_enquiry_question_review_id_review FOREIGN KEY(review_id) REFERENCES review (id)
);

CREATE INDEX ix_enquiry_question_review_id ON enquiry_question (review_id);

CREATE TABLE finding (
	review_id VARCHAR(36) NOT NULL, 
	kind VARCHAR(24) NOT NULL, 
	title TEXT NOT NULL, 
	text TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_finding PRIMARY KEY (id), 
	CONSTRAINT fk_finding_review_id_review FOREIGN KEY(review_id) REFERENCES review (id)
);

CREATE INDEX ix_finding_review_id ON finding (review_id);

CREATE TABLE framework_strand (
	id VARCHAR(36) NOT NULL, 
	version_id VARCHAR(36) NOT NULL, 
	area_id VARCHAR(36) NOT NULL, 
	code VARCHAR(16) NOT NULL, 
	title TEXT NOT NULL, 
	description TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_framework_strand PRIMARY KEY (id), 
	CONSTRAINT fk_framework_strand_version_id_framework_version FOREIGN KEY(version_id) REFERENCES framework_version (id), 
	CONSTRAINT fk_framework_strand_area_id_framework_area FOREIGN KEY(area_id) REFERENCES framework_area (id)
);

CREATE INDEX ix_framework_strand_version_id ON framework_strand (version_id);

CREATE TABLE safeguarding_concern (
	review_id VARCHAR(36) NOT NULL, 
	recorded_by_key_id VARCHAR(64), 
	observed_at VARCHAR(32) NOT NULL, 
	text TEXT NOT NULL, 
	passed_to TEXT NOT NULL, 
	passed_on_at VARCHAR(32) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_safeguarding_concern PRIMARY KEY (id), 
	CONSTRAINT fk_safeguarding_concern_review_id_review FOREIGN KEY(review_id) REFERENCES review (id)
);

CREATE INDEX ix_safeguarding_concern_review_id ON safeguarding_concern (review_id);

CREATE TABLE team_member (
	review_id VARCHAR(36) NOT NULL, 
	person_id VARCHAR(36) NOT NULL, 
	role VARCHAR(24) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_team_member PRIMARY KEY (id), 
	CONSTRAINT fk_team_member_review_id_review FOREIGN KEY(review_id) REFERENCES review (id), 
	CONSTRAINT fk_team_member_person_id_person FOREIGN KEY(person_id) REFERENCES person (id)
);

CREATE INDEX ix_team_member_review_id ON team_member (review_id);

CREATE TABLE action_item (
	review_id VARCHAR(36) NOT NULL, 
	finding_id VARCHAR(36), 
	action TEXT NOT NULL, 
	owner TEXT NOT NULL, 
	success_criteria TEXT NOT NULL, 
	review_date VARCHAR(10) NOT NULL, 
	status VARCHAR(24) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_action_item PRIMARY KEY (id), 
	CONSTRAINT fk_action_item_review_id_review FOREIGN KEY(review_id) REFERENCES review (id), 
	CONSTRAINT fk_action_item_finding_id_finding FOREIGN KEY(finding_id) REFERENCES finding (id)
);

CREATE INDEX ix_action_item_review_id ON action_item (review_id);

CREATE TABLE evidence_note (
	review_id VARCHAR(36) NOT NULL, 
	activity_id VARCHAR(36), 
	activity_kind VARCHAR(24) NOT NULL, 
	observed_at VARCHAR(32) NOT NULL, 
	year_group VARCHAR(32) NOT NULL, 
	subject TEXT NOT NULL, 
	class_group TEXT NOT NULL, 
	author_key_id VARCHAR(64), 
	co_reviewer_id VARCHAR(36), 
	host_leader_id VARCHAR(36), 
	text TEXT NOT NULL, 
	emerging TEXT NOT NULL, 
	typicality TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_evidence_note PRIMARY KEY (id), 
	CONSTRAINT fk_evidence_note_review_id_review FOREIGN KEY(review_id) REFERENCES review (id), 
	CONSTRAINT fk_evidence_note_activity_id_activity FOREIGN KEY(activity_id) REFERENCES activity (id), 
	CONSTRAINT fk_evidence_note_co_reviewer_id_person FOREIGN KEY(co_reviewer_id) REFERENCES person (id), 
	CONSTRAINT fk_evidence_note_host_leader_id_person FOREIGN KEY(host_leader_id) REFERENCES person (id)
);

CREATE INDEX ix_evidence_note_review_observed ON evidence_note (review_id, observed_at);

CREATE TABLE finding_strand (
	finding_id VARCHAR(36) NOT NULL, 
	strand_id VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_finding_strand PRIMARY KEY (id), 
	CONSTRAINT fk_finding_strand_finding_id_finding FOREIGN KEY(finding_id) REFERENCES finding (id), 
	CONSTRAINT fk_finding_strand_strand_id_framework_strand FOREIGN KEY(strand_id) REFERENCES framework_strand (id)
);

CREATE INDEX ix_finding_strand_finding_id ON finding_strand (finding_id);

CREATE INDEX ix_finding_strand_strand_id ON finding_strand (strand_id);

CREATE TABLE framework_prompt (
	id VARCHAR(36) NOT NULL, 
	strand_id VARCHAR(36) NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	text TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_framework_prompt PRIMARY KEY (id), 
	CONSTRAINT fk_framework_prompt_strand_id_framework_strand FOREIGN KEY(strand_id) REFERENCES framework_strand (id)
);

CREATE INDEX ix_framework_prompt_strand_id ON framework_prompt (strand_id);

CREATE TABLE next_step (
	review_id VARCHAR(36) NOT NULL, 
	finding_id VARCHAR(36), 
	text TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_next_step PRIMARY KEY (id), 
	CONSTRAINT fk_next_step_review_id_review FOREIGN KEY(review_id) REFERENCES review (id), 
	CONSTRAINT fk_next_step_finding_id_finding FOREIGN KEY(finding_id) REFERENCES finding (id)
);

CREATE INDEX ix_next_step_review_id ON next_step (review_id);

CREATE TABLE attachment (
	note_id VARCHAR(36) NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	filename TEXT NOT NULL, 
	media_type VARCHAR(128) NOT NULL, 
	size INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_attachment PRIMARY KEY (id), 
	CONSTRAINT fk_attachment_note_id_evidence_note FOREIGN KEY(note_id) REFERENCES evidence_note (id)
);

CREATE INDEX ix_attachment_note_id ON attachment (note_id);

CREATE TABLE finding_note (
	finding_id VARCHAR(36) NOT NULL, 
	note_id VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_finding_note PRIMARY KEY (id), 
	CONSTRAINT fk_finding_note_finding_id_finding FOREIGN KEY(finding_id) REFERENCES finding (id), 
	CONSTRAINT fk_finding_note_note_id_evidence_note FOREIGN KEY(note_id) REFERENCES evidence_note (id)
);

CREATE INDEX ix_finding_note_finding_id ON finding_note (finding_id);

CREATE INDEX ix_finding_note_note_id ON finding_note (note_id);

CREATE TABLE note_link (
	from_note_id VARCHAR(36) NOT NULL, 
	to_note_id VARCHAR(36) NOT NULL, 
	kind VARCHAR(16) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_note_link PRIMARY KEY (id), 
	CONSTRAINT fk_note_link_from_note_id_evidence_note FOREIGN KEY(from_note_id) REFERENCES evidence_note (id), 
	CONSTRAINT fk_note_link_to_note_id_evidence_note FOREIGN KEY(to_note_id) REFERENCES evidence_note (id)
);

CREATE INDEX ix_note_link_from_note_id ON note_link (from_note_id);

CREATE INDEX ix_note_link_to_note_id ON note_link (to_note_id);

CREATE TABLE note_question (
	note_id VARCHAR(36) NOT NULL, 
	question_id VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_note_question PRIMARY KEY (id), 
	CONSTRAINT fk_note_question_note_id_evidence_note FOREIGN KEY(note_id) REFERENCES evidence_note (id), 
	CONSTRAINT fk_note_question_question_id_enquiry_question FOREIGN KEY(question_id) REFERENCES enquiry_question (id)
);

CREATE INDEX ix_note_question_note_id ON note_question (note_id);

CREATE INDEX ix_note_question_question_id ON note_question (question_id);

CREATE TABLE note_strand (
	note_id VARCHAR(36) NOT NULL, 
	strand_id VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	CONSTRAINT pk_note_strand PRIMARY KEY (id), 
	CONSTRAINT fk_note_strand_note_id_evidence_note FOREIGN KEY(note_id) REFERENCES evidence_note (id), 
	CONSTRAINT fk_note_strand_strand_id_framework_strand FOREIGN KEY(strand_id) REFERENCES framework_strand (id)
);

CREATE INDEX ix_note_strand_note_id ON note_strand (note_id);

CREATE INDEX ix_note_strand_strand_id ON note_strand (strand_id);


-- Full-text search over evidence notes. note_search maps a note to a stable integer
-- rowid (a TEXT primary key's implicit rowid may change on VACUUM); note_fts holds the
-- folded text (accents and letters such as Ł folded in Python, see app/services/textfold.py).
CREATE TABLE note_search (
	rowid INTEGER PRIMARY KEY,
	note_id VARCHAR(36) NOT NULL UNIQUE,
	review_id VARCHAR(36) NOT NULL
);
CREATE INDEX ix_note_search_review_id ON note_search (review_id);
CREATE VIRTUAL TABLE note_fts USING fts5(body, tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'");
-- Merge index segments less often: the default (4) makes an occasional note save wait
-- tens of milliseconds for a merge; 16 keeps the slowest saves within budget at 100,000 notes.
INSERT INTO note_fts(note_fts, rank) VALUES ('automerge', 16);
