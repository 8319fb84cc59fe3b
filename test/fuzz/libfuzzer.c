/*
 * libfuzzer.c
 *		libFuzzer's entry point: one binary for every target, the target
 *		named by the environment (CD_FUZZ_TARGET; see the Makefile's fuzz
 *		rules), so the core is built with the sanitizers once.
 */
#include <stdio.h>
#include <stdlib.h>

#include "targets.h"

int			LLVMFuzzerInitialize(int *argc, char ***argv);
int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static CdFuzzTarget run;

/* the target, before any input: an unknown name is a usage error, no finding */
int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *name = getenv("CD_FUZZ_TARGET");

	(void) argc;
	(void) argv;
	if (!name || !(run = cd_fuzz_find(name)))
	{
		fprintf(stderr, "libfuzzer: CD_FUZZ_TARGET names no target (%s)\n", name ? name : "unset");
		exit(2);
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	run(data, size);
	return 0;
}
