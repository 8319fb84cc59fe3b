/*
 * confidence.c
 *		The probability that a fact is right: 1 / (1 + e^-z), z the sum of
 *		the weights (confidence_data.c) of the fact's features.  The features
 *		are named as scripts/confidence.py names them when it fits the
 *		weights, one name per piece of evidence:
 *			KIND                   the kind alone (the bias)
 *			KIND:why:KEY           each key the why names once ("rate",
 *			                       "solve", "fraction", "inconsistent", ...:
 *			                       why_keys below)
 *			KIND:metric:METRIC     its metric (a rate's metric, a count's unit,
 *			                       a period's span)
 *			KIND:qual:QUALIFIER    a qualifier other than eq
 *			KIND:scope:SCOPE       a scope
 *			KIND:percent           a percent stated
 *			KIND:fraction          solved and total stated
 */
#include "confidence.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const CdWeight *
weight_of(const char *feature)
{
	int			lo = 0,
				hi = cd_confidence_nweights - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2,
					c = strcmp(cd_confidence_weights[mid].feature, feature);

		if (c == 0)
			return &cd_confidence_weights[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

/*
 * The keys a why is made of (report_emit.c's rp_why_add and rp_why_mark
 * callers): an item "key:cue" or a bare "key" starts with one of them; a
 * cue may hold spaces ("rate:tỷ lệ"), so other words are part of a cue.
 */
static const char *const why_keys[] = {
	"bracket", "change", "counts", "fraction", "goods", "handle", "inconsistent", "metric",
	"of", "part", "rate", "restated", "solve", "solved", "total", "unit", NULL
};

static bool
is_why_key(const char *s, size_t len)
{
	for (int i = 0; why_keys[i]; i++)
		if (strlen(why_keys[i]) == len && memcmp(why_keys[i], s, len) == 0)
			return true;
	return false;
}

/* add the weight of "KIND:PART" (PART of at most len bytes); unknown features weigh 0 */
static double
part_weight(const char *kind, const char *part, size_t len)
{
	char		name[96];
	const CdWeight *w;
	int			n = snprintf(name, sizeof(name), "%s:%.*s", kind, (int) len, part);

	if (n < 0 || (size_t) n >= sizeof(name))
		return 0;
	w = weight_of(name);
	return w ? w->weight : 0;
}

double
cd_confidence(const char *kind, const char *metric, const char *why, const char *qualifier,
			  const char *scope, bool has_percent, bool has_fraction)
{
	const CdWeight *bias;
	double		z;
	char		buf[96];

	if (!kind || strlen(kind) > 32 || !(bias = weight_of(kind)))
		return -1;
	z = bias->weight;
	/* each key of the why once: "key:cue" items, or a bare "key", separated by spaces */
	if (why)
	{
		const char *seen[16];
		size_t		seenlen[16];
		int			nseen = 0;
		const char *p = why;

		while (*p)
		{
			const char *item = p,
					   *end,
					   *colon;
			size_t		klen;
			bool		dup = false;

			while (*p && *p != ' ')
				p++;
			end = p;
			while (*p == ' ')
				p++;
			if (end == item)
				continue;
			colon = memchr(item, ':', (size_t) (end - item));
			klen = (size_t) ((colon ? colon : end) - item);
			if (!is_why_key(item, klen))
				continue;		/* a word of a cue with spaces */
			for (int i = 0; i < nseen && !dup; i++)
				dup = seenlen[i] == klen && memcmp(seen[i], item, klen) == 0;
			if (dup)
				continue;
			if (nseen < 16)
			{
				seen[nseen] = item;
				seenlen[nseen++] = klen;
			}
			snprintf(buf, sizeof(buf), "why:%.*s", (int) klen, item);
			z += part_weight(kind, buf, strlen(buf));
		}
	}
	if (metric && strlen(metric) < 32)
	{
		snprintf(buf, sizeof(buf), "metric:%s", metric);
		z += part_weight(kind, buf, strlen(buf));
	}
	if (qualifier && strcmp(qualifier, "eq") != 0 && strlen(qualifier) < 16)
	{
		snprintf(buf, sizeof(buf), "qual:%s", qualifier);
		z += part_weight(kind, buf, strlen(buf));
	}
	if (scope && strlen(scope) < 16)
	{
		snprintf(buf, sizeof(buf), "scope:%s", scope);
		z += part_weight(kind, buf, strlen(buf));
	}
	if (has_percent)
		z += part_weight(kind, "percent", 7);
	if (has_fraction)
		z += part_weight(kind, "fraction", 8);
	return 1.0 / (1.0 + exp(-z));
}
