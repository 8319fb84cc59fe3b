/*
 * provinces.c
 *		Province names and keys: see provinces.h.
 */
#include "provinces.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "cdtext.h"

void
cd_name_key(const char *s, size_t len, char *out, size_t outsz)
{
	UErrorCode	err = U_ZERO_ERROR;
	const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
	size_t		o = 0,
				i = 0;
	bool		space = true;

	if (outsz == 0)
		return;
	while (i < len && U_SUCCESS(err))
	{
		UChar32		c = cd_next(s, len, &i);
		UChar		d[8];
		int32_t		dn;

		c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
		if (c == 0x0111)
			c = 'd';
		dn = unorm2_getDecomposition(nfd, c, d, 8, &err);
		if (dn <= 0)
		{
			err = U_ZERO_ERROR;
			dn = 0;
			U16_APPEND_UNSAFE(d, dn, c);
		}
		for (int32_t k = 0; k < dn;)
		{
			UChar32		e;

			U16_NEXT(d, k, dn, e);
			if (e >= 0x0300 && e <= 0x036F)
				continue;
			if (cd_is_word(e))
			{
				char		b[4];
				int			n = cd_put(b, e);

				if (o + n + 1 >= outsz)
					goto done;
				memcpy(out + o, b, n);
				o += n;
				space = false;
			}
			else if (!space && o + 2 < outsz)
			{
				out[o++] = ' ';
				space = true;
			}
		}
	}
done:
	while (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	/* drop a leading administrative prefix */
	for (int k = 0; cd_province_prefixes[k]; k++)
	{
		size_t		pl = strlen(cd_province_prefixes[k]);

		if (o > pl && strncmp(out, cd_province_prefixes[k], pl) == 0)
		{
			memmove(out, out + pl, o - pl + 1);
			o -= pl;
		}
	}
}

int
cd_province_lookup(const char *name, size_t len)
{
	char		key[256],
				k2[256];

	cd_name_key(name, len, key, sizeof(key));
	if (key[0] == '\0')
		return -1;
	for (int p = 0; p < cd_nprovinces; p++)
	{
		const CdProvince *P = &cd_provinces[p];

		cd_name_key(P->name_vi, strlen(P->name_vi), k2, sizeof(k2));
		if (strcmp(key, k2) == 0)
			return p;
		cd_name_key(P->code, strlen(P->code), k2, sizeof(k2));
		if (strcmp(key, k2) == 0)
			return p;
		for (int a = 0; P->aliases[a]; a++)
		{
			cd_name_key(P->aliases[a], strlen(P->aliases[a]), k2, sizeof(k2));
			if (strcmp(key, k2) == 0)
				return p;
		}
	}
	return -1;
}
