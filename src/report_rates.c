/*
 * report_rates.c
 *		Stages 4 to 6 for rates: cue scoring within the clause (rate, solve,
 *		target, excess and metric cues), linking (fraction or counts, the cases
 *		solved) and de-duplication (one figure, one fact).
 */
#define _POSIX_C_SOURCE 200809L	/* strdup, strtok_r, snprintf */
#include "report_rates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>

#include "report_clauses.h"
#include "report_figures.h"

/*
 * A result's figure in [from, to): a count or fraction of what was done
 * ("police exceeded both targets, clearing up 845 out of 960 criminal
 * cases, or 88.02%"), not only the target's own percent ("met the targets
 * set by the Ministry, which require solving over 70% of ...")
 */
static bool
result_between(const Work *w, size_t from, size_t to)
{
	for (int k = rp_first_at(w->num, w->nnum, sizeof(WNum), offsetof(WNum, bstart), from);
		 k < w->nnum && w->num[k].bstart < to; k++)
		if (w->num[k].kind == CD_K_FRACTION || w->num[k].kind == CD_K_RATIO ||
			(w->num[k].kind == CD_K_NUMBER && w->num[k].unit))
			return true;
	return false;
}

/*
 * Is the figure at byte b a target?  A target cue in its cue clause, or one
 * earlier in its sentence that opens a list with ':' ("đề ra các chỉ tiêu,
 * như: ...; ...; ..."): every item of the list is a target.
 */
bool
rp_target_for(const Work *w, size_t b, size_t ss, size_t qs)
{
	int			k,
				d;

	if ((k = rp_mark_before(w, RC_TARGET, qs, b)) >= 0 &&
		!(w->mark[k].value == 0 && (d = rp_mark_before(w, RC_DONE, w->mark[k].bstart > 32 ? w->mark[k].bstart - 32 : 0,
													  w->mark[k].bstart)) >= 0 &&
		  (memchr(w->t->s + w->mark[k].bend, ':', b - w->mark[k].bend) != NULL ||
		   /*
			* a target met, then what was done after a comma ("police
			* exceeded both targets, clearing up 845 out of 960 cases,
			* or 88.02%", "vượt chỉ tiêu được giao, làm rõ ...")
			*/
		   (w->mark[d].value == RC_DONE_MET && rp_has_comma(w->t->s, w->mark[k].bend, b) &&
			result_between(w, w->mark[k].bend, b)))))
		return true;
	/*
	 * A bracket right after a target gives the target ("vượt chỉ tiêu Bộ
	 * giao (trên 70%)", "exceeding the target set by the Ministry (over
	 * 70%)"), unless it says what was achieved ("(đạt 85%)").
	 */
	if (qs > 0 && w->t->s[qs - 1] == '(' && rp_mark_before(w, RC_ACHIEVE, qs, b) < 0)
	{
		size_t		open = qs - 1,
					from = open > 60 ? open - 60 : 0;
		int			t = rp_mark_before(w, RC_TARGET, from, open);

		if (t >= 0 && w->mark[t].bstart >= rp_unit_start(w, open, true))
		{
			bool		figure = false;

			/* (a document's number may stand between: "chỉ tiêu Nghị quyết 96 của Quốc hội giao (65%)") */
			for (int n = num_from(w, w->mark[t].bend); n < w->nnum && w->num[n].bstart < open && !figure; n++)
				figure = w->num[n].kind != CD_K_CODE && w->num[n].kind != CD_K_ORDINAL;
			if (!figure)
				for (size_t i = w->mark[t].bend; i < open && !figure; i++)
					figure = w->t->s[i] == '%';
			if (!figure)
				return true;
		}
	}
	for (k = mark_from(w, b) - 1; k >= 0 && w->mark[k].bstart >= ss; k--)
	{
		const Mark *m = &w->mark[k];

		if (m->type != RC_TARGET || m->bend > b)
			continue;
		/* (not the results of the targets: "Kết quả thực hiện các chỉ tiêu thi đua ...: ... đạt 88,9%") */
		if (memchr(w->t->s + m->bend, ':', b - m->bend) != NULL &&
			rp_mark_before(w, RC_DONE, m->bstart > 32 ? m->bstart - 32 : 0, m->bstart) < 0)
			return true;
		/*
		 * A verb of striving governs all that follows it in its sentence
		 * ("phấn đấu giảm 5% số vụ; ...; tỷ lệ ... đạt trên 70%", "strive to
		 * ..., and to solve over 80%"), unless it says it was done ("đã
		 * phấn đấu", "has raised").
		 */
		if (m->value == 1 &&
			rp_mark_before(w, RC_DONE, m->bstart > 12 ? m->bstart - 12 : 0, m->bstart) < 0)
			return true;
	}
	return false;
}

/*
 * A percent that says by how much, not how many: "vượt 20%", "dépassant de
 * 8 %", "exceeding 542%", "2.75% higher", "12% so với cùng kỳ"; or how much
 * of a whole: "chiếm 35%".
 */
#define SHARE_SUBJECT_REACH 96

static bool
excess_percent(const Work *w, const WNum *p)
{
	int			k = rp_mark_before(w, RC_EXCESS_BEFORE, p->bstart > SHARE_SUBJECT_REACH ? p->bstart - SHARE_SUBJECT_REACH : 0,
								   p->bstart);

	if (k >= 0 && w->mark[k].value == RC_EXCESS_SHARE)
	{
		/*
		 * A share of a whole ("chiếm 35% tổng số vụ án", "accounted for
		 * about 42% of all cases", "representan el 19%"); but "the
		 * case-solving rate of the cluster accounted for 90.2 percent" is
		 * the rate
		 */
		size_t		gap = p->bstart - w->mark[k].bend;
		bool		near = gap <= 4 || (gap <= 24 && p->qual != CD_Q_EQ);
		int			subj;

		/*
		 * (or the class of cases it is the share of, between the verb and
		 * the percent, as Arabic puts the subject after its verb: "شكلت
		 * قضايا المخدرات 31%"; not a rate there: "شكلت نسبة كشف ... 87.2%")
		 */
		/*
		 * (or the share is the subject of the percent's clause, nothing
		 * solved nor rated between: "la part des affaires de corruption
		 * dans l'ensemble des infractions économiques est de 15,7 %",
		 * "毒品犯罪案件占刑事案件总数的32%")
		 */
		if (!near && gap <= SHARE_SUBJECT_REACH && !rp_has_comma(w->t->s, w->mark[k].bend, p->bstart) &&
			!rp_digit_between(w->t->s, w->mark[k].bend, p->bstart) &&
			rp_unit_start(w, p->bstart, false) <= w->mark[k].bstart &&
			!memchr(w->t->s + w->mark[k].bend, ';', p->bstart - w->mark[k].bend) &&
			rp_mark_after(w, RC_SOLVE, p->bend, rp_unit_end(w, p->bend, true)) < 0 &&
			rp_mark_after(w, RC_RATE, w->mark[k].bend, p->bstart) < 0 &&
			rp_mark_after(w, RC_SOLVE, w->mark[k].bend, p->bstart) < 0 &&
			rp_mark_after(w, RC_ACHIEVE, w->mark[k].bend, p->bstart) < 0)
			near = true;
		if (!near && gap <= 48 && !rp_has_comma(w->t->s, w->mark[k].bend, p->bstart) &&
			rp_mark_after(w, RC_RATE, w->mark[k].bend, p->bstart) < 0 &&
			(subj = rp_mark_after(w, RC_METRIC, w->mark[k].bend, p->bstart)) >= 0 &&
			w->mark[subj].bend <= p->bstart && cd_chars_between(w->t->s, w->mark[subj].bend, p->bstart) <= 2)
			near = true;

		/* (an article, "representan el 19%", or a qualifier between; no figure) */
		for (size_t i = w->mark[k].bend; i < p->bstart && near; i++)
			near = !(w->t->s[i] >= '0' && w->t->s[i] <= '9');
		if (near)
		{
			/* (its clause: from a clause word on, "..., trong đó án trộm cắp chiếm 65%") */
			size_t		cs = rp_unit_start(w, p->bstart, true);
			int			cw = rp_mark_before(w, RC_CLAUSE, cs, w->mark[k].bstart),
						q = (int) (p - w->num) - 1;

			if (cw >= 0)
				cs = w->mark[cw].bend;
			/*
			 * the share of the cases solved that a fraction right before it
			 * gives is the rate ("làm rõ 1.052 trên 1.220 vụ, chiếm 86,2%")
			 */
			if (q >= 0 && w->num[q].bstart >= cs && (w->num[q].kind == CD_K_FRACTION || w->num[q].kind == CD_K_RATIO) &&
				(w->num[q].flags & CD_F_VALUE2) && w->num[q].scale == 0 && w->num[q].scale2 == 0 &&
				rp_percent_matches(w->num[q].v, w->num[q].v2, p->v, p->scale))
				return false;
			/* (a rate cue of an earlier percent does not count: "Tỷ lệ ... là 87,5%, riêng án trộm cắp chiếm 48%") */
			for (; q >= 0 && w->num[q].bstart >= cs; q--)
				if (w->num[q].kind == CD_K_PERCENT)
				{
					cs = w->num[q].bend;
					break;
				}
			return rp_mark_before(w, RC_RATE, cs, w->mark[k].bstart) < 0;
		}
	}
	else if (k >= 0 && w->mark[k].value == RC_EXCESS_WHOLE)
	{
		/*
		 * Right after the whole it is a part of ("解決された事件のうち35%が麻薬
		 * 事件だった", "सुलझाए गए मामलों में से 35% ..."): a share; but "刑事
		 * 事件のうち89.1%を解決した" says what was done with the part
		 */
		size_t		cs = rp_unit_start(w, p->bstart, true),
					ce = rp_unit_end(w, p->bend, true);

		if (p->bstart - w->mark[k].bend <= 4 && !rp_digit_between(w->t->s, w->mark[k].bend, p->bstart) &&
			rp_mark_after(w, RC_SOLVE, p->bend, ce) < 0 && rp_mark_before(w, RC_RATE, cs, w->mark[k].bstart) < 0)
			return true;
	}
	else if (k >= 0 && p->bstart - w->mark[k].bend <= 2)
		return true;
	/* "84%, higher than the target": the comma makes it the rate itself */
	k = rp_mark_after(w, RC_EXCESS_AFTER, p->bend, p->bend + 40);
	return k >= 0 && w->mark[k].bstart - p->bend <= 2 && w->t->s[p->bend] != ',';
}


/*
 * Another year's percent, given beside this year's for comparison: in
 * brackets right after a percent that name a year or compare ("88,4% (năm
 * 2024: 85,9%)", "84.7% (in 2024 it was 81.3%)", "88.4% (2024年为85.9%)",
 * "88.4% (مقابل 85.9% في عام 2024)"), in brackets that open with a year
 * ("(2024: 84%)"), or in brackets right after a year that a comparison
 * names ("so với năm 2024 (84%)").
 */
#define BRACKET_REACH 48

/* the bytes that may end (begin) a bracket or ';': '(', ')', ';' and the last (first) byte of "（" and "）" */
static const uint8_t bracket_end_byte[256] = {['('] = 1, [')'] = 1, [';'] = 1, [0x88] = 1, [0x89] = 1};
static const uint8_t bracket_first_byte[256] = {['('] = 1, [')'] = 1, [';'] = 1, [0xEF] = 1};

static bool
compared_year_percent(const Work *w, int k)
{
	const WNum *p = &w->num[k];
	const char *s = w->t->s;
	size_t		open = p->bstart,
				close = p->bend,
				len = w->t->len,
				b;
	int			y;

	/* the brackets around it: "(" or "（" before, ")" or "）" after, in reach */
	size_t		ss = rp_unit_start(w, p->bstart, false);

	/*
	 * (a byte that is no '(', ')', ';' nor the last of "（" or "）" is
	 * passed with one test)
	 */
	while (open > ss && p->bstart - open < BRACKET_REACH &&
		   (bracket_end_byte[(unsigned char) s[open - 1]] == 0 ||
			(s[open - 1] != '(' && s[open - 1] != ')' && s[open - 1] != ';' &&
			 !(open >= 3 && (FW_OPEN_AT(s, open - 3, len) || FW_CLOSE_AT(s, open - 3, len))))))
		open--;
	if (open >= ss + 3 && FW_OPEN_AT(s, open - 3, len))
		open -= 3;
	else if (open > ss && s[open - 1] == '(')
		open--;
	else
		return false;
	while (close < len && close - p->bend < BRACKET_REACH &&
		   (bracket_first_byte[(unsigned char) s[close]] == 0 ||
			(s[close] != ')' && s[close] != '(' && s[close] != ';' &&
			 !FW_CLOSE_AT(s, close, len) && !FW_OPEN_AT(s, close, len))))
		close++;
	if (close >= len || (s[close] != ')' && !FW_CLOSE_AT(s, close, len)))
		close = (size_t) -1;
	for (y = k - 1; y >= 0 && w->num[y].bstart > open; y--)
		;
	/* right after a percent: a year, or a comparison or previous year's word, in them */
	b = open;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	if (close != (size_t) -1 && y >= 0 && w->num[y].kind == CD_K_PERCENT && w->num[y].bend == b)
	{
		for (int n = y + 1; n < w->nnum && w->num[n].bstart < close; n++)
			if (n != k && rp_year_of_num(&w->num[n]))
				return true;
		if (rp_mark_after(w, RC_NOT_YEAR, open, close) >= 0 ||
			rp_mark_after(w, RC_EXCESS_BEFORE, open, close) >= 0 ||
			rp_mark_after(w, RC_EXCESS_AFTER, open, close) >= 0)
			return true;
	}
	/* a year first in the brackets, a word at most before it, then ':' or '-' */
	if (y + 1 < k && rp_year_of_num(&w->num[y + 1]) && y + 2 == k &&
		cd_chars_between(s, open + 1, w->num[y + 1].bstart) <= 8)
	{
		size_t		e = w->num[y + 1].bend;

		while (e < p->bstart && s[e] == ' ')
			e++;
		if (e < p->bstart && (s[e] == ':' || s[e] == '-'))
			return true;
	}
	/* a comparison right before the brackets: "so với năm trước (86,1%)", "compared with last year (86.1%)" */
	for (int t = 0; t < 2; t++)
	{
		/* (a comparison word, or one that names a compared year: "so với năm trước") */
		int			c = rp_mark_before(w, t == 0 ? RC_EXCESS_AFTER : RC_NOT_YEAR, open > 32 ? open - 32 : 0, open);

		if (c >= 0 && !rp_digit_between(s, w->mark[c].bend, open) && cd_chars_between(s, w->mark[c].bend, open) <= 16 &&
			memchr(s + w->mark[c].bend, ',', open - w->mark[c].bend) == NULL)
			return true;
	}
	/* a comparison's year right before the brackets */
	if (y >= 0 && rp_year_of_num(&w->num[y]) && rp_only_spaces(s, w->num[y].bend, open))
	{
		/* (a comparison word before the year: "so với năm 2024 (84%)", "cao hơn năm 2024 (85,9%)") */
		for (int t = 0; t < 3; t++)
		{
			int			c = rp_mark_before(w, t == 0 ? RC_NOT_YEAR : t == 1 ? RC_EXCESS_BEFORE : RC_EXCESS_AFTER,
										  w->num[y].bstart > 32 ? w->num[y].bstart - 32 : 0, w->num[y].bstart);

			if (c >= 0 && w->num[y].bstart - w->mark[c].bend <= 16 &&
				!rp_digit_between(s, w->mark[c].bend, w->num[y].bstart))
				return true;
		}
	}
	return false;
}

/* a comparison's mark in [from, to): a comparison, an excess (no share) or a compared year's word */
static bool
comparison_between(const Work *w, size_t from, size_t to)
{
	for (int t = 0; t < 3; t++)
	{
		int			type = t == 0 ? RC_EXCESS_AFTER : t == 1 ? RC_NOT_YEAR : RC_EXCESS_BEFORE;

		for (int m = rp_mark_after(w, type, from, to); m >= 0; m = rp_mark_after(w, type, w->mark[m].bend, to))
			if (type != RC_EXCESS_BEFORE || w->mark[m].value == 0)
				return true;
	}
	return false;
}

/*
 * Another year's percent after this year's in its sentence, its year right
 * beside it and a comparison on the way: "89.1%，比2023年的85.3%有所提高",
 * "89.1%로, 2023년의 85.3%보다 높아졌다", "89.1% เพิ่มขึ้นจาก 85.3% ในปี
 * 2023", "89.1%، ارتفاعاً من 85.3% في عام 2023"
 */
static bool
compared_year_after(const Work *w, int k)
{
	const WNum *p = &w->num[k];
	const char *s = w->t->s;
	size_t		ss = rp_unit_start(w, p->bstart, false),
				se = rp_unit_end(w, p->bend, false);
	int			q = k - 1;
	bool		year_after = false;

	while (q >= 0 && w->num[q].bstart >= ss && w->num[q].kind != CD_K_PERCENT)
		q--;
	if (q < 0 || w->num[q].bstart < ss)
		return false;
	/*
	 * the year right before it (a genitive between: "2023年的", "2023년의"),
	 * the comparison before it or after it ("85.3%보다 높아졌다"); or right
	 * after it ("in 2023", "ในปี 2023", "في عام 2023"), the comparison
	 * before it ("up from", "เพิ่มขึ้นจาก"; not "85.3% in 2024, higher than
	 * the target", which compares this year's)
	 */
	if (!(k - 1 > q && rp_year_of_num(&w->num[k - 1]) &&
		  cd_chars_between(s, w->num[k - 1].bend, p->bstart) <= 3 &&
		  !rp_has_comma(s, w->num[k - 1].bend, p->bstart)))
	{
		if (!(k + 1 < w->nnum && w->num[k + 1].bstart < se && rp_year_of_num(&w->num[k + 1]) &&
			  cd_chars_between(s, p->bend, w->num[k + 1].bstart) <= 10 &&
			  !rp_has_comma(s, p->bend, w->num[k + 1].bstart) &&
			  !rp_digit_between(s, p->bend, w->num[k + 1].bstart) &&
			  memchr(s + p->bend, ';', w->num[k + 1].bstart - p->bend) == NULL &&
			  memchr(s + p->bend, '.', w->num[k + 1].bstart - p->bend) == NULL))
			return false;
		year_after = true;
	}
	return comparison_between(w, w->num[q].bend,
							  year_after ? p->bstart : p->bend + 32 < se ? p->bend + 32 : se);
}

/*
 * A percent its sentence gives for a year before the one reviewed: the
 * nearest year before it there is earlier and no comparison's or plan's
 * (rp_other_year), nor another percent between ("Em 2022, esse índice
 * tinha sido de 83,4%", "..., podczas gdy w 2022 roku wynosił on 83,4%",
 * "而2022年同期仅为83.4%"); not "So với năm 2022, tỷ lệ đạt 87%" nor
 * "Năm 2023, tỷ lệ đạt 87%" in a review of 2023.
 */
#define YEAR_OPENS 8

static bool
earlier_year_percent(const Work *w, int k, size_t ss)
{
	int			y = k - 1,
				year;

	if (!w->reviewed_year)
		return false;
	while (y >= 0 && w->num[y].bstart >= ss && !rp_year_of_num(&w->num[y]))
	{
		if (w->num[y].kind == CD_K_PERCENT)
			return false;
		y--;
	}
	if (y < 0 || w->num[y].bstart < ss)
		return false;
	year = rp_year_of_num(&w->num[y]);
	/*
	 * (only a year that opens its sentence, a word at most before it, "Em
	 * 2022, ...", "W 2022 r. ...", or right after a clause word, "...,
	 * podczas gdy w 2022 roku ...", "而2022年...": not "Implementing
	 * Directive No. 12 of 2019, ...", "The cluster, set up in 2012, ...")
	 */
	if (cd_chars_between(w->t->s, ss, w->num[y].bstart) > YEAR_OPENS)
	{
		int			c = rp_mark_before(w, RC_CLAUSE, ss, w->num[y].bstart);

		if (c < 0 || cd_chars_between(w->t->s, w->mark[c].bend, w->num[y].bstart) > YEAR_OPENS ||
			rp_has_comma(w->t->s, w->mark[c].bend, w->num[y].bstart))
			return false;
	}
	/* (nor the last year of a range: "giai đoạn 2005 - 2023") */
	if (y > 0 && w->num[y - 1].bstart >= ss && rp_year_of_num(&w->num[y - 1]) &&
		rp_range_joiner(w->t->s, w->num[y - 1].bend, w->num[y].bstart))
		return false;
	return year < w->reviewed_year && year >= 1900 && !rp_other_year(w, y);
}

/* "the 75% target": a target cue right after the percent */
static bool
target_after(const Work *w, const WNum *p)
{
	int			k = rp_mark_after(w, RC_TARGET, p->bend, p->bend + 40);

	return k >= 0 && w->mark[k].bstart - p->bend <= 1;
}

/*
 * "bắt 58 đối tượng truy nã (đạt 87%)": a percent in brackets, after an
 * achieve word, right after a count: the rate of that count.
 */
static bool
bracket_after_count(const Work *w, int k)
{
	const char *s = w->t->s;
	const WNum *p = &w->num[k],
			   *n;
	size_t		i = p->bstart,
				open;

	while (i > 0 && p->bstart - i < 32 && s[i - 1] != '(')
	{
		if (s[i - 1] >= '0' && s[i - 1] <= '9')
			return false;
		i--;
	}
	if (i == 0 || s[i - 1] != '(' || k == 0)
		return false;
	open = i - 1;
	if (rp_mark_before(w, RC_ACHIEVE, open, p->bstart) < 0)
		return false;
	n = &w->num[k - 1];
	if (n->kind != CD_K_NUMBER || !n->unit || n->bend > open || open - n->bend > 48)
		return false;
	for (size_t j = n->bend; j < open; j++)
		if (s[j] >= '0' && s[j] <= '9')
			return false;
	return true;
}

/* is there a figure in [from, to)? ("80% of all cases and 95% of serious ones": serious is the second's) */
static bool
figure_between(const Work *w, size_t from, size_t to)
{
	int			k = num_from(w, from);

	return k < w->nnum && w->num[k].bstart < to;
}

/*
 * A class of cases qualifying the general word right next to it ("serious
 * criminal cases", "중한 범죄", "الجرائم الخطيرة"): the class names the rate.  The metric cue
 * q, or the class cue right before it (from `from` on).
 */
static int
class_first(const Work *w, int q, size_t from)
{
	const Mark *c;

	if (q < 0 || w->mark[q].value != M_CRIMINAL)
		return q;
	if (q > 0)
	{
		c = &w->mark[q - 1];
		if (c->type == RC_METRIC && c->value != M_CRIMINAL && c->bstart >= from &&
			w->mark[q].bstart - c->bend <= 2)
			return q - 1;
	}
	/* or right after it, where the adjective follows its noun ("الجرائم الخطيرة") */
	if (q + 1 < w->nmark)
	{
		c = &w->mark[q + 1];
		if (c->type == RC_METRIC && c->value != M_CRIMINAL && c->bstart - w->mark[q].bend <= 2)
			return q + 1;
	}
	return q;
}

/* is percent p a target ("..., all above the 70% target", "超过公安部规定的70%指标"), no result? */
static bool
target_percent(const Work *w, const WNum *p)
{
	size_t		cs = rp_unit_start(w, p->bstart, true);

	return rp_target_for(w, p->bstart, rp_unit_start(w, p->bstart, false), rp_cue_start(w, p->bstart, cs)) ||
		target_after(w, p);
}

/*
 * "criminal, very serious and drug cases reached 87.6%, 95.3% and 100%
 * respectively": in the clause of a "respectively" word in the sentence
 * [ss, se), the classes of cases named before its percents go with them in
 * their order, when as many as they.  The percents: the run of them that
 * holds percent k, next to each other (at most RESPECTIVE_GAP characters and no digit
 * between: not "..., exceeding the 70% target").  A class qualifying the
 * general word next to it counts once ("serious criminal cases"), so does
 * the same class twice in a row ("very serious and especially serious");
 * with one class too many, the general word ("crimes liés à la drogue")
 * names none.  The class's metric mark for percent k, or -1.
 */
#define RESPECTIVE_MAX 8
#define RESPECTIVE_GAP 12

static int
respective_metric(const Work *w, int k, size_t ss, size_t se)
{
	int			cls[RESPECTIVE_MAX],
				pct[RESPECTIVE_MAX],
				ncls = 0,
				npct = 0,
				ncrim = 0,
				r = rp_mark_after(w, RC_RESPECTIVELY, ss, se);
	size_t		cs,
				ce;

	if (r < 0)
		return -1;
	cs = rp_unit_start(w, w->mark[r].bstart, true);
	ce = rp_unit_end(w, w->mark[r].bend, true);
	for (int q = num_from(w, cs); q < w->nnum && w->num[q].bstart < ce; q++)
	{
		if (w->num[q].kind != CD_K_PERCENT || target_percent(w, &w->num[q]))
			continue;
		if (npct > 0 && (cd_chars_between(w->t->s, w->num[pct[npct - 1]].bend, w->num[q].bstart) > RESPECTIVE_GAP ||
						 rp_digit_between(w->t->s, w->num[pct[npct - 1]].bend, w->num[q].bstart)))
		{
			/* (the run of k: "85%, of which ... reached 90% and 95% respectively") */
			if (pct[npct - 1] >= k)
				break;
			npct = 0;
		}
		if (npct == RESPECTIVE_MAX)
			return -1;
		pct[npct++] = q;
	}
	if (npct < 2 || k < pct[0] || k > pct[npct - 1])
		return -1;
	/* the classes in the clause, or when too few there, in the sentence ("刑事案件2036起、经济类案件412起，破案率分别为...") */
	for (;;)
	{
		for (int m = mark_from(w, cs); m < w->nmark && w->mark[m].bstart < w->num[pct[0]].bstart; m++)
		{
			const Mark *mk = &w->mark[m];

			if (mk->type != RC_METRIC)
				continue;
			if (ncls > 0)
			{
				const Mark *prev = &w->mark[cls[ncls - 1]];

				if (prev->value == mk->value)
					continue;
				if (mk->bstart - prev->bend <= 2 && rp_only_spaces(w->t->s, prev->bend, mk->bstart) &&
					(prev->value == M_CRIMINAL || mk->value == M_CRIMINAL))
				{
					if (prev->value == M_CRIMINAL)
					{
						cls[ncls - 1] = m;
						ncrim--;
					}
					continue;
				}
			}
			if (ncls == RESPECTIVE_MAX)
				return -1;
			ncrim += mk->value == M_CRIMINAL;
			cls[ncls++] = m;
		}
		if (ncls >= npct || cs <= ss)
			break;
		cs = ss;
		ncls = ncrim = 0;
	}
	/* (one class too many: the general word names none) */
	if (ncls == npct + 1 && ncrim == 1)
	{
		int			j = 0;

		for (int i = 0; i < ncls; i++)
			if (w->mark[cls[i]].value != M_CRIMINAL)
				cls[j++] = cls[i];
		ncls = j;
	}
	if (ncls != npct)
		return -1;
	for (int i = 0; i < npct; i++)
		if (pct[i] == k)
			return cls[i];
	return -1;
}

/*
 * The metric a rate's own words give, between its rate cue and the figure
 * ("tỷ lệ xử lý tin báo, tố giác về tội phạm đạt 90%": the
 * rate of handling denunciations), with no other figure between: the cue
 * nearest the figure, or -1.
 */
static int
named_metric(const Work *w, int rate_cue, size_t bs)
{
	int			best = -1;

	if (rate_cue < 0 || w->mark[rate_cue].bend > bs || figure_between(w, w->mark[rate_cue].bend, bs))
		return -1;
	for (int q = mark_from(w, w->mark[rate_cue].bend); q < w->nmark && w->mark[q].bend <= bs; q++)
		if (w->mark[q].type == RC_METRIC)
			best = q;
	return best >= 0 ? class_first(w, best, w->mark[rate_cue].bend) : -1;
}

/* the metric of a rate at [bs, be): the nearest metric cue in its clause, before or just after */
/*
 * Is metric mark m, before byte bs, what an earlier percent is of: right
 * after that percent (at most 40 bytes on, no comma and no other figure
 * between), with the percent itself before bs?
 */
static bool
of_earlier_percent(const Work *w, const Mark *m, size_t bs)
{
	int			k = num_from(w, m->bstart) - 1;

	return k >= 0 && w->num[k].kind == CD_K_PERCENT && w->num[k].bend <= m->bstart &&
		m->bstart - w->num[k].bend <= 40 && !rp_has_comma(w->t->s, w->num[k].bend, m->bstart) &&
		w->num[k].bend <= bs;
}

/* a class this close after a percent says what the percent is of */
#define OF_AFTER_CHARS 24

/*
 * The class of cases right after byte e, what the figure ending there is of
 * ("96 % des affaires très graves", "174 economic crimes"): the metric cue
 * at most `chars` characters on, no comma and no figure between; or -1
 */
static int
class_right_after(const Work *w, size_t e, int chars)
{
	int			q = rp_mark_after(w, RC_METRIC, e, rp_chars_on(w, e, chars));

	return q >= 0 && !rp_has_comma(w->t->s, e, w->mark[q].bstart) &&
		!figure_between(w, e, w->mark[q].bstart) ? q : -1;
}

/* does the first percent after byte `from` (before `to`) have a class of its own right after it? */
static bool
percent_owns_class(const Work *w, size_t from, size_t to)
{
	for (int k = num_from(w, from); k < w->nnum && w->num[k].bstart < to; k++)
		if (w->num[k].kind == CD_K_PERCENT)
			return class_right_after(w, w->num[k].bend, OF_AFTER_CHARS) >= 0;
	return false;
}

/* is there a percent in [from, to), not one right behind a comparison's word ("contre 89,4 %")? */
static bool
percent_between(const Work *w, size_t from, size_t to)
{
	for (int k = num_from(w, from); k < w->nnum && w->num[k].bstart < to; k++)
		if (w->num[k].kind == CD_K_PERCENT)
		{
			int			c = rp_mark_before(w, RC_EXCESS_BEFORE, w->num[k].bstart > 24 ? w->num[k].bstart - 24 : 0,
										  w->num[k].bstart);

			if (!(c >= 0 && w->mark[c].value == 0 && w->num[k].bstart - w->mark[c].bend <= 4 &&
				  w->mark[c].bstart >= from))
				return true;
		}
	return false;
}

static int
rate_metric(const Work *w, size_t bs, size_t be, size_t ss, size_t cs, size_t ce, int *cue)
{
	int			best = -1,
				after = -1,
				next_class = -1;
	size_t		bestd = (size_t) -1,
				afterd = (size_t) -1;

	for (int q = mark_from(w, cs); q < w->nmark && w->mark[q].bstart <= be + 60; q++)
	{
		const Mark *mk = &w->mark[q];
		size_t		d;

		if (mk->type != RC_METRIC)
			continue;
		/*
		 * Before the figure.  A cue of a narrow kind ("giết người",
		 * "transformation": other) names it only within its comma-separated
		 * item; a class of cases ("đặc biệt nghiêm trọng") heads a list.
		 */
		if (mk->bend <= bs && mk->bstart >= cs &&
			!(mk->value == M_OTHER && rp_has_comma(w->t->s, mk->bend, bs)))
			d = bs - mk->bend;
		else if (mk->bstart >= be && mk->bend <= ce && mk->bstart - be <= 60 &&
				 !rp_has_comma(w->t->s, be, mk->bstart) && !figure_between(w, be, mk->bstart))
		{
			/*
			 * "... 84.9% และคดีร้ายแรงมากกว่า 95%": the class of the
			 * percent after it (not of one given for comparison: "92 %
			 * des affaires liées à la drogue, contre 89,4 % ...")
			 */
			if (percent_between(w, mk->bend, rp_chars_on(w, mk->bend, 40) < ce ? rp_chars_on(w, mk->bend, 40) : ce))
			{
				if (next_class < 0)
					next_class = q;
				continue;
			}
			/* "95% of the crime denunciations": what the rate is of names it */
			d = (mk->bstart - be) * 2 + 1;
			if (mk->value == M_OTHER)
				d = 0;
			if (d < afterd)
			{
				afterd = d;
				after = q;
			}
		}
		else
			continue;
		if (d < bestd)
		{
			bestd = d;
			best = q;
		}
	}
	/*
	 * a class before it that is what an earlier percent is of ("85% de los
	 * casos penales y el 95,7% de los delitos económicos") gives way to its
	 * own after it
	 */
	if (best >= 0 && best != after && after >= 0 && of_earlier_percent(w, &w->mark[best], bs))
		best = after;
	/*
	 * nor does one in an earlier item, behind a comma or another figure,
	 * when a class just after the percent says what it is of ("... des 1 410
	 * affaires criminelles, soit 87,9 %, et plus de 96 % des affaires très
	 * graves", "... the law on drugs, solved 81.2% of criminal cases")
	 */
	if (best >= 0 && best != after && w->mark[best].bend <= bs &&
		(rp_has_comma(w->t->s, w->mark[best].bend, bs) || figure_between(w, w->mark[best].bend, bs)))
	{
		if (after >= 0 && cd_chars_between(w->t->s, be, w->mark[after].bstart) <= OF_AFTER_CHARS)
			best = after;
		/*
		 * and with a class right after it that may be the next percent's
		 * ("... 81.2% of criminal cases and 93.5% of very serious ones";
		 * "... ร้อยละ 80 และคดียาเสพติดได้ร้อยละ 100"), neither names it
		 */
		else if (next_class >= 0 && w->mark[best].value != M_CRIMINAL &&
				 cd_chars_between(w->t->s, be, w->mark[next_class].bstart) <= OF_AFTER_CHARS)
		{
			/*
			 * the next percent has its own class after it: the one between
			 * is this one's ("81.2% of criminal cases and 93.5% of very
			 * serious ones"); else it is the next one's, and a class behind
			 * another figure names this one no more than it
			 */
			if (percent_owns_class(w, w->mark[next_class].bend, ce))
				best = next_class;
			else if (figure_between(w, w->mark[best].bend, bs))
				best = -1;
		}
	}
	if (best >= 0)
		best = class_first(w, best, cs);
	*cue = best;
	if (best >= 0)
		return w->mark[best].value;
	return rp_mark_before(w, RC_SOLVE, ss, bs) >= 0 || rp_mark_after(w, RC_SOLVE, be, ce) >= 0 ?
		M_CRIMINAL : M_OTHER;
}

/*
 * "Thefts fell 11%, with a 92% rate of solving them": a rate whose own
 * clause names no class of cases, after a change of one class earlier in
 * its sentence, is the rate of that class.  The class (the metric cue
 * nearest before the last such change), or -1.
 */
static int
changed_class(Work *w, int k, size_t ss, int *cue)
{
	int			c,
				q;

	/* the last change before each number, found in one pass when first asked */
	if (!w->prev_change)
	{
		if (!(w->prev_change = cd_alloc((size_t) (w->nnum + 1) * sizeof(int))))
		{
			w->oom = true;
			return -1;
		}
		for (int i = 0, last = -1; i < w->nnum; i++)
		{
			w->prev_change[i] = last;
			if (w->num[i].flags & CD_F_CHANGE)
				last = i;
		}
	}
	c = w->prev_change[k];
	if (c < 0 || w->num[c].bstart < ss || (q = rp_mark_before(w, RC_METRIC, ss, w->num[c].bstart)) < 0)
		return -1;
	*cue = q;
	return w->mark[q].value;
}

/*
 * One figure is one fact: the rates of a report are kept (up to RATE_BUF)
 * and a figure stated again (the same percent, or the same fraction, with
 * the same metric and province) is dropped, or replaces the earlier mention
 * when it brings a fraction the earlier one lacked.
 */
typedef struct Rates
{
	CdFact	   *f;				/* grown as rates come (rp_grow), up to RATE_BUF of them */
	int			n,
				cap;
} Rates;

static bool
same_figure(const CdFact *a, const CdFact *b)
{
	if (a->metric != b->metric || a->province != b->province)
		return false;
	if (a->has_percent && b->has_percent)
		return a->pv == b->pv && a->pscale == b->pscale &&
			(!a->has_fraction || !b->has_fraction ||
			 (a->solved == b->solved && a->total == b->total));
	if (a->has_fraction && b->has_fraction)
		return a->solved == b->solved && a->total == b->total;
	/* a fraction alone and a percent alone: the same figure when the fraction gives the percent */
	if (a->has_fraction != b->has_fraction && a->has_percent != b->has_percent)
	{
		const CdFact *fr = a->has_fraction ? a : b,
				   *pc = a->has_percent ? a : b;

		return rp_percent_matches(fr->solved, fr->total, pc->pv, pc->pscale);
	}
	return false;
}

static void
keep_rate(Out *o, Rates *r, CdFact *f)
{
	for (int i = 0; i < r->n; i++)
		if (same_figure(&r->f[i], f))
		{
			CdFact	   *e = &r->f[i];

			/* the mention with more context stays: a fraction, then a percent */
			if (f->has_fraction && !e->has_fraction)
			{
				e->has_fraction = true;
				e->solved = f->solved;
				e->total = f->total;
				if (f->has_percent)
					*e = *f;
			}
			else if (f->has_percent && !e->has_percent)
			{
				int64_t		sv = e->solved,
							tt = e->total;

				*e = *f;
				e->has_fraction = true;
				e->solved = sv;
				e->total = tt;
			}
			if (e->has_fraction && !strstr(e->why, "fraction") && !strstr(e->why, "counts"))
				rp_why_add(e, "fraction", NULL);
			if (!strstr(e->why, "restated"))
				rp_why_add(e, "restated", NULL);
			return;
		}
	if (r->n >= RATE_BUF)
		rp_put(o, f);
	else if (!rp_grow((void **) &r->f, &r->cap, r->n + 1, sizeof(CdFact)))
		o->w->oom = true;
	else
		r->f[r->n++] = *f;
}

/* the byte after the character at byte i */
static size_t
chars_after_one(const char *s, size_t len, size_t i)
{
	(void) cd_next(s, len, &i);
	return i;
}

/* a number right after byte i (spaces between), other than the one at byte `except` */
static bool
object_number(const Work *w, size_t i, size_t except)
{
	size_t		j = i;

	while (j < w->t->len && w->t->s[j] == ' ')
		j++;
	if (j >= w->t->len || j == except)
		return false;
	return rp_digit_between(w->t->s, j, chars_after_one(w->t->s, w->t->len, j));
}

/* bytes from a count to the solve cue after it ("Fälle untersucht und aufgeklärt") */
#define SOLVE_AFTER_COUNT 40

/*
 * "làm rõ 918 vụ, ..., đạt tỷ lệ 87%", "solved 627 cases, equivalent to
 * 88.4%": the cases solved, stated with the rate they
 * give, are part of that rate (one figure, one fact), not a count of their
 * own.  The nearest count of cases before the percent in its sentence,
 * behind a solve cue, with no other percent between.
 */
/*
 * Does count a name a class of cases other than the general one, right
 * before it ("经济类案件390起") or right after it ("390 economic cases"),
 * with no comma between?
 */
static bool
count_of_class(const Work *w, const WNum *a)
{
	int			q = rp_mark_before(w, RC_METRIC, a->bstart > 24 ? a->bstart - 24 : 0, a->bstart);

	if (q >= 0 && w->mark[q].value != M_CRIMINAL && w->mark[q].value != M_OTHER &&
		cd_chars_between(w->t->s, w->mark[q].bend, a->bstart) <= 8 &&
		!rp_has_comma(w->t->s, w->mark[q].bend, a->bstart))
		return true;
	q = class_right_after(w, a->bend, 12);
	return q >= 0 && w->mark[q].value != M_CRIMINAL && w->mark[q].value != M_OTHER;
}

static void
solved_count_of_rate(Work *w, int k, size_t ss, CdFact *f)
{
	const WNum *p = &w->num[k];

	for (int m = k - 1; m >= 0 && m >= k - PAIR_REACH && w->num[m].bstart >= ss; m--)
	{
		const WNum *a = &w->num[m];
		int			after;

		if (a->kind == CD_K_PERCENT)
			return;
		if (w->used[m] || a->kind != CD_K_NUMBER || !a->unit || strcmp(NUM_UNIT(w, a), "case") != 0)
			continue;
		/* a round figure ("4多万起", "over 40,000 cases") is no number solved */
		if (a->qual != CD_Q_EQ)
			continue;
		/* another class's count ("刑事案件1850起、经济类案件390起，破案率分别为84.1%和76.2%") */
		if (count_of_class(w, a))
			return;
		/* "910 cases, of which 88.4% were solved": the percent is of a part of them */
		{
			int			c = rp_mark_after(w, RC_CLAUSE, a->bend, p->bstart);

			if (c >= 0 && w->mark[c].value == 1)
				return;
		}
		/*
		 * The solve cue before the count, or right after it in the
		 * percent's own clause, as verb-final languages put it ("3421건을
		 * 수사해 89.5%", "1.234 Straftaten wurden untersucht und
		 * aufgeklärt, ... 91,5 %"; not a later item's "検挙率" after
		 * "認知件数は4万5490件、"), with no other number between.
		 */
		after = rp_mark_after(w, RC_SOLVE, a->bend, p->bstart);
		if (p->bstart - a->bend <= 160 &&
			(rp_mark_before(w, RC_SOLVE, ss, a->bstart) >= 0 ||
			 (a->bstart >= rp_cue_start(w, p->bstart, rp_unit_start(w, p->bstart, true)) &&
			  after >= 0 && w->mark[after].bstart - a->bend <= SOLVE_AFTER_COUNT &&
			  !rp_digit_between(w->t->s, a->bend, w->mark[after].bstart) &&
			  /* (the verb's own number: "detected 1,520 cases and solved 1,330, 87.5%") */
			  !object_number(w, w->mark[after].bend, p->bstart) &&
			  !rp_has_comma(w->t->s, a->bend, w->mark[after].bstart))) &&
			a->scale == 0)
		{
			char		n[32];

			snprintf(n, sizeof(n), "%lld", (long long) a->v);
			rp_why_add(f, "solved", n);
			f->has_solved = true;
			f->solved = a->v;
			w->used[m] = true;
		}
		return;
	}
}

/*
 * "3만3470건의 형사사건 중 84.2%를 해결했다", "khởi tố 500 vụ, trong đó đã làm
 * rõ 85%": a count of cases right before the rate, with only a clause word
 * that takes a part of it between, is the rate's total, not a count of its
 * own.
 */
static void
total_of_rate(Work *w, int k, CdFact *f)
{
	const WNum *p = &w->num[k],
			   *a;
	int			c;
	char		n[32];

	if (k == 0 || f->has_fraction || f->has_solved)
		return;
	a = &w->num[k - 1];
	if (w->used[k - 1] || a->kind != CD_K_NUMBER || !a->unit || strcmp(NUM_UNIT(w, a), "case") != 0 ||
		a->scale != 0 || a->qual != CD_Q_EQ || p->bstart - a->bend > 48 ||
		(c = rp_mark_after(w, RC_CLAUSE, a->bend, p->bstart)) < 0 || w->mark[c].value != 1 ||
		rp_mark_after(w, RC_SOLVE, a->bend, w->mark[c].bstart) >= 0 ||
		/* cases solved ("làm rõ 640 vụ, trong đó án nghiêm trọng đạt 95%") are no total */
		rp_mark_before(w, RC_SOLVE, rp_unit_start(w, a->bstart, true), a->bstart) >= 0)
		return;
	f->has_total = true;
	f->total = a->v;
	w->used[k - 1] = true;
	snprintf(n, sizeof(n), "%lld", (long long) a->v);
	rp_why_add(f, "total", n);
}

/*
 * Numbers b and a, next to each other, of which one counts cases and the
 * other names nothing (its unit is the first's): no other number, no more
 * than BARE_PAIR_GAP characters and no sentence end between them, both exact.
 */
static bool
case_pair(const Work *w, const WNum *b, const WNum *a)
{
	const WNum *u = a->unit ? a : b;

	if (!a->unit == !b->unit || strcmp(NUM_UNIT(w, u), "case") != 0 ||
		a->qual != CD_Q_EQ || b->qual != CD_Q_EQ || a->bstart < b->bend ||
		cd_chars_between(w->t->s, b->bend, a->bstart) > BARE_PAIR_GAP ||
		a - b != 1 || rp_unit_start(w, a->bstart, false) > b->bstart)
		return false;
	return true;
}

/*
 * The fraction, or the two counts, it was computed from: among the
 * PAIR_REACH numbers before it in its sentence (a report states them
 * close by; the bound keeps a sentence of many numbers linear).
 */
static void
link_fraction(Work *w, int k, size_t ss, CdFact *f)
{
	const WNum *p = &w->num[k];

	for (int m = k - 1; m >= 0 && m >= k - PAIR_REACH && w->num[m].bstart >= ss; m--)
	{
		WNum	   *a = &w->num[m];

		if (w->used[m])
			continue;
		if ((a->kind == CD_K_FRACTION || a->kind == CD_K_RATIO) &&
			(a->flags & CD_F_VALUE2) && a->scale == 0 && a->scale2 == 0 &&
			rp_percent_matches(a->v, a->v2, p->v, p->scale))
		{
			f->has_fraction = true;
			f->solved = a->v;
			f->total = a->v2;
			f->bstart = a->bstart;
			w->used[m] = true;
			rp_why_add(f, "fraction", NULL);
			break;
		}
		if (a->kind == CD_K_NUMBER && a->scale == 0 && !f->has_fraction)
		{
			for (int n2 = m - 1; n2 >= 0 && n2 >= k - PAIR_REACH && w->num[n2].bstart >= ss; n2--)
			{
				WNum	   *b = &w->num[n2];

				if (b->kind != CD_K_NUMBER || b->scale != 0 || w->used[n2])
					continue;
				/*
				 * "xảy ra 65 vụ, ... làm rõ 63 vụ": total first, then solved;
				 * or solved first ("คลี่คลาย 1,240 คดี จากทั้งหมด 1,460 คดี").
				 * Two numbers next to each other of which only one names
				 * the cases are a pair too ("1 707 affaires criminelles sur
				 * 1 914", "1707 из 1914 уголовных", "Of 1,914 criminal
				 * cases, 1,707 were solved").
				 */
				if (((b->unit && a->unit && b->unit == a->unit) || case_pair(w, b, a)) &&
					(rp_percent_matches(a->v, b->v, p->v, p->scale) ||
					 rp_percent_matches(b->v, a->v, p->v, p->scale)))
				{
					bool		total_first = rp_percent_matches(a->v, b->v, p->v, p->scale);

					f->has_fraction = true;
					f->solved = total_first ? a->v : b->v;
					f->total = total_first ? b->v : a->v;
					f->bstart = b->bstart;
					w->used[m] = w->used[n2] = true;
					rp_why_add(f, "counts", a->unit ? NUM_UNIT(w, a) : b->unit ? NUM_UNIT(w, b) : NULL);
					break;
				}
			}
			if (f->has_fraction)
				break;
		}
	}
}

/*
 * "làm rõ 964 vụ án, tương ứng 87,47% trên tổng số 1.102 vụ", "solved 964
 * cases, or 87.47% of the total 1,102": the total right after the percent
 * (at most 24 characters on, no figure between) and the cases solved right
 * before it in its clause, of the same unit, whose ratio gives the percent
 */
static void
total_after(Work *w, int k, size_t cs, CdFact *f)
{
	const WNum *p = &w->num[k],
			   *a,
			   *t;

	if (f->has_fraction || k == 0 || k + 1 >= w->nnum || w->used[k - 1] || w->used[k + 1])
		return;
	a = &w->num[k - 1];
	t = &w->num[k + 1];
	if (a->kind != CD_K_NUMBER || t->kind != CD_K_NUMBER || !a->unit || a->unit != t->unit ||
		strcmp(NUM_UNIT(w, a), "case") != 0 || a->scale != 0 || t->scale != 0 ||
		a->qual != CD_Q_EQ || t->qual != CD_Q_EQ || a->bstart < cs || t->bstart < p->bend ||
		cd_chars_between(w->t->s, p->bend, t->bstart) > 24 || rp_digit_between(w->t->s, p->bend, t->bstart) ||
		p->bstart - a->bend > 64 || !rp_percent_matches(a->v, t->v, p->v, p->scale))
		return;
	f->has_fraction = true;
	f->solved = a->v;
	f->total = t->v;
	f->bstart = a->bstart;
	f->bend = t->bend;
	w->used[k - 1] = w->used[k + 1] = true;
	rp_why_add(f, "counts", "case");
}

/* a number that can be a solve fraction: whole solved of a whole, positive total */
static bool
solve_fraction(const WNum *a)
{
	return (a->kind == CD_K_FRACTION || a->kind == CD_K_RATIO) && (a->flags & CD_F_VALUE2) &&
		a->scale == 0 && a->scale2 == 0 && a->v2 > 0 && a->v <= a->v2;
}

/*
 * "đạt 88,5% (1.234/1.394 vụ)", "reached 88.5% (1,234 of 1,394 cases)": the
 * fraction in brackets right after the percent, with at most a few words
 * before it and no other figure; one whose ratio is not the percent is
 * still the rate's, one fact flagged inconsistent (as mismatched_fraction).
 */
static void
bracket_fraction(Work *w, int k, CdFact *f)
{
	const WNum *p = &w->num[k],
			   *a;
	const char *s = w->t->s;
	size_t		i = p->bend;
	bool		matches;
	char		n[48];

	bool		adjacent;

	if (f->has_fraction || k + 1 >= w->nnum)
		return;
	while (i < w->t->len && s[i] == ' ')
		i++;
	/*
	 * (or at the end of the percent's clause, with no figure between: "Có
	 * 86,2% số vụ ... được điều tra làm rõ (1.052 vụ/1.220 vụ)"; then only
	 * when its ratio gives the percent)
	 */
	adjacent = i < w->t->len && s[i] == '(';
	if (!adjacent)
	{
		size_t		ce = rp_unit_end(w, p->bend, true);

		/* (80 characters at most: counted once, not at each byte) */
		while (i < ce && i < w->t->len && s[i] != '(' && !(s[i] >= '0' && s[i] <= '9') &&
			   i - p->bend <= 4 * 80)
			i++;
		if (i >= w->t->len || s[i] != '(' || cd_chars_between(s, p->bend, i) > 80)
			return;
	}
	a = &w->num[k + 1];
	if (w->used[k + 1] || a->bstart < i || cd_chars_between(s, i, a->bstart) > 24 ||
		rp_digit_between(s, i, a->bstart) || memchr(s + i, ')', a->bstart - i))
		return;
	/* two counts of cases with a slash between: "(1.052 vụ/1.220 vụ)" */
	if (a->kind == CD_K_NUMBER && k + 2 < w->nnum && !w->used[k + 2] && a->unit && a->scale == 0 &&
		w->num[k + 2].kind == CD_K_NUMBER && w->num[k + 2].unit == a->unit && w->num[k + 2].scale == 0 &&
		strcmp(NUM_UNIT(w, a), "case") == 0 && a->qual == CD_Q_EQ && w->num[k + 2].qual == CD_Q_EQ)
	{
		const WNum *b = &w->num[k + 2];
		size_t		j = a->bend;

		while (j < b->bstart && s[j] != '/' && s[j] != ')')
			j++;
		if (j >= b->bstart || s[j] != '/' || rp_digit_between(s, a->bend, b->bstart) ||
			cd_chars_between(s, a->bend, b->bstart) > 12 || a->v > b->v)
			return;
		matches = rp_percent_matches(a->v, b->v, p->v, p->scale);
		if (!matches && !adjacent)
			return;
		f->solved = a->v;
		f->total = b->v;
		f->bend = b->bend;
		w->used[k + 1] = w->used[k + 2] = true;
	}
	else
	{
		if ((a->kind != CD_K_FRACTION && a->kind != CD_K_RATIO) || !(a->flags & CD_F_VALUE2) ||
			a->scale != 0 || a->scale2 != 0)
			return;
		matches = rp_percent_matches(a->v, a->v2, p->v, p->scale);
		if (!matches && (!solve_fraction(a) || !adjacent))
			return;
		f->solved = a->v;
		f->total = a->v2;
		f->bend = a->bend;
		w->used[k + 1] = true;
	}
	f->has_fraction = true;
	if (matches)
		rp_why_add(f, "fraction", "after");
	else
	{
		snprintf(n, sizeof(n), "%lld/%lld", (long long) a->v, (long long) a->v2);
		rp_why_add(f, "inconsistent", n);
	}
}

/*
 * "điều tra, khám phá 218/269 vụ ..., đạt 86,25%": a fraction right before
 * the percent in its clause, with only words between and a solve cue before
 * it, whose ratio is not the percent, is still the rate's fraction: one
 * figure, one fact, flagged (why "inconsistent:218/269") for a person to
 * check, never two facts that look right.
 */
static void
mismatched_fraction(Work *w, int k, size_t cs, CdFact *f)
{
	const WNum *p = &w->num[k],
			   *a;
	char		n[48];

	if (k == 0 || f->has_fraction)
		return;
	a = &w->num[k - 1];
	if (w->used[k - 1] || a->bstart < cs || p->bstart - a->bend > 120 || !solve_fraction(a) ||
		rp_mark_before(w, RC_SOLVE, a->bstart > cs + 60 ? a->bstart - 60 : cs, a->bstart) < 0)
		return;
	f->has_fraction = true;
	f->solved = a->v;
	f->total = a->v2;
	f->bstart = a->bstart;
	w->used[k - 1] = true;
	snprintf(n, sizeof(n), "%lld/%lld", (long long) a->v, (long long) a->v2);
	rp_why_add(f, "inconsistent", n);
}

/*
 * "100% tin báo, tố giác được tiếp nhận, xử lý", "100 % des dénonciations
 * ont été traitées": a percent right before the reports it counts, with a
 * verb of receiving or handling after them in its clause, is a rate of
 * handling (metric other).  The verb's mark, or -1.
 */
static int
handled_share(const Work *w, const WNum *p, size_t ce)
{
	for (int m = mark_from(w, p->bend); m < w->nmark && w->mark[m].bstart - p->bend <= 24; m++)
		if (w->mark[m].type == RC_METRIC && w->mark[m].value == M_OTHER)
			return rp_has_comma(w->t->s, p->bend, w->mark[m].bstart) ? -1 :
				rp_mark_after(w, RC_HANDLE, w->mark[m].bend, ce);
	return -1;
}

/*
 * "bắt, vận động đầu thú 213/287 đối tượng truy nã, đạt 74,2%", "persuaded
 * to surrender 187/259 wanted subjects, reaching 72.2%": a percent right
 * after a fraction in its clause (24 characters at most, no other figure
 * between) whose ratio gives it states the rate of that fraction, with no
 * rate or solve word
 */
static bool
fraction_gives(const Work *w, int k)
{
	const WNum *p = &w->num[k],
			   *a;
	int			m;

	if (k == 0)
		return false;
	a = &w->num[k - 1];
	/*
	 * (of cases or people: "19/20 tỉnh, đạt 95%" is no rate; or what a
	 * narrow kind's verb right before it did: "chuyển hóa 31/36 địa bàn
	 * trọng điểm, đạt 86,11%")
	 */
	return (a->kind == CD_K_FRACTION || a->kind == CD_K_RATIO) && (a->flags & CD_F_VALUE2) &&
		a->scale == 0 && a->scale2 == 0 && a->bend <= p->bstart &&
		((a->unit &&
		  (strcmp(NUM_UNIT(w, a), "case") == 0 || strcmp(NUM_UNIT(w, a), "suspect") == 0 ||
		   strcmp(NUM_UNIT(w, a), "person") == 0)) ||
		 ((m = rp_mark_before(w, RC_METRIC, a->bstart > 24 ? a->bstart - 24 : 0, a->bstart)) >= 0 &&
		  w->mark[m].value == M_OTHER && rp_only_spaces(w->t->s, w->mark[m].bend, a->bstart))) &&
		a->bstart >= rp_unit_start(w, p->bstart, true) &&
		cd_chars_between(w->t->s, a->bend, p->bstart) <= 48 &&
		rp_percent_matches(a->v, a->v2, p->v, p->scale);
}

/*
 * The rate a percentage states, if it is one: a rate or solve cue in its
 * sentence (or a bracket after a count), no target in its clause, no excess;
 * its metric, and the fraction or counts it was computed from.
 */
/*
 * The class of the cases a rate's two counts name, when its own clause
 * names none ("uncovered 174 economic crimes, of which 160 were solved
 * (91.95%)"): the metric cue right after the first of them (at most
 * OF_AFTER_CHARS characters on, no comma and no figure between), or -1.
 */
static int
total_class(const Work *w, const CdFact *f, int k)
{
	int			a = num_from(w, f->bstart),
				q;
	size_t		e;

	if (a >= k || w->num[a].kind != CD_K_NUMBER)
		return -1;
	e = w->num[a].bend;
	q = class_right_after(w, e, OF_AFTER_CHARS);
	if (q < 0 || w->mark[q].value == M_CRIMINAL)
		return -1;
	return class_first(w, q, e);
}

static void
percent_rate(Out *o, Rates *r, int k)
{
	Work	   *w = o->w;
	WNum	   *p = &w->num[k];
	size_t		ss,
				cs,
				ce,
				qs;
	int			rate_cue,
				solve_cue,
				metric_cue,
				handle = -1;
	bool		bracketed = false;
	CdFact		f;

	if (p->kind != CD_K_PERCENT || (p->flags & CD_F_CHANGE) || !(p->flags & CD_F_VALUE))
		return;
	ss = rp_unit_start(w, p->bstart, false);
	cs = rp_unit_start(w, p->bstart, true);
	ce = rp_unit_end(w, p->bend, true);
	qs = rp_cue_start(w, p->bstart, cs);
	/* a target ("chỉ tiêu", "the target is 90%") in its clause is not a result, another country's rate not ours */
	if (rp_target_for(w, p->bstart, ss, qs) || rp_foreign(w, p->bstart))
		return;
	/* by how much a result beat a target or a year ("vượt 20%", "2.75% higher"), or another year's */
	if (excess_percent(w, p) || target_after(w, p) || compared_year_percent(w, k) || compared_year_after(w, k) ||
		rp_verb_change(w, k) || earlier_year_percent(w, k, ss))
		return;
	rate_cue = rp_mark_before(w, RC_RATE, ss, p->bstart);
	/* the percent before the noun it rates: "an 88% case-solving rate", "a 92% success rate" */
	if (rate_cue < 0)
	{
		rate_cue = rp_mark_after(w, RC_RATE, p->bend, ce < p->bend + 40 ? ce : p->bend + 40);
		if (rate_cue >= 0 && rp_has_comma(w->t->s, p->bend, w->mark[rate_cue].bstart))
			rate_cue = -1;
	}
	solve_cue = rp_mark_before(w, RC_SOLVE, ss, p->bstart);
	if (solve_cue < 0)
		solve_cue = rp_mark_after(w, RC_SOLVE, p->bend, ce < p->bend + 80 ? ce : p->bend + 80);
	/*
	 * a class of cases' figure in a sentence of its own, right after one
	 * that states the rate ("... đạt tỷ lệ 86,2%. Riêng án rất nghiêm
	 * trọng, đặc biệt nghiêm trọng đạt 97,4%", "For very serious cases the
	 * figure was 96.8%"): the rate of that class
	 */
	if (rate_cue < 0 && solve_cue < 0 && ss > 0)
	{
		size_t		ps = rp_unit_start(w, ss - 1, false);
		int			mc = rp_mark_before(w, RC_METRIC, cs, p->bstart);

		if (mc >= 0 && w->mark[mc].value != M_OTHER && p->bstart - w->mark[mc].bend <= 80 &&
			!figure_between(w, w->mark[mc].bend, p->bstart))
		{
			rate_cue = rp_mark_before(w, RC_RATE, ps, ss);
			if (rate_cue < 0)
				solve_cue = rp_mark_before(w, RC_SOLVE, ps, ss);
		}
	}
	if (rate_cue < 0 && solve_cue < 0 && (handle = handled_share(w, p, ce)) < 0 && !fraction_gives(w, k))
	{
		if (!bracket_after_count(w, k))
			return;
		bracketed = true;
	}
	rp_fact_init(&f, F_RATE, p->bstart, p->bend);
	/*
	 * The metric from the whole clause ("80/84 vụ trọng án (tỷ lệ 95,2%)"),
	 * from its last clause word on ("..., dont 97 % pour les affaires très
	 * graves").
	 */
	{
		int			cw = rp_mark_before(w, RC_CLAUSE, cs, p->bstart);
		size_t		ms = cw >= 0 && w->mark[cw].bend > cs ? w->mark[cw].bend : cs;

		int			m = rate_metric(w, p->bstart, p->bend, ss, ms, ce, &metric_cue),
					named = named_metric(w, rate_cue, p->bstart);

		int			resp = respective_metric(w, k, ss, rp_unit_end(w, p->bend, false));

		if (resp >= 0)
			named = resp;
		if (named >= 0)
		{
			metric_cue = named;
			m = w->mark[named].value;
		}

		if (metric_cue < 0)
		{
			int			c = changed_class(w, k, ss, &metric_cue);

			if (c >= 0)
				m = c;
		}
		f.metric = rp_metrics[m];
	}

	rp_why_mark(&f, w, "rate", rate_cue);
	rp_why_mark(&f, w, "solve", solve_cue);
	if (bracketed)
		rp_why_mark(&f, w, "bracket", rp_mark_before(w, RC_ACHIEVE, p->bstart > 32 ? p->bstart - 32 : 0,
											   p->bstart));
	rp_why_mark(&f, w, "metric", metric_cue);
	if (handle >= 0)
	{
		f.metric = rp_metrics[M_OTHER];
		rp_why_mark(&f, w, "handle", handle);
	}
	/*
	 * A rate of people, not of cases ("87% số đối tượng truy nã", "bắt 58
	 * đối tượng truy nã (đạt 87%)"): other, whatever class of cases
	 * the clause names.
	 */
	{
		const char *unit = bracketed ? NUM_UNIT(w, &w->num[k - 1]) : NUM_UNIT(w, p);

		if (unit && (strcmp(unit, "person") == 0 || strcmp(unit, "suspect") == 0))
		{
			f.metric = rp_metrics[M_OTHER];
			rp_why_add(&f, "of", unit);
		}
		else if (bracketed && (!unit || strcmp(unit, "case") != 0))
		{
			f.metric = rp_metrics[M_OTHER];
			rp_why_add(&f, "of", unit ? unit : "count");
		}
	}
	f.has_percent = true;
	f.pv = p->v;
	f.pscale = p->scale;
	f.qual = p->qual;

	link_fraction(w, k, ss, &f);
	/* no class in the percent's clause: the one of the cases it was computed from */
	if (metric_cue < 0 && f.has_fraction && f.metric == rp_metrics[M_CRIMINAL] &&
		(metric_cue = total_class(w, &f, k)) >= 0)
	{
		f.metric = rp_metrics[w->mark[metric_cue].value];
		rp_why_mark(&f, w, "metric", metric_cue);
	}
	mismatched_fraction(w, k, cs, &f);
	bracket_fraction(w, k, &f);
	total_after(w, k, cs, &f);
	/* the general rate, not one of a class of cases or of people in brackets */
	if (!f.has_fraction && !bracketed && f.metric == rp_metrics[M_CRIMINAL])
		solved_count_of_rate(w, k, ss, &f);
	if (!bracketed)
		total_of_rate(w, k, &f);
	w->used[k] = true;
	rp_set_scope(w, &f, f.bstart);
	keep_rate(o, r, &f);
}

/*
 * A rate written only as a fraction: "điều tra làm rõ 733/821 vụ",
 * "solved 341 of 360 cases", with a solve cue just before in its clause
 * (or right after its noun: "812/905 affaires pénales ont été élucidées")
 * and no target there.
 */
static void
fraction_rate(Out *o, Rates *r, int k)
{
	Work	   *w = o->w;
	WNum	   *a = &w->num[k];
	size_t		cs,
				ce,
				qs;
	CdFact		f;
	int			solve_cue,
				metric_cue;

	if (w->used[k] || !solve_fraction(a) || !(a->flags & CD_F_VALUE) || (a->flags & CD_F_CHANGE) ||
		earlier_year_percent(w, k, rp_unit_start(w, a->bstart, false)))
		return;
	cs = rp_unit_start(w, a->bstart, true);
	ce = rp_unit_end(w, a->bend, true);
	qs = rp_cue_start(w, a->bstart, cs);
	/* the solve cue: in the cue clause, at most 60 bytes before */
	solve_cue = rp_mark_before(w, RC_SOLVE, a->bstart > qs + 60 ? a->bstart - 60 : qs, a->bstart);
	/*
	 * or after the fraction and its noun, as a passive or a verb-final
	 * clause puts it ("812/905 affaires pénales ont été élucidées",
	 * "812/905件を検挙"), with no figure and no comma between
	 */
	if (solve_cue < 0)
	{
		int			c = rp_mark_after(w, RC_SOLVE, a->bend, ce < a->bend + 48 ? ce : a->bend + 48);

		/*
		 * (not a verb with its own object after it: "dismantled 12 of 15
		 * drug rings and solved 89.1% of criminal cases", "12 of 63
		 * provinces solved more than 90%")
		 */
		if (c >= 0 && !rp_digit_between(w->t->s, a->bend, w->mark[c].bstart) &&
			!rp_has_comma(w->t->s, a->bend, w->mark[c].bstart) &&
			!figure_between(w, w->mark[c].bend, ce))
			solve_cue = c;
	}
	/* (a fraction of gangs, suspects or seizures is no rate of solving cases) */
	if (a->unit && strcmp(NUM_UNIT(w, a), "case") != 0)
		return;
	if (solve_cue < 0 || rp_target_for(w, a->bstart, rp_unit_start(w, a->bstart, false), qs) ||
		rp_foreign(w, a->bstart))
		return;
	rp_fact_init(&f, F_RATE, a->bstart, a->bend);
	f.metric = rp_metrics[rate_metric(w, a->bstart, a->bend, rp_unit_start(w, a->bstart, false), qs, ce,
								   &metric_cue)];
	rp_why_mark(&f, w, "solve", solve_cue);
	rp_why_mark(&f, w, "metric", metric_cue);
	rp_why_add(&f, "fraction", NULL);
	f.has_fraction = true;
	f.solved = a->v;
	f.total = a->v2;
	f.qual = a->qual;
	w->used[k] = true;
	rp_set_scope(w, &f, f.bstart);
	keep_rate(o, r, &f);
}

/* the solve rates of a report: one fact per figure */
void
rp_rates(Out *o)
{
	Work	   *w = o->w;
	Rates		rates = {NULL, 0, 0},
			   *r = &rates;

	for (int k = 0; k < w->nnum; k++)
		percent_rate(o, r, k);
	for (int k = 0; k < w->nnum; k++)
		fraction_rate(o, r, k);
	for (int i = 0; i < r->n; i++)
		rp_put(o, &r->f[i]);
	if (r->f)
		cd_free(r->f);
}
