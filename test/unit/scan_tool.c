/*
 * scan_tool: run the core on a file, without a server.
 *   scan_tool FILE [LANG]    prints the language and one line per number
 *   scan_tool -b FILE [LANG] times the scanner (MB/s) over the file
 *   scan_tool -r FILE [LANG] times the report parser (MB/s), one report per
 *                            paragraph (blank-line separated) of the file
 *   scan_tool -p FILE [LANG] parses the whole file as one report (language
 *                            detected when not given) and prints facts, time
 *                            (best of 3) and the core's peak memory against
 *                            the file's size
 *   scan_tool -f FILE [LANG] parses the whole file as one report and prints
 *                            one line per fact (to compare two builds' output)
 *   scan_tool -F FILE        one report per paragraph, as parse_report(body)
 *                            and numbers(body) see it (text prepared, language
 *                            detected on it): the language, every number and
 *                            every fact of each (to compare two builds' output)
 *   scan_tool -T FILE        the same reports' numbers and facts as the rows
 *                            of numbers(body) and parse_report(body) print in
 *                            COPY's text format (paragraph number, 'n' or 'f',
 *                            then the columns test/binding_same.sh selects),
 *                            to compare the SQL functions with the core
 */
#define _POSIX_C_SOURCE 200809L	/* clock_gettime */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>

#include "detect.h"
#include "numscan.h"
#include "report.h"

static long count;

/* a counting allocator: current and peak bytes held by the core */
static size_t mem_now,
			mem_peak;

static void *
count_alloc(size_t n)
{
	size_t	   *p = malloc(n + sizeof(size_t));

	if (!p)
		return NULL;
	*p = n;
	mem_now += n;
	if (mem_now > mem_peak)
		mem_peak = mem_now;
	return p + 1;
}

static void
count_free(void *q)
{
	size_t	   *p = q;

	if (!p)
		return;
	mem_now -= p[-1];
	free(p - 1);
}

static void *
count_realloc(void *q, size_t n)
{
	size_t	   *p,
				old;

	if (!q)
		return count_alloc(n);
	old = ((size_t *) q)[-1];
	p = realloc((size_t *) q - 1, n + sizeof(size_t));
	if (!p)
		return NULL;
	*p = n;
	mem_now = mem_now - old + n;
	if (mem_now > mem_peak)
		mem_peak = mem_now;
	return p + 1;
}

static void
print_num(const CdNum *n, void *arg)
{
	char		b1[CD_DECIMAL_BUF],
				b2[CD_DECIMAL_BUF];
	const char *s = arg;

	printf("%-10s %-12s %-10s %-6s %-8s %s%s [%d,%d) %.*s\n", cd_kind_name(n->kind),
		   (n->flags & CD_F_VALUE) ? cd_decimal(n->v, n->scale, b1, sizeof(b1)) : "-",
		   (n->flags & CD_F_VALUE2) ? cd_decimal(n->v2, n->scale2, b2, sizeof(b2)) : "-",
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
static void
count_fact(const CdFact *f, void *arg)
{
	(void) f;
	(void) arg;
	count++;
}

/* one line per fact: kind, bytes, values, scope, why */
static void
print_fact(const CdFact *f, void *arg)
{
	(void) arg;
	printf("%s %zu-%zu m=%s", cd_fact_kind_name(f->kind), f->bstart, f->bend,
		   f->metric ? f->metric : "-");
	if (f->has_fraction)
		printf(" %lld/%lld", (long long) f->solved, (long long) f->total);
	if (f->has_percent)
		printf(" p=%lld/10^%d", (long long) f->pv, f->pscale);
	if (f->has_value)
		printf(" v=%lld/10^%d", (long long) f->v, f->vscale);
	printf(" q=%d prov=%d cl=%d y=%d scope=%s detail=%.*s why=%s", (int) f->qual,
		   f->province, f->cluster_no, f->year, f->scope ? f->scope : "-",
		   (int) f->detail_len, f->detail ? f->detail : "", f->why);
	/* the confidence as parse_report gives it (pg_report.c): thousandths */
	{
		double		p = cd_fact_confidence(f);

		printf(" conf=%lld\n", p >= 0 ? (long long) llround(p * 1000.0) : -1LL);
	}
}

static int
print_facts(const char *buf, long len, const char *code)
{
	CdText		t;
	const CdLang *L = code ? cd_lang_find(code) : cd_detect_language(buf, len);

	printf("language: %s\n", L ? L->code : "(none)");
	if (!L)
		L = cd_lang_find("en");
	cd_text_init(&t, buf, len);
	cd_parse_report(&t, cd_lang_compiled(L->code), print_fact, NULL);
	cd_text_free(&t);
	return 0;
}

/* ------------------------------------------------------------ -T: rows as COPY prints them */

/* s[0, n) escaped as COPY's text format does; NULL: \N */
static void
copy_field(const char *s, size_t n)
{
	putchar('\t');
	if (!s)
	{
		fputs("\\N", stdout);
		return;
	}
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '\\')
			fputs("\\\\", stdout);
		else if (c == '\t')
			fputs("\\t", stdout);
		else if (c == '\n')
			fputs("\\n", stdout);
		else if (c == '\r')
			fputs("\\r", stdout);
		else
			putchar(c);
	}
}

static void
copy_str(const char *s)
{
	copy_field(s, s ? strlen(s) : 0);
}

static void
copy_dec(bool has, int64_t v, int scale)
{
	char		b[CD_DECIMAL_BUF];

	copy_str(has ? cd_decimal(v, scale, b, sizeof(b)) : NULL);
}

static void
copy_int(bool has, long long v)
{
	char		b[32];

	snprintf(b, sizeof(b), "%lld", v);
	copy_str(has ? b : NULL);
}

typedef struct RowsOf
{
	long		doc;
	CdText	   *t;
} RowsOf;

/* the input's text of a span, as the functions' text column gives it */
static void
copy_span(CdText *t, size_t bstart, size_t bend, int32_t cstart, int32_t cend)
{
	size_t		is,
				ie;

	cd_text_input_span(t, bstart, bend, cstart, cend, &is, &ie);
	copy_field(t->in_s + is, ie - is);
}

/* numbers(body): kind, value, value2, qualifier, unit, is_change, label, span_start, span_end, text */
static void
copy_num(const CdNum *n, void *arg)
{
	RowsOf	   *r = arg;

	printf("%ld\tn", r->doc);
	copy_str(cd_kind_name(n->kind));
	copy_dec((n->flags & CD_F_VALUE) != 0, n->v, n->scale);
	copy_dec((n->flags & CD_F_VALUE2) != 0, n->v2, n->scale2);
	copy_str(cd_qual_name(n->qual));
	copy_str(n->unit);
	copy_str((n->flags & CD_F_CHANGE) ? "t" : "f");
	copy_str(n->label);
	copy_int(true, n->cstart);
	copy_int(true, n->cend);
	copy_span(r->t, n->bstart, n->bend, n->cstart, n->cend);
	putchar('\n');
}

/*
 * parse_report(body): kind, metric, solved, total, percent, qualifier,
 * value, province, cluster_no, year, span_start, span_end, text, scope,
 * detail, why, confidence
 */
static void
copy_fact(const CdFact *f, void *arg)
{
	RowsOf	   *r = arg;
	double		p = cd_fact_confidence(f);

	printf("%ld\tf", r->doc);
	copy_str(cd_fact_kind_name(f->kind));
	copy_str(f->metric);
	copy_int(f->has_fraction || f->has_solved, f->solved);
	copy_int(f->has_fraction || f->has_total, f->total);
	copy_dec(f->has_percent, f->pv, f->pscale);
	copy_str(cd_fact_qualified(f) ? cd_qual_name(f->qual) : NULL);
	copy_dec(f->has_value, f->v, f->vscale);
	copy_str(f->province >= 0 ? cd_provinces[f->province].name_vi : NULL);
	copy_int(f->cluster_no > 0, f->cluster_no);
	copy_int(f->year > 0, f->year);
	copy_int(true, f->cstart);
	copy_int(true, f->cend);
	copy_span(r->t, f->bstart, f->bend, f->cstart, f->cend);
	copy_str(f->scope);
	copy_field(f->detail_len > 0 ? f->detail : NULL, f->detail_len);
	copy_str(f->why[0] ? f->why : NULL);
	copy_dec(p >= 0, p >= 0 ? (int64_t) llround(p * 1000.0) : 0, 3);
	putchar('\n');
}

/*
 * Each blank-line separated block of the file as parse_report(body) and
 * numbers(body) see it: the text prepared, the language guessed on it (or
 * English); fn does the rest (false: stop, failed)
 */
typedef bool (*ReportFn) (long doc, CdText *t, const CdLang *L, const CdLangC *LC, const char *p, size_t n);

static int
each_report(const char *buf, long len, ReportFn fn)
{
	const char *p = buf,
			   *end = buf + len;
	long		docs = 0;

	while (p < end)
	{
		const char *q = strstr(p, "\n\n");
		size_t		n = q ? (size_t) (q - p) : (size_t) (end - p);
		CdText		t;
		const CdLang *L;
		bool		ok;

		if (!cd_text_init(&t, p, n))
		{
			printf("report %ld: text init failed\n", docs);
			return 1;
		}
		L = cd_guess_language_nfc(t.s, t.len);
		ok = fn(docs, &t, L, cd_lang_compiled(L ? L->code : "en"), p, n);
		cd_text_free(&t);
		if (!ok)
			return 1;
		docs++;
		p += n + 2;
	}
	return 0;
}

/* -T: the rows of numbers(body) and parse_report(body) */
static bool
copy_report(long doc, CdText *t, const CdLang *L, const CdLangC *LC, const char *p, size_t n)
{
	RowsOf		r = {doc, t};

	(void) L;
	(void) p;
	(void) n;
	cd_scan_numbers(t, LC, copy_num, &r);
	if (!cd_parse_report(t, LC, copy_fact, &r))
	{
		fprintf(stderr, "report %ld: parse failed\n", doc);
		return false;
	}
	return true;
}

/* -F: the language, every number and every fact */
static bool
print_report(long doc, CdText *t, const CdLang *L, const CdLangC *LC, const char *p, size_t n)
{
	printf("report %ld: %zu bytes, language %s, strict %s\n", doc, n, L ? L->code : "(none)",
		   cd_detect_language(p, n) ? cd_detect_language(p, n)->code : "(none)");
	cd_scan_numbers(t, LC, print_num, (void *) (t->owned ? t->owned : p));
	if (!cd_parse_report(t, LC, print_fact, NULL))
		printf("parse failed\n");
	return true;
}

/* the whole file as one report: facts, best time of three, peak memory */
static int
parse_whole(const char *buf, long len, const char *code)
{
	double		best = 1e30;

	cd_allocator = (CdAllocator) {count_alloc, count_realloc, count_free};
	for (int k = 0; k < 3; k++)
	{
		struct timespec a,
					b;
		CdText		t;
		const CdLang *L;
		double		s;

		clock_gettime(CLOCK_MONOTONIC, &a);
		count = 0;
		L = code ? cd_lang_find(code) : cd_detect_language(buf, len);
		if (!L)
			L = cd_lang_find("en");
		cd_text_init(&t, buf, len);
		cd_parse_report(&t, cd_lang_compiled(L->code), count_fact, NULL);
		cd_text_free(&t);
		clock_gettime(CLOCK_MONOTONIC, &b);
		s = (double) (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9;
		if (s < best)
			best = s;
	}
	printf("bytes %ld facts %ld seconds %.4f ns_per_byte %.2f peak_bytes %zu peak_per_byte %.2f\n",
		   len, count, best, best * 1e9 / (len ? len : 1), mem_peak,
		   (double) mem_peak / (len ? len : 1));
	return 0;
}

/* parse each blank-line separated block as a report, detecting its language (as parse_report(body) does) */
static int
bench_reports(const char *buf, long len)
{
	clock_t		c0 = clock();
	double		s;
	long		docs = 0;

	for (int k = 0; k < 5; k++)
	{
		const char *p = buf,
				   *end = buf + len;

		while (p < end)
		{
			const char *q = strstr(p, "\n\n");
			size_t		n = q ? (size_t) (q - p) : (size_t) (end - p);
			CdText		t;
			const CdLang *L;

			/* as parse_report(body) does: prepare the text, detect on it */
			cd_text_init(&t, p, n);
			L = cd_guess_language_nfc(t.s, t.len);
			if (!L)
				L = cd_lang_find("en");
			cd_parse_report(&t, cd_lang_compiled(L->code), count_fact, NULL);
			cd_text_free(&t);
			docs++;
			p += n + 2;
		}
	}
	s = (double) (clock() - c0) / CLOCKS_PER_SEC;
	printf("%ld reports, %ld facts, %.1f MB/s\n", docs / 5, count / 5, 5 * len / 1e6 / s);
	return 0;
}

int
main(int argc, char **argv)
{
	int			reports = argc > 1 && strcmp(argv[1], "-r") == 0;
	int			whole = argc > 1 && strcmp(argv[1], "-p") == 0;
	int			facts = argc > 1 && strcmp(argv[1], "-f") == 0;
	int			per_report = argc > 1 && strcmp(argv[1], "-F") == 0;
	int			rows = argc > 1 && strcmp(argv[1], "-T") == 0;
	int			bench = argc > 1 && (strcmp(argv[1], "-b") == 0 || reports || whole || facts || per_report ||
									 rows);
	const char *file = argv[1 + bench];
	const char *code = argc > 2 + bench ? argv[2 + bench] : NULL;
	FILE	   *f;
	char	   *buf;
	long		len;
	CdText		t;
	const CdLang *L;

	if (argc < 2 + bench || !(f = fopen(file, "rb")))
	{
		fprintf(stderr, "usage: scan_tool [-b|-r|-p|-f|-F|-T] FILE [LANG]\n");
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
	if (reports)
		return bench_reports(buf, len);
	if (whole)
		return parse_whole(buf, len, code);
	if (facts)
		return print_facts(buf, len, code);
	if (per_report)
		return each_report(buf, len, print_report);
	if (rows)
		return each_report(buf, len, copy_report);
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
