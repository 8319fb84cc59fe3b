/*
 * report_figures.h
 *		Stage 2 of the parser, candidate figures: years, the arithmetic of
 *		fractions, the scope of a figure (report_figures.c).
 */
#ifndef CLUSTERDATA_REPORT_FIGURES_H
#define CLUSTERDATA_REPORT_FIGURES_H

#include "report_work.h"
#include "report_emit.h"

/* bytes between a cluster cue and its number ("Cụm số 9", "cluster No. 9") */
#define CLUSTER_GAP 120
/* bytes from the start of "of which" ("जिनमें से": 25) to the number after it */
#define SUBSET_REACH 48
/* at most this many characters between a plain number and the count of cases it pairs with */
#define BARE_PAIR_GAP 48

void		rp_collect_num(const CdNum *n, void *arg);
bool		rp_percent_matches(int64_t a, int64_t b, int64_t pv, int ps);
void		rp_set_scope(const Work *w, CdFact *f, size_t pos);
int			rp_year_near(const Work *w, size_t before, size_t after, size_t limit, bool after_only);
int			rp_year_of_num(const WNum *n);
bool		rp_right_behind(const Work *w, size_t from, size_t to);
bool		rp_other_year(const Work *w, int k);
bool		rp_range_joiner(const char *s, size_t a, size_t b);
bool		rp_foreign(Work *w, size_t pos);
bool		rp_verb_change(const Work *w, int k);
bool		rp_venue_province(const Work *w, int q, size_t cs);

#endif
