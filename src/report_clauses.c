/*
 * report_clauses.c
 *		Stage 3, sentences and clauses: where a sentence or a clause starts and
 *		ends (ICU Sentence_Terminal, ';', '；', brackets, clause words), and where
 *		the cues about a figure may start.
 */
#define _POSIX_C_SOURCE 200809L	/* strdup, strtok_r, snprintf */
#include "report_stages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>

/* ------------------------------------------------------------ sentences */

/*
 * "No. 4", "nr. 4": a dot after a short word and before a number does not
 * end a sentence.  `dot` is the byte of the '.'.
 */
static bool
abbrev_dot(const Work *w, size_t dot)
{
	const char *s = w->t->s;
	const CdCueList *l = &w->L->ordinal_cues;
	size_t		k = dot + 1,
				b = dot;

	/* a few spaces, then a digit ("No. 4") */
	while (k < w->t->len && s[k] == ' ' && k - dot <= 4)
		k++;
	if (k >= w->t->len || !(s[k] >= '0' && s[k] <= '9'))
		return false;
	/* the word before: no longer than the longest cue (a long word is none) */
	while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\n')
	{
		if (dot + 1 - b > (size_t) w->L->ordinal_cue_max)
			return false;
		b--;
	}
	/* the word with its dot is one of the language's ordinal cues ("no.", "nr.") */
	for (int c = 0; c < l->n; c++)
	{
		size_t		n = dot + 1 - b;

		if ((size_t) l->cues[c].len == n)
		{
			size_t		q;

			for (q = 0; q < n; q++)
			{
				char		ch = s[b + q];

				if (ch >= 'A' && ch <= 'Z')
					ch += 32;
				if (ch != l->cues[c].text[q])
					break;
			}
			if (q == n)
				return true;
		}
	}
	return false;
}

/*
 * A sentence terminator outside ASCII (the Devanagari danda, the ideographic
 * full stop, ...): ICU's Sentence_Terminal property of the three-byte
 * character at byte b.
 */
static inline bool
sentence_mark_at(const Work *w, size_t b)
{
	const unsigned char *u = (const unsigned char *) w->t->s + b;
	UChar32		c;

	if (b + 3 > w->t->len || (u[0] & 0xF0) != 0xE0 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
		return false;
	c = ((u[0] & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F);
	return u_hasBinaryProperty(c, UCHAR_S_TERM);
}

/* the full-width semicolon "；" at byte b: a clause mark like ';' */
static inline bool
semicolon_at(const Work *w, size_t b)
{
	const unsigned char *u = (const unsigned char *) w->t->s + b;

	return b + 3 <= w->t->len && u[0] == 0xEF && u[1] == 0xBC && u[2] == 0x9B;
}

/* is byte i the start of a sentence (clause: also after ';')? */
static bool
is_unit_start(const Work *w, size_t i, bool clause)
{
	const char *s = w->t->s;
	char		c = s[i - 1];

	if (c == '\n' || (clause && c == ';'))
		return true;
	if (i >= 3 && (sentence_mark_at(w, i - 3) || (clause && semicolon_at(w, i - 3))))
		return true;
	return (c == '.' || c == '!' || c == '?') && i < w->t->len &&
		(s[i] == ' ' || s[i] == '\n') && i + 1 < w->t->len && !abbrev_dot(w, i - 1);
}

/* does a sentence (clause: also ';') end at byte i? */
static bool
is_unit_end(const Work *w, size_t i, bool clause)
{
	const char *s = w->t->s;
	char		c = s[i];

	if (c == '\n' || (clause && c == ';'))
		return true;
	if (sentence_mark_at(w, i) || (clause && semicolon_at(w, i)))
		return true;
	return (c == '.' || c == '!' || c == '?') &&
		(i + 1 >= w->t->len || s[i + 1] == ' ' || s[i + 1] == '\n') && !abbrev_dot(w, i);
}

/*
 * Start of the sentence (clause = also ';') holding byte b: the nearest start
 * at most UNIT_REACH bytes back, else b - UNIT_REACH.  Rules ask in text
 * order, so the last answer is kept (one per kind): a later question scans
 * only the bytes after the earlier one, and a report costs linear time
 * however its sentences are cut.
 */
size_t
rp_unit_start(const Work *w, size_t b, bool clause)
{
	UnitCache  *c = &w->units[clause ? 1 : 0];
	size_t		i = b,
				floor = b > UNIT_REACH ? b - UNIT_REACH : 0;
	size_t		res;

	if (c->have_start && b >= c->start_q && b - c->start_q < UNIT_REACH)
	{
		/* scan (start_q, b] only; below it the earlier answer holds */
		while (i > c->start_q)
		{
			if (i > 0 && is_unit_start(w, i, clause))
				break;
			i--;
		}
		if (i > c->start_q)
			res = i;
		else
			res = c->start_found && c->start_r > floor ? c->start_r : floor;
	}
	else
	{
		while (i > floor && !is_unit_start(w, i, clause))
			i--;
		res = i;
	}
	c->have_start = true;
	c->start_q = b;
	c->start_r = res;
	c->start_found = res > floor;
	return res;
}

/* end of the sentence (clause) holding byte b: the nearest end at most UNIT_REACH bytes on */
size_t
rp_unit_end(const Work *w, size_t b, bool clause)
{
	UnitCache  *c = &w->units[clause ? 1 : 0];
	size_t		len = w->t->len,
				cap = b + UNIT_REACH < len ? b + UNIT_REACH : len,
				i = b;

	if (c->have_end && b >= c->end_q && b <= c->end_r)
	{
		/* no end in [end_q, end_r): an answer found there still holds */
		if (c->end_found)
			return c->end_r < cap ? c->end_r : cap;
		i = c->end_r;
	}
	while (i < cap && !is_unit_end(w, i, clause))
		i++;
	c->have_end = true;
	c->end_q = b;
	c->end_r = i;
	c->end_found = i < cap;
	return i;
}

/*
 * Marks and numbers come in text order, so lookups around a position use a
 * binary search and then walk only the neighbourhood: no rule is quadratic
 * in the length of the report.
 */

/*
 * Where cues about byte b may start: its clause (';' or a line), cut further
 * at the last clause word ("trong đó", "while", "dont") or bracket before b.
 * A target cue before "trong đó" does not make the rate after it a target.
 */
size_t
rp_cue_start(const Work *w, size_t b, size_t cs)
{
	const char *s = w->t->s;
	size_t		start = cs,
				floor = b > CLAUSE_REACH ? b - CLAUSE_REACH : 0;
	int			k = rp_mark_before(w, RC_CLAUSE, start, b);

	if (k >= 0 && w->mark[k].bend > start)
		start = w->mark[k].bend;
	for (size_t i = b; i > start && i > floor; i--)
		if (s[i - 1] == '(' || s[i - 1] == ')')
			return i;
	return start;
}

/* a comma in s[from, to): ',' or the ideographic commas "，" and "、" */
bool
rp_has_comma(const char *s, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
		if (s[i] == ',' ||
			(i + 2 < to && (unsigned char) s[i] == 0xEF && (unsigned char) s[i + 1] == 0xBC &&
			 (unsigned char) s[i + 2] == 0x8C) ||
			(i + 2 < to && (unsigned char) s[i] == 0xE3 && (unsigned char) s[i + 1] == 0x80 &&
			 (unsigned char) s[i + 2] == 0x81))
			return true;
	return false;
}
