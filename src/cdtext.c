/*
 * cdtext.c
 *		Text plumbing of the scanner core: see cdtext.h.
 */
#define _POSIX_C_SOURCE 200809L	/* strdup */
#include "cdtext.h"

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

CdAllocator cd_allocator = {malloc, realloc, free};
void		(*cd_interrupt_hook) (void) = NULL;

const uint16_t *cd_fold_bmp;

#define fold_cp(c) cd_fold_cp(c)

/* ------------------------------------------------------------------ input */

/*
 * Properties of the code points below 0x10000, from ICU, built once: one
 * byte each, so that the scanners ask ICU only outside the BMP.
 */
#define CP_NFC_MAYBE 1			/* NFC quick check not "yes" (marks that may
								 * compose, decomposed jamo, singletons) */
#define CP_STERM 2				/* Sentence_Terminal */
#define CP_WORD 4				/* letter, digit or combining mark */
#define CP_CCC 8				/* canonical combining class not 0 */
#define CP_DIGIT 16				/* decimal digit (u_isdigit) */
static uint8_t *cp_props;

static bool
word_icu(UChar32 c)
{
	return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

/*
 * The tables are filled a block of 256 code points at a time, when one of
 * the block is first asked for (asking ICU of all 65,536 code points costs
 * a backend's first call several milliseconds, and a text meets few blocks)
 */
#define CP_UNSET 0x80			/* the code point's block is not filled yet */
#define CP_BLOCK 256
static uint16_t *fold_bmp;		/* cd_fold_bmp, written here */

/* the properties of a code point, from ICU */
static uint8_t
props_of(UChar32 c)
{
	int8_t		gc = u_charType(c);

	/* (word_icu and u_isdigit from one general category: letters, decimal digits, marks) */
	return (uint8_t) ((c >= 0x80 && u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES ? CP_NFC_MAYBE : 0) |
					  (u_hasBinaryProperty(c, UCHAR_S_TERM) ? CP_STERM : 0) |
					  ((U_MASK(gc) & (U_GC_L_MASK | U_GC_ND_MASK | U_GC_M_MASK)) ? CP_WORD : 0) |
					  (u_getCombiningClass(c) != 0 ? CP_CCC : 0) |
					  (gc == U_DECIMAL_DIGIT_NUMBER ? CP_DIGIT : 0));
}

/* fill the block of c (below 0x10000); c's properties */
static CD_NOINLINE uint8_t
fill_block(UChar32 c)
{
	UChar32		b = c & ~(CP_BLOCK - 1);

	for (UChar32 k = b; k < b + CP_BLOCK; k++)
	{
		UChar32		f = u_foldCase(k, U_FOLD_CASE_DEFAULT);

		/* 0: a folding outside the BMP, asked of ICU */
		fold_bmp[k] = (uint16_t) (f < 0x10000 ? f : 0);
		cp_props[k] = props_of(k);
	}
	return cp_props[c];
}

/* the properties of c (below 0x10000; the tables made) */
static inline uint8_t
cp_get(UChar32 c)
{
	uint8_t		v = cp_props[c];

	return (v & CP_UNSET) ? fill_block(c) : v;
}

static bool
nfc_table(void)
{
	uint8_t    *tab;
	uint16_t   *fold;

	if (cp_props)
		return true;
	tab = malloc(0x10000);
	fold = calloc(0x10000, sizeof(uint16_t));
	if (!tab || !fold)
	{
		free(tab);
		free(fold);
		return false;
	}
	memset(tab, CP_UNSET, 0x10000);
	cp_props = tab;
	fold_bmp = fold;
	cd_fold_bmp = fold;
	return true;
}

UChar32
cd_fold_slow(UChar32 c)
{
	/* (a block not filled yet: filled now, and its table read) */
	if (c >= 0 && c < 0x10000 && cp_props && (cp_props[c] & CP_UNSET))
	{
		(void) fill_block(c);
		if (fold_bmp[c])
			return fold_bmp[c];
	}
	return u_foldCase(c, U_FOLD_CASE_DEFAULT);
}

bool
cd_sentence_term(UChar32 c)
{
	if (c >= 0 && c < 0x10000 && cp_props)
		return (cp_get(c) & CP_STERM) != 0;
	return u_hasBinaryProperty(c, UCHAR_S_TERM);
}

/* letter, digit or combining mark (part of a word) */
bool
cd_is_word_slow(UChar32 c)
{
	if (c >= 0 && c < 0x10000 && (cp_props || nfc_table()))
		return (cp_get(c) & CP_WORD) != 0;
	return word_icu(c);
}

bool
cd_is_digit(UChar32 c)
{
	if (c >= 0 && c < 0x10000 && (cp_props || nfc_table()))
		return (cp_get(c) & CP_DIGIT) != 0;
	return u_isdigit(c);
}

/* the canonical combining class of c */
static inline uint8_t
comb_class(UChar32 c)
{
	if (c < 0x10000 && cp_props && !(cp_get(c) & CP_CCC))
		return 0;
	return u_getCombiningClass(c);
}

/* is c "yes" for the NFC quick check? */
static inline bool
nfc_yes(UChar32 c)
{
	if (c < 0x10000 && cp_props)
		return !(cp_get(c) & CP_NFC_MAYBE);
	return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
}

/*
 * Does c (below 0x10000, of properties v) keep the text from being NFC as
 * it stands: not "yes" for the NFC quick check, or a mark whose combining
 * class is below that of the mark right before it (*mark; canonical order
 * would swap them: U+0651 U+064E)?  *mark becomes c when c has a class.
 */
static inline bool
mark_out_of_order(uint8_t v, UChar32 c, UChar32 *mark)
{
	if (v & CP_NFC_MAYBE)
		return true;
	if (!(v & CP_CCC))
	{
		*mark = -1;
		return false;
	}
	if (*mark >= 0 && comb_class(*mark) > comb_class(c))
		return true;
	*mark = c;
	return false;
}

/* might the text not be NFC?  (false: it is NFC as it stands) */
static bool
maybe_not_nfc(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0;
	UChar32		mark = -1;		/* the character before, when it has a combining class */

	if (!nfc_table())
		return true;
	while (i < len)
	{
		UChar32		c;
		uint64_t	x;
		uint8_t		v;

		/*
		 * Eight bytes below 0xCC at once: a byte of 0xCC or more begins a
		 * character (it is no continuation byte), so none is passed unread
		 */
		if (i + 8 <= len)
		{
			memcpy(&x, u + i, 8);
			/* the high bit of each byte: set when the byte is 0xCC or more */
			if ((((x & UINT64_C(0x7f7f7f7f7f7f7f7f)) + UINT64_C(0x3434343434343434)) & x &
				 UINT64_C(0x8080808080808080)) == 0)
			{
				i += 8;
				mark = -1;
				continue;
			}
		}
		if (u[i] < 0xCC)
		{
			/* ASCII, and lead bytes of U+0000..U+02FF: all NFC-inert, of class 0 */
			i += u[i] < 0x80 ? 1 : 1 + (i + 1 < len && (u[i + 1] & 0xC0) == 0x80);
			mark = -1;
			continue;
		}
		/*
		 * A run of well-formed three-byte characters (Devanagari,
		 * Vietnamese letters, Han): decoded here, as cd_next decodes them
		 */
		while (i + 2 < len && (u[i] & 0xF0) == 0xE0 && (u[i + 1] & 0xC0) == 0x80 &&
			   (u[i + 2] & 0xC0) == 0x80)
		{
			c = ((u[i] & 0x0F) << 12) | ((u[i + 1] & 0x3F) << 6) | (u[i + 2] & 0x3F);
			if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
				break;
			/* (one test for all: the block's table not filled yet, not "yes", a mark) */
			v = cp_props[c];
			if (v & (CP_NFC_MAYBE | CP_UNSET | CP_CCC))
			{
				if (mark_out_of_order(cp_get(c), c, &mark))
					return true;
			}
			else
				mark = -1;
			i += 3;
		}
		if (i >= len || u[i] < 0xCC)
			continue;
		c = cd_next(s, len, &i);
		if (c >= 0x10000)
		{
			uint8_t		cc = u_getCombiningClass(c);

			if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES ||
				(cc != 0 && mark >= 0 && comb_class(mark) > cc))
				return true;
			mark = cc != 0 ? c : -1;
		}
		else if (mark_out_of_order(cp_get(c), c, &mark))
			return true;
	}
	return false;
}

/* the input character index of NFC character c (c <= map_len) */
static inline int32_t
map_at(const CdText *t, int32_t c)
{
	if (c >= t->map_len)
		return t->in_chars;
	return t->map_base[c / CD_MAP_BLOCK] + t->map_off[c];
}

static void
text_free_parts(CdText *t)
{
	void	   *parts[] = {t->owned, t->map_base, t->map_off, t->in_step, t->ck_step, t->fold};

	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
		if (parts[i])
			cd_free(parts[i]);
	t->owned = NULL;
	t->map_base = NULL;
	t->map_off = NULL;
	t->in_step = NULL;
	t->ck_step = NULL;
	t->fold = NULL;
}

/* room for `more` bytes of output and `chars` more map entries */
static bool
text_room(CdText *t, size_t *cap, size_t o, size_t more, int32_t *mcap, int32_t nch, int32_t chars)
{
	if (o + more > *cap)
	{
		size_t		nc = *cap + *cap / 2 + more + 64;
		char	   *p = cd_realloc(t->owned, nc);

		if (!p)
			return false;
		t->owned = p;
		*cap = nc;
	}
	if (nch + chars + 1 > *mcap)
	{
		int32_t		nc = *mcap + *mcap / 2 + chars + CD_MAP_BLOCK;
		uint16_t   *off = cd_realloc(t->map_off, (size_t) nc * sizeof(uint16_t));
		int32_t    *base;

		if (!off)
			return false;
		t->map_off = off;
		base = cd_realloc(t->map_base, ((size_t) nc / CD_MAP_BLOCK + 1) * sizeof(int32_t));
		if (!base)
			return false;
		t->map_base = base;
		*mcap = nc;
	}
	return true;
}

bool
cd_text_init(CdText *t, const char *s, size_t len)
{
	UErrorCode	err = U_ZERO_ERROR;
	const UNormalizer2 *nfc;
	size_t		o = 0,
				i = 0,
				cap;
	int32_t		nch = 0,
				inch = 0,
				mcap;

	memset(t, 0, sizeof(*t));
	t->s = s;
	t->len = len;
	t->in_s = s;
	t->in_len = len;
	if (!maybe_not_nfc(s, len))
		return true;

	nfc = unorm2_getNFCInstance(&err);
	if (U_FAILURE(err))
		return false;
	/* NFC text is about as long as its input; the buffers grow when it is not */
	cap = len + 64;
	mcap = (int32_t) (len < INT32_MAX / 2 ? len : INT32_MAX / 2) + CD_MAP_BLOCK;
	t->owned = cd_alloc(cap);
	t->map_off = cd_alloc((size_t) mcap * sizeof(uint16_t));
	t->map_base = cd_alloc(((size_t) mcap / CD_MAP_BLOCK + 1) * sizeof(int32_t));
	t->in_step = cd_alloc((len / CD_IN_STEP + 2) * sizeof(uint32_t));
	if (!t->owned || !t->map_off || !t->map_base || !t->in_step)
	{
		text_free_parts(t);
		return false;
	}
	while (i < len)
	{
		/*
		 * A segment: a starter and the combining marks after it (at most
		 * CD_SEG_MAX * 2 units), normalised on its own.  A segment whose
		 * characters are all "yes" for NFC and whose marks are in canonical
		 * order is NFC already (the quick check of UAX #15): its bytes are
		 * copied, and only the others go through the normaliser.
		 */
		UChar		seg[CD_SEG_MAX * 2 + 4],
					norm[CD_SEG_MAX * 2 * 3 + 8];
		int32_t		segn = 0,
					nn;
		int32_t		seg_in = inch;
		size_t		j = i;
		bool		yes = true;
		uint8_t		last_cc = 0;

		if (((const unsigned char *) s)[i] < 0x80)
		{
			/*
			 * A run of ASCII: each character a segment of its own, copied,
			 * up to the last one (marks may follow it) unless the text ends
			 */
			const unsigned char *u = (const unsigned char *) s;
			size_t		r = i;
			int32_t		n;

			while (r + 1 < len && u[r + 1] < 0x80)
				r++;
			if (r + 1 >= len)
				r = len;
			n = (int32_t) (r - i);
			if (n > 0)
			{
				if (!text_room(t, &cap, o, (size_t) n, &mcap, nch, n))
				{
					text_free_parts(t);
					return false;
				}
				memcpy(t->owned + o, s + i, (size_t) n);
				o += (size_t) n;
				for (int32_t k = 0; k < n; k++)
				{
					if (inch % CD_IN_STEP == 0)
						t->in_step[inch / CD_IN_STEP] = (uint32_t) (i + (size_t) k);
					if (nch % CD_MAP_BLOCK == 0)
						t->map_base[nch / CD_MAP_BLOCK] = inch;
					t->map_off[nch] = (uint16_t) (inch - t->map_base[nch / CD_MAP_BLOCK]);
					nch++;
					inch++;
				}
				i = r;
				continue;
			}
		}

		do
		{
			size_t		before = j;
			UChar32		c;
			uint8_t		cc;

			if (((const unsigned char *) s)[j] < 0x80)
			{
				/* ASCII: a starter, NFC as it stands */
				if (segn > 0)
					break;
				c = (unsigned char) s[j++];
				cc = 0;
			}
			else
			{
				c = cd_next(s, len, &j);
				cc = comb_class(c);
				if (segn > 0 && (cc == 0 || segn >= CD_SEG_MAX * 2))
				{
					j = before;
					break;
				}
				/* U+FFFD may stand for bytes that were no UTF-8: never copied */
				if (c == 0xFFFD || !nfc_yes(c) || (cc != 0 && last_cc > cc))
					yes = false;
			}
			last_cc = cc;
			U16_APPEND_UNSAFE(seg, segn, c);
			if (inch % CD_IN_STEP == 0)
				t->in_step[inch / CD_IN_STEP] = (uint32_t) before;
			inch++;
		} while (j < len);
		if (yes)
		{
			int32_t		nchars = inch - seg_in;

			if (!text_room(t, &cap, o, j - i, &mcap, nch, nchars))
			{
				text_free_parts(t);
				return false;
			}
			memcpy(t->owned + o, s + i, j - i);
			o += j - i;
			for (int32_t k = 0; k < nchars; k++)
			{
				if (nch % CD_MAP_BLOCK == 0)
					t->map_base[nch / CD_MAP_BLOCK] = seg_in;
				t->map_off[nch] = (uint16_t) (seg_in - t->map_base[nch / CD_MAP_BLOCK]);
				nch++;
			}
			i = j;
			continue;
		}
		i = j;
		err = U_ZERO_ERROR;
		nn = unorm2_normalize(nfc, seg, segn, norm, (int32_t) (sizeof(norm) / sizeof(UChar)), &err);
		if (U_FAILURE(err) || !text_room(t, &cap, o, (size_t) nn * 4, &mcap, nch, nn))
		{
			text_free_parts(t);
			return false;
		}
		for (int32_t k = 0; k < nn;)
		{
			UChar32		c;

			U16_NEXT(norm, k, nn, c);
			o += cd_put(t->owned + o, c);
			if (nch % CD_MAP_BLOCK == 0)
				t->map_base[nch / CD_MAP_BLOCK] = seg_in;
			t->map_off[nch] = (uint16_t) (seg_in - t->map_base[nch / CD_MAP_BLOCK]);
			nch++;
		}
	}
	t->s = t->owned;
	t->len = o;
	t->map_len = nch;
	t->in_chars = inch;
	return true;
}

void
cd_text_free(CdText *t)
{
	text_free_parts(t);
}

/* characters (bytes that are not UTF-8 continuation bytes) in s[k, b) */
int32_t
cd_chars_between(const char *s, size_t k, size_t b)
{
	const unsigned char *u = (const unsigned char *) s;
	int32_t		c = 0;

	/* eight bytes at a time: a continuation byte is 10xxxxxx */
	for (; k + 8 <= b; k += 8)
	{
		uint64_t	x,
					cont;

		memcpy(&x, u + k, 8);
		cont = (x & ~(x << 1) & UINT64_C(0x8080808080808080)) >> 7;
		/* one bit per continuation byte, summed into the top byte */
		c += 8 - (int32_t) ((cont * UINT64_C(0x0101010101010101)) >> 56);
	}
#ifdef CD_LANES_LE
	if (k < b && b >= 8)
	{
		uint64_t	x,
					cont;

		/* the last b - k bytes: the eight that end at b, the others shifted out */
		memcpy(&x, u + b - 8, 8);
		x >>= 8 * (8 - (b - k));
		cont = (x & ~(x << 1) & UINT64_C(0x8080808080808080)) >> 7;
		return c + (int32_t) (b - k) - (int32_t) ((cont * UINT64_C(0x0101010101010101)) >> 56);
	}
#endif
	for (; k < b; k++)
		c += (u[k] & 0xC0) != 0x80;
	return c;
}

/* the characters before every CD_CK_STEP-th byte; false if out of memory */
static bool
char_steps(CdText *t)
{
	size_t		n = t->len / CD_CK_STEP + 1;
	int32_t    *st;
	int32_t		c = 0;

	if (t->ck_step)
		return true;
	if (t->ck_nostep || !(st = cd_alloc(n * sizeof(int32_t))))
	{
		t->ck_nostep = true;
		return false;
	}
	for (size_t k = 0; k < n; k++)
	{
		st[k] = c;
		if (k + 1 < n)
			c += cd_chars_between(t->s, k * CD_CK_STEP, (k + 1) * CD_CK_STEP);
	}
	t->ck_step = st;
	return true;
}

/* character index of byte b in the prepared text */
static int32_t
prepared_char(CdText *t, size_t b)
{
	const unsigned char *u = (const unsigned char *) t->s;
	int32_t		c;

	if (b > t->len)
		b = t->len;
	if (b >= t->ck_byte && b - t->ck_byte < CD_CK_STEP)
		/* just after the checkpoint */
		c = t->ck_char + cd_chars_between((const char *) u, t->ck_byte, b);
	else if (char_steps(t))
		c = t->ck_step[b / CD_CK_STEP] + cd_chars_between((const char *) u, b / CD_CK_STEP * CD_CK_STEP, b);
	else if (b >= t->ck_byte)
		c = t->ck_char + cd_chars_between((const char *) u, t->ck_byte, b);
	else
		c = cd_chars_between((const char *) u, 0, b);
	t->ck_byte = b;
	t->ck_char = c;
	return c;
}

int32_t
cd_text_char(CdText *t, size_t b)
{
	int32_t		c = prepared_char(t, b);

	if (t->map_off)
		return map_at(t, c);
	return c;
}

int32_t
cd_text_char_end(CdText *t, size_t b)
{
	int32_t		c = prepared_char(t, b);

	if (!t->map_off)
		return c;
	if (c >= t->map_len)
		return t->in_chars;
	/* b splits an input segment ("2" + U+0301): the span takes the whole segment */
	if (c > 0 && map_at(t, c) == map_at(t, c - 1))
	{
		int32_t		seg = map_at(t, c - 1);

		while (c < t->map_len && map_at(t, c) == seg)
			c++;
	}
	return map_at(t, c);
}

/* byte offset in the input of its character ci, read as cd_next reads them */
static size_t
input_byte(CdText *t, int32_t ci)
{
	int32_t		c;
	size_t		b;

	if (ci <= 0)
		return 0;
	if (ci >= t->in_chars)
		return t->in_len;
	/* from the cursor when it is just behind, else from the step before */
	if (t->in_cur_char <= ci && ci - t->in_cur_char < CD_IN_STEP && t->in_cur_char > 0)
	{
		c = t->in_cur_char;
		b = t->in_cur_byte;
	}
	else
	{
		c = ci / CD_IN_STEP * CD_IN_STEP;
		b = t->in_step[ci / CD_IN_STEP];
	}
	while (c < ci && b < t->in_len)
	{
		(void) cd_next(t->in_s, t->in_len, &b);
		c++;
	}
	t->in_cur_char = c;
	t->in_cur_byte = b;
	return b;
}

void
cd_text_input_span(CdText *t, size_t bstart, size_t bend, int32_t cstart, int32_t cend,
				   size_t *istart, size_t *iend)
{
	if (!t->map_off)
	{
		/* the prepared text is the input */
		*istart = bstart;
		*iend = bend;
		return;
	}
	cstart = cstart < 0 ? 0 : cstart > t->in_chars ? t->in_chars : cstart;
	cend = cend < cstart ? cstart : cend > t->in_chars ? t->in_chars : cend;
	*istart = input_byte(t, cstart);
	*iend = input_byte(t, cend);
}

/* ------------------------------------------------------------------ cues */

char *
cd_fold_string(const char *s, int *outlen)
{
	UErrorCode	err = U_ZERO_ERROR;
	int32_t		n = (int32_t) strlen(s);
	UChar	   *u = cd_alloc((n + 1) * sizeof(UChar) * 2);
	UChar	   *f = cd_alloc((n + 1) * sizeof(UChar) * 4);
	UChar	   *z = cd_alloc((n + 1) * sizeof(UChar) * 8);
	int32_t		un,
				fn,
				zn;
	char	   *out;
	int			o = 0;
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);

	u_strFromUTF8(u, (n + 1) * 2, &un, s, n, &err);
	fn = u_strFoldCase(f, (n + 1) * 4, u, un, U_FOLD_CASE_DEFAULT, &err);
	zn = unorm2_normalize(nfc, f, fn, z, (n + 1) * 8, &err);
	if (U_FAILURE(err))
	{
		cd_free(u);
		cd_free(f);
		cd_free(z);
		return NULL;
	}
	out = cd_alloc(zn * 4 + 1);
	for (int32_t k = 0; k < zn;)
	{
		UChar32		c;

		U16_NEXT(z, k, zn, c);
		/* collapse white space like the windows do */
		if (cd_is_space(c))
		{
			if (o > 0 && out[o - 1] != ' ')
				out[o++] = ' ';
			continue;
		}
		o += cd_put(out + o, c);
	}
	out[o] = '\0';
	cd_free(u);
	cd_free(f);
	cd_free(z);
	*outlen = o;
	return out;
}

/* is c a Latin letter that may carry a diacritic (Latin-1 to Latin Extended Additional)? */
static inline bool
latin_accented_range(UChar32 c)
{
	return (c >= 0x00C0 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF);
}

bool
cd_strip_latin(const char *in, char *out, size_t outsz)
{
	UErrorCode	err = U_ZERO_ERROR;
	const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
	size_t		n = strlen(in),
				o = 0;
	bool		changed = false;

	if (outsz == 0)
		return false;
	for (size_t i = 0; i < n && U_SUCCESS(err);)
	{
		UChar32		c = cd_next(in, n, &i);
		UChar		d[8];
		int32_t		dn = 0;

		if (c == 0x0111 || c == 0x0110)
		{
			c = c == 0x0111 ? 'd' : 'D';
			changed = true;
		}
		else if (latin_accented_range(c) && (dn = unorm2_getDecomposition(nfd, c, d, 8, &err)) > 0)
		{
			for (int32_t k = 0; k < dn;)
			{
				UChar32		e;

				U16_NEXT(d, k, dn, e);
				if (e >= 0x0300 && e <= 0x036F)
					continue;
				if (o + 4 >= outsz)
					break;
				o += cd_put(out + o, e);
			}
			changed = true;
			continue;
		}
		err = U_ZERO_ERROR;
		if (o + 4 >= outsz)
			break;
		o += cd_put(out + o, c);
	}
	out[o] = '\0';
	return changed;
}

bool
cd_text_unaccented(const CdText *t)
{
	size_t		letters = 0,
				accented = 0;

	for (size_t i = 0; i < t->len;)
	{
		unsigned char b = (unsigned char) t->s[i];
		UChar32		c;

		if (b < 0x80)
		{
			uint64_t	x;

			/* eight ASCII bytes at once: the letters among them counted */
			if (i + 8 <= t->len && (memcpy(&x, t->s + i, 8),
									(x & UINT64_C(0x8080808080808080)) == 0))
			{
				uint64_t	y = x | UINT64_C(0x2020202020202020),
							ge_a = y + UINT64_C(0x1f1f1f1f1f1f1f1f),	/* >= 'a' */
							gt_z = y + UINT64_C(0x0505050505050505),	/* > 'z' */
							m = (ge_a & ~gt_z & UINT64_C(0x8080808080808080)) >> 7;

				/* (the lanes' bits added by a multiply: no popcount instruction is assumed) */
				letters += (size_t) ((m * UINT64_C(0x0101010101010101)) >> 56);
				i += 8;
				continue;
			}
			letters += ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
			i++;
			continue;
		}
		c = cd_next(t->s, t->len, &i);
		if (latin_accented_range(c) || c == 0x0111 || c == 0x0110)
		{
			letters++;
			accented++;
		}
		else if (c >= 0x0300 && c <= 0x036F)
			accented++;
		else if (c >= 0x0370 && u_isalpha(c))
			return false;		/* another script: not a stripped Latin text */
		/* no more letters than bytes: one accented in 500 already decides */
		if (accented * 500 >= t->len)
			return false;
	}
	return letters >= 80 && accented * 500 < letters;
}

/*
 * A trie of a cue list's bytes.  Node 0 is the root, whose children are
 * found by byte in `root`; another node's children are its `nedges` edges
 * from `edge`, sorted by byte.  The cues that end at a node are its `ncues`
 * indexes from `cue`, in ascending order.  A walk collects the nodes with
 * cues along its path and tries them deepest first: so it tries the cues in
 * the list's order (longest first, and in their order among equals).
 */
typedef struct TrieNode
{
	uint32_t	edge;
	uint32_t	cue;
	uint16_t	nedges;
	uint16_t	ncues;
} TrieNode;

typedef struct CdTrie
{
	TrieNode   *node;
	uint8_t    *ebyte;			/* edges: the byte */
	uint32_t   *eto;			/* and the node it leads to */
	uint16_t   *cue;
	uint32_t   *dense;			/* children by byte of the nodes with more
								 * than TRIE_SPARSE edges (256 each, at 256 *
								 * their `edge`) */
	uint32_t	root[256];		/* the root's child by byte (0: none) */
} CdTrie;

#define TRIE_SPARSE 6

/*
 * The cues that share a window's byte are compared one by one when they are
 * this few, and looked up in the trie when more (many share a first byte in
 * scripts of three-byte characters: Devanagari, Han, Hangul, Thai)
 */
#define TRIE_FROM 10

bool		cd_cue_tries = true;
bool		cd_win_views = true;

/* the trie while it is built: children as linked lists */
typedef struct BNode
{
	int			child,			/* first child, -1: none */
				next;			/* next sibling, -1: none */
	uint8_t		byte;
	int			ncues;
} BNode;

static inline uint32_t
trie_child(const CdTrie *t, uint32_t n, unsigned char b)
{
	const TrieNode *nd;
	const uint8_t *e;
	int			lo,
				hi;

	if (n == 0)
		return t->root[b];
	nd = &t->node[n];
	if (nd->nedges > TRIE_SPARSE)
		return t->dense[nd->edge * 256 + b];
	e = t->ebyte + nd->edge;
	lo = 0;
	hi = nd->nedges;
	while (hi - lo > 4)
	{
		int			mid = (lo + hi) / 2;

		if (e[mid] <= b)
			lo = mid;
		else
			hi = mid;
	}
	for (; lo < hi; lo++)
		if (e[lo] == b)
			return t->eto[nd->edge + lo];
	return 0;
}

/*
 * Walk trie t over b[p], b[p + step], ... up to `end` (excluded): the nodes
 * with cues met on the way, shallowest first, in hit[] (max of them at
 * most); returns how many
 */
static inline int
trie_walk(const CdTrie *t, const char *b, int p, int end, int step, uint32_t *hit, int max)
{
	uint32_t	n = 0;
	int			nhit = 0;

	for (; p != end && nhit < max; p += step)
	{
		if ((n = trie_child(t, n, (unsigned char) b[p])) == 0)
			break;
		if (t->node[n].ncues)
			hit[nhit++] = n;
	}
	return nhit;
}

static void
trie_free(CdTrie *t)
{
	if (!t)
		return;
	free(t->node);
	free(t->ebyte);
	free(t->eto);
	free(t->cue);
	free(t->dense);
	free(t);
}

/*
 * The trie of a list's cues (`rev`: of their bytes from the last; prefix
 * cues left out), or NULL when memory runs out (the list is then matched
 * cue by cue).
 */
static CdTrie *
trie_build(const CdCueList *l, bool rev)
{
	BNode	   *bn;
	size_t		nb = 1,
				cap = 64,
				ncue = 0;
	int		   *cue_node;
	CdTrie	   *t = NULL;

	bn = malloc(cap * sizeof(BNode));
	cue_node = malloc((l->n + 1) * sizeof(int));
	if (!bn || !cue_node)
		goto fail;
	bn[0] = (BNode) {-1, -1, 0, 0};
	for (int i = 0; i < l->n; i++)
	{
		const CdCueC *c = &l->cues[i];
		int			n = 0;

		cue_node[i] = -1;
		if (rev && c->prefix)
			continue;
		for (int k = 0; k < c->len; k++)
		{
			unsigned char b = (unsigned char) c->text[rev ? c->len - 1 - k : k];
			int			ch = bn[n].child;

			while (ch >= 0 && bn[ch].byte != b)
				ch = bn[ch].next;
			if (ch < 0)
			{
				if (nb == cap)
				{
					BNode	   *more = realloc(bn, 2 * cap * sizeof(BNode));

					if (!more)
						goto fail;
					bn = more;
					cap *= 2;
				}
				ch = (int) nb++;
				bn[ch] = (BNode) {-1, bn[n].child, b, 0};
				bn[n].child = ch;
			}
			n = ch;
		}
		cue_node[i] = n;
		bn[n].ncues++;
		ncue++;
	}
	if (nb > INT32_MAX / 2 || l->n > UINT16_MAX)
		goto fail;
	t = calloc(1, sizeof(CdTrie));
	if (!t)
		goto fail;
	t->node = calloc(nb, sizeof(TrieNode));
	t->ebyte = malloc(nb);
	t->eto = malloc(nb * sizeof(uint32_t));
	t->cue = malloc((ncue + 1) * sizeof(uint16_t));
	if (!t->node || !t->ebyte || !t->eto || !t->cue)
		goto fail;
	/* each node's edges together, by byte (the node numbers stay) */
	{
		int			ne = 0,
					nc = 0;

		for (int n = 0; n < (int) nb; n++)
		{
			int			k0 = ne;

			t->node[n].edge = (uint32_t) ne;
			for (int ch = bn[n].child; ch >= 0; ch = bn[ch].next)
			{
				int			k = ne++;

				/* insertion by byte */
				while (k > k0 && t->ebyte[k - 1] > bn[ch].byte)
				{
					t->ebyte[k] = t->ebyte[k - 1];
					t->eto[k] = t->eto[k - 1];
					k--;
				}
				t->ebyte[k] = bn[ch].byte;
				t->eto[k] = (uint32_t) ch;
				if (n == 0)
					t->root[bn[ch].byte] = (uint32_t) ch;
			}
			t->node[n].nedges = (uint16_t) (ne - k0);
			t->node[n].cue = (uint32_t) nc;
			nc += bn[n].ncues;
		}
		/* the wide nodes' children in tables by byte */
		{
			int			nd = 0;

			for (int n = 1; n < (int) nb; n++)
				nd += t->node[n].nedges > TRIE_SPARSE;
			/* (nd * 256 stays an int: nd is below nb / TRIE_SPARSE) */
			if (nd > INT32_MAX / 256)
				goto fail;
			if (nd > 0 && !(t->dense = calloc((size_t) nd * 256, sizeof(uint32_t))))
				goto fail;
			nd = 0;
			for (int n = 1; n < (int) nb; n++)
				if (t->node[n].nedges > TRIE_SPARSE)
				{
					for (int k = 0; k < t->node[n].nedges; k++)
						t->dense[nd * 256 + t->ebyte[t->node[n].edge + k]] = t->eto[t->node[n].edge + k];
					t->node[n].edge = (uint32_t) nd++;
				}
		}
		/* the cues in the list's order at each node */
		for (int n = 0; n < (int) nb; n++)
			t->node[n].ncues = 0;
		for (int i = 0; i < l->n; i++)
			if (cue_node[i] >= 0)
			{
				TrieNode   *nd = &t->node[cue_node[i]];

				t->cue[nd->cue + nd->ncues++] = (uint16_t) i;
			}
	}
	free(bn);
	free(cue_node);
	return t;
fail:
	free(bn);
	free(cue_node);
	trie_free(t);
	return NULL;
}

/* a cue's first and last (up to) eight bytes, as ends_as and the start matching compare them */
static void
cue_masks(CdCueC *c)
{
	int			m = c->len < 8 ? c->len : 8;

	cd_bytes8(c->text, m, 0, &c->head, &c->hmask);
	cd_bytes8(c->text + c->len - m, m, 8 - m, &c->tail, &c->tmask);
}

/* is the last character of a cue a word character?  (kept as c->word_end) */
static bool
last_is_word(const CdCueC *c)
{
	size_t		k;

	if (c->len == 0)
		return false;
	k = cd_prev_start(c->text, (size_t) c->len);
	return cd_is_word_b(cd_next(c->text, (size_t) c->len, &k));
}

/*
 * Compile a cue list; with `stripped`, also the cues with their Latin
 * diacritics removed, for text written without them.
 */
static bool
compile_list(CdCueList *l, const char *const *words, const CdCue *cues, const CdUnit *units,
			 bool stripped)
{
	int			n = 0,
				total;

	if (words)
		while (words[n])
			n++;
	else if (cues)
		while (cues[n].text)
			n++;
	else
		while (units[n].text)
			n++;
	l->cues = calloc(2 * n + 1, sizeof(CdCueC));
	if (!l->cues)
		return false;
	total = n;
	for (int i = 0; i < n; i++)
	{
		const char *src = words ? words[i] : cues ? cues[i].text : units[i].text;
		char	   *f;
		int			fl;
		/* compiled lists live as long as the process: plain malloc */
		CdAllocator saved = cd_allocator;

		cd_allocator = (CdAllocator)
		{
			malloc, realloc, free
		};
		f = cd_fold_string(src, &fl);
		cd_allocator = saved;
		if (!f)
			return false;
		if (fl > 0 && f[fl - 1] == '*')
		{
			f[--fl] = '\0';
			l->cues[i].prefix = true;
		}
		l->cues[i].text = f;
		l->cues[i].len = fl;
		l->cues[i].wlen = (int) strcspn(f, " -.");
		l->cues[i].value = cues ? cues[i].value : 0;
		l->cues[i].label = units ? units[i].label : NULL;
		if (stripped)
		{
			char		buf[256];

			if (fl < 200 && cd_strip_latin(f, buf, sizeof(buf)))
			{
				size_t		bl = strlen(buf);

				l->cues[total] = l->cues[i];
				l->cues[total].text = malloc(bl + 1);
				if (!l->cues[total].text)
					return false;
				memcpy(l->cues[total].text, buf, bl + 1);
				l->cues[total].len = (int) bl;
				l->cues[total].wlen = (int) strcspn(l->cues[total].text, " -.");
				total++;
			}
		}
	}
	n = l->n = total;
	/* first and last bytes, so a window that no cue can match is passed at once */
	for (int i = 0; i < n; i++)
	{
		CdCueC	   *c = &l->cues[i];
		const char *sp = memchr(c->text, ' ', c->len) ? strrchr(c->text, ' ') : NULL;
		unsigned char lastword_first = (unsigned char) (sp ? sp[1] : c->text[0]);

		c->headlen = sp ? (int) (sp - c->text) + 1 : 0;
		c->word_end = last_is_word(c);
		cue_masks(c);

		if (c->len > 0 && c->len > l->maxlen_first[(unsigned char) c->text[0]])
			l->maxlen_first[(unsigned char) c->text[0]] = (uint8_t) (c->len < 255 ? c->len : 255);
		if (c->len == 0)
		{
			l->has_empty = true;
			continue;
		}
		CD_BIT_SET(l->first, (unsigned char) c->text[0]);
		if (c->prefix)
		{
			CD_BIT_SET(l->prefix_lastword_first, lastword_first);
			l->nprefix++;
		}
		else
			CD_BIT_SET(l->last, (unsigned char) c->text[c->len - 1]);
	}
	/* longest first, so "more than" wins over "more" */
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && l->cues[j].len > l->cues[j - 1].len; j--)
		{
			CdCueC		tmp = l->cues[j];

			l->cues[j] = l->cues[j - 1];
			l->cues[j - 1] = tmp;
		}
	/* the index by first byte (a counting sort keeps the order within a byte) */
	if (n > 8 && n < UINT16_MAX && !l->has_empty)
	{
		uint16_t   *at = calloc(257, sizeof(uint16_t)),
				   *by = malloc(n * sizeof(uint16_t)),
					fill[256];

		if (!at || !by)
		{
			free(at);
			free(by);
			return true;		/* matched without the index */
		}
		for (int i = 0; i < n; i++)
			at[(unsigned char) l->cues[i].text[0] + 1]++;
		for (int b = 0; b < 256; b++)
			at[b + 1] += at[b];
		memcpy(fill, at, sizeof(fill));
		for (int i = 0; i < n; i++)
			by[fill[(unsigned char) l->cues[i].text[0]]++] = (uint16_t) i;
		l->by_first = by;
		l->first_at = at;
	}
	if (n > 8 && n < UINT16_MAX && !l->has_empty)
	{
		uint16_t   *at = calloc(257, sizeof(uint16_t)),
				   *by = malloc(n * sizeof(uint16_t)),
				   *pre = l->nprefix > 0 ? malloc(l->nprefix * sizeof(uint16_t)) : NULL,
				   *pat = l->nprefix > 0 ? calloc(257, sizeof(uint16_t)) : NULL,
					fill[256],
					pfill[256];
		bool		no_groups = false;

		if (!at || !by || (l->nprefix > 0 && (!pre || !pat)))
		{
			free(at);
			free(by);
			free(pre);
			free(pat);
			return true;
		}
		for (int i = 0; i < n; i++)
		{
			const CdCueC *c = &l->cues[i];

			if (c->prefix)
			{
				pat[(unsigned char) c->text[c->headlen] + 1]++;
				/* (a cue with no last word ends after any word: no grouping) */
				if (c->headlen == c->len)
					no_groups = true;
			}
			else
				at[(unsigned char) c->text[c->len - 1] + 1]++;
		}
		for (int b = 0; b < 256; b++)
		{
			at[b + 1] += at[b];
			if (pat)
				pat[b + 1] += pat[b];
		}
		memcpy(fill, at, sizeof(fill));
		if (pat)
			memcpy(pfill, pat, sizeof(pfill));
		for (int i = 0; i < n; i++)
		{
			const CdCueC *c = &l->cues[i];

			if (c->prefix)
				pre[pfill[(unsigned char) c->text[c->headlen]]++] = (uint16_t) i;
			else
				by[fill[(unsigned char) c->text[c->len - 1]]++] = (uint16_t) i;
		}
		if (no_groups && pre)
		{
			/* the prefix cues in the list's order */
			int			np = 0;

			for (int i = 0; i < n; i++)
				if (l->cues[i].prefix)
					pre[np++] = (uint16_t) i;
			free(pat);
			pat = NULL;
		}
		l->by_last = by;
		l->last_at = at;
		l->prefix_at = pre;
		l->prefix_first_at = pat;
	}
	/* (without a trie, the lists are matched cue by cue) */
	if (n > 0 && !l->has_empty)
	{
		l->fwd = trie_build(l, false);
		if (l->nprefix == 0)
			l->rev = trie_build(l, true);
	}
	return true;
}

/*
 * A word of n bytes that may be read as `text` (prefix: any word of n bytes
 * or more beginning with it) into its initial's spell_lengths row: by its
 * second byte, or in every class when it has none
 */
static void
spell_add(uint32_t row[27], const char *text, int n, bool prefix)
{
	uint32_t	lens = n >= 32 ? UINT32_MAX : prefix ? UINT32_MAX << n : 1u << n;

	if (n < 2)
		for (int k = 0; k < 27; k++)
			row[k] |= lens;
	else
		row[cd_spell_class((unsigned char) text[1])] |= lens;
}

/*
 * The compiled languages, [1] with the cues stripped of diacritics too: an
 * entry per language, each compiled when first asked for (a session that
 * reads one language builds one; a backend's first call built all of them,
 * twice, in about 10 ms)
 */
static CdLangC *compiled[2];
static bool *compiled_ready[2];
static bool compile_failed[2];

static const char *const no_words[] = {NULL};
static const CdCue no_scales[] = {{NULL, 0}};
static const CdUnit no_units[] = {{NULL, NULL}};

/* compile language L into c (false: out of memory or an ICU failure) */
static bool
compile_one(CdLangC *c, const CdLang *L, bool stripped)
{
	bool		ok;

	memset(c, 0, sizeof(*c));
	c->lang = L;
	c->stripped = stripped;
	ok = compile_list(&c->percent_words, L->percent_words, NULL, NULL, stripped) &&
		compile_list(&c->qual_before, NULL, L->qual_before, NULL, stripped) &&
		compile_list(&c->qual_after, NULL, L->qual_after, NULL, stripped) &&
		compile_list(&c->ordinal_cues, L->ordinal_cues, NULL, NULL, stripped) &&
		compile_list(&c->code_cues, L->code_cues, NULL, NULL, stripped) &&
		compile_list(&c->day_cues, L->day_cues, NULL, NULL, stripped) &&
		compile_list(&c->months, NULL, L->months, NULL, stripped) &&
		compile_list(&c->month_prefix, L->month_prefix, NULL, NULL, stripped) &&
		compile_list(&c->ratio_words, NULL, L->ratio_words, NULL, stripped) &&
		compile_list(&c->units, NULL, NULL, L->units, stripped) &&
		compile_list(&c->change_before, L->change_before, NULL, NULL, stripped) &&
		compile_list(&c->change_after, L->change_after, NULL, NULL, stripped) &&
		compile_list(&c->year_words, L->year_words, NULL, NULL, stripped) &&
		compile_list(&c->year_after, L->year_after ? L->year_after : no_words, NULL, NULL, stripped) &&
		compile_list(&c->number_words, NULL, L->number_words, NULL, stripped) &&
		compile_list(&c->scales, NULL, L->scales ? L->scales : no_scales, NULL, stripped) &&
		compile_list(&c->counters, L->counters ? L->counters : no_words, NULL, NULL, stripped) &&
		compile_list(&c->units_before, NULL, NULL, L->units_before ? L->units_before : no_units, stripped) &&
		compile_list(&c->percent_before, L->percent_before ? L->percent_before : no_words, NULL, NULL, stripped);
	for (int k = 0; ok && k < c->ordinal_cues.n; k++)
		if (c->ordinal_cues.cues[k].len > c->ordinal_cue_max)
			c->ordinal_cue_max = c->ordinal_cues.cues[k].len;
	for (int k = 0; ok && k < c->number_words.n; k++)
	{
		char		f = c->number_words.cues[k].text[0];

		if (f >= 'a' && f <= 'z')
		{
			const CdCueC *nw = &c->number_words.cues[k];

			c->number_word_initials |= 1u << (f - 'a');
			spell_add(c->spell_lengths[f - 'a'], nw->text, nw->wlen, false);
		}
	}
	/* a scale word may begin a number too ("mil 520") */
	for (int k = 0; ok && k < c->scales.n; k++)
	{
		char		f = c->scales.cues[k].text[0];

		if (f >= 'a' && f <= 'z' && (c->scales.cues[k].value & CD_SCALE_POW) > 0)
		{
			const CdCueC *sw = &c->scales.cues[k];

			c->number_word_initials |= 1u << (f - 'a');
			/* a prefix cue matches longer words too */
			spell_add(c->spell_lengths[f - 'a'], sw->text, sw->prefix ? sw->len : sw->wlen,
					  sw->prefix);
		}
	}
	return ok;
}

/* the entries of the compiled languages, none compiled yet (NULL: no memory) */
static CdLangC *
lang_entries(bool stripped)
{
	CdLangC    *c;
	bool	   *ready;

	if (compiled[stripped] || compile_failed[stripped])
		return compiled[stripped];
	c = calloc(cd_nlangs, sizeof(CdLangC));
	ready = calloc(cd_nlangs, sizeof(bool));
	if (!c || !ready)
	{
		free(c);
		free(ready);
		compile_failed[stripped] = true;
		return NULL;
	}
	for (int i = 0; i < cd_nlangs; i++)
	{
		c[i].lang = &cd_langs[i];
		c[i].stripped = stripped;
	}
	compiled_ready[stripped] = ready;
	compiled[stripped] = c;
	return c;
}

/* language i compiled (NULL: it could not be) */
static const CdLangC *
compiled_lang(int i, bool stripped)
{
	CdLangC    *c = lang_entries(stripped);

	if (!c || i < 0 || i >= cd_nlangs)
		return NULL;
	if (!compiled_ready[stripped][i])
	{
		/* (a list left half made on a failure leaks its texts) */
		if (!compile_one(&c[i], &cd_langs[i], stripped))
		{
			memset(&c[i], 0, sizeof(c[i]));
			c[i].lang = &cd_langs[i];
			c[i].stripped = stripped;
			return NULL;
		}
		compiled_ready[stripped][i] = true;
	}
	return &c[i];
}

/* every language compiled (NULL: one could not be) */
static const CdLangC *
compile_langs(bool stripped)
{
	for (int i = 0; i < cd_nlangs; i++)
		if (!compiled_lang(i, stripped))
			return NULL;
	return compiled[stripped];
}

const CdLangC *
cd_langs_compiled(void)
{
	return compile_langs(false);
}

const CdLangC *
cd_lang_stripped(const CdLangC *L)
{
	const CdLangC *c;

	if (!L)
		return L;
	for (int i = 0; i < cd_nlangs; i++)
		if (&cd_langs[i] == L->lang)
			return (c = compiled_lang(i, true)) != NULL ? c : L;
	return L;
}

/* ------------------------------------------------------- users' words */

/*
 * Words users add to the number scanner's lists (clusterdata.cue: roles
 * unit, percent, qualifier, qualifier_after, change), by language.  A parse
 * reads a language through cd_lang_user(): a copy of the compiled language
 * that shares every list but those users added to, which hold the users'
 * words before the data's.  numbers() reads the data's alone.
 */
typedef struct UserWord
{
	char	   *lang;
	int			list;			/* CD_UL_* */
	char	   *text;
	int			value;
	const char *label;			/* a unit's: one of cd_unit_labels */
} UserWord;

static UserWord *user_words;
static int	nuser_words;
static CdLangC *with_user[2];	/* per compiled language; NULL: not made yet */
static bool (*with_user_owned[2])[CD_UL_N];	/* the entry's list is its own */

/* a compiled language's list of a kind */
static CdCueList *
user_list(CdLangC *L, int list)
{
	switch (list)
	{
		case CD_UL_UNITS:
			return &L->units;
		case CD_UL_PERCENT:
			return &L->percent_words;
		case CD_UL_QUAL_BEFORE:
			return &L->qual_before;
		case CD_UL_QUAL_AFTER:
			return &L->qual_after;
		case CD_UL_CHANGE_BEFORE:
			return &L->change_before;
		default:
			return &L->change_after;
	}
}

static void
free_list(CdCueList *l)
{
	for (int i = 0; i < l->n; i++)
		free(l->cues[i].text);
	free(l->cues);
	free(l->by_first);
	free(l->first_at);
	free(l->by_last);
	free(l->last_at);
	free(l->prefix_at);
	free(l->prefix_first_at);
	trie_free(l->fwd);
	trie_free(l->rev);
	memset(l, 0, sizeof(*l));
}

static void
free_with_user(void)
{
	for (int s = 0; s < 2; s++)
	{
		for (int i = 0; with_user[s] && i < cd_nlangs; i++)
			for (int k = 0; k < CD_UL_N; k++)
				if (with_user_owned[s][i][k])
					free_list(user_list(&with_user[s][i], k));
		free(with_user[s]);
		free(with_user_owned[s]);
		with_user[s] = NULL;
		with_user_owned[s] = NULL;
	}
}

bool
cd_set_user_words(const CdUserWord *words, int n)
{
	UserWord   *copy = n > 0 ? calloc((size_t) n, sizeof(UserWord)) : NULL;
	bool		ok = n == 0 || copy != NULL;

	for (int i = 0; i < n && ok; i++)
	{
		copy[i].lang = strdup(words[i].lang);
		copy[i].text = strdup(words[i].text);
		copy[i].list = words[i].list;
		copy[i].value = words[i].value;
		copy[i].label = words[i].label;
		ok = copy[i].lang && copy[i].text && words[i].list >= 0 && words[i].list < CD_UL_N;
	}
	if (!ok)
	{
		for (int i = 0; copy && i < n; i++)
		{
			free(copy[i].lang);
			free(copy[i].text);
		}
		free(copy);
		return false;
	}
	free_with_user();
	for (int i = 0; i < nuser_words; i++)
	{
		free(user_words[i].lang);
		free(user_words[i].text);
	}
	free(user_words);
	user_words = copy;
	nuser_words = n;
	return true;
}

/* the data's entries of a list of a language, and how many */
static int
data_count(const CdLang *L, int list)
{
	int			n = 0;

	switch (list)
	{
		case CD_UL_UNITS:
			while (L->units[n].text)
				n++;
			break;
		case CD_UL_QUAL_BEFORE:
			while (L->qual_before[n].text)
				n++;
			break;
		case CD_UL_QUAL_AFTER:
			while (L->qual_after[n].text)
				n++;
			break;
		default:
			{
				const char *const *w = list == CD_UL_PERCENT ? L->percent_words :
					list == CD_UL_CHANGE_BEFORE ? L->change_before : L->change_after;

				while (w[n])
					n++;
			}
	}
	return n;
}

/* a language's list of a kind compiled with the users' words first, then the data's */
static bool
compile_with_user(CdCueList *out, const CdLang *L, int list, bool stripped)
{
	int			nd = data_count(L, list),
				nu = 0,
				k = 0;
	bool		ok;
	const char **words = NULL;
	CdCue	   *cues = NULL;
	CdUnit	   *units = NULL;

	for (int j = 0; j < nuser_words; j++)
		nu += user_words[j].list == list && strcmp(user_words[j].lang, L->code) == 0;
	if (list == CD_UL_UNITS)
		units = calloc((size_t) (nu + nd + 1), sizeof(CdUnit));
	else if (list == CD_UL_QUAL_BEFORE || list == CD_UL_QUAL_AFTER)
		cues = calloc((size_t) (nu + nd + 1), sizeof(CdCue));
	else
		words = calloc((size_t) (nu + nd + 1), sizeof(char *));
	if (!units && !cues && !words)
		return false;
	for (int j = 0; j < nuser_words; j++)
	{
		const UserWord *u = &user_words[j];

		if (u->list != list || strcmp(u->lang, L->code) != 0)
			continue;
		if (units)
			units[k++] = (CdUnit) {u->text, u->label};
		else if (cues)
			cues[k++] = (CdCue) {u->text, u->value};
		else
			words[k++] = u->text;
	}
	for (int j = 0; j < nd; j++)
	{
		if (units)
			units[k++] = L->units[j];
		else if (cues)
			cues[k++] = list == CD_UL_QUAL_BEFORE ? L->qual_before[j] : L->qual_after[j];
		else
			words[k++] = (list == CD_UL_PERCENT ? L->percent_words :
						  list == CD_UL_CHANGE_BEFORE ? L->change_before : L->change_after)[j];
	}
	memset(out, 0, sizeof(*out));
	ok = compile_list(out, (const char *const *) words, cues, units, stripped);
	free(words);
	free(cues);
	free(units);
	return ok;
}

/* the copies of the compiled languages with the users' words, made once per change */
static CdLangC *
make_with_user(bool stripped)
{
	const CdLangC *c = compile_langs(stripped);
	CdLangC    *u;
	bool		(*owned)[CD_UL_N];

	if (!c)
		return NULL;
	u = calloc(cd_nlangs, sizeof(CdLangC));
	owned = calloc(cd_nlangs, sizeof(*owned));
	if (!u || !owned)
	{
		free(u);
		free(owned);
		return NULL;
	}
	memcpy(u, c, cd_nlangs * sizeof(CdLangC));
	for (int i = 0; i < cd_nlangs; i++)
		for (int k = 0; k < CD_UL_N; k++)
		{
			bool		any = false;

			for (int j = 0; j < nuser_words && !any; j++)
				any = user_words[j].list == k && strcmp(user_words[j].lang, c[i].lang->code) == 0;
			if (!any)
				continue;
			/*
			 * (the list is the entry's own only once made: until then it is
			 * the compiled language's, which a failure here must not free;
			 * a list left half made leaks its texts)
			 */
			if (!compile_with_user(user_list(&u[i], k), c[i].lang, k, stripped))
			{
				for (int a = 0; a < cd_nlangs; a++)
					for (int b = 0; b < CD_UL_N; b++)
						if (owned[a][b])
							free_list(user_list(&u[a], b));
				free(u);
				free(owned);
				return NULL;
			}
			owned[i][k] = true;
		}
	with_user[stripped] = u;
	with_user_owned[stripped] = owned;
	return u;
}

const CdLangC *
cd_lang_user(const CdLangC *L)
{
	CdLangC    *u;

	if (!L || nuser_words == 0)
		return L;
	if (!(u = with_user[L->stripped]) && !(u = make_with_user(L->stripped)))
		return NULL;
	for (int i = 0; i < cd_nlangs; i++)
		if (u[i].lang == L->lang)
			return &u[i];
	return L;
}

const CdLangC *
cd_lang_compiled(const char *code)
{
	for (int i = 0; i < cd_nlangs; i++)
		if (strcmp(cd_langs[i].code, code) == 0)
			return compiled_lang(i, false);
	return NULL;
}

/* ------------------------------------------------------------------ windows */

/*
 * The case folding of the code points below WIN_TAB_END as the windows
 * write it, built once: the UTF-8 bytes of cd_fold_cp(c) and their count in
 * the last byte, or all zero for white space (collapsed).  NULL until built
 * (or when it could not be allocated: the windows then decode and fold
 * each character as they go).
 */
#define WIN_TAB_END 0x3000
static uint8_t (*win_tab)[4];
static bool win_tab_failed;
/* every character of U+0800..U+0FFF folds to itself and is no white space */
static bool win_e0_plain;

static bool
win_table(void)
{
	uint8_t		(*tab)[4];

	if (win_tab)
		return true;
	if (win_tab_failed)
		return false;
	if (!(tab = calloc(WIN_TAB_END, sizeof(*tab))))
	{
		win_tab_failed = true;
		return false;
	}
	for (UChar32 c = 0; c < WIN_TAB_END; c++)
	{
		char		u[4];
		int			n;

		if (cd_is_space(c))
			continue;
		n = cd_put(u, fold_cp(c));
		if (n > 3)
		{
			/* (no such folding below WIN_TAB_END; a table that cannot say it is not used) */
			free(tab);
			win_tab_failed = true;
			return false;
		}
		memcpy(tab[c], u, (size_t) n);
		tab[c][3] = (uint8_t) n;
	}
	win_e0_plain = true;
	for (UChar32 c = 0x800; c < 0x1000; c++)
	{
		char		u[4];

		if (tab[c][3] != 3 || cd_put(u, c) != 3 || memcmp(tab[c], u, 3) != 0)
			win_e0_plain = false;
	}
	win_tab = tab;
	return true;
}

/*
 * Eight bytes at once (x7: their low seven bits): the high bit of each byte
 * that is ' ', that is 0x20 or more, that is 'A'..'Z'
 */
static inline uint64_t
lanes_space(uint64_t x)
{
	const uint64_t hi = UINT64_C(0x8080808080808080),
				lo7 = UINT64_C(0x7f7f7f7f7f7f7f7f);
	uint64_t	y = x ^ UINT64_C(0x2020202020202020);

	return ~(((y & lo7) + lo7) | y) & hi;
}

static inline uint64_t
lanes_ge20(uint64_t x7)
{
	return ((x7 | UINT64_C(0x8080808080808080)) - UINT64_C(0x2020202020202020)) & UINT64_C(0x8080808080808080);
}

static inline uint64_t
lanes_upper(uint64_t x7)
{
	return ((x7 + UINT64_C(0x3f3f3f3f3f3f3f3f)) & ~(x7 + UINT64_C(0x2525252525252525))) & UINT64_C(0x8080808080808080);
}

/* the window's ASCII: lower-cased, ' ' for white space (' ', '\t'..'\r') */
static const char win_ascii[128] = {
	0, 1, 2, 3, 4, 5, 6, 7, 8, ' ', ' ', ' ', ' ', ' ', 14, 15,
	16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
	' ', '!', '"', '#', '$', '%', '&', '\'', '(', ')', '*', '+', ',', '-', '.', '/',
	'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '<', '=', '>', '?',
	'@', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
	'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '[', '\\', ']', '^', '_',
	'`', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
	'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '{', '|', '}', '~', 127,
};

/*
 * Fill w from byte `from`, up to byte `to` or `chars` characters, whichever
 * comes first (and at most CD_WIN_CHARS * 4 bytes of window).
 */
static void
win_fill(const CdText *t, size_t from, size_t to, int chars, CdWin *w)
{
	/* locals, not w's fields: a store through char * could alias them */
	const char *s = t->s;
	const unsigned char *us = (const unsigned char *) s;
	const size_t tlen = t->len;
	char	   *b = w->b;
	uint32_t   *src = w->src;
	int			len = 0;
	size_t		i = from,
				next8 = from;	/* no eight-byte attempt before this byte */
	const uint8_t (*tab)[4] = win_tab || win_table() ? win_tab : NULL;

	while (i < to && chars > 0 && len < CD_WIN_CHARS * 4)
	{
		size_t		at = i;
		unsigned char u = us[i];
		UChar32		c;
		const uint8_t *e;

		if (u < 0x80)
		{
			/*
			 * A run of ASCII: a byte is a character, and a window byte at
			 * most, so `lim` of them fit every bound
			 */
			size_t		lim = to - i,
						end;

			if (lim > (size_t) chars)
				lim = (size_t) chars;
			if (lim > (size_t) (CD_WIN_CHARS * 4 - len))
				lim = (size_t) (CD_WIN_CHARS * 4 - len);
			end = i + lim;
			do
			{
				char		l;

				/*
				 * Eight ASCII bytes at once when they need no more than
				 * lower-casing: no control byte, no two spaces in a row, no
				 * space after one
				 */
				if (i + 8 <= end && i >= next8)
				{
					uint64_t	x,
								sp,
								ge20,
								up;

					memcpy(&x, s + i, 8);
					if ((x & UINT64_C(0x8080808080808080)) == 0)
					{
						/* bytes that are ' ' (exact per byte), and bytes >= 0x20 */
						sp = lanes_space(x);
						ge20 = lanes_ge20(x);
						if (ge20 == UINT64_C(0x8080808080808080) && (sp & (sp >> 8)) == 0 &&
							!(us[i] == ' ' && (len == 0 || b[len - 1] == ' ')))
						{
							/* 'A'..'Z' (0x41..0x5A) plus 0x20 */
							up = lanes_upper(x);
							x |= up >> 2;
							memcpy(b + len, &x, 8);
							for (int k = 0; k < 8; k++)
								src[len + k] = (uint32_t) (i + k);
							len += 8;
							i += 8;
							continue;
						}
					}
					/* (not before these eight bytes are past: they fail again) */
					next8 = i + 8;
				}
				if ((l = win_ascii[us[i]]) != ' ')
				{
					src[len] = (uint32_t) i;
					b[len++] = l;
				}
				else if (len > 0 && b[len - 1] != ' ')
				{
					/* white space: one ' ' for a run */
					src[len] = (uint32_t) i;
					b[len++] = ' ';
				}
				i++;
			} while (i < end && us[i] < 0x80);
			chars -= (int) (i - at);
			continue;
		}
		if (u == 0xE0 && win_e0_plain && tab)
		{
			/*
			 * A run of U+0800..U+0FFF (Devanagari, Bengali, Thai), which
			 * fold to themselves and hold no white space: copied as they are
			 */
			size_t		at0 = i;

			while (i < to && chars > 0 && len < CD_WIN_CHARS * 4 && i + 2 < tlen &&
				   us[i] == 0xE0 && us[i + 1] >= 0xA0 && us[i + 1] <= 0xBF &&
				   (us[i + 2] & 0xC0) == 0x80)
			{
				/* (room: len < CD_WIN_CHARS * 4, and b and src have 8 more) */
				b[len] = (char) us[i];
				b[len + 1] = (char) us[i + 1];
				b[len + 2] = (char) us[i + 2];
				src[len] = src[len + 1] = src[len + 2] = (uint32_t) i;
				len += 3;
				i += 3;
				chars--;
			}
			if (i > at0)
				continue;
		}
		chars--;

		/*
		 * A character below WIN_TAB_END, decoded as cd_next decodes it: its
		 * folding from the table
		 */
		if (tab)
		{
			if (u <= 0xDF)
			{
				if (u >= 0xC2 && i + 1 < tlen && (us[i + 1] & 0xC0) == 0x80)
				{
					e = tab[((u & 0x1F) << 6) | (us[i + 1] & 0x3F)];
					i += 2;
					goto tabled;
				}
			}
			else if (u <= 0xE2 && i + 2 < tlen &&
					 (us[i + 1] & 0xC0) == 0x80 && (us[i + 2] & 0xC0) == 0x80)
			{
				c = ((u & 0x0F) << 12) | ((us[i + 1] & 0x3F) << 6) | (us[i + 2] & 0x3F);
				if (c >= 0x800)
				{
					/* (below 0x3000: no surrogate) */
					e = tab[c];
					i += 3;
					goto tabled;
				}
			}
		}
		c = cd_next(s, tlen, &i);
		if (cd_is_space(c))
		{
			if (len > 0 && b[len - 1] != ' ')
			{
				src[len] = (uint32_t) at;
				b[len++] = ' ';
			}
			continue;
		}
		{
			int			n = cd_put(b + len, fold_cp(c));

			for (int k = 0; k < n; k++)
				src[len + k] = (uint32_t) at;
			len += n;
		}
		continue;
tabled:
		if (e[3] == 0)
		{
			/* white space: one ' ' for a run */
			if (len > 0 && b[len - 1] != ' ')
			{
				src[len] = (uint32_t) at;
				b[len++] = ' ';
			}
			continue;
		}
		/* (room: len < CD_WIN_CHARS * 4, and b and src have 8 more) */
		memcpy(b + len, e, 3);
		src[len] = (uint32_t) at;
		src[len + 1] = (uint32_t) at;
		src[len + 2] = (uint32_t) at;
		len += e[3];
	}
	w->len = len;
	w->src_end = (uint32_t) i;
	w->lin = false;
	b[len] = '\0';
}

/*
 * Window views.  A window is most often a plain copy of the text's folding:
 * when no character in it changes its length by folding, no white space is
 * other than one ASCII byte, and no two white spaces meet, the window's
 * bytes are the text's bytes folded one for one, and byte i came from
 * source byte base + i.  The text's folding is made once a stretch
 * (FOLD_CHUNK bytes, from a little before the first window asked for) with
 * 0xFF where that does not hold (0xFF is no UTF-8 byte); a window over a
 * stretch without 0xFF is copied from it, any other is made by win_fill.
 */
#define FOLD_CHUNK 4096
#define FOLD_BACK 256			/* folded before the window asked for */
#define FOLD_BAD 0xFF
/* room past `to`: a character begun before it */
#define FOLD_PAD 4

/*
 * The character at byte i that is not ASCII, decoded as win_fill decodes it,
 * in a stretch's folding f (which holds the text's bytes): its folding
 * written when it is another of as many bytes, FOLD_BAD when it is white
 * space or of another length.  Returns its bytes (a run's, for characters
 * U+0800..U+0FFF, which are their own folding, up to byte `to`).
 */
static CD_ALWAYS_INLINE int
fold_char(const CdText *t, const uint8_t (*tab)[4], unsigned char *f, size_t i, size_t to)
{
	const unsigned char *us = (const unsigned char *) t->s;
	const size_t tlen = t->len;
	unsigned char u = us[i];
	const uint8_t *e;
	UChar32		c;
	size_t		j;
	int			n;

	if (u == 0xE0 && win_e0_plain)
	{
		/* a run of U+0800..U+0FFF (before `to`): their own folding */
		n = 0;
		while (i + n < to && i + n + 2 < tlen && us[i + n] == 0xE0 &&
			   us[i + n + 1] >= 0xA0 && us[i + n + 1] <= 0xBF && (us[i + n + 2] & 0xC0) == 0x80)
			n += 3;
		if (n > 0)
			return n;
	}
	if (u <= 0xDF)
	{
		if (u >= 0xC2 && i + 1 < tlen && (us[i + 1] & 0xC0) == 0x80)
		{
			e = tab[((u & 0x1F) << 6) | (us[i + 1] & 0x3F)];
			if (e[3] == 2)
			{
				f[i] = e[0];
				f[i + 1] = e[1];
			}
			else
				f[i] = f[i + 1] = FOLD_BAD;
			return 2;
		}
	}
	else if (u <= 0xE2 && i + 2 < tlen &&
			 (us[i + 1] & 0xC0) == 0x80 && (us[i + 2] & 0xC0) == 0x80)
	{
		c = ((u & 0x0F) << 12) | ((us[i + 1] & 0x3F) << 6) | (us[i + 2] & 0x3F);
		if (c >= 0x800)
		{
			e = tab[c];
			if (e[3] == 3)
			{
				f[i] = e[0];
				f[i + 1] = e[1];
				f[i + 2] = e[2];
			}
			else
				f[i] = f[i + 1] = f[i + 2] = FOLD_BAD;
			return 3;
		}
	}
	j = i;
	c = cd_next(t->s, tlen, &j);
	n = (int) (j - i);
	if (!cd_is_space(c) && c != 0xFFFD)
	{
		char		b[4];
		UChar32		fc = fold_cp(c);

		if (fc != 0xFFFD && cd_put(b, fc) == n)
		{
			memcpy(f + i, b, (size_t) n);
			return n;
		}
	}
	memset(f + i, FOLD_BAD, (size_t) n);
	return n;
}

/*
 * The folding of text bytes [from, to) into t->fold (to: a bound, passed
 * to end a character).  The bytes are copied, then those a window would
 * hold otherwise are changed: upper case ASCII, ASCII white space other
 * than ' ', and (FOLD_BAD) a white space after one and the characters that
 * fold to bytes of another length.  Eight bytes at a time where the ASCII
 * among them is printable with no two spaces in a row (the characters
 * that are not ASCII then one by one).
 */
static CD_NOINLINE bool
fold_stretch(CdText *t, size_t from, size_t to)
{
	const char *s = t->s;
	const unsigned char *us = (const unsigned char *) s;
	const size_t tlen = t->len;
	const uint8_t (*tab)[4] = win_tab || win_table() ? win_tab : NULL;
	unsigned char *f;
	size_t		i = from,
				next8 = from;	/* no eight-byte attempt before this byte */
	/* the character before was ASCII white space (the one before `from` too) */
	bool		ws = from > 0 && us[from - 1] < 0x80 && win_ascii[us[from - 1]] == ' ';

	if (!tab)
		return false;
	if (!t->fold && !(t->fold = cd_alloc(FOLD_CHUNK + FOLD_PAD)))
		return false;
	/* (a character begun before `to` ends at most 3 bytes past it) */
	memcpy(t->fold, s + from, (to + 3 < tlen ? to + 3 : tlen) - from);
	f = (unsigned char *) t->fold - from;	/* f[i]: the folding of source byte i */
	while (i < to)
	{
		unsigned char u = us[i];

		if (i >= next8 && i + 8 <= to)
		{
			uint64_t	x,
						x7,
						sp,
						ge20,
						asc,
						up;
			const uint64_t hi = UINT64_C(0x8080808080808080);

			memcpy(&x, s + i, 8);
			x7 = x & UINT64_C(0x7f7f7f7f7f7f7f7f);
			asc = ~x & hi;		/* the ASCII bytes */
			sp = lanes_space(x);
			ge20 = lanes_ge20(x7);
			if ((asc & ~ge20) == 0 && (sp & (sp >> 8)) == 0 && !(ws && u == ' '))
			{
				size_t		end = i;	/* past the last character not ASCII looked at */

				/* upper case ASCII ('A'..'Z' plus 0x20) */
				up = lanes_upper(x7) & asc;
				x |= up >> 2;
				memcpy(f + i, &x, 8);
				if (asc != hi)
				{
					/* the characters that are not ASCII, from their first bytes on */
#ifdef CD_LANES_LE
					uint64_t	m = ~asc & hi;

					while (m)
					{
						size_t		p = i + ((size_t) __builtin_ctzll(m) >> 3);

						end = p + (size_t) fold_char(t, tab, f, p, to);
						/* (its bytes are passed) */
						m = end - i < 8 ? m & (~UINT64_C(0) << (8 * (end - i))) : 0;
					}
#else
					for (size_t p = i; p < i + 8; p++)
						if (us[p] >= 0x80 && p >= end)
							end = p + (size_t) fold_char(t, tab, f, p, to);
#endif
				}
				if (end <= i + 8)
				{
					ws = us[i + 7] == ' ';
					i += 8;
				}
				else
				{
					ws = false;
					i = end;
				}
				continue;
			}
			/* (not before these eight bytes are past: they fail again) */
			next8 = i + 8;
		}
		if (u >= 0x80)
		{
			i += (size_t) fold_char(t, tab, f, i, to);
			ws = false;
		}
		else if (u >= 'A')
		{
			if (u <= 'Z')
				f[i] = (unsigned char) (u | 0x20);
			ws = false;
			i++;
		}
		else if (win_ascii[u] == ' ')
		{
			f[i] = ws ? FOLD_BAD : ' ';
			ws = true;
			i++;
		}
		else
		{
			ws = false;
			i++;
		}
	}
	t->fold_from = from;
	t->fold_to = i;
	return true;
}

/*
 * The window of text bytes [a, b) as a copy of the text's folding, when
 * it is one (a: no continuation byte, b - a <= CD_WIN_CHARS * 4); false:
 * win_fill must make it.
 */
/* cd_win_jitter_start's state (0: off): xorshift64 */
static uint64_t win_jitter;

void
cd_win_jitter_start(uint32_t seed)
{
	win_jitter = seed ? UINT64_C(0x9E3779B97F4A7C15) ^ seed : 0;
}

static uint32_t
jitter_next(void)
{
	win_jitter ^= win_jitter << 13;
	win_jitter ^= win_jitter >> 7;
	win_jitter ^= win_jitter << 17;
	return (uint32_t) (win_jitter >> 32);
}

static bool
win_view(const CdText *ct, size_t a, size_t b, CdWin *w)
{
	CdText	   *t = (CdText *) ct;	/* (the folding is a cache of the text's) */
	bool		jitter = win_jitter != 0 && jitter_next() % 4 == 0;

	if (!t->fold || a < t->fold_from || b > t->fold_to || jitter)
	{
		size_t		from,
					to;
		bool		onward = a >= t->fold_last && a - t->fold_last < 2 * FOLD_BACK;

		/*
		 * A stretch is folded for a window that follows the one before
		 * closely (the scanner going on); one far from it (a later stage
		 * looking back) is made by win_fill
		 */
		t->fold_last = a;
		if (!onward && !jitter)
			return false;
		from = a > FOLD_BACK ? a - FOLD_BACK : 0;
		to = from + FOLD_CHUNK;
		if (jitter)
		{
			/* (the test hook's stretch: edges near the window's) */
			size_t		back = jitter_next() % 3 == 0 ? jitter_next() % 4 : jitter_next() % FOLD_BACK;

			from = a > back ? a - back : 0;
			to = jitter_next() % 3 == 0 ? b + jitter_next() % 4 : from + jitter_next() % FOLD_CHUNK;
			if (to < b)
				to = b;
			if (to > from + FOLD_CHUNK)
				to = from + FOLD_CHUNK;
		}
		if (to > t->len)
			to = t->len;
		if (to < b || !fold_stretch(t, from, to))
			return false;
	}
	t->fold_last = a;
	/* copied eight bytes at a time, looking for FOLD_BAD (a zero byte of ~x) as they go */
	{
		const char *p = t->fold + (a - t->fold_from);
		size_t		n = b - a,
					k = 0;
		uint64_t	x,
					bad = 0;

		for (; k + 8 <= n; k += 8)
		{
			memcpy(&x, p + k, 8);
			memcpy(w->b + k, &x, 8);
			x = ~x;
			bad |= (x - UINT64_C(0x0101010101010101)) & ~x;
		}
		if (k < n && n >= 8)
		{
			/* the rest, as the last eight bytes again */
			memcpy(&x, p + n - 8, 8);
			memcpy(w->b + n - 8, &x, 8);
			x = ~x;
			bad |= (x - UINT64_C(0x0101010101010101)) & ~x;
		}
		else
			for (; k < n; k++)
				if ((unsigned char) (w->b[k] = p[k]) == FOLD_BAD)
					return false;
		if (bad & UINT64_C(0x8080808080808080))
			return false;
		w->len = (int) n;
		w->b[n] = '\0';
	}
	w->lin = true;
	w->base = (uint32_t) a;
	return true;
}

/*
 * Character walks for window views, eight bytes at a time: a character is
 * a byte that is no continuation byte (10xxxxxx).  They count as win_fill
 * and cd_prev_start step where the text is well formed, which a view is
 * (its bytes hold no FOLD_BAD); a window that is no view is made with the
 * exact walks again.
 */
/* the high bit of each byte that begins a character */
static inline uint64_t
lead_bits(uint64_t x)
{
	return ~(x & ~(x << 1)) & UINT64_C(0x8080808080808080);
}

static inline int
bits_count(uint64_t m)
{
	return (int) ((((m >> 7) & UINT64_C(0x0101010101010101)) * UINT64_C(0x0101010101010101)) >> 56);
}

/* where the character after n characters from byte a begins (as far as the text's end) */
static inline size_t
chars_on(const unsigned char *us, size_t tlen, size_t a, int n)
{
	/* a character's bytes by its first byte's high half (a continuation byte: 1) */
	static const uint8_t step[16] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4};
	size_t		p = a;

	if (n <= 24 && a + 24 <= tlen)
	{
		uint64_t	x,
					y,
					z;

		/* (twenty-four ASCII bytes: a character each) */
		memcpy(&x, us + a, 8);
		memcpy(&y, us + a + 8, 8);
		memcpy(&z, us + a + 16, 8);
		if (((x | y | z) & UINT64_C(0x8080808080808080)) == 0)
			return a + (size_t) n;
	}
#ifdef CD_LANES_LE
	while (n > 0 && p + 8 <= tlen)
	{
		uint64_t	x,
					m;
		int			k;

		memcpy(&x, us + p, 8);
		m = lead_bits(x);
		k = bits_count(m);
		if (k <= n)
		{
			n -= k;
			p += 8;
			continue;
		}
		/* the (n+1)-th beginning in these eight bytes */
		while (n-- > 0)
			m &= m - 1;
		return p + ((size_t) __builtin_ctzll(m) >> 3);
	}
	/* (here p is where a character begins, or inside the last one counted) */
	while (p < tlen && (us[p] & 0xC0) == 0x80)
		p++;
#endif
	while (p < tlen && n > 0)
	{
		p += step[us[p] >> 4];
		n--;
	}
	return p < tlen ? p : tlen;
}

/* where the n-th character before byte end begins (0 at the text's start) */
static inline size_t
chars_back(const unsigned char *us, size_t end, int n)
{
	size_t		p = end;

	if (n <= 24 && end >= 24)
	{
		uint64_t	x,
					y,
					z;

		/* (twenty-four ASCII bytes: a character each) */
		memcpy(&x, us + end - 24, 8);
		memcpy(&y, us + end - 16, 8);
		memcpy(&z, us + end - 8, 8);
		if (((x | y | z) & UINT64_C(0x8080808080808080)) == 0)
			return end - (size_t) n;
	}
#ifdef CD_LANES_LE
	while (n > 0 && p >= 8)
	{
		uint64_t	x,
					m;
		int			k;

		memcpy(&x, us + p - 8, 8);
		m = lead_bits(x);
		k = bits_count(m);
		if (k < n)
		{
			n -= k;
			p -= 8;
			continue;
		}
		/* the n-th beginning from the top of these eight bytes: the (k-n+1)-th from the bottom */
		for (int q = k - n; q > 0; q--)
			m &= m - 1;
		return p - 8 + ((size_t) __builtin_ctzll(m) >> 3);
	}
#endif
	while (n-- > 0 && p > 0)
		p = cd_prev_start((const char *) us, p);
	return p;
}

void
cd_win_before(const CdText *t, size_t end, CdWin *w)
{
	size_t		from,
				a;
	const unsigned char *us = (const unsigned char *) t->s;

	/* CD_WIN_CHARS characters back (leading white space is not in a window) */
	from = chars_back(us, end, CD_WIN_CHARS);
	a = from < end && us[from] < 0x80 && win_ascii[us[from]] == ' ' ? from + 1 : from;
	if (cd_win_views && a < end && end - a <= CD_WIN_CHARS * 4 && (us[a] & 0xC0) != 0x80 &&
		(end == t->len || (us[end] & 0xC0) != 0x80) && win_view(t, a, end, w))
	{
		while (w->len > 0 && w->b[w->len - 1] == ' ')
			w->len--;
		w->b[w->len] = '\0';
		w->src_end = (uint32_t) end;
		return;
	}
	/* (stepped back exactly, over any bytes) */
	from = end;
	for (int n = 0; n < CD_WIN_CHARS && from > 0; n++)
		from = cd_prev_start(t->s, from);
	win_fill(t, from, end, INT32_MAX, w);
	while (w->len > 0 && w->b[w->len - 1] == ' ')
		w->len--;
	w->b[w->len] = '\0';
	w->src_end = (uint32_t) end;
}

void
cd_win_after(const CdText *t, size_t start, CdWin *w)
{
	int			skip = 0;
	const unsigned char *us = (const unsigned char *) t->s;
	const size_t tlen = t->len;
	size_t		a = start;
	int			chars = CD_WIN_CHARS;

	/* (leading white space is not in a window, but counts as a character) */
	if (a < tlen && us[a] < 0x80 && win_ascii[us[a]] == ' ')
	{
		a++;
		chars--;
	}
	if (cd_win_views && a < tlen && (us[a] & 0xC0) != 0x80)
	{
		/* as win_fill ends it: `chars` characters, the text's end, or a full window */
		size_t		b = chars_on(us, tlen, a, chars);

		/* (well-formed characters fill no more than CD_WIN_CHARS * 4 bytes) */
		if (b - a <= CD_WIN_CHARS * 4 && win_view(t, a, b, w))
		{
			w->src_end = (uint32_t) b;
			return;
		}
	}
	/* CD_WIN_CHARS characters from start (no further than the text's end) */
	win_fill(t, start, t->len, CD_WIN_CHARS, w);
	while (skip < w->len && w->b[skip] == ' ')
		skip++;
	if (skip)
	{
		memmove(w->b, w->b + skip, w->len - skip);
		memmove(w->src, w->src + skip, (w->len - skip) * sizeof(uint32_t));
		w->len -= skip;
		w->b[w->len] = '\0';
	}
}

/* the ASCII word characters (letters and digits, as cd_is_word) */
static const uint8_t win_word[128] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1,
	['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
	['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1,
	['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

/* is the window character ending at byte i (exclusive) part of a word? */
static bool
word_before(const CdWin *w, int i)
{
	size_t		k,
				j;

	if (i <= 0)
		return false;
	if ((unsigned char) w->b[i - 1] < 0x80)
		return win_word[(unsigned char) w->b[i - 1]];
	k = cd_prev_start(w->b, (size_t) i);
	j = k;
	return cd_is_word_b(cd_next(w->b, (size_t) w->len, &j));
}

static bool
word_at(const CdWin *w, int i)
{
	size_t		j = (size_t) i;

	if (i >= w->len)
		return false;
	if ((unsigned char) w->b[i] < 0x80)
		return win_word[(unsigned char) w->b[i]];
	return cd_is_word_b(cd_next(w->b, (size_t) w->len, &j));
}

/* the bytes of window w that end at byte wend are cue c's? */
static inline bool
ends_as(const CdWin *w, const CdCueC *c, int wend)
{
	int			s = wend - c->len;
	uint64_t	x;

	if (s < 0)
		return false;
	if (wend < 8)
		return cd_same_bytes(w->b + s, c->text, c->len);
	memcpy(&x, w->b + wend - 8, 8);
	return (x & c->tmask) == c->tail &&
		(c->len <= 8 || cd_same_bytes(w->b + s, c->text, c->len - 8));
}

/* does the whole-word cue c end at window byte wend?  (*at: where it starts) */
static inline bool
whole_ends(const CdWin *w, const CdCueC *c, int wend, int *at)
{
	int			s = wend - c->len;

	if (ends_as(w, c, wend) &&
		!word_before(w, s) &&
	/* a cue that ends inside a word ("no" in "piano") does not count */
		(!c->word_end || !word_at(w, wend)))
	{
		*at = s;
		return true;
	}
	return false;
}

/* does the prefix cue c end with the window's last word (from ws to wend)? */
static inline bool
prefix_ends(const CdWin *w, const CdCueC *c, int wend, int ws, int *at)
{
	/* the last word must start with the cue's last word */
	int			headlen = c->headlen;
	int			lastlen = c->len - headlen;

	if (wend - ws >= lastlen && ws - headlen >= 0 &&
		(lastlen == 0 || w->b[ws] == c->text[headlen]) &&
		cd_same_bytes(w->b + ws, c->text + headlen, lastlen) &&
		cd_same_bytes(w->b + ws - headlen, c->text, headlen) &&
		!word_before(w, ws - headlen))
	{
		*at = ws - headlen;
		return true;
	}
	return false;
}

const CdCueC *
cd_win_ends_with_any(const CdWin *w, const CdCueList *l, int wend, int *at)
{
	bool		whole_ok,
				prefix_ok = false;
	int			ws = wend;		/* (with prefix cues) where the window's last word starts */

	if (wend <= 0)
		return NULL;
	/* can any cue end here? (its last byte; a prefix cue: its last word's first byte) */
	whole_ok = l->has_empty || CD_BIT_TEST(l->last, (unsigned char) w->b[wend - 1]);
	if (l->nprefix > 0)
	{
		while (ws > 0)
		{
			unsigned char ch = (unsigned char) w->b[ws - 1];

			if (ch < 0x80 ? !win_word[ch] : !word_before(w, ws))
				break;
			ws = ch < 0x80 ? ws - 1 : (int) cd_prev_start(w->b, (size_t) ws);
		}
		prefix_ok = ws < wend && CD_BIT_TEST(l->prefix_lastword_first, (unsigned char) w->b[ws]);
	}
	if (!whole_ok && !prefix_ok)
		return NULL;
	if (l->rev && cd_cue_tries && (l->by_last ? l->last_at[(unsigned char) w->b[wend - 1] + 1] -
					l->last_at[(unsigned char) w->b[wend - 1]] : l->n) > TRIE_FROM)
	{
		/* (no prefix cue) the cues the window ends with, longest first */
		const CdTrie *t = l->rev;
		uint32_t	hit[CD_WIN_CHARS * 4 + 8];
		int			nhit = trie_walk(t, w->b, wend - 1, -1, -1, hit, (int) (sizeof(hit) / sizeof(hit[0])));

		while (nhit-- > 0)
		{
			const TrieNode *nd = &t->node[hit[nhit]];

			for (int k = 0; k < nd->ncues; k++)
			{
				const CdCueC *c = &l->cues[t->cue[nd->cue + k]];
				int			s = wend - c->len;

				if (!word_before(w, s) && (!c->word_end || !word_at(w, wend)))
				{
					*at = s;
					return c;
				}
			}
		}
		return NULL;
	}
	if (l->by_last)
	{
		/*
		 * The whole-word cues that end with the window's byte, and the prefix
		 * cues: the first in the list's order that matches, as below
		 */
		int			k = INT32_MAX,
					kat = 0;

		if (whole_ok)
			for (int kk = l->last_at[(unsigned char) w->b[wend - 1]];
				 kk < l->last_at[(unsigned char) w->b[wend - 1] + 1]; kk++)
				if (whole_ends(w, &l->cues[l->by_last[kk]], wend, &kat))
				{
					k = l->by_last[kk];
					break;
				}
		if (prefix_ok)
		{
			/* (by the last word's first byte; all of them when a cue has no last word) */
			int			p0 = l->prefix_first_at ? l->prefix_first_at[(unsigned char) w->b[ws]] : 0,
						p1 = l->prefix_first_at ? l->prefix_first_at[(unsigned char) w->b[ws] + 1] : l->nprefix;

			for (int p = p0; p < p1 && l->prefix_at[p] < k; p++)
				if (prefix_ends(w, &l->cues[l->prefix_at[p]], wend, ws, at))
					return &l->cues[l->prefix_at[p]];
		}
		if (k == INT32_MAX)
			return NULL;
		*at = kat;
		return &l->cues[k];
	}
	/* (a short list: no index) */
	for (int kk = 0; kk < l->n; kk++)
	{
		const CdCueC *c = &l->cues[kk];

		if (c->prefix ? prefix_ok && prefix_ends(w, c, wend, ws, at) :
			whole_ok && whole_ends(w, c, wend, at))
			return c;
	}
	return NULL;
}

/*
 * Cue c, whose bytes the window has from `from`, starts a match there: a
 * prefix cue takes the rest of its word, a whole-word cue ends where the word
 * does.  *end: the window byte past the match.
 */
static bool
starts_here(const CdWin *w, const CdCueC *c, int from, int *end)
{
	int			e = from + c->len;

	if (c->prefix)
	{
		while (word_at(w, e))
		{
			size_t		j = (size_t) e;

			(void) cd_next(w->b, (size_t) w->len, &j);
			e = (int) j;
		}
	}
	else if (c->word_end && word_at(w, e))
		return false;
	*end = e;
	return true;
}

const CdCueC *
cd_win_starts_with_any(const CdWin *w, int from, const CdCueList *l, int *end)
{
	int			k0 = 0,
				k1 = l->n;
	uint64_t	x;

	if (!l->has_empty && (from >= w->len || !CD_BIT_TEST(l->first, (unsigned char) w->b[from])))
		return NULL;
	if (l->fwd && cd_cue_tries && (l->by_first ? l->first_at[(unsigned char) w->b[from] + 1] -
					l->first_at[(unsigned char) w->b[from]] : l->n) > TRIE_FROM)
	{
		/* the cues the window has from `from`, longest first */
		const CdTrie *t = l->fwd;
		uint32_t	hit[CD_WIN_CHARS * 4 + 8];
		int			nhit = trie_walk(t, w->b, from, w->len, 1, hit, (int) (sizeof(hit) / sizeof(hit[0])));

		while (nhit-- > 0)
		{
			const TrieNode *nd = &t->node[hit[nhit]];

			for (int k = 0; k < nd->ncues; k++)
			{
				const CdCueC *c = &l->cues[t->cue[nd->cue + k]];

				if (starts_here(w, c, from, end))
					return c;
			}
		}
		return NULL;
	}
	if (l->by_first)
	{
		/* only the cues that begin with the window's byte can match */
		k0 = l->first_at[(unsigned char) w->b[from]];
		k1 = l->first_at[(unsigned char) w->b[from] + 1];
	}
	memcpy(&x, w->b + from, 8);
	for (int kk = k0; kk < k1; kk++)
	{
		const CdCueC *c = &l->cues[l->by_first ? l->by_first[kk] : kk];

		if (from + c->len > w->len || (x & c->hmask) != c->head ||
			(c->len > 8 && !cd_same_bytes(w->b + from + 8, c->text + 8, c->len - 8)))
			continue;
		if (starts_here(w, c, from, end))
			return c;
	}
	return NULL;
}
