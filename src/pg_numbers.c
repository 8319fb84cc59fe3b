/*
 * pg_numbers.c
 *		SQL bindings of the scanner: languages(), detect_language() and numbers().
 */
#include "postgres.h"

#include "funcapi.h"
#include "miscadmin.h"
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

/*
 * The rows of numbers() (6,600 per MB of report text) are cheap to make:
 * the numerics of values seen before come from a small cache of the backend
 * (pg_cached_numeric: years, small counts and percents recur), and the row
 * context is reset every NUMBERS_RESET rows rather than after each.
 */
#define NUMBERS_RESET 64

typedef struct NumbersSRF
{
	PgTextSRF	srf;
	int			rows;			/* since the row context was reset */
} NumbersSRF;

/*
 * The text Datums of the core's strings a row of numbers() names (the kind
 * and qualifier names have arrays of their own, below): unit labels and cue
 * texts, which live as long as the backend (static, or in the languages
 * compiled once), so that the address is the key.  Kept for the backend's life, 512 at most; a string whose slot
 * is taken gets a text of the row's own.  (parse_report's rows keep
 * pg_cached_text, made per call: their metrics and ranks are cue texts of the
 * report dictionaries, which are not promised to last.)
 */
#define LASTING_TEXTS 512

static struct
{
	const char *key;
	Datum		d;
}		   *lasting;

/* s as a text Datum for the backend's life (with a short header when it fits) */
static Datum
lasting_datum(const char *s)
{
	size_t		len = strlen(s);
	MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);
	Datum		d = PG_SHORT_FITS(len) ? pg_short_varlena(s, len, NULL) : CStringGetTextDatum(s);

	MemoryContextSwitchTo(old);
	return d;
}

static Datum
lasting_text(const char *s)
{
	uint64		h = (uint64) (uintptr_t) s * UINT64CONST(0x9E3779B97F4A7C15);
	int			k = (int) ((h >> 40) % LASTING_TEXTS);

	if (!lasting)
		lasting = MemoryContextAllocZero(TopMemoryContext, LASTING_TEXTS * sizeof(*lasting));
	if (lasting[k].key == s)
		return lasting[k].d;
	if (lasting[k].key == NULL)
	{
		lasting[k].d = lasting_datum(s);
		lasting[k].key = s;
		return lasting[k].d;
	}
	return CStringGetTextDatum(s);
}

/* the text Datums of the kinds and qualifiers, by their numbers */
static Datum kind_texts[CD_NKINDS],
			qual_texts[CD_Q_APPROX + 1];

static inline Datum
enum_text(Datum *slot, const char *s)
{
	if (*slot == (Datum) 0)
		*slot = lasting_datum(s);
	return *slot;
}

static void
numbers_emit(const CdNum *n, void *arg)
{
	NumbersSRF *ns = (NumbersSRF *) arg;
	PgTextSRF  *srf = &ns->srf;
	Datum		values[NUMBERS_COLS];
	bool		nulls[NUMBERS_COLS];
	MemoryContext old = MemoryContextSwitchTo(srf->rowcxt);
	DateADT		d;
	PgNumHold	held;			/* the cache slots the row holds */

	held.n = 0;
	memset(nulls, 0, sizeof(nulls));
	values[0] = enum_text(&kind_texts[n->kind], cd_kind_name(n->kind));
	if (n->flags & CD_F_VALUE)
		values[1] = pg_cached_numeric(n->v, n->scale, &held);
	else
		nulls[1] = true;
	if (n->flags & CD_F_VALUE2)
		values[2] = pg_cached_numeric(n->v2, n->scale2, &held);
	else
		nulls[2] = true;
	values[3] = enum_text(&qual_texts[n->qual], cd_qual_name(n->qual));
	if (n->unit)
		values[4] = lasting_text(n->unit);
	else
		nulls[4] = true;
	values[5] = BoolGetDatum((n->flags & CD_F_CHANGE) != 0);
	if (n->kind == CD_K_DATE && pg_yyyymmdd_date(n->v, &d))
		values[6] = DateADTGetDatum(d);
	else
		nulls[6] = true;
	if (n->label)
		values[7] = lasting_text(n->label);
	else
		nulls[7] = true;
	values[8] = Int32GetDatum(n->cstart);
	values[9] = Int32GetDatum(n->cend);
	values[10] = pg_span_text(&srf->text, n->bstart, n->bend, n->cstart, n->cend, srf->span);
	MemoryContextSwitchTo(old);
	CHECK_FOR_INTERRUPTS();
	pg_row_put(&srf->rows, values, nulls);
	if (++ns->rows >= NUMBERS_RESET)
	{
		MemoryContextReset(srf->rowcxt);
		ns->rows = 0;
	}
}

PG_FUNCTION_INFO_V1(numbers);
Datum
numbers(PG_FUNCTION_ARGS)
{
	NumbersSRF *ns = palloc(sizeof(NumbersSRF));

	if (!pg_text_srf_begin(fcinfo, &ns->srf))
		return (Datum) 0;
	ns->rows = 0;
	cd_scan_numbers(&ns->srf.text, ns->srf.lang, numbers_emit, ns);
	pg_text_srf_end(&ns->srf);
	return (Datum) 0;
}
