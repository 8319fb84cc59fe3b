/*
 * report_context.h
 *		The report's context: period, event, source, place, officials
 *		(report_context.c).
 */
#ifndef CLUSTERDATA_REPORT_CONTEXT_H
#define CLUSTERDATA_REPORT_CONTEXT_H

#include "report_work.h"
#include "report_emit.h"

void		rp_event_and_source(Out *o, int period_year);
void		rp_keep_person_tokens(Work *w);
void		rp_location(Out *o);
int			rp_period(Out *o);
void		rp_persons(Out *o);

#endif
