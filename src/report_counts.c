/*
 * report_counts.c
 *		Counts and changes: law-enforcement quantities, not awards, targets
 *		or casualties; changes between periods.
 */
#define _POSIX_C_SOURCE 200809L	/* strdup, strtok_r, snprintf */
#include "report_counts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>

#include "report_work.h"
#include "report_clauses.h"
#include "report_figures.h"
#include "report_rates.h"

/*
 * "19 tập thể và 30 cá nhân", "19 zespołom i 30 osobom": people named right
 * after a number of collectives are the individuals of an award list, not
 * offenders (a translation may render "cá nhân" as plain "people").
 */
static bool
award_people(const Work *w, int k)
{
	const WNum *n = &w->num[k],
			   *p;
	const char *u = NUM_UNIT(w, n);

	if (k == 0 || !u || (strcmp(u, "person") != 0 && strcmp(u, "individual") != 0))
		return false;
	p = &w->num[k - 1];
	if (!p->unit || strcmp(NUM_UNIT(w, p), "collective") != 0 || n->bstart < p->bend ||
		n->bstart - p->bend > 32)
		return false;
	for (size_t i = p->bend; i < n->bstart; i++)
		if (w->t->s[i] == '.' || w->t->s[i] == ';' || w->t->s[i] == '\n' ||
			(w->t->s[i] >= '0' && w->t->s[i] <= '9'))
			return false;
	return true;
}

/* "strive to ... 1,500 cases in 2019": a quantity aimed at is no count */
static bool
target_count(const Work *w, const WNum *n)
{
	size_t		ss = rp_unit_start(w, n->bstart, false),
				cs = rp_unit_start(w, n->bstart, true);

	return rp_target_for(w, n->bstart, ss, rp_cue_start(w, n->bstart, cs));
}

/*
 * "3,410 tip-offs, of which 1,650 valuable", "bắt 120 đối tượng, trong đó
 * 30 ...": a number with no unit right after a clause word that takes a
 * part of what was just counted is a count of the same unit, when that
 * count is in the same sentence.  Returns the subset word's mark, or -1.
 */
static int
subset_count(const Work *w, const WNum *n, int last_count)
{
	const WNum *c;
	int			m;

	if (last_count < 0 || n->unit || n->kind != CD_K_NUMBER || n->scale != 0)
		return -1;
	c = &w->num[last_count];
	m = rp_mark_before(w, RC_CLAUSE, n->bstart > SUBSET_REACH ? n->bstart - SUBSET_REACH : 0, n->bstart);
	if (m < 0 || w->mark[m].value != 1 || w->mark[m].bstart < c->bend ||
		c->bstart < rp_unit_start(w, n->bstart, false))
		return -1;
	/* only a space, a comma or a colon between the word and the number */
	for (size_t i = w->mark[m].bend; i < n->bstart; i++)
		if (w->t->s[i] != ' ' && w->t->s[i] != ',' && w->t->s[i] != ':')
			return -1;
	return m;
}

void
rp_changes_and_counts(Out *o)
{
	Work	   *w = o->w;
	int			last_count = -1;	/* the number of the last count put out */

	for (int k = 0; k < w->nnum; k++)
	{
		WNum	   *n = &w->num[k];
		CdFact		f;
		int			sub;

		if (w->used[k] || !(n->flags & CD_F_VALUE))
			continue;
		if ((n->flags & CD_F_CHANGE) && (n->kind == CD_K_PERCENT || n->kind == CD_K_NUMBER))
		{
			rp_fact_init(&f, F_CHANGE, n->bstart, n->bend);
			f.metric = n->kind == CD_K_PERCENT ? "percent" : (n->unit ? NUM_UNIT(w, n) : "number");
			f.has_value = true;
			f.v = n->v;
			f.vscale = n->scale;
			f.qual = n->qual;
			rp_why_add(&f, "change", NULL);
			if (n->unit)
				rp_why_add(&f, "unit", NUM_UNIT(w, n));
			rp_set_scope(w, &f, n->bstart);
			rp_put(o, &f);
			continue;
		}
		/*
		 * A count is a law-enforcement quantity (cd_count_units), and not
		 * casualties or accidents named right after it ("15 người chết",
		 * "426 vụ TNGT", "12 people injured").
		 */
		if (n->kind == CD_K_NUMBER && n->unit && cd_is_count_unit(NUM_UNIT(w, n)) &&
			rp_mark_after(w, RC_NOT_COUNT, n->bend, n->bend + 24) < 0 && !award_people(w, k) &&
			!target_count(w, n))
		{
			rp_fact_init(&f, F_COUNT, n->bstart, n->bend);
			f.metric = NUM_UNIT(w, n);
			f.has_value = true;
			f.v = n->v;
			f.vscale = n->scale;
			f.qual = n->qual;
			rp_why_add(&f, "unit", NUM_UNIT(w, n));
			rp_set_scope(w, &f, n->bstart);
			rp_put(o, &f);
			last_count = k;
		}
		else if ((sub = subset_count(w, n, last_count)) >= 0 &&
				 rp_mark_after(w, RC_NOT_COUNT, n->bend, n->bend + 24) < 0 && !target_count(w, n))
		{
			const WNum *c = &w->num[last_count];

			rp_fact_init(&f, F_COUNT, n->bstart, n->bend);
			f.metric = NUM_UNIT(w, c);
			f.has_value = true;
			f.v = n->v;
			f.qual = n->qual;
			rp_why_add(&f, "unit", NUM_UNIT(w, c));
			rp_why_mark(&f, w, "part", sub);
			rp_set_scope(w, &f, n->bstart);
			rp_put(o, &f);
		}
	}
}
