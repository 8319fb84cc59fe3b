/*
 * report_words.c
 *		Stage 1, words and cues: the text cut into words (a Han or Hiragana
 *		character alone, a Katakana run as one), each with a folded and an ASCII
 *		key; the marks (cues and names of the language's dictionary,
 *		report_dict.c, found among the words).
 */
#define _POSIX_C_SOURCE 200809L	/* strdup, strtok_r, snprintf */
#include "report_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>


/*
 * Folding and the ASCII key of one letter: case-folded, then decomposed with
 * the combining marks dropped (đ -> d).  Letters below FOLD_DIRECT
 * (Vietnamese, Latin, Devanagari) come from a table made once (tok_tab).
 */
#define FOLD_DIRECT 0x2000

/*
 * What the tokeniser needs of each character below FOLD_DIRECT, read in one
 * step: its word class, and the UTF-8 bytes it adds to the folded and to the
 * ASCII key
 */
typedef struct TokCp
{
	char		f[4];			/* folded letter (flen bytes) */
	char		a[4];			/* its base letter in the ASCII key (alen bytes) */
	uint8_t		cls;			/* cd_word_class + 1; 0: not a word character */
	uint8_t		flen;			/* 0: the slow path (fold_slow) */
	uint8_t		alen;
} TokCp;

static TokCp *tok_tab;

static int
base_of(UChar32 f, const UNormalizer2 *nfd, UChar32 *out, int max)
{
	UChar		d[8];
	int32_t		dn;
	UErrorCode	err = U_ZERO_ERROR;
	int			n = 0;

	if (f == 0x0111)
		f = 'd';
	dn = unorm2_getDecomposition(nfd, f, d, 8, &err);
	if (dn <= 0 || U_FAILURE(err))
	{
		dn = 0;
		U16_APPEND_UNSAFE(d, dn, f);
	}
	for (int32_t q = 0; q < dn;)
	{
		UChar32		e;

		U16_NEXT(d, q, dn, e);
		if (!(e >= 0x0300 && e <= 0x036F) && n < max)
			out[n++] = e;
	}
	return n;
}

/* tok_tab, made once (left NULL without NFD data or memory: every letter takes fold_slow) */
static void
tok_table(const UNormalizer2 *nfd)
{
	TokCp	   *tt;

	if (tok_tab || !nfd || !(tt = calloc(FOLD_DIRECT, sizeof(TokCp))))
		return;
	for (UChar32 c = 0; c < FOLD_DIRECT; c++)
	{
		TokCp	   *e = &tt[c];
		UChar32		f,
					b[4];
		int			n;

		if (!cd_is_word(c))
			continue;
		e->cls = (uint8_t) (cd_word_class(c) + 1);
		if (c < 0x80)
		{
			e->f[0] = e->a[0] = (char) ((c >= 'A' && c <= 'Z') ? c + 32 : c);
			e->flen = e->alen = 1;
			continue;
		}
		f = u_foldCase(c, U_FOLD_CASE_DEFAULT);
		n = base_of(f, nfd, b, 4);
		/* (a letter with more than one base letter takes the slow path: flen 0) */
		if (n <= 1 && f < 0x10000 && (n == 0 || b[0] < 0x10000))
		{
			e->flen = (uint8_t) cd_put(e->f, f);
			e->alen = n == 1 ? (uint8_t) cd_put(e->a, b[0]) : 0;
		}
	}
	tok_tab = tt;
}

static void
fold_slow(Work *w, UChar32 c, const UNormalizer2 *nfd)
{
	UChar32		f = u_foldCase(c, U_FOLD_CASE_DEFAULT),
				b[8];
	int			n;

	w->foldlen += cd_put(w->fold + w->foldlen, f);
	/* Hangul syllables: no ASCII key to find in their jamo; keep the syllable */
	if (f >= 0xAC00 && f <= 0xD7A3)
	{
		w->asciilen += cd_put(w->ascii + w->asciilen, f);
		return;
	}
	n = base_of(f, nfd, b, 8);
	for (int q = 0; q < n; q++)
		w->asciilen += cd_put(w->ascii + w->asciilen, b[q]);
}

/*
 * Room for at least `need` more bytes in both key buffers.  Keys can be
 * longer than the text they come from (a Hangul syllable's three bytes
 * decompose into up to nine), so the buffers grow as needed.
 */
static bool
key_grow(Work *w, size_t need)
{
	size_t		nc;
	char	   *f,
			   *a;

	nc = w->capbuf * 2 + need;
	f = cd_realloc(w->fold, nc);
	if (!f)
		return false;
	w->fold = f;
	a = cd_realloc(w->ascii, nc);
	if (!a)
		return false;
	w->ascii = a;
	w->capbuf = nc;
	return true;
}

static inline bool
key_room(Work *w, size_t need)
{
	return (w->foldlen + need < w->capbuf && w->asciilen + need < w->capbuf) || key_grow(w, need);
}

/* ASCII letters and digits lower-cased; 0 for the other bytes */
static const unsigned char ascii_word[256] = {
	['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
	['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
	['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
	['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
	['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
	['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
	['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g',
	['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n',
	['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
	['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

/*
 * The character at us[*i] (decoded as cd_next decodes it; *i moves past
 * it): its tok_tab entry when it is below FOLD_DIRECT, else NULL
 */
static CD_ALWAYS_INLINE const TokCp *
tok_entry(const unsigned char *us, size_t len, size_t *i, UChar32 *c)
{
	unsigned char u = us[*i];

	if (tok_tab)
	{
		if (u < 0x80)
		{
			*c = u;
			(*i)++;
			return &tok_tab[u];
		}
		if (u >= 0xC2 && u <= 0xDF)
		{
			if (*i + 1 < len && (us[*i + 1] & 0xC0) == 0x80)
			{
				*c = ((u & 0x1F) << 6) | (us[*i + 1] & 0x3F);
				*i += 2;
				return &tok_tab[*c];
			}
		}
		else if ((u == 0xE0 || u == 0xE1) && *i + 2 < len &&
				 (us[*i + 1] & 0xC0) == 0x80 && (us[*i + 2] & 0xC0) == 0x80)
		{
			UChar32		cp = ((u & 0x0F) << 12) | ((us[*i + 1] & 0x3F) << 6) | (us[*i + 2] & 0x3F);

			if (cp >= 0x800)
			{
				*c = cp;
				*i += 3;
				return &tok_tab[cp];
			}
		}
	}
	*c = cd_next((const char *) us, len, i);
	return NULL;
}

/* an ASCII run copied as it is read up to this long */
#define RUN_ROOM 64

void
rp_tokenize(Work *w)
{
	const CdText *t = w->t;
	const unsigned char *us = (const unsigned char *) t->s;
	size_t		i = 0,
				len = t->len;
	UErrorCode	err = U_ZERO_ERROR;
	const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);

	tok_table(U_SUCCESS(err) ? nfd : NULL);
	w->capbuf = len / 2 + 64;	/* grows as needed (key_room) */
	w->fold = cd_alloc(w->capbuf);
	w->ascii = cd_alloc(w->capbuf);
	if (!w->fold || !w->ascii)
	{
		w->oom = true;
		return;
	}
	while (i < len)
	{
		size_t		start = i,
					j = i;
		UChar32		c;
		const TokCp *e = tok_entry(us, len, &j, &c);
		Tok			tk;
		int			cls;

		if (e ? e->cls == 0 : !cd_is_word(c))
		{
			i = j;
			continue;
		}
		tk.fold = (uint32_t) w->foldlen;
		tk.ascii = (uint32_t) w->asciilen;
		tk.bstart = (uint32_t) start;
		/*
		 * Scripts written without spaces: a Han or Hiragana character is a
		 * token of its own, a run of Katakana is one; a change of script
		 * ends a token ("バクニン省": バクニン, 省), and so does a change
		 * between digits and Hangul or Cyrillic ("제4경쟁클러스터").
		 */
		cls = e ? e->cls - 1 : cd_word_class(c);
		while (i < len)
		{
			size_t		k = i;
			int			next_cls;
			unsigned char u = us[i];

			if (ascii_word[u])
			{
				/*
				 * A run of ASCII letters and digits: lower-cased into both
				 * keys (no word ends between a letter and a digit)
				 */
				size_t		r = i + 1;
				char	   *f,
						   *a;

				if (i > start && cd_word_break(cls, u <= '9' ? 3 : 0))
					break;
				/* (read and copied in one loop as far as RUN_ROOM bytes, then measured first) */
				if (!key_room(w, RUN_ROOM + 40))
				{
					w->oom = true;
					return;
				}
				f = w->fold + w->foldlen;
				a = w->ascii + w->asciilen;
				f[0] = a[0] = (char) ascii_word[u];
				{
					size_t		lim = len - i > RUN_ROOM ? i + RUN_ROOM : len;
					unsigned char l;

					while (r < lim && (l = ascii_word[us[r]]) != 0)
					{
						f[r - i] = a[r - i] = (char) l;
						r++;
					}
				}
				if (r - i == RUN_ROOM && r < len && ascii_word[us[r]])
				{
					size_t		q = r;

					while (r < len && ascii_word[us[r]])
						r++;
					if (!key_room(w, r - i + 40))
					{
						w->oom = true;
						return;
					}
					f = w->fold + w->foldlen;
					a = w->ascii + w->asciilen;
					for (; q < r; q++)
						f[q - i] = a[q - i] = (char) ascii_word[us[q]];
				}
				w->foldlen += r - i;
				w->asciilen += r - i;
				cls = us[r - 1] <= '9' ? 3 : 0;
				i = r;
				continue;
			}
			e = tok_entry(us, len, &k, &c);
			if (e ? e->cls == 0 : !cd_is_word(c))
				break;
			next_cls = e ? e->cls - 1 : cd_word_class(c);
			if (i > start && cd_word_break(cls, next_cls))
				break;
			cls = next_cls;
			/* one letter folds to at most 3 and decomposes to at most 8 code points */
			if (!key_room(w, 40))
			{
				w->oom = true;
				return;
			}
			if (e && e->flen)
			{
				memcpy(w->fold + w->foldlen, e->f, 4);
				w->foldlen += e->flen;
				memcpy(w->ascii + w->asciilen, e->a, 4);
				w->asciilen += e->alen;
			}
			else
				fold_slow(w, c, nfd);
			i = k;
		}
		tk.bend = (uint32_t) i;
		if (i == start)
			i = j;
		/* a run of digits is a word only when some cue has it ("6 tháng") */
		if (w->foldlen > tk.fold && w->fold[tk.fold] >= '0' && w->fold[tk.fold] <= '9' &&
			rp_all_digits(w->fold + tk.fold, w->foldlen - tk.fold) &&
			!rp_dict_has_digit_word(w->dict, w->fold + tk.fold, w->foldlen - tk.fold))
		{
			w->foldlen = tk.fold;
			w->asciilen = tk.ascii;
			continue;
		}
		/* room for the sentinel too */
		if (w->ntok + 2 > w->captok &&
			!rp_grow((void **) &w->tok, &w->captok, w->ntok + 2, sizeof(Tok)))
		{
			w->oom = true;
			return;
		}
		w->tok[w->ntok++] = tk;
	}
	if (!rp_grow((void **) &w->tok, &w->captok, w->ntok + 1, sizeof(Tok)))
	{
		w->oom = true;
		return;
	}
	/* the sentinel: where the last key ends */
	w->tok[w->ntok].fold = (uint32_t) w->foldlen;
	w->tok[w->ntok].ascii = (uint32_t) w->asciilen;
	w->tok[w->ntok].bstart = w->tok[w->ntok].bend = (uint32_t) len;
}

static bool
tok_eq(const Work *w, const Tok *tk, const char *word, size_t wl, bool ascii, bool prefix)
{
	const char *k = ascii ? w->ascii + tk->ascii : w->fold + tk->fold;
	size_t		kl = ascii ? TOK_ALEN(tk) : TOK_FLEN(tk);

	if (prefix ? kl < wl : kl != wl)
		return false;
	return cd_same_bytes(k, word, (int) wl);
}

/*
 * Is word k one of the language's words of this kind that are no marks
 * (RC_LIST: "và", "police", "provinces"; RC_ABBREV: "tp")?
 */
bool
rp_word_is(const Work *w, int k, int type)
{
	int			kind = type - RC_LIST;
	const Dict *d = w->dict;
	const Tok  *tk;

	if (!d || kind < 0 || kind >= DWORD_KINDS || k < 0 || k >= w->ntok)
		return false;
	tk = &w->tok[k];
	if (TOK_FLEN(tk) == 0)
		return false;
	for (int i = d->whead[kind][(unsigned char) w->fold[tk->fold]]; i; i = d->words[kind][i - 1].next)
	{
		const DWord *e = &d->words[kind][i - 1];

		if (tok_eq(w, tk, e->word, e->len, false, e->prefix))
			return true;
	}
	return false;
}

/*
 * Is the text in [from, to) made of the language's words of this kind
 * alone (RC_LIST: "the", "police", "công an", "public security"), and of
 * characters that are no word characters?  With `names`, a word that begins
 * upper-case (a name, a rank: "Colonel Nguyen Van Hung") or in a script
 * without case (the particles of Hindi, Korean or Japanese) may stand there
 * too.  The stretch is cut into words and folded here, as the tokeniser
 * does (its words are gone when the rules run); false for a stretch of more
 * than RP_WORDS_MAX words.
 */
bool
rp_only_words_of(const Work *w, size_t from, size_t to, int type, bool names)
{
	const char *s = w->t->s;
	int			kind = type - RC_LIST;
	const Dict *d = w->dict;
	char		fold[RP_WORDS_MAX * 16 + 8];
	int			ws[RP_WORDS_MAX + 1],
				nw = 0;
	size_t		fl = 0;

	if (!d || kind < 0 || kind >= DWORD_KINDS)
		return false;
	for (size_t i = from; i < to;)
	{
		size_t		j = i;
		UChar32		c = cd_next(s, to, &j);

		if (!cd_is_word(c))
		{
			i = j;
			continue;
		}
		if (names && (u_isupper(c) || u_istitle(c) || !u_hasBinaryProperty(c, UCHAR_CASED)))
		{
			/* (a name's or a particle's word: passed) */
			do
			{
				i = j;
				if (cd_cjk_class(c) == 1 || i >= to)
					break;
				c = cd_next(s, to, &j);
			} while (cd_is_word(c) && cd_cjk_class(c) != 1);
			continue;
		}
		if (nw == RP_WORDS_MAX)
			return false;
		ws[nw++] = (int) fl;
		/* a word: to a character that is none, or after one of a script without spaces */
		do
		{
			if (fl + 8 > sizeof(fold))
				return false;
			fl += (size_t) cd_put(fold + fl, u_foldCase(c, U_FOLD_CASE_DEFAULT));
			i = j;
			if (cd_cjk_class(c) == 1 || i >= to)
				break;
			c = cd_next(s, to, &j);
		} while (cd_is_word(c) && cd_cjk_class(c) != 1);
	}
	ws[nw] = (int) fl;
	for (int k = 0; k < nw;)
	{
		int			best = 0;

		for (int i = d->whead[kind][(unsigned char) fold[ws[k]]]; i; i = d->words[kind][i - 1].next)
		{
			const DWord *e = &d->words[kind][i - 1];
			const char *p = e->word,
					   *end = e->word + e->len;
			int			n = 0;

			while (p < end && k + n < nw)
			{
				const char *sp = memchr(p, ' ', (size_t) (end - p));
				size_t		el = (size_t) ((sp ? sp : end) - p),
							tl = (size_t) (ws[k + n + 1] - ws[k + n]);

				if (!(e->prefix && !sp ? tl >= el : tl == el) || memcmp(fold + ws[k + n], p, el) != 0)
					break;
				n++;
				p += el;
				if (sp)
					p++;
			}
			if (p >= end && n > best)
				best = n;
		}
		if (best == 0)
			return false;
		k += best;
	}
	return true;
}

/*
 * Could the word that ends at byte `end` be one of the kind (RC_LIST,
 * RC_ABBREV)?  False when it is longer than all of them: no lookup needed.
 */
bool
rp_word_may_end(const Work *w, size_t end, int type)
{
	int			kind = type - RC_LIST;
	size_t		b = end,
				lim;

	if (!w->dict || kind < 0 || kind >= DWORD_KINDS || w->dict->nwords[kind] == 0)
		return false;
	/* folding can change a word's bytes a little: the bound is loose */
	lim = w->dict->wmax[kind] == SIZE_MAX ? SIZE_MAX : w->dict->wmax[kind] + 2;
	/* back over the word's bytes: ASCII letters and digits, anything not ASCII */
	while (b > 0 && end - b <= lim)
	{
		unsigned char c = (unsigned char) w->t->s[b - 1];

		if (c < 0x80 && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9'))
			break;
		b--;
	}
	if (end == b || end - b > lim)
		return false;
	/* an ASCII first letter no word of the kind starts with ("2024.") */
	{
		unsigned char c = (unsigned char) w->t->s[b];

		if (c >= 'A' && c <= 'Z')
			c += 32;
		return c >= 0x80 || w->dict->whead[kind][c] != 0;
	}
}

/*
 * tokens are adjacent when only spaces, hyphens, tildes of a range ("1~9월"),
 * apostrophes or dots separate them
 */
static bool
adjacent(const Work *w, const Tok *a, const Tok *b)
{
	for (size_t i = a->bend; i < b->bstart; i++)
	{
		char		c = w->t->s[i];

		if (!(c == ' ' || c == '-' || c == '~' || c == '\'' || (unsigned char) c >= 0x80 || c == '.'))
			return false;
	}
	return b->bstart - a->bend <= 6;
}

/*
 * A province name in another script that no alias lists (a Devanagari
 * spelling of our own): when the word could begin a name by sound, the
 * longest run of up to three adjacent words that provinces.c resolves and
 * that a province or police word follows ("... प्रांत", "... पुलिस").
 */
/* is token j a one-word post or province cue ("प्रांत", "पुलिस")? */
static bool
post_word(const Work *w, const Dict *d, int j)
{
	const Tok  *tk;

	if (j >= w->ntok)
		return false;
	tk = &w->tok[j];
	for (const DEntry *e = d->slot[rp_key_hash(w->fold + tk->fold, TOK_FLEN(tk))]; e; e = e->next)
		if (e->nwords == 1 && !e->ascii && rp_entry_has_type(e, RC_POST) &&
			tok_eq(w, tk, e->words[0], e->wlen[0], false, e->prefix))
			return true;
	return false;
}

static bool
sound_province(const Work *w, const Dict *d, int i, int *n, Mark *m)
{
	const Tok  *tk = &w->tok[i];
	size_t		b = tk->bstart;
	UChar32		c = cd_next(w->t->s, w->t->len, &b);
	UErrorCode	err = U_ZERO_ERROR;

	if (c < 0x0370 || !u_isalpha(c) || uscript_getScript(c, &err) == USCRIPT_LATIN)
		return false;
	if (!cd_province_may_start(w->t->s + tk->bstart, tk->bend - tk->bstart))
		return false;
	for (int k = i + 2 < w->ntok ? 3 : w->ntok - i; k >= 1; k--)
	{
		bool		ok = true;
		int			p;

		for (int q = i + 1; q < i + k && ok; q++)
			ok = adjacent(w, &w->tok[q - 1], &w->tok[q]);
		/* in running text only before a province or police word: names of people sound alike */
		if (!ok || !post_word(w, d, i + k) || !adjacent(w, &w->tok[i + k - 1], &w->tok[i + k]))
			continue;
		p = cd_province_lookup(w->t->s + tk->bstart, w->tok[i + k - 1].bend - tk->bstart);
		if (p >= 0)
		{
			m->type = RC_PROVINCE;
			m->value = p;
			m->prefix = false;
			m->list_role = 0;
			m->text = NULL;
			m->bstart = tk->bstart;
			m->bend = w->tok[i + k - 1].bend;
			*n = k;
			return true;
		}
	}
	return false;
}

/*
 * A one-word province name with endings glued to it that are not part of
 * it (Korean "박닌성은": 박닌, then 성 province and the particle 은): up to
 * two endings of the language's list are taken off the word's key.
 */
static const DEntry *
ending_province(const Work *w, const Dict *d, int i)
{
	const char *const *ends = w->L->lang->name_endings;
	const Tok  *tk = &w->tok[i];
	const char *k = w->ascii + tk->ascii;
	size_t		kl = TOK_ALEN(tk);

	for (int round = 0; round < 2; round++)
	{
		size_t		cut = 0;

		for (int e = 0; ends[e] && !cut; e++)
		{
			size_t		el = strlen(ends[e]);

			if (kl > el && memcmp(k + kl - el, ends[e], el) == 0)
				cut = el;
		}
		if (!cut)
			return NULL;
		kl -= cut;
		for (const DEntry *e = d->slot[rp_key_hash(k, kl)]; e; e = e->next)
			if (e->type == RC_PROVINCE && e->ascii && e->nwords == 1 && !e->prefix &&
				e->wlen[0] == kl && memcmp(e->words[0], k, kl) == 0)
				return e;
	}
	return NULL;
}

/*
 * A province name with a prefix glued to its first word that is not part of
 * it (Arabic "و", and: "هانوي وهاي فونغ ودا نانغ"): the longest name that
 * fits once the prefix is taken off the word's key; *n its words
 */
static const DEntry *
prefix_province(const Work *w, const Dict *d, int i, int *n, size_t *skip)
{
	const char *const *pre = w->L->lang->name_prefixes;
	const Tok  *tk = &w->tok[i];

	for (int a = 0; a < 2; a++)
	{
		const char *k = a ? w->ascii + tk->ascii : w->fold + tk->fold;
		size_t		kl = a ? TOK_ALEN(tk) : TOK_FLEN(tk);

		for (int p = 0; pre[p]; p++)
		{
			size_t		pl = strlen(pre[p]);
			const DEntry *best = NULL;
			int			bestn = 0;

			if (kl <= pl + 1 || memcmp(k, pre[p], pl) != 0)
				continue;
			for (const DEntry *e = d->slot[rp_key_hash(k + pl, kl - pl)]; e; e = e->next)
			{
				bool		ok;

				if (e->type != RC_PROVINCE || e->ascii != (a == 1) || e->prefix || e->nwords <= bestn ||
					i + e->nwords > w->ntok || e->wlen[0] != kl - pl || memcmp(e->words[0], k + pl, kl - pl) != 0)
					continue;
				ok = true;
				for (int q = 1; q < e->nwords && ok; q++)
					ok = tok_eq(w, &w->tok[i + q], e->words[q], e->wlen[q], e->ascii, false) &&
						adjacent(w, &w->tok[i + q - 1], &w->tok[i + q]);
				if (ok)
				{
					best = e;
					bestn = e->nwords;
				}
			}
			if (best)
			{
				*n = bestn;
				/* (the evidence without the prefix: its bytes as written, as a folded prefix keeps them) */
				*skip = pl;
				return best;
			}
		}
	}
	return NULL;
}

static void
add_join(Work *w, size_t bstart, size_t bend)
{
	if (!rp_grow((void **) &w->join, &w->capjoin, w->njoin + 1, sizeof(Span)))
	{
		w->oom = true;
		return;
	}
	w->join[w->njoin].bstart = (uint32_t) bstart;
	w->join[w->njoin++].bend = (uint32_t) bend;
}

/*
 * In the LIST_GAP_MAX bytes after a province name (up to the next one): the
 * words that may join the items and groups of a list ("và Công an các
 * tỉnh", "and of the provinces of", "省") and the dots of abbreviations
 * ("TP."), kept as spans for the members' rule, which runs when the words
 * are gone.
 */
static void
find_joiners(Work *w)
{
	int			k = 0,
				t = 0;

	while (k < w->nmark && !w->oom)
	{
		size_t		from,
					to;
		int			next = k + 1;

		if (w->mark[k].type != RC_PROVINCE)
		{
			k++;
			continue;
		}
		while (next < w->nmark && w->mark[next].type != RC_PROVINCE)
			next++;
		from = w->mark[k].bend;
		to = from + LIST_GAP_MAX < w->t->len ? from + LIST_GAP_MAX : w->t->len;
		if (next < w->nmark && w->mark[next].bstart < to)
			to = w->mark[next].bstart;
		/* names and stretches come in text order: the words too */
		while (t < w->ntok && w->tok[t].bstart < from)
			t++;
		for (; t < w->ntok && w->tok[t].bend <= to && !w->oom; t++)
		{
			const Tok  *tk = &w->tok[t];

			if (rp_word_is(w, t, RC_LIST))
				add_join(w, tk->bstart, tk->bend);
			if (tk->bend < w->t->len && w->t->s[tk->bend] == '.' && rp_word_is(w, t, RC_ABBREV))
				add_join(w, tk->bend, tk->bend + 1);
		}
		k = next;
	}
}

/*
 * An ordinal right after byte pos: an ordinal cue and digits ("n.º 4", "Nr.
 * 4"); with `plain`, digits alone too ("Cluster 4")
 */
static bool
ordinal_after(Work *w, size_t pos, bool plain)
{
	CdWin		after;
	int			e;
	size_t		j;

	cd_win_after(w->t, pos, &after);
	if (after.len == 0)
		return false;
	if (cd_win_starts_with(&after, 0, &w->L->ordinal_cues, &e))
		j = cd_win_src(&after, e);
	else if (plain)
		j = cd_win_src(&after, 0);
	else
		return false;
	while (j < w->t->len && w->t->s[j] == ' ')
		j++;
	return j < w->t->len && w->t->s[j] >= '0' && w->t->s[j] <= '9';
}

/*
 * The longest cue of this type that starts at token i (as rp_find_marks
 * matches them, a one-word prefix cue too), or NULL; *n: its words
 */
static const DEntry *
cue_at(const Work *w, const Dict *d, int i, int type, int *n)
{
	const Tok  *tk = &w->tok[i];
	const DEntry *best = NULL;

	*n = 0;
	for (int pass = 0; pass < 2; pass++)
	{
		const char *k = pass ? w->ascii + tk->ascii : w->fold + tk->fold;
		size_t		kl = pass ? TOK_ALEN(tk) : TOK_FLEN(tk);

		for (const DEntry *e = d->slot[rp_key_hash(k, kl)]; e; e = e->next)
		{
			bool		ok = e->type == type && e->ascii == (pass == 1) && e->nwords > *n &&
				i + e->nwords <= w->ntok;

			for (int q = 0; q < e->nwords && ok; q++)
				ok = tok_eq(w, &w->tok[i + q], e->words[q], e->wlen[q], e->ascii, e->prefix && q == e->nwords - 1) &&
					(q == 0 || adjacent(w, &w->tok[i + q - 1], &w->tok[i + q]));
			if (ok)
			{
				best = e;
				*n = e->nwords;
			}
		}
		if (!best && kl)
			for (const DEntry *e = d->prefixes[pass][(unsigned char) k[0]]; e; e = e->next)
				if (e->type == type && tok_eq(w, tk, e->words[0], e->wlen[0], e->ascii, true))
				{
					best = e;
					*n = 1;
					break;
				}
	}
	return best;
}

void
rp_find_marks(Work *w, const Dict *d)
{
	for (int i = 0; i < w->ntok; i++)
	{
		const DEntry *best = NULL;
		int			bestn = 0;
		size_t		skip = 0;
		Mark		m_sound;

		if ((i & 1023) == 1023)
			cd_interrupt_point();

		{
			/*
			 * The entries of the folded key, then those of the ASCII key
			 * (the longest wins, the first of the folded ones among equals);
			 * one walk of the slot for both when the keys are the same
			 */
			const Tok  *tk = &w->tok[i];
			const DEntry *best1 = NULL;
			int			bestn1 = 0;
			size_t		fl = TOK_FLEN(tk),
						al = TOK_ALEN(tk);
			bool		same = fl == al && memcmp(w->fold + tk->fold, w->ascii + tk->ascii, fl) == 0;

			for (int pass = 0; pass < (same ? 1 : 2); pass++)
			{
				const char *k = pass ? w->ascii + tk->ascii : w->fold + tk->fold;
				size_t		kl = pass ? al : fl;
				uint64_t	x;

				/* (eight bytes can be read from any key: see Work) */
				memcpy(&x, k, 8);
				for (const DEntry *e = d->slot[rp_key_hash(k, kl)]; e; e = e->next)
				{
					int			n = e->nwords;
					bool		ok = true;

					if (!same && e->ascii != (pass == 1))
						continue;
					if (n <= (e->ascii ? bestn1 : bestn) || i + n > w->ntok)
						continue;
					/* the first word is the key itself (a prefix cue of one word is not here) */
					if (e->wlen[0] != kl || (x & e->hmask) != e->head ||
						(kl > 8 && !cd_same_bytes(k + 8, e->words[0] + 8, (int) kl - 8)))
						continue;
					for (int q = 1; q < n && ok; q++)
					{
						ok = tok_eq(w, &w->tok[i + q], e->words[q], e->wlen[q], e->ascii,
									e->prefix && q == n - 1);
						if (ok && q > 0)
							ok = adjacent(w, &w->tok[i + q - 1], &w->tok[i + q]);
					}
					if (!ok)
						continue;
					if (e->ascii)
					{
						best1 = e;
						bestn1 = n;
					}
					else
					{
						best = e;
						bestn = n;
					}
				}
			}
			if (bestn1 > bestn)
			{
				best = best1;
				bestn = bestn1;
			}
		}
		/* one-word prefix cues: the longest that fits ("해결률*" before "해결*") */
		for (int a = 0; a < 2 && !bestn; a++)
		{
			const Tok  *tk = &w->tok[i];
			size_t		kl = a ? TOK_ALEN(tk) : TOK_FLEN(tk);
			const char *k = a ? w->ascii + tk->ascii : w->fold + tk->fold;
			uint64_t	x;

			if (kl == 0)
				continue;
			/* (the key buffers have room past their last key: eight bytes can be read) */
			memcpy(&x, k, 8);
			for (const DEntry *e = d->prefixes[a][(unsigned char) k[0]]; e; e = e->next)
				if (kl >= e->wlen[0] && (x & e->hmask) == e->head &&
					(e->wlen[0] <= 8 || cd_same_bytes(k + 8, e->words[0] + 8, e->wlen[0] - 8)) &&
					(!best || e->wlen[0] > best->wlen[0]))
					best = e;
		}
		if (best && !bestn)
			bestn = 1;
		if (!best && w->L->lang->name_endings && (best = ending_province(w, d, i)) != NULL)
			bestn = 1;
		if (!best && w->L->lang->name_prefixes)
			best = prefix_province(w, d, i, &bestn, &skip);
		if (!best && sound_province(w, d, i, &bestn, &m_sound))
		{
			if (!rp_grow((void **) &w->mark, &w->capmark, w->nmark + 1, sizeof(Mark)))
			{
				w->oom = true;
				return;
			}
			w->mark[w->nmark++] = m_sound;
			i += bestn - 1;
			continue;
		}
		if (best)
		{
			Mark		m;
			const DEntry *cl;
			int			cln;

			m.type = best->type;
			m.value = best->value;
			/* a word of many uses, the cluster's only with an ordinal after it ("grupo n.º 4") */
			if (m.type == RC_CLUSTER && m.value == RC_CLUSTER_ORDINAL)
				m.value = ordinal_after(w, w->tok[i + bestn - 1].bend, false) ? 0 : RC_CLUSTER_NOT;
			m.prefix = best->prefix;
			m.list_role = 0;
			m.text = best->text;
			m.bstart = w->tok[i].bstart + (uint32_t) skip;
			m.bend = w->tok[i + bestn - 1].bend;
			if (!rp_grow((void **) &w->mark, &w->capmark, w->nmark + 1 + best->nmore, sizeof(Mark)))
			{
				w->oom = true;
				return;
			}
			w->mark[w->nmark++] = m;
			/* the other meanings of the same words, at the same place */
			for (int q = 0; q < best->nmore; q++)
			{
				m.type = best->more[2 * q];
				m.value = best->more[2 * q + 1];
				w->mark[w->nmark++] = m;
			}
			/*
			 * a role's words that end with the cluster's word, its number
			 * after them, name the cluster too ("which will lead Cluster No.
			 * 4", "liderará o Grupo de Emulação n.º 4"): the mark of the
			 * cluster's cue that starts there (not without the number: "Phu
			 * Tho (lider al clusterului), Bac Ninh, ..." is a member list)
			 */
			if (bestn > 1 && (best->type == RC_LEADER || best->type == RC_DEPUTY) &&
				(cl = cue_at(w, d, i + bestn - 1, RC_CLUSTER, &cln)) != NULL &&
				cl->value != RC_CLUSTER_NOT &&
				ordinal_after(w, w->tok[i + bestn - 2 + cln].bend, cl->value != RC_CLUSTER_ORDINAL))
			{
				if (!rp_grow((void **) &w->mark, &w->capmark, w->nmark + 1, sizeof(Mark)))
				{
					w->oom = true;
					return;
				}
				m.type = RC_CLUSTER;
				m.value = cl->value == RC_CLUSTER_ORDINAL ? 0 : cl->value;
				m.prefix = cl->prefix;
				m.text = cl->text;
				m.bstart = w->tok[i + bestn - 1].bstart;
				m.bend = w->tok[i + bestn - 2 + cln].bend;
				w->mark[w->nmark++] = m;
				bestn += cln - 1;
			}
			i += bestn - 1;
		}
	}
	if (!w->oom)
		find_joiners(w);
}
