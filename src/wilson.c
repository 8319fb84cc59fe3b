/*
 * wilson.c
 *		Wilson score interval; normal quantile by Wichura's AS 241 (PPND16),
 *		accurate to about 1e-16, so bounds agree with statistical packages.
 */
#include "wilson.h"

#include <math.h>

static double
poly(const double *c, int n, double x)
{
	double		v = c[n - 1];

	for (int i = n - 2; i >= 0; i--)
		v = v * x + c[i];
	return v;
}

double
normal_quantile(double p)
{
	static const double a[8] = {3.387132872796366608, 133.14166789178437745,
		1971.5909503065514427, 13731.693765509461125, 45921.953931549871457,
	67265.770927008700853, 33430.575583588128105, 2509.0809287301226727};
	static const double b[8] = {1.0, 42.313330701600911252,
		687.1870074920579083, 5394.1960214247511077, 21213.794301586595867,
	39307.89580009271061, 28729.085735721942674, 5226.495278852545925};
	static const double c[8] = {1.42343711074968357734, 4.6303378461565452959,
		5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258,
		0.24178072517745061177, 0.0227238449892691845833,
	7.7454501427834140764e-4};
	static const double d[8] = {1.0, 2.05319162663775882187,
		1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459,
		0.0151986665636164571966, 5.475938084995344946e-4,
	1.05075007164441684324e-9};
	static const double e[8] = {6.6579046435011037772, 5.4637849111641143699,
		1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093,
		0.0012426609473880784386, 2.71155556874348757815e-5,
	2.01033439929228813265e-7};
	static const double f[8] = {1.0, 0.59983220655588793769,
		0.13692988092273580531, 0.0148753612908506148525,
		7.868691311456132591e-4, 1.8463183175100546818e-5,
	1.4215117583164458887e-7, 2.04426310338993978564e-15};
	double		q = p - 0.5,
				r,
				val;

	if (!(p > 0.0 && p < 1.0))
		return NAN;
	if (fabs(q) <= 0.425)
	{
		r = 0.180625 - q * q;
		return q * poly(a, 8, r) / poly(b, 8, r);
	}
	r = q < 0 ? p : 1.0 - p;
	r = sqrt(-log(r));
	if (r <= 5.0)
	{
		r -= 1.6;
		val = poly(c, 8, r) / poly(d, 8, r);
	}
	else
	{
		r -= 5.0;
		val = poly(e, 8, r) / poly(f, 8, r);
	}
	return q < 0 ? -val : val;
}

void
wilson_interval(int64_t solved, int64_t total, double confidence,
				double *lower, double *upper)
{
	double		n = (double) total;
	double		phat = (double) solved / n;
	/*
	 * z from the lower tail: 1 - (1 - c) / 2 rounds to 1.0 for c within 1e-16
	 * of 1, where the quantile is infinite; the tail itself stays positive.
	 */
	double		z = -normal_quantile((1.0 - confidence) / 2.0);
	double		z2 = z * z;
	double		denom = 1.0 + z2 / n;
	double		centre = (phat + z2 / (2.0 * n)) / denom;
	double		half = z * sqrt(phat * (1.0 - phat) / n + z2 / (4.0 * n * n)) / denom;
	double		lo = centre - half,
				hi = centre + half;

	/* exact ends: no successes gives 0, all successes gives 1 */
	if (solved == 0 || lo < 0.0)
		lo = 0.0;
	if (solved == total || hi > 1.0)
		hi = 1.0;
	*lower = lo;
	*upper = hi;
}
