/*
 * provinces.c
 *		Province names and keys: see provinces.h.
 *
 * Every name, ASCII name, alias and ISO code is turned into a key once, on
 * first use, and kept in a sorted array; a lookup is one key computation and
 * a binary search.  Names in another script that no alias covers go through
 * ICU's transliterator ("Any-Latin; Latin-ASCII; Lower") and are compared by
 * a phonetic skeleton with the ASCII names.  The caches live for the life of
 * the process (malloc, not the caller's allocator); they are built by one
 * thread, which is how PostgreSQL backends and the tools use them.
 */
#define _POSIX_C_SOURCE 200809L	/* strdup */
#include "provinces.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "cdtext.h"

static bool
strip_affix(char *out, size_t *o, const char *affix, bool prefix)
{
	size_t		al = strlen(affix);

	if (*o <= al)
		return false;
	if (prefix && strncmp(out, affix, al) == 0)
	{
		memmove(out, out + al, *o - al + 1);
		*o -= al;
		return true;
	}
	if (!prefix && strcmp(out + *o - al, affix) == 0)
	{
		*o -= al;
		out[*o] = '\0';
		return true;
	}
	return false;
}

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
		/* Hangul syllables stay whole, as in the parser's word keys */
		dn = (c >= 0xAC00 && c <= 0xD7A3) ? 0 : unorm2_getDecomposition(nfd, c, d, 8, &err);
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
	/* drop one administrative prefix and one suffix */
	for (int k = 0; cd_province_prefixes[k]; k++)
		if (strip_affix(out, &o, cd_province_prefixes[k], true))
			break;
	for (int k = 0; cd_province_suffixes[k]; k++)
		if (strip_affix(out, &o, cd_province_suffixes[k], false))
			break;
}

/* ------------------------------------------------------------ key index */

typedef struct KeyEntry
{
	char	   *key;
	int			p;
} KeyEntry;

static KeyEntry *keys;
static int	nkeys;

static int
key_cmp(const void *a, const void *b)
{
	return strcmp(((const KeyEntry *) a)->key, ((const KeyEntry *) b)->key);
}

static void
key_add(int *cap, const char *name, int p)
{
	char		k[CD_PROVINCE_NAME_MAX];

	cd_name_key(name, strlen(name), k, sizeof(k));
	if (k[0] == '\0' || nkeys >= *cap)
		return;
	/* the first row that claims a key keeps it (the table's order decides) */
	for (int i = 0; i < nkeys; i++)
		if (strcmp(keys[i].key, k) == 0)
			return;
	keys[nkeys].key = strdup(k);
	if (keys[nkeys].key)
		keys[nkeys++].p = p;
}

static bool
build_keys(void)
{
	int			cap = 0;

	if (keys)
		return true;
	for (int p = 0; p < cd_nprovinces; p++)
	{
		cap += 3;
		for (int a = 0; cd_provinces[p].aliases[a]; a++)
			cap++;
	}
	keys = calloc((size_t) cap, sizeof(KeyEntry));
	if (!keys)
		return false;
	/* names first, then ASCII names, codes and aliases */
	for (int p = 0; p < cd_nprovinces; p++)
		key_add(&cap, cd_provinces[p].name_vi, p);
	for (int p = 0; p < cd_nprovinces; p++)
	{
		const CdProvince *P = &cd_provinces[p];

		key_add(&cap, P->name_ascii, p);
		key_add(&cap, P->code, p);
		for (int a = 0; P->aliases[a]; a++)
			key_add(&cap, P->aliases[a], p);
	}
	qsort(keys, (size_t) nkeys, sizeof(KeyEntry), key_cmp);
	return true;
}

int
cd_province_lookup_key(const char *key)
{
	KeyEntry	probe,
			   *hit;

	if (!key[0] || !build_keys())
		return -1;
	probe.key = (char *) key;
	hit = bsearch(&probe, keys, (size_t) nkeys, sizeof(KeyEntry), key_cmp);
	return hit ? hit->p : -1;
}

/* ------------------------------------------------------------ by sound */

static bool
is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/*
 * A Latin name reduced to what survives transliteration through an Indic
 * script: per word, the rewrites of data/province_sounds.txt map Vietnamese
 * spellings and their transliterated forms together, then vowels are
 * dropped.  A transliterated name first loses the inherent vowel ICU writes
 * at the end of a word ("binha" -> "binh").
 */
void
cd_name_skeleton(const char *latin, char *out, size_t outsz, bool transliterated)
{
	char		w[CD_PROVINCE_NAME_MAX];
	size_t		o = 0;
	const char *s = latin;

	if (outsz == 0)
		return;
	out[0] = '\0';
	while (*s)
	{
		size_t		n = 0;

		while (*s && !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
			s++;
		while (*s && *s != ' ' && *s != '-' && n + 1 < sizeof(w))
		{
			char		c = *s++;

			if (c >= 'A' && c <= 'Z')
				c += 32;
			if (c >= 'a' && c <= 'z')
				w[n++] = c;
		}
		w[n] = '\0';
		if (n == 0)
			continue;
		if (transliterated && n > 2 && w[n - 1] == 'a' && !is_vowel(w[n - 2]))
			w[--n] = '\0';
		/* end-of-word rewrites */
		for (const CdSoundRule *r = cd_province_sounds; r->from; r++)
		{
			size_t		fl = strlen(r->from),
						tl = strlen(r->to);

			if (r->at_end && n >= fl && tl <= fl && strcmp(w + n - fl, r->from) == 0)
			{
				memcpy(w + n - fl, r->to, tl);
				n = n - fl + tl;
				w[n] = '\0';
				break;
			}
		}
		if (o > 0 && o + 1 < outsz)
			out[o++] = ' ';
		for (size_t i = 0; i < n && o + 1 < outsz;)
		{
			const CdSoundRule *hit = NULL;

			for (const CdSoundRule *r = cd_province_sounds; r->from && !hit; r++)
				if (!r->at_end && strncmp(w + i, r->from, strlen(r->from)) == 0)
					hit = r;
			if (hit)
			{
				for (const char *t = hit->to; *t && o + 1 < outsz; t++)
					if (!is_vowel(*t))
						out[o++] = *t;
				i += strlen(hit->from);
				continue;
			}
			if (!is_vowel(w[i]))
				out[o++] = w[i];
			i++;
		}
		out[o] = '\0';
	}
}

typedef struct Skel
{
	char		spaced[64],
				joined[64];
} Skel;

static Skel *skels;
static UTransliterator *to_latin;

static void
join(const char *in, char *out, size_t outsz)
{
	size_t		o = 0;

	for (; *in && o + 1 < outsz; in++)
		if (*in != ' ')
			out[o++] = *in;
	out[o] = '\0';
}

static bool
build_skeletons(void)
{
	UErrorCode	err = U_ZERO_ERROR;
	static const UChar id[] = u"Any-Latin; Latin-ASCII; Lower";

	if (skels && to_latin)
		return true;
	if (!skels)
	{
		skels = calloc((size_t) cd_nprovinces, sizeof(Skel));
		if (!skels)
			return false;
		for (int p = 0; p < cd_nprovinces; p++)
		{
			cd_name_skeleton(cd_provinces[p].name_ascii, skels[p].spaced, sizeof(skels[p].spaced), false);
			join(skels[p].spaced, skels[p].joined, sizeof(skels[p].joined));
		}
	}
	to_latin = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
	return U_SUCCESS(err) && to_latin;
}

/* does the name hold a letter outside the Latin script? */
static bool
non_latin(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		UChar32		c = cd_next(s, len, &i);
		UErrorCode	err = U_ZERO_ERROR;

		if (c >= 0x80 && u_isalpha(c) && uscript_getScript(c, &err) != USCRIPT_LATIN)
			return true;
	}
	return false;
}

/* the skeleton of a name in another script, through ICU's transliterator */
static bool
sound_skeleton(const char *s, size_t len, char *sk, size_t sksz)
{
	UChar		u[CD_PROVINCE_NAME_MAX * 4];
	char		latin[CD_PROVINCE_NAME_MAX * 4];
	int32_t		ulen = 0,
				limit,
				llen = 0;
	UErrorCode	err = U_ZERO_ERROR;

	if (len >= CD_PROVINCE_NAME_MAX || !build_skeletons())
		return false;
	u_strFromUTF8(u, CD_PROVINCE_NAME_MAX, &ulen, s, (int32_t) len, &err);
	if (U_FAILURE(err))
		return false;
	limit = ulen;
	utrans_transUChars(to_latin, u, &ulen, (int32_t) (sizeof(u) / sizeof(u[0])), 0, &limit, &err);
	if (U_FAILURE(err))
		return false;
	u_strToUTF8(latin, (int32_t) sizeof(latin) - 1, &llen, u, limit, &err);
	if (U_FAILURE(err))
		return false;
	latin[llen] = '\0';
	cd_name_skeleton(latin, sk, sksz, true);
	return sk[0] != '\0';
}

static int
lookup_by_sound(const char *key)
{
	char		sk[64],
				skj[64];
	int			found = -1;

	if (!sound_skeleton(key, strlen(key), sk, sizeof(sk)))
		return -1;
	/* exactly one province by word, else exactly one with the words joined */
	for (int pass = 0; pass < 2; pass++)
	{
		int			hits = 0;

		if (pass == 1)
			join(sk, skj, sizeof(skj));
		for (int p = 0; p < cd_nprovinces; p++)
			if (strcmp(pass ? skels[p].joined : skels[p].spaced, pass ? skj : sk) == 0)
			{
				hits++;
				found = p;
			}
		if (hits == 1)
			return found;
		if (hits > 1)
			return -1;
	}
	return -1;
}

/* ------------------------------------------------------------ cache */

/*
 * Answers by sound are cached per string (a word, or a run of words): text
 * repeats its words, and a transliteration costs far more than a probe.
 * Four ways a set: a string not there takes the place of the set's oldest,
 * so that the words of a long run of text in another script stay cached
 * however many distinct words went before.
 */
#define SOUND_WAYS 4
#define SOUND_SETS 4096
#define SOUND_KEY 96

typedef struct SoundSlot
{
	char		key[SOUND_KEY];
	unsigned char len;			/* 0: empty */
	char		what;			/* 's': may start, 'l': lookup */
	int16_t		value;
} SoundSlot;

static SoundSlot *sound_cache;	/* SOUND_SETS sets of SOUND_WAYS */
static uint8_t *sound_next;		/* per set: the way a new string takes */

static bool
may_start_uncached(const char *word, size_t len)
{
	char		sk[64];

	if (!sound_skeleton(word, len, sk, sizeof(sk)))
		return false;
	for (int p = 0; p < cd_nprovinces; p++)
	{
		const char *sp = skels[p].spaced;
		size_t		n = strlen(sk);

		/* the first word of the name, or the whole name written as one word */
		if ((strncmp(sp, sk, n) == 0 && (sp[n] == ' ' || sp[n] == '\0')) ||
			strcmp(skels[p].joined, sk) == 0)
			return true;
	}
	return false;
}

static int	lookup_uncached(const char *name, size_t len);

static int
sound_cached(char what, const char *s, size_t len)
{
	uint32_t	h = 2166136261u ^ (unsigned char) what;
	SoundSlot  *set;
	int			v;

	if (!sound_cache && len > 0 && len < SOUND_KEY)
	{
		SoundSlot  *c = calloc(SOUND_SETS * SOUND_WAYS, sizeof(SoundSlot));
		uint8_t    *nx = calloc(SOUND_SETS, 1);

		if (c && nx)
		{
			sound_cache = c;
			sound_next = nx;
		}
		else
		{
			free(c);
			free(nx);
		}
	}
	if (len == 0 || len >= SOUND_KEY || !sound_cache)
		return what == 's' ? may_start_uncached(s, len) : lookup_uncached(s, len);
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	h &= SOUND_SETS - 1;
	set = &sound_cache[h * SOUND_WAYS];
	for (int k = 0; k < SOUND_WAYS; k++)
		if (set[k].len == len && set[k].what == what && memcmp(set[k].key, s, len) == 0)
			return set[k].value;
	v = what == 's' ? may_start_uncached(s, len) : lookup_uncached(s, len);
	{
		SoundSlot  *sl = &set[sound_next[h]];

		sound_next[h] = (uint8_t) ((sound_next[h] + 1) % SOUND_WAYS);
		memcpy(sl->key, s, len);
		sl->len = (unsigned char) len;
		sl->what = what;
		sl->value = (int16_t) v;
	}
	return v;
}

bool
cd_province_may_start(const char *word, size_t len)
{
	return sound_cached('s', word, len) != 0;
}

static int
lookup_uncached(const char *name, size_t len)
{
	char		key[CD_PROVINCE_NAME_MAX];

	cd_name_key(name, len, key, sizeof(key));
	return lookup_by_sound(key);
}

int
cd_province_lookup(const char *name, size_t len)
{
	char		key[CD_PROVINCE_NAME_MAX];
	int			p;

	if (len >= CD_PROVINCE_NAME_MAX)
		return -1;
	cd_name_key(name, len, key, sizeof(key));
	p = cd_province_lookup_key(key);
	if (p < 0 && key[0] && non_latin(key, strlen(key)))
		p = sound_cached('l', name, len);
	return p;
}

int
cd_province_successor(int p, int yyyymmdd)
{
	if (p < 0 || p >= cd_nprovinces)
		return -1;
	return yyyymmdd >= 20250701 ? cd_provinces[p].unit_after_2025 : p;
}
