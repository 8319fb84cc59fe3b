/*
 * report_work.h
 *		The work of one report, as the stages of the parser share it (plain
 *		C + ICU): its words (Tok), marks (Mark) and figures (WNum), where its
 *		sentences and clauses start and end; growing its arrays, and looking
 *		up marks, numbers and words by position (report_work.c).  Internal
 *		to report*.c.
 */
#ifndef CLUSTERDATA_REPORT_WORK_H
#define CLUSTERDATA_REPORT_WORK_H

#include <stddef.h>
#include <string.h>

#include "numscan.h"
#include "provinces.h"
#include "reportdata.h"

typedef struct Dict Dict;

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


/* Mark.list_role: a role cue that says which item of a member list holds the role */
#define LIST_ROLE_BEFORE 1		/* the item before it, in brackets ("Hưng Yên (Cụm trưởng)") */
#define LIST_ROLE_AFTER 2		/* the item after it ("… và đơn vị Cụm trưởng <item>") */

/* 24 bytes: cue-dense text stays small */
typedef struct Mark
{
	uint8_t		type;			/* RC_* */
	bool		prefix;			/* the cue ends in '*' (text is without it) */
	uint8_t		list_role;		/* 0, LIST_ROLE_BEFORE or _AFTER (set by rp_members) */
	int32_t		value;
	const char *text;			/* the cue as the data writes it */
	uint32_t	bstart,
				bend;
} Mark;

/* an emulation cluster's cue (not "cụm công nghiệp", "产业集群": value RC_CLUSTER_NOT) */
static inline bool
rp_emulation_cluster(const Mark *m)
{
	return m->type == RC_CLUSTER && m->value != RC_CLUSTER_NOT;
}

/* a stretch of the text */
typedef struct Span
{
	uint32_t	bstart,
				bend;
} Span;

/*
 * A number as the rules need it (CdNum without what they do not read), in
 * 32 bytes: number-dense text stays small.
 */
/* at most this many plain numbers share one percent sign (report_figures.c) */
#define SHARED_PERCENT_MAX 4

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


typedef struct Work
{
	CdText	   *t;
	const CdLangC *L;
	Tok		   *tok;
	int			ntok,
				captok;
	/* the words' keys (capbuf bytes each; the tokeniser keeps 40 past the last key, so eight can be read from any) */
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
	/*
	 * Between two province names close to each other: the words that may
	 * join the items and groups of a list (RC_LIST) and the dots of
	 * abbreviations (RC_ABBREV), in text order.  Stage 1 finds them while
	 * the words are there; the members' rule reads them.
	 */
	Span	   *join;
	int			njoin,
				capjoin;
	bool	   *used;			/* numbers consumed by a rate */
	bool		oom;
	const struct Dict *dict;
	int			cluster_mark;	/* collect_num's walk over the marks */
	int			reviewed_year;	/* the year of the period reviewed (rp_period), 0: none */
	/*
	 * The last plain number collect_num dropped, kept when a count of cases
	 * follows it close by: "1707 из 1914 уголовных" (a pair of counts)
	 */
	CdNum		bare;
	bool		have_bare;		/* the last number seen is that one */
	bool		last_kept;		/* the last number seen was kept */
	/*
	 * The plain numbers dropped just before, each next to the one before
	 * it: one percent sign after them may cover them all ("85.2 and 97.1
	 * percent respectively")
	 */
	CdNum		plain[SHARED_PERCENT_MAX];
	int			nplain;
	const char *unit_labels[256];	/* [0] = NULL: the units numbers carry */
	int			nunit_labels;
	/*
	 * Where sentences ([0]) and clauses ([1]) start and end, in text order:
	 * found in one pass, looked up by binary search.
	 */
	uint32_t   *ustart[2],
			   *uend[2];
	/*
	 * Per sentence, found once (rules ask at every figure of a sentence, in
	 * text order): its first country mark (rp_foreign), and its first change
	 * of a named class of cases (report_rates.c).  *_ss is the sentence's
	 * start + 1 (0: none yet).
	 */
	/*
	 * The marks of each type, in text order: [by_type_at[t], by_type_at[t +
	 * 1]) of by_type (rp_index_marks), so that looking for the nearest mark
	 * of a type is a binary search, however many other marks stand between.
	 */
	int		   *by_type,
				by_type_at[RC_NTYPES + 1];
	uint32_t   *brackets;		/* where '(' and ')' stand, in text order (rp_find_units) */
	int			nbrackets,
				capbrackets;
	int		   *countries,		/* the country marks (not partners), in text order */
				ncountries;		/* -1 until made (report_figures.c) */
	int		   *prev_change;	/* [k]: the last number before k that is a change, or -1
								 * (made when first asked: report_rates.c) */
	int			nustart[2],
				nuend[2],
				capustart[2],
				capuend[2];
} Work;

#define TOK_FLEN(tk) ((size_t) ((tk)[1].fold - (tk)->fold))
#define TOK_ALEN(tk) ((size_t) ((tk)[1].ascii - (tk)->ascii))
/* the unit label of a number, or NULL */
#define NUM_UNIT(w, n) ((w)->unit_labels[(n)->unit])
/* the first mark, number or token starting at or after byte `pos` */
#define mark_from(w, pos) rp_first_at((w)->mark, (w)->nmark, sizeof(Mark), offsetof(Mark, bstart), (pos))
/* the byte n characters on from byte b (or the text's end), and back from it (or its start) */
size_t		rp_chars_on(const Work *w, size_t b, int n);
size_t		rp_chars_back(const Work *w, size_t b, int n);
/* the full-width brackets "（" and "）" at byte b (before `to`) */
#define FW_OPEN_AT(s, b, to) ((b) + 3 <= (to) && (s)[b] == '\xEF' && (s)[(b) + 1] == '\xBC' && \
								(s)[(b) + 2] == '\x88')
#define FW_CLOSE_AT(s, b, to) ((b) + 3 <= (to) && (s)[b] == '\xEF' && (s)[(b) + 1] == '\xBC' && \
								 (s)[(b) + 2] == '\x89')

/* only spaces in s[from, to) */
bool		rp_only_spaces(const char *s, size_t from, size_t to);
/* a digit in s[from, to) (any script's) */
bool		rp_digit_between(const char *s, size_t from, size_t to);

#define num_from(w, pos) rp_first_at((w)->num, (w)->nnum, sizeof(WNum), offsetof(WNum, bstart), (pos))
#define tok_from(w, pos) rp_first_at((w)->tok, (w)->ntok, sizeof(Tok), offsetof(Tok, bstart), (pos))
#define join_from(w, pos) rp_first_at((w)->join, (w)->njoin, sizeof(Span), offsetof(Span, bstart), (pos))

/*
 * Index of the first element of an array of n structs (of `size` bytes, with
 * a uint32_t byte position at offset `off`) that starts at or after byte `pos`
 * (inline: each caller's size and offset are constants)
 */
static inline int
rp_first_at(const void *base, int n, size_t size, size_t off, size_t pos)
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
/* room for `need` elements of `elem` bytes in *p (of *cap); false: no memory */
bool		rp_grow_to(void **p, int *cap, int need, size_t elem);
static inline bool
rp_grow(void **p, int *cap, int need, size_t elem)
{
	return need <= *cap || rp_grow_to(p, cap, need, elem);
}
int			rp_mark_after(const Work *w, int type, size_t from, size_t to);
int			rp_mark_before(const Work *w, int type, size_t from, size_t to);
bool		rp_index_marks(Work *w);

#endif
