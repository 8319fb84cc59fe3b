/*
 * pg_report.h
 *		The rows of parse_report() (pg_report.c), which parse_pending's bulk
 *		path (pg_store.c) writes into clusterdata.fact as well.
 */
#ifndef CLUSTERDATA_PG_REPORT_H
#define CLUSTERDATA_PG_REPORT_H

#include "pg_lang.h"
#include "report.h"

/*
 * Columns of 0.5 (0.1 had the first 14, with province as text; 0.2 and 0.3
 * the first 16, without why; 0.4 the first 17, without confidence: the
 * function fills whichever declaration the installed SQL holds, so a server
 * with the new library and an extension not yet updated still works).
 */
#define REPORT_COLS 18

/*
 * The first ncols columns of fact f's parse_report() row (t: the text it
 * was parsed from), made in the current memory context; province as text
 * when province_text (0.1's declaration).  For a row stored before the
 * next one is made, `span` is PG_SPAN_SCRATCH bytes the span's text may be
 * made in, and the numerics come from pg_cached_numeric; NULL: every value
 * is the row's own (rows kept in slots).
 */
extern void pg_report_values(const CdFact *f, CdText *t, PgTextCache *texts, bool province_text,
							 int ncols, char *span, Datum *values, bool *nulls);

#endif
