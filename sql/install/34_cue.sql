--------------------------------------------------------------------------------
-- cue words taught from SQL, beside the built-in data
--------------------------------------------------------------------------------

-- the roles a cue may have, the values each takes (NULL: none) and what it
-- means; the built-in cues of every language, in the same terms
CREATE FUNCTION cue_roles(OUT role text, OUT "values" text[], OUT value_required boolean, OUT about text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 27;
COMMENT ON FUNCTION cue_roles() IS 'the roles a cue may have (clusterdata.cue.role), the values each takes and what it means';
CREATE FUNCTION builtin_cues(OUT lang text, OUT phrase text, OUT role text, OUT value text)
    RETURNS SETOF record
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 2500;
COMMENT ON FUNCTION builtin_cues() IS 'the cue words the parser knows for each language, built in: language, phrase (a final * matches any word that starts so), role, value';
-- the number a role's value stands for; an unknown role or value is an
-- error that says what is known (22023)
CREATE FUNCTION cue_value(role text, value text) RETURNS int
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION cue_value(text, text) IS 'checks a cue''s role and value (an error names the roles or values there are); the value''s number';
-- what is wrong with a phrase as a cue's (white space other than single
-- spaces, nothing but '*', a '*' before its end, too many words), or NULL
CREATE FUNCTION cue_phrase_problem(phrase text) RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION cue_phrase_problem(text) IS 'what is wrong with a phrase as a cue''s (the table cue refuses it), or NULL';

-- Cues users add.  parse_report reads them beside its built-in data, in
-- every session: each backend reads the table when it first parses and
-- again after the table changes.  A phrase is matched as the built-in cues
-- are (case-folded, a final * for a prefix; in a text that lost its
-- diacritics also without them); of the same words and role, a user's cue
-- comes before the built-in one.  Stored facts follow after
-- requeue_language() and parse_pending().
CREATE TABLE cue (
    lang        text NOT NULL,
    phrase      text NOT NULL CHECK (phrase <> '' AND length(phrase) <= 200),
    role        text NOT NULL,
    value       text,
    note        text,
    added_by    text NOT NULL DEFAULT current_user,
    added_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (lang, phrase, role)
);
COMMENT ON TABLE cue IS 'cue words users teach the parser, beside the built-in ones (builtin_cues(), the view cues): language, phrase, role (cue_roles()) and value; read by parse_report in every session after a change';

-- a cue the parser cannot read is refused, with what it can; who and when
-- are the writer's and the server's, unless the writer acts for the
-- schema's owner (who restores a dump keeps who and when)
CREATE FUNCTION cue_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n bigint;
BEGIN
    IF NOT EXISTS (SELECT FROM clusterdata.languages() l WHERE l.code = NEW.lang) THEN
        RAISE EXCEPTION 'unknown language "%"', NEW.lang
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Languages: ' || (SELECT string_agg(l.code, ', ') FROM clusterdata.languages() l) || '.';
    END IF;
    PERFORM clusterdata.cue_value(NEW.role, NEW.value);
    -- a bound on what a parse walks through: cues of a language (the table
    -- the trigger fires on: on Citus, the node's placement)
    IF TG_OP = 'INSERT' OR NEW.lang IS DISTINCT FROM OLD.lang THEN
        EXECUTE format('SELECT count(*) FROM %I.%I c WHERE c.lang = $1', TG_TABLE_SCHEMA, TG_TABLE_NAME)
            INTO n USING NEW.lang;
        IF n >= 2000 THEN
            RAISE EXCEPTION 'a language has at most 2,000 cues taught, and "%" has them', NEW.lang
                USING ERRCODE = 'program_limit_exceeded',
                      HINT = 'A final * makes one cue of many words that begin alike.';
        END IF;
    END IF;
    IF clusterdata.cue_phrase_problem(NEW.phrase) IS NOT NULL THEN
        RAISE EXCEPTION 'a cue''s phrase %: "%"', clusterdata.cue_phrase_problem(NEW.phrase), NEW.phrase
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'A phrase is words separated by single spaces; a final * makes a prefix.';
    END IF;
    -- the roles of the schema's owner keep what they write (a dump restored)
    IF NOT pg_has_role((SELECT n.nspowner FROM pg_namespace n WHERE n.nspname = 'clusterdata'), 'MEMBER') THEN
        NEW.added_by := current_user;
        NEW.added_at := now();
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION cue_check() IS 'trigger: refuses a cue of an unknown language, role or value, with what there is; stamps who added it and when';
CREATE TRIGGER cue_check BEFORE INSERT OR UPDATE ON cue
    FOR EACH ROW EXECUTE FUNCTION cue_check();

-- a change of the cues reaches every session's next parse
CREATE FUNCTION cue_changed() RETURNS trigger
    AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION cue_changed() IS 'trigger: after a statement that writes cue, every session reads the cues again before its next parse';
CREATE TRIGGER cue_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cue
    FOR EACH STATEMENT EXECUTE FUNCTION cue_changed();

SELECT pg_catalog.pg_extension_config_dump('cue', '');

-- every cue the parser reads: the built-in ones and the users'
CREATE VIEW cues AS
SELECT b.lang, b.phrase, b.role, b.value, 'built-in'::text AS source, NULL::text AS note,
       NULL::text AS added_by, NULL::timestamptz AS added_at
FROM builtin_cues() b
UNION ALL
SELECT c.lang, c.phrase, c.role, c.value, 'user', c.note, c.added_by, c.added_at
FROM cue c;
COMMENT ON VIEW cues IS 'every cue word the parser reads, built in (source built-in) or taught (source user, table cue)';

-- the reports of a language queued for parse_pending() again, so that their
-- stored facts follow the cues as they are now (PL/pgSQL: see requeue)
CREATE FUNCTION requeue_language(lang text) RETURNS int
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n int;
BEGIN
    IF requeue_language.lang IS NULL THEN
        RAISE EXCEPTION 'requeue_language needs a language' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    UPDATE clusterdata.report r
    SET parsed_at = NULL, parse_error = NULL, parse_sqlstate = NULL, parse_retries = 0
    WHERE r.lang = requeue_language.lang;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION requeue_language(text) IS 'queue every report of a language for parse_pending() again (after its cues changed); returns how many';
