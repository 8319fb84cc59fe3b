/*
 * report_clauses.h
 *		Stage 3 of the parser, sentences and clauses (report_clauses.c).
 */
#ifndef CLUSTERDATA_REPORT_CLAUSES_H
#define CLUSTERDATA_REPORT_CLAUSES_H

#include "report_work.h"

/* bytes a bracket or a clause word may be before a percent and still bound its clause */
#define CLAUSE_REACH 160
/* bytes a sentence or clause reaches at most from a position */
#define UNIT_REACH 600

bool		rp_abbrev_at(const Work *w, size_t dot);
size_t		rp_cue_start(const Work *w, size_t b, size_t cs);
void		rp_find_units(Work *w);
bool		rp_has_comma(const char *s, size_t from, size_t to);
size_t		rp_unit_end(const Work *w, size_t b, bool clause);
size_t		rp_unit_start(const Work *w, size_t b, bool clause);

#endif
