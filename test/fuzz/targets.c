/*
 * targets.c
 *		The fuzz targets (see targets.h).  The first byte of an input chooses
 *		the language where a target takes one (a value past the last language
 *		means "detect it"); the rest is the text.
 */
#include "targets.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cdtext.h"
#include "detect.h"
#include "numscan.h"
#include "provinces.h"
#include "report.h"
#include "solve_rate_text.h"

#define PROMISE(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "broken promise at %s:%d: %s\n", __FILE__, __LINE__, #cond); \
		abort(); \
	} \
} while (0)

/* characters of a UTF-8 string as cd_next reads them */
static int32_t
char_count(const char *s, size_t len)
{
	size_t		i = 0;
	int32_t		n = 0;

	while (i < len)
	{
		(void) cd_next(s, len, &i);
		n++;
	}
	return n;
}

/* the language an input asks for: its first byte; NULL: detect */
static const CdLangC *
pick_language(const uint8_t **data, size_t *size, const char **text, size_t *len)
{
	unsigned	k;
	const CdLang *L;

	if (*size == 0)
		return NULL;
	k = (*data)[0] % (unsigned) (cd_nlangs + 1);
	*text = (const char *) *data + 1;
	*len = *size - 1;
	if (k < (unsigned) cd_nlangs)
		return cd_lang_compiled(cd_langs[k].code);
	L = cd_guess_language(*text, *len);
	return cd_lang_compiled(L ? L->code : "en");
}

typedef struct Check
{
	CdText	   *t;
	int32_t		nchars;
	long		rows;
	uint64_t	digest;			/* of every number's fields, in order */
} Check;

static void
digest_add(Check *c, uint64_t v)
{
	c->digest = (c->digest ^ v) * UINT64_C(0x100000001b3);
}

static void
check_span(Check *c, size_t bstart, size_t bend, int32_t cstart, int32_t cend)
{
	size_t		is,
				ie;

	PROMISE(bstart <= bend && bend <= c->t->len);
	PROMISE(cstart >= 0 && cstart <= cend && cend <= c->nchars);
	cd_text_input_span(c->t, bstart, bend, cstart, cend, &is, &ie);
	PROMISE(is <= ie && ie <= c->t->in_len);
}

static void
check_num(const CdNum *n, void *arg)
{
	Check	   *c = arg;
	char		buf[CD_DECIMAL_BUF];

	check_span(c, n->bstart, n->bend, n->cstart, n->cend);
	PROMISE((int) n->kind >= 0 && (int) n->kind < CD_NKINDS);
	PROMISE(strlen(cd_kind_name(n->kind)) > 0 && strlen(cd_qual_name(n->qual)) > 0);
	if (n->flags & CD_F_VALUE)
		PROMISE(n->scale >= 0 && n->scale <= CD_MAX_SCALE &&
				cd_decimal(n->v, n->scale, buf, sizeof(buf)) != NULL);
	if (n->flags & CD_F_VALUE2)
		PROMISE(n->scale2 >= 0 && n->scale2 <= CD_MAX_SCALE &&
				cd_decimal(n->v2, n->scale2, buf, sizeof(buf)) != NULL);
	digest_add(c, (uint64_t) n->kind << 32 | (uint64_t) n->qual << 16 | (uint64_t) n->flags);
	digest_add(c, (uint64_t) n->v);
	digest_add(c, (uint64_t) n->v2 ^ (uint64_t) n->scale << 40 ^ (uint64_t) n->scale2 << 48);
	digest_add(c, (uint64_t) n->bstart << 32 | (uint64_t) n->bend);
	digest_add(c, (uint64_t) (uint32_t) n->cstart << 32 | (uint64_t) (uint32_t) n->cend);
	digest_add(c, (uint64_t) (uintptr_t) n->unit ^ (uint64_t) (uintptr_t) n->label << 1);
	c->rows++;
}

static void
check_fact(const CdFact *f, void *arg)
{
	Check	   *c = arg;

	check_span(c, f->bstart, f->bend, f->cstart, f->cend);
	PROMISE(strlen(cd_fact_kind_name(f->kind)) > 0);
	PROMISE(f->province >= -1 && f->province < cd_nprovinces);
	if (f->has_fraction)
		PROMISE(f->solved >= 0 && f->solved <= f->total);
	if (f->has_percent)
		PROMISE(f->pscale >= 0 && f->pscale <= CD_MAX_SCALE);
	if (f->has_value)
		PROMISE(f->vscale >= 0 && f->vscale <= CD_MAX_SCALE);
	if (f->detail_len > 0)
		PROMISE(f->detail >= c->t->s && f->detail + f->detail_len <= c->t->s + c->t->len);
	digest_add(c, (uint64_t) f->kind << 32 | (uint64_t) f->qual << 16 | (uint64_t) (f->province + 1));
	digest_add(c, (uint64_t) f->bstart << 32 | (uint64_t) f->bend);
	digest_add(c, (uint64_t) f->solved ^ (uint64_t) f->total << 1 ^ (uint64_t) f->has_fraction << 62);
	digest_add(c, (uint64_t) f->pv ^ (uint64_t) f->pscale << 56 ^ (uint64_t) f->has_percent << 63);
	digest_add(c, (uint64_t) f->v ^ (uint64_t) f->vscale << 56 ^ (uint64_t) f->has_value << 63);
	digest_add(c, (uint64_t) f->cluster_no << 32 | (uint64_t) (uint32_t) f->year);
	for (const char *m = f->metric; m && *m; m++)
		digest_add(c, (unsigned char) *m);
	for (const char *w = f->why; *w; w++)
		digest_add(c, (unsigned char) *w);
	c->rows++;
}

/* prepare the text an input holds and run the scanner (report = false) or the parser on it */
static void
fuzz_text(const uint8_t *data, size_t size, bool report)
{
	const char *text;
	size_t		len;
	const CdLangC *L = pick_language(&data, &size, &text, &len);
	CdText		t;
	Check		c = {&t, 0, 0, 0};

	if (!L || !cd_text_init(&t, text, len))
		return;
	c.nchars = char_count(text, len);
	{
		Check		c2 = {&t, c.nchars, 0, 0};

		if (report)
			PROMISE(cd_parse_report(&t, L, check_fact, &c));
		else
			PROMISE(cd_scan_numbers(&t, L, check_num, &c));
		/* the same numbers or facts with every window made character by character */
		cd_text_free(&t);
		PROMISE(cd_text_init(&t, text, len));
		cd_win_views = false;
		if (report)
			PROMISE(cd_parse_report(&t, L, check_fact, &c2));
		else
			PROMISE(cd_scan_numbers(&t, L, check_num, &c2));
		cd_win_views = true;
		PROMISE(c2.rows == c.rows && c2.digest == c.digest);
		/* and with stretches folded at odd places (cd_win_jitter_start) */
		{
			Check		c3 = {&t, c.nchars, 0, 0};

			cd_text_free(&t);
			PROMISE(cd_text_init(&t, text, len));
			cd_win_jitter_start((uint32_t) size * 2654435761u + 1);
			if (report)
				PROMISE(cd_parse_report(&t, L, check_fact, &c3));
			else
				PROMISE(cd_scan_numbers(&t, L, check_num, &c3));
			cd_win_jitter_start(0);
			PROMISE(c3.rows == c.rows && c3.digest == c.digest);
		}
	}
	cd_text_free(&t);
}

/* the number scanner, with any language or detection */
static void
fuzz_numbers(const uint8_t *data, size_t size)
{
	fuzz_text(data, size, false);
}

/* the report parser, with any language or detection */
static void
fuzz_report(const uint8_t *data, size_t size)
{
	fuzz_text(data, size, true);
}

/* language detection: strict and best guess */
static void
fuzz_detect(const uint8_t *data, size_t size)
{
	const CdLang *a = cd_detect_language((const char *) data, size);
	const CdLang *b = cd_guess_language((const char *) data, size);

	PROMISE(a == NULL || cd_lang_find(a->code) == a);
	PROMISE(b == NULL || cd_lang_find(b->code) == b);
	/* a language detected strictly is also the best guess */
	PROMISE(a == NULL || a == b);
}

/* province names: lookup, keys in buffers of every size, the sound filter */
static void
fuzz_province(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	int			p = cd_province_lookup(s, size);
	char		key[CD_PROVINCE_NAME_MAX + 8];
	size_t		small = size % 17;

	PROMISE(p >= -1 && p < cd_nprovinces);
	if (p >= 0)
	{
		/* its canonical name reads back as itself */
		const char *name = cd_provinces[p].name_vi;

		PROMISE(cd_province_lookup(name, strlen(name)) == p);
		PROMISE(cd_province_successor(p, 20250701) >= 0);
	}
	memset(key, 'X', sizeof(key));
	cd_name_key(s, size, key, small);
	if (small > 0)
		PROMISE(memchr(key, '\0', small) != NULL);
	PROMISE(key[small] == 'X');
	cd_name_key(s, size, key, CD_PROVINCE_NAME_MAX);
	PROMISE(memchr(key, '\0', CD_PROVINCE_NAME_MAX) != NULL);
	(void) cd_province_may_start(s, size);
}

/* the solve_rate text form: parse, and what parses prints and parses back */
static void
fuzz_solve_rate(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size + 1);
	int64_t		a,
				b,
				a2,
				b2;
	const char *rest;
	CdRateSyntax e;

	if (!s)
		return;
	memcpy(s, data, size);
	s[size] = '\0';
	e = cd_solve_rate_parse(s, &a, &b, &rest);
	PROMISE(e >= CD_SR_OK && e <= CD_SR_OVERFLOW);
	PROMISE((e == CD_SR_TRAILING) == (rest != NULL));
	if (e == CD_SR_TRAILING)
		PROMISE(rest > s && rest <= s + strlen(s));
	if (e == CD_SR_OK)
	{
		char		out[64];

		snprintf(out, sizeof(out), "%lld/%lld", (long long) a, (long long) b);
		PROMISE(cd_solve_rate_parse(out, &a2, &b2, &rest) == CD_SR_OK && a2 == a && b2 == b);
	}
	free(s);
}

/* exact decimals: any value, scale and buffer size */
static void
fuzz_decimal(const uint8_t *data, size_t size)
{
	int64_t		v = 0;
	int			scale;
	size_t		bufsz;
	char		buf[64];

	if (size < 10)
		return;
	memcpy(&v, data, 8);
	scale = (int8_t) data[8];
	bufsz = data[9] % sizeof(buf);
	memset(buf, 'X', sizeof(buf));
	if (cd_decimal(v, scale, buf, bufsz) != NULL)
	{
		size_t		n = strlen(buf);

		PROMISE(n < bufsz && scale >= 0);
		PROMISE(scale == 0 ? strchr(buf, '.') == NULL : buf[n - 1 - scale] == '.');
	}
	else
		PROMISE(bufsz == 0 || buf[0] == 'X');
	PROMISE(bufsz == sizeof(buf) || buf[bufsz] == 'X');
}

const CdFuzzEntry cd_fuzz_targets[] = {
	{"numbers", fuzz_numbers},
	{"report", fuzz_report},
	{"detect", fuzz_detect},
	{"province", fuzz_province},
	{"solve_rate", fuzz_solve_rate},
	{"decimal", fuzz_decimal},
	{NULL, NULL}
};

CdFuzzTarget
cd_fuzz_find(const char *name)
{
	for (const CdFuzzEntry *e = cd_fuzz_targets; e->name; e++)
		if (strcmp(e->name, name) == 0)
			return e->run;
	return NULL;
}
