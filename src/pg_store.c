/*
 * pg_store.c
 *		parse_pending's bulk path: store_parsed(ids, parsed_at) parses the
 *		given reports and writes their facts into clusterdata.fact the way
 *		COPY does (table_multi_insert, then each index), then marks the
 *		reports parsed.
 *
 * Through SQL (INSERT ... SELECT FROM parse_report() WITH ORDINALITY, with
 * RETURNING for what the report row keeps) storing the facts took as long
 * again as finding them: one WAL record, one executor pass and one
 * tuplestore row per fact, and the statement trigger's transition table.
 * Here the facts go from the parser straight into table slots.
 *
 * It writes only what INSERT would write on its own: the fact table must be
 * the extension's as created (a plain table with these 19 columns and
 * types, no rule, no row security, no CHECK or further NOT NULL constraint,
 * no partition, no deferrable or exclusion index, no index expression or
 * predicate calling a function outside pg_catalog, no trigger but the
 * extension's own two), and the caller must hold INSERT on it.  Otherwise
 * it returns NULL without writing anything, and the caller inserts through
 * SQL, where those apply.  The extension's trigger checks that the facts'
 * reports exist and locks them FOR KEY SHARE; here the reports are read and
 * locked FOR UPDATE before their facts are written, which is the same check
 * and a stronger lock.  A table Citus distributes is never written here.
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_index.h"
#include "catalog/pg_type.h"
#include "catalog/pg_namespace.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "parser/parse_func.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "tcop/utility.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

#include "detect.h"
#include "pg_cue.h"
#include "pg_lang.h"
#include "pg_report.h"

/* the columns of clusterdata.fact: report_id, fact_no, then parse_report's first 17 */
#define FACT_COLS 19
#define FACT_REPORT_COLS (FACT_COLS - 2)

static const struct
{
	const char *name;
	Oid			type;			/* InvalidOid: the extension's type named below */
	const char *ext_type;
}			fact_cols[FACT_COLS] =
{
	{"report_id", INT8OID, NULL},
	{"fact_no", INT4OID, NULL},
	{"kind", TEXTOID, NULL},
	{"metric", TEXTOID, NULL},
	{"solved", INT8OID, NULL},
	{"total", INT8OID, NULL},
	{"rate", InvalidOid, "solve_rate"},
	{"percent", NUMERICOID, NULL},
	{"qualifier", TEXTOID, NULL},
	{"value", NUMERICOID, NULL},
	{"province", InvalidOid, "province"},
	{"cluster_no", INT4OID, NULL},
	{"year", INT4OID, NULL},
	{"span_start", INT4OID, NULL},
	{"span_end", INT4OID, NULL},
	{"text", TEXTOID, NULL},
	{"scope", TEXTOID, NULL},
	{"detail", TEXTOID, NULL},
	{"why", TEXTOID, NULL},
};

/* the extension's triggers on fact (fact_report_check), which this path does itself */
static const char *const own_triggers[] = {"fact_report_insert", "fact_report_update"};

/* facts buffered before they are written: each write takes a few heap pages at once (the
 * slots, made at each call, cost more than a longer buffer saves) */
#define FLUSH_AT 128

/* is type t the extension's type `name` (in namespace nsp)? */
static bool
is_ext_type(Oid t, const char *name, Oid nsp)
{
	HeapTuple	tup = SearchSysCache1(TYPEOID, ObjectIdGetDatum(t));
	bool		ok;

	if (!HeapTupleIsValid(tup))
		return false;
	ok = ((Form_pg_type) GETSTRUCT(tup))->typnamespace == nsp &&
		strcmp(NameStr(((Form_pg_type) GETSTRUCT(tup))->typname), name) == 0;
	ReleaseSysCache(tup);
	return ok;
}

/* can rel take the facts without the executor (see the head of this file)? */
static bool
fact_table_plain(Relation rel, Oid nsp)
{
	TupleDesc	desc = RelationGetDescr(rel);
	Oid			check = LookupFuncName(list_make2(makeString("clusterdata"),
												  makeString("fact_report_check")),
									   0, NULL, true);

	if (rel->rd_rel->relkind != RELKIND_RELATION || rel->rd_rel->relispartition ||
		rel->rd_rel->relrowsecurity || rel->rd_rules != NULL || desc->natts != FACT_COLS)
		return false;
	if (desc->constr && (desc->constr->num_check > 0 || desc->constr->has_generated_stored))
		return false;
	for (int i = 0; i < FACT_COLS; i++)
	{
		Form_pg_attribute a = TupleDescAttr(desc, i);

		if (a->attisdropped || strcmp(NameStr(a->attname), fact_cols[i].name) != 0)
			return false;
		if (fact_cols[i].ext_type ? !is_ext_type(a->atttypid, fact_cols[i].ext_type, nsp)
			: a->atttypid != fact_cols[i].type)
			return false;
		/* report_id, fact_no and kind are never NULL here; no other column is NOT NULL */
		if (a->attnotnull && i > 2)
			return false;
		/* nothing INSERT would compute or refuse: no identity, generated column or typmod */
		if (a->attidentity != '\0' || a->attgenerated != '\0' || a->atttypmod != -1)
			return false;
	}
	if (rel->trigdesc)
		for (int i = 0; i < rel->trigdesc->numtriggers; i++)
		{
			const Trigger *tg = &rel->trigdesc->triggers[i];
			bool		own = false;

			for (int k = 0; k < (int) lengthof(own_triggers); k++)
				own |= !tg->tgisinternal && tg->tgfoid == check &&
					strcmp(tg->tgname, own_triggers[k]) == 0;
			if (!own)
				return false;
		}
	return true;
}

static bool
outside_catalog(Oid func, void *context)
{
	(void) context;
	return get_func_namespace(func) != PG_CATALOG_NAMESPACE;
}

/* does an index expression or predicate call a function that is not pg_catalog's? */
static bool
calls_outside_catalog(Node *node, void *context)
{
	if (node == NULL)
		return false;
	if (check_functions_in_node(node, outside_catalog, context))
		return true;
	return expression_tree_walker(node, calls_outside_catalog, context);
}

/*
 * The indexes INSERT would check at once (no deferrable unique, no
 * exclusion constraint), whose expressions and predicates call pg_catalog's
 * functions only (the extension's are "kind NOT IN (...)" and "province IS
 * NOT NULL")
 */
static bool
fact_indexes_plain(ResultRelInfo *rri)
{
	for (int i = 0; i < rri->ri_NumIndices; i++)
	{
		Relation	ix = rri->ri_IndexRelationDescs[i];
		IndexInfo  *ii = rri->ri_IndexRelationInfo[i];

		if (ix == NULL)
			continue;
		if (!ix->rd_index->indimmediate || ii->ii_ExclusionOps != NULL ||
			calls_outside_catalog((Node *) ii->ii_Expressions, NULL) ||
			calls_outside_catalog((Node *) ii->ii_Predicate, NULL))
			return false;
	}
	return true;
}

/* the plan of one of the queries below, made once per backend */
static SPIPlanPtr
kept_plan(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes)
{
	if (*plan == NULL)
	{
		/* (generic: its plan does not depend on the arrays it is given) */
		SPIPlanPtr	p = SPI_prepare_cursor(sql, nargs, argtypes, CURSOR_OPT_GENERIC_PLAN);

		if (p == NULL || SPI_keepplan(p) != 0)
			elog(ERROR, "store_parsed: could not prepare \"%s\": %s", sql,
				 SPI_result_code_string(SPI_result));
		*plan = p;
	}
	return *plan;
}

static SPIPlanPtr citus_plan,
			read_plan,
			update_plan;

/*
 * Is relid a table Citus distributes (pg_dist_partition)?  Its rows are on
 * the shards; the coordinator's table is an empty shell that only Citus's
 * planner may write through (parse_pending takes the distributed path).
 */
static bool
citus_table(Oid relid)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1] = {ObjectIdGetDatum(relid)};
	bool		found;

	if (!OidIsValid(get_relname_relid("pg_dist_partition", PG_CATALOG_NAMESPACE)))
		return false;
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_plan(kept_plan(&citus_plan,
								   "SELECT FROM pg_catalog.pg_dist_partition "
								   "WHERE logicalrelid OPERATOR(pg_catalog.=) $1",
								   1, argtypes),
						 args, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "store_parsed: could not read pg_dist_partition");
	found = SPI_processed > 0;
	SPI_finish();
	return found;
}

/* what the report row keeps of its facts (parse_pending's `about`) */
typedef struct About
{
	bool		cluster_seen,
				period_seen,
				date_seen;
	int32		cluster_no;		/* 0: NULL */
	int32		year;			/* 0: NULL */
	const char *period;
	DateADT		event_date;
} About;

typedef struct Store
{
	Relation	rel;
	ResultRelInfo *rri;
	EState	   *estate;
	BulkInsertState bistate;
	CommandId	cid;
	TupleTableSlot *slots[FLUSH_AT];
	int			nbuf;			/* slots holding facts not yet written */
	MemoryContext bufcxt;		/* the values of the buffered facts */
	PgTextCache texts;
	/* the report being parsed */
	int64		report_id;
	int32		fact_no;
	CdText	   *text;
	About		about;
} Store;

/* an event_date fact's value as ::bigint gives it (rounded half away from zero) */
static bool
value_int64(const CdFact *f, int64 *out)
{
	int64		v = f->v,
				p = 1;

	if (f->vscale < 0 || f->vscale > 18)
		return false;
	for (int i = 0; i < f->vscale; i++)
		p *= 10;
	*out = v / p + ((v % p) * 2 >= p ? 1 : (v % p) * 2 <= -p ? -1 : 0);
	return true;
}

static void store_flush(Store *st);

static void
store_emit(const CdFact *f, void *arg)
{
	Store	   *st = (Store *) arg;
	TupleTableSlot *slot;
	MemoryContext old;
	int64		v;

	/* a full buffer is written first (a report of many facts is written as it is read) */
	if (st->nbuf == FLUSH_AT)
		store_flush(st);
	slot = st->slots[st->nbuf];
	ExecClearTuple(slot);
	old = MemoryContextSwitchTo(st->bufcxt);
	slot->tts_values[0] = Int64GetDatum(st->report_id);
	slot->tts_isnull[0] = false;
	slot->tts_values[1] = Int32GetDatum(++st->fact_no);
	slot->tts_isnull[1] = false;
	pg_report_values(f, st->text, &st->texts, false, FACT_REPORT_COLS, NULL,
					 slot->tts_values + 2, slot->tts_isnull + 2);
	MemoryContextSwitchTo(old);
	ExecStoreVirtualTuple(slot);
	st->nbuf++;

	/* the first cluster, the first period, the first event_date that is a date */
	if (f->kind == F_CLUSTER && !st->about.cluster_seen)
	{
		st->about.cluster_seen = true;
		st->about.cluster_no = f->cluster_no > 0 ? f->cluster_no : 0;
	}
	else if (f->kind == F_PERIOD && !st->about.period_seen)
	{
		st->about.period_seen = true;
		st->about.year = f->year > 0 ? f->year : 0;
		st->about.period = f->metric;
	}
	else if (f->kind == F_EVENT_DATE && !st->about.date_seen && f->has_value &&
			 value_int64(f, &v) && v >= 10000 && pg_yyyymmdd_date(v, &st->about.event_date))
		st->about.date_seen = true;
}

/* write the buffered facts: the heap, then every index of each */
static void
store_flush(Store *st)
{
	MemoryContext old;

	if (st->nbuf == 0)
		return;
	/* (what the writes allocate lives in the short-lived context, as in COPY) */
	old = MemoryContextSwitchTo(GetPerTupleMemoryContext(st->estate));
	table_multi_insert(st->rel, st->slots, st->nbuf, st->cid, 0, st->bistate);
	for (int i = 0; i < st->nbuf; i++)
	{
		List	   *recheck;

		ResetPerTupleExprContext(st->estate);
		recheck = ExecInsertIndexTuples(st->rri, st->slots[i], st->estate, false, false, NULL, NIL
#if PG_VERSION_NUM >= 160000
										,false
#endif
			);
		/* (no deferrable index: fact_indexes_plain) */
		if (recheck != NIL)
			elog(ERROR, "clusterdata.fact has an index checked at commit");
		ExecClearTuple(st->slots[i]);
	}
	ResetPerTupleExprContext(st->estate);
	MemoryContextSwitchTo(old);
	CHECK_FOR_INTERRUPTS();
	st->nbuf = 0;
	MemoryContextReset(st->bufcxt);
}

/* what the reports' rows get: an array per column of the UPDATE below */
typedef struct Marks
{
	ArrayBuildState *id,
			   *lang,
			   *cluster_no,
			   *year,
			   *period,
			   *event_date;
} Marks;

static void
mark_report(Marks *m, int64 id, const char *lang, const About *a, MemoryContext cxt)
{
	m->id = accumArrayResult(m->id, Int64GetDatum(id), false, INT8OID, cxt);
	m->lang = accumArrayResult(m->lang, lang ? CStringGetTextDatum(lang) : (Datum) 0, lang == NULL,
							   TEXTOID, cxt);
	m->cluster_no = accumArrayResult(m->cluster_no, Int32GetDatum(a->cluster_no), a->cluster_no == 0,
									 INT4OID, cxt);
	m->year = accumArrayResult(m->year, Int32GetDatum(a->year), a->year == 0, INT4OID, cxt);
	m->period = accumArrayResult(m->period, a->period ? CStringGetTextDatum(a->period) : (Datum) 0,
								 a->period == NULL, TEXTOID, cxt);
	m->event_date = accumArrayResult(m->event_date, DateADTGetDatum(a->event_date), !a->date_seen,
									 DATEOID, cxt);
}

PG_FUNCTION_INFO_V1(store_parsed);
Datum
store_parsed(PG_FUNCTION_ARGS)
{
	ArrayType  *ids_in = PG_GETARG_ARRAYTYPE_P(0);
	TimestampTz ts = PG_GETARG_TIMESTAMPTZ(1);
	Oid			nsp = get_namespace_oid("clusterdata", false);
	Oid			relid = get_relname_relid("fact", nsp);
	MemoryContext fcxt = CurrentMemoryContext,
				reportcxt;
	Store		st;
	Marks		marks = {0};
	Portal		portal;
	int			ret;
	uint64		updated;
	TupleDesc	desc;

	PreventCommandIfReadOnly("store_parsed()");
	PreventCommandIfParallelMode("store_parsed()");
	pg_require_utf8();
	if (ARR_NDIM(ids_in) > 1 || ARR_ELEMTYPE(ids_in) != INT8OID)
		ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						errmsg("store_parsed takes a one-dimensional bigint array")));
	if (!OidIsValid(relid) || pg_class_aclcheck(relid, GetUserId(), ACL_INSERT) != ACLCHECK_OK ||
		citus_table(relid))
		PG_RETURN_NULL();

	memset(&st, 0, sizeof(st));
	st.rel = table_open(relid, RowExclusiveLock);
	if (!fact_table_plain(st.rel, nsp))
	{
		table_close(st.rel, RowExclusiveLock);
		PG_RETURN_NULL();
	}
	st.estate = CreateExecutorState();
	st.rri = makeNode(ResultRelInfo);
	InitResultRelInfo(st.rri, st.rel, 1, NULL, 0);
	ExecOpenIndices(st.rri, false);
	if (!fact_indexes_plain(st.rri))
	{
		ExecCloseIndices(st.rri);
		FreeExecutorState(st.estate);
		table_close(st.rel, RowExclusiveLock);
		PG_RETURN_NULL();
	}

	/* the cues users taught, as the table holds them now */
	pg_cues_current();
	st.bistate = GetBulkInsertState();
	/*
	 * The slots share a copy of fact's row type: one not counted by the
	 * resource owner (a pin per slot on the relation's own would make every
	 * pin and unpin of it, one per index entry, scan them all)
	 */
	desc = CreateTupleDescCopy(RelationGetDescr(st.rel));
	for (int i = 0; i < FLUSH_AT; i++)
		st.slots[i] = MakeSingleTupleTableSlot(desc, table_slot_callbacks(st.rel));
	st.bufcxt = AllocSetContextCreate(fcxt, "clusterdata facts", ALLOCSET_DEFAULT_SIZES);
	st.texts.cxt = fcxt;
	reportcxt = AllocSetContextCreate(fcxt, "clusterdata report", ALLOCSET_DEFAULT_SIZES);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	{
		/* the reports, locked as parse_pending's queue locks them (its lock is kept) */
		Oid			argtypes[1] = {INT8ARRAYOID};
		Datum		args[1] = {PointerGetDatum(ids_in)};

		portal = SPI_cursor_open(NULL,
								 kept_plan(&read_plan,
										   "SELECT r.id, r.body, r.lang FROM clusterdata.report r "
										   "WHERE r.id OPERATOR(pg_catalog.=) ANY ($1) "
										   "ORDER BY r.id FOR UPDATE OF r",
										   1, argtypes),
								 args, NULL, false);
	}
	/* (after the cursor's own command: the facts are this command's) */
	st.cid = GetCurrentCommandId(true);
	for (;;)
	{
		SPI_cursor_fetch(portal, true, 16);
		if (SPI_processed == 0)
			break;
		for (uint64 k = 0; k < SPI_processed; k++)
		{
			HeapTuple	tup = SPI_tuptable->vals[k];
			TupleDesc	td = SPI_tuptable->tupdesc;
			bool		isnull,
						lang_null;
			Datum		bd,
						ld;
			text	   *body;
			size_t		len;
			const CdLang *detected = NULL;
			const char *lang = NULL;
			text	   *parse_lang = NULL;
			CdText		t;
			MemoryContext old;

			CHECK_FOR_INTERRUPTS();
			/* (all of a report's work in its own context, emptied after it) */
			old = MemoryContextSwitchTo(reportcxt);
			st.report_id = DatumGetInt64(SPI_getbinval(tup, td, 1, &isnull));
			bd = SPI_getbinval(tup, td, 2, &isnull);
			if (isnull)
				elog(ERROR, "report %lld has no body", (long long) st.report_id);
			body = DatumGetTextPP(bd);
			len = VARSIZE_ANY_EXHDR(body);
			ld = SPI_getbinval(tup, td, 3, &lang_null);
			if (!cd_text_init(&t, VARDATA_ANY(body), len))
				ereport(ERROR,
						(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
						 errmsg("could not normalise the text to NFC")));

			/*
			 * As parse_pending's SQL: the language stored, else the one
			 * detect_language() gives (kept on the report); the parse reads
			 * that one, but past CD_DETECT_MAX_BYTES chooses its own, as
			 * parse_report(body) does.  Up to there detection reads the
			 * text's NFC form whole, which is the prepared text.
			 */
			if (!lang_null)
				parse_lang = cstring_to_text(lang = TextDatumGetCString(ld));
			else if (len <= CD_DETECT_MAX_BYTES)
			{
				if ((detected = cd_detect_language_nfc(t.s, t.len)) != NULL)
					parse_lang = cstring_to_text(detected->code);
			}
			else
				detected = cd_detect_language(VARDATA_ANY(body), len);
			st.fact_no = 0;
			st.text = &t;
			memset(&st.about, 0, sizeof(st.about));
			if (!cd_parse_report(&t, pg_choose_language(parse_lang, t.s, t.len), store_emit, &st))
				ereport(ERROR,
						(errcode(ERRCODE_INTERNAL_ERROR),
						 errmsg("could not parse the report (ICU or table failure)")));
			cd_text_free(&t);
			st.text = NULL;
			mark_report(&marks, st.report_id, lang ? lang : detected ? detected->code : NULL,
						&st.about, fcxt);
			MemoryContextSwitchTo(old);
			MemoryContextReset(reportcxt);
		}
		SPI_freetuptable(SPI_tuptable);
	}
	SPI_cursor_close(portal);
	store_flush(&st);
	FreeBulkInsertState(st.bistate);
	ExecCloseIndices(st.rri);
	for (int i = 0; i < FLUSH_AT; i++)
		ExecDropSingleTupleTableSlot(st.slots[i]);
	FreeExecutorState(st.estate);
	table_close(st.rel, NoLock);	/* (the lock is kept to the end of the transaction) */

	/* the facts are seen by what follows */
	CommandCounterIncrement();

	if (marks.id == NULL)
		updated = 0;				/* (no report) */
	else
	{
		Oid			argtypes[8] = {INT8ARRAYOID, TIMESTAMPTZOID, INT4OID, TEXTARRAYOID,
		INT4ARRAYOID, INT4ARRAYOID, TEXTARRAYOID, DATEARRAYOID};
		Datum		args[8] = {
			makeArrayResult(marks.id, fcxt), TimestampTzGetDatum(ts), Int32GetDatum(CD_PARSER_VERSION),
			makeArrayResult(marks.lang, fcxt), makeArrayResult(marks.cluster_no, fcxt),
			makeArrayResult(marks.year, fcxt), makeArrayResult(marks.period, fcxt),
			makeArrayResult(marks.event_date, fcxt)
		};

		ret = SPI_execute_plan(kept_plan(&update_plan,
										 "UPDATE clusterdata.report r "
										 "SET parsed_at = $2, parser_version = $3, lang = u.lang, "
										 "parse_error = NULL, parse_sqlstate = NULL, parse_retries = 0, "
										 "cluster_no = u.cluster_no, year = u.year, period = u.period, "
										 "event_date = u.event_date "
										 "FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($4), "
										 "pg_catalog.unnest($5), pg_catalog.unnest($6), "
										 "pg_catalog.unnest($7), pg_catalog.unnest($8)) "
										 "AS u(id, lang, cluster_no, year, period, event_date) "
										 "WHERE r.id OPERATOR(pg_catalog.=) u.id",
										 8, argtypes),
							   args, NULL, false, 0);
		if (ret != SPI_OK_UPDATE)
			elog(ERROR, "store_parsed: the update of the reports failed (%d)", ret);
		updated = SPI_processed;
	}
	SPI_finish();
	PG_RETURN_INT32((int32) updated);
}
