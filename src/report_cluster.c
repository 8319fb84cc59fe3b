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
#include <strings.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>

#include "report_clauses.h"
#include "report_figures.h"
#include "report_words.h"

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

/* mark mk if it is an emulation cluster's cue, else -1 */
static int
emulation_cue(const Work *w, int mk)
{
	return mk >= 0 && rp_emulation_cluster(&w->mark[mk]) ? mk : -1;
}

/*
 * The cluster cue that makes number n the cluster's number, or -1: a cue
 * shortly before it in its sentence (an ordinal at most ORDINAL_AFTER_CUE
 * characters behind the cue, "Cụm thi đua Công an số 10", not "... on
 * Highway No. 1"; a plain number only right behind it and counting
 * nothing: "Emulation Grouping 4", not "Cụm thi đua 5 tỉnh"), or for an
 * ordinal a cue right after it ("第4竞赛集群", "제4 경쟁 클러스터", "the 10th
 * Emulation Cluster"), unless that cue names a cluster of another kind
 * ("第3产业集群"); an ordinal by its ending ("10th": CD_F_ENDING) only so,
 * never behind the cue ("the cluster met on the 14th floor").  Digits
 * hyphened to the cue ("Cluster-11") are its number too.  *after: the cue
 * is after the number.
 */
static int
cluster_cue(const Work *w, const WNum *n, bool *after)
{
	int			mk,
				ma;

	*after = false;
	if (n->kind == CD_K_CODE && n->v >= 1 && n->v <= 63 && n->scale == 0 && n->bstart > 0 &&
		w->t->s[n->bstart - 1] == '-')
	{
		/* "Cluster-11": digits alone, hyphened to the cue */
		mk = emulation_cue(w, rp_mark_before(w, RC_CLUSTER, n->bstart > CLUSTER_GAP ? n->bstart - CLUSTER_GAP : 0,
											 n->bstart));
		for (size_t b = n->bstart; mk >= 0 && b < n->bend; b++)
			if (w->t->s[b] < '0' || w->t->s[b] > '9')
				mk = -1;
		return mk >= 0 && w->mark[mk].bend == n->bstart - 1 ? mk : -1;
	}
	if ((n->kind != CD_K_ORDINAL && n->kind != CD_K_NUMBER) || n->v < 1 || n->v > 63 ||
		n->scale != 0)
		return -1;
	mk = emulation_cue(w, rp_mark_before(w, RC_CLUSTER, n->bstart > CLUSTER_GAP ? n->bstart - CLUSTER_GAP : 0,
										 n->bstart + 1));
	/* (a sentence between: the number is another's, "... the cluster. Highway No. 1 ...") */
	/* (an ordinal by its ending, "14th", only before its cue) */
	if (mk >= 0 && (rp_unit_end(w, w->mark[mk].bend, false) < n->bstart ||
					(n->flags & CD_F_ENDING) ||
					(n->kind == CD_K_ORDINAL &&
					 cd_chars_between(w->t->s, w->mark[mk].bend, n->bstart) > ORDINAL_AFTER_CUE)))
		mk = -1;
	if (n->kind == CD_K_ORDINAL)
	{
		ma = mark_starting(w, RC_CLUSTER, n->bend, n->bend + ORDINAL_CUE_GAP);
		if (ma >= 0 && !rp_emulation_cluster(&w->mark[ma]))
			return -1;
		/*
		 * an ordinal by its ending names the cluster only with the cue right
		 * behind it, spaces between, not a compound nor a meeting of it ("the
		 * 10th Emulation Cluster"; not "On the 20th, the Emulation Cluster",
		 * "the 3rd cluster-level course", "3번째 클러스터 회의")
		 */
		if (ma >= 0 && (n->flags & CD_F_ENDING) &&
			(!rp_only_spaces(w->t->s, n->bend, w->mark[ma].bstart) ||
			 (w->mark[ma].bend < w->t->len && w->t->s[w->mark[ma].bend] == '-') ||
			 mark_starting(w, RC_EVENT, w->mark[ma].bend, rp_chars_on(w, w->mark[ma].bend, 2)) >= 0))
			return -1;
		if (ma >= 0 && (mk < 0 || n->bstart - w->mark[mk].bend > CLUSTER_GAP / 2))
		{
			*after = true;
			return ma;
		}
	}
	if (mk < 0)
		return -1;
	if (n->kind == CD_K_NUMBER &&
		(n->bstart - w->mark[mk].bend > 2 || !rp_only_spaces(w->t->s, w->mark[mk].bend, n->bstart) ||
		 before_date_mark(w, n) || n->unit != 0))
		return -1;
	return mk;
}

int
rp_cluster_facts(Out *o)
{
	Work	   *w = o->w;
	/* [0]: numbers named otherwise, [1]: ordinals by their ending */
	int			counts[2][64] = {{0}},
				first[2][64],
				top[2] = {0, 0};
	int			best,
				by;
	bool		after;

	for (int k = 0; k < w->nnum; k++)
	{
		WNum	   *n = &w->num[k];
		int			e = (n->flags & CD_F_ENDING) != 0;

		if (cluster_cue(w, n, &after) < 0)
			continue;
		if (counts[e][n->v]++ == 0)
			first[e][n->v] = k;
		if (top[e] == 0 || counts[e][n->v] > counts[e][top[e]])
			top[e] = (int) n->v;
	}
	/* (an ordinal by its ending counts only when nothing else names the cluster) */
	by = top[0] ? 0 : 1;
	best = top[by];
	if (best)
	{
		CdFact		f;
		WNum	   *n = &w->num[first[by][best]];
		int			m = cluster_cue(w, n, &after);

		if (after)
			rp_fact_init(&f, F_CLUSTER, n->bstart, w->mark[m].bend);
		else
			rp_fact_init(&f, F_CLUSTER, w->mark[m].bstart, n->bend);
		f.cluster_no = best;
		f.has_value = true;
		f.v = best;
		rp_put(o, &f);
	}
	return best;
}

static bool
is_role(int type)
{
	return type == RC_LEADER || type == RC_DEPUTY;
}

/*
 * An item's role in brackets right behind it, or behind the words that
 * join a list ("Hưng Yên (đơn vị Cụm trưởng)", "Quang Tri (líder del
 * grupo)", "坚江省（集群长）"): where the gap to the next item goes on after
 * the bracket; `from` when there is none.
 */
static size_t
role_bracket_end(const Work *w, size_t from, size_t to)
{
	const char *s = w->t->s;
	size_t		b = from,
				e;
	int			j = join_from(w, from);

	while (b < to)
	{
		while (j < w->njoin && w->join[j].bend <= b)
			j++;
		if (s[b] == ' ')
			b++;
		else if (j < w->njoin && w->join[j].bstart <= b)
			b = w->join[j].bend;
		else
			break;
	}
	if (b < to && s[b] == '(')
		e = b + 1;
	else if (FW_OPEN_AT(s, b, to))
		e = b + 3;
	else
		return from;
	for (; e < to && e - b <= LIST_BRACKET_MAX; e++)
	{
		if (s[e] == '\n' || s[e] == '(' || FW_OPEN_AT(s, e, to))
			return from;
		if (s[e] == ')' || FW_CLOSE_AT(s, e, to))
		{
			for (int k = mark_from(w, b); k < w->nmark && w->mark[k].bstart < e; k++)
				if (is_role(w->mark[k].type))
					return e + (s[e] == ')' ? 1 : 3);
			return from;
		}
	}
	return from;
}

/*
 * May the text in [from, to) stand between two items of a member list?
 * After an item's role in brackets:
 * - a few separators and short words ("A, B và C", "A, B और C"): at most
 *   LIST_GAP_LETTERS letters and no role;
 * - or only words that join the groups of a list and name them (RC_LIST: a
 *   conjunction, the police, city and province words, articles), roles and
 *   numbers ("Hà Nội, Hải Phòng và Công an các tỉnh Quảng Ninh", "Da Nang
 *   city and of the provinces of Quang Nam", "et celles des provinces de",
 *   "… và đơn vị Cụm trưởng <item>"), found by stage 1 (Work.join).
 * Never across a line or a dot that ends a sentence (an abbreviation's dot,
 * "TP.", is none).
 */
static bool
list_gap(const Work *w, size_t from, size_t to, bool role)
{
	const char *s = w->t->s;
	size_t		letters = 0;
	int			m = -1,
				j = -1;

	/* most gaps hold no role and no dot: no lookup at all */
	if (role)
	{
		from = role_bracket_end(w, from, to);
		m = mark_from(w, from);
		role = false;
		for (int k = m; k < w->nmark && w->mark[k].bstart < to; k++)
			role |= is_role(w->mark[k].type);
	}
	for (size_t b = from; b < to; b++)
	{
		unsigned char c = (unsigned char) s[b];

		if (c == '\n')
			return false;
		if (c == '.')
		{
			if (j < 0)
				j = join_from(w, b);
			while (j < w->njoin && w->join[j].bend <= b)
				j++;
			if (!(j < w->njoin && w->join[j].bstart <= b))
				return false;
		}
		if (c >= 0x80 ? (c & 0xC0) != 0x80 : ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
			letters++;
	}
	if (!role && letters <= LIST_GAP_LETTERS)
		return true;
	if (to - from > LIST_GAP_MAX)
		return false;
	/* groups: every letter is in a word that joins them, in a role, or a digit */
	j = join_from(w, from);
	if (m < 0)
		m = mark_from(w, from);
	for (size_t b = from; b < to;)
	{
		size_t		at = b;
		UChar32		c = cd_next(s, to, &b);

		if (!cd_is_word(c) || u_isdigit(c))
			continue;
		while (j < w->njoin && w->join[j].bend <= at)
			j++;
		if (j < w->njoin && w->join[j].bstart <= at)
			continue;
		while (m < w->nmark && w->mark[m].bend <= at)
			m++;
		{
			bool		in_role = false;

			for (int k = m; k < w->nmark && w->mark[k].bstart <= at && !in_role; k++)
				in_role = is_role(w->mark[k].type) && w->mark[k].bend > at;
			if (!in_role)
				return false;
		}
	}
	return true;
}

/*
 * The roles inside a member list say which item holds them: one in brackets
 * the item before it, one between two items the item after it.
 */
static void
list_roles(Work *w, const int *run, int n)
{
	for (int r = 0; r < n; r++)
	{
		/* the marks between this item and the next (after the last: a bracket's reach) */
		int			k0 = run[r] + 1,
					k1 = r + 1 < n ? run[r + 1] : w->nmark;
		size_t		from = w->mark[run[r]].bend,
					to = r + 1 < n ? w->mark[run[r + 1]].bstart :
			(from + LIST_BRACKET_MAX + 4 < w->t->len ? from + LIST_BRACKET_MAX + 4 : w->t->len),
					b;
		bool		any = false;

		for (int k = k0; k < k1 && w->mark[k].bstart < to && !any; k++)
			any = is_role(w->mark[k].type);
		if (!any)
			continue;
		b = role_bracket_end(w, from, to);
		if (r + 1 == n)
			to = b;
		for (int k = k0; k < k1 && w->mark[k].bstart < to; k++)
			if (is_role(w->mark[k].type))
				w->mark[k].list_role = w->mark[k].bend <= b ? LIST_ROLE_BEFORE : LIST_ROLE_AFTER;
	}
}

/*
 * Members: a list of three or more provinces.  Its items may come in groups
 * ("Công an thành phố Hà Nội, Hải Phòng và Công an các tỉnh Quảng Ninh, Bắc
 * Ninh"; "the police of Da Nang city and of the provinces of A, B and C"),
 * with a role in brackets ("Hưng Yên (đơn vị Cụm trưởng)"): list_gap() says
 * what may stand between two items.
 */
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
		bool		role = false;	/* a role's cue since the last item */

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

			/*
			 * particles, place words and roles may sit between items ("A, B
			 * और C", "A (Cụm trưởng), B"): list_gap() decides
			 */
			if (cur->type == RC_STOP || cur->type == RC_LOCATION || cur->type == RC_LINK ||
				cur->type == RC_POST)
				continue;
			if (is_role(cur->type))
			{
				role = true;
				continue;
			}
			if (cur->type != RC_PROVINCE || !list_gap(w, prev->bend, cur->bstart, role))
				break;
			run[n++] = q;
			role = false;
		}
		if (n >= 3)
		{
			bool		seen[CD_PROVINCES_MAX] = {false};

			list_roles(w, run, n);

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

/* what a pass over the role's cues found */
typedef struct RolePass
{
	bool		emit;			/* put the facts (else only look) */
	int			min_year;		/* put none for an earlier year (0: any) */
	bool		found;			/* a holder found (of min_year or later) */
	int			max_year;		/* the latest year of a holder found */
	int			max_stated;		/* the latest year the text states for one */
} RolePass;

static void leaders_pass(Out *o, int period_year, int role, int strength, RolePass *rp);

/*
 * Leader and deputy: a province named after the role behind a link word
 * ("bầu ... Cụm trưởng ... là Công an tỉnh X", "chef du groupe 2025 à ... X")
 * is the stronger evidence; a province just before the role ("X làm Cụm
 * trưởng", "X în funcția de Lider"), or the item of a member list the role
 * belongs to ("Hưng Yên (đơn vị Cụm trưởng)", "… cùng đơn vị Cụm trưởng <item>":
 * who holds it now, in the year reviewed), is used when no
 * stronger one exists.
 */
void
rp_leaders(Out *o, int period_year)
{
	/* each role on its own: a leader after its cue leaves a deputy before its own */
	for (int role = RC_LEADER; role <= RC_DEPUTY; role++)
	{
		RolePass	strong = {0},
					weak = {0};

		/*
		 * Of the holders a pass finds, those of the latest year the text
		 * states for one: "Nam Dinh police, the cluster leader in 2024,
		 * handed the flag to Ninh Binh police, the cluster leader for 2025"
		 * reports who takes the role over
		 */
		leaders_pass(o, period_year, role, 2, &strong);
		leaders_pass(o, period_year, role, 1, &weak);
		if (!strong.found)
		{
			weak = (RolePass) {.emit = true, .min_year = weak.max_stated};
			leaders_pass(o, period_year, role, 1, &weak);
			continue;
		}
		/*
		 * The stronger evidence names who held the role in a year before the
		 * one the weaker names ("As the 2024 cluster leader, X reported ...
		 * elected Y as the cluster leader for 2025"): the role passes on, and
		 * the holder it passes to is the one to report
		 */
		if (strong.max_year > 0 && weak.max_stated > strong.max_year)
		{
			weak = (RolePass) {.emit = true, .min_year = weak.max_stated};
			leaders_pass(o, period_year, role, 1, &weak);
			continue;
		}
		strong = (RolePass) {.emit = true, .min_year = strong.max_stated};
		leaders_pass(o, period_year, role, 2, &strong);
	}
}

/*
 * "Giám đốc Công an tỉnh Kiên (Cụm trưởng)": a role in brackets after a
 * name cut short, whose word is the first word of the one province the
 * report names that starts with it.  The province, its span in *bs, *be;
 * or -1.
 */
static int
cut_name(const Work *w, const Mark *cue, size_t *bs, size_t *be)
{
	const char *s = w->t->s;
	size_t		i = cue->bstart,
				ws,
				wl;
	int			found = -1,
				m;

	while (i > 0 && s[i - 1] == ' ')
		i--;
	if (i == 0 || s[i - 1] != '(')
		return -1;
	i--;
	while (i > 0 && s[i - 1] == ' ')
		i--;
	ws = i;
	while (ws > 0 && s[ws - 1] != ' ' && s[ws - 1] != '\n' && s[ws - 1] != ',' && s[ws - 1] != '-')
		ws--;
	wl = i - ws;
	/* a word, not a province named whole */
	m = mark_from(w, ws);
	if (wl < 2 || (m < w->nmark && w->mark[m].bstart < i))
		return -1;
	for (int k = 0; k < w->nmark; k++)
	{
		const CdProvince *p;

		if (w->mark[k].type != RC_PROVINCE)
			continue;
		p = &cd_provinces[w->mark[k].value];
		if ((strlen(p->name_vi) > wl && p->name_vi[wl] == ' ' && strncmp(p->name_vi, s + ws, wl) == 0) ||
			(strlen(p->name_ascii) > wl && p->name_ascii[wl] == ' ' &&
			 strncasecmp(p->name_ascii, s + ws, wl) == 0))
		{
			if (found >= 0 && found != w->mark[k].value)
				return -1;
			found = w->mark[k].value;
		}
	}
	*bs = ws;
	*be = i;
	return found;
}

/*
 * "Đại tá ..., Giám đốc Công an tỉnh, Cụm trưởng ..." at a conference held
 * "tại Công an tỉnh Nam Định": a role held by the post of a province the
 * sentence does not name is the venue's province.  The province (span of
 * its name in *bs, *be), or -1.
 */
static int
venue_of_post(const Work *w, const Mark *cue, size_t *bs, size_t *be)
{
	int			post = rp_mark_before(w, RC_POST, cue->bstart > 48 ? cue->bstart - 48 : 0, cue->bstart);

	if (post < 0 || rp_mark_after(w, RC_PROVINCE, w->mark[post].bend, cue->bstart) >= 0)
		return -1;
	for (int k = 0; k < w->nmark; k++)
	{
		const Mark *loc = &w->mark[k];
		int			p;
		size_t		ss;

		if (loc->type != RC_LOCATION || loc->value != 0)
			continue;
		p = rp_mark_after(w, RC_PROVINCE, loc->bend, loc->bend + 40);
		if (p < 0 || !rp_right_behind(w, loc->bend, w->mark[p].bstart))
			continue;
		ss = rp_unit_start(w, loc->bstart, false);
		if (rp_mark_after(w, RC_EVENT, ss, rp_unit_end(w, loc->bend, false)) < 0)
			continue;
		/* the evidence: the post and the role ("Giám đốc Công an tỉnh, Cụm trưởng") */
		*bs = w->mark[post].bstart;
		*be = cue->bend;
		return w->mark[p].value;
	}
	return -1;
}

/* a police post, not the cluster's role ("stellvertretender Polizeichef von Hanoi") */
bool
rp_role_is_post(const Work *w, const Mark *cue)
{
	return mark_starting(w, RC_POST, cue->bend, cue->bend + 2) >= 0;
}

/*
 * A link word ("là", "is", "to") between a role's cue, which ends at `from`,
 * and the province at `to`, with the province close behind it (LINK_REACH
 * characters at most) and no year right after it ("para 2025", "for 2025":
 * the year's link, not the role's).  Nothing links to a role whose words a
 * comma closes right behind them: "X police, as cluster leader, presented
 * the results and handed certificates to Y police" (but "bầu Cụm trưởng
 * Cụm thi đua số 12, Bộ Công an, giai đoạn 2023 là X" links X).
 * A verb that links (value RC_LINK_NEAR: "will be", "będzie", "ist") only
 * close behind the cue, in its clause (no comma between, LINK_REACH
 * characters at most): "Ninh Binh police, cluster leader in 2024, said the
 * next conference will be in Hanoi" links nothing to Hanoi.
 */
/*
 * Is the role its clause's subject: nothing but articles, list words,
 * names, numbers and the words of scripts without case before it in its
 * part of the sentence ("The cluster leader handed the flag to X police",
 * "Tại hội nghị, Cụm trưởng trao cờ cho X"), and no word right after it
 * that makes the role the thing named ("The cluster leader role was handed
 * to X")?  What such a role hands
 * "to" a province is no role (links of value RC_LINK_HAND), unless it passes
 * from another province first.
 */
static bool
role_is_subject(const Work *w, const Mark *cue)
{
	size_t		e = cue->bend;
	int			r = rp_mark_after(w, RC_LINK, e, rp_chars_on(w, e, 16));

	size_t		b = cue->bstart,
				ss = rp_unit_start(w, cue->bstart, false);

	if (r >= 0 && w->mark[r].value == RC_LINK_ROLE && rp_only_spaces(w->t->s, e, w->mark[r].bstart))
		return false;
	/*
	 * from the start of its part of the sentence: after an opening phrase
	 * ("At the conference, the cluster leader handed ..."), an apposition or
	 * a bracket ("Đại tá X, Giám đốc Công an tỉnh Y, Cụm trưởng ... trao")
	 */
	while (b > ss && w->t->s[b - 1] != ',' && w->t->s[b - 1] != '(' && w->t->s[b - 1] != ':')
		b--;
	/* (the other role's words may come first: "Đơn vị Cụm trưởng và Cụm phó đã trao ... cho X") */
	for (int k = mark_from(w, b); k < w->nmark && w->mark[k].bstart < cue->bstart; k++)
		if ((w->mark[k].type == RC_LEADER || w->mark[k].type == RC_DEPUTY) && w->mark[k].bend <= cue->bstart)
		{
			if (!rp_only_words_of(w, b, w->mark[k].bstart, RC_LIST, true))
				return false;
			b = w->mark[k].bend;
		}
	return rp_only_words_of(w, b, cue->bstart, RC_LIST, true);
}

/* characters from the role's words to an "and" that joins a second thing to them */
#define AND_NEAR 16

/* is there a link word of this value in [from, to)? */
static bool
link_of_value(const Work *w, int value, size_t from, size_t to)
{
	for (int l = rp_mark_after(w, RC_LINK, from, to); l >= 0; l = rp_mark_after(w, RC_LINK, w->mark[l].bend, to))
		if (w->mark[l].value == value)
			return true;
	return false;
}

/*
 * Is there a place word in [from, to), before the province at `to` ("will be
 * in Da Nang", "wurde in Hanoi")?  Not one in the name of the province's
 * police, police words before it and after it nothing but such words
 * ("obejmie Policja Prowincjonalna w Long An")
 */
static bool
place_between(const Work *w, size_t from, size_t to)
{
	for (int l = rp_mark_after(w, RC_LOCATION, from, to); l >= 0;
		 l = rp_mark_after(w, RC_LOCATION, w->mark[l].bend, to))
	{
		const Mark *p = &w->mark[l];
		bool		word = false;

		for (size_t i = from; i < p->bstart && !word;)
			word = cd_is_word(cd_next(w->t->s, p->bstart, &i));
		if (!word || !rp_only_words_of(w, from, p->bstart, RC_LIST, false) ||
			!rp_only_words_of(w, p->bend, to, RC_LIST, false))
			return true;
	}
	return false;
}

/* is [from, to) made of the words of a province's police ("die Polizei von", "the police of") alone? */
static bool
police_words(const Work *w, size_t from, size_t to)
{
	for (int k = rp_mark_after(w, RC_LINK, from, to); k >= 0; k = rp_mark_after(w, RC_LINK, w->mark[k].bend, to))
		if (w->mark[k].value == RC_LINK_FROM && w->mark[k].bend <= to)
		{
			if (!rp_only_words_of(w, from, w->mark[k].bstart, RC_LIST, false))
				return false;
			from = w->mark[k].bend;
		}
	return rp_only_words_of(w, from, to, RC_LIST, false);
}

/*
 * After a verb that links (`link near`) at `e`, the province at `to`: past
 * a year right behind the verb when only the words of the province's police
 * follow it ("Den Vorsitz übernimmt 2025 die Polizei von X", "übernimmt im
 * Jahr 2025 die ..."), else `e` (other links before a year link nothing:
 * "líder do grupo para 2025 e a polícia de X como vice-líder")
 */
static size_t
past_year(const Work *w, size_t e, size_t to)
{
	const char *s = w->t->s;
	int			k = num_from(w, e);
	size_t		y;

	if (k >= w->nnum || !rp_year_of_num(&w->num[k]) || w->num[k].bend >= to ||
		cd_chars_between(s, e, w->num[k].bstart) > 8 || rp_has_comma(s, e, w->num[k].bstart) ||
		!police_words(w, w->num[k].bend, to))
		return e;
	for (y = w->num[k].bend; y < to && s[y] == ' '; y++)
		;
	return y;
}

static bool
link_before(const Work *w, size_t from, size_t to, bool passing, bool hand_links)
{
	const char *s = w->t->s;
	size_t		c = from;

	/*
	 * a comma right behind the cue, or behind its year, closes its clause:
	 * an apposition ("X, as cluster leader, ...", "Theo đánh giá của Cụm
	 * trưởng năm 2024, đơn vị dẫn đầu phong trào là X")
	 */
	while (c < to && s[c] == ' ')
		c++;
	if (c < to && s[c] == ',')
		return false;
	{
		int			k = num_from(w, from);
		size_t		e;

		if (k < w->nnum && rp_year_of_num(&w->num[k]) && w->num[k].bend < to &&
			cd_chars_between(s, from, w->num[k].bstart) <= 8 && !rp_has_comma(s, from, w->num[k].bstart))
		{
			for (e = w->num[k].bend; e < to && s[e] == ' '; e++)
				;
			if (e < to && s[e] == ',')
				return false;
		}
	}
	for (size_t f = from;;)
	{
		int			l = rp_mark_after(w, RC_LINK, f, to),
					ev;
		size_t		e;

		if (l < 0)
			return false;
		/*
		 * a second predicate ("... thanked the units and handed certificates
		 * to Y"); not a second thing named with the role ("The cluster
		 * leader role and the emulation flag were handed to Y")
		 */
		if (w->mark[l].value == RC_LINK_AND)
		{
			/*
			 * (the cluster's own words not counted: "Nhiệm vụ Cụm trưởng Cụm
			 * thi đua số 5 năm 2025 và cờ luân lưu đã được bàn giao cho X";
			 * nor a Roman one read as "i": "klastra nr I na rok 2025")
			 */
			int			d = cd_chars_between(s, from, w->mark[l].bstart);

			for (int m = mark_from(w, from); m < w->nmark && w->mark[m].bstart < w->mark[l].bstart; m++)
				if (rp_emulation_cluster(&w->mark[m]) && w->mark[m].bend <= w->mark[l].bstart)
					d -= cd_chars_between(s, w->mark[m].bstart, w->mark[m].bend);
			if (d > AND_NEAR && !(w->mark[l].bend - w->mark[l].bstart == 1 && s[w->mark[l].bstart] >= 'A' &&
								  s[w->mark[l].bstart] <= 'Z'))
				return false;
			f = w->mark[l].bend;
			continue;
		}
		if (w->mark[l].value == RC_LINK_FROM || w->mark[l].value == RC_LINK_ROLE ||
			w->mark[l].value == RC_LINK_HANDOVER || w->mark[l].value == RC_LINK_ELECT ||
			(w->mark[l].value == RC_LINK_TO && !passing) ||
			(w->mark[l].value == RC_LINK_HAND && !passing && !hand_links))
		{
			f = w->mark[l].bend;
			continue;
		}
		if (w->mark[l].value == RC_LINK_NEAR &&
			(cd_chars_between(s, from, w->mark[l].bstart) > LINK_REACH ||
			 rp_has_comma(s, from, w->mark[l].bstart) ||
			 memchr(s + from, ';', w->mark[l].bstart - from)))
		{
			f = w->mark[l].bend;
			continue;
		}
		/*
		 * (the conference's name right before the link: the link is the
		 * conference's, "Cụm phó phát biểu tại hội nghị do Công an tỉnh X
		 * tổ chức", the conference hosted by X)
		 */
		if ((ev = rp_mark_before(w, RC_EVENT, from, w->mark[l].bstart)) >= 0 &&
			rp_only_spaces(s, w->mark[ev].bend, w->mark[l].bstart))
		{
			f = w->mark[l].bend;
			continue;
		}
		e = w->mark[l].value == RC_LINK_NEAR ? past_year(w, w->mark[l].bend, to) : w->mark[l].bend;
		/*
		 * (a place between: "will be in Da Nang", "wurde in Hanoi"; another
		 * clause: "...; X police is", "... die Clusterführung übernimmt und
		 * die Polizei von X ...")
		 */
		if (memchr(s + e, ';', to - e) || place_between(w, e, to) || link_of_value(w, RC_LINK_AND, e, to))
		{
			f = w->mark[l].bend;
			continue;
		}
		while (e < to && s[e] == ' ')
			e++;
		/* (a comma after the link: the province is another clause's, "X प्रमुख होगा, जबकि Y") */
		if (!(e < to && s[e] >= '0' && s[e] <= '9') && cd_chars_between(s, e, to) <= LINK_REACH &&
			!rp_has_comma(s, e, to) &&
			/*
			 * (a word of handing behind the link: the province is what the
			 * subject role acts on, "is expected to visit X police"; but
			 * right behind it, it is the link's own: "was handed over to X")
			 */
			(hand_links || passing || !link_of_value(w, RC_LINK_HAND, rp_chars_on(w, e, 6), to)))
			return true;
		f = w->mark[l].bend;
	}
}

/* characters between the role's words and the provinces a role passes between */
#define PASS_REACH 32

/*
 * Is province mark q the one a role passes from, right behind a link of
 * value RC_LINK_FROM after the role's cue ("Cụm trưởng năm 2021 từ Công an
 * tỉnh X cho Công an tỉnh Y", "from X police to Y police"; "de la police
 * de X": the first such word near the role)?
 */
static bool
passed_from(const Work *w, size_t from, int q)
{
	int			l = rp_mark_before(w, RC_LINK, from, w->mark[q].bstart),
				l1 = l;

	/* the first "from" word after the role */
	for (int k = rp_mark_after(w, RC_LINK, from, w->mark[q].bstart); k >= 0 && k < l;
		 k = rp_mark_after(w, RC_LINK, w->mark[k].bend, w->mark[q].bstart))
		if (w->mark[k].value == RC_LINK_FROM)
		{
			l1 = k;
			break;
		}
	return l >= 0 && w->mark[l].value == RC_LINK_FROM &&
		cd_chars_between(w->t->s, w->mark[l].bend, w->mark[q].bstart) <= 20 &&
		!rp_has_comma(w->t->s, w->mark[l].bend, w->mark[q].bstart) &&
		/*
		 * the role's own words up to the first ("... Cụm trưởng năm 2025 từ",
		 * "liderazgo del clúster para 2025 de la policía de X"; not "leader,
		 * Colonel X from")
		 */
		cd_chars_between(w->t->s, from, w->mark[l1].bstart) <= PASS_REACH &&
		!rp_has_comma(w->t->s, from, w->mark[l1].bstart);
}

/*
 * Is number n a year alone in brackets, but for a word before it ("(2024)",
 * "(năm 2024)")?
 */
static bool
in_brackets(const Work *w, const WNum *n)
{
	const char *s = w->t->s;
	size_t		b = n->bstart,
				e = n->bend;

	if (!rp_year_of_num(n))
		return false;
	while (b > 0 && n->bstart - b < 12 && s[b - 1] != '(' && s[b - 1] != ')' && s[b - 1] != '\n' &&
		   !(s[b - 1] >= '0' && s[b - 1] <= '9'))
		b--;
	while (e < w->t->len && s[e] == ' ')
		e++;
	return b > 0 && s[b - 1] == '(' && e < w->t->len && s[e] == ')';
}

/*
 * Are the numbers in [from, to) years in brackets, if any ("from X police
 * (2024) to Y police")?
 */
static bool
only_bracketed_years(const Work *w, size_t from, size_t to)
{
	for (int k = num_from(w, from); k < w->nnum && w->num[k].bstart < to; k++)
		if (!in_brackets(w, &w->num[k]))
			return false;
	return true;
}

/* a year in brackets behind a province's name and police words ("Y police (2025)"), or 0 */
static int
bracketed_year(const Work *w, size_t at)
{
	int			k = num_from(w, at);

	return k < w->nnum && in_brackets(w, &w->num[k]) &&
		cd_chars_between(w->t->s, at, w->num[k].bstart) <= 20 &&
		!rp_has_comma(w->t->s, at, w->num[k].bstart) ? rp_year_of_num(&w->num[k]) : 0;
}

/*
 * The province a role passes to, after the one it passes from (mark p): the
 * next province behind a link word, close behind p ("từ Công an tỉnh X cho
 * Công an tỉnh Y", "from X police to Y police"), no other year between but
 * the year of the one it passes from in brackets ("from X police (2024) to
 * Y police (2025)"); or -1
 */
static int
passed_to(const Work *w, int p, size_t se)
{
	for (int q = p + 1; q < w->nmark && w->mark[q].bend <= se; q++)
	{
		const Mark *m = &w->mark[q];

		if (m->type == RC_LEADER || m->type == RC_DEPUTY)
			return -1;
		if (m->type != RC_PROVINCE)
			continue;
		return cd_chars_between(w->t->s, w->mark[p].bend, m->bstart) <= PASS_REACH &&
			!rp_has_comma(w->t->s, w->mark[p].bend, m->bstart) &&
			only_bracketed_years(w, w->mark[p].bend, m->bstart) &&
			link_before(w, w->mark[p].bend, m->bstart, true, true) ? q : -1;
	}
	return -1;
}

/* characters from a province to the role it holds after it ("B, Cụm phó") */
#define ROLE_AFTER 32

/*
 * Does the province named at byte `at` close an apposition: a comma, a full
 * stop, a semicolon or a bracket after its name and police words, within 16
 * characters ("..., Lao Cai police, thanked"; not "..., Lao Cai police
 * director Colonel X said")?
 */
static bool
apposition_closes(const Work *w, size_t at)
{
	int			p = mark_starting(w, RC_PROVINCE, at, at + 1);
	size_t		e = p >= 0 ? w->mark[p].bend : at;

	for (int n = 0; e < w->t->len && n < 16; n++)
	{
		char		c = w->t->s[e];

		if (c == ',' || c == '.' || c == ';' || c == ')' || c == '\n')
			return true;
		e = rp_chars_on(w, e, 1);
	}
	return e >= w->t->len;
}

/*
 * Is [from, to) made of separators, the cluster's own words, the words that
 * join a list's items ("the", "police", "Công an tỉnh", "la police de"),
 * names and the words of scripts without case alone: a role right behind
 * which its holder is named ("leading unit: Kon Tum police", "leading unit
 * of the cluster, X police", "क्लस्टर लीडर की भूमिका X"; not "the cluster
 * leader visited Yen Bai police", whose verb is a lower-case word)?
 */
static bool
only_joiners(const Work *w, size_t from, size_t to)
{
	/*
	 * the cluster's own words may come between ("leading unit of the
	 * cluster, X police"), and the word before the province an official
	 * comes from ("deputy leader, Colonel X from Y police")
	 */
	for (int k = mark_from(w, from); k < w->nmark && w->mark[k].bstart < to; k++)
		if ((rp_emulation_cluster(&w->mark[k]) ||
			 (w->mark[k].type == RC_LINK && w->mark[k].value == RC_LINK_FROM)) &&
			w->mark[k].bend <= to && w->mark[k].bstart >= from)
		{
			if (!rp_only_words_of(w, from, w->mark[k].bstart, RC_LIST, true))
				return false;
			from = w->mark[k].bend;
		}
	return rp_only_words_of(w, from, to, RC_LIST, true);
}

/*
 * rp_right_behind, or so with the year the role is for between, set off by a
 * comma or colon, the province close behind ("the cluster leader for 2025,
 * Lao Cai police", "Cụm trưởng năm 2025: Công an tỉnh X"; not "năm 2021 từ
 * Công an tỉnh X cho ...", from X, nor "leader in 2024, said ... in Hanoi")
 */
static bool
right_behind_year(const Work *w, size_t from, size_t to)
{
	int			k;
	size_t		e;

	if (rp_right_behind(w, from, to) && only_joiners(w, from, to))
		return true;
	k = num_from(w, from);
	if (k >= w->nnum || w->num[k].bend > to || !rp_year_of_num(&w->num[k]))
		return false;
	e = w->num[k].bend;
	while (e < to && w->t->s[e] == ' ')
		e++;
	return e < to && (w->t->s[e] == ',' || w->t->s[e] == ':') &&
		rp_right_behind(w, from, w->num[k].bstart) && rp_right_behind(w, e, to) &&
		only_joiners(w, e, to) &&
		cd_chars_between(w->t->s, from, w->num[k].bstart) <= 8 &&
		cd_chars_between(w->t->s, e, to) <= 16 &&
		(w->t->s[e] == ':' || apposition_closes(w, to));
}

/*
 * Is the province at mark q the one of an official named right behind a
 * role's cue (which ends at `from`): the role's year and a link word or a
 * comma, a rank and a name, then the official's post or "from", then the
 * province ("Cụm trưởng năm 2025 là đồng chí Đại tá Nguyễn Văn A, Giám đốc
 * Công an tỉnh X", "The cluster leader, Major General B, director of X
 * police", "the deputy leader for 2025, Colonel C from X police"; not "the
 * cluster leader thanked Colonel D, director of X police" nor "... trao cờ
 * cho Đại tá E, Giám đốc Công an tỉnh X")?
 */
static bool
named_official(const Work *w, size_t from, int q)
{
	const char *s = w->t->s;
	size_t		to = w->mark[q].bstart,
				e = from;
	int			r = rp_mark_after(w, RC_RANK, from, to),
				p,
				k;

	if (r < 0 || cd_chars_between(s, from, w->mark[r].bstart) > 24)
		return false;
	/* the role's year ("năm 2025", "for 2025"), then a comma, a colon or a link word alone */
	while (e < w->mark[r].bstart && s[e] == ' ')
		e++;
	if ((k = num_from(w, e)) < w->nnum && w->num[k].bend <= w->mark[r].bstart && rp_year_of_num(&w->num[k]) &&
		cd_chars_between(s, e, w->num[k].bstart) <= 8)
		e = w->num[k].bend;
	while (e < w->mark[r].bstart && s[e] == ' ')
		e++;
	if (e < w->mark[r].bstart && (s[e] == ',' || s[e] == ':'))
		e++;
	else
	{
		int			l = mark_starting(w, RC_LINK, e, e + 1);

		if (l < 0 || (w->mark[l].value != 0 && w->mark[l].value != RC_LINK_NEAR))
			return false;
		e = w->mark[l].bend;
	}
	if (!rp_only_spaces(s, e, w->mark[r].bstart))
		return false;
	/* the name, then the post or "from" */
	for (p = r + 1; p < w->nmark && w->mark[p].bstart < to; p++)
		if (w->mark[p].type == RC_POST || (w->mark[p].type == RC_LINK && w->mark[p].value == RC_LINK_FROM))
			break;
	if (p >= w->nmark || w->mark[p].bstart >= to ||
		cd_chars_between(s, w->mark[r].bend, w->mark[p].bstart) > 48 ||
		memchr(s + w->mark[r].bend, '.', w->mark[p].bstart - w->mark[r].bend))
		return false;
	/* (names, and more ranks: "đồng chí Đại tá Nguyễn Văn A") */
	e = w->mark[r].bend;
	for (k = r + 1; k < p; k++)
		if (w->mark[k].type == RC_RANK && w->mark[k].bstart >= e)
		{
			if (!rp_only_words_of(w, e, w->mark[k].bstart, RC_LIST, true))
				return false;
			e = w->mark[k].bend;
		}
	if (!rp_only_words_of(w, e, w->mark[p].bstart, RC_LIST, true))
		return false;
	/* and the province right behind it */
	return cd_chars_between(s, w->mark[p].bend, to) <= 24 &&
		rp_only_words_of(w, w->mark[p].bend, to, RC_LIST, false);
}

/*
 * Does the province mark p hold the role whose cue starts right after it
 * (ROLE_AFTER characters at most), as the next item of a list of roles ("A,
 * Cụm trưởng, B, Cụm phó") or the subject of a verb-final clause ("Y पुलिस
 * बल उप प्रमुख होगा")?  Not when that role names its own holder after
 * it behind a link word or right behind it with no comma between, in its
 * clause before `se` ("X, заместителем руководителя станет полиция провинции
 * Y", "X 공안이며, 부클러스터장은 Y"; but "A, Cụm trưởng, B, Cụm phó, C" is a
 * list).
 */
static bool
role_of_holder(const Work *w, int p, size_t se)
{
	size_t		to = rp_chars_on(w, w->mark[p].bend, ROLE_AFTER);

	/* (in its sentence: the next sentence's role is no item of this one) */
	if (to > se)
		to = se;
	for (int k = p + 1; k < w->nmark && w->mark[k].bstart < to; k++)
	{
		const Mark *r = &w->mark[k];

		if (r->type != RC_LEADER && r->type != RC_DEPUTY)
			continue;
		/* (another clause's: "X; Cụm phó ...") */
		if (memchr(w->t->s + w->mark[p].bend, ';', r->bstart - w->mark[p].bend))
			return false;
		for (int q = k + 1; q < w->nmark && w->mark[q].bend <= se; q++)
		{
			if (w->mark[q].type == RC_LEADER || w->mark[q].type == RC_DEPUTY)
				break;
			if (w->mark[q].type == RC_PROVINCE)
				return !(link_before(w, r->bend, w->mark[q].bstart, false, !role_is_subject(w, r)) ||
						 (right_behind_year(w, r->bend, w->mark[q].bstart) &&
						  !rp_has_comma(w->t->s, r->bend, w->mark[q].bstart)));
		}
		return true;
	}
	return false;
}

/*
 * Is a generic title ("wicelider", "vice-chair") the cluster's role: does
 * its sentence [ss, se) name a leader or deputy by a cue that is no generic
 * title, or name the emulation cluster within GENERIC_NEAR characters of it
 * ("vice-chair of the cluster"; not "wicelider ligi" further on)?
 */
#define GENERIC_NEAR 16

static bool
role_context(const Work *w, const Mark *cue, size_t ss, size_t se)
{
	size_t		near_from = rp_chars_back(w, cue->bstart, GENERIC_NEAR),
				near_to = rp_chars_on(w, cue->bend, GENERIC_NEAR);

	for (int k = mark_from(w, ss); k < w->nmark && w->mark[k].bstart < se; k++)
	{
		const Mark *m = &w->mark[k];

		/* (the cluster near it in the same part of the sentence: not "the cluster's 2024 conference, the deputy head of X police") */
		if ((rp_emulation_cluster(m) && m->bend >= near_from && m->bstart <= near_to &&
			 !rp_has_comma(w->t->s, m->bend <= cue->bstart ? m->bend : cue->bend,
						   m->bend <= cue->bstart ? cue->bstart : m->bstart)) ||
			((m->type == RC_LEADER || m->type == RC_DEPUTY) && m->value == 0))
			return true;
	}
	return false;
}


/*
 * The year a role is for: a year right before its words, else the nearest
 * year after its cue within ROLE_YEAR characters and its sentence (ending
 * at se), else before it (characters, not bytes: as near in Devanagari as
 * in Latin letters)
 */
#define ROLE_YEAR 120

/*
 * Is the role's cue, with no year of its own, that of a holder chosen at the
 * review of year n: n is the review's ("Hội nghị tổng kết công tác năm
 * 2024", "the 2024 review conference", "the 2024 summary conference": a
 * review word at most 24 characters before it, or a review or conference
 * word at most 16 after it, no other figure between) and a word of choosing stands in the role's sentence
 * ("bầu", "elected", "chọn"), so the holder leads the year after
 * ("... bầu Công an tỉnh X làm Cụm trưởng": X in 2025)?
 */
static bool
chosen_after_review(const Work *w, const Mark *cue, const WNum *n, size_t se)
{
	size_t		ss = rp_unit_start(w, cue->bstart, false);
	bool		review = false;

	for (int t = 0; t < 2 && !review; t++)
	{
		/* (a review word before it; a conference word only right after it: "the 2024 summary conference") */
		int			m = t ? -1 : rp_mark_before(w, RC_PERIOD, n->bstart > 96 ? n->bstart - 96 : 0, n->bstart);

		review = m >= 0 && (w->mark[m].value & ~P_WEAK) == P_YEAR &&
			cd_chars_between(w->t->s, w->mark[m].bend, n->bstart) <= 24 &&
			!rp_digit_between(w->t->s, w->mark[m].bend, n->bstart);
		if (!review)
		{
			m = rp_mark_after(w, t ? RC_EVENT : RC_PERIOD, n->bend, n->bend + 64);
			review = m >= 0 && (t || (w->mark[m].value & ~P_WEAK) == P_YEAR) &&
				cd_chars_between(w->t->s, n->bend, w->mark[m].bstart) <= 16 &&
				!rp_digit_between(w->t->s, n->bend, w->mark[m].bstart);
		}
	}
	if (!review)
		return false;
	/* (not a role's own year: "bầu Cụm trưởng năm 2025 là X, Cụm phó là Y") */
	for (int t = 0; t < 2; t++)
	{
		int			r = rp_mark_before(w, t ? RC_DEPUTY : RC_LEADER, n->bstart > 64 ? n->bstart - 64 : 0, n->bstart);

		if (r >= 0 && cd_chars_between(w->t->s, w->mark[r].bend, n->bstart) <= 16 &&
			!rp_has_comma(w->t->s, w->mark[r].bend, n->bstart))
			return false;
		/* (or right before the role's words: "担任2025年集群长", "2025년 클러스터장") */
		r = rp_mark_after(w, t ? RC_DEPUTY : RC_LEADER, n->bend, n->bend + 32);
		if (r >= 0 && cd_chars_between(w->t->s, n->bend, w->mark[r].bstart) <= 4)
			return false;
	}
	return link_of_value(w, RC_LINK_ELECT, ss, se);
}

/*
 * Is year n, before the role's cue in its sentence, that of an earlier
 * mention of the same role: right behind its words ("Cụm trưởng năm 2024",
 * "the cluster leader in 2024", "chef de file en 2024"), at most 16
 * characters on, with no comma and no other figure between?
 */
static bool
year_of_earlier_mention(const Work *w, const Mark *cue, const WNum *n)
{
	size_t		ss = rp_unit_start(w, cue->bstart, false);

	for (int k = mark_from(w, n->bstart) - 1; k >= 0 && w->mark[k].bstart >= ss; k--)
	{
		const Mark *m = &w->mark[k];

		if (m->bend > n->bstart || (m->type != RC_LEADER && m->type != RC_DEPUTY))
			continue;
		return m->type == cue->type && cd_chars_between(w->t->s, m->bend, n->bstart) <= 16 &&
			!rp_has_comma(w->t->s, m->bend, n->bstart) && num_from(w, m->bend) == (int) (n - w->num);
	}
	return false;
}

static int
role_year(const Work *w, const Mark *cue, size_t se)
{
	size_t		to = rp_chars_on(w, cue->bend, ROLE_YEAR);
	int			y;

	/* a year right before the role's words: "the 2024 cluster leader" */
	for (int k = num_from(w, rp_chars_back(w, cue->bstart, 8)); k < w->nnum && w->num[k].bend <= cue->bstart; k++)
		if (rp_only_spaces(w->t->s, w->num[k].bend, cue->bstart) && rp_year_of_num(&w->num[k]))
			return rp_year_of_num(&w->num[k]);
	/* (after it, in its sentence: the next sentence's year is another's) */
	if (to > se)
		to = se;
	y = rp_year_near(w, cue->bstart, cue->bend, to - cue->bend, true);

	if (y)
		return y;
	/*
	 * "next year" in its sentence ("Y police will be the cluster leader next
	 * year", "Năm tới, Công an tỉnh Y sẽ đảm nhận vai trò Cụm trưởng"): the
	 * year after the nearest one before it, if any (else the caller's next
	 * year of the period)
	 */
	{
		size_t		ss = rp_unit_start(w, cue->bstart, false);
		int			nx = rp_mark_after(w, RC_NEXT_YEAR, ss, se);

		if (nx >= 0)
		{
			y = rp_year_near(w, cue->bstart < w->mark[nx].bstart ? cue->bstart : w->mark[nx].bstart,
							 w->t->len, ROLE_YEAR * 4, false);
			return y ? y + 1 : 0;
		}
	}
	/*
	 * else the nearest year before it; when that is the year of an earlier
	 * mention of the same role, right behind its words, the role passed on
	 * from that year: this mention is of the next ("X, Cụm trưởng năm 2024,
	 * đã bàn giao nhiệm vụ Cụm trưởng cho Y": Y leads in 2025)
	 */
	{
		size_t		limit = cue->bstart - rp_chars_back(w, cue->bstart, ROLE_YEAR);

		for (int k = num_from(w, cue->bstart) - 1; k >= 0 && w->num[k].bend + limit >= cue->bstart; k--)
			if (w->num[k].bend <= cue->bstart && (y = rp_year_of_num(&w->num[k])) != 0)
				return year_of_earlier_mention(w, cue, &w->num[k]) ||
					chosen_after_review(w, cue, &w->num[k], se) ? y + 1 : y;
	}
	return 0;
}

/*
 * Is role mark m in brackets that close before byte `to`: "(" right before
 * it, ")" after it and before `to`?
 */
static bool
role_in_brackets(const Work *w, const Mark *m, size_t to)
{
	const char *s = w->t->s;
	size_t		b = m->bstart;

	while (b > 0 && s[b - 1] == ' ')
		b--;
	return b > 0 && s[b - 1] == '(' && m->bend < to && memchr(s + m->bend, ')', to - m->bend) != NULL;
}

/*
 * a word the role is handed to ("to", "cho": value RC_LINK_HAND) in [from,
 * to), with list words after it and nothing else ("to the cluster leader";
 * not "was chosen to head the cluster")
 */
static bool
given_to(const Work *w, size_t from, size_t to)
{
	for (int l = rp_mark_after(w, RC_LINK, from, to); l >= 0; l = rp_mark_after(w, RC_LINK, w->mark[l].bend, to))
		if (w->mark[l].value == RC_LINK_HAND && !rp_only_spaces(w->t->s, w->mark[l].bend, to) &&
			rp_only_words_of(w, w->mark[l].bend, to, RC_LIST, false))
			return true;
	return false;
}

/*
 * a verb of handing a role over (value RC_LINK_HANDOVER) in [from, to): the
 * province before it gives the role ("Công an tỉnh X đã bàn giao nhiệm vụ
 * Cụm trưởng cho ...", "Da Nang a predat conducerea clusterului ...")
 */
static bool
handed_over(const Work *w, size_t from, size_t to)
{
	return link_of_value(w, RC_LINK_HANDOVER, from, to);
}

/*
 * Is province q the one a role is handed to, named before the verb: right
 * behind a word of handing, with only list words between ("海防市公安向广宁省
 * 公安移交集群长旗帜": 向 广宁省)?
 */
static bool
behind_hand(const Work *w, int q, size_t cs)
{
	const Mark *p = &w->mark[q];
	int			l = rp_mark_before(w, RC_LINK, p->bstart > cs + 24 ? p->bstart - 24 : cs, p->bstart);

	return l >= 0 && w->mark[l].value == RC_LINK_HAND &&
		rp_only_words_of(w, w->mark[l].bend, p->bstart, RC_LIST, false);
}

/*
 * Is province q, before the role's cue, in another part of the sentence
 * than the role: a comma, a bracket or a colon between them, and before it
 * other words than those of the province's name and of a list's ("Hội nghị
 * do Công an tỉnh X đăng cai, Cụm trưởng chủ trì"; but "Công an tỉnh X, Cụm
 * trưởng năm 2024, ...", "X police (the cluster leader)" are the role's)?
 */
static bool
apart_from_role(const Work *w, int q, const Mark *cue)
{
	const char *s = w->t->s;
	size_t		b = cue->bstart;

	while (b > w->mark[q].bend && s[b - 1] != ',' && s[b - 1] != '(' && s[b - 1] != ':')
		b--;
	/*
	 * (and the role opens its part, as its subject: "X nhận cờ đăng cai,
	 * đảm nhiệm Cụm trưởng năm 2025" is X's)
	 */
	return b > w->mark[q].bend && !rp_only_words_of(w, w->mark[q].bend, b - 1, RC_LIST, true) &&
		rp_only_words_of(w, b, cue->bstart, RC_LIST, true);
}

/*
 * "Công an tỉnh A và Công an tỉnh B lần lượt được bầu làm Cụm trưởng, Cụm
 * phó", "the leader and deputy roles went to A and B police, respectively":
 * with a "respectively" word in the sentence [ss, se) and a leader's and a
 * deputy's cue (no other), the two provinces right before the cues (no
 * province between) or, with fewer before, right after them hold the
 * roles in their order
 * (another province further off, as the venue: "At the conference held in
 * C, A and B were elected leader and deputy leader respectively").  The
 * province mark for cue k, or -1 when the sentence is not so made.
 */
#define RESPECTIVE_PROVINCES 8

static int
respectively_holder(const Work *w, int k, size_t ss, size_t se)
{
	int			prov[RESPECTIVE_PROVINCES],
				role[2],
				np = 0,
				nr = 0,
				before = 0,
				p0;

	if (rp_mark_after(w, RC_RESPECTIVELY, ss, se) < 0)
		return -1;
	for (int m = mark_from(w, ss); m < w->nmark && w->mark[m].bstart < se; m++)
	{
		int			t = w->mark[m].type;

		if (t == RC_PROVINCE)
		{
			if (np == RESPECTIVE_PROVINCES)
				return -1;
			prov[np++] = m;
		}
		else if (t == RC_LEADER || t == RC_DEPUTY)
		{
			if (nr == 2)
				return -1;
			role[nr++] = m;
		}
	}
	if (nr != 2 || w->mark[role[0]].type == w->mark[role[1]].type)
		return -1;
	/* the provinces before the first cue; none between the cues */
	while (before < np && w->mark[prov[before]].bend <= w->mark[role[0]].bstart)
		before++;
	if (before < np && w->mark[prov[before]].bstart < w->mark[role[1]].bend)
		return -1;
	if (before >= 2)
		p0 = before - 2;
	else if (np - before >= 2)
		p0 = before;
	else
		return -1;
	if (w->mark[prov[p0]].value == w->mark[prov[p0 + 1]].value)
		return -1;
	return k == role[0] ? prov[p0] : k == role[1] ? prov[p0 + 1] : -1;
}

/* a holder found by a pass: noted, and put when the pass puts facts of its year */
static void
role_found(Out *o, RolePass *rp, CdFact *f, bool stated)
{
	if (f->year < rp->min_year)
		return;
	rp->found = true;
	if (f->year > rp->max_year)
		rp->max_year = f->year;
	if (stated && f->year > rp->max_stated)
		rp->max_stated = f->year;
	if (rp->emit)
		rp_put(o, f);
}

/*
 * Put the holder of the role of `cue`: province, the span of its name
 * [bs, be) (the evidence runs from the first of the name and the cue to the
 * last), the year stated for the role, else `fallback` (not stated)
 */
static void
put_holder(Out *o, RolePass *rp, const Mark *cue, int province, size_t bs, size_t be, int year, int fallback)
{
	CdFact		f;

	rp_fact_init(&f, cue->type == RC_LEADER ? F_LEADER : F_DEPUTY,
				 bs < cue->bstart ? bs : cue->bstart, be > cue->bend ? be : cue->bend);
	f.province = province;
	f.year = year ? year : fallback;
	role_found(o, rp, &f, year != 0);
}

/*
 * Is province q, before a role's cue, the holder named behind the cue of
 * another role before it, in the clause from cs ("La jefatura del clúster
 * recaerá en la policía de X, y la vicejefatura, en la de Y": X is no
 * deputy)?
 */
static bool
holder_of_other(const Work *w, int q, size_t cs)
{
	for (int r = q - 1; r >= 0 && w->mark[r].bstart >= cs; r--)
	{
		const Mark *m = &w->mark[r];

		if (m->type == RC_PROVINCE)
			return false;
		if ((m->type == RC_LEADER || m->type == RC_DEPUTY) && m->value != RC_ROLE_TITLE)
			return link_before(w, m->bend, w->mark[q].bstart, false, !role_is_subject(w, m));
	}
	return false;
}

static void
leaders_pass(Out *o, int period_year, int role, int strength, RolePass *rp)
{
	Work	   *w = o->w;

	for (int k = 0; k < w->nmark; k++)
	{
		Mark	   *cue = &w->mark[k];
		int			prov = -1,
					pb = -1,
					pa = -1,
					pn = -1,
					pt,
					pfrom = -1;
		size_t		ss,
					cs,
					se;
		int			year;

		if (cue->type != role)
			continue;
		ss = rp_unit_start(w, cue->bstart, false);
		cs = rp_unit_start(w, cue->bstart, true);
		se = rp_unit_end(w, cue->bend, false);
		if (cue->value == RC_ROLE_GENERIC && !role_context(w, cue, ss, se))
			continue;
		/* two provinces and two roles "respectively": strong, each its own */
		prov = respectively_holder(w, k, ss, se);
		/* (a title alone is the role only so) */
		if (cue->value == RC_ROLE_TITLE && prov < 0)
			continue;
		if (prov >= 0)
		{
			if (strength != 2 || rp_role_is_post(w, cue))
				continue;
			put_holder(o, rp, cue, w->mark[prov].value, w->mark[prov].bstart, w->mark[prov].bend,
					   role_year(w, cue, se), period_year ? period_year + 1 : 0);
			continue;
		}
		/*
		 * the nearest province before the cue, with no other role cue
		 * between, in its clause ("X police hosted the conference; the
		 * cluster leader spoke first": no holder)
		 */
		for (int q = k - 1; q >= 0 && w->mark[q].bstart >= cs; q--)
		{
			/* (but a role in brackets after the province is its too: "X police (deputy leader in 2024) was elected cluster leader") */
			if ((w->mark[q].type == RC_LEADER || w->mark[q].type == RC_DEPUTY) &&
				!role_in_brackets(w, &w->mark[q], cue->bstart))
				break;
			if (w->mark[q].type == RC_PROVINCE && cue->bstart - w->mark[q].bend <= 160)
			{
				/*
				 * not when the role is what the province gives something
				 * to ("... trao quà chúc mừng cho các đơn vị Cụm trưởng",
				 * "presented flowers to the cluster leader")
				 */
				if (!given_to(w, w->mark[q].bend, cue->bstart) && !rp_venue_province(w, q, cs) &&
					!apart_from_role(w, q, cue) && !holder_of_other(w, q, cs) &&
					(!handed_over(w, w->mark[q].bend, cue->bstart) || behind_hand(w, q, cs)))
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
				/* the province it passes from ("từ X cho Y"): the one it passes to */
				if (passed_from(w, cue->bend, q) && (pt = passed_to(w, q, se)) >= 0)
				{
					pn = pa = pt;
					pfrom = q;
					break;
				}
				pn = q;
				if (link_before(w, cue->bend, w->mark[q].bstart, false, !role_is_subject(w, cue)) ||
					named_official(w, cue->bend, q) ||
					(right_behind_year(w, cue->bend, w->mark[q].bstart) &&
					 /*
					  * not the next item of a list of roles ("A, Cụm trưởng, B,
					  * Cụm phó"), nor the subject of the next clause ("X प्रमुख
					  * होगा, जबकि Y पुलिस बल उप प्रमुख")
					  */
					 !role_of_holder(w, q, se)))
					pa = q;
				break;
			}
		}
		if (cue->list_role == LIST_ROLE_BEFORE)
			prov = strength == 1 ? pb : -1;
		else if (cue->list_role == LIST_ROLE_AFTER)
			prov = strength == 1 ? pn : -1;
		else
			prov = strength == 2 ? pa : pb;
		if (rp_role_is_post(w, cue))
			continue;
		if (prov < 0 && strength == 1 && !cue->list_role && pb < 0 && pa < 0)
		{
			size_t		bs = 0,
						be = 0;
			int			p = cut_name(w, cue, &bs, &be);

			/* a name cut short before the bracketed role, or the venue's province for a post */
			if (p < 0)
				p = venue_of_post(w, cue, &bs, &be);
			if (p < 0)
				continue;
			put_holder(o, rp, cue, p, bs, be, role_year(w, cue, se), period_year ? period_year + 1 : 0);
			continue;
		}
		if (prov < 0)
			continue;
		year = 0;
		/* passed on with the years in brackets: the new holder's, or the year after the old one's */
		if (prov == pa && pfrom >= 0 && (year = bracketed_year(w, w->mark[prov].bend)) == 0 &&
			(year = bracketed_year(w, w->mark[pfrom].bend)) != 0)
			year++;
		if (!year)
			year = role_year(w, cue, se);
		/* chosen for the next year, unless a list says who holds it now */
		put_holder(o, rp, cue, w->mark[prov].value, w->mark[prov].bstart, w->mark[prov].bend, year,
				   !period_year ? 0 : cue->list_role ? period_year : period_year + 1);
	}
}
