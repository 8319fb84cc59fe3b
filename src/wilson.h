/*
 * wilson.h
 *		Wilson score interval for a binomial proportion (plain C).
 */
#ifndef CLUSTERDATA_WILSON_H
#define CLUSTERDATA_WILSON_H

#include <stdint.h>

/* Standard normal quantile: the z with P(Z <= z) = p, 0 < p < 1. */
double		normal_quantile(double p);

/*
 * Two-sided Wilson interval for `solved` successes in `total` trials at the
 * given confidence (0 < confidence < 1); total must be > 0.
 */
void		wilson_interval(int64_t solved, int64_t total, double confidence,
							double *lower, double *upper);

#endif
