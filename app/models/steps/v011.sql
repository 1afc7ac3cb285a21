-- Schema version 11: retention defaults and erasure (decision 0038). Frozen once released.
-- Python-side defaults fill new rows; the SQL defaults here fill rows that existed before.

-- Whether someone chose this review's retention. Until then it follows the laptop's default
-- (90 days after signing unless changed in Settings), written into the review at signing.
ALTER TABLE review ADD COLUMN retention_chosen BOOLEAN NOT NULL DEFAULT 0;
-- A safeguarding concern handed over to the host's DSL is erased from Peerview this many
-- days after the hand-over (NULL: the default, 7), keeping only who it went to and when.
ALTER TABLE safeguarding_concern ADD COLUMN erase_after_days INTEGER;
ALTER TABLE safeguarding_concern ADD COLUMN erased_at VARCHAR(32) NOT NULL DEFAULT '';
