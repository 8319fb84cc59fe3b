-- The garden: every function the extension creates (read from pg_proc, so a
-- new function is called here without anyone listing it) is called with
-- hostile arguments: NULLs, empty text, megabytes of digits, separators,
-- Devanagari, Hangul and CJK, a character of every Unicode general category,
-- decomposed text, unsupported language codes, extreme numbers and dates,
-- NULL enum-like arguments.  One argument varies at a time while the others
-- keep an ordinary value.  Every call must give a result or an error with a
-- meaningful SQLSTATE: class XX (internal error) never.  Binary input is
-- tried through COPY (FORMAT binary) for every type with a receive function:
-- empty, truncated, oversized and malformed fields.
SET client_min_messages = warning;
SET search_path = clusterdata, public;
SET statement_timeout = '120s';

-- hostile values by type, as SQL expressions
CREATE TEMP TABLE garden_val (typ regtype, label text, expr text);
INSERT INTO garden_val VALUES
  ('text', 'null', 'NULL'), ('text', 'empty', ''''''), ('text', 'space', ''' '''),
  ('text', 'controls', 'E''\t\n\r\x01\x7f'''),
  ('text', '1 MB of digits', 'repeat(''9'', 1000000)'),
  ('text', '1 MB of commas', 'repeat('','', 1000000)'),
  ('text', 'dots', 'repeat(''.'', 500000)'),
  ('text', 'slashes', 'repeat(''1/'', 200000)'),
  ('text', 'long decimal', '''0.'' || repeat(''0'', 20000) || ''1%'''),
  ('text', 'many percents', 'repeat(''1 1% '', 100000)'),
  ('text', 'huge word', '''rate '' || repeat(''x'', 1000000) || '' 5% 6%. No. 7'''),
  ('text', 'Devanagari digits', 'repeat(''१,७०७ '', 50000)'),
  ('text', 'Devanagari words', 'repeat(''फू थो प्रांत पुलिस '', 20000)'),
  ('text', 'Hangul', 'repeat(''한국어 3만3470건 '', 30000)'),
  ('text', 'CJK', 'repeat(''中文字4万多'', 50000)'),
  ('text', 'every category', 'repeat(''Aaǅʰא'' || chr(769) || chr(2307) || chr(8413) || ''٣Ⅻ½_‐()«»!+$^©''
                                      || chr(12288) || chr(8232) || chr(8233) || chr(1) || chr(8203)
                                      || chr(65279) || chr(57344) || chr(888) || chr(128512) || chr(120782)
                                      || chr(1114111) || chr(65533), 2000)'),
  ('text', 'NFD report', 'normalize(''Nhóm thi đua số 9 quy tụ lực lượng ở Kon Tum, Gia Lai, Đắk Nông; khám phá 1.707/1.914 vụ việc, tức 89,18%.'', NFD)'),
  ('text', 'lone marks', 'repeat(chr(769), 100000)'),
  ('text', 'digit and marks', '''1'' || repeat(chr(769), 5000) || ''%'''),
  ('text', 'report vi', '''Năm 2024, các đơn vị Lào Cai, Yên Bái, Lai Châu thuộc Cụm số 2 họp bàn; riêng Lào Cai khám phá 415/452 vụ, tỷ lệ 91,81%.'''),
  ('text', 'lang xx', '''xx'''), ('text', 'lang EN', '''EN'''), ('text', 'lang vi+space', '''vi '''),
  ('text', 'lang zh', '''zh'''), ('text', 'long code', 'repeat(''v'', 10000)'),
  ('text', 'province', '''Phú Thọ'''), ('text', 'iso code', '''VN-26'''), ('text', 'Huế', '''Huế'''),
  ('text', 'metric', '''criminal'''), ('text', 'method', '''composite'''), ('text', 'period', '''H1'''),
  ('text', 'max code point', 'chr(1114111)'), ('text', 'replacement', 'chr(65533)'),
  ('bigint', 'null', 'NULL'), ('bigint', '0', '0'), ('bigint', '-1', '-1'),
  ('bigint', 'max', '9223372036854775807'), ('bigint', 'min', '(-9223372036854775807 - 1)'),
  ('bigint', 'date-like', '20241216'), ('bigint', 'past date range', '58748980101'),
  ('integer', 'null', 'NULL'), ('integer', '0', '0'), ('integer', '-1', '-1'),
  ('integer', 'max', '2147483647'), ('integer', 'min', '(-2147483647 - 1)'), ('integer', '64', '64'),
  ('double precision', 'null', 'NULL'), ('double precision', '0', '0'), ('double precision', '1', '1'),
  ('double precision', '-1', '-1'), ('double precision', 'NaN', '''NaN'''),
  ('double precision', 'Infinity', '''Infinity'''), ('double precision', '-Infinity', '''-Infinity'''),
  ('double precision', 'almost 1', '0.9999999999999999'), ('double precision', 'tiny', '5e-324'),
  ('date', 'null', 'NULL'), ('date', 'infinity', '''infinity'''), ('date', '-infinity', '''-infinity'''),
  ('date', 'first', '''4714-11-24 BC'''), ('date', 'last', '''5874897-12-31'''), ('date', 'merger', '''2025-07-01'''),
  ('numeric', 'null', 'NULL'), ('numeric', 'NaN', '''NaN'''), ('numeric', 'Infinity', '''Infinity'''),
  ('numeric', '-Infinity', '''-Infinity'''), ('numeric', '0', '0'), ('numeric', '-1', '-1'),
  ('numeric', '100', '100'), ('numeric', 'huge', '1e1000'), ('numeric', 'scale 1000', '(''0.'' || repeat(''0'', 999) || ''1'')::numeric'),
  ('boolean', 'null', 'NULL'), ('boolean', 'true', 'true'), ('boolean', 'false', 'false'),
  ('bigint[]', 'null', 'NULL'), ('bigint[]', 'empty', '''{}'''), ('bigint[]', 'null element', 'ARRAY[NULL, 1]'),
  ('bigint[]', 'extremes', 'ARRAY[9223372036854775807, -9223372036854775807 - 1, 0]'),
  ('bigint[]', '100000 ids', 'ARRAY(SELECT generate_series(1, 100000))'),
  ('bigint[]', 'two dimensions', '''{{1,2},{3,4}}'''),
  ('bytea', 'null', 'NULL'), ('bytea', 'empty', '''\x'''), ('bytea', 'one byte', '''\xff'''),
  ('bytea', '1 MB', 'convert_to(repeat(''9'', 1000000), ''UTF8'')'),
  ('jsonb', 'null', 'NULL'), ('jsonb', 'empty object', '''{}'''), ('jsonb', 'array', '''[]'''),
  ('jsonb', 'json null', '''null'''), ('jsonb', 'string', '''"x"'''), ('jsonb', 'negative', '''{"criminal": -1}'''),
  ('jsonb', 'text weight', '''{"criminal": "a"}'''), ('jsonb', 'huge weights', '''{"criminal": 1e300, "drug": 1e300}'''),
  ('jsonb', 'unknown metric', '''{"nosuch": 1}'''),
  ('solve_rate', 'null', 'NULL'), ('solve_rate', '0/0', '''0/0'''), ('solve_rate', '0/1', '''0/1'''),
  ('solve_rate', '1/1', '''1/1'''), ('solve_rate', 'max/max', '''9223372036854775807/9223372036854775807'''),
  ('solve_rate', '0/max', '''0/9223372036854775807'''), ('solve_rate', 'max-1/max', '''9223372036854775806/9223372036854775807'''),
  ('province', 'null', 'NULL'), ('province', 'first', '''VN-01'''), ('province', 'Huế', '''Huế'''),
  ('province', 'Thừa Thiên Huế', '''VN-26'''), ('province', 'city', '''VN-SG'''),
  ('timestamptz', 'null', 'NULL'), ('timestamptz', 'infinity', '''infinity'''),
  ('timestamptz', '-infinity', '''-infinity'''), ('timestamptz', 'ordinary', '''2025-12-31 23:59:59+07''');
-- text input (cstring) gets every text value, truncated and oversized ones included
INSERT INTO garden_val SELECT 'cstring', label, expr FROM garden_val WHERE typ = 'text'::regtype;
INSERT INTO garden_val VALUES
  ('cstring', 'fraction', '''1707/1914'''), ('cstring', 'truncated', '''1707/'''),
  ('cstring', 'overflow', '''99999999999999999999/1'''), ('cstring', 'negative', '''-1/2'''),
  ('cstring', 'exceeds', '''5/4'''), ('cstring', 'spaces', ''' 1 / 2 ''');

-- ordinary values: by argument name, else by type
CREATE TEMP TABLE garden_normal (argname text, typ regtype, expr text);
INSERT INTO garden_normal VALUES
  ('body', NULL, '''Lào Cai khám phá 415/452 vụ, tỷ lệ 91,81%.'''),
  ('lang', NULL, '''vi'''), ('metric', NULL, '''criminal'''), ('method', NULL, '''wilson'''),
  ('name', NULL, '''Phú Thọ'''), ('cluster_no', NULL, '2'), ('year', NULL, '2024'),
  ('max_reports', NULL, '10'), ('report_id', NULL, '1'), ('digits', NULL, '1'),
  ('confidence', NULL, '0.95'), ('reported', NULL, '89.1'), ('on_date', NULL, '''2025-07-01'''),
  ('value', NULL, '20241216'), ('parse', NULL, 'true'), ('period', NULL, '''year'''),
  ('report_ids', NULL, 'ARRAY[1, 2]'), ('queued_only', NULL, 'false'),
  ('body_sha256', NULL, 'sha256(''abc'')'), ('shard_count', NULL, '4'), ('ids', NULL, 'ARRAY[1, 2]'),
  ('at', NULL, '1'), ('span_start', NULL, '3'), ('span_end', NULL, '7'), ('width', NULL, '60'),
  ('sqlstate', NULL, '''55P03'''), ('retries', NULL, '0'), ('parsed_at', NULL, 'now()'),
  (NULL, 'text', 'NULL'), (NULL, 'date', 'NULL'), (NULL, 'jsonb', 'NULL'), (NULL, 'boolean', 'true'),
  (NULL, 'bigint', '1'), (NULL, 'integer', '1'), (NULL, 'numeric', '1'), (NULL, 'double precision', '0.95'),
  (NULL, 'solve_rate', '''1707/1914'''), (NULL, 'province', '''VN-01'''), (NULL, 'cstring', '''1/2''');

CREATE TEMP TABLE garden_fn AS
SELECT p.oid::regprocedure AS fn, p.oid, p.prokind, p.proname,
       ARRAY(SELECT unnest(p.proargtypes::regtype[])) AS argtypes,
       (SELECT array_agg(coalesce(n, '') ORDER BY i)
        FROM unnest(p.proargnames[1:p.pronargs]) WITH ORDINALITY a(n, i)) AS argnames
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'clusterdata';

CREATE TEMP TABLE garden_result (fn regprocedure, arg int, label text, sqlstate text);

CREATE FUNCTION pg_temp.garden_call(f garden_fn, args text[]) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    call text := format('clusterdata.%I(%s)', f.proname, array_to_string(args, ', '));
    n bigint;
BEGIN
    IF f.prokind = 'a' THEN
        EXECUTE format('SELECT count(*) FROM (SELECT %s FROM generate_series(1, 3)) s', call) INTO n;
    ELSIF f.prokind = 'p' THEN
        -- a procedure (one that commits would give 2D000 here, inside a function)
        EXECUTE format('CALL %s', call);
    ELSE
        EXECUTE format('SELECT count(*) FROM %s', call) INTO n;
    END IF;
    RETURN '00000';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END
$$;

DO $$
DECLARE
    f garden_fn;
    normals text[];
    args text[];
    v record;
    nargs int;
BEGIN
    FOR f IN SELECT * FROM garden_fn ORDER BY fn::text LOOP
        nargs := coalesce(array_length(f.argtypes, 1), 0);
        IF 'internal'::regtype = ANY (f.argtypes) THEN
            CONTINUE;           -- receive functions: binary COPY below
        END IF;
        normals := ARRAY(
            SELECT format('(%s)::%s',
                          coalesce((SELECT n.expr FROM garden_normal n WHERE n.argname = f.argnames[i]),
                                   (SELECT n.expr FROM garden_normal n WHERE n.typ = f.argtypes[i])),
                          f.argtypes[i])
            FROM generate_series(1, nargs) i ORDER BY i);
        IF nargs = 0 THEN
            INSERT INTO garden_result VALUES (f.fn, 0, 'no arguments', pg_temp.garden_call(f, '{}'));
            CONTINUE;
        END IF;
        -- all NULL
        args := array_fill('NULL'::text, ARRAY[nargs]);
        FOR i IN 1 .. nargs LOOP
            args[i] := format('NULL::%s', f.argtypes[i]);
        END LOOP;
        INSERT INTO garden_result VALUES (f.fn, 0, 'all null', pg_temp.garden_call(f, args));
        -- one hostile argument at a time
        FOR i IN 1 .. nargs LOOP
            FOR v IN SELECT * FROM garden_val g WHERE g.typ = f.argtypes[i] ORDER BY g.label LOOP
                args := normals;
                args[i] := format('(%s)::%s', v.expr, f.argtypes[i]);
                INSERT INTO garden_result VALUES (f.fn, i, v.label, pg_temp.garden_call(f, args));
            END LOOP;
        END LOOP;
    END LOOP;
END
$$;

-- binary input of every type with a receive function: empty, truncated,
-- oversized and malformed fields in a COPY (FORMAT binary) file
SELECT current_setting('data_directory') || '/clusterdata_garden.bin' AS gardenfile \gset
CREATE TEMP TABLE garden_bin (label text, field bytea);
INSERT INTO garden_bin VALUES
  ('empty', ''), ('one byte', '\x01'), ('eight bytes', '\x0000000000000001'),
  ('sixteen: 1/2', '\x00000000000000010000000000000002'),
  ('sixteen: 5/4', '\x00000000000000050000000000000004'),
  ('sixteen: negative', '\xffffffffffffffff0000000000000002'),
  ('seventeen', '\x0000000000000001000000000000000200'),
  ('name', convert_to('Phú Thọ', 'UTF8')), ('bad utf8', '\xc328'), ('nul byte', '\x00'),
  ('unknown name', convert_to('Atlantis', 'UTF8')),
  ('1 MB', convert_to(repeat('9', 1000000), 'UTF8'));
CREATE TEMP TABLE garden_bin_result (typ regtype, label text, sqlstate text);
DO $$
DECLARE
    t regtype;
    b record;
    lo oid;
    file text := current_setting('data_directory') || '/clusterdata_garden.bin';
BEGIN
    FOR t IN SELECT ty.oid::regtype FROM pg_type ty JOIN garden_fn f ON f.oid = ty.typreceive ORDER BY 1::text LOOP
        EXECUTE format('CREATE TEMP TABLE garden_bin_dst (v %s)', t);
        FOR b IN SELECT * FROM garden_bin ORDER BY label LOOP
            lo := lo_from_bytea(0, '\x5047434f50590aff0d0a00'::bytea || '\x0000000000000000'::bytea
                                   || '\x0001'::bytea || int4send(length(b.field)) || b.field || '\xffff'::bytea);
            PERFORM lo_export(lo, file);
            PERFORM lo_unlink(lo);
            BEGIN
                EXECUTE format('COPY garden_bin_dst FROM %L WITH (FORMAT binary)', file);
                INSERT INTO garden_bin_result VALUES (t, b.label, '00000');
            EXCEPTION WHEN OTHERS THEN
                INSERT INTO garden_bin_result VALUES (t, b.label, SQLSTATE);
            END;
        END LOOP;
        DROP TABLE garden_bin_dst;
    END LOOP;
END
$$;

-- every function is covered: called here, or a receive function of a type tried above
SELECT count(*) AS functions,
       count(*) FILTER (WHERE fn IN (SELECT fn FROM garden_result)
                           OR oid IN (SELECT typreceive FROM pg_type WHERE oid IN (SELECT typ FROM garden_bin_result))) AS covered
FROM garden_fn;
SELECT fn AS not_covered FROM garden_fn
WHERE fn NOT IN (SELECT fn FROM garden_result)
  AND oid NOT IN (SELECT typreceive FROM pg_type WHERE oid IN (SELECT typ FROM garden_bin_result));
SELECT count(*) > 1000 AS many_calls FROM garden_result;
-- no internal errors, crashes or timeouts: nothing of class XX, 58, 57
SELECT fn, arg, label, sqlstate FROM garden_result WHERE left(sqlstate, 2) IN ('XX', '58', '57')
UNION ALL
SELECT NULL, NULL, typ::text || ': ' || label, sqlstate FROM garden_bin_result WHERE left(sqlstate, 2) IN ('XX', '58', '57');
-- what each function answers (SQLSTATEs seen, 00000 = a result)
SELECT fn, string_agg(DISTINCT sqlstate, ' ' ORDER BY sqlstate) AS sqlstates, count(*) AS calls
FROM garden_result GROUP BY fn ORDER BY fn::text;
SELECT typ, label, sqlstate FROM garden_bin_result ORDER BY typ::text, label;
