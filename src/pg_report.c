/*
 * pg_report.c
 *		SQL binding of the report parser: parse_report().
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "pg_lang.h"
#include "pg_solve_rate.h"
#include "report.h"

#define REPORT_COLS 14

typedef struct ReportCtx
{
	ReturnSetInfo *rsinfo;
	MemoryContext rowcxt;
	const char *s;
} ReportCtx;

static void
report_emit(const CdFact *f, void *arg)
{
	ReportCtx  *c = (ReportCtx *) arg;
	Datum		values[REPORT_COLS];
	bool		nulls[REPORT_COLS];
	MemoryContext old;

	CHECK_FOR_INTERRUPTS();
	old = MemoryContextSwitchTo(c->rowcxt);
	memset(nulls, true, sizeof(nulls));
	values[0] = CStringGetTextDatum(cd_fact_kind_name(f->kind));
	nulls[0] = false;
	if (f->metric)
	{
		values[1] = CStringGetTextDatum(f->metric);
		nulls[1] = false;
	}
	if (f->has_fraction)
	{
		SolveRate  *r = palloc(sizeof(SolveRate));

		r->solved = f->solved;
		r->total = f->total;
		values[2] = Int64GetDatum(f->solved);
		values[3] = Int64GetDatum(f->total);
		values[4] = PointerGetDatum(r);
		nulls[2] = nulls[3] = nulls[4] = false;
	}
	if (f->has_percent)
	{
		values[5] = pg_decimal_numeric(f->pv, f->pscale);
		nulls[5] = false;
	}
	if (f->kind == F_RATE || f->kind == F_COUNT || f->kind == F_CHANGE)
	{
		values[6] = CStringGetTextDatum(cd_qual_name(f->qual));
		nulls[6] = false;
	}
	if (f->has_value)
	{
		values[7] = pg_decimal_numeric(f->v, f->vscale);
		nulls[7] = false;
	}
	if (f->province >= 0)
	{
		values[8] = CStringGetTextDatum(cd_provinces[f->province].name_vi);
		nulls[8] = false;
	}
	if (f->cluster_no > 0)
	{
		values[9] = Int32GetDatum(f->cluster_no);
		nulls[9] = false;
	}
	if (f->year > 0)
	{
		values[10] = Int32GetDatum(f->year);
		nulls[10] = false;
	}
	values[11] = Int32GetDatum(f->cstart);
	values[12] = Int32GetDatum(f->cend);
	values[13] = PointerGetDatum(cstring_to_text_with_len(c->s + f->bstart, (int) (f->bend - f->bstart)));
	nulls[11] = nulls[12] = nulls[13] = false;
	tuplestore_putvalues(c->rsinfo->setResult, c->rsinfo->setDesc, values, nulls);
	MemoryContextSwitchTo(old);
	MemoryContextReset(c->rowcxt);
}

PG_FUNCTION_INFO_V1(parse_report);
Datum
parse_report(PG_FUNCTION_ARGS)
{
	ReportCtx	c;
	text	   *body;
	CdText		t;
	const CdLangC *L;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	body = PG_GETARG_TEXT_PP(0);
	L = pg_choose_language(PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1),
						   VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body));
	if (!cd_text_init(&t, VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body)))
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("could not normalise the text to NFC")));
	c.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	c.s = t.s;
	c.rowcxt = AllocSetContextCreate(CurrentMemoryContext, "clusterdata parse_report row",
									 ALLOCSET_SMALL_SIZES);
	if (!cd_parse_report(&t, L, report_emit, &c))
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not parse the report (ICU or table failure)")));
	cd_text_free(&t);
	MemoryContextDelete(c.rowcxt);
	return (Datum) 0;
}
