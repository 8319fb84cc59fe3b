/*
 * detect.c
 *		Language detection: one pass over (the start of) the text, stopping
 *		early once one language clearly leads; each word
 *		case-folded and looked up among every language's frequent words, each
 *		letter checked against the letters only some languages use.  Scores are
 *		data-driven (langdata.c); no language is special-cased here.
 */
#define _POSIX_C_SOURCE 200809L	/* strtok_r */
#include "detect.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "cdtext.h"

#define HBITS 12
#define HSIZE (1 << HBITS)
#define MAX_WORD 64
#define MIN_WORDS 6				/* fewer frequent-word hits than this: too short */

typedef struct Entry
{
	char	   *word;
	uint32_t	len,			/* strlen(word) */
				langs;			/* bit per language */
} Entry;

static Entry *table;
static UChar32 *letter_cp;
static uint32_t *letter_langs;
static int	nletters;

/* scripts that mark languages (langdata.c `scripts`), with a weight per language */
#define MAX_SCRIPTS 16
static UScriptCode script_code[MAX_SCRIPTS];
static double script_weight[MAX_SCRIPTS][32];
static int	nscripts;

/* "Hani:4 Hira:6": ISO 15924 codes and weights in quarters of a frequent word */
static void
add_scripts(int l, const char *spec)
{
	char		buf[128];
	char	   *save = NULL;

	if (!spec || strlen(spec) >= sizeof(buf))
		return;
	strcpy(buf, spec);
	for (char *tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save))
	{
		char	   *colon = strchr(tok, ':');
		int			code,
					k;

		if (!colon)
			continue;
		*colon = '\0';
		code = u_getPropertyValueEnum(UCHAR_SCRIPT, tok);
		if (code < 0)
			continue;
		for (k = 0; k < nscripts && script_code[k] != (UScriptCode) code; k++)
			;
		if (k == nscripts)
		{
			if (nscripts >= MAX_SCRIPTS)
				continue;
			script_code[nscripts++] = (UScriptCode) code;
		}
		script_weight[k][l] = atof(colon + 1) / 4.0;
	}
}

/*
 * The marking script of each code point below 0x10000 plus one (0: none),
 * built once with the word table
 */
static uint8_t *script_bmp;

/* the index of c's script among the marking scripts, or -1 */
static int
script_of_icu(UChar32 c)
{
	UErrorCode	err = U_ZERO_ERROR;
	UScriptCode sc;

	if (nscripts == 0 || c < 0x0370 || (c >= 0x1E00 && c <= 0x1FFF))
		return -1;
	sc = uscript_getScript(c, &err);
	if (U_FAILURE(err))
		return -1;
	for (int k = 0; k < nscripts; k++)
		if (script_code[k] == sc)
			return k;
	return -1;
}

static inline int
script_of(UChar32 c)
{
	if (c < 0x0370)
		return -1;
	if (c < 0x10000 && script_bmp)
		return (int) script_bmp[c] - 1;
	return script_of_icu(c);
}

/* letters below U+2000 (Latin, Devanagari, ...) by direct index */
#define LETTER_DIRECT 0x2000
static uint32_t *letter_direct;

static uint32_t
hash_word(const char *w, int n)
{
	uint32_t	h = 2166136261u;

	for (int i = 0; i < n; i++)
		h = (h ^ (unsigned char) w[i]) * 16777619u;
	return h;
}

/* a frequent word case-folded and NFC, in plain malloc (the table lives as long as the process) */
static char *
fold_word(const char *w)
{
	int			n;
	char	   *f;
	CdAllocator saved = cd_allocator;

	cd_allocator = (CdAllocator) {malloc, realloc, free};
	f = cd_fold_string(w, &n);
	cd_allocator = saved;
	return f;
}

/* the slot of a word in the table: where it is, or the free one where it goes */
static uint32_t
slot_of(const Entry *tab, const char *w)
{
	uint32_t	h = hash_word(w, (int) strlen(w)) & (HSIZE - 1);

	while (tab[h].word && strcmp(tab[h].word, w) != 0)
		h = (h + 1) & (HSIZE - 1);
	return h;
}

static bool
build(void)
{
	Entry	   *tab;

	if (table)
		return true;
	tab = calloc(HSIZE, sizeof(Entry));
	letter_cp = calloc(1024, sizeof(UChar32));
	letter_langs = calloc(1024, sizeof(uint32_t));
	if (!tab || !letter_cp || !letter_langs)
		return false;
	for (int l = 0; l < cd_nlangs; l++)
	{
		const CdLang *L = &cd_langs[l];

		for (int k = 0; L->stopwords[k]; k++)
		{
			char	   *f = fold_word(L->stopwords[k]);
			uint32_t	h;

			if (!f)
				return false;
			h = slot_of(tab, f);
			if (tab[h].word)
				free(f);
			else
			{
				tab[h].word = f;
				tab[h].len = (uint32_t) strlen(f);
			}
			tab[h].langs |= 1u << l;
		}
		add_scripts(l, L->scripts);
		for (size_t i = 0, n = strlen(L->letters); i < n;)
		{
			UChar32		c = cd_next(L->letters, n, &i);
			int			k;

			for (k = 0; k < nletters && letter_cp[k] != c; k++)
				;
			if (k == nletters)
			{
				if (nletters >= 1024)
					break;
				letter_cp[nletters++] = c;
			}
			letter_langs[k] |= 1u << l;
		}
	}
	/*
	 * Text that lost its diacritics ("cua", "duoc"): each frequent word is
	 * also known without them, unless that spelling is already a word of a
	 * language ("la", "de").
	 */
	for (int l = 0; l < cd_nlangs; l++)
	{
		const CdLang *L = &cd_langs[l];

		for (int k = 0; L->stopwords[k]; k++)
		{
			char		bare[MAX_WORD * 4 + 4];
			char	   *f = fold_word(L->stopwords[k]);
			bool		stripped;
			uint32_t	h;

			if (!f)
				return false;
			stripped = cd_strip_latin(f, bare, sizeof(bare));
			free(f);
			if (!stripped)
				continue;
			h = slot_of(tab, bare);
			if (tab[h].word)
			{
				/* a word of its own in some language: no evidence of this one */
				if (!(tab[h].langs & (1u << 31)))
					continue;
			}
			else if (!(tab[h].word = strdup(bare)))
				return false;
			else
				tab[h].len = (uint32_t) strlen(bare);
			/* bit 31: a stripped spelling (no language has 32 languages) */
			tab[h].langs |= (1u << l) | (1u << 31);
		}
	}
	script_bmp = calloc(0x10000, 1);
	if (script_bmp)
		for (UChar32 c = 0x0370; c < 0x10000; c++)
			script_bmp[c] = (uint8_t) (script_of_icu(c) + 1);
	letter_direct = calloc(LETTER_DIRECT, sizeof(uint32_t));
	if (letter_direct)
		for (int k = 0; k < nletters; k++)
			if (letter_cp[k] < LETTER_DIRECT)
				letter_direct[letter_cp[k]] = letter_langs[k];
	table = tab;
	return true;
}

#define HASH_INIT 2166136261u
#define HASH_STEP(h, b) (((h) ^ (unsigned char) (b)) * 16777619u)

/* look up the word w of n bytes whose hash_word is hw */
static uint32_t
lookup_h(const char *w, int n, uint32_t hw)
{
	uint32_t	h = hw & (HSIZE - 1);

	while (table[h].word)
	{
		if (table[h].len == (uint32_t) n && memcmp(table[h].word, w, n) == 0)
			return table[h].langs;
		h = (h + 1) & (HSIZE - 1);
	}
	return 0;
}

static uint32_t
letter_lookup(UChar32 c)
{
	if (c < LETTER_DIRECT && letter_direct)
		return letter_direct[c];
	for (int k = 0; k < nletters; k++)
		if (letter_cp[k] == c)
			return letter_langs[k];
	return 0;
}

static const CdLang *detect(const char *s, size_t len, bool strict);

/* a clear winner: many hits, three times the runner-up, frequent enough */
static bool
decided(const double *score, int words)
{
	double		best = 0,
				second = 0;

	for (int l = 0; l < cd_nlangs; l++)
	{
		if (score[l] > best)
		{
			second = best;
			best = score[l];
		}
		else if (score[l] > second)
			second = score[l];
	}
	return best >= 60 && best >= 3 * second && best >= 0.25 * words;
}

/*
 * Detection reads the start of the text only: NFC-normalise (when needed)
 * that much, cut at a space, so that decomposed text (NFD) reads the same as
 * composed text.
 */
#define DETECT_MAX_BYTES (256 * 1024)

static const CdLang *
detect_any(const char *s, size_t len, bool strict)
{
	CdText		t;
	const CdLang *L;

	if (len > DETECT_MAX_BYTES)
	{
		size_t		cut = DETECT_MAX_BYTES;

		while (cut > DETECT_MAX_BYTES / 2 && s[cut] != ' ' && s[cut] != '\n')
			cut--;
		while (cut > 0 && (((unsigned char) s[cut]) & 0xC0) == 0x80)
			cut--;
		len = cut;
	}
	if (!cd_text_init(&t, s, len))
		return NULL;
	L = detect(t.s, t.len, strict);
	cd_text_free(&t);
	return L;
}

const CdLang *
cd_detect_language(const char *s, size_t len)
{
	return detect_any(s, len, true);
}

const CdLang *
cd_guess_language(const char *s, size_t len)
{
	return detect_any(s, len, false);
}

const CdLang *
cd_guess_language_nfc(const char *s, size_t len)
{
	return detect(s, len, false);
}

/* the state of one detection pass */
typedef struct Det
{
	double		score[32];
	int			hits,
				words;
	char		w[MAX_WORD * 4 + 4];
	int			wn;
	uint32_t	wh;				/* hash_word of w[0..wn) */
	bool		toolong,
				wscript;		/* the word has letters of a marking script */
} Det;

/* add a folded letter to the word being read, scoring letters and scripts */
static void
add_letter(Det *d, UChar32 f)
{
	uint32_t	lb;
	int			sk;

	if (f >= 0x80 && (lb = letter_lookup(f)) != 0)
		for (; lb; lb &= lb - 1)
			d->score[__builtin_ctz(lb)] += 0.25;
	if ((sk = script_of(f)) >= 0)
	{
		for (int l = 0; l < cd_nlangs; l++)
			d->score[l] += script_weight[sk][l];
		d->wscript = true;
	}
	if (d->wn < MAX_WORD * 4)
	{
		int			n = cd_put(d->w + d->wn, f);

		for (int k = 0; k < n; k++)
			d->wh = HASH_STEP(d->wh, d->w[d->wn + k]);
		d->wn += n;
	}
	else
		d->toolong = true;
}

/* the word read is complete (c: the character after it) */
static void
end_word(Det *d, UChar32 c)
{
	uint32_t	lb = d->toolong ? 0 : lookup_h(d->w, d->wn, d->wh);

	/* "r." (Polish "rok") keeps its dot */
	if (!lb && c == '.' && d->wn < MAX_WORD * 4)
	{
		d->w[d->wn] = '.';
		lb = lookup_h(d->w, d->wn + 1, HASH_STEP(d->wh, '.'));
	}
	/* numbers are in every language: they count as no word */
	if (!(d->w[0] >= '0' && d->w[0] <= '9'))
		d->words++;
	/* a word in a script of its own (Hangul, Cyrillic, Han) is evidence too */
	if (lb || d->wscript)
		d->hits++;
	/* bit 31 marks a stripped spelling, not a language */
	for (lb &= ~(1u << 31); lb; lb &= lb - 1)
		d->score[__builtin_ctz(lb)] += 1.0;
	d->wn = 0;
	d->wh = HASH_INIT;
	d->toolong = false;
	d->wscript = false;
}

static const CdLang *
detect(const char *s, size_t len, bool strict)
{
	Det			d;
	double	   *score = d.score;
	int			best = -1,
				second = -1;
	size_t		i = 0;

	if (!build())
		return NULL;
	memset(&d, 0, sizeof(d));
	d.wh = HASH_INIT;
	while (i <= len && d.words < CD_DETECT_MAX_WORDS)
	{
		UChar32		c;

		/* an ASCII letter or digit: lower-cased into the word, nothing else to score */
		if (i < len && (unsigned char) s[i] < 0x80)
		{
			unsigned char u = (unsigned char) s[i];

			if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z'))
			{
				char		f = (char) ((u >= 'A' && u <= 'Z') ? u + 32 : u);

				if (d.wn < MAX_WORD * 4)
				{
					d.w[d.wn++] = f;
					d.wh = HASH_STEP(d.wh, f);
				}
				else
					d.toolong = true;
				if (++i >= len)
					break;
				continue;
			}
		}
		c = i < len ? cd_next(s, len, &i) : ' ';

		if (i >= len && c != ' ')
			i = len;
		if (cd_is_word(c) || c == '\'' || c == 0x2019)
		{
			UChar32		f = cd_fold_cp(c);
			/* Han and Hiragana write words without spaces: each character is a word */
			bool		alone = cd_cjk_class(c) == 1;

			if (f == 0x2019)
				f = '\'';
			if (alone && d.wn > 0)
				end_word(&d, c);
			add_letter(&d, f);
			if (alone)
				end_word(&d, ' ');
			/* French elision: "l'action" counts "l'" */
			else if (f == '\'' && d.wn <= 3)
			{
				uint32_t	lb2 = lookup_h(d.w, d.wn, d.wh);

				for (int l = 0; l < cd_nlangs; l++)
					if (lb2 & (1u << l))
						score[l] += 1.0;
				d.hits += lb2 != 0;
				d.wn = 0;
				d.wh = HASH_INIT;
			}
			if (i >= len)
				break;
			continue;
		}
		if (d.wn > 0)
		{
			end_word(&d, c);
			/* stop reading once the answer can no longer change much */
			if (d.words % 100 == 0 && d.words >= 300 && decided(score, d.words))
				break;
		}
		if (i >= len)
			break;
	}
	if (d.wn > 0)
		end_word(&d, ' ');
	for (int l = 0; l < cd_nlangs; l++)
	{
		if (best < 0 || score[l] > score[best])
		{
			second = best;
			best = l;
		}
		else if (second < 0 || score[l] > score[second])
			second = l;
	}
	if (!strict)
		return best >= 0 && score[best] > 0 ? &cd_langs[best] : NULL;
	/* too little evidence, or frequent words of no language in particular */
	if (best < 0 || d.hits < MIN_WORDS || score[best] < 0.15 * d.words ||
		(second >= 0 && score[best] < 1.25 * score[second]))
		return NULL;
	return &cd_langs[best];
}
