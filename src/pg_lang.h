/*
 * pg_lang.h
 *		What the SQL bindings of the text core share: choosing the language,
 *		running a materialised set-returning function over (body, lang), and
 *		turning core values into Datums.
 */
#ifndef PG_LANG_H
#define PG_LANG_H

#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/date.h"

#include "cdtext.h"

/*
 * Report text and province names are processed as UTF-8 and spans count its
 * characters: any other database encoding is an error (SQLSTATE 0A000).
 */
extern void pg_require_utf8(void);

/*
 * The compiled language for `lang` (NULL: detect from the text; fall back to
 * English conventions when no word of any language occurs).  Unsupported
 * codes are an error with SQLSTATE 22023 and a hint listing the supported ones.
 */
extern const CdLangC *pg_choose_language(text *lang, const char *body, size_t len);

/* text Datums of the core's static strings, made once per call */
typedef struct PgTextCache
{
	const char *key[64];
	Datum		value[64];
	int			n;
	MemoryContext cxt;
} PgTextCache;

/*
 * A materialised SRF over (body text, lang text): the prepared text, its
 * language, a context reset after every row and the text cache.
 */
typedef struct PgTextSRF
{
	ReturnSetInfo *rsinfo;
	CdText		text;
	const CdLangC *lang;
	MemoryContext rowcxt;
	PgTextCache texts;
} PgTextSRF;

/* Set up the SRF; false when body is NULL (no rows). */
extern bool pg_text_srf_begin(FunctionCallInfo fcinfo, PgTextSRF *srf);
/* Store one row (values built in srf->rowcxt), then reset the row context. */
extern void pg_text_srf_put(PgTextSRF *srf, Datum *values, bool *nulls);
extern void pg_text_srf_end(PgTextSRF *srf);

extern Datum pg_cached_text(PgTextCache *c, const char *s);

/* the text of a span, cut from the caller's input as given */
extern Datum pg_span_text(CdText *t, size_t bstart, size_t bend, int32 cstart, int32 cend);

/* numeric from an exact decimal v / 10^scale */
extern Datum pg_decimal_numeric(int64 v, int scale);

/* DateADT of yyyymmdd, when the year is stated and the date exists */
extern bool pg_yyyymmdd_date(int64 v, DateADT *out);

#endif
