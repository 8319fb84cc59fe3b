/*
 * pg_lang.h
 *		Choosing a language from SQL arguments (shared by the SQL bindings).
 */
#ifndef PG_LANG_H
#define PG_LANG_H

#include "postgres.h"

#include "cdtext.h"

/*
 * The compiled language for `lang` (NULL: detect from the text; fall back to
 * English conventions when detection cannot tell).  Unsupported codes are an
 * error with SQLSTATE 22023 and a hint listing the supported ones.
 */
extern const CdLangC *pg_choose_language(text *lang, const char *body, size_t len);

#include "utils/date.h"

/* numeric from an exact decimal v / 10^scale */
extern Datum pg_decimal_numeric(int64 v, int scale);

/* DateADT of yyyymmdd, when the year is stated and the date exists */
extern bool pg_yyyymmdd_date(int64 v, DateADT *out);

#endif
