-- Version 9: nothing changes in a SQLite database. Its PostgreSQL twin
-- (src/store/postgres/migrations/0009_postgres_functions.sql) adds what SQLite gives custctl
-- from the connection instead of the schema: the Unicode-folding search function and the
-- tracking of changed rows that sealing a write reads (SQLite's update hook).
SELECT 1;
