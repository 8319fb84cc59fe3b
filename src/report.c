/*
 * report.c
 *		From report text to facts.  Three passes over the text, each linear:
 *		the number scanner (numscan.c); a word pass that finds cue phrases and
 *		province names through one dictionary keyed by the first word; then
 *		rules over numbers and marks within sentences: rates (a percent with
 *		a solve or rate cue, joined with the fraction or the pair of counts it
 *		was computed from), counts, the cluster, its members (a list of
 *		provinces), leader and deputy, the period, the event date, the source.
 */
#define _POSIX_C_SOURCE 200809L	/* strdup, strtok_r */
#include "report.h"

#include <stddef.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>

static const char *const fact_kinds[] = {"rate", "count", "change", "cluster", "member", "leader",
"deputy", "period", "event_date", "source", "location", "person"};
static const char *const metrics[] = {NULL, "criminal", "serious", "drug", "economic", "corruption",
"other"};
static const char *const periods[] = {NULL, "H1", "9M", "Q1", "Q2", "Q3", "Q4", "year"};

const char *
cd_fact_kind_name(CdFactKind k)
{
	return fact_kinds[k];
}

/* ------------------------------------------------------------ dictionary */

#define MAXW 10
#define DBITS 12
#define DSIZE (1 << DBITS)

typedef struct DEntry
{
	char	   *words[MAXW];
	int			nwords;
	bool		prefix;			/* last word is a prefix */
	bool		ascii;			/* match the ASCII key (province names) */
	int			type,
				value,
				type2,			/* a second meaning of the same words, or 0 */
				value2;
	const char *text;			/* the cue as the data writes it */
	struct DEntry *next;
} DEntry;

typedef struct Dict
{
	const char *lang;
	DEntry	   *slot[DSIZE];
	DEntry	   *prefixes;		/* one-word prefix cues ("investigat*") */
	char		digit_words[16][8];	/* words of cues that are digits ("6 tháng") */
	int			ndigit_words;
} Dict;

static bool
all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return n > 0;
}

/* is this run of ASCII digits a word of some cue? */
static bool
dict_has_digit_word(const Dict *d, const char *s, size_t n)
{
	for (int i = 0; i < d->ndigit_words; i++)
		if (strlen(d->digit_words[i]) == n && memcmp(d->digit_words[i], s, n) == 0)
			return true;
	return false;
}

static Dict *dicts[16];

static uint32_t
hash_str(const char *s, size_t n)
{
	uint32_t	h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	return h & (DSIZE - 1);
}

static bool
same_words(const DEntry *a, const DEntry *b)
{
	if (a->nwords != b->nwords || a->prefix != b->prefix || a->ascii != b->ascii)
		return false;
	for (int i = 0; i < a->nwords; i++)
		if (strcmp(a->words[i], b->words[i]) != 0)
			return false;
	return true;
}

static void
dict_add(Dict *d, const char *key, int type, int value, bool ascii, const char *text)
{
	DEntry	   *e = calloc(1, sizeof(DEntry));
	char	   *k = strdup(key),
			   *save = NULL,
			   *w;
	uint32_t	h;

	if (!e || !k)
		return;
	for (w = strtok_r(k, " ", &save); w && e->nwords < MAXW; w = strtok_r(NULL, " ", &save))
	{
		e->words[e->nwords++] = strdup(w);
		if (all_digits(w, strlen(w)) && strlen(w) < sizeof(d->digit_words[0]) &&
			!dict_has_digit_word(d, w, strlen(w)) && d->ndigit_words < 16)
			strcpy(d->digit_words[d->ndigit_words++], w);
	}
	free(k);
	if (e->nwords == 0)
	{
		free(e);
		return;
	}
	{
		char	   *last = e->words[e->nwords - 1];
		size_t		ll = strlen(last);

		if (ll > 1 && last[ll - 1] == '*')
		{
			last[ll - 1] = '\0';
			e->prefix = true;
		}
	}
	e->ascii = ascii;
	e->type = type;
	e->value = value;
	e->text = NULL;
	if (text)
	{
		/* the cue without its prefix star: a rank's name ("pułkownik") */
		char	   *t = strdup(text);
		size_t		tl = t ? strlen(t) : 0;

		if (tl > 1 && t[tl - 1] == '*')
			t[tl - 1] = '\0';
		e->text = t;
	}
	/* the same words with a second meaning ("à": link and place) */
	for (DEntry *o = (e->prefix && e->nwords == 1) ? d->prefixes :
		 d->slot[hash_str(e->words[0], strlen(e->words[0]))]; o; o = o->next)
		if (same_words(o, e) && o->type != type && o->type2 == 0)
		{
			o->type2 = type;
			o->value2 = value;
			for (int i = 0; i < e->nwords; i++)
				free(e->words[i]);
			free((char *) e->text);
			free(e);
			return;
		}
	if (e->prefix && e->nwords == 1)
	{
		e->next = d->prefixes;
		d->prefixes = e;
		return;
	}
	h = hash_str(e->words[0], strlen(e->words[0]));
	e->next = d->slot[h];
	d->slot[h] = e;
}

/*
 * A cue or name written in a spaceless script, as the words tokenize()
 * makes of it: a space around each Han or Hiragana character and at each
 * change between Katakana and other letters ("6个月" -> "6 个 月").
 */
static void
cjk_words(const char *in, char *out, size_t outsz)
{
	size_t		n = strlen(in),
				o = 0;
	int			prev = -1;		/* class of the previous character; -1: none or a space */

	for (size_t i = 0; i < n && o + 6 < outsz;)
	{
		UChar32		c = cd_next(in, n, &i);
		int			cls = cd_cjk_class(c);

		/* the voicing marks of a decomposed kana stay with it */
		if (c == 0x3099 || c == 0x309A)
		{
			o += cd_put(out + o, c);
			continue;
		}
		if (c == ' ')
			prev = -1;
		else
		{
			if (prev >= 0 && (cls == 1 || prev == 1 || cls != prev))
				out[o++] = ' ';
			prev = cls;
		}
		o += cd_put(out + o, c);
	}
	out[o] = '\0';
}

static const Dict *
dict_for(const char *lang)
{
	int			i;
	Dict	   *d;
	CdAllocator saved = cd_allocator;

	for (i = 0; i < 16 && dicts[i]; i++)
		if (strcmp(dicts[i]->lang, lang) == 0)
			return dicts[i];
	if (i == 16 || !(d = calloc(1, sizeof(Dict))))
		return NULL;
	d->lang = lang;
	cd_allocator = (CdAllocator) {malloc, realloc, free};
	for (int l = 0; cd_report_langs[l].code; l++)
	{
		if (strcmp(cd_report_langs[l].code, lang) != 0)
			continue;
		for (const CdReportCue *c = cd_report_langs[l].cues; c->text; c++)
		{
			int			n;
			char	   *f = cd_fold_string(c->text, &n);

			if (f)
			{
				char		spaced[512];

				cjk_words(f, spaced, sizeof(spaced));
				dict_add(d, spaced, c->type, c->value, false, c->text);
				free(f);
			}
		}
	}
	for (int p = 0; p < cd_nprovinces; p++)
	{
		const CdProvince *P = &cd_provinces[p];
		char		key[256],
					spaced[512];

		cd_name_key(P->name_vi, strlen(P->name_vi), key, sizeof(key));
		dict_add(d, key, RC_PROVINCE, p, true, NULL);
		for (int a = 0; P->aliases[a]; a++)
		{
			cd_name_key(P->aliases[a], strlen(P->aliases[a]), key, sizeof(key));
			cjk_words(key, spaced, sizeof(spaced));
			dict_add(d, spaced, RC_PROVINCE, p, true, NULL);
		}
	}
	cd_allocator = saved;
	dicts[i] = d;
	return d;
}

/* ------------------------------------------------------------ tokens */

/*
 * A word.  Its keys lie in the fold and ascii buffers one after another, so
 * a key's length is where the next token's key starts (tokenize() ends the
 * array with a sentinel); texts are under 4 GB (PostgreSQL: 1 GB), so 32-bit
 * offsets do.  16 bytes a word keeps number-dense text small.
 */
typedef struct Tok
{
	uint32_t	fold;			/* folded key in the fold buffer */
	uint32_t	ascii;			/* ASCII key in the ascii buffer */
	uint32_t	bstart,
				bend;
} Tok;

#define TOK_FLEN(tk) ((size_t) ((tk)[1].fold - (tk)->fold))
#define TOK_ALEN(tk) ((size_t) ((tk)[1].ascii - (tk)->ascii))

typedef struct Mark
{
	int			type,
				value;
	bool		prefix;			/* the cue ends in '*' (text is without it) */
	const char *text;			/* the cue as the data writes it */
	uint32_t	bstart,
				bend;
} Mark;

/*
 * A number as the rules need it (CdNum without what they do not read), in
 * 32 bytes: number-dense text stays small.
 */
typedef struct WNum
{
	int64_t		v,
				v2;
	uint32_t	bstart,
				bend;
	uint8_t		kind,			/* CdKind */
				qual,			/* CdQual */
				flags,
				unit;			/* index into Work.unit_labels; 0: none */
	int8_t		scale,
				scale2;
} WNum;

/* the unit label of a number, or NULL */
#define NUM_UNIT(w, n) ((w)->unit_labels[(n)->unit])

typedef struct Work
{
	CdText	   *t;
	const CdLangC *L;
	Tok		   *tok;
	int			ntok,
				captok;
	char	   *fold,
			   *ascii;
	size_t		foldlen,
				asciilen,
				capbuf;
	Mark	   *mark;
	int			nmark,
				capmark;
	WNum	   *num;
	int			nnum,
				capnum;
	bool	   *used;			/* numbers consumed by a rate */
	bool		oom;
	const struct Dict *dict;
	int			cluster_mark;	/* collect_num's walk over the marks */
	const char *unit_labels[256];	/* [0] = NULL: the units numbers carry */
	int			nunit_labels;
	struct UnitCache *units;	/* [sentence, clause]: last unit_start/unit_end */
} Work;

/* the last answers of unit_start and unit_end, for one kind of unit */
typedef struct UnitCache
{
	bool		have_start,
				start_found,
				have_end,
				end_found;
	size_t		start_q,
				start_r,
				end_q,
				end_r;
} UnitCache;

static bool
grow(void **p, int *cap, int need, size_t elem)
{
	if (need <= *cap)
		return true;
	{
		int			nc = *cap ? *cap * 2 : 256;
		void	   *np;

		while (nc < need)
			nc *= 2;
		np = cd_realloc(*p, (size_t) nc * elem);
		if (!np)
			return false;
		*p = np;
		*cap = nc;
	}
	return true;
}

/* bytes between a cluster cue and its number ("Cụm số 9", "cluster No. 9") */
#define CLUSTER_GAP 120
/* bytes between an ordinal and the cluster cue after it ("第4竞赛集群", "제4 경쟁 클러스터") */
#define ORDINAL_CUE_GAP 8

/*
 * Keep the numbers a rule can use.  A plain number with no unit and no
 * change word is used only as a cluster number (after a cluster cue); the
 * others are dropped here, so a text of bare numbers costs no memory per
 * number.  Marks are found before numbers are collected.
 */
static bool
num_needed(Work *w, const CdNum *n)
{
	if (n->kind != CD_K_NUMBER || n->unit || (n->flags & CD_F_CHANGE))
		return true;
	if (!(n->flags & CD_F_VALUE) || n->scale != 0 || n->v < 1 || n->v > 63)
		return false;
	/* a cluster cue up to CLUSTER_GAP bytes before (numbers come in text order) */
	while (w->cluster_mark < w->nmark &&
		   (w->mark[w->cluster_mark].type != RC_CLUSTER ||
			w->mark[w->cluster_mark].bstart + CLUSTER_GAP < n->bstart))
	{
		if (w->mark[w->cluster_mark].bstart > n->bstart)
			return false;
		w->cluster_mark++;
	}
	return w->cluster_mark < w->nmark && w->mark[w->cluster_mark].bstart <= n->bstart;
}

static void
collect_num(const CdNum *n, void *arg)
{
	Work	   *w = arg;
	WNum	   *o;

	if (w->oom || !num_needed(w, n))
		return;
	if (!grow((void **) &w->num, &w->capnum, w->nnum + 1, sizeof(WNum)))
	{
		w->oom = true;
		return;
	}
	o = &w->num[w->nnum++];
	o->v = n->v;
	o->v2 = n->v2;
	o->unit = 0;
	if (n->unit)
	{
		int			u = 1;

		while (u <= w->nunit_labels && w->unit_labels[u] != n->unit)
			u++;
		if (u > w->nunit_labels)
		{
			if (w->nunit_labels == 255)
				u = 0;			/* more unit words than any language has: keep none */
			else
				w->unit_labels[++w->nunit_labels] = n->unit;
		}
		o->unit = (uint8_t) u;
	}
	o->bstart = (uint32_t) n->bstart;
	o->bend = (uint32_t) n->bend;
	o->kind = (uint8_t) n->kind;
	o->qual = (uint8_t) n->qual;
	o->flags = (uint8_t) n->flags;
	o->scale = (int8_t) n->scale;
	o->scale2 = (int8_t) n->scale2;
}

/*
 * Folding and the ASCII key of one letter: case-folded, then decomposed with
 * the combining marks dropped (đ -> d).  Letters below FOLD_DIRECT
 * (Vietnamese, Latin, Devanagari) come from a table made once.
 */
#define FOLD_DIRECT 0x2000
static UChar32 *fold_tab;		/* folded letter */
static UChar32 *base_tab;		/* its one base letter; -1: none (only marks); -2: several */

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

static void
fold_tables(const UNormalizer2 *nfd)
{
	UChar32    *ft,
			   *bt;

	if (fold_tab || !nfd)
		return;
	ft = malloc(FOLD_DIRECT * sizeof(UChar32));
	bt = malloc(FOLD_DIRECT * sizeof(UChar32));
	if (!ft || !bt)
	{
		free(ft);
		free(bt);
		return;
	}
	for (UChar32 c = 0; c < FOLD_DIRECT; c++)
	{
		UChar32		b[4];
		int			n;

		ft[c] = u_foldCase(c, U_FOLD_CASE_DEFAULT);
		n = base_of(ft[c], nfd, b, 4);
		/* a letter with more than one base letter takes the slow path */
		bt[c] = n == 0 ? -1 : n == 1 ? b[0] : -2;
	}
	base_tab = bt;
	fold_tab = ft;
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
key_room(Work *w, size_t need)
{
	size_t		nc;
	char	   *f,
			   *a;

	if (w->foldlen + need < w->capbuf && w->asciilen + need < w->capbuf)
		return true;
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

static void
tokenize(Work *w)
{
	const CdText *t = w->t;
	const char *s = t->s;
	size_t		i = 0,
				len = t->len;
	UErrorCode	err = U_ZERO_ERROR;
	const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);

	fold_tables(U_SUCCESS(err) ? nfd : NULL);
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
		UChar32		c = cd_next(s, len, &j);
		Tok			tk;
		int			cls;

		if (!cd_is_word(c))
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
		 * ends a token ("バクニン省": バクニン, 省).
		 */
		cls = cd_cjk_class(c);
		while (i < len)
		{
			size_t		k = i;

			c = cd_next(s, len, &k);
			if (!cd_is_word(c) || cd_cjk_class(c) != cls || (cls == 1 && i > start))
				break;
			/* one letter folds to at most 3 and decomposes to at most 8 code points */
			if (!key_room(w, 40))
			{
				w->oom = true;
				return;
			}
			if (c < 0x80)
			{
				char		lc = (char) ((c >= 'A' && c <= 'Z') ? c + 32 : c);

				w->fold[w->foldlen++] = lc;
				w->ascii[w->asciilen++] = lc;
			}
			else if (c < FOLD_DIRECT && fold_tab && base_tab[c] != -2)
			{
				w->foldlen += cd_put(w->fold + w->foldlen, fold_tab[c]);
				if (base_tab[c] >= 0)
					w->asciilen += cd_put(w->ascii + w->asciilen, base_tab[c]);
			}
			else
				fold_slow(w, c, nfd);
			i = k;
		}
		tk.bend = (uint32_t) i;
		if (i == start)
			i = j;
		/* a run of digits is a word only when some cue has it ("6 tháng") */
		if (all_digits(w->fold + tk.fold, w->foldlen - tk.fold) &&
			!dict_has_digit_word(w->dict, w->fold + tk.fold, w->foldlen - tk.fold))
		{
			w->foldlen = tk.fold;
			w->asciilen = tk.ascii;
			continue;
		}
		/* room for the sentinel too */
		if (!grow((void **) &w->tok, &w->captok, w->ntok + 2, sizeof(Tok)))
		{
			w->oom = true;
			return;
		}
		w->tok[w->ntok++] = tk;
	}
	if (!grow((void **) &w->tok, &w->captok, w->ntok + 1, sizeof(Tok)))
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
tok_eq(const Work *w, const Tok *tk, const char *word, bool ascii, bool prefix)
{
	const char *k = ascii ? w->ascii + tk->ascii : w->fold + tk->fold;
	size_t		kl = ascii ? TOK_ALEN(tk) : TOK_FLEN(tk);
	size_t		wl = strlen(word);

	if (prefix)
		return kl >= wl && memcmp(k, word, wl) == 0;
	return kl == wl && memcmp(k, word, wl) == 0;
}

/* tokens are adjacent when only spaces, hyphens or apostrophes separate them */
static bool
adjacent(const Work *w, const Tok *a, const Tok *b)
{
	for (size_t i = a->bend; i < b->bstart; i++)
	{
		char		c = w->t->s[i];

		if (!(c == ' ' || c == '-' || c == '\'' || (unsigned char) c >= 0x80 || c == '.'))
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
	for (const DEntry *e = d->slot[hash_str(w->fold + tk->fold, TOK_FLEN(tk))]; e; e = e->next)
		if (e->nwords == 1 && !e->ascii && (e->type == RC_POST || e->type2 == RC_POST) &&
			tok_eq(w, tk, e->words[0], false, e->prefix))
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
		for (const DEntry *e = d->slot[hash_str(k, kl)]; e; e = e->next)
			if (e->type == RC_PROVINCE && e->ascii && e->nwords == 1 && !e->prefix &&
				strlen(e->words[0]) == kl && memcmp(e->words[0], k, kl) == 0)
				return e;
	}
	return NULL;
}

static void
find_marks(Work *w, const Dict *d)
{
	for (int i = 0; i < w->ntok; i++)
	{
		const DEntry *best = NULL;
		int			bestn = 0;
		Mark		m_sound;

		for (int pass = 0; pass < 2; pass++)
		{
			const Tok  *tk = &w->tok[i];
			const char *k = pass ? w->ascii + tk->ascii : w->fold + tk->fold;
			size_t		kl = pass ? TOK_ALEN(tk) : TOK_FLEN(tk);

			for (const DEntry *e = d->slot[hash_str(k, kl)]; e; e = e->next)
			{
				int			n = e->nwords;

				if (e->ascii != (pass == 1) || n <= bestn || i + n > w->ntok)
					continue;
				{
					bool		ok = true;

					for (int q = 0; q < n && ok; q++)
					{
						ok = tok_eq(w, &w->tok[i + q], e->words[q], e->ascii,
									e->prefix && q == n - 1);
						if (ok && q > 0)
							ok = adjacent(w, &w->tok[i + q - 1], &w->tok[i + q]);
					}
					if (ok)
					{
						best = e;
						bestn = n;
					}
				}
			}
		}
		/* one-word prefix cues: the longest that fits ("해결률*" before "해결*") */
		if (!best)
			for (const DEntry *e = d->prefixes; e; e = e->next)
				if (tok_eq(w, &w->tok[i], e->words[0], e->ascii, true) &&
					(!best || strlen(e->words[0]) > strlen(best->words[0])))
				{
					best = e;
					bestn = 1;
				}
		if (!best && w->L->lang->name_endings && (best = ending_province(w, d, i)) != NULL)
			bestn = 1;
		if (!best && sound_province(w, d, i, &bestn, &m_sound))
		{
			if (!grow((void **) &w->mark, &w->capmark, w->nmark + 1, sizeof(Mark)))
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

			m.type = best->type;
			m.value = best->value;
			m.prefix = best->prefix;
			m.text = best->text;
			m.bstart = w->tok[i].bstart;
			m.bend = w->tok[i + bestn - 1].bend;
			if (!grow((void **) &w->mark, &w->capmark, w->nmark + 2, sizeof(Mark)))
			{
				w->oom = true;
				return;
			}
			w->mark[w->nmark++] = m;
			if (best->type2)
			{
				m.type = best->type2;
				m.value = best->value2;
				w->mark[w->nmark++] = m;
			}
			i += bestn - 1;
		}
	}
}

/* ------------------------------------------------------------ sentences */

/*
 * "No. 4", "nr. 4": a dot after a short word and before a number does not
 * end a sentence.  `dot` is the byte of the '.'.
 */
static bool
abbrev_dot(const Work *w, size_t dot)
{
	const char *s = w->t->s;
	const CdCueList *l = &w->L->ordinal_cues;
	size_t		k = dot + 1,
				b = dot;

	/* a few spaces, then a digit ("No. 4") */
	while (k < w->t->len && s[k] == ' ' && k - dot <= 4)
		k++;
	if (k >= w->t->len || !(s[k] >= '0' && s[k] <= '9'))
		return false;
	/* the word before: no longer than the longest cue (a long word is none) */
	while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\n')
	{
		if (dot + 1 - b > (size_t) w->L->ordinal_cue_max)
			return false;
		b--;
	}
	/* the word with its dot is one of the language's ordinal cues ("no.", "nr.") */
	for (int c = 0; c < l->n; c++)
	{
		size_t		n = dot + 1 - b;

		if ((size_t) l->cues[c].len == n)
		{
			size_t		q;

			for (q = 0; q < n; q++)
			{
				char		ch = s[b + q];

				if (ch >= 'A' && ch <= 'Z')
					ch += 32;
				if (ch != l->cues[c].text[q])
					break;
			}
			if (q == n)
				return true;
		}
	}
	return false;
}

/*
 * A sentence terminator outside ASCII (the Devanagari danda, the ideographic
 * full stop, ...): ICU's Sentence_Terminal property of the three-byte
 * character at byte b.
 */
static inline bool
sentence_mark_at(const Work *w, size_t b)
{
	const unsigned char *u = (const unsigned char *) w->t->s + b;
	UChar32		c;

	if (b + 3 > w->t->len || (u[0] & 0xF0) != 0xE0 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
		return false;
	c = ((u[0] & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F);
	return u_hasBinaryProperty(c, UCHAR_S_TERM);
}

/* the full-width semicolon "；" at byte b: a clause mark like ';' */
static inline bool
semicolon_at(const Work *w, size_t b)
{
	const unsigned char *u = (const unsigned char *) w->t->s + b;

	return b + 3 <= w->t->len && u[0] == 0xEF && u[1] == 0xBC && u[2] == 0x9B;
}

/* bytes a sentence or clause reaches at most from a position */
#define UNIT_REACH 600

/* is byte i the start of a sentence (clause: also after ';')? */
static bool
is_unit_start(const Work *w, size_t i, bool clause)
{
	const char *s = w->t->s;
	char		c = s[i - 1];

	if (c == '\n' || (clause && c == ';'))
		return true;
	if (i >= 3 && (sentence_mark_at(w, i - 3) || (clause && semicolon_at(w, i - 3))))
		return true;
	return (c == '.' || c == '!' || c == '?') && i < w->t->len &&
		(s[i] == ' ' || s[i] == '\n') && i + 1 < w->t->len && !abbrev_dot(w, i - 1);
}

/* does a sentence (clause: also ';') end at byte i? */
static bool
is_unit_end(const Work *w, size_t i, bool clause)
{
	const char *s = w->t->s;
	char		c = s[i];

	if (c == '\n' || (clause && c == ';'))
		return true;
	if (sentence_mark_at(w, i) || (clause && semicolon_at(w, i)))
		return true;
	return (c == '.' || c == '!' || c == '?') &&
		(i + 1 >= w->t->len || s[i + 1] == ' ' || s[i + 1] == '\n') && !abbrev_dot(w, i);
}

/*
 * Start of the sentence (clause = also ';') holding byte b: the nearest start
 * at most UNIT_REACH bytes back, else b - UNIT_REACH.  Rules ask in text
 * order, so the last answer is kept (one per kind): a later question scans
 * only the bytes after the earlier one, and a report costs linear time
 * however its sentences are cut.
 */
static size_t
unit_start(const Work *w, size_t b, bool clause)
{
	UnitCache  *c = &w->units[clause ? 1 : 0];
	size_t		i = b,
				floor = b > UNIT_REACH ? b - UNIT_REACH : 0;
	size_t		res;

	if (c->have_start && b >= c->start_q && b - c->start_q < UNIT_REACH)
	{
		/* scan (start_q, b] only; below it the earlier answer holds */
		while (i > c->start_q)
		{
			if (i > 0 && is_unit_start(w, i, clause))
				break;
			i--;
		}
		if (i > c->start_q)
			res = i;
		else
			res = c->start_found && c->start_r > floor ? c->start_r : floor;
	}
	else
	{
		while (i > floor && !is_unit_start(w, i, clause))
			i--;
		res = i;
	}
	c->have_start = true;
	c->start_q = b;
	c->start_r = res;
	c->start_found = res > floor;
	return res;
}

/* end of the sentence (clause) holding byte b: the nearest end at most UNIT_REACH bytes on */
static size_t
unit_end(const Work *w, size_t b, bool clause)
{
	UnitCache  *c = &w->units[clause ? 1 : 0];
	size_t		len = w->t->len,
				cap = b + UNIT_REACH < len ? b + UNIT_REACH : len,
				i = b;

	if (c->have_end && b >= c->end_q && b <= c->end_r)
	{
		/* no end in [end_q, end_r): an answer found there still holds */
		if (c->end_found)
			return c->end_r < cap ? c->end_r : cap;
		i = c->end_r;
	}
	while (i < cap && !is_unit_end(w, i, clause))
		i++;
	c->have_end = true;
	c->end_q = b;
	c->end_r = i;
	c->end_found = i < cap;
	return i;
}

/*
 * Marks and numbers come in text order, so lookups around a position use a
 * binary search and then walk only the neighbourhood: no rule is quadratic
 * in the length of the report.
 */

/*
 * Index of the first element of an array of n structs (of `size` bytes, with
 * a uint32_t byte position at offset `off`) that starts at or after byte `pos`.
 */
static int
first_at(const void *base, int n, size_t size, size_t off, size_t pos)
{
	int			lo = 0,
				hi = n;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;
		uint32_t	b;

		memcpy(&b, (const char *) base + (size_t) mid * size + off, sizeof(b));
		if (b < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* the first mark, number or token starting at or after byte `pos` */
#define mark_from(w, pos) first_at((w)->mark, (w)->nmark, sizeof(Mark), offsetof(Mark, bstart), (pos))
#define num_from(w, pos) first_at((w)->num, (w)->nnum, sizeof(WNum), offsetof(WNum, bstart), (pos))
#define tok_from(w, pos) first_at((w)->tok, (w)->ntok, sizeof(Tok), offsetof(Tok, bstart), (pos))

/* the nearest mark of a type inside [from, to), searching backward; -1 if none */
static int
mark_before(const Work *w, int type, size_t from, size_t to)
{
	for (int k = mark_from(w, to) - 1; k >= 0 && w->mark[k].bstart >= from; k--)
		if (w->mark[k].bend <= to && w->mark[k].type == type)
			return k;
	return -1;
}

/* the first mark of a type inside [from, to); -1 if none */
static int
mark_after(const Work *w, int type, size_t from, size_t to)
{
	for (int k = mark_from(w, from); k < w->nmark && w->mark[k].bstart < to; k++)
		if (w->mark[k].bend <= to && w->mark[k].type == type)
			return k;
	return -1;
}

/* ------------------------------------------------------------ emitting */

typedef struct Out
{
	Work	   *w;
	CdFactEmit	emit;
	void	   *arg;
} Out;

static void
put(Out *o, CdFact *f)
{
	f->cstart = cd_text_char(o->w->t, f->bstart);
	f->cend = cd_text_char_end(o->w->t, f->bend);
	o->emit(f, o->arg);
}

static void
fact_init(CdFact *f, CdFactKind k, size_t bs, size_t be)
{
	memset(f, 0, sizeof(*f));
	f->kind = k;
	f->province = -1;
	f->bstart = bs;
	f->bend = be;
}

/* does the reported percent p (pv / 10^ps) match a/b, rounded or truncated? */
static bool
percent_matches(int64_t a, int64_t b, int64_t pv, int ps)
{
	__int128	x,
				scaled;

	if (b <= 0 || a < 0 || a > b || ps > 6)
		return false;
	x = (__int128) a * 100;
	for (int k = 0; k < ps; k++)
		x *= 10;
	scaled = x / b;				/* truncated */
	if (scaled == pv)
		return true;
	/* rounded half up, all in 128 bits: 2 * b overflows int64 for totals near 2^63 */
	return (2 * x + b) / (2 * (__int128) b) == pv;
}

static int
year_of_num(const WNum *n)
{
	if (n->kind == CD_K_YEAR)
		return (int) n->v;
	return 0;
}

/* the nearest year number after byte `after` within `limit` bytes, else before `before` */
static int
year_near(const Work *w, size_t before, size_t after, size_t limit, bool after_only)
{
	for (int k = num_from(w, after); k < w->nnum && w->num[k].bstart - after <= limit; k++)
		if (year_of_num(&w->num[k]))
			return year_of_num(&w->num[k]);
	if (after_only)
		return 0;
	for (int k = num_from(w, before) - 1; k >= 0 && w->num[k].bend + limit >= before; k--)
		if (w->num[k].bend <= before && year_of_num(&w->num[k]))
			return year_of_num(&w->num[k]);
	return 0;
}

/* ------------------------------------------------------------ rules */

/*
 * Scope of a rate or count at byte `pos`: what its sentence names before it.
 * One province (and nothing about the cluster after it): that province; a
 * cluster cue ("toàn Cụm", "the cluster"): the whole cluster; else unknown.
 */
static void
set_scope(const Work *w, CdFact *f, size_t pos)
{
	size_t		ss = unit_start(w, pos, false);
	int			prov = -1,
				nprov = 0;

	for (int k = mark_from(w, pos) - 1; k >= 0 && w->mark[k].bstart >= ss; k--)
	{
		const Mark *m = &w->mark[k];

		if (m->bend > pos)
			continue;
		if (m->type == RC_PROVINCE)
		{
			if (prov < 0 || w->mark[prov].value != m->value)
				nprov++;
			if (prov < 0)
				prov = k;
		}
		else if (m->type == RC_WHOLE || m->type == RC_CLUSTER)
		{
			if (nprov == 0 || m->type == RC_WHOLE)
			{
				f->scope = "cluster";
				return;
			}
			break;
		}
		else if (m->type == RC_LEADER || m->type == RC_DEPUTY)
			return;
	}
	if (nprov == 1)
	{
		f->scope = "province";
		f->province = w->mark[prov].value;
	}
}

/* numbers before a percent searched for its fraction or counts */
#define PAIR_REACH 16
/* rates remembered for de-duplication; past this many, rates are emitted as found */
#define RATE_BUF 256
/* bytes a bracket or a clause word may be before a percent and still bound its clause */
#define CLAUSE_REACH 160

/*
 * Where cues about byte b may start: its clause (';' or a line), cut further
 * at the last clause word ("trong đó", "while", "dont") or bracket before b.
 * A target cue before "trong đó" does not make the rate after it a target.
 */
static size_t
cue_start(const Work *w, size_t b, size_t cs)
{
	const char *s = w->t->s;
	size_t		start = cs,
				floor = b > CLAUSE_REACH ? b - CLAUSE_REACH : 0;
	int			k = mark_before(w, RC_CLAUSE, start, b);

	if (k >= 0 && w->mark[k].bend > start)
		start = w->mark[k].bend;
	for (size_t i = b; i > start && i > floor; i--)
		if (s[i - 1] == '(' || s[i - 1] == ')')
			return i;
	return start;
}

/*
 * Is the figure at byte b a target?  A target cue in its cue clause, or one
 * earlier in its sentence that opens a list with ':' ("đề ra các chỉ tiêu,
 * như: ...; ...; ..."): every item of the list is a target.
 */
static bool
target_for(const Work *w, size_t b, size_t ss, size_t qs)
{
	int			k;

	if (mark_before(w, RC_TARGET, qs, b) >= 0)
		return true;
	for (k = mark_from(w, b) - 1; k >= 0 && w->mark[k].bstart >= ss; k--)
		if (w->mark[k].type == RC_TARGET && w->mark[k].bend <= b &&
			memchr(w->t->s + w->mark[k].bend, ':', b - w->mark[k].bend) != NULL)
			return true;
	return false;
}

/*
 * A percent that says by how much, not how many: "vượt 20%", "dépassant de
 * 8 %", "exceeding 542%", "2.75% higher", "12% so với cùng kỳ".
 */
static bool
excess_percent(const Work *w, const WNum *p)
{
	int			k = mark_before(w, RC_EXCESS_BEFORE, p->bstart > 40 ? p->bstart - 40 : 0, p->bstart);

	if (k >= 0 && p->bstart - w->mark[k].bend <= 2)
		return true;
	k = mark_after(w, RC_EXCESS_AFTER, p->bend, p->bend + 40);
	return k >= 0 && w->mark[k].bstart - p->bend <= 2;
}

/*
 * "bắt 58 đối tượng truy nã (đạt 87%)": a percent in brackets, after an
 * achieve word, right after a count: the rate of that count.
 */
static bool
bracket_after_count(const Work *w, int k)
{
	const char *s = w->t->s;
	const WNum *p = &w->num[k],
			   *n;
	size_t		i = p->bstart,
				open;

	while (i > 0 && p->bstart - i < 32 && s[i - 1] != '(')
	{
		if (s[i - 1] >= '0' && s[i - 1] <= '9')
			return false;
		i--;
	}
	if (i == 0 || s[i - 1] != '(' || k == 0)
		return false;
	open = i - 1;
	if (mark_before(w, RC_ACHIEVE, open, p->bstart) < 0)
		return false;
	n = &w->num[k - 1];
	if (n->kind != CD_K_NUMBER || !n->unit || n->bend > open || open - n->bend > 48)
		return false;
	for (size_t j = n->bend; j < open; j++)
		if (s[j] >= '0' && s[j] <= '9')
			return false;
	return true;
}

/*
 * Append "key:cue" to a fact's why (the cue as the data writes it; without
 * one, the key alone).  An item that does not fit is left out whole.
 */
static void
why_add(CdFact *f, const char *key, const char *cue)
{
	size_t		n = strlen(f->why),
				kl = strlen(key),
				cl = cue ? strlen(cue) : 0,
				need = (n > 0 ? 1 : 0) + kl + (cue ? 1 + cl : 0);

	if (n + need >= CD_WHY_MAX)
		return;
	if (n > 0)
		f->why[n++] = ' ';
	memcpy(f->why + n, key, kl);
	n += kl;
	if (cue)
	{
		f->why[n++] = ':';
		memcpy(f->why + n, cue, cl);
		n += cl;
	}
	f->why[n] = '\0';
}

/* a mark's cue in a fact's why, when there is the mark */
static void
why_mark(CdFact *f, const Work *w, const char *key, int k)
{
	if (k >= 0 && w->mark[k].text)
	{
		char		cue[64];

		snprintf(cue, sizeof(cue), "%s%s", w->mark[k].text, w->mark[k].prefix ? "*" : "");
		why_add(f, key, cue);
	}
}

/* a comma in s[from, to): ',' or the ideographic commas "，" and "、" */
static bool
has_comma(const char *s, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (s[i] == ',' ||
			(i + 2 < to && (unsigned char) s[i] == 0xEF && (unsigned char) s[i + 1] == 0xBC &&
			 (unsigned char) s[i + 2] == 0x8C) ||
			(i + 2 < to && (unsigned char) s[i] == 0xE3 && (unsigned char) s[i + 1] == 0x80 &&
			 (unsigned char) s[i + 2] == 0x81))
			return true;
	return false;
}

/* the metric of a rate at [bs, be): the nearest metric cue in its clause, before or just after */
static int
rate_metric(const Work *w, size_t bs, size_t be, size_t ss, size_t cs, size_t ce, int *cue)
{
	int			best = -1;
	size_t		bestd = (size_t) -1;

	for (int q = mark_from(w, cs); q < w->nmark && w->mark[q].bstart <= be + 60; q++)
	{
		const Mark *mk = &w->mark[q];
		size_t		d;

		if (mk->type != RC_METRIC)
			continue;
		/*
		 * Before the figure.  A cue of a narrow kind ("giết người",
		 * "transformation": other) names it only within its comma-separated
		 * item; a class of cases ("đặc biệt nghiêm trọng") heads a list.
		 */
		if (mk->bend <= bs && mk->bstart >= cs &&
			!(mk->value == M_OTHER && has_comma(w->t->s, mk->bend, bs)))
			d = bs - mk->bend;
		else if (mk->bstart >= be && mk->bend <= ce && mk->bstart - be <= 60 &&
				 !has_comma(w->t->s, be, mk->bstart))
		{
			/* "95% of the crime denunciations": what the rate is of names it */
			d = (mk->bstart - be) * 2 + 1;
			if (mk->value == M_OTHER)
				d = 0;
		}
		else
			continue;
		if (d < bestd)
		{
			bestd = d;
			best = q;
		}
	}
	*cue = best;
	if (best >= 0)
		return w->mark[best].value;
	return mark_before(w, RC_SOLVE, ss, bs) >= 0 || mark_after(w, RC_SOLVE, be, ce) >= 0 ?
		M_CRIMINAL : M_OTHER;
}

/*
 * One figure is one fact: the rates of a report are kept (up to RATE_BUF)
 * and a figure stated again (the same percent, or the same fraction, with
 * the same metric and province) is dropped, or replaces the earlier mention
 * when it brings a fraction the earlier one lacked.
 */
typedef struct Rates
{
	CdFact		f[RATE_BUF];
	int			n;
} Rates;

static bool
same_figure(const CdFact *a, const CdFact *b)
{
	if (a->metric != b->metric || a->province != b->province)
		return false;
	if (a->has_percent && b->has_percent)
		return a->pv == b->pv && a->pscale == b->pscale &&
			(!a->has_fraction || !b->has_fraction ||
			 (a->solved == b->solved && a->total == b->total));
	if (a->has_fraction && b->has_fraction)
		return a->solved == b->solved && a->total == b->total;
	/* a fraction alone and a percent alone: the same figure when the fraction gives the percent */
	if (a->has_fraction != b->has_fraction && a->has_percent != b->has_percent)
	{
		const CdFact *fr = a->has_fraction ? a : b,
				   *pc = a->has_percent ? a : b;

		return percent_matches(fr->solved, fr->total, pc->pv, pc->pscale);
	}
	return false;
}

static void
keep_rate(Out *o, Rates *r, CdFact *f)
{
	for (int i = 0; i < r->n; i++)
		if (same_figure(&r->f[i], f))
		{
			CdFact	   *e = &r->f[i];

			/* the mention with more context stays: a fraction, then a percent */
			if (f->has_fraction && !e->has_fraction)
			{
				e->has_fraction = true;
				e->solved = f->solved;
				e->total = f->total;
				if (f->has_percent)
					*e = *f;
			}
			else if (f->has_percent && !e->has_percent)
			{
				int64_t		sv = e->solved,
							tt = e->total;

				*e = *f;
				e->has_fraction = true;
				e->solved = sv;
				e->total = tt;
			}
			if (e->has_fraction && !strstr(e->why, "fraction") && !strstr(e->why, "counts"))
				why_add(e, "fraction", NULL);
			if (!strstr(e->why, "restated"))
				why_add(e, "restated", NULL);
			return;
		}
	if (r->n < RATE_BUF)
		r->f[r->n++] = *f;
	else
		put(o, f);
}

/*
 * "điều tra làm rõ 828 vụ, ..., đạt tỷ lệ 86%", "investigated 535 criminal
 * cases equivalent to 89.61%": the cases solved, stated with the rate they
 * give, are part of that rate (one figure, one fact), not a count of their
 * own.  The nearest count of cases before the percent in its sentence,
 * behind a solve cue, with no other percent between.
 */
static void
solved_count_of_rate(Work *w, int k, size_t ss, CdFact *f)
{
	const WNum *p = &w->num[k];

	for (int m = k - 1; m >= 0 && m >= k - PAIR_REACH && w->num[m].bstart >= ss; m--)
	{
		const WNum *a = &w->num[m];

		if (a->kind == CD_K_PERCENT)
			return;
		if (w->used[m] || a->kind != CD_K_NUMBER || !a->unit || strcmp(NUM_UNIT(w, a), "case") != 0)
			continue;
		if (p->bstart - a->bend <= 160 && mark_before(w, RC_SOLVE, ss, a->bstart) >= 0 &&
			a->scale == 0)
		{
			char		n[32];

			snprintf(n, sizeof(n), "%lld", (long long) a->v);
			why_add(f, "solved", n);
			w->used[m] = true;
		}
		return;
	}
}

static void
rates(Out *o)
{
	Work	   *w = o->w;
	Rates	   *r = cd_alloc(sizeof(Rates));

	if (!r)
	{
		w->oom = true;
		return;
	}
	r->n = 0;
	for (int k = 0; k < w->nnum; k++)
	{
		WNum	   *p = &w->num[k];
		size_t		ss,
					cs,
					ce,
					qs;
		int			m,
					rate_cue,
					solve_cue,
					metric_cue;
		bool		bracketed = false;
		CdFact		f;

		if (p->kind != CD_K_PERCENT || (p->flags & CD_F_CHANGE) || !(p->flags & CD_F_VALUE))
			continue;
		ss = unit_start(w, p->bstart, false);
		cs = unit_start(w, p->bstart, true);
		ce = unit_end(w, p->bend, true);
		qs = cue_start(w, p->bstart, cs);
		/* a target ("chỉ tiêu", "the target is 90%") in its clause is not a result */
		if (target_for(w, p->bstart, ss, qs))
			continue;
		/* by how much a result beat a target or a year ("vượt 20%", "2.75% higher") */
		if (excess_percent(w, p))
			continue;
		rate_cue = mark_before(w, RC_RATE, ss, p->bstart);
		solve_cue = mark_before(w, RC_SOLVE, ss, p->bstart);
		if (solve_cue < 0)
			solve_cue = mark_after(w, RC_SOLVE, p->bend, ce < p->bend + 80 ? ce : p->bend + 80);
		if (rate_cue < 0 && solve_cue < 0)
		{
			if (!bracket_after_count(w, k))
				continue;
			bracketed = true;
		}
		fact_init(&f, F_RATE, p->bstart, p->bend);
		/* the metric from the whole clause: "80/84 vụ trọng án (tỷ lệ 95,2%)" */
		f.metric = metrics[rate_metric(w, p->bstart, p->bend, ss, cs, ce, &metric_cue)];
		why_mark(&f, w, "rate", rate_cue);
		why_mark(&f, w, "solve", solve_cue);
		if (bracketed)
			why_mark(&f, w, "bracket", mark_before(w, RC_ACHIEVE, p->bstart > 32 ? p->bstart - 32 : 0,
												   p->bstart));
		why_mark(&f, w, "metric", metric_cue);
		/*
		 * A rate of people, not of cases ("87% số đối tượng truy nã", "bắt 58
		 * đối tượng truy nã (đạt 87%)"): other, whatever class of cases
		 * the clause names.
		 */
		{
			const char *unit = bracketed ? NUM_UNIT(w, &w->num[k - 1]) : NUM_UNIT(w, p);

			if (unit && (strcmp(unit, "person") == 0 || strcmp(unit, "suspect") == 0))
			{
				f.metric = metrics[M_OTHER];
				why_add(&f, "of", unit);
			}
			else if (bracketed && (!unit || strcmp(unit, "case") != 0))
			{
				f.metric = metrics[M_OTHER];
				why_add(&f, "of", unit ? unit : "count");
			}
		}
		f.has_percent = true;
		f.pv = p->v;
		f.pscale = p->scale;
		f.qual = p->qual;

		/*
		 * The fraction, or the two counts, it was computed from: among the
		 * PAIR_REACH numbers before it in its sentence (a report states them
		 * close by; the bound keeps a sentence of many numbers linear).
		 */
		for (m = k - 1; m >= 0 && m >= k - PAIR_REACH && w->num[m].bstart >= ss; m--)
		{
			WNum	   *a = &w->num[m];

			if (w->used[m])
				continue;
			if ((a->kind == CD_K_FRACTION || a->kind == CD_K_RATIO) &&
				(a->flags & CD_F_VALUE2) && a->scale == 0 && a->scale2 == 0 &&
				percent_matches(a->v, a->v2, p->v, p->scale))
			{
				f.has_fraction = true;
				f.solved = a->v;
				f.total = a->v2;
				f.bstart = a->bstart;
				w->used[m] = true;
				why_add(&f, "fraction", NULL);
				break;
			}
			if (a->kind == CD_K_NUMBER && a->scale == 0 && a->unit && !f.has_fraction)
			{
				for (int n2 = m - 1; n2 >= 0 && n2 >= k - PAIR_REACH && w->num[n2].bstart >= ss; n2--)
				{
					WNum	   *b = &w->num[n2];

					if (b->kind != CD_K_NUMBER || b->scale != 0 || w->used[n2])
						continue;
					/* "xảy ra 65 vụ, ... làm rõ 63 vụ": total first, then solved */
					if (b->unit && a->unit && b->unit == a->unit &&
						percent_matches(a->v, b->v, p->v, p->scale))
					{
						f.has_fraction = true;
						f.solved = a->v;
						f.total = b->v;
						f.bstart = b->bstart;
						w->used[m] = w->used[n2] = true;
						why_add(&f, "counts", a->unit ? NUM_UNIT(w, a) : NULL);
						break;
					}
				}
				if (f.has_fraction)
					break;
			}
		}
		/* the general rate, not one of a class of cases or of people in brackets */
		if (!f.has_fraction && !bracketed && f.metric == metrics[M_CRIMINAL])
			solved_count_of_rate(w, k, ss, &f);
		w->used[k] = true;
		set_scope(w, &f, f.bstart);
		keep_rate(o, r, &f);
	}

	/*
	 * A rate written only as a fraction: "điều tra làm rõ 733/821 vụ",
	 * "solved 341 of 360 cases", with a solve cue just before in its clause
	 * and no target there.
	 */
	for (int k = 0; k < w->nnum; k++)
	{
		WNum	   *a = &w->num[k];
		size_t		cs,
					ce,
					qs;
		CdFact		f;
		int			solve_cue,
					metric_cue;

		if (w->used[k] || (a->kind != CD_K_FRACTION && a->kind != CD_K_RATIO) ||
			!(a->flags & CD_F_VALUE) || !(a->flags & CD_F_VALUE2) || (a->flags & CD_F_CHANGE) ||
			a->scale != 0 || a->scale2 != 0 || a->v2 <= 0 || a->v > a->v2)
			continue;
		cs = unit_start(w, a->bstart, true);
		ce = unit_end(w, a->bend, true);
		qs = cue_start(w, a->bstart, cs);
		/* the solve cue: in the cue clause, at most 60 bytes before */
		solve_cue = mark_before(w, RC_SOLVE, a->bstart > qs + 60 ? a->bstart - 60 : qs, a->bstart);
		if (solve_cue < 0 || target_for(w, a->bstart, unit_start(w, a->bstart, false), qs))
			continue;
		fact_init(&f, F_RATE, a->bstart, a->bend);
		f.metric = metrics[rate_metric(w, a->bstart, a->bend, unit_start(w, a->bstart, false), qs, ce,
									   &metric_cue)];
		why_mark(&f, w, "solve", solve_cue);
		why_mark(&f, w, "metric", metric_cue);
		why_add(&f, "fraction", NULL);
		f.has_fraction = true;
		f.solved = a->v;
		f.total = a->v2;
		f.qual = a->qual;
		w->used[k] = true;
		set_scope(w, &f, f.bstart);
		keep_rate(o, r, &f);
	}
	for (int i = 0; i < r->n; i++)
		put(o, &r->f[i]);
	cd_free(r);
}

/*
 * "19 tập thể và 30 cá nhân", "19 zespołom i 30 osobom": people named right
 * after a number of collectives are the individuals of an award list, not
 * offenders (a translation may render "cá nhân" as plain "people").
 */
static bool
award_people(const Work *w, int k)
{
	const WNum *n = &w->num[k],
			   *p;
	const char *u = NUM_UNIT(w, n);

	if (k == 0 || !u || (strcmp(u, "person") != 0 && strcmp(u, "individual") != 0))
		return false;
	p = &w->num[k - 1];
	if (!p->unit || strcmp(NUM_UNIT(w, p), "collective") != 0 || n->bstart < p->bend ||
		n->bstart - p->bend > 32)
		return false;
	for (size_t i = p->bend; i < n->bstart; i++)
		if (w->t->s[i] == '.' || w->t->s[i] == ';' || w->t->s[i] == '\n' ||
			(w->t->s[i] >= '0' && w->t->s[i] <= '9'))
			return false;
	return true;
}

/* "strive to ... 1,500 cases in 2019": a quantity aimed at is no count */
static bool
target_count(const Work *w, const WNum *n)
{
	size_t		ss = unit_start(w, n->bstart, false),
				cs = unit_start(w, n->bstart, true);

	return target_for(w, n->bstart, ss, cue_start(w, n->bstart, cs));
}

static void
changes_and_counts(Out *o)
{
	Work	   *w = o->w;

	for (int k = 0; k < w->nnum; k++)
	{
		WNum	   *n = &w->num[k];
		CdFact		f;

		if (w->used[k] || !(n->flags & CD_F_VALUE))
			continue;
		if ((n->flags & CD_F_CHANGE) && (n->kind == CD_K_PERCENT || n->kind == CD_K_NUMBER))
		{
			fact_init(&f, F_CHANGE, n->bstart, n->bend);
			f.metric = n->kind == CD_K_PERCENT ? "percent" : (n->unit ? NUM_UNIT(w, n) : "number");
			f.has_value = true;
			f.v = n->v;
			f.vscale = n->scale;
			f.qual = n->qual;
			why_add(&f, "change", NULL);
			if (n->unit)
				why_add(&f, "unit", NUM_UNIT(w, n));
			set_scope(w, &f, n->bstart);
			put(o, &f);
			continue;
		}
		/*
		 * A count is a law-enforcement quantity (cd_count_units), and not
		 * casualties or accidents named right after it ("15 người chết",
		 * "426 vụ TNGT", "12 people injured").
		 */
		if (n->kind == CD_K_NUMBER && n->unit && cd_is_count_unit(NUM_UNIT(w, n)) &&
			mark_after(w, RC_NOT_COUNT, n->bend, n->bend + 24) < 0 && !award_people(w, k) &&
			!target_count(w, n))
		{
			fact_init(&f, F_COUNT, n->bstart, n->bend);
			f.metric = NUM_UNIT(w, n);
			f.has_value = true;
			f.v = n->v;
			f.vscale = n->scale;
			f.qual = n->qual;
			why_add(&f, "unit", NUM_UNIT(w, n));
			set_scope(w, &f, n->bstart);
			put(o, &f);
		}
	}
}

/* the first mark of a type that starts in [from, to), wherever it ends */
static int
mark_starting(const Work *w, int type, size_t from, size_t to)
{
	for (int k = mark_from(w, from); k < w->nmark && w->mark[k].bstart < to; k++)
		if (w->mark[k].type == type)
			return k;
	return -1;
}

static int
cluster_facts(Out *o)
{
	Work	   *w = o->w;
	int			counts[64] = {0},
				first[64];
	int			best = 0;

	for (int k = 0; k < w->nnum; k++)
	{
		WNum	   *n = &w->num[k];
		int			mk;

		if ((n->kind != CD_K_ORDINAL && n->kind != CD_K_NUMBER) || n->v < 1 || n->v > 63 ||
			n->scale != 0)
			continue;
		mk = mark_before(w, RC_CLUSTER, n->bstart > CLUSTER_GAP ? n->bstart - CLUSTER_GAP : 0,
						 n->bstart + 1);
		/* an ordinal right before the cue: "第4竞赛集群", "제4 경쟁 클러스터" */
		if (n->kind == CD_K_ORDINAL)
		{
			int			ma = mark_starting(w, RC_CLUSTER, n->bend, n->bend + ORDINAL_CUE_GAP);

			if (ma >= 0 && (mk < 0 || n->bstart - w->mark[mk].bend > CLUSTER_GAP / 2))
				mk = ma;
		}
		if (mk < 0)
			continue;
		/* a plain number counts only right behind the cue: "Emulation Grouping 4" */
		if (n->kind == CD_K_NUMBER && n->bstart - w->mark[mk].bend > 2)
			continue;
		if (counts[n->v]++ == 0)
			first[n->v] = k;
		if (best == 0 || counts[n->v] > counts[best])
			best = (int) n->v;
	}
	if (best)
	{
		CdFact		f;
		WNum	   *n = &w->num[first[best]];
		int			mk = mark_before(w, RC_CLUSTER, n->bstart > CLUSTER_GAP ? n->bstart - CLUSTER_GAP : 0,
									 n->bstart + 1),
					ma = n->kind == CD_K_ORDINAL ?
			mark_starting(w, RC_CLUSTER, n->bend, n->bend + ORDINAL_CUE_GAP) : -1;

		if (ma >= 0 && (mk < 0 || n->bstart - w->mark[mk].bend > CLUSTER_GAP / 2))
			fact_init(&f, F_CLUSTER, n->bstart, w->mark[ma].bend);
		else
			fact_init(&f, F_CLUSTER, w->mark[mk].bstart, n->bend);
		f.cluster_no = best;
		f.has_value = true;
		f.v = best;
		put(o, &f);
	}
	return best;
}

static void
members(Out *o, int cluster_no)
{
	Work	   *w = o->w;
	int			k = 0;

	while (k < w->nmark)
	{
		int			run[64],
					n = 0,
					q = k;

		if (w->mark[k].type != RC_PROVINCE)
		{
			k++;
			continue;
		}
		run[n++] = k;
		for (q = k + 1; q < w->nmark && n < 64; q++)
		{
			Mark	   *prev = &w->mark[run[n - 1]],
					   *cur = &w->mark[q];
			size_t		letters = 0;

			/* particles and place words may sit between items ("A, B और C") */
			if (cur->type == RC_STOP || cur->type == RC_LOCATION || cur->type == RC_LINK ||
				cur->type == RC_POST)
				continue;
			if (cur->type != RC_PROVINCE)
				break;
			/* only separators and a few short words between list items */
			for (size_t b = prev->bend; b < cur->bstart; b++)
			{
				unsigned char c = (unsigned char) w->t->s[b];

				if (c == '.' || c == '\n')
					letters = 100;
				if (c >= 0x80 ? (c & 0xC0) != 0x80 : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
					letters++;
			}
			if (letters > 14)
				break;
			run[n++] = q;
		}
		if (n >= 3)
		{
			bool		seen[CD_PROVINCES_MAX] = {false};

			for (int r = 0; r < n; r++)
			{
				Mark	   *mk = &w->mark[run[r]];
				CdFact		f;

				if (mk->value < 0 || mk->value >= CD_PROVINCES_MAX || seen[mk->value])
					continue;
				seen[mk->value] = true;
				fact_init(&f, F_MEMBER, mk->bstart, mk->bend);
				f.province = mk->value;
				f.cluster_no = cluster_no;
				put(o, &f);
			}
		}
		k = q > k ? q : k + 1;
	}
}

static bool leaders_pass(Out *o, int period_year, int role, int strength);

/*
 * Leader and deputy: a province named after the role behind a link word
 * ("bầu ... Cụm trưởng ... là Công an tỉnh X", "chef du groupe 2025 à ... X")
 * is the stronger evidence; a province just before the role ("X làm Cụm
 * trưởng", "X în funcția de Lider") is used when no stronger one exists.
 */
static void
leaders(Out *o, int period_year)
{
	for (int pass = 2; pass >= 1; pass--)
	{
		bool		found = false;

		for (int role = RC_LEADER; role <= RC_DEPUTY; role++)
			found |= leaders_pass(o, period_year, role, pass);
		if (found)
			return;
	}
}

/* is [from, to) a short stretch of the same clause, without figures? */
static bool
right_behind(const Work *w, size_t from, size_t to)
{
	if (to < from || to - from > 40)
		return false;
	for (size_t i = from; i < to; i++)
	{
		char		c = w->t->s[i];

		if ((c >= '0' && c <= '9') || c == ';' || c == '.' || c == '\n' || c == '(' || c == ')')
			return false;
	}
	return true;
}

static bool
leaders_pass(Out *o, int period_year, int role, int strength)
{
	Work	   *w = o->w;
	bool		found = false;

	for (int k = 0; k < w->nmark; k++)
	{
		Mark	   *cue = &w->mark[k];
		int			prov = -1,
					pb = -1,
					pa = -1;
		size_t		ss,
					se;
		CdFact		f;
		int			year;

		if (cue->type != role)
			continue;
		ss = unit_start(w, cue->bstart, false);
		se = unit_end(w, cue->bend, false);
		/* the nearest province before the cue, with no other role cue between */
		for (int q = k - 1; q >= 0 && w->mark[q].bstart >= ss; q--)
		{
			if (w->mark[q].type == RC_LEADER || w->mark[q].type == RC_DEPUTY)
				break;
			if (w->mark[q].type == RC_PROVINCE && cue->bstart - w->mark[q].bend <= 160)
			{
				pb = q;
				break;
			}
		}
		/*
		 * After the cue, behind a link word ("là", "to", "à"), or right behind
		 * it in the same clause ("leading unit: Kon Tum police", "chef de
		 * file, Ninh Thuận")
		 */
		for (int q = k + 1; q < w->nmark && w->mark[q].bend <= se; q++)
		{
			if (w->mark[q].type == RC_LEADER || w->mark[q].type == RC_DEPUTY)
				break;
			if (w->mark[q].type == RC_PROVINCE && w->mark[q].bstart - cue->bend <= 200)
			{
				if (mark_after(w, RC_LINK, cue->bend, w->mark[q].bstart) >= 0 ||
					(right_behind(w, cue->bend, w->mark[q].bstart) &&
					 /* not the next item of a list of roles ("A, Cụm trưởng, B, Cụm phó") */
					 mark_after(w, RC_DEPUTY, w->mark[q].bend, w->mark[q].bend + 48) < 0 &&
					 mark_after(w, RC_LEADER, w->mark[q].bend, w->mark[q].bend + 48) < 0))
					pa = q;
				break;
			}
		}
		prov = strength == 2 ? pa : pb;
		if (prov < 0)
			continue;
		found = true;
		year = year_near(w, cue->bstart, cue->bend, 120, false);
		if (!year && period_year)
			year = period_year + 1;
		fact_init(&f, cue->type == RC_LEADER ? F_LEADER : F_DEPUTY,
				  prov == pa ? cue->bstart : w->mark[prov].bstart,
				  prov == pa ? w->mark[prov].bend : cue->bend);
		f.province = w->mark[prov].value;
		f.year = year;
		put(o, &f);
	}
	return found;
}

static int
put_period(Out *o, size_t bs, size_t be, int span, int year)
{
	CdFact		f;

	fact_init(&f, F_PERIOD, bs, be);
	f.metric = periods[span];
	f.year = year;
	put(o, &f);
	return year;
}

/* the first period cue of the kind asked for with a year near it ("sáu tháng đầu năm 2023") */
static int
period_cue(Out *o, bool review)
{
	Work	   *w = o->w;

	for (int k = 0; k < w->nmark; k++)
	{
		Mark	   *m = &w->mark[k];
		int			y;

		if (m->type != RC_PERIOD || (m->value == P_YEAR) != review)
			continue;
		/* a review cue takes the year after it: "tổng kết năm 2024", "review ... in 2018" */
		y = review ? year_near(w, m->bstart, m->bend, 100, true) :
			year_near(w, m->bstart, m->bend, 80, false);
		if (y)
			return put_period(o, m->bstart, m->bend, m->value, y);
	}
	return 0;
}

static int
period(Out *o)
{
	Work	   *w = o->w;
	int			years[201] = {0},
				first[201],
				best = 0,
				lead_k = -1,
				y;

	if ((y = period_cue(o, false)) || (y = period_cue(o, true)))
		return y;

	/*
	 * The year the report is about: the most mentioned one, leaving out the
	 * year of a leadership ("Cụm trưởng ... năm 2018 là ..."), which is the
	 * year after the one reviewed; when only such a year is given, the
	 * review is of the year before it.
	 */
	for (int k = 0; k < w->nnum; k++)
	{
		size_t		b = w->num[k].bstart;
		int			role;

		y = year_of_num(&w->num[k]);
		if (y < 1900 || y > 2100)
			continue;
		role = mark_before(w, RC_LEADER, b > 120 ? b - 120 : 0, b);
		if (role < 0)
			role = mark_before(w, RC_DEPUTY, b > 120 ? b - 120 : 0, b);
		if (role >= 0 && unit_start(w, b, false) <= w->mark[role].bstart)
		{
			if (lead_k < 0)
				lead_k = k;
			continue;
		}
		/* the year of a comparison ("compared to 2023", "so với năm 2023") is not the one reviewed */
		{
			int			cmp = mark_before(w, RC_EXCESS_AFTER, b > 24 ? b - 24 : 0, b);

			if (cmp >= 0 && right_behind(w, w->mark[cmp].bend, b) && b - w->mark[cmp].bend <= 12)
				continue;
		}
		if (years[y - 1900]++ == 0)
			first[y - 1900] = k;
		if (years[y - 1900] > (best ? years[best - 1900] : 0))
			best = y;
	}
	if (best)
		return put_period(o, w->num[first[best - 1900]].bstart, w->num[first[best - 1900]].bend,
						  P_YEAR, best);
	if (lead_k >= 0)
		return put_period(o, w->num[lead_k].bstart, w->num[lead_k].bend, P_YEAR,
						  year_of_num(&w->num[lead_k]) - 1);
	return 0;
}

static void
event_and_source(Out *o, int period_year)
{
	Work	   *w = o->w;
	const char *s = w->t->s;

	for (int k = 0; k < w->nnum; k++)
	{
		WNum	   *n = &w->num[k];

		if (n->kind == CD_K_DATE && (n->v % 100) != 0)
		{
			CdFact		f;
			int64_t		v = n->v;

			if (v < 10000 && period_year)
				v += (int64_t) period_year * 10000;
			fact_init(&f, F_EVENT_DATE, n->bstart, n->bend);
			f.has_value = true;
			f.v = v;
			f.year = (int) (v / 10000);
			put(o, &f);
			break;
		}
	}
	for (size_t i = 0; i + 8 < w->t->len; i++)
	{
		if (s[i] == 'h' && (memcmp(s + i, "https://", 8) == 0 || memcmp(s + i, "http://", 7) == 0))
		{
			CdFact		f;
			size_t		e = i;

			while (e < w->t->len && (unsigned char) s[e] > ' ')
				e++;
			while (e > i && strchr(".,;)", s[e - 1]))
				e--;
			fact_init(&f, F_SOURCE, i, e);
			put(o, &f);
			break;
		}
	}
}

/*
 * Where the conference was held: in the first sentence with an event cue
 * ("hội nghị", "conference"), a province or city right behind a place word
 * ("tại", "in", "à"), or right before one in languages with postpositions
 * ("... में", whose cue value is 1).
 */
static void
location(Out *o)
{
	Work	   *w = o->w;

	for (int k = 0; k < w->nmark; k++)
	{
		size_t		ss,
					se;

		if (w->mark[k].type != RC_EVENT)
			continue;
		ss = unit_start(w, w->mark[k].bstart, false);
		se = unit_end(w, w->mark[k].bend, false);
		for (int q = mark_from(w, ss); q < w->nmark && w->mark[q].bstart < se; q++)
		{
			Mark	   *pm = &w->mark[q];
			int			cue = -1;
			CdFact		f;

			if (pm->type != RC_PROVINCE)
				continue;
			/* a place word up to 3 words before ("tại Công an tỉnh X", "in X") */
			for (int c = q - 1; c >= 0 && w->mark[c].bend + 40 >= pm->bstart; c--)
				if (w->mark[c].type == RC_LOCATION && w->mark[c].value == 0)
				{
					cue = c;
					break;
				}
			for (int c = q + 1; cue < 0 && c < w->nmark && w->mark[c].bstart <= pm->bend + 30; c++)
				if (w->mark[c].type == RC_LOCATION && w->mark[c].value == 1)
					cue = c;
			if (cue < 0)
				continue;
			fact_init(&f, F_LOCATION, w->mark[cue].bstart < pm->bstart ? w->mark[cue].bstart : pm->bstart,
					  w->mark[cue].bend > pm->bend ? w->mark[cue].bend : pm->bend);
			f.province = pm->value;
			f.detail = w->t->s + pm->bstart;
			f.detail_len = pm->bend - pm->bstart;
			put(o, &f);
			return;
		}
	}
}

/* is a token part of a name: capitalised, or in a script without case */
static bool
name_token(const Work *w, const Tok *tk)
{
	size_t		i = tk->bstart;
	UChar32		c = cd_next(w->t->s, w->t->len, &i);

	if (c >= '0' && c <= '9')
		return false;
	if (u_isupper(c) || u_istitle(c))
		return true;
	return !u_hasBinaryProperty(c, UCHAR_CASED) && u_isalpha(c);
}

/*
 * Officials: a rank ("Thiếu tướng", "Major General", "मेजर जनरल") followed by
 * two to five name words; the province of the post when one follows in the
 * same clause ("..., Giám đốc Công an tỉnh X").  metric = the rank.
 */
static void
persons(Out *o)
{
	Work	   *w = o->w;
	CdFact		found[32];
	int			nfound = 0;

	for (int k = 0; k < w->nmark; k++)
	{
		Mark	   *rk = &w->mark[k];
		int			t = tok_from(w, rk->bend),
					n = 0,
					next_mark = k + 1,
					province = -1,
					same = -1;
		size_t		end = rk->bend,
					first = 0,
					ce;

		if (rk->type != RC_RANK)
			continue;
		/* a rank right before another ("đồng chí Thiếu tướng") defers to it */
		if (k + 1 < w->nmark && w->mark[k + 1].type == RC_RANK &&
			w->mark[k + 1].bstart - rk->bend <= 2)
			continue;
		for (; t < w->ntok && n < 5; t++, n++)
		{
			Tok		   *tk = &w->tok[t];
			bool		gap_ok = true;

			for (size_t b = end; b < tk->bstart; b++)
				if (w->t->s[b] != ' ')
					gap_ok = false;
			if (!gap_ok || tk->bstart - end > 2 || !name_token(w, tk))
				break;
			/* a cue word or a province ends the name */
			while (next_mark < w->nmark && w->mark[next_mark].bend <= tk->bstart)
				next_mark++;
			if (next_mark < w->nmark && w->mark[next_mark].bstart <= tk->bstart)
				break;
			if (n == 0)
				first = tk->bstart;
			end = tk->bend;
		}
		if (n < 2)
			continue;
		/* the post's province, in the same clause, before another person */
		ce = unit_end(w, end, true);
		for (int q = mark_from(w, end); q < w->nmark && w->mark[q].bstart < ce &&
			 w->mark[q].bstart - end <= 100; q++)
		{
			if (w->mark[q].type == RC_RANK)
				break;
			if (w->mark[q].type == RC_PROVINCE)
			{
				province = w->mark[q].value;
				break;
			}
		}
		/* each person once, at the first mention, with the post a later one names */
		for (int q = 0; q < nfound && same < 0; q++)
			if (found[q].detail_len == end - first &&
				memcmp(found[q].detail, w->t->s + first, end - first) == 0)
				same = q;
		if (same >= 0)
		{
			if (found[same].province < 0)
				found[same].province = province;
			continue;
		}
		if (nfound == 32)
			break;
		fact_init(&found[nfound], F_PERSON, rk->bstart, end);
		found[nfound].metric = rk->text;
		found[nfound].detail = w->t->s + first;
		found[nfound].detail_len = end - first;
		found[nfound].province = province;
		nfound++;
	}
	for (int q = 0; q < nfound; q++)
		put(o, &found[q]);
}

/*
 * After the marks are found, tokens serve only persons(), which reads the
 * five after each rank: keep those (in order, with a sentinel) and free the
 * rest and the keys, before numbers are collected, so that the two never
 * take memory at the same time.
 */
static void
keep_person_tokens(Work *w)
{
	int			kept = 0,
				t = 0;
	size_t		len = w->t->len;

	for (int k = 0; k < w->nmark; k++)
	{
		int			lo = t,
					hi = w->ntok;

		if (w->mark[k].type != RC_RANK)
			continue;
		/* the first original token at or after the rank's end, from t on */
		while (lo < hi)
		{
			int			mid = lo + (hi - lo) / 2;

			if (w->tok[mid].bstart < w->mark[k].bend)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (int i = lo; i < w->ntok && i < lo + 5; i++)
		{
			w->tok[kept++] = w->tok[i];
			t = i + 1;
		}
	}
	w->ntok = kept;
	w->tok[kept].fold = w->tok[kept].ascii = 0;
	w->tok[kept].bstart = w->tok[kept].bend = (uint32_t) len;
	{
		Tok		   *small = cd_realloc(w->tok, (size_t) (kept + 1) * sizeof(Tok));

		if (small)
		{
			w->tok = small;
			w->captok = kept + 1;
		}
	}
	cd_free(w->fold);
	cd_free(w->ascii);
	w->fold = w->ascii = NULL;
	w->foldlen = w->asciilen = w->capbuf = 0;
}

static void
work_free(Work *w)
{
	void	   *bufs[] = {w->used, w->tok, w->mark, w->num, w->fold, w->ascii};

	for (size_t i = 0; i < sizeof(bufs) / sizeof(bufs[0]); i++)
		if (bufs[i])
			cd_free(bufs[i]);
}

bool
cd_parse_report(CdText *t, const CdLangC *lang, CdFactEmit emit, void *arg)
{
	Work		w;
	UnitCache	units[2];
	Out			o;
	const Dict *d;
	int			cluster_no,
				year;

	if (!lang || !(d = dict_for(lang->lang->code)))
		return false;
	memset(&w, 0, sizeof(w));
	memset(units, 0, sizeof(units));
	w.t = t;
	w.L = lang;
	w.units = units;
	w.dict = d;
	tokenize(&w);
	if (!w.oom)
		find_marks(&w, d);
	if (!w.oom)
		keep_person_tokens(&w);
	if (!w.oom && !cd_scan_numbers(t, lang, collect_num, &w))
		w.oom = true;
	if (!w.oom && !(w.used = cd_alloc((size_t) (w.nnum + 1) * sizeof(bool))))
		w.oom = true;
	if (w.oom)
	{
		work_free(&w);
		return false;
	}
	memset(w.used, 0, (size_t) (w.nnum + 1) * sizeof(bool));
	o.w = &w;
	o.emit = emit;
	o.arg = arg;
	/* order of rows: period, cluster, members, leaders, rates, counts, event, source, location, persons */
	year = period(&o);
	cluster_no = cluster_facts(&o);
	members(&o, cluster_no);
	leaders(&o, year);
	rates(&o);
	changes_and_counts(&o);
	event_and_source(&o, year);
	location(&o);
	persons(&o);
	work_free(&w);
	return true;
}
