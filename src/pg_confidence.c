/*
 * pg_confidence.c
 *		SQL binding of confidence.c: fact_confidence(), how much to trust a
 *		fact from the evidence its rules used, for parse_report's rows and
 *		the fact table (a generated column).
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "utils/builtins.h"

#include "confidence.h"
#include "pg_lang.h"

/* a text argument as a C string, or NULL */
static char *
arg_cstring(FunctionCallInfo fcinfo, int i)
{
	return PG_ARGISNULL(i) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(i));
}

PG_FUNCTION_INFO_V1(fact_confidence);
Datum
fact_confidence(PG_FUNCTION_ARGS)
{
	char	   *kind = arg_cstring(fcinfo, 0),
			   *metric = arg_cstring(fcinfo, 1),
			   *why = arg_cstring(fcinfo, 2),
			   *qualifier = arg_cstring(fcinfo, 3),
			   *scope = arg_cstring(fcinfo, 4);
	bool		has_percent = !PG_ARGISNULL(5) && PG_GETARG_BOOL(5),
				has_fraction = !PG_ARGISNULL(6) && PG_GETARG_BOOL(6);
	double		p;

	if (!kind)
		PG_RETURN_NULL();
	p = cd_confidence(kind, metric, why, qualifier, scope, has_percent, has_fraction);
	if (p < 0)
		PG_RETURN_NULL();
	/* three decimals, exact: what a BI tool shows is what is stored */
	return pg_decimal_numeric((int64) llround(p * 1000.0), 3);
}
