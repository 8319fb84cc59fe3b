/*
 * pg_cue.c
 *		Cue words users teach the parser from SQL (the table clusterdata.cue),
 *		beside the built-in data: read into the core when a backend first
 *		parses a report and again after the table changes (a relcache
 *		invalidation of it: a write in any session, committed, or in this one);
 *		and the built-in cues and the roles as rows (builtin_cues(),
 *		cue_roles()), so that a user sees what exists before adding.
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_namespace_d.h"
#include "catalog/pg_type_d.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/snapmgr.h"

#include "pg_cue.h"
#include "langdata.h"
#include "report.h"

static bool cues_valid = false;
/* read with the latest snapshot (not, in a parallel operation, the statement's) */
static bool cues_latest = false;
static bool callback_set = false;
static Oid	cue_relid = InvalidOid;

static void
cue_inval(Datum arg pg_attribute_unused(), Oid relid)
{
	if (relid == InvalidOid || relid == cue_relid)
		cues_valid = false;
}

/*
 * The query that reads the cues.  On Citus, clusterdata.cue is a reference
 * table: its rows are in a placement on every node (the table itself is an
 * empty shell there), and a parse that runs inside a shard's query may not
 * run a distributed query.  The node's own placement is read then, as a
 * local table (in the caller's SPI connection).
 */
static const char *
cue_query(void)
{
	static char buf[NAMEDATALEN + 128];
	Oid			dist_shard = get_relname_relid("pg_dist_shard", PG_CATALOG_NAMESPACE);
	Oid			nsp = get_namespace_oid("clusterdata", true);

	if (OidIsValid(dist_shard) && OidIsValid(nsp))
	{
		Oid			argtypes[1] = {OIDOID};
		Datum		args[1] = {ObjectIdGetDatum(cue_relid)};

		if (SPI_execute_with_args("SELECT s.shardid FROM pg_catalog.pg_dist_shard s "
								  "WHERE s.logicalrelid::pg_catalog.oid OPERATOR(pg_catalog.=) $1",
								  1, argtypes, args, NULL, true, 0) == SPI_OK_SELECT &&
			SPI_processed == 1)
		{
			char	   *shard = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
			char		name[NAMEDATALEN];

			snprintf(name, sizeof(name), "cue_%s", shard ? shard : "");
			if (shard && OidIsValid(get_relname_relid(name, nsp)))
			{
				snprintf(buf, sizeof(buf), "SELECT lang, phrase, role, value FROM clusterdata.%s", name);
				return buf;
			}
		}
	}
	return "SELECT lang, phrase, role, value FROM clusterdata.cue";
}

/* the query's rows in SPI_tuptable, with the latest snapshot; an error leaves the cues to be read again */
static int
read_cues(void)
{
	int			ret;
	bool		latest = !IsInParallelMode();

	/* (a parallel operation may take no new snapshot: the statement's, then) */
	if (latest)
		PushActiveSnapshot(GetLatestSnapshot());
	PG_TRY();
	{
		ret = SPI_execute(cue_query(), true, 0);
	}
	PG_CATCH();
	{
		cues_valid = false;
		PG_RE_THROW();
	}
	PG_END_TRY();
	if (latest)
		PopActiveSnapshot();
	cues_latest = latest;
	return ret;
}

/*
 * The users' cues, read again if the table changed since they were read.
 * Rows whose role or value the parser does not know are skipped (the
 * table's trigger refuses them; a row of an older definition may remain).
 */
void
pg_cues_current(void)
{
	Oid			nsp;
	int			ret;
	uint64		n;
	const char **langs;
	CdReportCue *cues;
	int			k = 0;

	if (!callback_set)
	{
		CacheRegisterRelcacheCallback(cue_inval, (Datum) 0);
		callback_set = true;
	}
	/* cues read in a parallel operation serve it; outside one they are read again */
	if (cues_valid && (cues_latest || IsInParallelMode()))
		return;
	nsp = get_namespace_oid("clusterdata", true);
	cue_relid = OidIsValid(nsp) ? get_relname_relid("cue", nsp) : InvalidOid;
	if (!OidIsValid(cue_relid))
	{
		/* an extension of a version without the table: the built-in cues only */
		if (!cd_set_user_cues(NULL, NULL, 0))
			ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
		cues_valid = true;
		cues_latest = true;
		return;
	}
	/*
	 * Valid from now: a change committed while the rows are read (its
	 * invalidation taken in with the table's lock) makes the next parse read
	 * them again.  They are read as the catalog is, with the latest snapshot,
	 * not the transaction's: a REPEATABLE READ transaction would otherwise
	 * keep rows it reads now past its end, until the table changed again.
	 */
	cues_valid = true;
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	ret = read_cues();
	if (ret != SPI_OK_SELECT)
	{
		cues_valid = false;
		elog(ERROR, "could not read clusterdata.cue: %s", SPI_result_code_string(ret));
	}
	n = SPI_processed;
	langs = palloc0(sizeof(char *) * (n + 1));
	cues = palloc0(sizeof(CdReportCue) * (n + 1));
	for (uint64 i = 0; i < n; i++)
	{
		HeapTuple	t = SPI_tuptable->vals[i];
		TupleDesc	d = SPI_tuptable->tupdesc;
		char	   *lang = SPI_getvalue(t, d, 1),
				   *phrase = SPI_getvalue(t, d, 2),
				   *role = SPI_getvalue(t, d, 3),
				   *value = SPI_getvalue(t, d, 4);
		const CdCueRole *r = cd_cue_role(role);
		int			v = r ? cd_cue_value(r, value) : -1;

		if (!lang || !phrase || !*phrase || v < 0)
			continue;
		langs[k] = lang;
		cues[k].text = phrase;
		cues[k].type = r->type;
		cues[k].value = v;
		k++;
	}
	if (!cd_set_user_cues(langs, cues, k))
	{
		cues_valid = false;
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory")));
	}
	SPI_finish();
}

/*
 * Trigger (after each statement that writes the table): a change of the
 * cues is a change of clusterdata.cue for the relcache, so that this
 * session's next parse, and every other session's once this one commits,
 * reads them again (an INSERT alone invalidates nothing).  The table by its
 * name, not the trigger's relation: on a Citus worker the trigger fires on
 * the reference table's shard, while the parser reads clusterdata.cue.
 */
PG_FUNCTION_INFO_V1(cue_changed);
Datum
cue_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trig = (TriggerData *) fcinfo->context;
	Oid			nsp,
				relid;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("cue_changed() is a trigger function")));
	nsp = get_namespace_oid("clusterdata", true);
	relid = OidIsValid(nsp) ? get_relname_relid("cue", nsp) : InvalidOid;
	if (OidIsValid(relid))
		CacheInvalidateRelcacheByRelid(relid);
	if (RelationGetRelid(trig->tg_relation) != relid)
		CacheInvalidateRelcache(trig->tg_relation);
	PG_RETURN_POINTER(NULL);
}

static void
put_cue(ReturnSetInfo *rsinfo, const char *lang, const char *phrase, const char *role, const char *value)
{
	Datum		values[4];
	bool		nulls[4] = {false, false, false, value == NULL};

	values[0] = CStringGetTextDatum(lang);
	values[1] = CStringGetTextDatum(phrase);
	values[2] = CStringGetTextDatum(role);
	values[3] = value ? CStringGetTextDatum(value) : (Datum) 0;
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

/* the built-in cues of every language: lang, phrase, role, value */
PG_FUNCTION_INFO_V1(builtin_cues);
Datum
builtin_cues(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	for (int l = 0; cd_report_langs[l].code; l++)
		for (const CdReportCue *c = cd_report_langs[l].cues; c->text; c++)
		{
			const CdCueRole *r = cd_cue_role_of_type(c->type);
			Datum		values[4];
			bool		nulls[4] = {false, false, false, true};
			char		buf[32];
			const char *v;

			if (!r)
				continue;
			values[0] = CStringGetTextDatum(cd_report_langs[l].code);
			values[1] = CStringGetTextDatum(c->text);
			values[2] = CStringGetTextDatum(r->name);
			if ((v = cd_cue_value_name(r, c->value, buf, sizeof(buf))) != NULL)
			{
				values[3] = CStringGetTextDatum(v);
				nulls[3] = false;
			}
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		}
	/* the number scanner's words (roles unit, percent, qualifier, qualifier_after, change) */
	for (int l = 0; l < cd_nlangs; l++)
	{
		const CdLang *L = &cd_langs[l];

		for (const CdUnit *u = L->units; u->text; u++)
			put_cue(rsinfo, L->code, u->text, "unit", u->label);
		for (const char *const *w = L->percent_words; *w; w++)
			put_cue(rsinfo, L->code, *w, "percent", NULL);
		for (const CdCue *c = L->qual_before; c->text; c++)
			put_cue(rsinfo, L->code, c->text, "qualifier", cd_qual_name(c->value));
		for (const CdCue *c = L->qual_after; c->text; c++)
			put_cue(rsinfo, L->code, c->text, "qualifier_after", cd_qual_name(c->value));
		for (const char *const *w = L->change_before; *w; w++)
			put_cue(rsinfo, L->code, *w, "change", NULL);
		for (const char *const *w = L->change_after; *w; w++)
			put_cue(rsinfo, L->code, *w, "change", "after");
	}
	return (Datum) 0;
}

/* the roles a cue may have: role, its values (NULL: none), whether one is needed, what it means */
PG_FUNCTION_INFO_V1(cue_roles);
Datum
cue_roles(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	for (int i = 0; cd_cue_roles[i].name; i++)
	{
		const CdCueRole *r = &cd_cue_roles[i];
		Datum		values[4];
		bool		nulls[4] = {false, true, false, false};

		values[0] = CStringGetTextDatum(r->name);
		if (r->values)
		{
			Datum	   *elems = palloc(sizeof(Datum) * (cd_cue_nvalues(r) + 1));
			int			ne = 0;

			for (int v = 0; r->values[v]; v++)
				if (r->values[v][0])
					elems[ne++] = CStringGetTextDatum(r->values[v]);
			values[1] = PointerGetDatum(construct_array(elems, ne, TEXTOID, -1, false, TYPALIGN_INT));
			nulls[1] = false;
		}
		values[2] = BoolGetDatum(r->value_required);
		values[3] = CStringGetTextDatum(r->about);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/*
 * Is (role, value) a cue the parser reads?  The value's number, or an error
 * saying what the role takes (22023).
 */
PG_FUNCTION_INFO_V1(cue_value);
Datum
cue_value(PG_FUNCTION_ARGS)
{
	char	   *role = PG_ARGISNULL(0) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(0));
	char	   *value = PG_ARGISNULL(1) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(1));
	const CdCueRole *r = cd_cue_role(role);
	int			v;

	if (!r)
	{
		StringInfoData names;

		initStringInfo(&names);
		for (int i = 0; cd_cue_roles[i].name; i++)
			appendStringInfo(&names, "%s%s", i ? ", " : "", cd_cue_roles[i].name);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown cue role \"%s\"", role ? role : "NULL"),
				 errhint("Roles: %s (clusterdata.cue_roles() says what each means).", names.data)));
	}
	v = cd_cue_value(r, value);
	if (v < 0)
	{
		StringInfoData names;

		initStringInfo(&names);
		for (int i = 0; r->values && r->values[i]; i++)
			if (r->values[i][0])
				appendStringInfo(&names, "%s%s", names.len ? ", " : "", r->values[i]);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a cue of role %s takes %s, not \"%s\"", r->name,
						r->values ? (r->value_required ? "a value" : "no value or a value") : "no value",
						value ? value : "NULL"),
				 r->values ? errhint("Values: %s%s.", names.data,
									 r->type == RC_PERIOD ? " (weak:SPAN for a span a more specific cue overrides)" : "") : 0));
	}
	PG_RETURN_INT32(v);
}

/* what is wrong with a phrase as a cue's (cd_cue_phrase_problem), or NULL */
PG_FUNCTION_INFO_V1(cue_phrase_problem);
Datum
cue_phrase_problem(PG_FUNCTION_ARGS)
{
	char	   *phrase = text_to_cstring(PG_GETARG_TEXT_PP(0));
	const char *why = cd_cue_phrase_problem(phrase);

	if (!why)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(why));
}
