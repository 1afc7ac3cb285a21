-- Schema version 6: withheld entries are kept as runs (decision 0013). A row stands for
-- entries first_seq to seq of one device's chain; each row written before is a run of one.
ALTER TABLE sync_withheld ADD COLUMN first_seq INTEGER NOT NULL DEFAULT 0;

UPDATE sync_withheld SET first_seq = seq;
