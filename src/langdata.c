/*
 * langdata.c
 *		The languages clusterdata reads (see langdata.h).  Each language is a
 *		data file, data/lang/XX.txt, which scripts/gen_langs.py compiles into
 *		lang_files.inc (its tables and its entry of cd_langs[]); this file
 *		holds the unit labels all languages share and the lookups.
 */
#include "langdata.h"

#include <string.h>

/*
 * The unit labels of law-enforcement quantities: what a `count` fact may be
 * (cases, offenders and suspects, arrests, gangs and criminal groups, dens
 * such as gambling spots).  Other quantities (awards to collectives and
 * individuals, patrol turns, provinces, models, organisations, reports)
 * stay in numbers() but are no count.  Labels are shared by all languages.
 */
const char *const cd_count_units[] = {"case", "suspect", "person", "gang", "group", "den", NULL};

/*
 * The unit labels of amounts seized (drugs by weight, block or pill,
 * firecrackers by weight): a `seizure` fact, not a count.
 */
const char *const cd_seizure_units[] = {"kg", "tonne", "block", "gram", "pill", NULL};

/*
 * Every label a unit word may carry: the count units, the seizure units and
 * units of other things ("63 tỉnh": province), which make a number no count
 * of cases.  The values of a users' unit cue.
 */
const char *const cd_unit_labels[] = {
	"case", "suspect", "person", "gang", "group", "den",
	"kg", "tonne", "block", "gram", "pill",
	"report", "province", "commune", "locality", "unit", "organisation", "agency",
	"establishment", "collective", "individual", "member", "model", "time", "type",
	"task", "duty", "service", "point", "vehicle", "weapon", "duration", NULL
};
const int	cd_nunit_labels = (int) (sizeof(cd_unit_labels) / sizeof(cd_unit_labels[0])) - 1;

bool
cd_is_seizure_unit(const char *label)
{
	if (!label)
		return false;
	for (int i = 0; cd_seizure_units[i]; i++)
		if (strcmp(cd_seizure_units[i], label) == 0)
			return true;
	return false;
}

bool
cd_is_count_unit(const char *label)
{
	if (!label)
		return false;
	for (int i = 0; cd_count_units[i]; i++)
		if (strcmp(cd_count_units[i], label) == 0)
			return true;
	return false;
}

/* the ends of a generated table, and a language's entry of cd_langs[] from the tables of its code P */
#define END {NULL, 0}
#define UEND {NULL, NULL}
#define LANG(c, n, dec, gdot, gcomma, gspace, ind, letters, scripts, P) \
	{c, n, dec, gdot, gcomma, gspace, ind, P##_stop, letters, P##_pct, P##_qb, P##_qa, P##_ord, \
	 P##_code, P##_day, P##_months, P##_monthpre, P##_ratio, P##_units, P##_chb, P##_cha, P##_year, \
	 P##_numw, scripts, P##_mult, P##_endings, P##_yafter, P##_dmarks, P##_scales, P##_ordafter, P##_prefixes, \
	 P##_counters, P##_ubefore, P##_pctb, P##_zero}

/*
 * The languages (data/lang/XX.txt, scripts/gen_langs.py), in the order of
 * data/lang/order.
 */
#include "lang_files.inc"

const CdLang cd_langs[] = {
	CD_LANGS
};
const int	cd_nlangs = sizeof(cd_langs) / sizeof(cd_langs[0]);

const CdLang *
cd_lang_find(const char *code)
{
	for (int i = 0; i < cd_nlangs; i++)
		if (strcmp(cd_langs[i].code, code) == 0)
			return &cd_langs[i];
	return NULL;
}

const char *
cd_lang_codes(void)
{
	static char codes[128];

	if (codes[0] == '\0')
	{
		for (int i = 0; i < cd_nlangs; i++)
		{
			if (i > 0)
				strncat(codes, ", ", sizeof(codes) - strlen(codes) - 1);
			strncat(codes, cd_langs[i].code, sizeof(codes) - strlen(codes) - 1);
		}
	}
	return codes;
}
