/*
 * context.c
 *		The evidence of a fact in its context (see context.h).
 */
#include "context.h"

#include <string.h>

/* a byte that starts a character (not a UTF-8 continuation byte) */
#define STARTS_CHAR(b) (((unsigned char) (b) & 0xC0) != 0x80)

size_t
cd_char_index_marks(size_t len)
{
	return len / CD_CHAR_INDEX_STEP + 2;
}

void
cd_char_index_build(CdCharIndex *idx, const char *text, size_t len, size_t *marks)
{
	int64_t		k = 0;

	idx->text = text;
	idx->len = len;
	idx->marks = marks;
	idx->nmarks = 0;
	for (size_t i = 0; i < len; i++)
	{
		if (!STARTS_CHAR(text[i]))
			continue;
		if (k % CD_CHAR_INDEX_STEP == 0)
			marks[idx->nmarks++] = i;
		k++;
	}
	idx->nchars = k;
}

size_t
cd_char_byte(const CdCharIndex *idx, int64_t k)
{
	size_t		i;
	int64_t		n;

	if (k <= 0)
		return 0;
	if (k >= idx->nchars)
		return idx->len;
	i = idx->marks[k / CD_CHAR_INDEX_STEP];
	n = k % CD_CHAR_INDEX_STEP;
	while (n > 0)
	{
		i++;
		while (i < idx->len && !STARTS_CHAR(idx->text[i]))
			i++;
		n--;
	}
	return i;
}

/*
 * Length of the white-space character at s[i] (Unicode White_Space), or 0.
 * The text is valid UTF-8.
 */
static size_t
space_len(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *) s + i;
	size_t		left = len - i;

	switch (u[0])
	{
		case ' ':
		case '\t':
		case '\n':
		case '\v':
		case '\f':
		case '\r':
			return 1;
		case 0xC2:				/* U+0085, U+00A0 */
			return left >= 2 && (u[1] == 0x85 || u[1] == 0xA0) ? 2 : 0;
		case 0xE1:				/* U+1680 */
			return left >= 3 && u[1] == 0x9A && u[2] == 0x80 ? 3 : 0;
		case 0xE2:				/* U+2000..U+200A, U+2028, U+2029, U+202F, U+205F */
			if (left < 3)
				return 0;
			if (u[1] == 0x80 && (u[2] <= 0x8A || u[2] == 0xA8 || u[2] == 0xA9 || u[2] == 0xAF))
				return 3;
			if (u[1] == 0x81 && u[2] == 0x9F)
				return 3;
			return 0;
		case 0xE3:				/* U+3000 */
			return left >= 3 && u[1] == 0x80 && u[2] == 0x80 ? 3 : 0;
		default:
			return 0;
	}
}

/* append s[from, to) with white-space runs collapsed; *in_space carries over */
static size_t
put_collapsed(char *out, size_t o, const char *s, size_t len, size_t from, size_t to, int *in_space)
{
	size_t		i = from;

	while (i < to)
	{
		size_t		w = space_len(s, len, i);

		if (w > 0)
		{
			if (!*in_space)
				out[o++] = ' ';
			*in_space = 1;
			i += w;
		}
		else
		{
			out[o++] = s[i++];
			*in_space = 0;
		}
	}
	return o;
}

size_t
cd_context_max(size_t evidence_len, int width)
{
	/* a character is at most 4 bytes; 4 for the brackets */
	return (size_t) (width > 0 ? width : 0) * 8 + evidence_len + 4;
}

size_t
cd_context_cut(const CdCharIndex *idx, int64_t span_start, int64_t span_end,
			   const char *evidence, size_t evidence_len, int width, char *out)
{
	size_t		o = 0;
	int			in_space = 0;
	int64_t		before_from;
	int64_t		after_to;

	if (width < 0)
		width = 0;
	before_from = span_start - width;
	if (before_from < 0)
		before_from = 0;
	if (span_start > 0)
		o = put_collapsed(out, o, idx->text, idx->len, cd_char_byte(idx, before_from),
						  cd_char_byte(idx, span_start), &in_space);
	o = put_collapsed(out, o, "[[", 2, 0, 2, &in_space);
	o = put_collapsed(out, o, evidence, evidence_len, 0, evidence_len, &in_space);
	o = put_collapsed(out, o, "]]", 2, 0, 2, &in_space);
	if (span_end < 0)
		span_end = 0;
	after_to = span_end + width;
	o = put_collapsed(out, o, idx->text, idx->len, cd_char_byte(idx, span_end),
					  cd_char_byte(idx, after_to), &in_space);
	return o;
}
