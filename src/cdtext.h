/*
 * cdtext.h
 *		Text plumbing of the scanner core (plain C + ICU): allocation hooks,
 *		UTF-8 decoding, NFC preparation with offsets back to the input,
 *		case-folded context windows and cue matching.
 */
#ifndef CLUSTERDATA_CDTEXT_H
#define CLUSTERDATA_CDTEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <unicode/utypes.h>

#include "langdata.h"

/* ---- allocation: malloc by default; the SQL layer plugs in palloc ---- */
typedef struct CdAllocator
{
	void	   *(*alloc) (size_t size);
	void	   *(*realloc) (void *ptr, size_t size);
	void		(*free) (void *ptr);
} CdAllocator;

extern CdAllocator cd_allocator;

#define cd_alloc(n) (cd_allocator.alloc(n))
#define cd_realloc(p, n) (cd_allocator.realloc((p), (n)))
#define cd_free(p) (cd_allocator.free(p))

/*
 * Called now and then in the loops over a text's words and numbers, so that
 * a server can take a cancel or a statement timeout there (it may not
 * return); NULL: nothing.  Never called while a language's tables are made.
 */
extern void (*cd_interrupt_hook) (void);
static inline void
cd_interrupt_point(void)
{
	if (cd_interrupt_hook)
		cd_interrupt_hook();
}

/* ---- UTF-8 ---- */

/* Decode the code point at s[*i] (i < len), advancing *i; invalid bytes give U+FFFD. */
static inline UChar32
cd_next(const char *s, size_t len, size_t *i)
{
	const unsigned char *u = (const unsigned char *) s;
	unsigned char c = u[*i];
	UChar32		cp;
	int			n;

	if (c < 0x80)
	{
		(*i)++;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF)
	{
		cp = c & 0x1F;
		n = 1;
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		cp = c & 0x0F;
		n = 2;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		cp = c & 0x07;
		n = 3;
	}
	else
	{
		(*i)++;
		return 0xFFFD;
	}
	if (*i + n >= len)
	{
		(*i)++;
		return 0xFFFD;
	}
	for (int k = 1; k <= n; k++)
	{
		if ((u[*i + k] & 0xC0) != 0x80)
		{
			(*i)++;
			return 0xFFFD;
		}
		cp = (cp << 6) | (u[*i + k] & 0x3F);
	}
	*i += n + 1;
	if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
		(cp >= 0xD800 && cp <= 0xDFFF))
		return 0xFFFD;
	return cp;
}

/* Start of the code point before byte position i (i > 0). */
static inline size_t
cd_prev_start(const char *s, size_t i)
{
	size_t		k = i - 1;

	while (k > 0 && i - k < 4 && (((unsigned char) s[k]) & 0xC0) == 0x80)
		k--;
	return k;
}

/*
 * Are n bytes at a and b the same?  For the short strings of cue matching,
 * where a mismatch is mostly in the first bytes: a loop, not a call.
 */
static inline bool
cd_same_bytes(const char *a, const char *b, int n)
{
	for (int k = 0; k < n; k++)
		if (a[k] != b[k])
			return false;
	return true;
}

/* Encode cp as UTF-8 into out (4 bytes room); returns the length. */
static inline int
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

/*
 * Simple case folding (ICU u_foldCase, default options): from a table of
 * the BMP once a text has been prepared (cd_text_init makes it; its blocks
 * of 256 code points are filled when first asked: 0, a block not filled
 * or a folding outside the BMP, goes to cd_fold_slow), else ICU.
 */
extern const uint16_t *cd_fold_bmp;
UChar32		cd_fold_slow(UChar32 c);

static inline UChar32
cd_fold_cp(UChar32 c)
{
	if (c < 0x80)
		return (c >= 'A' && c <= 'Z') ? c + 32 : c;
	if (c < 0x10000 && cd_fold_bmp && cd_fold_bmp[c])
		return cd_fold_bmp[c];
	return cd_fold_slow(c);
}

/* letter, digit or combining mark (part of a word) */
bool		cd_is_word_slow(UChar32 c);

/* a decimal digit (u_isdigit: general category Nd), from a table in the BMP */
bool		cd_is_digit(UChar32 c);

static inline bool
cd_is_word(UChar32 c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	return cd_is_word_slow(c);
}

/*
 * A character of a script written without spaces between words (Han,
 * Hiragana, Katakana; Thai, Lao, Myanmar, Khmer): a word boundary lies on
 * either side of it, so cue matching and number scanning never wait for a
 * space there, and a language in such a script is data only (its cues are
 * cut into characters as its text is).
 * Returns 1 for Han, Hiragana and the Southeast Asian scripts (one
 * character, one token), 2 for Katakana (a run of it is one token: a
 * loanword or a transcribed name), else 0.
 */
static inline int
cd_cjk_class(UChar32 c)
{
	if (c < 0x3005)
	{
		/*
		 * The scripts of Southeast Asia written without spaces between words
		 * (Thai, Lao, Myanmar, Khmer): each character, as Han; their digits
		 * are digits
		 */
		if (c < 0x0E01)
			return 0;
		if ((c <= 0x0E4F || (c >= 0x0E5A && c <= 0x0E5B)) ||
			(c >= 0x0E81 && c <= 0x0ECF && !(c >= 0x0ED0 && c <= 0x0ED9)) ||
			(c >= 0x1000 && c <= 0x103F) || (c >= 0x1050 && c <= 0x108F) ||
			(c >= 0x1780 && c <= 0x17DF))
			return 1;
		return 0;
	}
	if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
		(c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) ||
		(c >= 0x3040 && c <= 0x309F) || c == 0x3005 || c == 0x3007)
		return 1;
	if ((c >= 0x30A0 && c <= 0x30FF && c != 0x30FB) || (c >= 0x31F0 && c <= 0x31FF) ||
		(c >= 0xFF66 && c <= 0xFF9F))
		return 2;
	return 0;
}

/*
 * Classes of word characters for cutting words: 1 Han and Hiragana (a word
 * each), 2 Katakana, 3 ASCII digits, 4 letters of scripts other than Latin
 * (Hangul, Cyrillic, ...), 0 the rest (Latin letters, marks).
 */
static inline int
cd_word_class(UChar32 c)
{
	int			k = cd_cjk_class(c);

	if (k)
		return k;
	if (c >= '0' && c <= '9')
		return 3;
	if (c >= 0x0370 && !(c >= 0x1E00 && c <= 0x1EFF))
		return 4;
	return 0;
}

/*
 * Does a word end between characters of classes prev and cls?  Around a Han
 * or Hiragana character, at a change into or out of Katakana, and between
 * digits and letters of a non-Latin script ("3470건", "제4경쟁"); not inside
 * Latin words with digits ("H5N1").
 */
static inline bool
cd_word_break(int prev, int cls)
{
	if (prev == 1 || cls == 1)
		return true;
	if ((prev == 2) != (cls == 2))
		return true;
	return (prev == 3 && cls == 4) || (prev == 4 && cls == 3);
}

/* part of a word for boundary tests: a word character outside the spaceless scripts */
static inline bool
cd_is_word_b(UChar32 c)
{
	return cd_is_word(c) && (c < 0x0E01 || cd_cjk_class(c) == 0);
}

/* does c end a sentence (ICU Sentence_Terminal: '.', the danda, '。', ...)? */
bool		cd_sentence_term(UChar32 c);

/* white space, including no-break and narrow no-break space */
static inline bool
cd_is_space(UChar32 c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x00A0 || c == 0x202F ||
		c == 0x2009 || c == 0x2007 || c == 0x3000 || c == '\f' || c == '\v';
}

/* for a function a hot loop needs inline (GCC and Clang) */
#ifdef __GNUC__
#define CD_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define CD_ALWAYS_INLINE inline
#endif

/* eight bytes read as a little-endian word: byte k of them is bits 8k..8k+7 */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define CD_LANES_LE 1
#endif

/*
 * n bytes of s (n <= 8) placed at byte `at` of eight bytes in memory order,
 * the others zero, and the mask of those n: what an eight-byte load of a
 * window or key is compared with (v == (load & mask))
 */
static inline void
cd_bytes8(const char *s, int n, int at, uint64_t *v, uint64_t *mask)
{
	unsigned char b[8] = {0},
				m[8] = {0};

	for (int k = 0; k < n; k++)
	{
		b[at + k] = (unsigned char) s[k];
		m[at + k] = 0xFF;
	}
	memcpy(v, b, 8);
	memcpy(mask, m, 8);
}

/* for a function of its own in profiles, called once a long stretch */
#ifdef __GNUC__
#define CD_NOINLINE __attribute__((noinline))
#else
#define CD_NOINLINE
#endif

/* ---- input preparation ---- */

/*
 * The scanner works on NFC text.  Input that may not be NFC (it holds
 * combining diacritics) is normalised segment by segment, keeping for each
 * output character the offset of the input character it came from.
 */
typedef struct CdText
{
	const char *s;				/* NFC UTF-8 (the input itself, or `owned`) */
	size_t		len;
	const char *in_s;			/* the caller's input */
	size_t		in_len;
	char	   *owned;

	/*
	 * With normalisation: the input character index where the segment of
	 * each NFC character starts, as a 32-bit base per block of 64 characters
	 * and a 16-bit offset per character (segments are at most CD_SEG_MAX * 2
	 * characters, so an offset stays under 64 * 60).  NULL: the input was NFC.
	 */
	int32_t    *map_base;
	uint16_t   *map_off;
	int32_t		map_len;		/* NFC characters */
	int32_t		in_chars;		/* input characters */
	/* byte offset of every CD_IN_STEP-th input character, and a moving cursor */
	uint32_t   *in_step;
	int32_t		in_cur_char;
	size_t		in_cur_byte;
	/*
	 * char offset bookkeeping (byte -> char index): a moving checkpoint, and
	 * the characters before every CD_CK_STEP-th byte (built on first use;
	 * facts come out of text order)
	 */
	size_t		ck_byte;
	int32_t		ck_char;
	int32_t    *ck_step;
	bool		ck_nostep;		/* the table could not be allocated */

	/*
	 * The windows' folding of a stretch of the text, made as the scanner
	 * moves on (cdtext.c, win_view): fold[k] is source byte fold_from + k,
	 * folded byte for byte where a window would hold the same bytes, 0xFF
	 * where it would not.  NULL until a window is asked for.
	 */
	char	   *fold;
	size_t		fold_from;
	size_t		fold_to;
	size_t		fold_last;		/* where the last window began */
} CdText;

#define CD_CK_STEP 256

#define CD_MAP_BLOCK 64
#define CD_IN_STEP 1024

/* longest run of combining marks normalised as one segment */
#define CD_SEG_MAX 30

/* Returns false on an ICU failure (text unusable). */
bool		cd_text_init(CdText *t, const char *s, size_t len);
void		cd_text_free(CdText *t);

/* character offset, in the caller's input, of byte position b of t->s (a span start) */
int32_t		cd_text_char(CdText *t, size_t b);
/* characters (bytes that are not UTF-8 continuation bytes) in s[from, to) */
int32_t		cd_chars_between(const char *s, size_t from, size_t to);

/*
 * The same for a span end: when b falls inside what was one segment of the
 * input (a digit and the combining mark after it), the end moves past it.
 */
int32_t		cd_text_char_end(CdText *t, size_t b);

/*
 * The bytes of the caller's input behind a span (prepared bytes
 * bstart..bend, input characters cstart..cend), so that a span's text is cut
 * from the input as given, not from its NFC form.
 */
void		cd_text_input_span(CdText *t, size_t bstart, size_t bend, int32_t cstart,
							   int32_t cend, size_t *istart, size_t *iend);

/* ---- case-folded cues and windows ---- */

typedef struct CdCueC
{
	char	   *text;			/* folded NFC UTF-8, without a trailing '*' */
	int			len;
	bool		prefix;			/* ended with '*' */
	int			value;
	const char *label;
	int			wlen;			/* bytes of its first word (up to ' ', '-' or '.') */
	int			headlen;		/* bytes before its last word (0: one word) */
	bool		word_end;		/* its last character is a word character */
	/*
	 * Its first and last bytes (up to eight) as eight bytes in memory order,
	 * and which of them count: a window's eight bytes masked and compared
	 * at once (head: the first at the start; tail: the last at the end)
	 */
	uint64_t	head,
				hmask,
				tail,
				tmask;
} CdCueC;

typedef struct CdCueList
{
	CdCueC	   *cues;
	int			n;
	/* bitmaps of bytes: a quick "no cue can match here" */
	uint8_t		first[32],		/* first byte of a cue */
				last[32],		/* last byte of a whole-word cue */
				prefix_lastword_first[32];	/* first byte of a prefix cue's last word */
	int			nprefix;
	bool		has_empty;
	uint8_t		maxlen_first[256];	/* bytes of the longest cue beginning with a byte (255 at most) */
	/*
	 * The cues by first byte, for matching at a window position: the indexes
	 * of the cues beginning with byte b are by_first[first_at[b] ..
	 * first_at[b + 1] - 1], longest first as in `cues` (NULL: no index, the
	 * list is short or has an empty cue)
	 */
	uint16_t   *by_first;
	uint16_t   *first_at;
	/*
	 * The same by last byte, for matching at a window's end: the whole-word
	 * cues only; the prefix cues' indexes in prefix_at, by the first byte
	 * of their last word (prefix_at[prefix_first_at[b] .. prefix_first_at[b
	 * + 1] - 1], in the list's order) (NULL: none, or no index)
	 */
	uint16_t   *by_last;
	uint16_t   *last_at;
	uint16_t   *prefix_at;
	uint16_t   *prefix_first_at;
	/*
	 * The cues as tries of their bytes, so that a window position is matched
	 * against every cue in one walk: `fwd` from the cues' first bytes, `rev`
	 * from their last (NULL: none; no trie when a cue is empty, no `rev`
	 * with a prefix cue)
	 */
	struct CdTrie *fwd,
			   *rev;
} CdCueList;

/*
 * Match windows through the lists' tries (true, the default) or cue by cue:
 * the two give the same answers (a unit test compares them)
 */
extern bool cd_cue_tries;

#define CD_BIT_SET(bits, b) ((bits)[(b) >> 3] |= (uint8_t) (1u << ((b) & 7)))
#define CD_BIT_TEST(bits, b) (((bits)[(b) >> 3] >> ((b) & 7)) & 1u)

/* compiled cue lists of a language */
typedef struct CdLangC
{
	const CdLang *lang;
	CdCueList	percent_words,
				qual_before,
				qual_after,
				ordinal_cues,
				code_cues,
				day_cues,
				months,
				month_prefix,
				ratio_words,
				units,
				change_before,
				change_after,
				year_words,
				year_after,
				number_words,
				scales,			/* scale words and the words around them (CD_SCALE_*) */
				counters,		/* counters of no unit of their own */
				units_before,	/* nouns before a number that give a counter's unit */
				percent_before; /* percent words before the number */
	uint32_t	number_word_initials;	/* bit per ASCII letter a..z: number and scale words */
	/*
	 * The words at_word may read as a number: by their ASCII initial a..z and
	 * their second byte (a..z, or CD_SPELL_OTHER for any other), bit n set
	 * when a number or scale word's first word may have n bytes there (a
	 * prefix scale word: n or more); see cd_may_spell
	 */
	uint32_t	spell_lengths[26][27];
	int			ordinal_cue_max;	/* bytes of the longest ordinal cue */
	bool		stripped;		/* the lists hold the cues without diacritics too */
} CdLangC;

#define CD_SPELL_OTHER 26

/* the class of a word's second byte in spell_lengths (ASCII letters of either case, or other) */
static inline int
cd_spell_class(unsigned char b)
{
	b = (b >= 'A' && b <= 'Z') ? (unsigned char) (b | 0x20) : b;
	return b >= 'a' && b <= 'z' ? b - 'a' : CD_SPELL_OTHER;
}

/*
 * A quick look: may the word of n bytes at w, an ASCII letter first, be a
 * number or scale word's first word?  (A word of one byte is in every
 * class.)
 */
static inline bool
cd_may_spell(const CdLangC *L, const char *w, size_t n)
{
	return n < 32 &&
		(L->spell_lengths[(w[0] | 0x20) - 'a']
		 [n >= 2 ? cd_spell_class((unsigned char) w[1]) : CD_SPELL_OTHER] & (1u << n)) != 0;
}

/*
 * The compiled languages: cd_langs_compiled() all of them (an array of
 * cd_nlangs), cd_lang_compiled() the one of an ISO code; each language is
 * compiled once, when first asked for, and lives as long as the process
 * (NULL on an ICU or memory failure, or for an unknown code)
 */
const CdLangC *cd_langs_compiled(void);
const CdLangC *cd_lang_compiled(const char *code);

/*
 * The same language with every cue also stripped of its Latin diacritics
 * ("trên" and "tren"), for text written without them (L itself on a failure).
 */
const CdLangC *cd_lang_stripped(const CdLangC *L);

/* the number scanner's lists users add words to (clusterdata.cue) */
enum
{
	CD_UL_UNITS,				/* role unit: value the index of its label */
	CD_UL_PERCENT,				/* role percent */
	CD_UL_QUAL_BEFORE,			/* role qualifier: value a CdQual */
	CD_UL_QUAL_AFTER,			/* role qualifier_after: value a CdQual */
	CD_UL_CHANGE_BEFORE,		/* role change */
	CD_UL_CHANGE_AFTER,			/* role change, value after */
	CD_UL_N
};

typedef struct CdUserWord
{
	const char *lang;
	int			list;			/* CD_UL_* */
	const char *text;
	int			value;			/* a qualifier's CdQual */
	const char *label;			/* a unit's label: one of cd_unit_labels (kept, not copied) */
} CdUserWord;

/*
 * The words users add to the scanner's lists (clusterdata.cue), in place of
 * those added before: copied; false when out of memory (the words in use
 * stay).
 */
bool		cd_set_user_words(const CdUserWord *words, int n);

/*
 * The language with the users' words beside its data's (L itself when
 * there are none; NULL when out of memory).  A parse reads this; numbers()
 * reads the data alone.
 */
const CdLangC *cd_lang_user(const CdLangC *L);

/* Latin diacritics removed ("điều tra" -> "dieu tra"); true when anything changed */
bool		cd_strip_latin(const char *in, char *out, size_t outsz);

/*
 * Is the text Latin script written without its diacritics (a foreign edition
 * that lost them)?  At least 80 letters, fewer than one in 500 accented,
 * and no letters of another script.
 */
bool		cd_text_unaccented(const CdText *t);

/* Fold a UTF-8 string (case fold + NFC) into a new cd_alloc'd string. */
char	   *cd_fold_string(const char *s, int *outlen);

#define CD_WIN_CHARS 24

/*
 * A case-folded copy of a stretch of text with white space collapsed to
 * one ' ', each byte remembering the input byte offset it came from.
 */
typedef struct CdWin
{
	char		b[CD_WIN_CHARS * 4 + 16];	/* (eight bytes can be read from any byte of it) */
	uint32_t	src[CD_WIN_CHARS * 4 + 8];	/* source byte offset of each byte */
	int			len;
	uint32_t	src_end;		/* source byte offset just past the window */
	bool		lin;			/* byte i came from source byte base + i (src unused) */
	uint32_t	base;
} CdWin;

/*
 * Make windows as copies of the text's folding where they are that (true,
 * the default) or each with win_fill: the two give the same windows (a
 * unit test and the scanner's fuzz target compare them)
 */
extern bool cd_win_views;

/*
 * A test hook: with a seed other than 0, a quarter of the window copies
 * fold a stretch of their own first, from 0..3 or 0..255 bytes before the
 * window to 0..3 bytes after it or further on (a stretch's edges are where
 * a copy can go wrong); 0, the default: off.  The fuzz targets and a unit
 * test compare such windows with windows made character by character.
 */
void		cd_win_jitter_start(uint32_t seed);

/* the window ending at byte `end` (trailing spaces dropped) */
void		cd_win_before(const CdText *t, size_t end, CdWin *w);
/* the window starting at byte `start` (leading spaces dropped) */
void		cd_win_after(const CdText *t, size_t start, CdWin *w);

/*
 * Does the window end with one of the cues (at a word boundary)?  Returns
 * the cue and sets *at to the window byte where the match starts.
 */
const CdCueC *cd_win_ends_with_any(const CdWin *w, const CdCueList *l, int wend, int *at);

static inline const CdCueC *
cd_win_ends_with(const CdWin *w, const CdCueList *l, int wend, int *at)
{
	/* (most calls end here: no cue ends with the byte, and no prefix cue could) */
	if (wend <= 0 || (l->nprefix == 0 && !l->has_empty &&
					  !CD_BIT_TEST(l->last, (unsigned char) w->b[wend - 1])))
		return NULL;
	return cd_win_ends_with_any(w, l, wend, at);
}

/*
 * Does the window, from byte `from`, start with one of the cues?  Returns
 * the cue and sets *end to the window byte just past the match.
 */
const CdCueC *cd_win_starts_with_any(const CdWin *w, int from, const CdCueList *l, int *end);

static inline const CdCueC *
cd_win_starts_with(const CdWin *w, int from, const CdCueList *l, int *end)
{
	/* (most calls end here: no cue begins with the byte) */
	if (!l->has_empty && (from >= w->len || !CD_BIT_TEST(l->first, (unsigned char) w->b[from])))
		return NULL;
	return cd_win_starts_with_any(w, from, l, end);
}

/* window byte index (where a character begins in the window) -> source byte offset */
static inline size_t
cd_win_src(const CdWin *w, int i)
{
	return i >= w->len ? w->src_end : w->lin ? w->base + (uint32_t) i : w->src[i];
}

#endif
