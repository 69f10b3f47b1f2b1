-- Test-only migration that fails half way: nothing of it may remain.
CREATE TABLE half_done (a TEXT);
INSERT INTO journal_info (key, value) VALUES ('test.broken', 'applied');
INSERT INTO no_such_table (a) VALUES (1);
