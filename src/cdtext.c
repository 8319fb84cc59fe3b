/*
 * cdtext.c
 *		Text plumbing of the scanner core: see cdtext.h.
 */
#include "cdtext.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

CdAllocator cd_allocator = {malloc, realloc, free};

int
cd_put(char *out, UChar32 cp)
{
	if (cp < 0x80)
	{
		out[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (char) (0xC0 | (cp >> 6));
		out[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (char) (0xE0 | (cp >> 12));
		out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (cp >> 18));
	out[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}

bool
cd_is_word_slow(UChar32 c)
{
	return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

static inline UChar32
fold_cp(UChar32 c)
{
	if (c < 0x80)
		return (c >= 'A' && c <= 'Z') ? c + 32 : c;
	return u_foldCase(c, U_FOLD_CASE_DEFAULT);
}

/* ------------------------------------------------------------------ input */

/*
 * Code points below 0x10000 whose NFC quick check is not "yes" (combining
 * marks that may compose, decomposed Hangul jamo, singletons such as the
 * Angstrom sign): one bit each, from ICU, built once.
 */
static uint8_t *nfc_maybe;

static bool
nfc_table(void)
{
	uint8_t    *tab;

	if (nfc_maybe)
		return true;
	tab = calloc(0x10000 / 8, 1);
	if (!tab)
		return false;
	for (UChar32 c = 0x80; c < 0x10000; c++)
		if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES)
			tab[c >> 3] |= (uint8_t) (1u << (c & 7));
	nfc_maybe = tab;
	return true;
}

/* might the text not be NFC?  (false: it is NFC as it stands) */
static bool
maybe_not_nfc(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0;

	if (!nfc_table())
		return true;
	while (i < len)
	{
		UChar32		c;

		if (u[i] < 0xCC)
		{
			/* ASCII, and lead bytes of U+0000..U+02FF: all NFC-inert */
			i += u[i] < 0x80 ? 1 : 1 + (i + 1 < len && (u[i + 1] & 0xC0) == 0x80);
			continue;
		}
		c = cd_next(s, len, &i);
		if (c >= 0x10000 ? u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES
			: (nfc_maybe[c >> 3] >> (c & 7)) & 1)
			return true;
	}
	return false;
}

bool
cd_text_init(CdText *t, const char *s, size_t len)
{
	UErrorCode	err = U_ZERO_ERROR;
	const UNormalizer2 *nfc;
	char	   *out;
	int32_t    *map;
	size_t		o = 0,
				i = 0;
	int32_t		nch = 0,
				inch = 0;

	memset(t, 0, sizeof(*t));
	t->s = s;
	t->len = len;
	t->in_s = s;
	t->in_len = len;
	if (!maybe_not_nfc(s, len))
		return true;

	nfc = unorm2_getNFCInstance(&err);
	if (U_FAILURE(err))
		return false;

	/*
	 * Each segment below is normalised on its own, and NFC lengthens one
	 * segment at most threefold in UTF-8 (Unicode's stated bound); every
	 * input character takes at least one byte.
	 */
	out = cd_alloc(len * 3 + 16);
	map = cd_alloc((len + 2) * sizeof(int32_t));
	t->in_byte = cd_alloc((len + 2) * sizeof(uint32_t));
	if (!out || !map || !t->in_byte)
	{
		if (out)
			cd_free(out);
		if (map)
			cd_free(map);
		if (t->in_byte)
			cd_free(t->in_byte);
		t->in_byte = NULL;
		return false;
	}
	while (i < len)
	{
		/* a segment: a starter and the combining marks after it (at most 60) */
		UChar		seg[CD_SEG_MAX * 2 + 4],
					norm[CD_SEG_MAX * 2 * 3 + 8];
		int32_t		segn = 0,
					nn;
		int32_t		seg_in = inch;
		size_t		j = i;

		do
		{
			size_t		before = j;
			UChar32		c = cd_next(s, len, &j);

			if (segn > 0 && (u_getCombiningClass(c) == 0 || segn >= CD_SEG_MAX * 2))
			{
				j = before;
				break;
			}
			U16_APPEND_UNSAFE(seg, segn, c);
			t->in_byte[inch++] = (uint32_t) before;
		} while (j < len);
		i = j;
		err = U_ZERO_ERROR;
		nn = unorm2_normalize(nfc, seg, segn, norm, (int32_t) (sizeof(norm) / sizeof(UChar)), &err);
		if (U_FAILURE(err))
		{
			cd_free(out);
			cd_free(map);
			cd_free(t->in_byte);
			t->in_byte = NULL;
			return false;
		}
		for (int32_t k = 0; k < nn;)
		{
			UChar32		c;

			U16_NEXT(norm, k, nn, c);
			o += cd_put(out + o, c);
			map[nch++] = seg_in;
		}
	}
	map[nch] = inch;
	t->in_byte[inch] = (uint32_t) len;
	t->s = out;
	t->len = o;
	t->owned = out;
	t->map = map;
	t->map_len = nch;
	return true;
}

void
cd_text_free(CdText *t)
{
	if (t->owned)
		cd_free(t->owned);
	if (t->map)
		cd_free(t->map);
	if (t->in_byte)
		cd_free(t->in_byte);
	t->owned = NULL;
	t->map = NULL;
	t->in_byte = NULL;
}

/* character index of byte b in the prepared text (a moving checkpoint) */
static int32_t
prepared_char(CdText *t, size_t b)
{
	const unsigned char *u = (const unsigned char *) t->s;
	int32_t		c = t->ck_char;
	size_t		k = t->ck_byte;

	if (b > t->len)
		b = t->len;
	if (b >= k)
	{
		/* eight bytes at a time: count the bytes that are not continuation bytes */
		for (; k + 8 <= b; k += 8)
		{
			uint64_t	x;
			uint64_t	cont;

			memcpy(&x, u + k, 8);
			cont = x & ~(x << 1) & UINT64_C(0x8080808080808080);
			c += 8 - __builtin_popcountll(cont);
		}
		for (; k < b; k++)
			c += (u[k] & 0xC0) != 0x80;
	}
	else if (b >= k / 2)
	{
		for (; k > b; k--)
			c -= (u[k - 1] & 0xC0) != 0x80;
	}
	else
	{
		c = 0;
		for (k = 0; k < b; k++)
			c += (u[k] & 0xC0) != 0x80;
	}
	t->ck_byte = b;
	t->ck_char = c;
	return c;
}

int32_t
cd_text_char(CdText *t, size_t b)
{
	int32_t		c = prepared_char(t, b);

	if (t->map)
		return t->map[c > t->map_len ? t->map_len : c];
	return c;
}

int32_t
cd_text_char_end(CdText *t, size_t b)
{
	int32_t		c = prepared_char(t, b);

	if (!t->map)
		return c;
	if (c >= t->map_len)
		return t->map[t->map_len];
	/* b splits an input segment ("2" + U+0301): the span takes the whole segment */
	if (c > 0 && t->map[c] == t->map[c - 1])
	{
		int32_t		seg = t->map[c - 1];

		while (c < t->map_len && t->map[c] == seg)
			c++;
	}
	return t->map[c];
}

void
cd_text_input_span(CdText *t, size_t bstart, size_t bend, int32_t cstart, int32_t cend,
				   size_t *istart, size_t *iend)
{
	int32_t		nin;

	if (!t->map)
	{
		/* the prepared text is the input */
		*istart = bstart;
		*iend = bend;
		return;
	}
	nin = t->map[t->map_len];
	cstart = cstart < 0 ? 0 : cstart > nin ? nin : cstart;
	cend = cend < cstart ? cstart : cend > nin ? nin : cend;
	*istart = t->in_byte[cstart];
	*iend = t->in_byte[cend];
}

/* ------------------------------------------------------------------ cues */

char *
cd_fold_string(const char *s, int *outlen)
{
	UErrorCode	err = U_ZERO_ERROR;
	int32_t		n = (int32_t) strlen(s);
	UChar	   *u = cd_alloc((n + 1) * sizeof(UChar) * 2);
	UChar	   *f = cd_alloc((n + 1) * sizeof(UChar) * 4);
	UChar	   *z = cd_alloc((n + 1) * sizeof(UChar) * 8);
	int32_t		un,
				fn,
				zn;
	char	   *out;
	int			o = 0;
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);

	u_strFromUTF8(u, (n + 1) * 2, &un, s, n, &err);
	fn = u_strFoldCase(f, (n + 1) * 4, u, un, U_FOLD_CASE_DEFAULT, &err);
	zn = unorm2_normalize(nfc, f, fn, z, (n + 1) * 8, &err);
	if (U_FAILURE(err))
	{
		cd_free(u);
		cd_free(f);
		cd_free(z);
		return NULL;
	}
	out = cd_alloc(zn * 4 + 1);
	for (int32_t k = 0; k < zn;)
	{
		UChar32		c;

		U16_NEXT(z, k, zn, c);
		/* collapse white space like the windows do */
		if (cd_is_space(c))
		{
			if (o > 0 && out[o - 1] != ' ')
				out[o++] = ' ';
			continue;
		}
		o += cd_put(out + o, c);
	}
	out[o] = '\0';
	cd_free(u);
	cd_free(f);
	cd_free(z);
	*outlen = o;
	return out;
}

static bool
compile_list(CdCueList *l, const char *const *words, const CdCue *cues, const CdUnit *units)
{
	int			n = 0;

	if (words)
		while (words[n])
			n++;
	else if (cues)
		while (cues[n].text)
			n++;
	else
		while (units[n].text)
			n++;
	l->n = n;
	l->cues = calloc(n + 1, sizeof(CdCueC));
	if (!l->cues)
		return false;
	for (int i = 0; i < n; i++)
	{
		const char *src = words ? words[i] : cues ? cues[i].text : units[i].text;
		char	   *f;
		int			fl;
		/* compiled lists live as long as the process: plain malloc */
		CdAllocator saved = cd_allocator;

		cd_allocator = (CdAllocator)
		{
			malloc, realloc, free
		};
		f = cd_fold_string(src, &fl);
		cd_allocator = saved;
		if (!f)
			return false;
		if (fl > 0 && f[fl - 1] == '*')
		{
			f[--fl] = '\0';
			l->cues[i].prefix = true;
		}
		l->cues[i].text = f;
		l->cues[i].len = fl;
		l->cues[i].value = cues ? cues[i].value : 0;
		l->cues[i].label = units ? units[i].label : NULL;
	}
	/* longest first, so "more than" wins over "more" */
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && l->cues[j].len > l->cues[j - 1].len; j--)
		{
			CdCueC		tmp = l->cues[j];

			l->cues[j] = l->cues[j - 1];
			l->cues[j - 1] = tmp;
		}
	return true;
}

static CdLangC *compiled;
static bool compile_failed;

const CdLangC *
cd_langs_compiled(void)
{
	CdLangC    *c;
	bool		ok = true;

	if (compiled || compile_failed)
		return compiled;
	c = calloc(cd_nlangs, sizeof(CdLangC));
	if (!c)
		return NULL;
	for (int i = 0; i < cd_nlangs && ok; i++)
	{
		const CdLang *L = &cd_langs[i];

		c[i].lang = L;
		ok = compile_list(&c[i].percent_words, L->percent_words, NULL, NULL) &&
			compile_list(&c[i].qual_before, NULL, L->qual_before, NULL) &&
			compile_list(&c[i].qual_after, NULL, L->qual_after, NULL) &&
			compile_list(&c[i].ordinal_cues, L->ordinal_cues, NULL, NULL) &&
			compile_list(&c[i].code_cues, L->code_cues, NULL, NULL) &&
			compile_list(&c[i].day_cues, L->day_cues, NULL, NULL) &&
			compile_list(&c[i].months, NULL, L->months, NULL) &&
			compile_list(&c[i].month_prefix, L->month_prefix, NULL, NULL) &&
			compile_list(&c[i].ratio_words, NULL, L->ratio_words, NULL) &&
			compile_list(&c[i].units, NULL, NULL, L->units) &&
			compile_list(&c[i].change_before, L->change_before, NULL, NULL) &&
			compile_list(&c[i].change_after, L->change_after, NULL, NULL) &&
			compile_list(&c[i].year_words, L->year_words, NULL, NULL) &&
			compile_list(&c[i].number_words, NULL, L->number_words, NULL);
		for (int k = 0; ok && k < c[i].ordinal_cues.n; k++)
			if (c[i].ordinal_cues.cues[k].len > c[i].ordinal_cue_max)
				c[i].ordinal_cue_max = c[i].ordinal_cues.cues[k].len;
		for (int k = 0; ok && k < c[i].number_words.n; k++)
		{
			char		f = c[i].number_words.cues[k].text[0];

			if (f >= 'a' && f <= 'z')
				c[i].number_word_initials |= 1u << (f - 'a');
		}
	}
	if (!ok)
	{
		compile_failed = true;
		return NULL;
	}
	compiled = c;
	return compiled;
}

const CdLangC *
cd_lang_compiled(const char *code)
{
	const CdLangC *c = cd_langs_compiled();

	if (!c)
		return NULL;
	for (int i = 0; i < cd_nlangs; i++)
		if (strcmp(c[i].lang->code, code) == 0)
			return &c[i];
	return NULL;
}

/* ------------------------------------------------------------------ windows */

static void
win_fill(const CdText *t, size_t from, size_t to, CdWin *w)
{
	size_t		i = from;

	w->len = 0;
	while (i < to && w->len < CD_WIN_CHARS * 4)
	{
		size_t		at = i;
		UChar32		c = cd_next(t->s, t->len, &i);

		if (cd_is_space(c))
		{
			if (w->len > 0 && w->b[w->len - 1] != ' ')
			{
				w->src[w->len] = (uint32_t) at;
				w->b[w->len++] = ' ';
			}
			continue;
		}
		{
			int			n = cd_put(w->b + w->len, fold_cp(c));

			for (int k = 0; k < n; k++)
				w->src[w->len + k] = (uint32_t) at;
			w->len += n;
		}
	}
	w->src_end = (uint32_t) i;
	w->b[w->len] = '\0';
}

void
cd_win_before(const CdText *t, size_t end, CdWin *w)
{
	size_t		from = end;

	for (int n = 0; n < CD_WIN_CHARS && from > 0; n++)
		from = cd_prev_start(t->s, from);
	win_fill(t, from, end, w);
	while (w->len > 0 && w->b[w->len - 1] == ' ')
		w->len--;
	w->b[w->len] = '\0';
	w->src_end = (uint32_t) end;
}

void
cd_win_after(const CdText *t, size_t start, CdWin *w)
{
	size_t		to = start;
	int			skip = 0;

	for (int n = 0; n < CD_WIN_CHARS && to < t->len; n++)
		(void) cd_next(t->s, t->len, &to);
	win_fill(t, start, to, w);
	while (skip < w->len && w->b[skip] == ' ')
		skip++;
	if (skip)
	{
		memmove(w->b, w->b + skip, w->len - skip);
		memmove(w->src, w->src + skip, (w->len - skip) * sizeof(uint32_t));
		w->len -= skip;
		w->b[w->len] = '\0';
	}
}

/* is the last character of a cue a word character? */
static bool
ends_in_word(const CdCueC *c)
{
	size_t		k;

	if (c->len == 0)
		return false;
	k = cd_prev_start(c->text, (size_t) c->len);
	return cd_is_word(cd_next(c->text, (size_t) c->len, &k));
}

/* is the window character ending at byte i (exclusive) part of a word? */
static bool
word_before(const CdWin *w, int i)
{
	size_t		k,
				j;

	if (i <= 0)
		return false;
	k = cd_prev_start(w->b, (size_t) i);
	j = k;
	return cd_is_word(cd_next(w->b, (size_t) w->len, &j));
}

static bool
word_at(const CdWin *w, int i)
{
	size_t		j = (size_t) i;

	if (i >= w->len)
		return false;
	return cd_is_word(cd_next(w->b, (size_t) w->len, &j));
}

const CdCueC *
cd_win_ends_with(const CdWin *w, const CdCueList *l, int wend, int *at)
{
	for (int k = 0; k < l->n; k++)
	{
		const CdCueC *c = &l->cues[k];

		if (!c->prefix)
		{
			int			s = wend - c->len;

			if (s >= 0 && (c->len == 0 || w->b[wend - 1] == c->text[c->len - 1]) &&
				memcmp(w->b + s, c->text, c->len) == 0 &&
				!word_before(w, s) &&
				/* a cue that ends inside a word ("no" in "piano") does not count */
				(!ends_in_word(c) || !word_at(w, wend)))
			{
				*at = s;
				return c;
			}
		}
		else
		{
			/* the last word must start with the cue's last word */
			int			ws = wend;
			const char *sp = memchr(c->text, ' ', c->len) ? strrchr(c->text, ' ') : NULL;
			int			lastlen = sp ? c->len - (int) (sp - c->text) - 1 : c->len;
			int			headlen = c->len - lastlen;

			while (ws > 0 && word_before(w, ws))
				ws = (int) cd_prev_start(w->b, (size_t) ws);
			if (wend - ws >= lastlen && ws - headlen >= 0 &&
				memcmp(w->b + ws, c->text + headlen, lastlen) == 0 &&
				memcmp(w->b + ws - headlen, c->text, headlen) == 0 &&
				!word_before(w, ws - headlen))
			{
				*at = ws - headlen;
				return c;
			}
		}
	}
	return NULL;
}

const CdCueC *
cd_win_starts_with(const CdWin *w, int from, const CdCueList *l, int *end)
{
	for (int k = 0; k < l->n; k++)
	{
		const CdCueC *c = &l->cues[k];
		int			e = from + c->len;

		if (e > w->len || (c->len > 0 && w->b[from] != c->text[0]) ||
			memcmp(w->b + from, c->text, c->len) != 0)
			continue;
		if (c->prefix)
		{
			while (word_at(w, e))
			{
				size_t		j = (size_t) e;

				(void) cd_next(w->b, (size_t) w->len, &j);
				e = (int) j;
			}
		}
		else if (ends_in_word(c) && word_at(w, e))
			continue;
		*end = e;
		return c;
	}
	return NULL;
}
