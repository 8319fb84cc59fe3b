/*
 * report.c
 *		From report text to facts: the pipeline of stages (report_stages.h),
 *		each linear in the text.  Words and cues (report_words.c), candidate
 *		figures from the number scanner (numscan.c, report_figures.c), then
 *		rules over figures and marks within sentences and clauses
 *		(report_clauses.c): rates (report_rates.c), counts and changes
 *		(report_counts.c), the cluster, its members, leader and deputy
 *		(report_cluster.c), the period, event date, source, place and
 *		officials (report_context.c).  The stages put out their facts through
 *		report_emit.c; this file runs them and decides the order of rows.
 *
 *		The files of the parser, each using only those listed before it
 *		(below them the rest of the core: langdata.c, cdtext.c, numscan.c,
 *		provinces.c, ...; test/layering.py holds the order of the whole core
 *		and checks its includes):
 *
 *		reportdata.c      the cue words of reports, as data
 *		report_work.c     the work of one report: words, marks, figures,
 *		                  growing arrays, lookups by position
 *		report_emit.c     facts and how they are put out (rp_put,
 *		                  rp_fact_init, rp_why_*)
 *		report_dict.c     a language's dictionary: cues, list words, names
 *		report_words.c    stage 1: words and cues (marks)
 *		report_clauses.c  stage 3: sentences and clauses
 *		report_figures.c  stage 2: candidate figures, years, scope
 *		report_rates.c    stages 4-6 for rates: cue scoring, linking,
 *		                  de-duplication
 *		report_counts.c   counts and changes
 *		report_cluster.c  cluster, members, leader and deputy
 *		report_context.c  period, event, source, place, officials
 *		report.c          the pipeline (cd_parse_report)
 *
 *		(Stage numbers are the order in which the pipeline runs them, as in
 *		README.md; clauses are found before figures are collected.)
 */
#define _POSIX_C_SOURCE 200809L	/* strdup, strtok_r, snprintf */
#include "report.h"
#include "report_stages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>

void
rp_work_end(Work *w)
{
	void	   *bufs[] = {w->used, w->tok, w->mark, w->num, w->fold, w->ascii,
	w->ustart[0], w->ustart[1], w->uend[0], w->uend[1], w->join, w->prev_change, w->countries, w->by_type, w->brackets};

	for (size_t i = 0; i < sizeof(bufs) / sizeof(bufs[0]); i++)
		if (bufs[i])
			cd_free(bufs[i]);
	memset(w, 0, sizeof(*w));
}

/* does a sentence end in s[from, to)?  ('.', '!', '?' and a capital or the end after them; '。') */
static bool
sentence_end_between(const char *s, size_t len, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++)
	{
		if ((unsigned char) s[i] == 0xE3 && i + 2 < len && (unsigned char) s[i + 1] == 0x80 &&
			(unsigned char) s[i + 2] == 0x82)
			return true;
		if (s[i] == '.' || s[i] == '!' || s[i] == '?')
		{
			size_t		j = i + 1;

			while (j < len && s[j] == ' ')
				j++;
			if (j >= len || (s[j] >= 'A' && s[j] <= 'Z') || (unsigned char) s[j] >= 0xC0)
				return true;
		}
	}
	return false;
}

/*
 * A role's title alone ("leader", "chef", "líder": value RC_ROLE_TITLE) is a
 * role only beside a "respectively" word in its sentence: elsewhere it is
 * no mark at all (type 0), so that no stage takes it for one
 */
static void
drop_lone_titles(Work *w)
{
	for (int m = 0; m < w->nmark; m++)
	{
		Mark	   *mk = &w->mark[m];
		bool		keep = false;

		if ((mk->type != RC_LEADER && mk->type != RC_DEPUTY) || mk->value != RC_ROLE_TITLE)
			continue;
		for (int r = 0; r < w->nmark && !keep; r++)
		{
			const Mark *rm = &w->mark[r];

			if (rm->type == RC_RESPECTIVELY)
				keep = rm->bstart >= mk->bend ?
					!sentence_end_between(w->t->s, w->t->len, mk->bend, rm->bstart) :
					!sentence_end_between(w->t->s, w->t->len, rm->bend, mk->bstart);
		}
		if (!keep)
			mk->type = 0;
	}
}

/*
 * Stages 1 and 2 on a prepared text: words, marks, the tokens persons()
 * reads, and the candidate figures.  False on an ICU, table or memory
 * failure (w is then freed).
 */
bool
rp_work_begin(Work *w, CdText *t, const CdLangC *lang)
{
	const Dict *d;

	memset(w, 0, sizeof(*w));
	/* a Latin text that lost its diacritics: cues are read without them too */
	if (lang && cd_text_unaccented(t))
		lang = cd_lang_stripped(lang);
	/* with the unit words users added */
	lang = cd_lang_user(lang);
	if (!lang || !(d = rp_dict_for(lang->lang->code, lang->stripped)))
		return false;
	w->t = t;
	w->L = lang;
	w->dict = d;
	rp_tokenize(w);
	if (!w->oom)
		rp_find_units(w);
	if (!w->oom)
		rp_find_marks(w, d);
	if (!w->oom)
		drop_lone_titles(w);
	if (!w->oom && !rp_index_marks(w))
		w->oom = true;
	if (!w->oom)
		rp_keep_person_tokens(w);
	if (!w->oom && !cd_scan_numbers_bytes(t, lang, rp_collect_num, w))
		w->oom = true;
	if (!w->oom && !(w->used = cd_alloc((size_t) (w->nnum + 1) * sizeof(bool))))
		w->oom = true;
	if (w->oom)
	{
		rp_work_end(w);
		return false;
	}
	memset(w->used, 0, (size_t) (w->nnum + 1) * sizeof(bool));
	return true;
}

bool
cd_set_user_cues(const char *const *langs, const CdReportCue *cues, int n)
{
	return rp_set_user_cues(langs, cues, n);
}

const char *
cd_cue_phrase_problem(const char *phrase)
{
	return rp_cue_phrase_problem(phrase);
}

bool
cd_parse_report(CdText *t, const CdLangC *lang, CdFactEmit emit, void *arg)
{
	Work		w;
	Out			o;
	int			cluster_no,
				year;

	if (!rp_work_begin(&w, t, lang))
		return false;
	o.w = &w;
	o.emit = emit;
	o.arg = arg;
	/* order of rows: period, cluster, members, leaders, rates, counts, event, source, location, persons */
	year = rp_period(&o);
	w.reviewed_year = year;
	cluster_no = rp_cluster_facts(&o);
	rp_members(&o, cluster_no);
	rp_leaders(&o, year);
	rp_rates(&o);
	rp_changes_and_counts(&o);
	rp_event_and_source(&o, year);
	rp_location(&o);
	rp_persons(&o);
	rp_work_end(&w);
	return true;
}
