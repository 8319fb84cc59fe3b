/*
 * report.c
 *		From report text to facts: the pipeline of stages (report_stages.h),
 *		each linear in the text.  Words and cues (report_words.c), candidate
 *		figures from the number scanner (numscan.c, report_figures.c), then
 *		rules over figures and marks within sentences and clauses
 *		(report_clauses.c): rates (report_rates.c), counts and changes
 *		(report_counts.c), the cluster, its members, leader and deputy
 *		(report_cluster.c), the period, event date, source, place and
 *		officials (report_context.c).  This file emits the facts: the why
 *		text, character spans, and the order of rows.
 */
#define _POSIX_C_SOURCE 200809L	/* strdup, strtok_r, snprintf */
#include "report_stages.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>

static const char *const fact_kinds[] = {"rate", "count", "change", "cluster", "member", "leader",
"deputy", "period", "event_date", "source", "location", "person"};
const char *const rp_metrics[] = {NULL, "criminal", "serious", "drug", "economic", "corruption",
"other"};
const char *const rp_periods[] = {NULL, "H1", "9M", "Q1", "Q2", "Q3", "Q4", "year"};

const char *
cd_fact_kind_name(CdFactKind k)
{
	return fact_kinds[k];
}

void
rp_put(Out *o, CdFact *f)
{
	f->cstart = cd_text_char(o->w->t, f->bstart);
	f->cend = cd_text_char_end(o->w->t, f->bend);
	o->emit(f, o->arg);
}

void
rp_fact_init(CdFact *f, CdFactKind k, size_t bs, size_t be)
{
	memset(f, 0, sizeof(*f));
	f->kind = k;
	f->province = -1;
	f->bstart = bs;
	f->bend = be;
}

/*
 * Append "key:cue" to a fact's why (the cue as the data writes it; without
 * one, the key alone).  An item that does not fit is left out whole.
 */
void
rp_why_add(CdFact *f, const char *key, const char *cue)
{
	size_t		n = strlen(f->why),
				kl = strlen(key),
				cl = cue ? strlen(cue) : 0,
				need = (n > 0 ? 1 : 0) + kl + (cue ? 1 + cl : 0);

	if (n + need >= CD_WHY_MAX)
		return;
	if (n > 0)
		f->why[n++] = ' ';
	memcpy(f->why + n, key, kl);
	n += kl;
	if (cue)
	{
		f->why[n++] = ':';
		memcpy(f->why + n, cue, cl);
		n += cl;
	}
	f->why[n] = '\0';
}

/* a mark's cue in a fact's why, when there is the mark */
void
rp_why_mark(CdFact *f, const Work *w, const char *key, int k)
{
	if (k >= 0 && w->mark[k].text)
	{
		char		cue[64];

		snprintf(cue, sizeof(cue), "%s%s", w->mark[k].text, w->mark[k].prefix ? "*" : "");
		rp_why_add(f, key, cue);
	}
}

void
rp_work_end(Work *w)
{
	void	   *bufs[] = {w->used, w->tok, w->mark, w->num, w->fold, w->ascii,
	w->ustart[0], w->ustart[1], w->uend[0], w->uend[1]};

	for (size_t i = 0; i < sizeof(bufs) / sizeof(bufs[0]); i++)
		if (bufs[i])
			cd_free(bufs[i]);
	memset(w, 0, sizeof(*w));
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
		rp_keep_person_tokens(w);
	if (!w->oom && !cd_scan_numbers(t, lang, rp_collect_num, w))
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
