/*
 * report_counts.c
 *		Counts, seizures and changes: law-enforcement quantities, not
 *		awards, targets, casualties, accidents or fires; amounts seized with
 *		what was seized; changes between periods.
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

/*
 * By how much a figure beat or missed a target, not a change between
 * periods: the target right after it, in its clause ("12.25% higher than
 * the target", "8 % de plus que l'objectif")
 */
#define OVER_TARGET_REACH 32

static bool
over_target(const Work *w, const WNum *n)
{
	int			t = rp_mark_after(w, RC_TARGET, n->bend, n->bend + OVER_TARGET_REACH),
				c = rp_mark_after(w, RC_EXCESS_AFTER, n->bend, n->bend + OVER_TARGET_REACH);

	/* (a comparison right after the number, "higher than", "more than the") */
	return t >= 0 && c >= 0 && w->mark[c].bstart - n->bend <= 2 && w->mark[c].bstart < w->mark[t].bstart &&
		!rp_has_comma(w->t->s, n->bend, w->mark[t].bstart) &&
		!rp_digit_between(w->t->s, n->bend, w->mark[t].bstart) &&
		rp_unit_end(w, n->bend, true) >= w->mark[t].bend;
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

/* bytes after a number in which a word that says it counts no law-enforcement quantity begins */
#define NOT_COUNT_AFTER 48
/* characters before a number in which a casualty or accident word does */
#define NOT_COUNT_BEFORE 32
/* characters after a number to an "and" that ends its unit's phrase ("50 suspects and ...") */
#define AND_AFTER_UNIT 16

/* where the first mark of this type and value in [from, to) starts, or `to` */
static size_t
before_mark(const Work *w, int type, int value, size_t from, size_t to)
{
	for (int m = rp_mark_after(w, type, from, to); m >= 0; m = rp_mark_after(w, type, w->mark[m].bend, to))
		if (w->mark[m].value == value)
			return w->mark[m].bstart;
	return to;
}

/*
 * Casualties, accidents, fires and victims are no count: a word of them
 * after the number, before the next number and in its clause ("15 người
 * chết", "426 vụ TNGT", "240 casos ... del tráfico"), or, for the words that
 * may stand first (value 1), right before it in its clause with no number
 * between ("làm chết 5 người", "TNGT xảy ra 30 vụ", "피해자 137명").
 */
static bool
not_count(const Work *w, int k)
{
	const WNum *n = &w->num[k];
	const char *s = w->t->s;
	size_t		to = rp_unit_end(w, n->bend, true),
				from;
	int			m;

	/*
	 * The word is that of this number's clause: before the next number (a
	 * figure or any digits) and before a word that opens a clause of its
	 * own ("arrested 87 suspects and recorded 215 traffic accidents",
	 * "while traffic accidents fell", "52 sospechosos por delitos de
	 * drogas, y los accidentes de tráfico bajaron": ", and"; "arrested 50
	 * suspects and traffic accidents fell": an "and" right after the unit)
	 */
	if (k + 1 < w->nnum && w->num[k + 1].bstart < to)
		to = w->num[k + 1].bstart;
	for (size_t i = n->bend; i < to; i++)
		if (s[i] >= '0' && s[i] <= '9')
			to = i;
	to = before_mark(w, RC_CLAUSE, 0, n->bend, to);
	for (int a = rp_mark_after(w, RC_LINK, n->bend, to); a >= 0; a = rp_mark_after(w, RC_LINK, w->mark[a].bend, to))
	{
		size_t		b = w->mark[a].bstart;

		while (b > n->bend && s[b - 1] == ' ')
			b--;
		if (w->mark[a].value == RC_LINK_AND &&
			((b > n->bend && s[b - 1] == ',') ||
			 cd_chars_between(s, n->bend, w->mark[a].bstart) <= AND_AFTER_UNIT))
		{
			to = w->mark[a].bstart;
			break;
		}
	}
	/*
	 * and it begins within NOT_COUNT_AFTER bytes ("vi phạm trật tự an toàn
	 * giao thông" may end past them); after a count of people, not as the
	 * subject of the next item: "bắt 76 đối tượng, tai nạn giao thông giảm
	 * 3 vụ" (a word that may stand first right after a comma; but "recorded
	 * 95 cases, killing 60 people" are accidents)
	 */
	if ((m = rp_mark_after(w, RC_NOT_COUNT, n->bend, to)) >= 0 && w->mark[m].bstart < n->bend + NOT_COUNT_AFTER)
	{
		size_t		b = w->mark[m].bstart;
		const char *unit = NUM_UNIT(w, n);

		while (b > n->bend && s[b - 1] == ' ')
			b--;
		if (!(w->mark[m].value == 1 && b > n->bend && s[b - 1] == ',' && unit &&
			  (strcmp(unit, "suspect") == 0 || strcmp(unit, "person") == 0)))
			return true;
	}
	/*
	 * Before it: the nearest word that may stand first, up to
	 * NOT_COUNT_BEFORE characters back in its clause, with no number
	 * between ("Tai nạn giao thông trên địa bàn xảy ra 95 vụ", "traffic
	 * accidents (212 cases)")
	 */
	from = rp_unit_start(w, n->bstart, true);
	/* (a character is at most 4 bytes) */
	if (n->bstart > 4 * NOT_COUNT_BEFORE && n->bstart - 4 * NOT_COUNT_BEFORE > from)
		from = n->bstart - 4 * NOT_COUNT_BEFORE;
	if (k > 0 && w->num[k - 1].bend > from)
		from = w->num[k - 1].bend;
	for (m = rp_mark_before(w, RC_NOT_COUNT, from, n->bstart); m >= 0 && w->mark[m].value != 1;
		 m = rp_mark_before(w, RC_NOT_COUNT, from, w->mark[m].bstart))
		;
	/* (and no comma or "and" between: "120 vụ TNGT, khởi tố 36 vụ án", "45 fire cases and prosecuted 12") */
	return m >= 0 && cd_chars_between(s, w->mark[m].bend, n->bstart) <= NOT_COUNT_BEFORE &&
		!rp_has_comma(s, w->mark[m].bend, n->bstart) &&
		before_mark(w, RC_LINK, RC_LINK_AND, w->mark[m].bend, n->bstart) == n->bstart;
}

/*
 * "tăng 30 vụ, 40 đối tượng so với cùng kỳ", "up 12 cases, 15 suspects": a
 * number right after a change of a unit, with only the unit and a comma or
 * slash between, is the second item of that change.
 */
static bool
change_pair(const Work *w, int k)
{
	const WNum *n = &w->num[k],
			   *p;
	size_t		i;

	if (k == 0 || !n->unit)
		return false;
	p = &w->num[k - 1];
	if (!(p->flags & CD_F_CHANGE) || p->kind != CD_K_NUMBER || !p->unit ||
		n->bstart < p->bend || n->bstart - p->bend > 32)
		return false;
	/* back over spaces to the comma or slash */
	i = n->bstart;
	while (i > p->bend && w->t->s[i - 1] == ' ')
		i--;
	if (i == p->bend || (w->t->s[i - 1] != ',' && w->t->s[i - 1] != '/'))
		return false;
	/* and before it only the first item's unit word */
	for (size_t j = p->bend; j < i - 1; j++)
	{
		char		c = w->t->s[j];

		if (c == ',' || c == '.' || c == ';' || c == '(' || c == '\n' || (c >= '0' && c <= '9'))
			return false;
	}
	return true;
}

/*
 * "1,357 cases involving 1,467 individuals", "12 vụ với 30 cá nhân": people
 * named right after a count of cases in the same clause are its offenders
 * (individuals are otherwise those of an award list).
 */
static bool
case_people(const Work *w, const WNum *n, int last_count)
{
	const WNum *c;

	if (last_count < 0 || !n->unit || strcmp(NUM_UNIT(w, n), "individual") != 0)
		return false;
	c = &w->num[last_count];
	return strcmp(NUM_UNIT(w, c), "case") == 0 && n->bstart > c->bend &&
		n->bstart - c->bend <= 48 && rp_unit_start(w, n->bstart, true) <= c->bstart;
}

/* counts put out, to know one stated again (a headline and its body) */
#define SEEN_MAX 64
#define SEEN_TAIL 48

typedef struct Seen
{
	int64_t		v;
	int			scale;
	uint8_t		unit;
	size_t		tail,
				tlen;
} Seen;

/*
 * The words after a count up to a punctuation mark ("122 vụ phạm pháp hình
 * sự, ..."): its tail, when it has at least three words; 0 when it is too
 * short to tell one count from another.
 */
static size_t
count_tail(const Work *w, const WNum *n)
{
	size_t		e = n->bend,
				lim = n->bend + SEEN_TAIL < w->t->len ? n->bend + SEEN_TAIL : w->t->len;
	int			spaces = 0;

	while (e < lim)
	{
		char		c = w->t->s[e];

		if (c == ',' || c == '.' || c == ';' || c == '\n' || c == '(' || c == ':' ||
			(c >= '0' && c <= '9'))
			break;
		if (c == ' ' && e > n->bend)
			spaces++;
		e++;
	}
	while (e > n->bend && w->t->s[e - 1] == ' ')
		e--;
	return spaces >= 3 ? e - n->bend : 0;
}

/* was this count put out before, with the same words after it? */
static bool
restated(const Work *w, const WNum *n, Seen *seen, int *nseen)
{
	size_t		tl = count_tail(w, n);

	if (tl == 0)
		return false;
	for (int i = 0; i < *nseen; i++)
		if (seen[i].v == n->v && seen[i].scale == n->scale && seen[i].unit == n->unit &&
			seen[i].tlen == tl && memcmp(w->t->s + seen[i].tail, w->t->s + n->bend, tl) == 0)
			return true;
	if (*nseen < SEEN_MAX)
	{
		seen[*nseen].v = n->v;
		seen[*nseen].scale = n->scale;
		seen[*nseen].unit = n->unit;
		seen[*nseen].tail = n->bend;
		seen[*nseen].tlen = tl;
		(*nseen)++;
	}
	return false;
}

/*
 * What an amount seized is of: the nearest goods word after it in its
 * clause ("100 kg d'héroïne", "thu 43 bánh heroin"), else before it
 * ("압수된 마약류는 330kg").  -1 when the clause names none.
 */
static int
seized_goods(const Work *w, const WNum *n)
{
	size_t		ce = rp_unit_end(w, n->bend, true),
				cs = rp_unit_start(w, n->bstart, true);
	int			m;

	if (ce > n->bend + 40)
		ce = n->bend + 40;
	if ((m = rp_mark_after(w, RC_GOODS, n->bend, ce)) >= 0)
		return m;
	if (n->bstart > cs + 40)
		cs = n->bstart - 40;
	return rp_mark_before(w, RC_GOODS, cs, n->bstart);
}

static void
put_change(Out *o, const WNum *n, bool pair)
{
	Work	   *w = o->w;
	CdFact		f;

	rp_fact_init(&f, F_CHANGE, n->bstart, n->bend);
	f.metric = n->kind == CD_K_PERCENT ? "percent" : (n->unit ? NUM_UNIT(w, n) : "number");
	f.has_value = true;
	f.v = n->v;
	f.vscale = n->scale;
	f.qual = n->qual;
	rp_why_add(&f, "change", pair ? "pair" : NULL);
	if (n->unit)
		rp_why_add(&f, "unit", NUM_UNIT(w, n));
	rp_set_scope(w, &f, n->bstart);
	rp_put(o, &f);
}

void
rp_changes_and_counts(Out *o)
{
	Work	   *w = o->w;
	int			last_count = -1;	/* the number of the last count put out */
	Seen		seen[SEEN_MAX];
	int			nseen = 0;

	for (int k = 0; k < w->nnum; k++)
	{
		WNum	   *n = &w->num[k];
		CdFact		f;
		int			sub;

		if (w->used[k] || !(n->flags & CD_F_VALUE))
			continue;
		/* another country's figures are none of ours */
		if ((n->unit || n->kind == CD_K_PERCENT) && rp_foreign(w, n->bstart))
			continue;
		if (((n->flags & CD_F_CHANGE) && (n->kind == CD_K_PERCENT || n->kind == CD_K_NUMBER)) ||
			rp_verb_change(w, k))
		{
			/* (the change word ends a share's: "made up 35%" is a share, no change) */
			int			m = rp_mark_before(w, RC_EXCESS_BEFORE, n->bstart > 40 ? n->bstart - 40 : 0, n->bstart);

			if (!(m >= 0 && w->mark[m].value == RC_EXCESS_SHARE && n->bstart - w->mark[m].bend <= 4) &&
				!over_target(w, n))
				put_change(o, n, false);
			continue;
		}
		if (n->kind == CD_K_NUMBER && n->unit && !(n->flags & CD_F_CHANGE) && change_pair(w, k) &&
			(cd_is_count_unit(NUM_UNIT(w, n)) || cd_is_seizure_unit(NUM_UNIT(w, n))))
		{
			put_change(o, n, true);
			continue;
		}
		/*
		 * An amount seized (kg of heroin, blocks, pills, tonnes of
		 * firecrackers) is a seizure, with what was seized when its clause
		 * says so, not a count.
		 */
		if (n->kind == CD_K_NUMBER && n->unit && cd_is_seizure_unit(NUM_UNIT(w, n)) &&
			!not_count(w, k) && !target_count(w, n))
		{
			int			g = seized_goods(w, n);

			rp_fact_init(&f, F_SEIZURE, n->bstart, n->bend);
			f.metric = NUM_UNIT(w, n);
			f.has_value = true;
			f.v = n->v;
			f.vscale = n->scale;
			f.qual = n->qual;
			rp_why_add(&f, "unit", NUM_UNIT(w, n));
			if (g >= 0)
			{
				f.detail = w->t->s + w->mark[g].bstart;
				f.detail_len = w->mark[g].bend - w->mark[g].bstart;
				rp_why_mark(&f, w, "goods", g);
			}
			rp_set_scope(w, &f, n->bstart);
			rp_put(o, &f);
			continue;
		}
		/*
		 * A count is a law-enforcement quantity (cd_count_units, or people
		 * named with a count of cases), and not casualties, accidents,
		 * fires or victims (not_count), an award list or a target; a count
		 * stated again with the same words (a headline and its body) is
		 * put out once.
		 */
		if (n->kind == CD_K_NUMBER && n->unit &&
			(cd_is_count_unit(NUM_UNIT(w, n)) || case_people(w, n, last_count)) &&
			!not_count(w, k) && !award_people(w, k) && !target_count(w, n))
		{
			if (restated(w, n, seen, &nseen))
				continue;
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
		else if ((sub = subset_count(w, n, last_count)) >= 0 && !not_count(w, k) &&
				 !target_count(w, n))
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
