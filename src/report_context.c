/*
 * report_context.c
 *		The report's context: the period reviewed, the event date and source,
 *		the place of the conference and the officials present.
 */
#define _POSIX_C_SOURCE 200809L	/* strdup, strtok_r, snprintf */
#include "report_context.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>

#include "report_clauses.h"
#include "report_figures.h"
#include "report_cluster.h"
#include "report_words.h"

static int
put_period(Out *o, size_t bs, size_t be, int span, int year)
{
	CdFact		f;

	rp_fact_init(&f, F_PERIOD, bs, be);
	f.metric = rp_periods[span & ~P_WEAK];
	f.year = year;
	rp_put(o, &f);
	return year;
}

/*
 * The first period cue of the kind asked for with a year near it ("sáu
 * tháng đầu năm 2023").  A weak cue (P_WEAK: "sơ kết", a mid-term review,
 * mostly of the first half) counts only when weak_ok, so that "sơ kết công
 * tác 9 tháng năm 2024" is of nine months.
 */
/* the first year after byte `after`, within `limit` bytes, that is not another year (other_year) */
static int
reviewed_year_after(const Work *w, size_t after, size_t limit)
{
	for (int k = num_from(w, after); k < w->nnum && w->num[k].bstart - after <= limit; k++)
		if (rp_year_of_num(&w->num[k]) && !rp_other_year(w, k))
			return rp_year_of_num(&w->num[k]);
	return 0;
}

static int
period_cue(Out *o, bool review, bool weak_ok, size_t limit)
{
	Work	   *w = o->w;

	for (int k = 0; k < w->nmark && w->mark[k].bstart < limit; k++)
	{
		Mark	   *m = &w->mark[k];
		int			y;

		if (m->type != RC_PERIOD || (m->value == P_YEAR) != review ||
			((m->value & P_WEAK) && !weak_ok))
			continue;
		/* a review cue takes the year after it: "tổng kết năm 2024", "review ... in 2018" */
		y = review ? reviewed_year_after(w, m->bend, 100) :
			rp_year_near(w, m->bstart, m->bend, 80, false);
		if (y)
			return put_period(o, m->bstart, m->bend, m->value, y);
	}
	return 0;
}

/*
 * The period of a report whose year came from its figures: the span a
 * period cue with no year near it gives ("công tác 9 tháng": 9M, a strong
 * cue before a weak one), else the year; the evidence is the cue, or the
 * year's figure.
 */
static int
period_of_year(Out *o, size_t bs, size_t be, int year)
{
	Work	   *w = o->w;
	int			weak = -1;

	for (int k = 0; k < w->nmark; k++)
	{
		const Mark *m = &w->mark[k];

		if (m->type != RC_PERIOD || m->value == P_YEAR)
			continue;
		/* a span of another year ("... trong 6 tháng đầu năm 2024" in a review of 2023) */
		{
			int			near = rp_year_near(w, m->bstart, m->bend, 80, false);

			if (near && near != year)
				continue;
		}
		if (!(m->value & P_WEAK))
			return put_period(o, m->bstart, m->bend, m->value, year);
		if (weak < 0)
			weak = k;
	}
	if (weak >= 0)
		return put_period(o, w->mark[weak].bstart, w->mark[weak].bend, w->mark[weak].value, year);
	return put_period(o, bs, be, P_YEAR, year);
}

/* only letters and spaces in [from, to) (no figure, no other sign) */
static bool
only_letters(const Work *w, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if ((unsigned char) w->t->s[i] < 0x80 && w->t->s[i] != ' ' &&
			!((w->t->s[i] | 0x20) >= 'a' && (w->t->s[i] | 0x20) <= 'z'))
			return false;
	return true;
}

/*
 * a leader's or deputy's cue starting at most 6 characters after byte e,
 * with only letters and spaces between ("년 ", "年の"; not ": "); -1 if none
 */
static int
role_right_after(const Work *w, size_t e)
{
	size_t		to = rp_chars_on(w, e, 6);
	int			p;

	for (int m = rp_mark_after(w, RC_LEADER, e, to + 64), t = 0; t < 2; m = rp_mark_after(w, RC_DEPUTY, e, to + 64), t++)
		if (m >= 0 && w->mark[m].bstart <= to && only_letters(w, e, w->mark[m].bstart))
			return m;
	/*
	 * or with the holder between, in a verb-final clause: "2026년 남딘성
	 * 공안이 클러스터장을", "वर्ष 2026 हेतु बाक निन्ह पुलिस को क्लस्टर प्रमुख"
	 */
	p = rp_mark_after(w, RC_PROVINCE, e, to + 64);
	if (p >= 0 && w->mark[p].bstart <= rp_chars_on(w, e, 8) && only_letters(w, e, w->mark[p].bstart))
	{
		size_t		pe = w->mark[p].bend,
					pto = rp_chars_on(w, pe, 16);

		for (int m = rp_mark_after(w, RC_LEADER, pe, pto + 64), t = 0; t < 2; m = rp_mark_after(w, RC_DEPUTY, pe, pto + 64), t++)
			if (m >= 0 && w->mark[m].bstart <= pto && !rp_has_comma(w->t->s, pe, w->mark[m].bstart) &&
				rp_only_words_of(w, pe, w->mark[m].bstart, RC_LIST, true) &&
				/* (only where words have no case: particles, not a verb) */
				!u_hasBinaryProperty(cd_next(w->t->s, w->t->len, &(size_t) {w->mark[p].bstart}), UCHAR_CASED))
				return m;
	}
	return -1;
}

int
rp_period(Out *o)
{
	Work	   *w = o->w;
	int			years[201] = {0},
				first[201],
				best = 0,
				lead_k = -1,
				y;
	size_t		lead = 0;

	/*
	 * A span in the headline and lead (the first three sentences) names the
	 * report's period; further on, a review cue does first ("tổng kết năm
	 * 2023" before "... trong 6 tháng đầu năm 2024" in its body).
	 */
	for (int i = 0; i < 3 && lead < w->t->len; i++)
		lead = rp_unit_end(w, lead, false) + 1;
	if ((y = period_cue(o, false, false, lead)) || (y = period_cue(o, false, true, lead)) ||
		(y = period_cue(o, true, false, (size_t) -1)))
		return y;

	/*
	 * The year the report is about: the most mentioned one, leaving out the
	 * year of a leadership ("Cụm trưởng ... năm 2018 là ..."), which is the
	 * year after the one reviewed; when only such a year is given, the
	 * review is of the year before it.
	 */
	for (int k = 0; k < w->nnum; k++)
	{
		size_t		b = w->num[k].bstart;
		int			role;

		y = rp_year_of_num(&w->num[k]);
		if (y < 1900 || y > 2100)
			continue;
		role = rp_mark_before(w, RC_LEADER, b > 120 ? b - 120 : 0, b);
		if (role < 0)
			role = rp_mark_before(w, RC_DEPUTY, b > 120 ? b - 120 : 0, b);
		/*
		 * (the role's year is the first after its words: a later one is
		 * another's, "Cụm trưởng ... năm 2024 – đăng cai hội nghị đánh giá
		 * kết quả thi đua năm 2024")
		 */
		if (role >= 0)
			for (int j = num_from(w, w->mark[role].bend); j < k; j++)
				if (rp_year_of_num(&w->num[j]))
				{
					role = -1;
					break;
				}
		/* or a role's words right after it: "2026년 클러스터장", "2026年のクラスター長", "the 2026 cluster leader" */
		if (role < 0 || rp_unit_start(w, b, false) > w->mark[role].bstart)
			role = role_right_after(w, w->num[k].bend);
		if (role >= 0 && rp_unit_start(w, b, false) <= w->mark[role].bstart &&
			!rp_role_is_post(w, &w->mark[role]))
		{
			if (lead_k < 0)
				lead_k = k;
			continue;
		}
		/* the year of a plan or a comparison ("compared to 2023", "so với năm 2023") is not the one reviewed */
		if (rp_other_year(w, k))
			continue;
		if (years[y - 1900]++ == 0)
			first[y - 1900] = k;
		if (years[y - 1900] > (best ? years[best - 1900] : 0))
			best = y;
	}
	if (best)
		return period_of_year(o, w->num[first[best - 1900]].bstart, w->num[first[best - 1900]].bend,
							  best);
	if (lead_k >= 0)
		return period_of_year(o, w->num[lead_k].bstart, w->num[lead_k].bend,
							  rp_year_of_num(&w->num[lead_k]) - 1);
	/*
	 * no year but a date's: "Ngày 20/9/2024, ... sơ kết công tác 9 tháng";
	 * of a span of dates the last ("Từ ngày 15/12/2023 đến ngày 14/12/2024":
	 * the police's year 2024)
	 */
	for (int k = 0; k < w->nnum; k++)
		if (w->num[k].kind == CD_K_DATE && w->num[k].v / 10000 >= 1900 && w->num[k].v / 10000 <= 2100)
		{
			/* (a span of about a year: the police's year, not a campaign's weeks) */
			if (k + 1 < w->nnum && w->num[k + 1].kind == CD_K_DATE && w->num[k + 1].v > w->num[k].v &&
				w->num[k + 1].v / 10000 <= 2100 && w->num[k + 1].bstart >= w->num[k].bend &&
				cd_chars_between(w->t->s, w->num[k].bend, w->num[k + 1].bstart) <= 16 &&
				(w->num[k + 1].v / 10000 * 12 + w->num[k + 1].v / 100 % 100) -
				(w->num[k].v / 10000 * 12 + w->num[k].v / 100 % 100) >= 10)
				k++;
			return period_of_year(o, w->num[k].bstart, w->num[k].bend, (int) (w->num[k].v / 10000));
		}
	return 0;
}

void
rp_event_and_source(Out *o, int period_year)
{
	Work	   *w = o->w;
	const char *s = w->t->s;

	for (int k = 0; k < w->nnum; k++)
	{
		WNum	   *n = &w->num[k];

		if (n->kind == CD_K_DATE && (n->v % 100) != 0)
		{
			CdFact		f;
			int64_t		v = n->v;

			if (v < 10000 && period_year)
				v += (int64_t) period_year * 10000;
			rp_fact_init(&f, F_EVENT_DATE, n->bstart, n->bend);
			f.has_value = true;
			f.v = v;
			f.year = (int) (v / 10000);
			rp_put(o, &f);
			break;
		}
	}
	/* the first web address: at an 'h' (memchr reads the text a word at a time) before the last 8 bytes */
	if (w->t->len > 8)
	{
		const char *end = s + w->t->len - 8;

		for (const char *h = s; (h = memchr(h, 'h', (size_t) (end - h))) != NULL; h++)
		{
			size_t		i = (size_t) (h - s);

			if (memcmp(s + i, "https://", 8) == 0 || memcmp(s + i, "http://", 7) == 0)
			{
				CdFact		f;
				size_t		e = i;

				while (e < w->t->len && (unsigned char) s[e] > ' ')
					e++;
				while (e > i && strchr(".,;)", s[e - 1]))
					e--;
				rp_fact_init(&f, F_SOURCE, i, e);
				rp_put(o, &f);
				break;
			}
		}
	}
}

/*
 * Where the conference was held: in the first sentence with an event cue
 * ("hội nghị", "conference"), a province or city right behind a place word
 * ("tại", "in", "à"), or right before one in languages with postpositions
 * ("... में", whose cue value is 1).
 */
void
rp_location(Out *o)
{
	Work	   *w = o->w;

	for (int k = 0; k < w->nmark; k++)
	{
		size_t		ss,
					se;

		if (w->mark[k].type != RC_EVENT)
			continue;
		ss = rp_unit_start(w, w->mark[k].bstart, false);
		se = rp_unit_end(w, w->mark[k].bend, false);
		for (int q = mark_from(w, ss); q < w->nmark && w->mark[q].bstart < se; q++)
		{
			Mark	   *pm = &w->mark[q];
			int			cue = -1;
			CdFact		f;

			if (pm->type != RC_PROVINCE)
				continue;
			/* a place word up to 3 words before ("tại Công an tỉnh X", "in X") */
			for (int c = q - 1; c >= 0 && w->mark[c].bend + 40 >= pm->bstart; c--)
				if (w->mark[c].type == RC_LOCATION && w->mark[c].value == 0)
				{
					cue = c;
					break;
				}
			for (int c = q + 1; cue < 0 && c < w->nmark && w->mark[c].bstart <= pm->bend + 30; c++)
				if (w->mark[c].type == RC_LOCATION && w->mark[c].value == 1)
					cue = c;
			if (cue < 0)
				continue;
			rp_fact_init(&f, F_LOCATION, w->mark[cue].bstart < pm->bstart ? w->mark[cue].bstart : pm->bstart,
					  w->mark[cue].bend > pm->bend ? w->mark[cue].bend : pm->bend);
			f.province = pm->value;
			f.detail = w->t->s + pm->bstart;
			f.detail_len = pm->bend - pm->bstart;
			rp_put(o, &f);
			return;
		}
	}
}

/* is a token part of a name: capitalised, or in a script without case */
static bool
name_token(const Work *w, const Tok *tk)
{
	size_t		i = tk->bstart;
	UChar32		c = cd_next(w->t->s, w->t->len, &i);

	if (c >= '0' && c <= '9')
		return false;
	if (u_isupper(c) || u_istitle(c))
		return true;
	return !u_hasBinaryProperty(c, UCHAR_CASED) && u_isalpha(c);
}

/*
 * Officials: a rank ("Thiếu tướng", "Major General", "मेजर जनरल") followed by
 * two to five name words; the province of the post when one follows in the
 * same clause ("..., Giám đốc Công an tỉnh X").  metric = the rank.
 */
void
rp_persons(Out *o)
{
	Work	   *w = o->w;
	CdFact		found[32];
	int			nfound = 0;

	for (int k = 0; k < w->nmark; k++)
	{
		Mark	   *rk = &w->mark[k];
		int			t = tok_from(w, rk->bend),
					n = 0,
					next_mark = k + 1,
					province = -1,
					same = -1;
		size_t		end = rk->bend,
					first = 0,
					ce;

		if (rk->type != RC_RANK)
			continue;
		/* a rank right before another ("đồng chí Thiếu tướng") defers to it */
		if (k + 1 < w->nmark && w->mark[k + 1].type == RC_RANK &&
			w->mark[k + 1].bstart - rk->bend <= 2)
			continue;
		for (; t < w->ntok && n < 5; t++, n++)
		{
			Tok		   *tk = &w->tok[t];
			bool		gap_ok = true;

			for (size_t b = end; b < tk->bstart; b++)
				if (w->t->s[b] != ' ')
					gap_ok = false;
			if (!gap_ok || tk->bstart - end > 2 || !name_token(w, tk))
				break;
			/*
			 * a cue word or a province ends the name, but not a capitalised
			 * link word ("Thiếu tướng Từ Hồng Sơn": the surname Từ, not "từ")
			 */
			while (next_mark < w->nmark && w->mark[next_mark].bend <= tk->bstart)
				next_mark++;
			if (next_mark < w->nmark && w->mark[next_mark].bstart <= tk->bstart &&
				w->mark[next_mark].type != RC_LINK)
				break;
			if (n == 0)
				first = tk->bstart;
			end = tk->bend;
		}
		if (n < 2)
			continue;
		/* the post's province, in the same clause, before another person */
		ce = rp_unit_end(w, end, true);
		for (int q = mark_from(w, end); q < w->nmark && w->mark[q].bstart < ce &&
			 w->mark[q].bstart - end <= 100; q++)
		{
			if (w->mark[q].type == RC_RANK)
				break;
			if (w->mark[q].type == RC_PROVINCE)
			{
				province = w->mark[q].value;
				break;
			}
		}
		/* each person once, at the first mention, with the post a later one names */
		for (int q = 0; q < nfound && same < 0; q++)
			if (found[q].detail_len == end - first &&
				memcmp(found[q].detail, w->t->s + first, end - first) == 0)
				same = q;
		if (same >= 0)
		{
			if (found[same].province < 0)
				found[same].province = province;
			continue;
		}
		if (nfound == 32)
			break;
		rp_fact_init(&found[nfound], F_PERSON, rk->bstart, end);
		found[nfound].metric = rk->text;
		found[nfound].detail = w->t->s + first;
		found[nfound].detail_len = end - first;
		found[nfound].province = province;
		nfound++;
	}
	for (int q = 0; q < nfound; q++)
		rp_put(o, &found[q]);
}

/*
 * After the marks are found, tokens serve only rp_persons(), which reads the
 * five after each rank: keep those (in order, with a sentinel) and free the
 * rest and the keys, before numbers are collected, so that the two never
 * take memory at the same time.
 */
void
rp_keep_person_tokens(Work *w)
{
	int			kept = 0,
				t = 0;
	size_t		len = w->t->len;

	for (int k = 0; k < w->nmark; k++)
	{
		int			lo = t,
					hi = w->ntok;

		if (w->mark[k].type != RC_RANK)
			continue;
		/* the first original token at or after the rank's end, from t on */
		while (lo < hi)
		{
			int			mid = lo + (hi - lo) / 2;

			if (w->tok[mid].bstart < w->mark[k].bend)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (int i = lo; i < w->ntok && i < lo + 5; i++)
		{
			w->tok[kept++] = w->tok[i];
			t = i + 1;
		}
	}
	w->ntok = kept;
	w->tok[kept].fold = w->tok[kept].ascii = 0;
	w->tok[kept].bstart = w->tok[kept].bend = (uint32_t) len;
	{
		Tok		   *small = cd_realloc(w->tok, (size_t) (kept + 1) * sizeof(Tok));

		if (small)
		{
			w->tok = small;
			w->captok = kept + 1;
		}
	}
	cd_free(w->fold);
	cd_free(w->ascii);
	w->fold = w->ascii = NULL;
	w->foldlen = w->asciilen = w->capbuf = 0;
}
