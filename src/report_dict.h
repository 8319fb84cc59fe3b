/*
 * report_dict.h
 *		The dictionary of a language (report_dict.c): its cue words, the words
 *		that are no marks (list joiners, abbreviations) and province names,
 *		made once per language from its data and read by stage 1.
 */
#ifndef CLUSTERDATA_REPORT_DICT_H
#define CLUSTERDATA_REPORT_DICT_H

#include "report_work.h"

/* the most words a cue may have, as the text is cut (a Han character a word) */
#define MAXW 32
#define DBITS 12
#define DSIZE (1 << DBITS)

typedef struct DEntry
{
	char	  **words;			/* nwords of them */
	uint16_t   *wlen;			/* their lengths in bytes */
	int			nwords;
	bool		prefix;			/* last word is a prefix */
	bool		ascii;			/* match the ASCII key (province names) */
	int			type,
				value;
	/* the other meanings of the same words, in the order they came: type, value pairs */
	int			nmore;
	int		   *more;
	const char *text;			/* the cue as the data writes it */
	/* its first word's first (up to) eight bytes in memory order, and which count */
	uint64_t	head,
				hmask;
	struct DEntry *next;
} DEntry;

/* does the entry have this meaning (its first or another)? */
bool		rp_entry_has_type(const DEntry *e, int type);

/* a word the dictionary knows without making it a mark (RC_LIST, RC_ABBREV) */
typedef struct DWord
{
	char	   *word;
	uint16_t	len;
	bool		prefix;			/* the cue's last word, ending in '*' */
	int			next;			/* the next word of its kind with the same first byte, + 1; 0: none */
} DWord;

/* the kinds of such words, from RC_LIST on */
#define DWORD_KINDS (RC_ABBREV - RC_LIST + 1)

typedef struct Dict
{
	const char *lang;
	bool		stripped;		/* the cues without diacritics too */
	DEntry	   *slot[DSIZE];
	/* words that are no marks, by kind (RC_LIST, RC_ABBREV) */
	DWord	   *words[DWORD_KINDS];
	int			nwords[DWORD_KINDS],
				capwords[DWORD_KINDS];
	int			whead[DWORD_KINDS][256];	/* by first byte: the first word's index + 1; 0: none */
	size_t		wmax[DWORD_KINDS];	/* bytes of the longest word (SIZE_MAX: a prefix) */
	/* one-word prefix cues ("investigat*"), by key (0: folded, 1: ASCII) and first byte */
	DEntry	   *prefixes[2][256];
	/* words of cues that are digits ("6 tháng"), chained by a hash of their last two digits */
	DWord	   *digit_words;
	int			ndigit_words,
				capdigit_words;
	int			digit_head[128];	/* the first word's index + 1; 0: none */
} Dict;

/*
 * The slot of a word of n bytes: rp_dict_hash for any string, rp_key_hash
 * (the same value) for a key in a Work's buffers, which may read up to
 * eight bytes past the key (the buffers keep room there)
 */
uint32_t	rp_dict_hash(const char *s, size_t n);

/* the hash of n bytes at s whose last n % 8 are `tail` (zero past them), eight at a time */
static inline uint32_t
rp_hash_blocks(const char *s, size_t n, uint64_t tail)
{
	uint64_t	h = (uint64_t) n,
				x;
	size_t		k = 0;

	/* (the top bits of a product depend on every bit of what was multiplied) */
	for (; k + 8 <= n; k += 8)
	{
		memcpy(&x, s + k, 8);
		h = (h ^ x) * UINT64_C(0x9e3779b97f4a7c15);
	}
	if (k < n)
		h = (h ^ tail) * UINT64_C(0x9e3779b97f4a7c15);
	return (uint32_t) (h >> (64 - DBITS));
}

static inline uint32_t
rp_key_hash(const char *s, size_t n)
{
	size_t		k = n & ~(size_t) 7;
	uint64_t	tail = 0;

	if (k < n)
	{
#ifdef CD_LANES_LE
		memcpy(&tail, s + k, 8);
		tail &= (UINT64_C(1) << (8 * (n - k))) - 1;
#else
		memcpy(&tail, s + k, n - k);
#endif
	}
	return rp_hash_blocks(s, n, tail);
}
bool		rp_all_digits(const char *s, size_t n);
/* is a word of digits a word of some cue ("6" of "6 tháng")? */
bool		rp_dict_has_digit_word(const Dict *d, const char *s, size_t n);
const Dict *rp_dict_for(const char *lang, bool stripped);
/*
 * The cues users add, beside the languages' data (langs[i] is cues[i]'s
 * language): copied, and every dictionary made again.  False when out of
 * memory (the cues in use stay).
 */
bool		rp_set_user_cues(const char *const *langs, const CdReportCue *cues, int n);
/* what is wrong with a phrase users give as a cue ("has no letter or digit"), or NULL */
const char *rp_cue_phrase_problem(const char *phrase);

#endif
