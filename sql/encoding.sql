-- report text is processed as UTF-8: in a database of another encoding
-- CREATE EXTENSION is refused with a clear error (0A000) and a hint
SET client_min_messages = warning;
CREATE DATABASE regress_clusterdata_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c regress_clusterdata_ascii
SET client_min_messages = warning;
\set VERBOSITY default
-- (no context: PostgreSQL 18 adds the extension script's line to it)
\set SHOW_CONTEXT never
CREATE EXTENSION clusterdata;
\set SHOW_CONTEXT errors
\set VERBOSITY sqlstate
CREATE EXTENSION clusterdata;
\set VERBOSITY default
-- nothing of it is left behind
SELECT count(*) AS installed FROM pg_extension WHERE extname = 'clusterdata';
SELECT count(*) AS schemas FROM pg_namespace WHERE nspname = 'clusterdata';
\c contrib_regression
DROP DATABASE regress_clusterdata_ascii;
