#ifndef CLUSTERDATA_UNIT_H
#define CLUSTERDATA_UNIT_H

#include <math.h>
#include <stdio.h>
#include <string.h>

extern int	unit_passed;
extern int	unit_failed;

#define CHECK(cond) do { \
	if (cond) unit_passed++; \
	else { unit_failed++; printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECK_NEAR(a, b, eps) do { \
	double _a = (a), _b = (b); \
	if (fabs(_a - _b) <= (eps)) unit_passed++; \
	else { unit_failed++; printf("FAIL %s:%d: %s = %.9g, expected %.9g\n", __FILE__, __LINE__, #a, _a, _b); } \
} while (0)

/*
 * The core's calloc fails at its unit_calloc_fail_at-th call counted from
 * when that is set (unit_calloc_calls counts them; -1: never fails)
 */
extern int	unit_calloc_fail_at;
extern int	unit_calloc_calls;

void		test_wilson(void);
void		test_scan(void);
void		test_provinces(void);
void		test_robust(const char *fuzz_dir);
void		test_stages(void);
void		test_context(void);
void		test_cues(void);
void		test_windows(void);

#endif
