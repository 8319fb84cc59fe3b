/*
 * libfuzzer.c
 *		libFuzzer's entry point: one binary for every target, the target
 *		named by the environment (CD_FUZZ_TARGET; see the Makefile's fuzz
 *		rules), so the core is built with the sanitizers once.
 */
#include <stdio.h>
#include <stdlib.h>

#include "targets.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static CdFuzzTarget run;

	if (!run)
	{
		const char *name = getenv("CD_FUZZ_TARGET");

		if (!name || !(run = cd_fuzz_find(name)))
		{
			fprintf(stderr, "libfuzzer: CD_FUZZ_TARGET names no target (%s)\n", name ? name : "unset");
			abort();
		}
	}
	run(data, size);
	return 0;
}
