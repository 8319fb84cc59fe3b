/*
 * pg_solve_rate.c
 *		The clusterdata.solve_rate type: solved / total cases, exact.
 *
 * A solve_rate is two int64 (solved, total) with 0 <= solved <= total.
 * Comparison cross-multiplies in 128 bits, so it never overflows and never
 * uses floating point.  Order: by rate value, ties by total; 0/0 (no cases)
 * sorts first.  "=" means the same solved and the same total, so 1/2 and 2/4
 * are distinct (and ordered 1/2 < 2/4), which keeps btree, hash, DISTINCT and
 * GROUP BY consistent with each other.
 *
 * Aggregates (sum, min, max, pooled) keep a solve_rate as their state (no
 * "internal" state), with combine functions, so that parallel query and
 * distributed planners can split the work without serialisation functions.
 */
#include "postgres.h"

#include <math.h>

#include "common/int.h"
#include "common/hashfn.h"
#include "common/int128.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#include "pg_solve_rate.h"
#include "solve_rate_text.h"
#include "wilson.h"

/* --------------------------------------------------------------------------
 * construction and validation
 * -------------------------------------------------------------------------- */

static void
check_parts(int64 solved, int64 total)
{
	if (solved < 0 || total < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("solve_rate parts must not be negative: " INT64_FORMAT "/" INT64_FORMAT,
						solved, total)));
	if (solved > total)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("solved cases exceed total cases: " INT64_FORMAT "/" INT64_FORMAT,
						solved, total),
				 errhint("A solve_rate is solved/total with solved <= total.")));
}

SolveRate *
solve_rate_make(int64 solved, int64 total)
{
	SolveRate  *r;

	check_parts(solved, total);
	r = (SolveRate *) palloc(sizeof(SolveRate));
	r->solved = solved;
	r->total = total;
	return r;
}

PG_FUNCTION_INFO_V1(solve_rate_in);
Datum
solve_rate_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	int64_t		solved,
				total;
	const char *rest;
	CdRateSyntax e = cd_solve_rate_parse(str, &solved, &total, &rest);
	static const char *const detail[] = {
		[CD_SR_EMPTY] = "The input is empty; expected solved/total, e.g. 1707/1914.",
		[CD_SR_BAD_SOLVED] = "The solved part is not a whole number; expected solved/total, e.g. 1707/1914.",
		[CD_SR_NO_SLASH] = "Expected \"/\" after the solved part, e.g. 1707/1914.",
		[CD_SR_BAD_TOTAL] = "The total part is not a whole number; expected solved/total, e.g. 1707/1914.",
	};

	switch (e)
	{
		case CD_SR_OK:
			break;
		case CD_SR_TRAILING:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"", "solve_rate", str),
					 errdetail("Unexpected trailing characters \"%s\".", rest)));
			break;
		case CD_SR_OVERFLOW:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value out of range for type %s: \"%s\"", "solve_rate", str),
					 errdetail("Each part must fit in bigint.")));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"", "solve_rate", str),
					 errdetail("%s", detail[e])));
	}
	PG_RETURN_SOLVE_RATE_P(solve_rate_make(solved, total));
}

PG_FUNCTION_INFO_V1(solve_rate_out);
Datum
solve_rate_out(PG_FUNCTION_ARGS)
{
	SolveRate  *r = PG_GETARG_SOLVE_RATE_P(0);

	PG_RETURN_CSTRING(psprintf(INT64_FORMAT "/" INT64_FORMAT, r->solved, r->total));
}

PG_FUNCTION_INFO_V1(solve_rate_recv);
Datum
solve_rate_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int64		solved = pq_getmsgint64(buf);
	int64		total = pq_getmsgint64(buf);

	PG_RETURN_SOLVE_RATE_P(solve_rate_make(solved, total));
}

PG_FUNCTION_INFO_V1(solve_rate_send);
Datum
solve_rate_send(PG_FUNCTION_ARGS)
{
	SolveRate  *r = PG_GETARG_SOLVE_RATE_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, r->solved);
	pq_sendint64(&buf, r->total);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(solve_rate);
Datum
solve_rate(PG_FUNCTION_ARGS)
{
	PG_RETURN_SOLVE_RATE_P(solve_rate_make(PG_GETARG_INT64(0), PG_GETARG_INT64(1)));
}

PG_FUNCTION_INFO_V1(solved);
Datum
solved(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_SOLVE_RATE_P(0)->solved);
}

PG_FUNCTION_INFO_V1(total);
Datum
total(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_SOLVE_RATE_P(0)->total);
}

/* --------------------------------------------------------------------------
 * comparison
 * -------------------------------------------------------------------------- */

int
solve_rate_cmp_internal(const SolveRate *a, const SolveRate *b)
{
	INT128		l,
				r;
	int			c;

	/* 0/0 has no rate and sorts before everything else */
	if (a->total == 0 || b->total == 0)
	{
		if (a->total == 0 && b->total == 0)
			return 0;
		return a->total == 0 ? -1 : 1;
	}
	/* a.s/a.t <=> b.s/b.t  <=>  a.s*b.t <=> b.s*a.t (totals positive) */
	l = int64_to_int128(0);
	int128_add_int64_mul_int64(&l, a->solved, b->total);
	r = int64_to_int128(0);
	int128_add_int64_mul_int64(&r, b->solved, a->total);
	c = int128_compare(l, r);
	if (c != 0)
		return c;
	return (a->total > b->total) - (a->total < b->total);
}

PG_FUNCTION_INFO_V1(solve_rate_cmp);
Datum
solve_rate_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(solve_rate_cmp_internal(PG_GETARG_SOLVE_RATE_P(0),
											PG_GETARG_SOLVE_RATE_P(1)));
}

#define SOLVE_RATE_CMP_FN(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(solve_rate_cmp_internal(PG_GETARG_SOLVE_RATE_P(0), \
										   PG_GETARG_SOLVE_RATE_P(1)) op 0); \
}

SOLVE_RATE_CMP_FN(solve_rate_lt, <)
SOLVE_RATE_CMP_FN(solve_rate_le, <=)
SOLVE_RATE_CMP_FN(solve_rate_gt, >)
SOLVE_RATE_CMP_FN(solve_rate_ge, >=)
SOLVE_RATE_CMP_FN(solve_rate_eq, ==)
SOLVE_RATE_CMP_FN(solve_rate_ne, !=)

PG_FUNCTION_INFO_V1(solve_rate_hash);
Datum
solve_rate_hash(PG_FUNCTION_ARGS)
{
	SolveRate  *r = PG_GETARG_SOLVE_RATE_P(0);

	return hash_any((const unsigned char *) r, sizeof(SolveRate));
}

PG_FUNCTION_INFO_V1(solve_rate_hash_extended);
Datum
solve_rate_hash_extended(PG_FUNCTION_ARGS)
{
	SolveRate  *r = PG_GETARG_SOLVE_RATE_P(0);

	return hash_any_extended((const unsigned char *) r, sizeof(SolveRate),
							 PG_GETARG_INT64(1));
}

/* --------------------------------------------------------------------------
 * pooling and aggregates
 * -------------------------------------------------------------------------- */

static inline void
pool_into(SolveRate *dst, int64 solved, int64 total)
{
	if (pg_add_s64_overflow(dst->solved, solved, &dst->solved) ||
		pg_add_s64_overflow(dst->total, total, &dst->total))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("solve_rate out of range: pooled cases exceed bigint")));
}

PG_FUNCTION_INFO_V1(solve_rate_pl);
Datum
solve_rate_pl(PG_FUNCTION_ARGS)
{
	SolveRate  *a = PG_GETARG_SOLVE_RATE_P(0);
	SolveRate  *b = PG_GETARG_SOLVE_RATE_P(1);
	SolveRate  *res = (SolveRate *) palloc(sizeof(SolveRate));

	*res = *a;
	pool_into(res, b->solved, b->total);
	PG_RETURN_SOLVE_RATE_P(res);
}

/*
 * Transition and combine function of sum(solve_rate): strict, so the first
 * non-null input is copied into the aggregate context by the executor and
 * later inputs are pooled into it in place.
 */
PG_FUNCTION_INFO_V1(solve_rate_accum);
Datum
solve_rate_accum(PG_FUNCTION_ARGS)
{
	SolveRate  *state = PG_GETARG_SOLVE_RATE_P(0);
	SolveRate  *b = PG_GETARG_SOLVE_RATE_P(1);

	if (!AggCheckCallContext(fcinfo, NULL))
	{
		/* called as a plain function: pool into a new value, like "+" */
		SolveRate  *res = (SolveRate *) palloc(sizeof(SolveRate));

		*res = *state;
		state = res;
	}
	pool_into(state, b->solved, b->total);
	PG_RETURN_SOLVE_RATE_P(state);
}

/* Transition function of pooled(solved bigint, total bigint); not strict. */
PG_FUNCTION_INFO_V1(pooled_accum);
Datum
pooled_accum(PG_FUNCTION_ARGS)
{
	MemoryContext aggcontext;
	SolveRate  *state;
	int64		solved,
				total;

	/* called as a plain function, the state lives in the caller's context */
	if (!AggCheckCallContext(fcinfo, &aggcontext))
		aggcontext = CurrentMemoryContext;
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	solved = PG_GETARG_INT64(1);
	total = PG_GETARG_INT64(2);
	check_parts(solved, total);
	if (PG_ARGISNULL(0))
	{
		state = (SolveRate *) MemoryContextAllocZero(aggcontext, sizeof(SolveRate));
	}
	else if (aggcontext == CurrentMemoryContext)
	{
		state = (SolveRate *) palloc(sizeof(SolveRate));
		*state = *PG_GETARG_SOLVE_RATE_P(0);
	}
	else
		state = PG_GETARG_SOLVE_RATE_P(0);
	pool_into(state, solved, total);
	PG_RETURN_SOLVE_RATE_P(state);
}

PG_FUNCTION_INFO_V1(solve_rate_smaller);
Datum
solve_rate_smaller(PG_FUNCTION_ARGS)
{
	SolveRate  *a = PG_GETARG_SOLVE_RATE_P(0);
	SolveRate  *b = PG_GETARG_SOLVE_RATE_P(1);

	PG_RETURN_SOLVE_RATE_P(solve_rate_cmp_internal(a, b) <= 0 ? a : b);
}

PG_FUNCTION_INFO_V1(solve_rate_larger);
Datum
solve_rate_larger(PG_FUNCTION_ARGS)
{
	SolveRate  *a = PG_GETARG_SOLVE_RATE_P(0);
	SolveRate  *b = PG_GETARG_SOLVE_RATE_P(1);

	PG_RETURN_SOLVE_RATE_P(solve_rate_cmp_internal(a, b) >= 0 ? a : b);
}

/* --------------------------------------------------------------------------
 * rates, percents, confidence bounds
 * -------------------------------------------------------------------------- */

PG_FUNCTION_INFO_V1(rate);
Datum
rate(PG_FUNCTION_ARGS)
{
	SolveRate  *r = PG_GETARG_SOLVE_RATE_P(0);

	if (r->total == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8((double) r->solved / (double) r->total);
}

static Numeric
int64_num(int64 v)
{
	return int64_to_numeric(v);
}

static Numeric
num_mul(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_mul, NumericGetDatum(a), NumericGetDatum(b)));
}

static Numeric
num_add(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_add, NumericGetDatum(a), NumericGetDatum(b)));
}

/* integer division, truncating toward zero (exact) */
static Numeric
num_div_trunc(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_div_trunc, NumericGetDatum(a), NumericGetDatum(b)));
}

static Numeric
num_pow10(int k)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_power, NumericGetDatum(int64_num(10)),
											   NumericGetDatum(int64_num(k))));
}

static bool
num_eq(Numeric a, Numeric b)
{
	return DatumGetBool(DirectFunctionCall2(numeric_eq, NumericGetDatum(a), NumericGetDatum(b)));
}

/* value / 10^k, shown with exactly k decimals (exact: value is an integer) */
static Numeric
num_shift(Numeric v, int k)
{
	Numeric		q = DatumGetNumeric(DirectFunctionCall2(numeric_div, NumericGetDatum(v),
														NumericGetDatum(num_pow10(k))));

	return DatumGetNumeric(DirectFunctionCall2(numeric_round, NumericGetDatum(q), Int32GetDatum(k)));
}

#define PERCENT_MAX_DIGITS 16

/*
 * 100 * solved / total rounded half up at `digits` decimals, computed as
 * div(2 * 100 * solved * 10^digits + total, 2 * total) / 10^digits, so no
 * intermediate rounding can change the result.
 */
static Numeric
percent_rounded(const SolveRate *r, int digits)
{
	Numeric		x = num_mul(int64_num(r->solved), num_pow10(digits + 2));
	Numeric		t = int64_num(r->total);
	Numeric		q = num_div_trunc(num_add(num_mul(x, int64_num(2)), t), num_mul(t, int64_num(2)));

	return num_shift(q, digits);
}

PG_FUNCTION_INFO_V1(percent);
Datum
percent(PG_FUNCTION_ARGS)
{
	SolveRate  *r = PG_GETARG_SOLVE_RATE_P(0);
	int32		digits = PG_GETARG_INT32(1);

	if (digits < 0 || digits > PERCENT_MAX_DIGITS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("percent digits must be between 0 and %d, got %d", PERCENT_MAX_DIGITS, digits)));
	if (r->total == 0)
		PG_RETURN_NULL();
	PG_RETURN_NUMERIC(percent_rounded(r, digits));
}

/* Cast to numeric: the percent, as exact as numeric division gives it. */
PG_FUNCTION_INFO_V1(solve_rate_numeric);
Datum
solve_rate_numeric(PG_FUNCTION_ARGS)
{
	SolveRate  *r = PG_GETARG_SOLVE_RATE_P(0);

	if (r->total == 0)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(DirectFunctionCall2(numeric_div,
										NumericGetDatum(num_mul(int64_num(r->solved), int64_num(100))),
										NumericGetDatum(int64_num(r->total))));
}

/* Cast to float8: the rate in [0, 1]. */
PG_FUNCTION_INFO_V1(solve_rate_float8);
Datum
solve_rate_float8(PG_FUNCTION_ARGS)
{
	return rate(fcinfo);
}

/*
 * check_percent(r, reported): how the reported percentage relates to the
 * exact one, at the reported number's own precision (its scale k):
 *   exact      100*s/t == reported
 *   rounded    round-half-up(100*s/t, k) == reported
 *   truncated  trunc(100*s/t, k) == reported
 *   mismatch   none of these
 * All in exact integer arithmetic on X = 100 * s * 10^k.
 */
PG_FUNCTION_INFO_V1(check_percent);
Datum
check_percent(PG_FUNCTION_ARGS)
{
	SolveRate  *r = PG_GETARG_SOLVE_RATE_P(0);
	Numeric		reported = PG_GETARG_NUMERIC(1);
	int32		k;
	Numeric		x,
				t,
				rep,
				scaled;
	const char *verdict;

	if (r->total == 0)
		PG_RETURN_NULL();
	if (numeric_is_nan(reported) || numeric_is_inf(reported))
		PG_RETURN_TEXT_P(cstring_to_text("mismatch"));
	k = DatumGetInt32(DirectFunctionCall1(numeric_scale, NumericGetDatum(reported)));
	if (k > 1000)
		k = 1000;
	x = num_mul(int64_num(r->solved), num_pow10(k + 2));
	t = int64_num(r->total);
	scaled = num_mul(reported, num_pow10(k));	/* an integer */
	rep = num_mul(scaled, t);
	if (num_eq(x, rep))
		verdict = "exact";
	else if (num_eq(num_div_trunc(num_add(num_mul(x, int64_num(2)), t),
								  num_mul(t, int64_num(2))), scaled))
		verdict = "rounded";
	else if (num_eq(num_div_trunc(x, t), scaled))
		verdict = "truncated";
	else
		verdict = "mismatch";
	PG_RETURN_TEXT_P(cstring_to_text(verdict));
}

static double
get_confidence(FunctionCallInfo fcinfo)
{
	double		conf = PG_GETARG_FLOAT8(1);

	if (!(conf > 0.0 && conf < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("confidence must be between 0 and 1 (exclusive), got %g", conf)));
	return conf;
}

PG_FUNCTION_INFO_V1(wilson_lower);
Datum
wilson_lower(PG_FUNCTION_ARGS)
{
	SolveRate  *r = PG_GETARG_SOLVE_RATE_P(0);
	double		conf = get_confidence(fcinfo);
	double		lo,
				hi;

	if (r->total == 0)
		PG_RETURN_NULL();
	wilson_interval(r->solved, r->total, conf, &lo, &hi);
	PG_RETURN_FLOAT8(lo);
}

PG_FUNCTION_INFO_V1(wilson_upper);
Datum
wilson_upper(PG_FUNCTION_ARGS)
{
	SolveRate  *r = PG_GETARG_SOLVE_RATE_P(0);
	double		conf = get_confidence(fcinfo);
	double		lo,
				hi;

	if (r->total == 0)
		PG_RETURN_NULL();
	wilson_interval(r->solved, r->total, conf, &lo, &hi);
	PG_RETURN_FLOAT8(hi);
}
