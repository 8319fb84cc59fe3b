/*
 * pg_solve_rate.h
 *		The solve_rate type's in-memory form, shared by the SQL bindings.
 */
#ifndef PG_SOLVE_RATE_H
#define PG_SOLVE_RATE_H

#include "postgres.h"
#include "fmgr.h"

typedef struct SolveRate
{
	int64		solved;
	int64		total;
} SolveRate;

#define DatumGetSolveRateP(X)		((SolveRate *) DatumGetPointer(X))
#define SolveRatePGetDatum(X)		PointerGetDatum(X)
#define PG_GETARG_SOLVE_RATE_P(n)	DatumGetSolveRateP(PG_GETARG_DATUM(n))
#define PG_RETURN_SOLVE_RATE_P(x)	return SolveRatePGetDatum(x)

extern SolveRate *solve_rate_make(int64 solved, int64 total);
extern int	solve_rate_cmp_internal(const SolveRate *a, const SolveRate *b);

#endif
