/*
 * Cue matching at a window's start and end: looked up in the lists' tries,
 * and with the tries off (the indexes by first and last byte), it gives the
 * cue, start and end that a plain walk of the list in its order gives (the
 * reference below, written without any index or stored cue property).  The
 * windows are made of every language's cues themselves, alone, glued to a
 * letter, after a word, truncated and in pairs, for every list of the
 * language as written and stripped of diacritics.  Then the spelled
 * numbers' quick look (cd_may_spell) lets every number and scale word
 * through.
 */
#include <stdlib.h>

#include "unit.h"
#include "cdtext.h"

#define NLISTS 19

static const CdCueList *
list_of(const CdLangC *L, int k)
{
	const CdCueList *all[NLISTS] = {
		&L->percent_words, &L->qual_before, &L->qual_after, &L->ordinal_cues,
		&L->code_cues, &L->day_cues, &L->months, &L->month_prefix,
		&L->ratio_words, &L->units, &L->change_before, &L->change_after,
		&L->year_words, &L->year_after, &L->number_words, &L->scales,
		&L->counters, &L->units_before, &L->percent_before
	};

	return all[k];
}

/* ---- the reference: the list walked in its order, every property decoded anew ---- */

static bool
ref_word_before(const CdWin *w, int i)
{
	size_t		k;

	if (i <= 0)
		return false;
	k = cd_prev_start(w->b, (size_t) i);
	return cd_is_word_b(cd_next(w->b, (size_t) w->len, &k));
}

static bool
ref_word_at(const CdWin *w, int i)
{
	size_t		j = (size_t) i;

	if (i >= w->len)
		return false;
	return cd_is_word_b(cd_next(w->b, (size_t) w->len, &j));
}

static bool
ref_ends_in_word(const CdCueC *c)
{
	size_t		k;

	if (c->len == 0)
		return false;
	k = cd_prev_start(c->text, (size_t) c->len);
	return cd_is_word_b(cd_next(c->text, (size_t) c->len, &k));
}

static const CdCueC *
ref_ends_with(const CdWin *w, const CdCueList *l, int wend, int *at)
{
	int			ws = wend;

	if (wend <= 0)
		return NULL;
	while (ws > 0 && ref_word_before(w, ws))
		ws = (int) cd_prev_start(w->b, (size_t) ws);
	for (int k = 0; k < l->n; k++)
	{
		const CdCueC *c = &l->cues[k];

		if (!c->prefix)
		{
			int			s = wend - c->len;

			if (s >= 0 && memcmp(w->b + s, c->text, c->len) == 0 && !ref_word_before(w, s) &&
				(!ref_ends_in_word(c) || !ref_word_at(w, wend)))
			{
				*at = s;
				return c;
			}
		}
		else
		{
			/* the window's last word begins with the cue's last word */
			const char *sp = memchr(c->text, ' ', c->len) ? strrchr(c->text, ' ') : NULL;
			int			lastlen = sp ? c->len - (int) (sp - c->text) - 1 : c->len,
						headlen = c->len - lastlen;

			if (ws < wend && wend - ws >= lastlen && ws - headlen >= 0 &&
				memcmp(w->b + ws, c->text + headlen, lastlen) == 0 &&
				memcmp(w->b + ws - headlen, c->text, headlen) == 0 &&
				!ref_word_before(w, ws - headlen))
			{
				*at = ws - headlen;
				return c;
			}
		}
	}
	return NULL;
}

static const CdCueC *
ref_starts_with(const CdWin *w, int from, const CdCueList *l, int *end)
{
	for (int k = 0; k < l->n; k++)
	{
		const CdCueC *c = &l->cues[k];
		int			e = from + c->len;

		if (e > w->len || memcmp(w->b + from, c->text, c->len) != 0)
			continue;
		if (c->prefix)
		{
			/* the rest of the word */
			while (ref_word_at(w, e))
			{
				size_t		j = (size_t) e;

				(void) cd_next(w->b, (size_t) w->len, &j);
				e = (int) j;
			}
		}
		else if (ref_ends_in_word(c) && ref_word_at(w, e))
			continue;
		*end = e;
		return c;
	}
	return NULL;
}

/* one text's windows against every list, tries on and off; mismatches counted */
static int
compare_text(const CdLangC *L, const char *s, size_t len, long *checks)
{
	CdText		t;
	CdWin		after,
				before;
	int			bad = 0;

	if (!cd_text_init(&t, s, len))
		return 1;
	cd_win_after(&t, 0, &after);
	cd_win_before(&t, t.len, &before);
	for (int k = 0; k < NLISTS; k++)
	{
		const CdCueList *l = list_of(L, k);

		/* from each character of the window (Han and Thai have no spaces) */
		for (int from = 0; from < after.len; from++)
		{
			const CdCueC *a,
					   *b;
			int			ea = -1,
						eb = -1;

			if ((after.b[from] & 0xC0) == 0x80)
				continue;
			const CdCueC *r;
			int			er = -1;

			cd_cue_tries = true;
			a = cd_win_starts_with(&after, from, l, &ea);
			cd_cue_tries = false;
			b = cd_win_starts_with(&after, from, l, &eb);
			cd_cue_tries = true;
			r = ref_starts_with(&after, from, l, &er);
			(*checks)++;
			if (a != b || (a && ea != eb) || a != r || (a && ea != er))
			{
				if (bad++ == 0)
					printf("starts_with: list %d of %s, \"%.*s\" from %d: %s/%d, cue by cue %s/%d, "
						   "reference %s/%d\n",
						   k, L->lang->code, after.len, after.b, from, a ? a->text : "-", ea,
						   b ? b->text : "-", eb, r ? r->text : "-", er);
			}
		}
		/* at the window's end, and at each character before it */
		for (int wend = before.len; wend > 0; wend--)
		{
			const CdCueC *a,
					   *b;
			int			sa = -1,
						sb = -1;

			if (wend < before.len && (before.b[wend] & 0xC0) == 0x80)
				continue;
			const CdCueC *r;
			int			sr = -1;

			cd_cue_tries = true;
			a = cd_win_ends_with(&before, l, wend, &sa);
			cd_cue_tries = false;
			b = cd_win_ends_with(&before, l, wend, &sb);
			cd_cue_tries = true;
			r = ref_ends_with(&before, l, wend, &sr);
			(*checks)++;
			if (a != b || (a && sa != sb) || a != r || (a && sa != sr))
			{
				if (bad++ == 0)
					printf("ends_with: list %d of %s, \"%.*s\": %s/%d, cue by cue %s/%d, "
						   "reference %s/%d\n",
						   k, L->lang->code, wend, before.b, a ? a->text : "-", sa,
						   b ? b->text : "-", sb, r ? r->text : "-", sr);
			}
		}
	}
	cd_text_free(&t);
	return bad;
}

static int
compare_language(const CdLangC *L, long *checks)
{
	int			bad = 0;
	char		buf[512];

	for (int k = 0; k < NLISTS; k++)
	{
		const CdCueList *l = list_of(L, k);

		for (int i = 0; i < l->n; i++)
		{
			const char *c = l->cues[i].text;
			const char *d = l->cues[(i * 7 + 3) % l->n].text;
			const CdCueList *o = list_of(L, (k + 1 + i) % NLISTS);
			const char *e = o->n ? o->cues[i % o->n].text : "";
			int			n;

			if (strlen(c) > 200)
				continue;
			n = snprintf(buf, sizeof(buf), "%s", c);
			bad += compare_text(L, buf, (size_t) n, checks);
			/* followed by a letter and by a number */
			n = snprintf(buf, sizeof(buf), "%sx 12", c);
			bad += compare_text(L, buf, (size_t) n, checks);
			/* after a word, and glued to one */
			n = snprintf(buf, sizeof(buf), "Ab %s", c);
			bad += compare_text(L, buf, (size_t) n, checks);
			n = snprintf(buf, sizeof(buf), "ab%s", c);
			bad += compare_text(L, buf, (size_t) n, checks);
			/* cut short (maybe inside a character) */
			n = snprintf(buf, sizeof(buf), "%.*s", (int) strlen(c) * 2 / 3, c);
			bad += compare_text(L, buf, (size_t) n, checks);
			/* two cues of the list, and one of another list */
			n = snprintf(buf, sizeof(buf), "%s %s", c, d);
			bad += compare_text(L, buf, (size_t) n, checks);
			n = snprintf(buf, sizeof(buf), "%s %s %s", e, c, e);
			bad += compare_text(L, buf, (size_t) n, checks);
		}
	}
	return bad;
}

/*
 * at_word's quick look (cd_may_spell) lets every word through that may_spell could
 * read: a number word's first word, a scale word's, and every length from
 * a prefix scale word's on (by initial and second byte).
 * Returns the words refused.
 */
static bool
filters_pass(const CdLangC *L, const char *w, int n)
{
	if (n >= 32)
		return true;			/* (such a word is never read: longer than at_word's buffer) */
	return cd_may_spell(L, w, (size_t) n);
}

static int
spell_filters_refuse(const CdLangC *L, long *checks)
{
	int			bad = 0;

	for (int k = 0; k < L->number_words.n; k++)
	{
		const CdCueC *c = &L->number_words.cues[k];

		if (c->text[0] < 'a' || c->text[0] > 'z')
			continue;
		(*checks)++;
		if (!filters_pass(L, c->text, c->wlen) && bad++ == 0)
			printf("spell filters refuse the number word \"%s\" of %s\n", c->text, L->lang->code);
	}
	for (int k = 0; k < L->scales.n; k++)
	{
		const CdCueC *c = &L->scales.cues[k];

		if (c->text[0] < 'a' || c->text[0] > 'z' || (c->value & CD_SCALE_POW) <= 0)
			continue;
		for (int n = c->prefix ? c->len : c->wlen; n < (c->prefix ? 32 : c->wlen + 1); n++)
		{
			(*checks)++;
			if (!filters_pass(L, c->text, n) && bad++ == 0)
				printf("spell filters refuse the scale word \"%s\" of %s at %d bytes\n",
					   c->text, L->lang->code, n);
		}
	}
	return bad;
}

void
test_cues(void)
{
	const CdLangC *langs = cd_langs_compiled();
	long		checks = 0;

	CHECK(langs != NULL);
	if (!langs)
		return;
	for (int i = 0; i < cd_nlangs; i++)
	{
		const CdLangC *s = cd_lang_stripped(&langs[i]);

		/* every list has its tries (no list has an empty cue; rev: without prefix cues) */
		for (int k = 0; k < NLISTS; k++)
		{
			const CdCueList *l = list_of(&langs[i], k);

			CHECK(l->n == 0 || l->fwd != NULL);
			CHECK(l->n == 0 || l->nprefix > 0 || l->rev != NULL);
		}
		CHECK(compare_language(&langs[i], &checks) == 0);
		if (s != &langs[i])
			CHECK(compare_language(s, &checks) == 0);
		CHECK(spell_filters_refuse(&langs[i], &checks) == 0);
		if (s != &langs[i])
			CHECK(spell_filters_refuse(s, &checks) == 0);
	}
	/* (enough of them to mean something) */
	CHECK(checks > 100000);
}
