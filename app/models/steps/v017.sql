-- Schema version 17: the log's entries of one kind, in clock order. Every write reads the
-- entries that decide authority (reviews, teams, people, partnerships, revocations) and a
-- merge reads them too; without this index that read scanned the whole log, so a note's
-- save grew with the number of notes (about 80 ms at 20,000 notes).
CREATE INDEX ix_change_log_entity_hlc ON change_log (entity, hlc, device_id);
