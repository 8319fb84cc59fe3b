/*
 * detect.c
 *		Language detection: one pass over (the start of) the text, stopping
 *		early once one language clearly leads; each word
 *		case-folded and looked up among every language's frequent words, each
 *		letter checked against the letters only some languages use.  Scores are
 *		data-driven (langdata.c); no language is special-cased here.
 */
#include "detect.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

#include "cdtext.h"

#define HBITS 12
#define HSIZE (1 << HBITS)
#define MAX_WORD 64
#define MIN_WORDS 6				/* fewer frequent-word hits than this: too short */

typedef struct Entry
{
	char	   *word;
	uint32_t	langs;			/* bit per language */
} Entry;

static Entry *table;
static UChar32 *letter_cp;
static uint32_t *letter_langs;
static int	nletters;

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
			int			n;
			char	   *f;
			uint32_t	h;
			CdAllocator saved = cd_allocator;

			cd_allocator = (CdAllocator) {malloc, realloc, free};
			f = cd_fold_string(L->stopwords[k], &n);
			cd_allocator = saved;
			if (!f)
				return false;
			h = hash_word(f, n) & (HSIZE - 1);
			while (tab[h].word && strcmp(tab[h].word, f) != 0)
				h = (h + 1) & (HSIZE - 1);
			if (tab[h].word)
				free(f);
			else
				tab[h].word = f;
			tab[h].langs |= 1u << l;
		}
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
	letter_direct = calloc(LETTER_DIRECT, sizeof(uint32_t));
	if (letter_direct)
		for (int k = 0; k < nletters; k++)
			if (letter_cp[k] < LETTER_DIRECT)
				letter_direct[letter_cp[k]] = letter_langs[k];
	table = tab;
	return true;
}

static uint32_t
lookup(const char *w, int n)
{
	uint32_t	h = hash_word(w, n) & (HSIZE - 1);

	while (table[h].word)
	{
		if ((int) strlen(table[h].word) == n && memcmp(table[h].word, w, n) == 0)
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

static const CdLang *
detect(const char *s, size_t len, bool strict)
{
	double		score[32] = {0};
	int			hits = 0,
				words = 0,
				best = -1,
				second = -1;
	char		w[MAX_WORD * 4 + 4];
	int			wn = 0;
	bool		toolong = false;
	size_t		i = 0;

	if (!build())
		return NULL;
	while (i <= len && words < CD_DETECT_MAX_WORDS)
	{
		UChar32		c = i < len ? cd_next(s, len, &i) : ' ';

		if (i >= len && c != ' ')
			i = len;
		if (cd_is_word(c) || c == '\'' || c == 0x2019)
		{
			UChar32		f = c < 0x80 ? ((c >= 'A' && c <= 'Z') ? c + 32 : c)
				: u_foldCase(c, U_FOLD_CASE_DEFAULT);
			uint32_t	lb;

			if (f == 0x2019)
				f = '\'';
			if (f >= 0x80 && (lb = letter_lookup(f)) != 0)
				for (int l = 0; l < cd_nlangs; l++)
					if (lb & (1u << l))
						score[l] += 0.25;
			if (wn < MAX_WORD * 4)
				wn += cd_put(w + wn, f);
			else
				toolong = true;
			/* French elision: "l'action" counts "l'" */
			if (f == '\'' && wn <= 3)
			{
				uint32_t	lb2 = lookup(w, wn);

				for (int l = 0; l < cd_nlangs; l++)
					if (lb2 & (1u << l))
						score[l] += 1.0;
				hits += lb2 != 0;
				wn = 0;
			}
			continue;
		}
		if (wn > 0)
		{
			uint32_t	lb = toolong ? 0 : lookup(w, wn);

			/* "r." (Polish "rok") keeps its dot */
			if (!lb && c == '.' && wn < MAX_WORD * 4)
			{
				w[wn] = '.';
				lb = lookup(w, wn + 1);
			}
			/* numbers are in every language: they count as no word */
			if (!(w[0] >= '0' && w[0] <= '9'))
				words++;
			if (lb)
			{
				hits++;
				for (int l = 0; l < cd_nlangs; l++)
					if (lb & (1u << l))
						score[l] += 1.0;
			}
			/* stop reading once the answer can no longer change much */
			if (words % 100 == 0 && words >= 300 && decided(score, words))
				break;
		}
		wn = 0;
		toolong = false;
		if (i >= len)
			break;
	}
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
	if (best < 0 || hits < MIN_WORDS || score[best] < 0.15 * words ||
		(second >= 0 && score[best] < 1.25 * score[second]))
		return NULL;
	return &cd_langs[best];
}
