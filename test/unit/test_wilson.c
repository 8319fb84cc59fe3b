#include "unit.h"
#include "wilson.h"

void
test_wilson(void)
{
	/* reference bounds, to 6 decimals */
	static const struct
	{
		long		s,
					n;
		double		conf,
					lo,
					hi;
	}			cases[] = {
		{1707, 1914, 0.95, 0.877143, 0.904986},
		{294, 314, 0.95, 0.903672, 0.958393},
		{9, 10, 0.95, 0.595850, 0.982124},
		{890, 1000, 0.95, 0.869095, 0.907921},
		{0, 5, 0.95, 0.0, 0.434482},
		{1707, 1914, 0.99, 0.872192, 0.908800},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		double		lo,
					hi;

		wilson_interval(cases[i].s, cases[i].n, cases[i].conf, &lo, &hi);
		CHECK_NEAR(lo, cases[i].lo, 5e-7);
		CHECK_NEAR(hi, cases[i].hi, 5e-7);
	}
	CHECK_NEAR(normal_quantile(0.975), 1.959963984540054, 1e-12);
	CHECK_NEAR(normal_quantile(0.5), 0.0, 1e-15);
	CHECK_NEAR(normal_quantile(1e-10), -6.361340902404056, 1e-9);
	CHECK(isnan(normal_quantile(0.0)));
	CHECK(isnan(normal_quantile(1.0)));
	{
		double		lo,
					hi;

		wilson_interval(5, 5, 0.95, &lo, &hi);
		CHECK(hi == 1.0 && lo > 0.5 && lo < 0.6);
	}
}
