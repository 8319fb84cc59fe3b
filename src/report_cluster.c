/*
 * report_cluster.c
 *		The cluster: its number, its members (a list of provinces), its leader
 *		and deputy.
 */
#define _POSIX_C_SOURCE 200809L	/* strdup, strtok_r, snprintf */
#include "report_cluster.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>

#include "report_clauses.h"
#include "report_figures.h"

/* the first mark of a type that starts in [from, to), wherever it ends */
static int
mark_starting(const Work *w, int type, size_t from, size_t to)
{
	for (int k = mark_from(w, from); k < w->nmark && w->mark[k].bstart < to; k++)
		if (w->mark[k].type == type)
			return k;
	return -1;
}

/* "竞赛集群17日": a number right before a month or day mark is part of a date */
static bool
before_date_mark(const Work *w, const WNum *n)
{
	const char *const *m = w->L->lang->date_marks;

	for (int k = 0; m && m[k]; k++)
	{
		size_t		ml = strlen(m[k]);

		if (n->bend + ml <= w->t->len && memcmp(w->t->s + n->bend, m[k], ml) == 0)
			return true;
	}
	return false;
}

int
rp_cluster_facts(Out *o)
{
	Work	   *w = o->w;
	int			counts[64] = {0},
				first[64];
	int			best = 0;

	for (int k = 0; k < w->nnum; k++)
	{
		WNum	   *n = &w->num[k];
		int			mk;

		if ((n->kind != CD_K_ORDINAL && n->kind != CD_K_NUMBER) || n->v < 1 || n->v > 63 ||
			n->scale != 0)
			continue;
		mk = rp_mark_before(w, RC_CLUSTER, n->bstart > CLUSTER_GAP ? n->bstart - CLUSTER_GAP : 0,
						 n->bstart + 1);
		/* an ordinal right before the cue: "第4竞赛集群", "제4 경쟁 클러스터" */
		if (n->kind == CD_K_ORDINAL)
		{
			int			ma = mark_starting(w, RC_CLUSTER, n->bend, n->bend + ORDINAL_CUE_GAP);

			if (ma >= 0 && (mk < 0 || n->bstart - w->mark[mk].bend > CLUSTER_GAP / 2))
				mk = ma;
		}
		if (mk < 0)
			continue;
		/* a plain number counts only right behind the cue: "Emulation Grouping 4" */
		if (n->kind == CD_K_NUMBER && (n->bstart - w->mark[mk].bend > 2 || before_date_mark(w, n)))
			continue;
		if (counts[n->v]++ == 0)
			first[n->v] = k;
		if (best == 0 || counts[n->v] > counts[best])
			best = (int) n->v;
	}
	if (best)
	{
		CdFact		f;
		WNum	   *n = &w->num[first[best]];
		int			mk = rp_mark_before(w, RC_CLUSTER, n->bstart > CLUSTER_GAP ? n->bstart - CLUSTER_GAP : 0,
									 n->bstart + 1),
					ma = n->kind == CD_K_ORDINAL ?
			mark_starting(w, RC_CLUSTER, n->bend, n->bend + ORDINAL_CUE_GAP) : -1;

		if (ma >= 0 && (mk < 0 || n->bstart - w->mark[mk].bend > CLUSTER_GAP / 2))
			rp_fact_init(&f, F_CLUSTER, n->bstart, w->mark[ma].bend);
		else
			rp_fact_init(&f, F_CLUSTER, w->mark[mk].bstart, n->bend);
		f.cluster_no = best;
		f.has_value = true;
		f.v = best;
		rp_put(o, &f);
	}
	return best;
}

void
rp_members(Out *o, int cluster_no)
{
	Work	   *w = o->w;
	int			k = 0;

	while (k < w->nmark)
	{
		int			run[64],
					n = 0,
					q = k;

		if (w->mark[k].type != RC_PROVINCE)
		{
			k++;
			continue;
		}
		run[n++] = k;
		for (q = k + 1; q < w->nmark && n < 64; q++)
		{
			Mark	   *prev = &w->mark[run[n - 1]],
					   *cur = &w->mark[q];
			size_t		letters = 0;

			/* particles and place words may sit between items ("A, B और C") */
			if (cur->type == RC_STOP || cur->type == RC_LOCATION || cur->type == RC_LINK ||
				cur->type == RC_POST)
				continue;
			if (cur->type != RC_PROVINCE)
				break;
			/* only separators and a few short words between list items */
			for (size_t b = prev->bend; b < cur->bstart; b++)
			{
				unsigned char c = (unsigned char) w->t->s[b];

				if (c == '.' || c == '\n')
					letters = 100;
				if (c >= 0x80 ? (c & 0xC0) != 0x80 : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
					letters++;
			}
			if (letters > 14)
				break;
			run[n++] = q;
		}
		if (n >= 3)
		{
			bool		seen[CD_PROVINCES_MAX] = {false};

			for (int r = 0; r < n; r++)
			{
				Mark	   *mk = &w->mark[run[r]];
				CdFact		f;

				if (mk->value < 0 || mk->value >= CD_PROVINCES_MAX || seen[mk->value])
					continue;
				seen[mk->value] = true;
				rp_fact_init(&f, F_MEMBER, mk->bstart, mk->bend);
				f.province = mk->value;
				f.cluster_no = cluster_no;
				rp_put(o, &f);
			}
		}
		k = q > k ? q : k + 1;
	}
}

static bool leaders_pass(Out *o, int period_year, int role, int strength);

/*
 * Leader and deputy: a province named after the role behind a link word
 * ("bầu ... Cụm trưởng ... là Công an tỉnh X", "chef du groupe 2025 à ... X")
 * is the stronger evidence; a province just before the role ("X làm Cụm
 * trưởng", "X în funcția de Lider") is used when no stronger one exists.
 */
void
rp_leaders(Out *o, int period_year)
{
	for (int pass = 2; pass >= 1; pass--)
	{
		bool		found = false;

		for (int role = RC_LEADER; role <= RC_DEPUTY; role++)
			found |= leaders_pass(o, period_year, role, pass);
		if (found)
			return;
	}
}

/* is [from, to) a short stretch of the same clause, without figures? */
bool
rp_right_behind(const Work *w, size_t from, size_t to)
{
	if (to < from || to - from > 40)
		return false;
	for (size_t i = from; i < to; i++)
	{
		char		c = w->t->s[i];

		if ((c >= '0' && c <= '9') || c == ';' || c == '.' || c == '\n' || c == '(' || c == ')')
			return false;
	}
	return true;
}

static bool
leaders_pass(Out *o, int period_year, int role, int strength)
{
	Work	   *w = o->w;
	bool		found = false;

	for (int k = 0; k < w->nmark; k++)
	{
		Mark	   *cue = &w->mark[k];
		int			prov = -1,
					pb = -1,
					pa = -1;
		size_t		ss,
					se;
		CdFact		f;
		int			year;

		if (cue->type != role)
			continue;
		ss = rp_unit_start(w, cue->bstart, false);
		se = rp_unit_end(w, cue->bend, false);
		/* the nearest province before the cue, with no other role cue between */
		for (int q = k - 1; q >= 0 && w->mark[q].bstart >= ss; q--)
		{
			if (w->mark[q].type == RC_LEADER || w->mark[q].type == RC_DEPUTY)
				break;
			if (w->mark[q].type == RC_PROVINCE && cue->bstart - w->mark[q].bend <= 160)
			{
				pb = q;
				break;
			}
		}
		/*
		 * After the cue, behind a link word ("là", "to", "à"), or right behind
		 * it in the same clause ("leading unit: Kon Tum police", "chef de
		 * file, Ninh Thuận")
		 */
		for (int q = k + 1; q < w->nmark && w->mark[q].bend <= se; q++)
		{
			if (w->mark[q].type == RC_LEADER || w->mark[q].type == RC_DEPUTY)
				break;
			if (w->mark[q].type == RC_PROVINCE && w->mark[q].bstart - cue->bend <= 200)
			{
				if (rp_mark_after(w, RC_LINK, cue->bend, w->mark[q].bstart) >= 0 ||
					(rp_right_behind(w, cue->bend, w->mark[q].bstart) &&
					 /* not the next item of a list of roles ("A, Cụm trưởng, B, Cụm phó") */
					 rp_mark_after(w, RC_DEPUTY, w->mark[q].bend, w->mark[q].bend + 48) < 0 &&
					 rp_mark_after(w, RC_LEADER, w->mark[q].bend, w->mark[q].bend + 48) < 0))
					pa = q;
				break;
			}
		}
		prov = strength == 2 ? pa : pb;
		if (prov < 0)
			continue;
		found = true;
		year = rp_year_near(w, cue->bstart, cue->bend, 120, false);
		if (!year && period_year)
			year = period_year + 1;
		rp_fact_init(&f, cue->type == RC_LEADER ? F_LEADER : F_DEPUTY,
				  prov == pa ? cue->bstart : w->mark[prov].bstart,
				  prov == pa ? w->mark[prov].bend : cue->bend);
		f.province = w->mark[prov].value;
		f.year = year;
		rp_put(o, &f);
	}
	return found;
}
