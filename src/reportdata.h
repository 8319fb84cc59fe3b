/*
 * reportdata.h
 *		The cue words of reports: cue types, rate metrics and periods, the
 *		roles by name, and each language's cues (the [cues] of
 *		data/lang/XX.txt, compiled by scripts/gen_langs.py into
 *		lang_cues.inc, included by reportdata.c).
 */
#ifndef CLUSTERDATA_REPORTDATA_H
#define CLUSTERDATA_REPORTDATA_H

#include <stdbool.h>

/* cue types */
enum
{
	RC_RATE = 1, RC_SOLVE, RC_TARGET, RC_METRIC, RC_CLUSTER, RC_LEADER, RC_DEPUTY, RC_LINK,
	RC_PERIOD, RC_PROVINCE, RC_LOCATION, RC_EVENT, RC_RANK, RC_POST, RC_WHOLE,
	RC_STOP,					/* a particle that may stand between the items of a
								 * member list ("और", "、"): no role of cd_cue_roles,
								 * role "particle" in a data file only */
	RC_EXCESS_BEFORE,			/* right before a percent: by how much ("vượt", "exceeding") */
	RC_EXCESS_AFTER,			/* right after a percent: a comparison ("higher", "so với") */
	RC_CLAUSE,					/* opens a clause of its own ("trong đó", "while", "dont");
								 * value 1: a part of what was just counted */
	RC_ACHIEVE,					/* "reached": in brackets after a count, a rate of it */
	RC_NOT_COUNT,				/* right after a number: no law-enforcement count
								 * (casualties "người chết", traffic accidents "TNGT",
								 * fires, victims); value 1: also right before it
								 * ("làm chết 5 người", "TNGT xảy ra 30 vụ") */
	RC_GOODS,					/* what is seized, near an amount ("heroin", "pháo") */
	RC_DONE,					/* says a thing is done, right before a target word: "đã
								 * phấn đấu", "has raised" (then no target) */
	RC_COUNTRY,					/* a country: value 0 Vietnam, 1 another; a figure
								 * of another country is no fact of ours */
	RC_HANDLE,					/* receiving or handling reports ("tiếp nhận, xử lý"): "100%
								 * tin báo ... được tiếp nhận" is a rate of handling */
	RC_NOT_YEAR,				/* a year right behind it is not the year reviewed: a
								 * plan's ("work plans for 2026") or a comparison's ("so
								 * với cùng kỳ năm 2023", "la même période en 2024") */
	RC_NEXT_YEAR,				/* "next year", "năm tới": in a role's sentence with no
								 * year of its own, the year after the one before it */
	RC_RESPECTIVELY,			/* "lần lượt", "respectively": two provinces and two
								 * roles of its sentence go together in their order */
	RC_CHANGE_VERB,				/* a verb of change before the subject ("انخفضت
								 * الجرائم بنسبة 4.2%"): the first percent after it in
								 * its clause, right behind a word of value 1 ("by":
								 * بنسبة), is the change */
	/*
	 * Words that are no marks: the dictionary knows them word by word (a
	 * phrase gives each of its words), and the stages ask for them where
	 * they need them.
	 */
	RC_LIST,					/* may stand between the items and groups of a member
								 * list: "và", "công an", "các tỉnh", "and", "of the
								 * provinces of", "et celles des provinces de" */
	RC_ABBREV,					/* written with a dot that ends no sentence ("TP.") */
	RC_NTYPES					/* the number of types, plus one */
};

/*
 * Roles of words the number scanner reads, not marks of the report: users
 * add them (clusterdata.cue) and a data file has sections for them ([units],
 * [percent], [qualifier_before], [qualifier_after], [change_before],
 * [change_after]).
 */
#define RC_UNIT_CUE 1000		/* value: an index of cd_unit_labels */
#define RC_PERCENT_CUE 1001
#define RC_QUAL_CUE 1002		/* value: a CdQual */
#define RC_QUAL_AFTER_CUE 1003	/* value: a CdQual */
#define RC_CHANGE_CUE 1004		/* value 0: before a percent; 1: after it */
#define RC_IS_SCANNER(t) ((t) >= RC_UNIT_CUE && (t) <= RC_CHANGE_CUE)

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

/* a link cue's value: a verb that links only close behind the role's cue, in its clause */
#define RC_LINK_NEAR 1
/* a link cue's value: before the province a role passes from ("từ X cho Y", "from X to Y") */
#define RC_LINK_FROM 2
/* a link cue's value: before the province a role passes to, only after one it passes from ("de X a Y") */
#define RC_LINK_TO 3
/* a link cue's value: a conjunction that starts another predicate, after which nothing links to the role */
#define RC_LINK_AND 4
/* a link cue's value: a noun right after a role's words that makes the role the thing named ("role", "position") */
#define RC_LINK_ROLE 5
/* a link cue's value: before the one a role is handed to ("to", "cho", "à"): links unless the role is its clause's subject */
#define RC_LINK_HAND 6
/*
 * a link cue's value: a verb of handing a role over ("bàn giao", "handed
 * over", "übergab"): a province before it gives the role, it does not hold it
 */
#define RC_LINK_HANDOVER 7
/*
 * a link cue's value: a verb of choosing a holder ("bầu", "elected"): a role
 * with no year of its own after the review's year is held the year after it
 */
#define RC_LINK_ELECT 8

/* a done cue's value: the target was met or exceeded; what follows a comma after the target is a result */
#define RC_DONE_MET 1

/* an excess cue's value: a share of a whole ("chiếm 35% tổng số vụ án"), unless a rate cue comes before it in its clause */
#define RC_EXCESS_SHARE 1
/*
 * an excess cue's value: the whole a percent right after it is a part of
 * ("事件のうち35%が"), unless a solve cue follows the percent in its clause
 */
#define RC_EXCESS_WHOLE 2

/* a cluster cue's value: a cluster of another kind ("cụm công nghiệp"), no emulation cluster */
#define RC_CLUSTER_NOT 1
/*
 * a cluster cue's value: a word of many uses that is the emulation
 * cluster's only with an ordinal right after it ("grupo n.º 4"); its mark
 * is the cluster's (value 0) or not (RC_CLUSTER_NOT)
 */
#define RC_CLUSTER_ORDINAL 2
/* value of a leader or deputy cue: a generic title, a role only near the cluster's words */
#define RC_ROLE_GENERIC 1
/*
 * value of a leader or deputy cue: the title alone ("leader", "chef",
 * "líder"), a role only where a "respectively" pairs it with a province
 */
#define RC_ROLE_TITLE 2

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

/*
 * A cue's role by name, as users write it (clusterdata.cue): its type and
 * the values it takes by name (NULL-terminated; values[i] is value i, a NULL
 * name in the middle skips a value), or no list when the value is always 0.
 * value_required: a role whose value must be named (metric, period).
 */
typedef struct CdCueRole
{
	const char *name;
	int			type;
	const char *const *values;
	bool		value_required;
	const char *about;			/* what the role means, for the roles' list */
} CdCueRole;

extern const CdCueRole cd_cue_roles[];	/* name NULL ends it */

/* the number of a role's values (0: none) */
int			cd_cue_nvalues(const CdCueRole *role);
/* the role of a name, or NULL */
const CdCueRole *cd_cue_role(const char *name);
/* a role's name for a type, or NULL */
const CdCueRole *cd_cue_role_of_type(int type);
/*
 * A cue value by name for a role: its number, or -1 when the role takes no
 * such value (NULL or "" is 0 where the role's value may be left out; P_WEAK
 * is named "weak:SPAN" for a period).
 */
int			cd_cue_value(const CdCueRole *role, const char *name);
/* a value's name for a role (the period's P_WEAK as "weak:SPAN"), or NULL for 0 of a role without names */
const char *cd_cue_value_name(const CdCueRole *role, int value, char *buf, int len);

#endif
