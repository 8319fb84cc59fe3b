/*
 * report.h
 *		parse_report's core: report text to facts (plain C + ICU).
 */
#ifndef CLUSTERDATA_REPORT_H
#define CLUSTERDATA_REPORT_H

#include "numscan.h"
#include "provinces.h"

/*
 * Raised whenever a change to the parser (rules or data) can change its
 * facts: stored reports parsed by an older version are parsed again by
 * clusterdata.parse_pending().
 */
#define CD_PARSER_VERSION 17

/* cue types */
enum
{
	RC_RATE = 1, RC_SOLVE, RC_TARGET, RC_METRIC, RC_CLUSTER, RC_LEADER, RC_DEPUTY, RC_LINK,
	RC_PERIOD, RC_PROVINCE, RC_LOCATION, RC_EVENT, RC_RANK, RC_POST, RC_WHOLE, RC_STOP,
	RC_EXCESS_BEFORE,			/* right before a percent: by how much ("vượt", "exceeding") */
	RC_EXCESS_AFTER,			/* right after a percent: a comparison ("higher", "so với") */
	RC_CLAUSE,					/* opens a clause of its own ("trong đó", "while", "dont");
								 * value 1: a part of what was just counted */
	RC_ACHIEVE,					/* "reached": in brackets after a count, a rate of it */
	RC_NOT_COUNT				/* right after a number: no law-enforcement count
								 * (casualties "người chết", traffic accidents "TNGT") */
};

/* rate metrics */
enum
{
	M_NONE = 0, M_CRIMINAL, M_SERIOUS, M_DRUG, M_ECONOMIC, M_CORRUPTION, M_OTHER
};

/* periods */
enum
{
	P_NONE = 0, P_H1, P_9M, P_Q1, P_Q2, P_Q3, P_Q4, P_YEAR
};

/* a period cue's value or'ed with P_WEAK: a more specific cue overrides it ("sơ kết") */
#define P_WEAK 0x100

typedef struct CdReportCue
{
	const char *text;
	int			type;
	int			value;
} CdReportCue;

typedef struct CdReportLang
{
	const char *code;
	const CdReportCue *cues;
} CdReportLang;

extern const CdReportLang cd_report_langs[];

/* bytes of a fact's `why` text, its terminator included */
#define CD_WHY_MAX 160

typedef enum CdFactKind
{
	F_RATE = 0, F_COUNT, F_CHANGE, F_CLUSTER, F_MEMBER, F_LEADER, F_DEPUTY, F_PERIOD,
	F_EVENT_DATE, F_SOURCE, F_LOCATION, F_PERSON
} CdFactKind;

typedef struct CdFact
{
	CdFactKind	kind;
	const char *metric;			/* rate metric, period span, count label */
	bool		has_fraction;
	int64_t		solved,
				total;
	bool		has_percent;
	int64_t		pv;				/* percent = pv / 10^pscale */
	int			pscale;
	CdQual		qual;
	bool		has_value;
	int64_t		v;				/* value = v / 10^vscale (a date: yyyymmdd) */
	int			vscale;
	int			province;		/* index into cd_provinces, or -1 */
	const char *scope;			/* rate, count, change: "cluster", "province" or NULL */
	const char *detail;			/* person: rank and name; location: the place as written */
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

/* Parse a prepared text; false on an ICU or table failure. */
bool		cd_parse_report(CdText *t, const CdLangC *lang, CdFactEmit emit, void *arg);

#endif
