/*
 * confidence_data.c
 *		The confidence model's weights, written by scripts/confidence.py from
 *		data/confidence.tsv: do not edit.
 */
#include "confidence.h"

const CdWeight cd_confidence_weights[] = {
	{"cluster", 3.784190},
	{"count", 1.594643},
	{"count:metric:case", -0.182905},
	{"count:metric:den", 0.087490},
	{"count:metric:gang", 0.563739},
	{"count:metric:group", 0.230235},
	{"count:metric:individual", 0.087490},
	{"count:metric:person", 0.171404},
	{"count:metric:suspect", -0.294917},
	{"count:qual:approx", -0.380699},
	{"count:qual:gt", 0.527445},
	{"count:scope:cluster", 0.111658},
	{"count:scope:province", 0.836730},
	{"count:why:part", 0.101910},
	{"count:why:unit", 0.662537},
	{"deputy", 1.791759},
	{"leader", 3.091042},
	{"member", 5.513429},
	{"period", 3.882932},
	{"period:metric:9M", 0.038843},
	{"period:metric:H1", 0.239257},
	{"period:metric:Q3", 0.038843},
	{"period:metric:year", 0.642708},
	{"rate", 1.585228},
	{"rate:fraction", 0.166493},
	{"rate:metric:criminal", 0.634283},
	{"rate:metric:drug", 0.056603},
	{"rate:metric:other", -0.454069},
	{"rate:metric:serious", 0.423071},
	{"rate:percent", 0.624278},
	{"rate:qual:approx", 0.055509},
	{"rate:qual:ge", 0.013531},
	{"rate:qual:gt", 0.211239},
	{"rate:scope:cluster", 0.021396},
	{"rate:scope:province", 0.089363},
	{"rate:why:bracket", 0.078350},
	{"rate:why:counts", 0.031871},
	{"rate:why:fraction", 0.134622},
	{"rate:why:inconsistent", 0.009198},
	{"rate:why:metric", 0.302611},
	{"rate:why:of", 0.117338},
	{"rate:why:rate", 0.244714},
	{"rate:why:restated", 0.035676},
	{"rate:why:solve", 1.187102},
	{"rate:why:solved", 0.087593},
	{"rate:why:total", 0.017157},
	{0, 0}
};
const int	cd_confidence_nweights = 46;
