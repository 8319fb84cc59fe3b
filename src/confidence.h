/*
 * confidence.h
 *		How much to trust a fact, from the evidence its rules used (plain C):
 *		a logistic model over the fact's kind, the cue kinds its why names,
 *		its qualifier, scope and whether it states a percent and a fraction.
 *		The weights are data (data/confidence.tsv, fitted on the annotated
 *		corpus with cross-validation by scripts/confidence.py, which also
 *		writes confidence_data.c from them).
 */
#ifndef CLUSTERDATA_CONFIDENCE_H
#define CLUSTERDATA_CONFIDENCE_H

#include <stdbool.h>

typedef struct CdWeight
{
	const char *feature;		/* "rate", "rate:why:fraction", "count:qual:approx", ... */
	double		weight;
} CdWeight;

/* sorted by feature (strcmp), for a binary search */
extern const CdWeight cd_confidence_weights[];
extern const int cd_confidence_nweights;

/*
 * The probability that a fact is right, in [0, 1], or -1 for a kind the
 * model has no data for (its bias feature, the kind alone, is missing).
 * metric: a rate's metric or a count's unit; why: the fact's why ("rate:tỷ
 * lệ solve:điều tra fraction"); qualifier ("eq", "gt", ...); scope
 * ("province", "cluster"); any may be NULL.
 */
double		cd_confidence(const char *kind, const char *metric, const char *why, const char *qualifier,
						  const char *scope, bool has_percent, bool has_fraction);

#endif
