/*
 * report_clauses.c
 *		Stage 3, sentences and clauses: where a sentence or a clause starts and
 *		ends (ICU Sentence_Terminal, ';', '；', brackets, clause words), and where
 *		the cues about a figure may start.
 */
#define _POSIX_C_SOURCE 200809L	/* strdup, strtok_r, snprintf */
#include "report_clauses.h"
#include "report_words.h"

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
 * The dot of an abbreviation ("TP. Hồ Chí Minh", "Tp. Đà Nẵng", "TP.HCM"):
 * the word right before the dot at byte `dot` is one of the language's
 * abbreviations (RC_ABBREV in reportdata.c).
 */
bool
rp_abbrev_at(const Work *w, size_t dot)
{
	int			k;

	if (!rp_word_may_end(w, dot, RC_ABBREV))
		return false;
	k = tok_from(w, dot) - 1;
	return k >= 0 && w->tok[k].bend == dot && rp_word_is(w, k, RC_ABBREV);
}

/*
 * The dot of a short abbreviation inside a sentence ("2025 r. będzie", "ok.
 * 50 osób", "tys. zł"): a word of at most three letters before it, and a
 * space and a lower-case letter after it (a sentence starts upper-case).
 */
static bool
lower_after_short(const Work *w, size_t dot)
{
	const char *s = w->t->s;
	size_t		b = dot,
				k = dot + 2,
				len = w->t->len;
	int			n = 0;
	UChar32		c;

	if (k >= len || s[dot + 1] != ' ')
		return false;
	while (b > 0 && n <= 3)
	{
		size_t		p = cd_prev_start(s, b),
					q = p;

		if (!cd_is_word_b(cd_next(s, len, &q)))
			break;
		b = p;
		n++;
	}
	if (n == 0 || n > 3)
		return false;
	c = cd_next(s, len, &k);
	return u_islower(c);
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
	return cd_sentence_term(c);
}

/* the full-width semicolon "；" at byte b: a clause mark like ';' */
static inline bool
semicolon_at(const Work *w, size_t b)
{
	const unsigned char *u = (const unsigned char *) w->t->s + b;

	return b + 3 <= w->t->len && u[0] == 0xEF && u[1] == 0xBC && u[2] == 0x9B;
}

/* append position p to a list of unit bounds */
static void
add_bound(Work *w, uint32_t **list, int *n, int *cap, size_t p)
{
	if (!rp_grow((void **) list, cap, *n + 1, sizeof(uint32_t)))
	{
		w->oom = true;
		return;
	}
	(*list)[(*n)++] = (uint32_t) p;
}

/* a sentence start (and so a clause start) at byte i */
static void
add_start(Work *w, size_t i, bool sentence)
{
	if (sentence)
		add_bound(w, &w->ustart[0], &w->nustart[0], &w->capustart[0], i);
	add_bound(w, &w->ustart[1], &w->nustart[1], &w->capustart[1], i);
}

/* a sentence end (and so a clause end) at byte i */
static void
add_end(Work *w, size_t i, bool sentence)
{
	if (sentence)
		add_bound(w, &w->uend[0], &w->nuend[0], &w->capuend[0], i);
	add_bound(w, &w->uend[1], &w->nuend[1], &w->capuend[1], i);
}

/*
 * Stage 3 in one pass: where sentences and clauses start and end.  A
 * sentence ends at a line break, at a Sentence_Terminal character outside
 * ASCII, or at '.', '!' or '?' before a space or the end (not the dot of
 * "No. 4" or of an abbreviation, "TP. Huế"); the next one starts after
 * it.  A clause also ends at ';' and '；'.  A start is the byte after the
 * mark, an end the mark's first byte.
 */
void
rp_find_units(Work *w)
{
	const unsigned char *s = (const unsigned char *) w->t->s;
	size_t		len = w->t->len;

	/* the bytes that may begin a bound or a bracket: the rest are passed at once */
	static bool marks[256];
	static bool marks_made = false;

	/* the three-byte characters of lead byte 0xE0 (Devanagari, Thai) that end a sentence */
	static uint8_t term_e0[0x1000 / 8];

	if (!marks_made)
	{
		for (int b = 0xE0; b < 256; b++)
			marks[b] = true;
		marks['\n'] = marks[';'] = marks['('] = marks[')'] = true;
		marks['.'] = marks['!'] = marks['?'] = true;
		for (UChar32 c = 0; c < 0x1000; c++)
			if (cd_sentence_term(c))
				term_e0[c >> 3] |= (uint8_t) (1u << (c & 7));
		marks_made = true;
	}
	for (size_t i = 0; i < len && !w->oom; i++)
	{
		unsigned char c;

		for (;;)
		{
			/* (four bytes a branch while the text lasts) */
			while (i + 4 <= len && !(marks[s[i]] | marks[s[i + 1]] | marks[s[i + 2]] | marks[s[i + 3]]))
				i += 4;
			while (i < len && !marks[s[i]])
				i++;
			/* a character of lead byte 0xE0 that ends no sentence, as sentence_mark_at reads it */
			if (i + 2 < len && s[i] == 0xE0 && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80)
			{
				unsigned	cp = ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);

				if (!(term_e0[cp >> 3] & (1u << (cp & 7))))
				{
					i += 3;
					continue;
				}
			}
			break;
		}
		if (i >= len)
			break;
		c = s[i];
		if (c == '\n' || c == ';')
		{
			add_end(w, i, c == '\n');
			add_start(w, i + 1, c == '\n');
		}
		else if (c == '(' || c == ')')
		{
			/* where cues may start (rp_cue_start) */
			if (!rp_grow((void **) &w->brackets, &w->capbrackets, w->nbrackets + 1, sizeof(uint32_t)))
				w->oom = true;
			else
				w->brackets[w->nbrackets++] = (uint32_t) i;
		}
		else if (c >= 0xE0)
		{
			bool		term = sentence_mark_at(w, i);

			if (term || semicolon_at(w, i))
			{
				add_end(w, i, term);
				add_start(w, i + 3, term);
			}
		}
		else if (c == '.' || c == '!' || c == '?')
		{
			bool		spaced = i + 1 < len && (s[i + 1] == ' ' || s[i + 1] == '\n');

			/*
			 * "No. 4" and "TP. Hồ Chí Minh" go on; a start needs a byte after
			 * the space
			 */
			if ((spaced || i + 1 >= len) && !abbrev_dot(w, i) &&
				!(c == '.' && i + 1 < len && s[i + 1] == ' ' &&
				  (rp_abbrev_at(w, i) || lower_after_short(w, i))))
			{
				add_end(w, i, true);
				if (spaced && i + 2 < len)
					add_start(w, i + 1, true);
			}
		}
	}
}

/*
 * Start of the sentence (clause = also ';') holding byte b: the nearest start
 * at or before b and at most UNIT_REACH bytes back, else b - UNIT_REACH.
 */
size_t
rp_unit_start(const Work *w, size_t b, bool clause)
{
	int			k = clause ? 1 : 0;
	size_t		floor = b > UNIT_REACH ? b - UNIT_REACH : 0;
	/* the first start after b; the one before it is the answer */
	int			j = rp_first_at(w->ustart[k], w->nustart[k], sizeof(uint32_t), 0, b + 1);

	if (j > 0 && w->ustart[k][j - 1] > floor)
		return w->ustart[k][j - 1];
	return floor;
}

/* end of the sentence (clause) holding byte b: the nearest end at most UNIT_REACH bytes on */
size_t
rp_unit_end(const Work *w, size_t b, bool clause)
{
	int			k = clause ? 1 : 0;
	size_t		len = w->t->len,
				cap = b + UNIT_REACH < len ? b + UNIT_REACH : len;
	int			j = rp_first_at(w->uend[k], w->nuend[k], sizeof(uint32_t), 0, b);

	if (j < w->nuend[k] && w->uend[k][j] < cap)
		return w->uend[k][j];
	return cap;
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
	size_t		start = cs,
				floor = b > CLAUSE_REACH ? b - CLAUSE_REACH : 0;
	int			k = rp_mark_before(w, RC_CLAUSE, start, b),
				j;

	if (k >= 0 && w->mark[k].bend > start)
		start = w->mark[k].bend;
	/* the last bracket before b, after start and the floor */
	j = rp_first_at(w->brackets, w->nbrackets, sizeof(uint32_t), 0, b) - 1;
	if (j >= 0 && w->brackets[j] >= start && w->brackets[j] >= floor)
		return (size_t) w->brackets[j] + 1;
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
