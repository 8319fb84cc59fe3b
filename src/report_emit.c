/*
 * report_emit.c
 *		Putting facts out, for every stage of the parser: a fact's defaults,
 *		its character span as it goes to the caller, its why text; the names
 *		of fact kinds, rate metrics and periods.
 */
#include "report_emit.h"

#include <string.h>

#include "confidence.h"
#include "report_work.h"

static const char *const fact_kinds[] = {"rate", "count", "change", "cluster", "member", "leader",
"deputy", "period", "event_date", "source", "location", "person", "seizure"};
const char *const rp_metrics[] = {NULL, "criminal", "serious", "drug", "economic", "corruption",
"other"};
const char *const rp_periods[] = {NULL, "H1", "9M", "Q1", "Q2", "Q3", "Q4", "year"};

const char *
cd_fact_kind_name(CdFactKind k)
{
	return fact_kinds[k];
}

bool
cd_fact_qualified(const CdFact *f)
{
	return f->kind == F_RATE || f->kind == F_COUNT || f->kind == F_CHANGE || f->kind == F_SEIZURE;
}

double
cd_fact_confidence(const CdFact *f)
{
	return cd_confidence(cd_fact_kind_name(f->kind), f->metric, f->why[0] ? f->why : NULL,
						 cd_fact_qualified(f) ? cd_qual_name(f->qual) : NULL, f->scope,
						 f->has_percent, f->has_fraction);
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
		size_t		n = strlen(w->mark[k].text);

		/* the text and '*' for a prefix, cut to the buffer as a format would */
		if (n > sizeof(cue) - 1)
			n = sizeof(cue) - 1;
		memcpy(cue, w->mark[k].text, n);
		if (w->mark[k].prefix && n < sizeof(cue) - 1)
			cue[n++] = '*';
		cue[n] = '\0';
		rp_why_add(f, key, cue);
	}
}
