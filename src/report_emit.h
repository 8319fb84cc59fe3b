/*
 * report_emit.h
 *		Facts and how the stages of the parser put them out (plain C + ICU):
 *		the fact a parse gives (CdFact, part of the interface of report.h),
 *		where it goes (Out), its defaults, character span and why text, and
 *		the names its fields carry.
 */
#ifndef CLUSTERDATA_REPORT_EMIT_H
#define CLUSTERDATA_REPORT_EMIT_H

#include <stddef.h>

#include "numscan.h"

/* bytes of a fact's `why` text, its terminator included */
#define CD_WHY_MAX 160

typedef enum CdFactKind
{
	F_RATE = 0, F_COUNT, F_CHANGE, F_CLUSTER, F_MEMBER, F_LEADER, F_DEPUTY, F_PERIOD,
	F_EVENT_DATE, F_SOURCE, F_LOCATION, F_PERSON, F_SEIZURE
} CdFactKind;

typedef struct CdFact
{
	CdFactKind	kind;
	const char *metric;			/* rate metric, period span, count or seizure unit */
	bool		has_fraction;
	int64_t		solved,
				total;
	bool		has_solved;		/* a rate: solved known without its total ("khám
								 * phá 900 vụ, đạt tỉ lệ 75%") */
	bool		has_total;		/* a rate: its total known without solved ("3만3470건의
								 * 형사사건 중 84.2%를 해결했다") */
	bool		has_percent;
	int64_t		pv;				/* percent = pv / 10^pscale */
	int			pscale;
	CdQual		qual;
	bool		has_value;
	int64_t		v;				/* value = v / 10^vscale (a date: yyyymmdd) */
	int			vscale;
	int			province;		/* index into cd_provinces, or -1 */
	const char *scope;			/* rate, count, change: "cluster", "province" or NULL */
	const char *detail;			/* person: rank and name; location: the place as
								 * written; seizure: what was seized, as written */
	size_t		detail_len;
	int			cluster_no;		/* 0: none */
	int			year;			/* 0: none */
	size_t		bstart,
				bend;
	int32_t		cstart,
				cend;
	/*
	 * Rates, counts and changes: the cues that decided, as "key:cue" items
	 * separated by spaces ("rate:tỷ lệ solve:điều tra metric:nghiêm
	 * trọng"); empty for other facts.
	 */
	char		why[CD_WHY_MAX];
} CdFact;

typedef void (*CdFactEmit) (const CdFact *f, void *arg);

const char *cd_fact_kind_name(CdFactKind k);
/* does the fact have a qualifier (a rate, count, change or seizure)? */
bool		cd_fact_qualified(const CdFact *f);
/* how much to trust the fact (confidence.c), in [0, 1]; -1 for a kind the model has no data for */
double		cd_fact_confidence(const CdFact *f);

/* the work of one report (report_work.h) */
struct Work;

/* where a stage puts its facts */
typedef struct Out
{
	struct Work *w;
	CdFactEmit	emit;
	void	   *arg;
} Out;

/* rate metric and period names, by M_* and P_* (reportdata.h) */
extern const char *const rp_metrics[];
extern const char *const rp_periods[];

void		rp_fact_init(CdFact *f, CdFactKind k, size_t bs, size_t be);
void		rp_put(Out *o, CdFact *f);
void		rp_why_add(CdFact *f, const char *key, const char *cue);
void		rp_why_mark(CdFact *f, const struct Work *w, const char *key, int k);

#endif
