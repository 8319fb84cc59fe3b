/*
 * report_stages.h
 *		The stages of the report parser, for the pipeline (report.c) and the
 *		unit tests: each stage's header, in the order of the files (each file
 *		uses only those before it; see report.c), and the work of one report
 *		from its start to its end.  Internal to report*.c; the interface of
 *		the parser is report.h.
 */
#ifndef CLUSTERDATA_REPORT_STAGES_H
#define CLUSTERDATA_REPORT_STAGES_H

#include "report.h"
#include "reportdata.h"
#include "report_work.h"
#include "report_emit.h"
#include "report_dict.h"
#include "report_words.h"
#include "report_clauses.h"
#include "report_figures.h"
#include "report_rates.h"
#include "report_counts.h"
#include "report_cluster.h"
#include "report_context.h"

/* report.c: stages 1 and 2 on a prepared text; the work's end */
void		rp_work_end(Work *w);
bool		rp_work_begin(Work *w, CdText *t, const CdLangC *lang);

#endif
