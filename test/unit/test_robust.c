/*
 * Regression tests of the core for what fuzzing and a hostile garden found
 * (long numbers, bounded decimals, Hangul keys, decomposed text, crafted
 * text), and the replay of every input under test/fuzz/regressions/.
 */
#define _DEFAULT_SOURCE			/* DT_REG */
#include "unit.h"

#include <dirent.h>
#include <stdlib.h>

#include "detect.h"
#include "numscan.h"
#include "report.h"
#include "solve_rate_text.h"
#include "targets.h"

typedef struct Rows
{
	int			n;
	CdNum		last;
	CdFact		rate;
	int			rates;
} Rows;

static void
keep_num(const CdNum *n, void *arg)
{
	Rows	   *r = arg;

	r->n++;
	r->last = *n;
}

static void
keep_fact(const CdFact *f, void *arg)
{
	Rows	   *r = arg;

	r->n++;
	if (f->kind == F_RATE)
	{
		r->rate = *f;
		r->rates++;
	}
}

/* the scanner (report = false) or the parser over a text, keeping what it gave */
static Rows
run(const char *s, size_t len, const char *lang, bool report)
{
	Rows		r = {0};
	CdText		t;

	if (cd_text_init(&t, s, len))
	{
		if (report)
			cd_parse_report(&t, cd_lang_compiled(lang), keep_fact, &r);
		else
			cd_scan_numbers(&t, cd_lang_compiled(lang), keep_num, &r);
		cd_text_free(&t);
	}
	return r;
}

#define scan(s, len, lang) run((s), (len), (lang), false)
#define parse(s, len, lang) run((s), (len), (lang), true)

/* "prefix" + n copies of "unit" + "suffix", malloc'd */
static char *
repeat(const char *prefix, const char *unit, int n, const char *suffix, size_t *len)
{
	size_t		pl = strlen(prefix),
				ul = strlen(unit),
				sl = strlen(suffix);
	char	   *s = malloc(pl + ul * (size_t) n + sl + 1),
			   *o = s;

	memcpy(o, prefix, pl);
	o += pl;
	for (int i = 0; i < n; i++, o += ul)
		memcpy(o, unit, ul);
	memcpy(o, suffix, sl + 1);
	*len = pl + ul * (size_t) n + sl;
	return s;
}

static void
replay_fuzz_regressions(const char *dir)
{
	int			files = 0;

	for (const CdFuzzEntry *e = cd_fuzz_targets; e->name; e++)
	{
		char		path[4096];
		DIR		   *d;
		struct dirent *de;

		snprintf(path, sizeof(path), "%s/%s", dir, e->name);
		if (!(d = opendir(path)))
			continue;
		while ((de = readdir(d)) != NULL)
		{
			FILE	   *f;
			long		n;
			unsigned char *buf;

			if (de->d_name[0] == '.')
				continue;
			snprintf(path, sizeof(path), "%s/%s/%s", dir, e->name, de->d_name);
			if (!(f = fopen(path, "rb")))
				continue;
			fseek(f, 0, SEEK_END);
			n = ftell(f);
			fseek(f, 0, SEEK_SET);
			buf = malloc((size_t) n + 1);
			if (buf && fread(buf, 1, (size_t) n, f) == (size_t) n)
			{
				e->run(buf, (size_t) n);	/* aborts on a broken promise */
				files++;
			}
			free(buf);
			fclose(f);
		}
		closedir(d);
	}
	printf("unit: replayed %d fuzz regression inputs\n", files);
	CHECK(files >= 1);
}

/*
 * Character offsets asked out of text order (facts come out so): every byte
 * of a long mixed-script text, in a scrambled order, against a plain count.
 * Also on decomposed input, where offsets are the input's.
 */
static void
char_offsets_any_order(void)
{
	size_t		len;
	char	   *s = repeat("Đầu năm, ", "cụm 4 phá 733/821 vụ, 89,3%; 第四竞赛集群 박닌성 ", 40, "hết.", &len);
	CdText		t;
	int			bad = 0;

	if (!cd_text_init(&t, s, strlen(s)))
	{
		CHECK(false);
		free(s);
		return;
	}
	CHECK(t.len == strlen(s));
	for (size_t q = 0; q < t.len; q++)
	{
		/* a scrambled walk: 7919 is prime, so every byte comes once */
		size_t		b = (q * 7919) % t.len;
		int32_t		want = 0;

		if ((((unsigned char) s[b]) & 0xC0) == 0x80)
			continue;
		for (size_t k = 0; k < b; k++)
			want += (((unsigned char) s[k]) & 0xC0) != 0x80;
		bad += cd_text_char(&t, b) != want;
	}
	CHECK(bad == 0);
	cd_text_free(&t);
	free(s);

	/* decomposed: "công" as c o U+0302 n g, so the NFC text is shorter than the input */
	s = repeat("", "co\xcc\x82ng ", 300, "", &len);
	CHECK(cd_text_init(&t, s, len));
	CHECK(t.len < len);
	bad = 0;
	for (int k = 299; k >= 0; k -= 7)
	{
		/* NFC "công " is 6 bytes and 5 characters; the input has 6 characters a copy */
		bad += cd_text_char(&t, (size_t) k * 6) != k * 6;
		bad += cd_text_char(&t, (size_t) k * 6 + 1) != k * 6 + 1;
		bad += cd_text_char(&t, (size_t) k * 6 + 3) != k * 6 + 3;
	}
	CHECK(bad == 0);
	cd_text_free(&t);
	free(s);
}

void
test_robust(const char *fuzz_dir)
{
	char_offsets_any_order();
	char		b[CD_DECIMAL_BUF],
				small[8];
	Rows		r;
	size_t		len;
	char	   *s;

	/* cd_decimal: bounded by its buffer, any scale */
	CHECK(cd_decimal(1, 30, b, sizeof(b)) != NULL && strcmp(b, "0.000000000000000000000000000001") == 0);
	CHECK(cd_decimal(1, 60, b, sizeof(b)) == NULL);
	CHECK(cd_decimal(12345, 2, small, sizeof(small)) != NULL && strcmp(small, "123.45") == 0);
	CHECK(cd_decimal(123456, 2, small, sizeof(small)) != NULL && strcmp(small, "1234.56") == 0);
	CHECK(cd_decimal(1234567, 2, small, sizeof(small)) == NULL);
	CHECK(cd_decimal(INT64_MIN, CD_MAX_SCALE, b, sizeof(b)) != NULL &&
		  strcmp(b, "-9.223372036854775808") == 0);
	CHECK(cd_decimal(5, -1, b, sizeof(b)) == NULL);

	/* a decimal part longer than CD_MAX_SCALE: a code, no value */
	s = repeat("0.", "0", 16383, "1", &len);
	r = scan(s, len, "en");
	CHECK(r.n == 1 && r.last.kind == CD_K_CODE && !(r.last.flags & CD_F_VALUE));
	free(s);
	s = repeat("Tỷ lệ 0,", "0", 199, "1%", &len);
	r = scan(s, len, "vi");
	CHECK(r.n == 1 && r.last.kind == CD_K_CODE && !(r.last.flags & CD_F_VALUE));
	free(s);
	r = scan("0.123456789012345678", 20, "en");
	CHECK(r.n == 1 && r.last.kind == CD_K_NUMBER && r.last.scale == 18);

	/* Hangul before the facts: keys decompose, the rate is still found */
	s = repeat("", "한국어 ", 100,
			   "Công an các tỉnh đã điều tra làm rõ 1.352/1.498 vụ, đạt tỷ lệ 90,25%.", &len);
	r = parse(s, len, "vi");
	CHECK(r.rates == 1 && r.rate.has_fraction && r.rate.solved == 1352 && r.rate.total == 1498);
	free(s);

	/* decomposed text: the span of "12" + U+0301 takes the mark; detection reads NFC */
	r = scan("12\xcc\x81 vụ", strlen("12\xcc\x81 vụ"), "vi");
	CHECK(r.n == 1 && r.last.cstart == 0 && r.last.cend == 3);
	{
		const char *nfd = "Co\xcc\x82ng an ca\xcc\x81" "c ti\xcc\x89nh trong cu\xcc\xa3m \xc4\x91" "a\xcc\x83 to\xcc\x82\xcc\x89 chu\xcc\x9b\xcc\x81" "c ho\xcc\xa3\xcc\x82i nghi\xcc\xa3 to\xcc\x82\xcc\x89ng ke\xcc\x82\xcc\x81t na\xcc\x86m 2024 va\xcc\x80 \xc4\x91ie\xcc\x82\xcc\x80u tra la\xcc\x80m ro\xcc\x83 ca\xcc\x81" "c vu\xcc\xa3 a\xcc\x81n.";
		const CdLang *L = cd_detect_language(nfd, strlen(nfd));

		CHECK(L != NULL && strcmp(L->code, "vi") == 0);
	}

	/* crafted text: a sentence of many percents, a huge word, many bare numbers */
	/* 8,000 distinct figures, four to a rate cue; the same figure repeated is one fact */
	s = malloc(8000 * 24 + 2);
	len = 0;
	for (int i = 1; i <= 8000; i++)
		len += (size_t) sprintf(s + len, i % 4 == 1 ? "rate %d %d.5%% " : "%d %d.5%% ", i, i);
	r = parse(s, len, "en");
	CHECK(r.rates == 8000);
	free(s);
	s = repeat("", "rate 1 1% 1 1% 1 1% 1 1% ", 2000, ".", &len);
	r = parse(s, len, "en");
	CHECK(r.rates == 1);
	free(s);
	s = repeat("", "x", 1 << 20, " rate 5% 6%. No. 7", &len);
	r = parse(s, len, "en");
	CHECK(r.rates == 2);
	free(s);

	/* solve_rate text */
	{
		int64_t		a,
					t;
		const char *rest;

		CHECK(cd_solve_rate_parse(" 1707 / 1914 ", &a, &t, &rest) == CD_SR_OK && a == 1707 && t == 1914);
		CHECK(cd_solve_rate_parse("", &a, &t, &rest) == CD_SR_EMPTY);
		CHECK(cd_solve_rate_parse("1/2x", &a, &t, &rest) == CD_SR_TRAILING && strcmp(rest, "x") == 0);
		CHECK(cd_solve_rate_parse("9223372036854775808/1", &a, &t, &rest) == CD_SR_OVERFLOW);
		CHECK(cd_solve_rate_parse("-3/4", &a, &t, &rest) == CD_SR_OK && a == -3);
		CHECK(cd_solve_rate_parse("3 4", &a, &t, &rest) == CD_SR_NO_SLASH);
	}

	replay_fuzz_regressions(fuzz_dir);
}
