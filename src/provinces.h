/*
 * provinces.h
 *		The 63 provinces and cities, and the units formed on 2025-07-01: their
 *		names, codes and aliases, and finding one from any name (plain C + ICU).
 */
#ifndef CLUSTERDATA_PROVINCES_H
#define CLUSTERDATA_PROVINCES_H

#include <stdbool.h>
#include <stddef.h>

/* more than the number of rows in cd_provinces; sizes per-province arrays */
#define CD_MAX_PROVINCES 128

typedef struct CdProvince
{
	const char *code;			/* ISO 3166-2 */
	const char *name_vi;		/* canonical */
	const char *name_ascii;
	bool		city;			/* a centrally governed city */
	bool		new_unit;		/* exists only from 2025 (not one of the 63) */
	int			unit_after_2025;	/* index of the unit it belongs to from 2025-07-01 */
	const char *aliases[32];	/* other spellings (data/province_names.tsv too), NULL-terminated */
} CdProvince;

extern const CdProvince cd_provinces[];
extern const int cd_nprovinces;

/* words around a name that are not part of it ("tinh ", "province of ", " province"), as keys */
extern const char *const cd_province_prefixes[];
extern const char *const cd_province_suffixes[];

/* a spelling rewrite for comparing names by sound (data/province_sounds.txt) */
typedef struct CdSoundRule
{
	const char *from,
			   *to;
	bool		at_end;			/* only at the end of a word */
} CdSoundRule;

extern const CdSoundRule cd_province_sounds[];	/* NULL-terminated */

/* more province values than the table can ever hold (arrays indexed by province) */
#define CD_PROVINCES_MAX 256

/* longest name accepted by cd_province_lookup, in bytes */
#define CD_PROVINCE_NAME_MAX 256

/*
 * The key of a name: case-folded, Latin diacritics removed (đ -> d),
 * punctuation and prefixes ("tỉnh", "thành phố", "tp", "province of") and
 * suffixes (" province") dropped, words joined by single spaces.  Writes at
 * most outsz bytes.
 */
void		cd_name_key(const char *s, size_t len, char *out, size_t outsz);

/*
 * The province a name means: its Vietnamese or ASCII name, an alias or the
 * ISO code, as a key; failing that, for a name in another script (Devanagari
 * ...), ICU's transliteration to Latin compared by sound with the ASCII
 * names, when exactly one province matches.  -1 if none.
 */
int			cd_province_lookup(const char *name, size_t len);

/* the same, by exact key only (no transliteration) */
int			cd_province_lookup_key(const char *key);

/* the phonetic skeleton used by the transliteration fallback (exposed for tests) */
void		cd_name_skeleton(const char *latin, char *out, size_t outsz, bool transliterated);

/*
 * Could this word (in a script other than Latin) begin a province name, by
 * sound?  A cheap filter before cd_province_lookup on the words that follow;
 * answers are cached per word for the life of the process.
 */
bool		cd_province_may_start(const char *word, size_t len);

/* the unit a province belongs to on a date given as yyyymmdd */
int			cd_province_successor(int p, int yyyymmdd);

#endif
