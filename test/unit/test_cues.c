/*
 * Cue matching at a window's start and end: looked up in the lists' tries,
 * it gives the cue, start and end that comparing cue by cue gives.  The
 * windows are made of every language's cues themselves, alone, glued to a
 * letter, after a word, truncated and in pairs, for every list of the
 * language as written and stripped of diacritics.
 */
#include <stdlib.h>

#include "unit.h"
#include "cdtext.h"

#define NLISTS 16

static const CdCueList *
list_of(const CdLangC *L, int k)
{
	const CdCueList *all[NLISTS] = {
		&L->percent_words, &L->qual_before, &L->qual_after, &L->ordinal_cues,
		&L->code_cues, &L->day_cues, &L->months, &L->month_prefix,
		&L->ratio_words, &L->units, &L->change_before, &L->change_after,
		&L->year_words, &L->year_after, &L->number_words, &L->scales
	};

	return all[k];
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
			cd_cue_tries = true;
			a = cd_win_starts_with(&after, from, l, &ea);
			cd_cue_tries = false;
			b = cd_win_starts_with(&after, from, l, &eb);
			cd_cue_tries = true;
			(*checks)++;
			if (a != b || (a && ea != eb))
			{
				if (bad++ == 0)
					printf("starts_with: list %d of %s, \"%s\" from %d: %s/%d, cue by cue %s/%d\n",
						   k, L->lang->code, after.b, from, a ? a->text : "-", ea,
						   b ? b->text : "-", eb);
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
			cd_cue_tries = true;
			a = cd_win_ends_with(&before, l, wend, &sa);
			cd_cue_tries = false;
			b = cd_win_ends_with(&before, l, wend, &sb);
			cd_cue_tries = true;
			(*checks)++;
			if (a != b || (a && sa != sb))
			{
				if (bad++ == 0)
					printf("ends_with: list %d of %s, \"%.*s\": %s/%d, cue by cue %s/%d\n",
						   k, L->lang->code, wend, before.b, a ? a->text : "-", sa,
						   b ? b->text : "-", sb);
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
	}
	/* (enough of them to mean something) */
	CHECK(checks > 100000);
}
