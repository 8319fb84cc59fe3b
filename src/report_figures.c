/*
 * report_figures.c
 *		Stage 2, candidate figures: the numbers of numbers() that a rule can
 *		use, the arithmetic that links a percent to its fraction, years, and
 *		the scope of a figure.
 */
#define _POSIX_C_SOURCE 200809L	/* strdup, strtok_r, snprintf */
#include "report_figures.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>

#include "report_clauses.h"
#include "report_words.h"

/*
 * Keep the numbers a rule can use.  A plain number with no unit and no
 * change word is used only as a cluster number (after a cluster cue) or as
 * a part of a count (after "of which"); the others are dropped here, so a text of bare numbers costs no memory per
 * number.  Marks are found before numbers are collected.
 */
static bool
num_needed(Work *w, const CdNum *n)
{
	if (n->kind != CD_K_NUMBER || n->unit || (n->flags & CD_F_CHANGE))
		return true;
	if (!(n->flags & CD_F_VALUE) || n->scale != 0)
		return false;
	/* right after "of which", "trong đó": maybe a part of a count */
	{
		int			m = rp_mark_before(w, RC_CLAUSE, n->bstart > SUBSET_REACH ? n->bstart - SUBSET_REACH : 0, n->bstart);

		if (m >= 0 && w->mark[m].value == 1)
			return true;
	}
	if (n->v < 1 || n->v > 63)
		return false;
	/* a cluster cue up to CLUSTER_GAP bytes before (numbers come in text order) */
	while (w->cluster_mark < w->nmark &&
		   (!rp_emulation_cluster(&w->mark[w->cluster_mark]) ||
			w->mark[w->cluster_mark].bstart + CLUSTER_GAP < n->bstart))
	{
		if (w->mark[w->cluster_mark].bstart > n->bstart)
			return false;
		w->cluster_mark++;
	}
	return w->cluster_mark < w->nmark && w->mark[w->cluster_mark].bstart <= n->bstart;
}

/* a count of cases: a number whose unit word is a case's */
static bool
case_count(const CdNum *n)
{
	return n->kind == CD_K_NUMBER && n->unit && strcmp(n->unit, "case") == 0;
}

/* a whole number with no unit that may be one of a pair of counts of cases */
static bool
bare_count(const CdNum *n)
{
	return n->kind == CD_K_NUMBER && !n->unit && !(n->flags & CD_F_CHANGE) &&
		(n->flags & CD_F_VALUE) && n->scale == 0 && n->v >= 1 && n->qual == CD_Q_EQ;
}

static void keep_num(Work *w, const CdNum *n);

/*
 * The numbers of a "respectively" run that one percent sign or word covers
 * ("85.2 and 97.1 percent respectively", "respectivement de 85,2 et 97,1
 * %", "ร้อยละ 85.2 และ 97.1 ตามลำดับ") are percents too: plain numbers (no
 * unit, no change, at most 100) right before or after a percent, with at
 * most one short word ("and") and commas between each two, and a
 * "respectively" word of their sentence close by.
 */
#define SHARED_PERCENT_GAP 8
#define SHARED_PERCENT_WORD 3
#define SHARED_PERCENT_NEAR 80

static bool
plain_share(const CdNum *n)
{
	int64_t		lim = 100;

	if (n->kind != CD_K_NUMBER || !(n->flags & CD_F_VALUE) || (n->flags & CD_F_CHANGE) || n->unit ||
		n->qual != CD_Q_EQ || n->v < 0 || n->scale < 0 || n->scale > 4)
		return false;
	for (int i = 0; i < n->scale; i++)
		lim *= 10;
	return n->v <= lim;
}

/* only commas, spaces and one short word between [a, b)? */
static bool
shares_gap(const Work *w, size_t a, size_t b)
{
	const char *s = w->t->s;
	int			words = 0,
				letters = 0;
	bool		in_word = false;

	if (a > b || cd_chars_between(s, a, b) > SHARED_PERCENT_GAP)
		return false;
	for (size_t i = a; i < b; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if ((c >= '0' && c <= '9') || c == '%' || c == '.' || c == ';' || c == ':' || c == '(' ||
			c == ')' || c == '\n')
			return false;
		if (c == ' ' || c == ',')
			in_word = false;
		else
		{
			if (!in_word)
				words++;
			in_word = true;
			/* (a short word: "and", "et", "và", "และ", "和"; not "solved", "soit") */
			if ((c & 0xC0) != 0x80 && ++letters > SHARED_PERCENT_WORD)
				return false;
		}
	}
	return words <= 1;
}

/* no full stop ('.' before a space or line end), '!', '?', '。' or line break in [x, y)? */
static bool
no_sentence_end(const char *s, size_t x, size_t y)
{
	for (size_t i = x; i < y; i++)
		if ((s[i] == '.' && (i + 1 >= y || s[i + 1] == ' ' || s[i + 1] == '\n')) || s[i] == '!' ||
			s[i] == '?' || s[i] == '\n' ||
			((unsigned char) s[i] == 0xE3 && i + 2 < y && (unsigned char) s[i + 1] == 0x80 &&
			 (unsigned char) s[i + 2] == 0x82))
			return false;
	return true;
}

/* a "respectively" word within SHARED_PERCENT_NEAR bytes of [a, b), no sentence's end between */
static bool
respectively_near(const Work *w, size_t a, size_t b)
{
	size_t		from = a > SHARED_PERCENT_NEAR ? a - SHARED_PERCENT_NEAR : 0,
				to = b + SHARED_PERCENT_NEAR;
	int			r = rp_mark_after(w, RC_RESPECTIVELY, from, to < w->t->len ? to : w->t->len);

	for (; r >= 0 && r < w->nmark && w->mark[r].bstart < to; r++)
	{
		const Mark *m = &w->mark[r];
		size_t		x = m->bend <= a ? m->bend : b,
					y = m->bend <= a ? a : m->bstart;

		if (m->type != RC_RESPECTIVELY)
			continue;
		if (no_sentence_end(w->t->s, x, y))
			return true;
	}
	return false;
}

/*
 * Number n as one of a run that shares a percent sign: true when it was
 * dealt with here (kept as a percent, or held back as a plain number that
 * may be one).
 */
static bool
shared_percent(Work *w, const CdNum *n)
{
	if (plain_share(n) && !num_needed(w, n))
	{
		/* after a percent: "ร้อยละ 85.2 และ 97.1" */
		if (w->nnum > 0 && w->last_kept && w->num[w->nnum - 1].kind == CD_K_PERCENT &&
			!(w->num[w->nnum - 1].flags & CD_F_CHANGE) &&
			shares_gap(w, w->num[w->nnum - 1].bend, n->bstart) &&
			respectively_near(w, w->num[w->nnum - 1].bstart, n->bend))
		{
			CdNum		p = *n;

			p.kind = CD_K_PERCENT;
			keep_num(w, &p);
			w->have_bare = false;
			w->nplain = 0;
			w->last_kept = true;
			return true;
		}
		/* before one, held back ("85.2 and 97.1 percent") */
		if (w->nplain > 0 && (w->nplain == SHARED_PERCENT_MAX ||
							  !shares_gap(w, w->plain[w->nplain - 1].bend, n->bstart)))
			w->nplain = 0;
		w->plain[w->nplain++] = *n;
		return false;
	}
	if (n->kind == CD_K_PERCENT && !(n->flags & CD_F_CHANGE) && w->nplain > 0 &&
		shares_gap(w, w->plain[w->nplain - 1].bend, n->bstart) &&
		respectively_near(w, w->plain[0].bstart, n->bend))
	{
		for (int i = 0; i < w->nplain; i++)
		{
			CdNum		p = w->plain[i];

			p.kind = CD_K_PERCENT;
			keep_num(w, &p);
		}
	}
	w->nplain = 0;
	return false;
}

/*
 * Collects the numbers the rules may use (numbers() calls it for each, in
 * text order).  A plain number next to a count of cases, with no other
 * number between, is kept too: the two may give a rate ("1 707 affaires
 * criminelles sur 1 914", "1707 из 1914 уголовных преступлений", "Of 1,914
 * criminal cases, 1,707 were solved").
 */
void
rp_collect_num(const CdNum *n, void *arg)
{
	Work	   *w = arg;
	bool		bare_next;

	if (w->oom)
		return;
	if (shared_percent(w, n))
		return;
	bare_next = bare_count(n) && w->nnum > 0 && w->last_kept &&
		w->num[w->nnum - 1].kind == CD_K_NUMBER && w->num[w->nnum - 1].unit && strcmp(w->unit_labels[w->num[w->nnum - 1].unit], "case") == 0 &&
		n->bstart >= w->num[w->nnum - 1].bend &&
		cd_chars_between(w->t->s, w->num[w->nnum - 1].bend, n->bstart) <= BARE_PAIR_GAP;
	if (!bare_next && !num_needed(w, n))
	{
		w->have_bare = bare_count(n);
		if (w->have_bare)
			w->bare = *n;
		w->last_kept = false;
		return;
	}
	if (w->have_bare && case_count(n) && n->bstart >= w->bare.bend &&
		cd_chars_between(w->t->s, w->bare.bend, n->bstart) <= BARE_PAIR_GAP)
		keep_num(w, &w->bare);
	w->have_bare = false;
	w->last_kept = true;
	keep_num(w, n);
}

static void
keep_num(Work *w, const CdNum *n)
{
	WNum	   *o;

	if (w->oom)
		return;
	if (!rp_grow((void **) &w->num, &w->capnum, w->nnum + 1, sizeof(WNum)))
	{
		w->oom = true;
		return;
	}
	o = &w->num[w->nnum++];
	o->v = n->v;
	o->v2 = n->v2;
	o->unit = 0;
	if (n->unit)
	{
		int			u = 1;

		while (u <= w->nunit_labels && w->unit_labels[u] != n->unit)
			u++;
		if (u > w->nunit_labels)
		{
			if (w->nunit_labels == 255)
				u = 0;			/* more unit words than any language has: keep none */
			else
				w->unit_labels[++w->nunit_labels] = n->unit;
		}
		o->unit = (uint8_t) u;
	}
	o->bstart = (uint32_t) n->bstart;
	o->bend = (uint32_t) n->bend;
	o->kind = (uint8_t) n->kind;
	o->qual = (uint8_t) n->qual;
	o->flags = (uint8_t) n->flags;
	o->scale = (int8_t) n->scale;
	o->scale2 = (int8_t) n->scale2;
}

/* does the reported percent p (pv / 10^ps) match a/b, rounded or truncated? */
bool
rp_percent_matches(int64_t a, int64_t b, int64_t pv, int ps)
{
	__int128	x,
				scaled;

	if (b <= 0 || a < 0 || a > b || ps > 6)
		return false;
	x = (__int128) a * 100;
	for (int k = 0; k < ps; k++)
		x *= 10;
	scaled = x / b;				/* truncated */
	if (scaled == pv)
		return true;
	/* rounded half up, all in 128 bits: 2 * b overflows int64 for totals near 2^63 */
	return (2 * x + b) / (2 * (__int128) b) == pv;
}

int
rp_year_of_num(const WNum *n)
{
	if (n->kind == CD_K_YEAR)
		return (int) n->v;
	return 0;
}

/* the nearest year number after byte `after` within `limit` bytes, else before `before` */
int
rp_year_near(const Work *w, size_t before, size_t after, size_t limit, bool after_only)
{
	for (int k = num_from(w, after); k < w->nnum && w->num[k].bstart - after <= limit; k++)
		if (rp_year_of_num(&w->num[k]))
			return rp_year_of_num(&w->num[k]);
	if (after_only)
		return 0;
	for (int k = num_from(w, before) - 1; k >= 0 && w->num[k].bend + limit >= before; k--)
		if (w->num[k].bend <= before && rp_year_of_num(&w->num[k]))
			return rp_year_of_num(&w->num[k]);
	return 0;
}

/* ------------------------------------------------------------ rules */

/*
 * What the text between byte `from` and a figure at `pos` names before it:
 * 1 when that decides the scope (one province, or a cluster cue, set in f),
 * 0 when it names no province and no cluster, -1 when it cannot tell (two
 * provinces, or a leader or deputy cue).
 */
static int
scope_in(const Work *w, CdFact *f, size_t pos, size_t from)
{
	int			prov = -1,
				nprov = 0;

	for (int k = mark_from(w, pos) - 1; k >= 0 && w->mark[k].bstart >= from; k--)
	{
		const Mark *m = &w->mark[k];

		if (m->bend > pos)
			continue;
		if (m->type == RC_PROVINCE)
		{
			/* (the venue's is no scope: "the conference held in Long Xuyen, An Giang, ...") */
			if (rp_venue_province(w, k, from))
				continue;
			if (prov < 0 || w->mark[prov].value != m->value)
				nprov++;
			if (prov < 0)
				prov = k;
		}
		else if (m->type == RC_WHOLE || rp_emulation_cluster(m))
		{
			if (nprov == 0 || m->type == RC_WHOLE)
			{
				f->scope = "cluster";
				return 1;
			}
			break;
		}
		else if (m->type == RC_LEADER || m->type == RC_DEPUTY)
			return -1;
	}
	if (nprov == 1)
	{
		f->scope = "province";
		f->province = w->mark[prov].value;
		return 1;
	}
	return nprov == 0 ? 0 : -1;
}

/*
 * Scope of a rate or count at byte `pos`: what its clause names before it
 * ("Quảng Bình ... 87,14%; Quảng Trị ... 89,66%": each its own province),
 * else what its sentence names before it.  One province (and nothing about
 * the cluster after it): that province; a cluster cue ("toàn Cụm", "the
 * cluster"): the whole cluster; else unknown.
 */
void
rp_set_scope(const Work *w, CdFact *f, size_t pos)
{
	size_t		cs = rp_unit_start(w, pos, true),
				ss = rp_unit_start(w, pos, false);

	if (cs > ss && scope_in(w, f, pos, cs) != 0)
		return;
	(void) scope_in(w, f, pos, ss);
}

/*
 * The province after a city's name, as a place is written ("held in Rach
 * Gia, Kien Giang, ...", "à Buôn Ma Thuột (Đắk Lắk)"): from byte `from`
 * (after a place word) only names to a comma or an opening bracket right
 * before province p, and the province's own item ending right after it.
 * Not a province that does something after the place ("held in Hanoi, An
 * Giang police said ...").
 */
static bool
city_then_province(const Work *w, size_t from, const Mark *p)
{
	const char *s = w->t->s;
	size_t		e = p->bstart,
				a = p->bend;
	int			seps = 0;

	if (e <= from || e - from > 48)
		return false;
	while (e > from && s[e - 1] == ' ')
		e--;
	if (e == from || (s[e - 1] != ',' && s[e - 1] != '('))
		return false;
	for (size_t i = from; i < e; i++)
	{
		if (s[i] >= '0' && s[i] <= '9')
			return false;
		seps += s[i] == ',' || s[i] == '(' || s[i] == ';' || s[i] == ')';
	}
	if (seps != 1 || !rp_only_words_of(w, from, e - 1, RC_LIST, true))
		return false;
	while (a < w->t->len && s[a] == ' ')
		a++;
	return a >= w->t->len || s[a] == ',' || s[a] == ')' || s[a] == ';' || s[a] == '.';
}

/*
 * Is province q a place where something happens, not a holder nor a
 * figure's scope: right behind a place word in its clause (from cs on),
 * with only words that join a list's items between ("La conférence s'est
 * tenue à Ninh Binh en présence du chef adjoint", "Tại Công an tỉnh X, ...
 * nghe Cụm trưởng phát biểu", "the conference held in Long Xuyen, An
 * Giang, ... decreased by 11.6%")?
 */
bool
rp_venue_province(const Work *w, int q, size_t cs)
{
	const Mark *p = &w->mark[q];
	int			l = rp_mark_before(w, RC_LOCATION, p->bstart > cs + 48 ? p->bstart - 48 : cs, p->bstart);

	if (l < 0 || w->mark[l].value != 0 ||
		!(rp_only_words_of(w, w->mark[l].bend, p->bstart, RC_LIST, false) || city_then_province(w, w->mark[l].bend, p)))
		return false;
	/*
	 * a place word that is also one of handing ("à", "a"): a place only
	 * after the conference's word ("a transmis le drapeau à la police de
	 * X, chef de file pour 2025" hands it to X)
	 */
	for (int k = mark_from(w, w->mark[l].bstart); k < w->nmark && w->mark[k].bstart == w->mark[l].bstart; k++)
		if (w->mark[k].type == RC_LINK)
			return rp_mark_before(w, RC_EVENT, rp_unit_start(w, w->mark[l].bstart, false), w->mark[l].bstart) >= 0;
	return true;
}

/*
 * Is the figure at byte pos another country's?  The first country its
 * sentence names before it is not Vietnam ("In Japan the clearance rate is
 * about 30%", "日本における検挙率は約30%"), and is not named as a partner
 * ("phối hợp với ...", "in cooperation with ...").
 */
bool
rp_foreign(Work *w, size_t pos)
{
	size_t		ss = rp_unit_start(w, pos, false);
	const Mark *m;
	int			lo = 0,
				hi;

	/* the country marks, gathered when first asked */
	if (!w->countries)
	{
		if (!(w->countries = cd_alloc((size_t) (w->nmark + 1) * sizeof(int))))
		{
			w->oom = true;
			return false;
		}
		w->ncountries = 0;
		for (int k = 0; k < w->nmark; k++)
			if (w->mark[k].type == RC_COUNTRY && w->mark[k].value != 2)
				w->countries[w->ncountries++] = k;
	}
	/* the first at or after the sentence's start */
	hi = w->ncountries;
	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (w->mark[w->countries[mid]].bstart < ss)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == w->ncountries || w->mark[w->countries[lo]].bend > pos)
		return false;
	m = &w->mark[w->countries[lo]];
	if (m->value == 0)
		return false;
	{
		int			p = rp_mark_before(w, RC_COUNTRY, m->bstart > 48 ? m->bstart - 48 : 0, m->bstart);

		if (p >= 0 && w->mark[p].value == 2)
			return false;
	}
	/*
	 * but a province of ours or the cluster named after the last foreign
	 * country before the figure makes it ours ("In Japan ... about 40%,
	 * while the Police of Da Nang city reached 92.6%", "..., while the
	 * cluster's provinces solved 923/1,004"; not Vietnam named as the one
	 * compared with: "日本における...約191万件とベトナムの約40倍、検挙人員は約88万人")
	 */
	{
		size_t		from = m->bend;

		for (int c = lo + 1; c < w->ncountries && w->mark[w->countries[c]].bend <= pos; c++)
			if (w->mark[w->countries[c]].value == 1)
				from = w->mark[w->countries[c]].bend;
		for (int k = mark_from(w, from); k < w->nmark && w->mark[k].bstart < pos; k++)
			if ((w->mark[k].type == RC_PROVINCE || rp_emulation_cluster(&w->mark[k])) && w->mark[k].bend <= pos)
				return false;
	}
	return true;
}

/*
 * Is percent k a change its clause's verb of change names, the verb before
 * its subject: "انخفضت الجرائم بنسبة 4.2%", "ارتفعت نسبة كشف الجرائم بنسبة 2.1%
 * لتصل إلى 88.3%" (2.1 is the change, 88.3 the rate)?  Right behind a "by"
 * word, the first figure after the verb in its clause.
 */
bool
rp_verb_change(const Work *w, int k)
{
	const WNum *p = &w->num[k];
	size_t		cs;
	int			by,
				verb;

	if (p->kind != CD_K_PERCENT || (p->flags & CD_F_CHANGE))
		return false;
	by = rp_mark_before(w, RC_CHANGE_VERB, p->bstart > 40 ? p->bstart - 40 : 0, p->bstart);
	if (by < 0 || w->mark[by].value != 1 || !rp_only_spaces(w->t->s, w->mark[by].bend, p->bstart))
		return false;
	cs = rp_unit_start(w, p->bstart, true);
	for (verb = by - 1; verb >= 0 && w->mark[verb].bstart >= cs; verb--)
		if (w->mark[verb].type == RC_CHANGE_VERB && w->mark[verb].value == 0)
			return !rp_digit_between(w->t->s, w->mark[verb].bend, w->mark[by].bstart);
	return false;
}

/* is [from, to) a short stretch of the same clause, without figures or brackets? */
bool
rp_right_behind(const Work *w, size_t from, size_t to)
{
	if (to < from || to - from > 40)
		return false;
	for (size_t i = from; i < to; i++)
	{
		char		c = w->t->s[i];

		if ((c >= '0' && c <= '9') || c == ';' || c == '.' || c == '\n' || c == '(' || c == ')' ||
			FW_OPEN_AT(w->t->s, i, to) || FW_CLOSE_AT(w->t->s, i, to))
			return false;
	}
	return true;
}

/* only spaces and one dash or tilde in [a, b): "2005 - 2023", "2021–2025", "2021~2025" */
bool
rp_range_joiner(const char *s, size_t a, size_t b)
{
	int			dashes = 0;

	for (size_t i = a; i < b; i++)
	{
		if (s[i] == ' ')
			continue;
		if (s[i] == '-' || s[i] == '~')
			dashes++;
		else if (i + 2 < b && (unsigned char) s[i] == 0xE2 && (unsigned char) s[i + 1] == 0x80 &&
				 ((unsigned char) s[i + 2] == 0x93 || (unsigned char) s[i + 2] == 0x94))
		{
			dashes++;
			i += 2;
		}
		else
			return false;
	}
	return dashes == 1;
}

/*
 * Is the year figure k not the year reviewed?  A plan's or a comparison's
 * year, right behind its cue ("work plans for 2026", "so với cùng kỳ năm
 * 2023", "compared to 2023", "la même période en 2024"), or the first year
 * of a range of years ("50주년(1975~2025)", "1975–2025").
 */
bool
rp_other_year(const Work *w, int k)
{
	size_t		b = w->num[k].bstart;
	int			c;

	for (int type = RC_NOT_YEAR, i = 0; i < 2; i++, type = RC_EXCESS_AFTER)
	{
		c = rp_mark_before(w, type, b > 32 ? b - 32 : 0, b);
		if (c >= 0 && rp_right_behind(w, w->mark[c].bend, b) && b - w->mark[c].bend <= 16)
			return true;
	}
	/* or glued right after it, as Korean and Japanese write a comparison: "2024년보다", "2024年より" */
	c = rp_mark_after(w, RC_NOT_YEAR, w->num[k].bend, w->num[k].bend + 16);
	if (c >= 0 && w->mark[c].bstart == w->num[k].bend)
		return true;
	if (k + 1 < w->nnum && rp_year_of_num(&w->num[k + 1]))
	{
		size_t		e = w->num[k].bend,
					n = w->num[k + 1].bstart;
		const char *s = w->t->s;

		return rp_range_joiner(s, e, n);
	}
	return false;
}
