/*
 * report_dict.c
 *		The dictionary of a language: its cues (reportdata.c), the words that
 *		are no marks (RC_LIST, RC_ABBREV) and the province names with their
 *		aliases, hashed by their first word; made once per language (and
 *		once more for text that lost its diacritics) and kept.
 */
#define _POSIX_C_SOURCE 200809L	/* strdup, strtok_r, snprintf */
#include "report_dict.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

/* ------------------------------------------------------------ dictionary */


bool
rp_all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return n > 0;
}

static inline int
digit_bucket(const char *s, size_t n)
{
	return (int) ((n > 1 ? (unsigned char) s[n - 2] * 10u : 0u) + (unsigned char) s[n - 1] + n) & 127;
}

/* is this run of ASCII digits a word of some cue? */
bool
rp_dict_has_digit_word(const Dict *d, const char *s, size_t n)
{
	if (n == 0 || d->ndigit_words == 0)
		return false;
	for (int i = d->digit_head[digit_bucket(s, n)]; i; i = d->digit_words[i - 1].next)
		if (d->digit_words[i - 1].len == n && memcmp(d->digit_words[i - 1].word, s, n) == 0)
			return true;
	return false;
}

/*
 * Append word w (wl bytes, NUL-terminated) to a chained list of words: a
 * growing array, and *head where its chain starts (index + 1).  False when
 * out of memory.
 */
static bool
dword_push(DWord **words, int *n, int *cap, int *head, const char *w, size_t wl, bool prefix)
{
	DWord	   *dw;

	if (*n == *cap)
	{
		int			nc = *cap ? *cap * 2 : 32;
		DWord	   *nw = realloc(*words, (size_t) nc * sizeof(DWord));

		if (!nw)
			return false;
		*words = nw;
		*cap = nc;
	}
	dw = &(*words)[*n];
	if (!(dw->word = strdup(w)))
		return false;
	dw->len = (uint16_t) wl;
	dw->prefix = prefix;
	dw->next = *head;
	*head = ++*n;
	return true;
}

/* a word of digits of a cue, once */
static void
add_digit_word(Dict *d, const char *w, size_t n)
{
	if (n > 0 && n <= UINT16_MAX && !rp_dict_has_digit_word(d, w, n))
		(void) dword_push(&d->digit_words, &d->ndigit_words, &d->capdigit_words,
						  &d->digit_head[digit_bucket(w, n)], w, n, false);
}

bool
rp_entry_has_type(const DEntry *e, int type)
{
	if (e->type == type)
		return true;
	for (int i = 0; i < e->nmore; i++)
		if (e->more[2 * i] == type)
			return true;
	return false;
}

/*
 * The dictionaries made so far: one per language, and one more for text that
 * lost its diacritics (a language a data file adds counts too).
 */
#define MAX_DICTS 128
static Dict *dicts[MAX_DICTS];

uint32_t
rp_dict_hash(const char *s, size_t n)
{
	size_t		k = n & ~(size_t) 7;
	uint64_t	tail = 0;

	/* rp_key_hash's value, reading no byte past the n */
	memcpy(&tail, s + k, n - k);
	return rp_hash_blocks(s, n, tail);
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
entry_free(DEntry *e)
{
	for (int i = 0; i < e->nwords; i++)
		free(e->words[i]);
	free(e->words);
	free(e->wlen);
	free(e->more);
	free((char *) e->text);
	free(e);
}

static void
dict_add(Dict *d, const char *key, int type, int value, bool ascii, const char *text)
{
	DEntry	   *e = calloc(1, sizeof(DEntry));
	char	   *k = strdup(key),
			   *save = NULL,
			   *w;
	int			n = 0;
	uint32_t	h;

	if (!e || !k)
	{
		free(e);
		free(k);
		return;
	}
	/* the words: a cue of more than MAXW is none (the table of cues refuses it) */
	for (size_t i = 0; k[i]; i++)
		n += k[i] != ' ' && (i == 0 || k[i - 1] == ' ');
	if (n == 0 || n > MAXW || !(e->words = calloc((size_t) n, sizeof(char *))) ||
		!(e->wlen = calloc((size_t) n, sizeof(uint16_t))))
	{
		free(k);
		entry_free(e);
		return;
	}
	for (w = strtok_r(k, " ", &save); w && e->nwords < n; w = strtok_r(NULL, " ", &save))
	{
		if (!(e->words[e->nwords] = strdup(w)))
			break;
		e->nwords++;
		if (rp_all_digits(w, strlen(w)))
			add_digit_word(d, w, strlen(w));
	}
	free(k);
	if (e->nwords < n)
	{
		entry_free(e);
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
	for (int i = 0; i < e->nwords; i++)
		e->wlen[i] = (uint16_t) strlen(e->words[i]);
	cd_bytes8(e->words[0], e->wlen[0] < 8 ? e->wlen[0] : 8, 0, &e->head, &e->hmask);
	/*
	 * The same words with another meaning ("à": link and place): one entry
	 * holds them all, in the order they came; the same meaning again takes
	 * the later value (a user's over the data's)
	 */
	for (DEntry *o = (e->prefix && e->nwords == 1) ?
		 d->prefixes[ascii][(unsigned char) e->words[0][0]] :
		 d->slot[rp_dict_hash(e->words[0], e->wlen[0])]; o; o = o->next)
		if (same_words(o, e))
		{
			bool		done = false;

			if (o->type == type)
			{
				o->value = value;
				done = true;
			}
			for (int i = 0; i < o->nmore && !done; i++)
				if (o->more[2 * i] == type)
				{
					o->more[2 * i + 1] = value;
					done = true;
				}
			if (!done)
			{
				int		   *m = realloc(o->more, (size_t) (o->nmore + 1) * 2 * sizeof(int));

				if (m)
				{
					o->more = m;
					m[2 * o->nmore] = type;
					m[2 * o->nmore + 1] = value;
					o->nmore++;
				}
			}
			/* a meaning given again: the cue's text as the later one writes it */
			if (done && e->text)
			{
				free((char *) o->text);
				o->text = e->text;
				e->text = NULL;
			}
			entry_free(e);
			return;
		}
	if (e->prefix && e->nwords == 1)
	{
		DEntry	  **b = &d->prefixes[ascii][(unsigned char) e->words[0][0]];

		e->next = *b;
		*b = e;
		return;
	}
	h = rp_dict_hash(e->words[0], e->wlen[0]);
	e->next = d->slot[h];
	d->slot[h] = e;
}

/*
 * Each word of a cue that is no mark ("công an các tỉnh": công, an, các,
 * tỉnh), once; '*' after the last one makes it a prefix.
 */
static void
dict_add_words(Dict *d, const char *phrase, int type)
{
	int			kind = type - RC_LIST;
	char	   *k = strdup(phrase),
			   *save = NULL,
			   *w;

	if (!k)
		return;
	for (w = strtok_r(k, " ", &save); w; w = strtok_r(NULL, " ", &save))
	{
		size_t		wl = strlen(w);
		bool		prefix = wl > 1 && w[wl - 1] == '*',
					seen = false;

		if (prefix)
			w[--wl] = '\0';
		if (wl == 0 || wl > UINT16_MAX)
			continue;
		for (int i = 0; i < d->nwords[kind] && !seen; i++)
			seen = d->words[kind][i].len == wl && d->words[kind][i].prefix == prefix &&
				memcmp(d->words[kind][i].word, w, wl) == 0;
		if (seen)
			continue;
		if (!dword_push(&d->words[kind], &d->nwords[kind], &d->capwords[kind],
						&d->whead[kind][(unsigned char) w[0]], w, wl, prefix))
			break;
		if (prefix)
			d->wmax[kind] = SIZE_MAX;
		else if (wl > d->wmax[kind])
			d->wmax[kind] = wl;
	}
	free(k);
}

/*
 * A cue or name written in a spaceless script, as the words rp_tokenize()
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
		int			cls = cd_word_class(c);

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
			if (prev >= 0 && cd_word_break(prev, cls))
				out[o++] = ' ';
			prev = cls;
		}
		o += cd_put(out + o, c);
	}
	out[o] = '\0';
}

/*
 * A folded phrase cut into words as the text is (report_words.c): what is
 * no word character ("-", "'", "’", ".") separates words, as a space does;
 * a final '*' stays (a prefix).  In place.
 */
static void
as_words(char *f)
{
	size_t		len = strlen(f),
				i = 0,
				o = 0;

	while (i < len)
	{
		size_t		start = i;
		UChar32		c = cd_next(f, len, &i);

		if (cd_is_word(c) || c == '*')
		{
			memmove(f + o, f + start, i - start);
			o += i - start;
		}
		else if (o > 0 && f[o - 1] != ' ')
			f[o++] = ' ';
	}
	while (o > 0 && f[o - 1] == ' ')
		o--;
	f[o] = '\0';
}

/* one cue of the language's data, or a user's (c->text is copied) */
static void
add_cue(Dict *d, const CdReportCue *c, bool stripped)
{
	int			n;
	char	   *f = cd_fold_string(c->text, &n);
	char		spaced[512],
				bare[512];

	if (!f)
		return;
	as_words(f);
	cjk_words(f, spaced, sizeof(spaced));
	/* text that lost its diacritics: "ty le", "dieu tra" */
	if (c->type == RC_LIST || c->type == RC_ABBREV)
	{
		dict_add_words(d, spaced, c->type);
		if (stripped && cd_strip_latin(spaced, bare, sizeof(bare)))
			dict_add_words(d, bare, c->type);
	}
	else
	{
		dict_add(d, spaced, c->type, c->value, false, c->text);
		if (stripped && cd_strip_latin(spaced, bare, sizeof(bare)))
			dict_add(d, bare, c->type, c->value, false, c->text);
		/*
		 * A span of the year written without its diacritics in a text that
		 * has them ("so ket 6 thang dau nam 2020" in a title): the phrase also
		 * against the ASCII key, as province names are; a phrase of several
		 * words is no other word.
		 */
		else if (c->type == RC_PERIOD && c->value != P_YEAR && strchr(spaced, ' ') &&
				 cd_strip_latin(spaced, bare, sizeof(bare)))
			dict_add(d, bare, c->type, c->value, true, c->text);
	}
	free(f);
}

/*
 * What is wrong with a phrase users give as a cue, or NULL: none, so that a
 * cue of white space or of '*' alone cannot match after every number, nor
 * a phrase too long for the dictionary match what lacks its end.  A phrase
 * of signs alone ("٪") is one for the number scanner's lists; the
 * dictionary's roles read words only, and find none in it.
 */
const char *
rp_cue_phrase_problem(const char *phrase)
{
	size_t		len = phrase ? strlen(phrase) : 0,
				i = 0;
	bool		word = false;
	char	   *f;
	char		spaced[2048];
	int			n,
				words = 0;

	if (len == 0)
		return "is empty";
	if (len > 512)
		return "is longer than 512 bytes";
	if (phrase[0] == ' ' || phrase[len - 1] == ' ' || strstr(phrase, "  "))
		return "has spaces around it or two in a row (single spaces between its words)";
	while (i < len)
	{
		UChar32		c = cd_next(phrase, len, &i);

		if (c < 0 || c == 0xFFFD || (cd_is_space(c) && c != ' ') || u_iscntrl(c) ||
			u_hasBinaryProperty(c, UCHAR_WHITE_SPACE) != (c == ' ') ||
			u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
			return "has white space other than a single space, a control or an invisible character";
		if (c == '*' && i < len)
			return "has a '*' before its end (a final '*' makes a prefix)";
		/* a letter, a digit, or a sign ("٪"): something to see beside '*' */
		word |= c != '*' && c != ' ';
	}
	if (!word)
		return "has no letter, digit or sign";
	/* its words as the dictionary cuts them (a Han, Kana or Thai character a word) */
	if (!(f = cd_fold_string(phrase, &n)))
		return NULL;			/* out of memory: the cue is tried as it is */
	as_words(f);
	cjk_words(f, spaced, sizeof(spaced));
	cd_free(f);
	for (size_t k = 0; spaced[k]; k++)
		words += spaced[k] != ' ' && (k == 0 || spaced[k - 1] == ' ');
	if (words > MAXW)
		return "has more than 32 words (a character of Han, Kana, Thai, Lao, Myanmar or Khmer is a word)";
	return NULL;
}

/*
 * Cues users add (clusterdata.cue), beside each language's data: kept here
 * (copied), and every dictionary made again when they change.
 */
typedef struct UserCue
{
	char	   *lang;
	CdReportCue cue;
} UserCue;

static UserCue *user_cues;
static int	nuser_cues;

static void
dict_free(Dict *d)
{
	DEntry	   *lists[DSIZE + 2 * 256];
	int			nl = 0;

	for (int h = 0; h < DSIZE; h++)
		lists[nl++] = d->slot[h];
	for (int a = 0; a < 2; a++)
		for (int b = 0; b < 256; b++)
			lists[nl++] = d->prefixes[a][b];
	for (int l = 0; l < nl; l++)
		for (DEntry *e = lists[l], *next; e; e = next)
		{
			next = e->next;
			entry_free(e);
		}
	for (int k = 0; k < DWORD_KINDS; k++)
	{
		for (int i = 0; i < d->nwords[k]; i++)
			free(d->words[k][i].word);
		free(d->words[k]);
	}
	for (int i = 0; i < d->ndigit_words; i++)
		free(d->digit_words[i].word);
	free(d->digit_words);
	free(d);
}

/* the words of the number scanner among the cues go to it (cd_set_user_words) */
static bool
set_user_words(const char *const *langs, const CdReportCue *cues, int n)
{
	CdUserWord *words = n > 0 ? calloc((size_t) n, sizeof(CdUserWord)) : NULL;
	int			k = 0;
	bool		ok;

	if (n > 0 && !words)
		return false;
	for (int i = 0; i < n; i++)
	{
		CdUserWord *u = &words[k];

		u->lang = langs[i];
		u->text = cues[i].text;
		u->value = cues[i].value;
		switch (cues[i].type)
		{
			case RC_UNIT_CUE:
				if (cues[i].value < 0 || cues[i].value >= cd_nunit_labels)
					continue;
				u->list = CD_UL_UNITS;
				u->label = cd_unit_labels[cues[i].value];
				break;
			case RC_PERCENT_CUE:
				u->list = CD_UL_PERCENT;
				break;
			case RC_QUAL_CUE:
				u->list = CD_UL_QUAL_BEFORE;
				break;
			case RC_QUAL_AFTER_CUE:
				u->list = CD_UL_QUAL_AFTER;
				break;
			case RC_CHANGE_CUE:
				u->list = cues[i].value == 1 ? CD_UL_CHANGE_AFTER : CD_UL_CHANGE_BEFORE;
				break;
			default:
				continue;
		}
		k++;
	}
	ok = cd_set_user_words(words, k);
	free(words);
	return ok;
}

/* the dictionaries' users' cues: copied, and every dictionary made again */
static bool
keep_user_cues(const char *const *langs, const CdReportCue *cues, int n)
{
	UserCue    *copy;
	bool		ok;

	copy = n > 0 ? calloc((size_t) n, sizeof(UserCue)) : NULL;
	ok = n == 0 || copy != NULL;
	for (int i = 0; i < n && ok; i++)
	{
		copy[i].lang = strdup(langs[i]);
		copy[i].cue.text = strdup(cues[i].text);
		copy[i].cue.type = cues[i].type;
		copy[i].cue.value = cues[i].value;
		ok = copy[i].lang && copy[i].cue.text;
	}
	if (!ok)
	{
		for (int i = 0; copy && i < n; i++)
		{
			free(copy[i].lang);
			free((char *) copy[i].cue.text);
		}
		free(copy);
		return false;
	}
	for (int i = 0; i < nuser_cues; i++)
	{
		free(user_cues[i].lang);
		free((char *) user_cues[i].cue.text);
	}
	free(user_cues);
	user_cues = copy;
	nuser_cues = n;
	/* every dictionary is made again, with them */
	for (int i = 0; i < MAX_DICTS && dicts[i]; i++)
	{
		dict_free(dicts[i]);
		dicts[i] = NULL;
	}
	return true;
}

bool
rp_set_user_cues(const char *const *langs, const CdReportCue *cues, int n)
{
	/* the cues whose phrase is fit (the table refuses the others; an older row may remain) */
	const char **fl = n > 0 ? calloc((size_t) n, sizeof(char *)) : NULL;
	CdReportCue *fc = n > 0 ? calloc((size_t) n, sizeof(CdReportCue)) : NULL;
	int			k = 0;
	bool		ok;

	if (n > 0 && (!fl || !fc))
	{
		free(fl);
		free(fc);
		return false;
	}
	for (int i = 0; i < n; i++)
		if (!rp_cue_phrase_problem(cues[i].text))
		{
			fl[k] = langs[i];
			fc[k++] = cues[i];
		}
	ok = set_user_words(fl, fc, k) && keep_user_cues(fl, fc, k);
	free(fl);
	free(fc);
	return ok;
}

const Dict *
rp_dict_for(const char *lang, bool stripped)
{
	int			i;
	Dict	   *d;
	CdAllocator saved = cd_allocator;

	for (i = 0; i < MAX_DICTS && dicts[i]; i++)
		if (strcmp(dicts[i]->lang, lang) == 0 && dicts[i]->stripped == stripped)
			return dicts[i];
	if (i == MAX_DICTS || !(d = calloc(1, sizeof(Dict))))
		return NULL;
	d->lang = lang;
	d->stripped = stripped;
	cd_allocator = (CdAllocator) {malloc, realloc, free};
	for (int l = 0; cd_report_langs[l].code; l++)
	{
		if (strcmp(cd_report_langs[l].code, lang) != 0)
			continue;
		for (const CdReportCue *c = cd_report_langs[l].cues; c->text; c++)
			add_cue(d, c, stripped);
	}
	/* users' cues after the data's: of the same words and role, a user's comes first */
	for (int u = 0; u < nuser_cues; u++)
		if (strcmp(user_cues[u].lang, lang) == 0 && !RC_IS_SCANNER(user_cues[u].cue.type))
			add_cue(d, &user_cues[u].cue, stripped);
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
