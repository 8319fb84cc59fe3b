/*
 * report_work.c
 *		The work of one report (report_work.h): its arrays grown as they fill,
 *		and lookups of marks, numbers and words by position.
 */
#include "report_work.h"

#include <string.h>

bool
rp_grow_to(void **p, int *cap, int need, size_t elem)
{
	{
		/* 256 elements to start with, fewer of a large one (at most 8 kB: below the allocators' large blocks) */
		int			nc = *cap ? *cap * 2 : elem <= 32 ? 256 : elem < 8192 ? (int) (8192 / elem) : 1;
		void	   *np;

		while (nc < need)
			nc *= 2;
		np = cd_realloc(*p, (size_t) nc * elem);
		if (!np)
			return false;
		*p = np;
		*cap = nc;
	}
	return true;
}

/* the marks of each type, in text order (a counting sort of their indexes) */
bool
rp_index_marks(Work *w)
{
	int			at[RC_NTYPES + 1] = {0};

	if (!(w->by_type = cd_alloc((size_t) (w->nmark + 1) * sizeof(int))))
		return false;
	for (int k = 0; k < w->nmark; k++)
		if (w->mark[k].type > 0 && w->mark[k].type < RC_NTYPES)
			at[w->mark[k].type + 1]++;
	for (int t = 1; t <= RC_NTYPES; t++)
		at[t] += at[t - 1];
	memcpy(w->by_type_at, at, sizeof(at));
	for (int k = 0; k < w->nmark; k++)
		if (w->mark[k].type > 0 && w->mark[k].type < RC_NTYPES)
			w->by_type[at[w->mark[k].type]++] = k;
	return true;
}

/* in the marks of a type: the first whose start is at or after pos */
static int
type_first_at(const Work *w, int type, size_t pos)
{
	int			lo = w->by_type_at[type],
				hi = w->by_type_at[type + 1];

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (w->mark[w->by_type[mid]].bstart < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* the nearest mark of a type inside [from, to), searching backward; -1 if none */
int
rp_mark_before(const Work *w, int type, size_t from, size_t to)
{
	if (w->by_type && type > 0 && type < RC_NTYPES)
	{
		for (int i = type_first_at(w, type, to) - 1; i >= w->by_type_at[type]; i--)
		{
			const Mark *m = &w->mark[w->by_type[i]];

			if (m->bstart < from)
				break;
			if (m->bend <= to)
				return w->by_type[i];
		}
		return -1;
	}
	for (int k = mark_from(w, to) - 1; k >= 0 && w->mark[k].bstart >= from; k--)
		if (w->mark[k].bend <= to && w->mark[k].type == type)
			return k;
	return -1;
}

/* the first mark of a type inside [from, to); -1 if none */
int
rp_mark_after(const Work *w, int type, size_t from, size_t to)
{
	if (w->by_type && type > 0 && type < RC_NTYPES)
	{
		for (int i = type_first_at(w, type, from); i < w->by_type_at[type + 1]; i++)
		{
			const Mark *m = &w->mark[w->by_type[i]];

			if (m->bstart >= to)
				break;
			if (m->bend <= to)
				return w->by_type[i];
		}
		return -1;
	}
	for (int k = mark_from(w, from); k < w->nmark && w->mark[k].bstart < to; k++)
		if (w->mark[k].bend <= to && w->mark[k].type == type)
			return k;
	return -1;
}

/* the byte n characters on from byte b (or the text's end) */
size_t
rp_chars_on(const Work *w, size_t b, int n)
{
	const unsigned char *u = (const unsigned char *) w->t->s;

	while (b < w->t->len && n > 0)
	{
		b++;
		while (b < w->t->len && (u[b] & 0xC0) == 0x80)
			b++;
		n--;
	}
	return b;
}

/* the byte n characters back from byte b (or the text's start) */
size_t
rp_chars_back(const Work *w, size_t b, int n)
{
	for (; b > 0 && n > 0; n--)
		b = cd_prev_start(w->t->s, b);
	return b;
}

bool
rp_only_spaces(const char *s, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (s[i] != ' ')
			return false;
	return true;
}

bool
rp_digit_between(const char *s, size_t from, size_t to)
{
	for (size_t i = from; i < to;)
	{
		if ((unsigned char) s[i] < 0x80)
		{
			if (s[i] >= '0' && s[i] <= '9')
				return true;
			i++;
		}
		else if (cd_is_digit(cd_next(s, to, &i)))
			return true;
	}
	return false;
}
