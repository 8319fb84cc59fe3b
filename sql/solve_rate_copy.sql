-- solve_rate: binary send/receive through COPY (FORMAT binary)
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS clusterdata;
SET search_path = clusterdata, public;

CREATE TEMP TABLE copy_src (id int, r solve_rate);
INSERT INTO copy_src VALUES (1, '1707/1914'), (2, '0/0'), (3, '294/314'), (4, NULL),
  (5, '9223372036854775807/9223372036854775807'), (6, '0/1');
SELECT current_setting('data_directory') || '/clusterdata_copy.bin' AS copyfile \gset
COPY copy_src TO :'copyfile' WITH (FORMAT binary);
CREATE TEMP TABLE copy_dst (LIKE copy_src);
COPY copy_dst FROM :'copyfile' WITH (FORMAT binary);
SELECT s.id, s.r, d.r AS copied, s.r IS NOT DISTINCT FROM d.r AS same
FROM copy_src s JOIN copy_dst d USING (id) ORDER BY id;

-- the binary form is two big-endian int8: solved then total
SELECT solve_rate_send('1707/1914');

-- a binary COPY file whose row has solved > total is rejected on receive
SELECT lo_from_bytea(0,
         '\x5047434f50590aff0d0a00'::bytea        -- signature
         || '\x0000000000000000'::bytea          -- flags, header extension length
         || '\x0001' || '\x00000010'             -- one field of 16 bytes
         || '\x0000000000000005' || '\x0000000000000004'  -- 5/4
         || '\xffff'::bytea) AS bad_lo \gset
SELECT lo_export(:bad_lo, :'copyfile') AS exported, lo_unlink(:bad_lo) AS unlinked;
CREATE TEMP TABLE bad_dst (r solve_rate);
\set VERBOSITY sqlstate
COPY bad_dst FROM :'copyfile' WITH (FORMAT binary);
\set VERBOSITY default
SELECT count(*) AS rows_loaded FROM bad_dst;
