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
#include <stdint.h>
#include <string.h>

/*
 * The features by a hash of their names, made once: a fact looks up eight
 * or so, so a lookup compares one name, not the log of all of them.
 */
#define WBITS 9
#define WSIZE (1 << WBITS)
static int16_t wslot[WSIZE];	/* index + 1 of the feature there; 0: empty */
static bool wmade = false;

static uint32_t
name_hash(const char *s)
{
	uint32_t	h = 2166136261u;

	for (; *s; s++)
		h = (h ^ (unsigned char) *s) * 16777619u;
	return h;
}

static bool
weights_index(void)
{
	if (cd_confidence_nweights >= WSIZE / 2)
		return false;			/* too many for the table: the search below */
	for (int i = 0; i < cd_confidence_nweights; i++)
	{
		uint32_t	h = name_hash(cd_confidence_weights[i].feature) & (WSIZE - 1);

		while (wslot[h] != 0)
			h = (h + 1) & (WSIZE - 1);
		wslot[h] = (int16_t) (i + 1);
	}
	return true;
}

static const CdWeight *
weight_of(const char *feature)
{
	int			lo = 0,
				hi = cd_confidence_nweights - 1;
	static bool indexed = false;

	if (!wmade)
	{
		indexed = weights_index();
		wmade = true;
	}
	if (indexed)
	{
		uint32_t	h = name_hash(feature) & (WSIZE - 1);

		for (; wslot[h] != 0; h = (h + 1) & (WSIZE - 1))
			if (strcmp(cd_confidence_weights[wslot[h] - 1].feature, feature) == 0)
				return &cd_confidence_weights[wslot[h] - 1];
		return NULL;
	}
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
 * scripts/confidence.py's WHY_KEYS is the same list (test/why_keys.py).
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

/*
 * The weight of "KIND:SECTION:PART" (SECTION NULL: "KIND:PART"), the name
 * put together without a format; an unknown feature, or one too long for
 * any, weighs 0.
 */
static double
part_weight(const char *kind, size_t kl, const char *section, const char *part, size_t len)
{
	char		name[96];
	size_t		sl = section ? strlen(section) : 0,
				n = 0;
	const CdWeight *w;

	if (kl + 1 + sl + 1 + len >= sizeof(name))
		return 0;
	memcpy(name, kind, kl);
	n = kl;
	name[n++] = ':';
	if (section)
	{
		memcpy(name + n, section, sl);
		n += sl;
		name[n++] = ':';
	}
	memcpy(name + n, part, len);
	n += len;
	name[n] = '\0';
	w = weight_of(name);
	return w ? w->weight : 0;
}

static double
confidence_of(const char *kind, const char *metric, const char *why, const char *qualifier,
			  const char *scope, bool has_percent, bool has_fraction)
{
	const CdWeight *bias;
	double		z;
	size_t		kl;

	if (!kind || (kl = strlen(kind)) > 32 || !(bias = weight_of(kind)))
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
			z += part_weight(kind, kl, "why", item, klen);
		}
	}
	if (metric && strlen(metric) < 32)
		z += part_weight(kind, kl, "metric", metric, strlen(metric));
	if (qualifier && strcmp(qualifier, "eq") != 0 && strlen(qualifier) < 16)
		z += part_weight(kind, kl, "qual", qualifier, strlen(qualifier));
	if (scope && strlen(scope) < 16)
		z += part_weight(kind, kl, "scope", scope, strlen(scope));
	if (has_percent)
		z += part_weight(kind, kl, NULL, "percent", 7);
	if (has_fraction)
		z += part_weight(kind, kl, NULL, "fraction", 8);
	return 1.0 / (1.0 + exp(-z));
}

/*
 * The confidences computed before, by their inputs: a report's facts repeat
 * a few combinations of kind, metric, why, qualifier and scope, and a lookup
 * here costs one pass over the inputs instead of eight or so weight lookups.
 * A slot holds the inputs written out (each string, or \x01 for NULL, then
 * a '\0'; then the two flags); inputs longer than a slot are not kept.
 */
#define MEMO_SLOTS 256
#define MEMO_KEY 200

static struct
{
	uint32_t	len;			/* 0: empty */
	double		p;
	char		key[MEMO_KEY];
}			memo[MEMO_SLOTS];

/* appends s (or the NULL mark) and a '\0' to key[*n]; false when it does not fit */
static bool
memo_put(char *key, size_t *n, const char *s)
{
	size_t		l = s ? strlen(s) : 1;

	if (*n + l + 1 > MEMO_KEY - 1)
		return false;
	if (s)
		memcpy(key + *n, s, l);
	else
		key[*n] = '\x01';
	*n += l;
	key[(*n)++] = '\0';
	return true;
}

double
cd_confidence(const char *kind, const char *metric, const char *why, const char *qualifier,
			  const char *scope, bool has_percent, bool has_fraction)
{
	char		key[MEMO_KEY];
	size_t		n = 0;
	uint64_t	h = 0;
	int			slot;
	double		p;

	if (!kind || !memo_put(key, &n, kind) || !memo_put(key, &n, metric) ||
		!memo_put(key, &n, why) || !memo_put(key, &n, qualifier) || !memo_put(key, &n, scope))
		return confidence_of(kind, metric, why, qualifier, scope, has_percent, has_fraction);
	key[n++] = (char) ('0' + (has_percent ? 1 : 0) + (has_fraction ? 2 : 0));
	/* (hashed eight bytes at a time) */
	for (size_t i = 0; i < n; i += 8)
	{
		uint64_t	x = 0;

		memcpy(&x, key + i, n - i < 8 ? n - i : 8);
		h = (h ^ x) * UINT64_C(0x9E3779B97F4A7C15);
	}
	slot = (int) ((h >> 32) & (MEMO_SLOTS - 1));
	if (memo[slot].len == n && memcmp(memo[slot].key, key, n) == 0)
		return memo[slot].p;
	p = confidence_of(kind, metric, why, qualifier, scope, has_percent, has_fraction);
	memcpy(memo[slot].key, key, n);
	memo[slot].len = (uint32_t) n;
	memo[slot].p = p;
	return p;
}
