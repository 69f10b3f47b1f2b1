-- Test-only migration: stands in for a future schema 2 so upgrades and backups can be tested.
ALTER TABLE lab_result ADD COLUMN flag TEXT NOT NULL DEFAULT '';
INSERT INTO journal_info (key, value) VALUES ('test.v2', 'applied');
