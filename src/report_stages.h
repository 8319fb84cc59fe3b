/*
 * report_stages.h
 *		What the stages of the report parser share (plain C + ICU): the words,
 *		marks and figures of one report (Work), how facts are put out (Out),
 *		and each stage's entry points.  Internal to report*.c; the interface
 *		of the parser is report.h.
 *
 *		1. report_words.c     words and cues (marks)
 *		2. report_figures.c   candidate figures, lookups by position, scope
 *		3. report_clauses.c   sentences and clauses
 *		4-6. report_rates.c   cue scoring, linking and de-duplication of rates
 *		     report_counts.c  counts and changes
 *		     report_cluster.c cluster, members, leader and deputy
 *		     report_context.c period, event, source, place, officials
 *		7. report.c           emission and the pipeline (cd_parse_report)
 */
#ifndef CLUSTERDATA_REPORT_STAGES_H
#define CLUSTERDATA_REPORT_STAGES_H

#include <stddef.h>

#include "report.h"

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
	/*
	 * Where sentences ([0]) and clauses ([1]) start and end, in text order:
	 * found in one pass, looked up by binary search.
	 */
	uint32_t   *ustart[2],
			   *uend[2];
	int			nustart[2],
				nuend[2],
				capustart[2],
				capuend[2];
} Work;

typedef struct Out
{
	Work	   *w;
	CdFactEmit	emit;
	void	   *arg;
} Out;

#define TOK_FLEN(tk) ((size_t) ((tk)[1].fold - (tk)->fold))
#define TOK_ALEN(tk) ((size_t) ((tk)[1].ascii - (tk)->ascii))
/* the unit label of a number, or NULL */
#define NUM_UNIT(w, n) ((w)->unit_labels[(n)->unit])
#define MAXW 10
#define DBITS 12
#define DSIZE (1 << DBITS)
/* bytes between a cluster cue and its number ("Cụm số 9", "cluster No. 9") */
#define CLUSTER_GAP 120
/* bytes between an ordinal and the cluster cue after it ("第4竞赛集群", "제4 경쟁 클러스터") */
#define ORDINAL_CUE_GAP 8
/* the first mark, number or token starting at or after byte `pos` */
#define mark_from(w, pos) rp_first_at((w)->mark, (w)->nmark, sizeof(Mark), offsetof(Mark, bstart), (pos))
#define num_from(w, pos) rp_first_at((w)->num, (w)->nnum, sizeof(WNum), offsetof(WNum, bstart), (pos))
#define tok_from(w, pos) rp_first_at((w)->tok, (w)->ntok, sizeof(Tok), offsetof(Tok, bstart), (pos))
/* numbers before a percent searched for its fraction or counts */
#define PAIR_REACH 16
/* rates remembered for de-duplication; past this many, rates are emitted as found */
#define RATE_BUF 256
/* bytes a bracket or a clause word may be before a percent and still bound its clause */
#define CLAUSE_REACH 160
/* bytes from the start of "of which" ("जिनमें से": 25) to the number after it */
#define SUBSET_REACH 48
/* bytes a sentence or clause reaches at most from a position */
#define UNIT_REACH 600

/* rate metric and period names, by M_* and P_* */
extern const char *const rp_metrics[];
extern const char *const rp_periods[];

/* report_words.c: 1. words and cues */
const Dict *rp_dict_for(const char *lang, bool stripped);
void		rp_find_marks(Work *w, const Dict *d);
void		rp_tokenize(Work *w);

/* report_figures.c: 2. candidate figures, lookups by position, scope */
int			rp_first_at(const void *base, int n, size_t size, size_t off, size_t pos);
void		rp_collect_num(const CdNum *n, void *arg);
bool		rp_grow(void **p, int *cap, int need, size_t elem);
int			rp_mark_after(const Work *w, int type, size_t from, size_t to);
int			rp_mark_before(const Work *w, int type, size_t from, size_t to);
bool		rp_percent_matches(int64_t a, int64_t b, int64_t pv, int ps);
void		rp_set_scope(const Work *w, CdFact *f, size_t pos);
int			rp_year_near(const Work *w, size_t before, size_t after, size_t limit, bool after_only);
int			rp_year_of_num(const WNum *n);

/* report_clauses.c: 3. sentences and clauses */
size_t		rp_cue_start(const Work *w, size_t b, size_t cs);
void		rp_find_units(Work *w);
bool		rp_has_comma(const char *s, size_t from, size_t to);
size_t		rp_unit_end(const Work *w, size_t b, bool clause);
size_t		rp_unit_start(const Work *w, size_t b, bool clause);

/* report_rates.c: 4-6. rates: cue scoring, linking, de-duplication */
void		rp_rates(Out *o);
bool		rp_target_for(const Work *w, size_t b, size_t ss, size_t qs);

/* report_counts.c: counts and changes */
void		rp_changes_and_counts(Out *o);

/* report_cluster.c: cluster, members, leader and deputy */
int			rp_cluster_facts(Out *o);
void		rp_leaders(Out *o, int period_year);
void		rp_members(Out *o, int cluster_no);
bool		rp_right_behind(const Work *w, size_t from, size_t to);

/* report_context.c: period, event, source, place, officials */
void		rp_event_and_source(Out *o, int period_year);
void		rp_keep_person_tokens(Work *w);
void		rp_location(Out *o);
int			rp_period(Out *o);
void		rp_persons(Out *o);

/* report.c: 7. emission and the pipeline */
void		rp_fact_init(CdFact *f, CdFactKind k, size_t bs, size_t be);
void		rp_put(Out *o, CdFact *f);
void		rp_why_add(CdFact *f, const char *key, const char *cue);
void		rp_why_mark(CdFact *f, const Work *w, const char *key, int k);
void		rp_work_end(Work *w);
bool		rp_work_begin(Work *w, CdText *t, const CdLangC *lang);

#endif
