/*
 * libfuzzer.c
 *		libFuzzer's entry point for one target, chosen at build time
 *		(-DFUZZ_TARGET=name; see the Makefile's fuzz rules).
 */
#include "targets.h"

#define STR2(x) #x
#define STR(x) STR2(x)

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static CdFuzzTarget run;

	if (!run)
		run = cd_fuzz_find(STR(FUZZ_TARGET));
	run(data, size);
	return 0;
}
