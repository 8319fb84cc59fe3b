/*
 * scan_tool: run the core on a file, without a server.
 *   scan_tool FILE [LANG]    prints the language and one line per number
 *   scan_tool -b FILE [LANG] times the scanner (MB/s) over the file
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "detect.h"
#include "numscan.h"

static long count;

static void
print_num(const CdNum *n, void *arg)
{
	char		b1[32],
				b2[32];
	const char *s = arg;

	printf("%-10s %-12s %-10s %-6s %-8s %s%s [%d,%d) %.*s\n", cd_kind_name(n->kind),
		   (n->flags & CD_F_VALUE) ? cd_decimal(n->v, n->scale, b1) : "-",
		   (n->flags & CD_F_VALUE2) ? cd_decimal(n->v2, n->scale2, b2) : "-",
		   cd_qual_name(n->qual), n->unit ? n->unit : "-", (n->flags & CD_F_CHANGE) ? "change " : "",
		   n->label ? n->label : "", n->cstart, n->cend, (int) (n->bend - n->bstart), s + n->bstart);
}

static void
count_num(const CdNum *n, void *arg)
{
	(void) n;
	(void) arg;
	count++;
}

int
main(int argc, char **argv)
{
	int			bench = argc > 1 && strcmp(argv[1], "-b") == 0;
	const char *file = argv[1 + bench];
	const char *code = argc > 2 + bench ? argv[2 + bench] : NULL;
	FILE	   *f;
	char	   *buf;
	long		len;
	CdText		t;
	const CdLang *L;

	if (argc < 2 + bench || !(f = fopen(file, "rb")))
	{
		fprintf(stderr, "usage: scan_tool [-b] FILE [LANG]\n");
		return 2;
	}
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(len + 1);
	if (fread(buf, 1, len, f) != (size_t) len)
		return 2;
	buf[len] = '\0';
	fclose(f);
	L = code ? cd_lang_find(code) : cd_detect_language(buf, len);
	printf("language: %s\n", L ? L->code : "(none)");
	if (!L)
		L = cd_lang_find("en");
	cd_text_init(&t, buf, len);
	if (bench)
	{
		clock_t		c0 = clock();
		double		s;

		for (int k = 0; k < 5; k++)
			cd_scan_numbers(&t, cd_lang_compiled(L->code), count_num, NULL);
		s = (double) (clock() - c0) / CLOCKS_PER_SEC;
		printf("%ld numbers, %.1f MB/s\n", count / 5, 5 * len / 1e6 / s);
	}
	else
		cd_scan_numbers(&t, cd_lang_compiled(L->code), print_num, t.owned ? t.owned : buf);
	cd_text_free(&t);
	return 0;
}
