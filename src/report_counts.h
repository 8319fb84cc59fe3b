/*
 * report_counts.h
 *		Counts and changes (report_counts.c).
 */
#ifndef CLUSTERDATA_REPORT_COUNTS_H
#define CLUSTERDATA_REPORT_COUNTS_H

#include "report_emit.h"

void		rp_changes_and_counts(Out *o);

#endif
