/*
 * pg_numbers.c
 *		SQL bindings of the scanner: detect_language() and numbers().
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "detect.h"
#include "numscan.h"
#include "pg_lang.h"

const CdLangC *
pg_choose_language(text *lang, const char *body, size_t len)
{
	const CdLangC *L;

	if (lang == NULL)
	{
		const CdLang *d = cd_guess_language(body, len);

		L = cd_lang_compiled(d ? d->code : "en");
	}
	else
	{
		char	   *code = text_to_cstring(lang);

		if (cd_lang_find(code) == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unsupported language \"%s\"", code),
					 errhint("Supported languages: %s; or NULL to detect the language.",
							 cd_lang_codes())));
		L = cd_lang_compiled(code);
	}
	if (L == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not build the language tables (ICU failure)")));
	return L;
}

PG_FUNCTION_INFO_V1(detect_language);
Datum
detect_language(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	const CdLang *L = cd_detect_language(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body));

	if (L == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(L->code));
}

Datum
pg_decimal_numeric(int64 v, int scale)
{
	if (scale == 0)
		return NumericGetDatum(int64_to_numeric(v));
	return NumericGetDatum(int64_div_fast_to_numeric(v, scale));
}

/* text datums of the scanner's static strings, made once per call */
typedef struct TextCache
{
	const char *key[64];
	Datum		value[64];
	int			n;
} TextCache;

static Datum
cached_text(TextCache *c, const char *s, MemoryContext cxt)
{
	MemoryContext old;
	Datum		d;

	for (int i = 0; i < c->n; i++)
		if (c->key[i] == s)
			return c->value[i];
	old = MemoryContextSwitchTo(cxt);
	d = CStringGetTextDatum(s);
	MemoryContextSwitchTo(old);
	if (c->n < 64)
	{
		c->key[c->n] = s;
		c->value[c->n++] = d;
	}
	return d;
}

/* a date column for yyyymmdd when the year is known and the day exists */
bool
pg_yyyymmdd_date(int64 v, DateADT *out)
{
	int			y = (int) (v / 10000),
				m = (int) (v / 100 % 100),
				d = (int) (v % 100);
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (y < 1 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return false;
	*out = date2j(y, m, d) - POSTGRES_EPOCH_JDATE;
	return true;
}

typedef struct NumbersCtx
{
	ReturnSetInfo *rsinfo;
	MemoryContext rowcxt;
	MemoryContext callcxt;
	const char *s;
	TextCache	texts;
} NumbersCtx;

#define NUMBERS_COLS 11

static void
numbers_emit(const CdNum *n, void *arg)
{
	NumbersCtx *c = (NumbersCtx *) arg;
	Datum		values[NUMBERS_COLS];
	bool		nulls[NUMBERS_COLS];
	MemoryContext old;
	DateADT		d;

	CHECK_FOR_INTERRUPTS();
	old = MemoryContextSwitchTo(c->rowcxt);
	memset(nulls, 0, sizeof(nulls));
	values[0] = cached_text(&c->texts, cd_kind_name(n->kind), c->callcxt);
	if (n->flags & CD_F_VALUE)
		values[1] = pg_decimal_numeric(n->v, n->scale);
	else
		nulls[1] = true;
	if (n->flags & CD_F_VALUE2)
		values[2] = pg_decimal_numeric(n->v2, n->scale2);
	else
		nulls[2] = true;
	values[3] = cached_text(&c->texts, cd_qual_name(n->qual), c->callcxt);
	if (n->unit)
		values[4] = cached_text(&c->texts, n->unit, c->callcxt);
	else
		nulls[4] = true;
	values[5] = BoolGetDatum((n->flags & CD_F_CHANGE) != 0);
	if (n->kind == CD_K_DATE && pg_yyyymmdd_date(n->v, &d))
		values[6] = DateADTGetDatum(d);
	else
		nulls[6] = true;
	if (n->label)
		values[7] = cached_text(&c->texts, n->label, c->callcxt);
	else
		nulls[7] = true;
	values[8] = Int32GetDatum(n->cstart);
	values[9] = Int32GetDatum(n->cend);
	values[10] = PointerGetDatum(cstring_to_text_with_len(c->s + n->bstart, (int) (n->bend - n->bstart)));
	tuplestore_putvalues(c->rsinfo->setResult, c->rsinfo->setDesc, values, nulls);
	MemoryContextSwitchTo(old);
	MemoryContextReset(c->rowcxt);
}

PG_FUNCTION_INFO_V1(numbers);
Datum
numbers(PG_FUNCTION_ARGS)
{
	NumbersCtx	c;
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
	c.callcxt = CurrentMemoryContext;
	c.texts.n = 0;
	c.s = t.s;
	c.rowcxt = AllocSetContextCreate(CurrentMemoryContext, "clusterdata numbers row",
									 ALLOCSET_SMALL_SIZES);
	cd_scan_numbers(&t, L, numbers_emit, &c);
	cd_text_free(&t);
	MemoryContextDelete(c.rowcxt);
	return (Datum) 0;
}
