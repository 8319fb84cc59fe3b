/*
 * report_rates.h
 *		Stages 4 to 6 of the parser for rates: cue scoring, linking,
 *		de-duplication (report_rates.c).
 */
#ifndef CLUSTERDATA_REPORT_RATES_H
#define CLUSTERDATA_REPORT_RATES_H

#include "report_work.h"
#include "report_emit.h"

/* numbers before a percent searched for its fraction or counts */
#define PAIR_REACH 16
/* rates remembered for de-duplication; past this many, rates are emitted as found */
#define RATE_BUF 256

void		rp_rates(Out *o);
bool		rp_target_for(const Work *w, size_t b, size_t ss, size_t qs);

#endif
