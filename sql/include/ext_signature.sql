-- pg_temp.ext_signature(): every object of the extension with what defines
-- it (a function's whole definition, a view's query, a table's columns in
-- order with types, defaults and NOT NULL, constraints, indexes, privileges
-- and comments), so that two databases compare object by object
CREATE FUNCTION pg_temp.ext_signature() RETURNS TABLE (obj text, def text)
LANGUAGE sql AS $$
    WITH m AS (
        SELECT d.classid, d.objid, d.objsubid,
               pg_describe_object(d.classid, d.objid, d.objsubid) AS obj
        FROM pg_depend d
        WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
          AND d.refobjid = (SELECT e.oid FROM pg_extension e WHERE e.extname = 'clusterdata')
    )
    SELECT m.obj, concat_ws(' | ',
        CASE WHEN m.classid = 'pg_proc'::regclass THEN
            (SELECT CASE WHEN p.prokind = 'a'
                         THEN (SELECT format('aggregate %s %s %s %s %s', a.aggtransfn, a.aggcombinefn,
                                             a.aggtranstype::regtype, a.aggsortop::regoperator, p.proparallel)
                               FROM pg_aggregate a WHERE a.aggfnoid = p.oid)
                         ELSE pg_get_functiondef(p.oid) END || ' acl ' || coalesce(p.proacl::text, '-')
             FROM pg_proc p WHERE p.oid = m.objid) END,
        CASE WHEN m.classid = 'pg_class'::regclass THEN
            (SELECT format('%s acl %s cols %s', c.relkind, coalesce(c.relacl::text, '-'),
                           (SELECT string_agg(format('%s %s%s%s%s', a.attname, format_type(a.atttypid, a.atttypmod),
                                                     CASE WHEN a.attnotnull THEN ' not null' END,
                                                     ' default ' || pg_get_expr(ad.adbin, ad.adrelid),
                                                     ' comment ' || col_description(c.oid, a.attnum)),
                                              ', ' ORDER BY a.attnum)
                            FROM pg_attribute a
                            LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                            WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped))
                   || coalesce(' view ' || pg_get_viewdef(c.oid), '')
                   || coalesce(' constraints ' || (SELECT string_agg(x.conname || ' ' || pg_get_constraintdef(x.oid), ', ' ORDER BY x.conname)
                                                   FROM pg_constraint x WHERE x.conrelid = c.oid), '')
                   || coalesce(' indexes ' || (SELECT string_agg(pg_get_indexdef(i.indexrelid), ', ' ORDER BY pg_get_indexdef(i.indexrelid))
                                               FROM pg_index i WHERE i.indrelid = c.oid), '')
             FROM pg_class c WHERE c.oid = m.objid) END,
        CASE WHEN m.classid = 'pg_operator'::regclass THEN
            (SELECT format('%s %s %s %s %s %s %s', o.oprcode, o.oprcom::regoperator, o.oprnegate::regoperator,
                           o.oprrest, o.oprjoin, o.oprcanhash, o.oprcanmerge)
             FROM pg_operator o WHERE o.oid = m.objid) END,
        CASE WHEN m.classid = 'pg_cast'::regclass THEN
            (SELECT format('%s %s %s', c.castfunc::regprocedure, c.castcontext, c.castmethod)
             FROM pg_cast c WHERE c.oid = m.objid) END,
        CASE WHEN m.classid = 'pg_type'::regclass THEN
            (SELECT format('%s %s %s %s %s', t.typlen, t.typbyval, t.typalign, t.typstorage, t.typinput)
             FROM pg_type t WHERE t.oid = m.objid) END,
        'comment ' || obj_description(m.objid, m.classid::regclass::text))
    FROM m
$$;
