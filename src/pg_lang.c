/*
 * pg_lang.c
 *		Shared layer of the SQL bindings of the text core (see pg_lang.h).
 */
#include "postgres.h"

#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "detect.h"
#include "pg_lang.h"

void
pg_require_utf8(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("clusterdata needs a UTF8 database; this one is %s",
						GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8' (initdb and pg_virtualenv take it from a UTF-8 locale such as C.UTF-8).")));
}

const CdLangC *
pg_choose_language(text *lang, const char *body, size_t len)
{
	const CdLangC *L;

	if (lang == NULL)
	{
		const CdLang *d = cd_guess_language_nfc(body, len);

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

bool
pg_text_srf_begin(FunctionCallInfo fcinfo, PgTextSRF *srf)
{
	text	   *body;

	ReturnSetInfo *rsi = (ReturnSetInfo *) fcinfo->resultinfo;

	pg_require_utf8();
	/*
	 * The row type the caller expects (the function's OUT columns), when it
	 * gives one: not built again from the catalog at every call
	 */
	InitMaterializedSRF(fcinfo, (rsi && IsA(rsi, ReturnSetInfo) && rsi->expectedDesc) ?
						MAT_SRF_USE_EXPECTED_DESC : 0);
	memset(srf, 0, sizeof(*srf));
	if (PG_ARGISNULL(0))
		return false;
	body = PG_GETARG_TEXT_PP(0);
	srf->rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	if (!cd_text_init(&srf->text, VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body)))
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("could not normalise the text to NFC")));
	/* detection reads the NFC text, so decomposed input is detected alike */
	srf->lang = pg_choose_language(PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1),
								   srf->text.s, srf->text.len);
	srf->texts.cxt = CurrentMemoryContext;
	srf->rowcxt = AllocSetContextCreate(CurrentMemoryContext, "clusterdata row",
										ALLOCSET_SMALL_SIZES);
	return true;
}

void
pg_text_srf_put(PgTextSRF *srf, Datum *values, bool *nulls)
{
	CHECK_FOR_INTERRUPTS();
	tuplestore_putvalues(srf->rsinfo->setResult, srf->rsinfo->setDesc, values, nulls);
	MemoryContextReset(srf->rowcxt);
}

void
pg_text_srf_end(PgTextSRF *srf)
{
	cd_text_free(&srf->text);
	MemoryContextDelete(srf->rowcxt);
}

Datum
pg_cached_text(PgTextCache *c, const char *s)
{
	MemoryContext old;
	Datum		d;

	for (int i = 0; i < c->n; i++)
		if (c->key[i] == s)
			return c->value[i];
	old = MemoryContextSwitchTo(c->cxt);
	d = CStringGetTextDatum(s);
	MemoryContextSwitchTo(old);
	if (c->n < 64)
	{
		c->key[c->n] = s;
		c->value[c->n++] = d;
	}
	return d;
}

Datum
pg_span_text(CdText *t, size_t bstart, size_t bend, int32 cstart, int32 cend)
{
	size_t		is,
				ie;

	cd_text_input_span(t, bstart, bend, cstart, cend, &is, &ie);
	return PointerGetDatum(cstring_to_text_with_len(t->in_s + is, (int) (ie - is)));
}

Datum
pg_decimal_numeric(int64 v, int scale)
{
	if (scale == 0)
		return NumericGetDatum(int64_to_numeric(v));
	return NumericGetDatum(int64_div_fast_to_numeric(v, scale));
}

bool
pg_yyyymmdd_date(int64 v, DateADT *out)
{
	int			y = (int) (v / 10000),
				m = (int) (v / 100 % 100),
				d = (int) (v % 100);
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (v < 0 || v / 10000 > 9999999 || y < 1 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return false;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return false;
	/* only dates that date input reads back (a dump must restore) */
	if (!IS_VALID_JULIAN(y, m, d))
		return false;
	*out = date2j(y, m, d) - POSTGRES_EPOCH_JDATE;
	return IS_VALID_DATE(*out);
}
