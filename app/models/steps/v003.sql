-- Schema version 3: findings, grade guard dismissals, sign-off and retention (decision 0009).
-- Frozen once released. Python-side defaults fill new rows; the SQL defaults here only
-- fill rows that existed before the upgrade.

ALTER TABLE finding ADD COLUMN guard_dismissed_terms TEXT NOT NULL DEFAULT '';
ALTER TABLE finding ADD COLUMN guard_dismissed_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE finding ADD COLUMN retained_evidence TEXT NOT NULL DEFAULT '';
ALTER TABLE review ADD COLUMN sent_back_note TEXT NOT NULL DEFAULT '';
ALTER TABLE review ADD COLUMN report_sha256 VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE review ADD COLUMN signed_at VARCHAR(32) NOT NULL DEFAULT '';
ALTER TABLE review ADD COLUMN retention_days INTEGER;
ALTER TABLE review ADD COLUMN evidence_purged_at VARCHAR(32) NOT NULL DEFAULT '';
