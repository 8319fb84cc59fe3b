/*
 * reportdata.c
 *		The cue words of reports: what marks a solve rate, a target, a
 *		metric, a cluster, its leader and deputy, the reporting period, the
 *		conference and its place, ranks of officials and their posts, and
 *		words between the items of a member list.  Each language's cues are
 *		the [cues] of its data file, data/lang/XX.txt, which
 *		scripts/gen_langs.py compiles into lang_cues.inc (its table and its
 *		entry of cd_report_langs[]); this file holds the roles by name
 *		(cd_cue_roles, the names data files and users write) and their
 *		lookups.  Words that may stand between the items and groups of a
 *		member list (RC_LIST) and abbreviations whose dot ends no sentence
 *		(RC_ABBREV) are no marks: a phrase of them gives each of its words.
 *		Cues are lower-case; '*' ends a prefix match; the same words may
 *		carry two meanings (French "à": link and place).
 */
#include "reportdata.h"
#include "langdata.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* the end of a generated table */
#define END {NULL, 0, 0}

/*
 * The languages' cues (data/lang/XX.txt, scripts/gen_langs.py), in the order
 * of data/lang/order.
 */
#include "lang_cues.inc"

const CdReportLang cd_report_langs[] = {
	CD_REPORT_LANGS,
	{NULL, NULL}
};

/* ------------------------------------------------------------ roles by name */

static const char *const metric_names[] = {"", "criminal", "serious", "drug", "economic", "corruption",
"other", NULL};
static const char *const period_names[] = {"", "H1", "9M", "Q1", "Q2", "Q3", "Q4", "year", NULL};
static const char *const target_names[] = {"", "governs", NULL};
static const char *const excess_names[] = {"", "share", "whole", NULL};
static const char *const done_names[] = {"", "met", NULL};
static const char *const clause_names[] = {"", "part", NULL};
static const char *const place_names[] = {"", "after", NULL};
static const char *const not_count_names[] = {"", "before", NULL};
static const char *const country_names[] = {"vietnam", "foreign", "partner", NULL};
static const char *const qual_names[] = {"", "gt", "ge", "lt", "le", "approx", NULL};
static const char *const change_names[] = {"", "after", NULL};
static const char *const cluster_names[] = {"", "not", "ordinal", NULL};
static const char *const link_names[] = {"", "near", "from", "to", "and", "role", "hand", "handover", "elect", NULL};
static const char *const role_names[] = {"", "generic", "title", NULL};
static const char *const change_verb_names[] = {"", "by", NULL};


const CdCueRole cd_cue_roles[] = {
	{"rate", RC_RATE, NULL, false, "names a rate (tỷ lệ, rate, taux)"},
	{"solve", RC_SOLVE, NULL, false, "solving or investigating (điều tra, solved)"},
	{"target", RC_TARGET, target_names, false,
	"a target (chỉ tiêu); governs: a verb of striving, all that follows in its sentence is the target"},
	{"done", RC_DONE, done_names, false,
	"right before a target word, says it was done (đã, has); met: the target was met or exceeded, what follows a comma after it is a result (exceeded, vượt)"},
	{"excess", RC_EXCESS_BEFORE, excess_names, false,
	"right before a percent: by how much (vượt, exceeding); share: a share of a whole, no rate unless a rate cue comes before it in its clause (chiếm, accounted for); whole: the whole the percent right after it is a part of, no rate unless a solve cue follows the percent in its clause (のうち, में से)"},
	{"comparison", RC_EXCESS_AFTER, NULL, false, "right after a percent: a comparison (so với, higher)"},
	{"clause", RC_CLAUSE, clause_names, false,
	"opens a clause (while); part: a part of what was just counted (trong đó, of which)"},
	{"achieve", RC_ACHIEVE, NULL, false, "reached, in brackets after a count (đạt)"},
	{"metric", RC_METRIC, metric_names, true, "a class of cases: the rate's metric"},
	{"cluster", RC_CLUSTER, cluster_names, false,
	"the emulation cluster (cụm thi đua); not: a cluster of another kind, no emulation cluster (cụm công nghiệp); ordinal: the cluster's word only with an ordinal right after it (grupo n.º 4, Gruppe Nr. 4)"},
	{"leader", RC_LEADER, role_names, false,
	"the cluster's leader (cụm trưởng); generic: a title that is the role only with the cluster or the other role named in its sentence; title: the title alone, the role only where a respectively word pairs it with a province (leader, chef, líder)"},
	{"deputy", RC_DEPUTY, role_names, false,
	"the cluster's deputy (cụm phó); generic: a title that is the role only with the cluster or the other role named in its sentence (wicelider); title: the title alone, the role only where a respectively word pairs it with a province"},
	{"link", RC_LINK, link_names, false,
	"links a role to its province (là, to); near: only close behind the role's cue, in its clause (will be, będzie); "
	"from: before the province the role passes from (từ X cho Y); handover: a verb of handing the role over, "
	"a province before it gives the role (bàn giao, handed over); elect: a verb of choosing a holder (bầu, elected)"},
	{"period", RC_PERIOD, period_names, true,
	"a span of the year (6 tháng đầu năm: H1), or a review of the year (tổng kết: year)"},
	{"event", RC_EVENT, NULL, false, "the conference (hội nghị)"},
	{"place", RC_LOCATION, place_names, false,
	"before the conference's place (tại, in); after: after it, as a postposition"},
	{"whole", RC_WHOLE, NULL, false, "the whole cluster (toàn cụm)"},
	{"rank", RC_RANK, NULL, false, "an officer's rank (đại tá, colonel)"},
	{"post", RC_POST, NULL, false, "an officer's post (giám đốc, director)"},
	{"not_count", RC_NOT_COUNT, not_count_names, false,
	"right after a number, no law-enforcement count (tai nạn giao thông); before: also right before it"},
	{"goods", RC_GOODS, NULL, false, "what is seized (heroin)"},
	{"country", RC_COUNTRY, country_names, true,
	"a country: vietnam, foreign (its figures are none of ours) or partner (phối hợp với)"},
	{"handle", RC_HANDLE, NULL, false, "receiving or handling reports (tiếp nhận, xử lý)"},
	{"not_year", RC_NOT_YEAR, NULL, false, "a year right behind it is not the year reviewed (kế hoạch năm)"},
	{"next_year", RC_NEXT_YEAR, NULL, false,
	"the year after the one stated before it (năm tới, next year): a role's year when its sentence gives none"},
	{"respectively", RC_RESPECTIVELY, NULL, false,
	"two provinces and two roles of its sentence go together in their order (lần lượt, respectively)"},
	{"change_verb", RC_CHANGE_VERB, change_verb_names, false,
	"a verb of change before its subject (انخفضت): the first percent after it in its clause, right behind a word of value by (بنسبة), is the change"},
	{"percent", RC_PERCENT_CUE, NULL, false, "a percent word right after a number (phần trăm, per cent)"},
	{"qualifier", RC_QUAL_CUE, qual_names, true,
	"right before a number: more than (gt), at least (ge), less than (lt), at most (le), about (approx)"},
	{"qualifier_after", RC_QUAL_AFTER_CUE, qual_names, true,
	"right after a number or percent: or more (ge), and above, or less (le), ..."},
	{"change", RC_CHANGE_CUE, change_names, false,
	"right before a percent, a change (giảm, decreased by); after: right after it (की कमी, de moins)"},
	{"unit", RC_UNIT_CUE, cd_unit_labels, true,
	"a unit word after a count (vụ, cases): case, suspect, person, gang, group and den make a count; "
	"kg, tonne, block, gram and pill a seizure; the others a figure of something else"},
	{"list", RC_LIST, NULL, false, "may stand between the items of a member list (và, police)"},
	{"abbrev", RC_ABBREV, NULL, false, "written with a dot that ends no sentence (tp)"},
	{NULL, 0, NULL, false, NULL}
};

int
cd_cue_nvalues(const CdCueRole *role)
{
	int			n = 0;

	while (role->values && role->values[n])
		n++;
	return n;
}

const CdCueRole *
cd_cue_role(const char *name)
{
	for (int i = 0; name && cd_cue_roles[i].name; i++)
		if (strcmp(cd_cue_roles[i].name, name) == 0)
			return &cd_cue_roles[i];
	return NULL;
}

const CdCueRole *
cd_cue_role_of_type(int type)
{
	for (int i = 0; cd_cue_roles[i].name; i++)
		if (cd_cue_roles[i].type == type)
			return &cd_cue_roles[i];
	return NULL;
}

int
cd_cue_value(const CdCueRole *role, const char *name)
{
	int			weak = 0;

	if (!name || !*name)
		return role->value_required ? -1 : 0;
	if (!role->values)
		return -1;
	if (role->type == RC_PERIOD && strncmp(name, "weak:", 5) == 0)
	{
		name += 5;
		weak = P_WEAK;
	}
	for (int i = 0; role->values[i]; i++)
		if (role->values[i][0] && strcmp(role->values[i], name) == 0)
			return i | weak;
	return -1;
}

const char *
cd_cue_value_name(const CdCueRole *role, int value, char *buf, int len)
{
	int			v = value & ~P_WEAK;

	if (!role->values || v < 0 || v >= cd_cue_nvalues(role) || !role->values[v][0])
		return NULL;
	if (role->type == RC_PERIOD && (value & P_WEAK))
	{
		snprintf(buf, (size_t) len, "weak:%s", role->values[v]);
		return buf;
	}
	return role->values[v];
}
