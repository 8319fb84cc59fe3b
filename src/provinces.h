/*
 * provinces.h
 *		The 63 provinces and cities (and the 34 units after 2025-07-01), their
 *		names and aliases, and finding them in text (plain C + ICU).
 */
#ifndef CLUSTERDATA_PROVINCES_H
#define CLUSTERDATA_PROVINCES_H

#include <stdbool.h>
#include <stddef.h>

typedef struct CdProvince
{
	const char *code;			/* ISO 3166-2 */
	const char *name_vi;		/* canonical */
	const char *name_ascii;
	bool		city;
	int			unit_after_2025;	/* index of the unit it belongs to from 2025-07-01 */
	const char *aliases[12];		/* other spellings, NULL-terminated */
} CdProvince;

extern const CdProvince cd_provinces[];
extern const int cd_nprovinces;

/* words before a name that are not part of it ("tinh ", "province of "), as keys */
extern const char *const cd_province_prefixes[];

/*
 * The key of a name: case-folded, Latin diacritics removed (đ -> d),
 * punctuation and prefixes ("tỉnh", "thành phố", "tp", "province of") dropped,
 * words joined by single spaces.  Writes at most outsz bytes.
 */
void		cd_name_key(const char *s, size_t len, char *out, size_t outsz);

/* the province whose name, ASCII name, alias or ISO code has this key; -1 if none */
int			cd_province_lookup(const char *name, size_t len);

#endif
