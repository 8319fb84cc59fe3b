/*
 * targets.h
 *		Fuzz targets over every entry point of the plain-C core.  Each takes
 *		arbitrary bytes, runs the core on them, checks what the core promises
 *		about its output (spans inside the text, values in range, strings
 *		terminated inside their buffers) and abort()s when a promise breaks;
 *		the sanitizers catch the rest.  Used by libFuzzer (libfuzzer.c) and by
 *		the unit tests, which replay every input under regressions/.
 */
#ifndef CLUSTERDATA_FUZZ_TARGETS_H
#define CLUSTERDATA_FUZZ_TARGETS_H

#include <stddef.h>
#include <stdint.h>

typedef void (*CdFuzzTarget) (const uint8_t *data, size_t size);

typedef struct CdFuzzEntry
{
	const char *name;
	CdFuzzTarget run;
} CdFuzzEntry;

/* every target, NULL-terminated */
extern const CdFuzzEntry cd_fuzz_targets[];

/* the target of that name, or NULL */
CdFuzzTarget cd_fuzz_find(const char *name);

#endif
