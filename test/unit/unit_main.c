/*
 * Unit tests of the plain-C core (no server needed).  Argument: the folder of
 * fuzz regression inputs (default test/fuzz/regressions).
 * Prints one line per failed check and a closing "N passed, N failed" line.
 */
#include "unit.h"

int			unit_passed = 0;
int			unit_failed = 0;
int			unit_calloc_fail_at = -1;
int			unit_calloc_calls = 0;

/* the core's calloc (linked with -Wl,--wrap=calloc) */
void	   *__real_calloc(size_t n, size_t size);
void	   *__wrap_calloc(size_t n, size_t size);

void *
__wrap_calloc(size_t n, size_t size)
{
	if (unit_calloc_fail_at >= 0 && ++unit_calloc_calls == unit_calloc_fail_at)
		return NULL;
	return __real_calloc(n, size);
}

int
main(int argc, char **argv)
{
	test_wilson();
	test_scan();
	test_provinces();
	test_stages();
	test_context();
	test_cues();
	test_windows();
	test_robust(argc > 1 ? argv[1] : "test/fuzz/regressions");
	printf("unit: %d passed, %d failed\n", unit_passed, unit_failed);
	return unit_failed ? 1 : 0;
}
