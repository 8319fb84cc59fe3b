/*
 * pg_numbers.c
 *		SQL bindings of the scanner: languages(), detect_language() and numbers().
 */
#include "postgres.h"

#include "funcapi.h"
#include "utils/builtins.h"

#include "detect.h"
#include "numscan.h"
#include "pg_lang.h"

/* the supported languages: code, name, decimal separator */
PG_FUNCTION_INFO_V1(languages);
Datum
languages(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	for (int l = 0; l < cd_nlangs; l++)
	{
		const CdLang *L = &cd_langs[l];
		char		dec[2] = {L->decimal, '\0'};
		Datum		values[3];
		bool		nulls[3] = {false};

		values[0] = CStringGetTextDatum(L->code);
		values[1] = CStringGetTextDatum(L->name);
		values[2] = CStringGetTextDatum(dec);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(detect_language);
Datum
detect_language(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	const CdLang *L;

	pg_require_utf8();
	L = cd_detect_language(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body));

	if (L == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(L->code));
}

#define NUMBERS_COLS 11

static void
numbers_emit(const CdNum *n, void *arg)
{
	PgTextSRF  *srf = (PgTextSRF *) arg;
	Datum		values[NUMBERS_COLS];
	bool		nulls[NUMBERS_COLS];
	MemoryContext old = MemoryContextSwitchTo(srf->rowcxt);
	DateADT		d;

	memset(nulls, 0, sizeof(nulls));
	values[0] = pg_cached_text(&srf->texts, cd_kind_name(n->kind));
	if (n->flags & CD_F_VALUE)
		values[1] = pg_decimal_numeric(n->v, n->scale);
	else
		nulls[1] = true;
	if (n->flags & CD_F_VALUE2)
		values[2] = pg_decimal_numeric(n->v2, n->scale2);
	else
		nulls[2] = true;
	values[3] = pg_cached_text(&srf->texts, cd_qual_name(n->qual));
	if (n->unit)
		values[4] = pg_cached_text(&srf->texts, n->unit);
	else
		nulls[4] = true;
	values[5] = BoolGetDatum((n->flags & CD_F_CHANGE) != 0);
	if (n->kind == CD_K_DATE && pg_yyyymmdd_date(n->v, &d))
		values[6] = DateADTGetDatum(d);
	else
		nulls[6] = true;
	if (n->label)
		values[7] = pg_cached_text(&srf->texts, n->label);
	else
		nulls[7] = true;
	values[8] = Int32GetDatum(n->cstart);
	values[9] = Int32GetDatum(n->cend);
	values[10] = pg_span_text(&srf->text, n->bstart, n->bend, n->cstart, n->cend);
	MemoryContextSwitchTo(old);
	pg_text_srf_put(srf, values, nulls);
}

PG_FUNCTION_INFO_V1(numbers);
Datum
numbers(PG_FUNCTION_ARGS)
{
	PgTextSRF	srf;

	if (!pg_text_srf_begin(fcinfo, &srf))
		return (Datum) 0;
	cd_scan_numbers(&srf.text, srf.lang, numbers_emit, &srf);
	pg_text_srf_end(&srf);
	return (Datum) 0;
}
