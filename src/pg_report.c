/*
 * pg_report.c
 *		SQL binding of the report parser: parse_report().
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type_d.h"
#include "utils/builtins.h"

#include "pg_cue.h"
#include "pg_lang.h"
#include "pg_report.h"
#include "pg_province.h"
#include "pg_solve_rate.h"
#include "report.h"

typedef struct ReportSRF
{
	PgTextSRF	srf;
	bool		province_text;
	int			ncols;
} ReportSRF;

void
pg_report_values(const CdFact *f, CdText *t, PgTextCache *texts, bool province_text, int ncols,
				 char *span, Datum *values, bool *nulls)
{
	bool		cached = span != NULL;
	PgNumHold	hold;

	hold.n = 0;
	memset(nulls, true, sizeof(bool) * ncols);
	values[0] = pg_cached_text(texts, cd_fact_kind_name(f->kind));
	nulls[0] = false;
	if (f->metric)
	{
		values[1] = pg_cached_text(texts, f->metric);
		nulls[1] = false;
	}
	if (f->has_fraction)
	{
		values[2] = Int64GetDatum(f->solved);
		values[3] = Int64GetDatum(f->total);
		values[4] = PointerGetDatum(solve_rate_make(f->solved, f->total));
		nulls[2] = nulls[3] = nulls[4] = false;
	}
	else
	{
		if (f->has_solved)
		{
			values[2] = Int64GetDatum(f->solved);
			nulls[2] = false;
		}
		if (f->has_total)
		{
			values[3] = Int64GetDatum(f->total);
			nulls[3] = false;
		}
	}
	if (f->has_percent)
	{
		values[5] = cached ? pg_cached_numeric(f->pv, f->pscale, &hold) :
			pg_decimal_numeric(f->pv, f->pscale);
		nulls[5] = false;
	}
	if (cd_fact_qualified(f))
	{
		values[6] = pg_cached_text(texts, cd_qual_name(f->qual));
		nulls[6] = false;
	}
	if (f->has_value)
	{
		values[7] = cached ? pg_cached_numeric(f->v, f->vscale, &hold) :
			pg_decimal_numeric(f->v, f->vscale);
		nulls[7] = false;
	}
	if (f->province >= 0)
	{
		values[8] = province_text ?
			pg_cached_text(texts, cd_provinces[f->province].name_vi) :
			province_datum(f->province);
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
	values[13] = pg_span_text(t, f->bstart, f->bend, f->cstart, f->cend, span);
	nulls[11] = nulls[12] = nulls[13] = false;
	if (f->scope)
	{
		values[14] = pg_cached_text(texts, f->scope);
		nulls[14] = false;
	}
	if (f->detail_len > 0)
	{
		values[15] = PointerGetDatum(cstring_to_text_with_len(f->detail, (int) f->detail_len));
		nulls[15] = false;
	}
	if (f->why[0] != '\0' && ncols > 16)
	{
		values[16] = CStringGetTextDatum(f->why);
		nulls[16] = false;
	}
	if (ncols > 17)
	{
		/* how much to trust it (confidence.c), as fact_confidence() gives it for a stored fact */
		double		p = cd_fact_confidence(f);

		if (p >= 0)
		{
			values[17] = cached ? pg_cached_numeric((int64) llround(p * 1000.0), 3, &hold) :
				pg_decimal_numeric((int64) llround(p * 1000.0), 3);
			nulls[17] = false;
		}
	}
}

static void
report_emit(const CdFact *f, void *arg)
{
	ReportSRF  *r = (ReportSRF *) arg;
	PgTextSRF  *srf = &r->srf;
	Datum		values[REPORT_COLS];
	bool		nulls[REPORT_COLS];
	MemoryContext old = MemoryContextSwitchTo(srf->rowcxt);

	pg_report_values(f, &srf->text, &srf->texts, r->province_text, r->ncols, srf->span, values,
					 nulls);
	MemoryContextSwitchTo(old);
	pg_text_srf_put(srf, values, nulls);
}

PG_FUNCTION_INFO_V1(parse_report);
Datum
parse_report(PG_FUNCTION_ARGS)
{
	ReportSRF	r;
	TupleDesc	desc;

	/* the cues users taught, as the table holds them now */
	pg_cues_current();
	if (!pg_text_srf_begin(fcinfo, &r.srf))
		return (Datum) 0;
	desc = r.srf.rsinfo->setDesc;
	r.ncols = desc->natts;
	if (r.ncols != REPORT_COLS && r.ncols != 17 && r.ncols != 16 && r.ncols != 14)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("parse_report is declared with %d columns; this library returns %d",
						r.ncols, REPORT_COLS),
				 errhint("Run ALTER EXTENSION clusterdata UPDATE.")));
	r.province_text = TupleDescAttr(desc, 8)->atttypid == TEXTOID;
	if (!cd_parse_report(&r.srf.text, r.srf.lang, report_emit, &r))
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not parse the report (ICU or table failure)")));
	pg_text_srf_end(&r.srf);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(parser_version);
Datum
parser_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(CD_PARSER_VERSION);
}

/*
 * The date of an event_date fact's value (yyyymmdd); NULL when the text gave
 * no year (0000mmdd) or the date does not exist.
 */
PG_FUNCTION_INFO_V1(yyyymmdd_date);
Datum
yyyymmdd_date(PG_FUNCTION_ARGS)
{
	int64		v = PG_GETARG_INT64(0);
	DateADT		d;

	if (v < 10000 || !pg_yyyymmdd_date(v, &d))
		PG_RETURN_NULL();
	PG_RETURN_DATEADT(d);
}
