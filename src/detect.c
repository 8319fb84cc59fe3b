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
				langs,			/* bit per language */
				hash;			/* hash_word(word) */
} Entry;

static Entry *table;
static UChar32 *letter_cp;
static uint32_t *letter_langs;
static int	nletters;

/* scripts that mark languages (langdata.c `scripts`), with a weight per language */
#define MAX_SCRIPTS 16
static UScriptCode script_code[MAX_SCRIPTS];
static double script_weight[MAX_SCRIPTS][32];
static uint32_t script_langs[MAX_SCRIPTS];	/* bit per language whose weight is not 0 */
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
		if (script_weight[k][l] != 0)
			script_langs[k] |= 1u << l;
		else
			script_langs[k] &= ~(1u << l);
	}
}

/*
 * The marking script of each code point below 0x10000 plus one (0: none),
 * made with the word table and filled a block of 256 code points at a
 * time, when one of the block is first asked for (SCRIPT_UNSET before)
 */
static uint8_t *script_bmp;

#define SCRIPT_UNSET 0xFF

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

/* fill the block of c in script_bmp; c's entry */
static CD_NOINLINE uint8_t
script_block(UChar32 c)
{
	UChar32		b = c & ~0xFF;

	for (UChar32 k = b; k < b + 0x100; k++)
		script_bmp[k] = (uint8_t) (script_of_icu(k) + 1);
	return script_bmp[c];
}

static inline int
script_of(UChar32 c)
{
	if (c < 0x0370)
		return -1;
	if (c < 0x10000 && script_bmp)
	{
		uint8_t		v = script_bmp[c];

		return (int) (v == SCRIPT_UNSET ? script_block(c) : v) - 1;
	}
	return script_of_icu(c);
}

/* letters below U+2000 (Latin, Devanagari, ...) by direct index */
#define LETTER_DIRECT 0x2000
static uint32_t *letter_direct;

/*
 * What detection reads of each code point below DET_TAB_END, in one load:
 * built once with the word table (NULL: not built, each character is then
 * asked as it comes)
 */
#define DET_TAB_END 0x3000
typedef struct DetCp
{
	uint8_t		u8[3];			/* UTF-8 of the folded code point (U+2019: '\'') */
	uint8_t		n;				/* its bytes; 0: no part of a word */
	uint8_t		alone;			/* a word of its own (cd_cjk_class 1) */
	int8_t		script;			/* marking script of the folded code point, or -1 */
	uint16_t	letter;			/* letter_langs index + 1 of the folded code point, or 0 */
} DetCp;
static DetCp *det_tab;

/* ASCII letters and digits lower-cased, by byte (0: none) */
static unsigned char det_ascii[256];

/*
 * The hash of the n bytes at w, eight at a time: w must be readable up to n
 * rounded up to eight, and zero from n on (its value only places a word in
 * the table, so it need not be the same from one machine to another)
 */
static inline uint32_t
hash_padded(const char *w, int n)
{
	uint64_t	h = (uint64_t) n;

	/* (the top bits of a product depend on every bit of what was multiplied) */
	for (int k = 0; k < n; k += 8)
	{
		uint64_t	x;

		memcpy(&x, w + k, 8);
		h = (h ^ x) * UINT64_C(0x9e3779b97f4a7c15);
	}
	return (uint32_t) (h >> 32);
}

/* the first slot of a word of hash hw: its top bits */
#define SLOT(hw) ((hw) >> (32 - HBITS))

/* hash_padded of a string (a word of the table) */
static uint32_t
hash_word(const char *w, int n)
{
	char		buf[512];

	/* (no word read is this long: any hash will do) */
	if (n > (int) sizeof(buf) - 8)
		n = (int) sizeof(buf) - 8;
	memset(buf, 0, sizeof(buf));
	memcpy(buf, w, (size_t) n);
	return hash_padded(buf, n);
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
	uint32_t	h = SLOT(hash_word(w, (int) strlen(w)));

	while (tab[h].word && strcmp(tab[h].word, w) != 0)
		h = (h + 1) & (HSIZE - 1);
	return h;
}

/* the code points below DET_TAB_END as detect() reads them (NULL: no memory) */
static DetCp *
det_table(void)
{
	DetCp	   *dt = calloc(DET_TAB_END, sizeof(DetCp));
	uint16_t   *letter_at = calloc(DET_TAB_END, sizeof(uint16_t));	/* letter_cp index + 1 */

	if (!dt || !letter_at)
	{
		free(dt);
		free(letter_at);
		return NULL;
	}
	for (int k = 0; k < nletters; k++)
		if (letter_cp[k] >= 0 && letter_cp[k] < DET_TAB_END)
			letter_at[letter_cp[k]] = (uint16_t) (k + 1);
	for (UChar32 c = 0; c < DET_TAB_END; c++)
	{
		UChar32		f;
		char		u[4];
		int			n,
					k;

		if (!(cd_is_word(c) || c == '\'' || c == 0x2019))
			continue;
		f = cd_fold_cp(c);
		if (f == 0x2019)
			f = '\'';
		n = cd_put(u, f);
		if (n > 3)
		{
			/* (no such folding below DET_TAB_END; a table that cannot say it is not used) */
			free(dt);
			free(letter_at);
			return NULL;
		}
		memcpy(dt[c].u8, u, (size_t) n);
		dt[c].n = (uint8_t) n;
		dt[c].alone = cd_cjk_class(c) == 1;
		dt[c].script = (int8_t) script_of(f);
		if (f >= 0x80 && f < DET_TAB_END)
			dt[c].letter = letter_at[f];
		else if (f >= 0x80)
			for (k = 0; k < nletters; k++)
				if (letter_cp[k] == f)
				{
					dt[c].letter = (uint16_t) (k + 1);
					break;
				}
	}
	free(letter_at);
	return dt;
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
				tab[h].hash = hash_word(f, (int) tab[h].len);
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
			{
				tab[h].len = (uint32_t) strlen(bare);
				tab[h].hash = hash_word(bare, (int) tab[h].len);
			}
			/* bit 31: a stripped spelling (no language has 32 languages) */
			tab[h].langs |= (1u << l) | (1u << 31);
		}
	}
	if ((script_bmp = malloc(0x10000)) != NULL)
		memset(script_bmp, SCRIPT_UNSET, 0x10000);
	letter_direct = calloc(LETTER_DIRECT, sizeof(uint32_t));
	if (letter_direct)
		for (int k = 0; k < nletters; k++)
			if (letter_cp[k] < LETTER_DIRECT)
				letter_direct[letter_cp[k]] = letter_langs[k];
	for (int u = 0; u < 128; u++)
		if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
			det_ascii[u] = (unsigned char) u;
		else if (u >= 'A' && u <= 'Z')
			det_ascii[u] = (unsigned char) (u + 32);
	table = tab;
	det_tab = det_table();
	return true;
}

/*
 * Look up the word w of n bytes (w has room for eight bytes more, which
 * are cleared here)
 */
static inline uint32_t
lookup_w(char *w, int n)
{
	uint32_t	hw,
				h;

	memset(w + n, 0, 8);
	hw = hash_padded(w, n);
	h = SLOT(hw);

	while (table[h].word)
	{
		if (table[h].hash == hw && table[h].len == (uint32_t) n &&
			memcmp(table[h].word, w, n) == 0)
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
 * Detection reads the start of the text only (CD_DETECT_MAX_BYTES):
 * NFC-normalise (when needed) that much, cut at a space, so that decomposed
 * text (NFD) reads the same as composed text.
 */
#define DETECT_MAX_BYTES CD_DETECT_MAX_BYTES

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
cd_detect_language_nfc(const char *s, size_t len)
{
	return detect(s, len, true);
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
	char		w[MAX_WORD * 4 + 16];	/* (room for a '.' and lookup_w's eight) */
	int			wn;
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
		/* (adding a weight of 0 changes no score: only the others are added) */
		for (uint32_t sb = script_langs[sk]; sb; sb &= sb - 1)
			d->score[__builtin_ctz(sb)] += script_weight[sk][__builtin_ctz(sb)];
		d->wscript = true;
	}
	if (d->wn < MAX_WORD * 4)
	{
		d->wn += cd_put(d->w + d->wn, f);
	}
	else
		d->toolong = true;
}

/* add_letter() for a character read from det_tab */
static inline void
add_letter_tab(Det *d, const DetCp *e)
{
	if (e->letter)
		for (uint32_t lb = letter_langs[e->letter - 1]; lb; lb &= lb - 1)
			d->score[__builtin_ctz(lb)] += 0.25;
	if (e->script >= 0)
	{
		/* (adding a weight of 0 changes no score: only the others are added) */
		for (uint32_t lb = script_langs[e->script]; lb; lb &= lb - 1)
			d->score[__builtin_ctz(lb)] += script_weight[e->script][__builtin_ctz(lb)];
		d->wscript = true;
	}
	if (d->wn < MAX_WORD * 4)
	{
		/* (the fourth byte, past the letter, is overwritten or cleared) */
		memcpy(d->w + d->wn, e->u8, 4);
		d->wn += e->n;
	}
	else
		d->toolong = true;
}

/* the word read is complete (c: the character after it) */
static CD_ALWAYS_INLINE void
end_word(Det *d, UChar32 c)
{
	uint32_t	lb = d->toolong ? 0 : lookup_w(d->w, d->wn);

	/* "r." (Polish "rok") keeps its dot */
	if (!lb && c == '.' && d->wn < MAX_WORD * 4)
	{
		d->w[d->wn] = '.';
		lb = lookup_w(d->w, d->wn + 1);
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
	d->toolong = false;
	d->wscript = false;
}

/* end_word() where a word seldom ends (kept out of line: the common case is inlined) */
static void
end_word_out(Det *d, UChar32 c)
{
	end_word(d, c);
}

/* French elision: "l'action" counts "l'" (the word read ends with the apostrophe) */
static void
elision(Det *d)
{
	uint32_t	lb2 = lookup_w(d->w, d->wn);

	for (int l = 0; l < cd_nlangs; l++)
		if (lb2 & (1u << l))
			d->score[l] += 1.0;
	d->hits += lb2 != 0;
	d->wn = 0;
}

static const CdLang *
detect(const char *s, size_t len, bool strict)
{
	Det			d;
	double	   *score = d.score;
	int			best = -1,
				second = -1;
	size_t		i = 0;
	const unsigned char *us = (const unsigned char *) s;
	const DetCp *dt;

	if (!build())
		return NULL;
	dt = det_tab;
	memset(&d, 0, sizeof(d));
	while (i <= len && d.words < CD_DETECT_MAX_WORDS)
	{
		UChar32		c;
		const DetCp *e = NULL;

		if (i < len && us[i] < 0x80)
		{
			unsigned char u = us[i];

			if (det_ascii[u])
			{
				/*
				 * A run of ASCII letters and digits: lower-cased into the
				 * word, nothing else to score
				 */
				int			wn = d.wn;

				if (wn < MAX_WORD * 4)
				{
					size_t		lim = i + (size_t) (MAX_WORD * 4 - wn);

					if (lim > len)
						lim = len;
					do
					{
						d.w[wn++] = (char) det_ascii[u];
						i++;
					} while (i < lim && det_ascii[u = us[i]]);
				}
				/* more than the word has room for */
				while (i < len && det_ascii[us[i]])
				{
					d.toolong = true;
					i++;
				}
				d.wn = wn;
				if (i >= len)
					break;
				continue;
			}
			c = u;
			i++;
			if (dt)
				e = &dt[u];
		}
		else if (i < len)
		{
			unsigned char u = us[i];

			/* below DET_TAB_END, decoded as cd_next decodes it: from the table */
			if (dt && u <= 0xDF)
			{
				if (u >= 0xC2 && i + 1 < len && (us[i + 1] & 0xC0) == 0x80)
				{
					c = ((u & 0x1F) << 6) | (us[i + 1] & 0x3F);
					e = &dt[c];
					i += 2;
				}
			}
			else if (dt && u <= 0xE2 && i + 2 < len &&
					 (us[i + 1] & 0xC0) == 0x80 && (us[i + 2] & 0xC0) == 0x80)
			{
				c = ((u & 0x0F) << 12) | ((us[i + 1] & 0x3F) << 6) | (us[i + 2] & 0x3F);
				if (c >= 0x800)
				{
					/* (below 0x3000: no surrogate) */
					e = &dt[c];
					i += 3;
				}
			}
			if (!e)
				c = cd_next(s, len, &i);
		}
		else
			c = ' ';

		if (e)
		{
			if (e->n)
			{
				/* as below */
				if (e->alone && d.wn > 0)
					end_word_out(&d, c);
				add_letter_tab(&d, e);
				if (e->alone)
					end_word_out(&d, ' ');
				else if (e->n == 1 && e->u8[0] == '\'' && d.wn <= 3)
					elision(&d);
				if (i >= len)
					break;
				continue;
			}
		}
		else if (cd_is_word(c) || c == '\'' || c == 0x2019)
		{
			UChar32		f = cd_fold_cp(c);
			/* Han and Hiragana write words without spaces: each character is a word */
			bool		alone = cd_cjk_class(c) == 1;

			if (f == 0x2019)
				f = '\'';
			if (alone && d.wn > 0)
				end_word_out(&d, c);
			add_letter(&d, f);
			if (alone)
				end_word_out(&d, ' ');
			/* French elision: "l'action" counts "l'" */
			else if (f == '\'' && d.wn <= 3)
				elision(&d);
			if (i >= len)
				break;
			continue;
		}
		if (d.wn > 0)
		{
			end_word(&d, c);
			/*
			 * stop reading once the answer can no longer change much (not
			 * before a hundred words: a heading or a line in another
			 * language, above all in a script that scores each letter,
			 * would decide alone)
			 */
			if (d.words >= 100 && d.words % 50 == 0 && decided(score, d.words))
				break;
		}
		if (i >= len)
			break;
	}
	if (d.wn > 0)
		end_word_out(&d, ' ');
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
