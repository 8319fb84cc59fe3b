/*
 * context.h
 *		The evidence of a fact in its context: a window of characters before
 *		and after a character span of a text, white space collapsed.  Plain C
 *		(no ICU, no PostgreSQL); the text is valid UTF-8.
 *
 *		A CdCharIndex maps character offsets to byte offsets in constant time
 *		(a byte offset kept every CD_CHAR_INDEX_STEP characters), so that
 *		cutting the windows of many facts of one text costs the windows, not
 *		a scan of the text from its start for each fact.
 */
#ifndef CLUSTERDATA_CONTEXT_H
#define CLUSTERDATA_CONTEXT_H

#include <stddef.h>
#include <stdint.h>

#define CD_CHAR_INDEX_STEP 64

typedef struct CdCharIndex
{
	const char *text;			/* not owned */
	size_t		len;			/* bytes */
	int64_t		nchars;			/* characters */
	size_t	   *marks;			/* byte offset of character k * STEP */
	size_t		nmarks;
} CdCharIndex;

/* Number of marks cd_char_index_build needs for a text of len bytes. */
extern size_t cd_char_index_marks(size_t len);

/* Fill idx for text (marks: room for cd_char_index_marks(len) entries). */
extern void cd_char_index_build(CdCharIndex *idx, const char *text, size_t len, size_t *marks);

/* Byte offset of character k, k clamped to [0, nchars]. */
extern size_t cd_char_byte(const CdCharIndex *idx, int64_t k);

/*
 * Write into out (room for cd_context_max(...) bytes) up to `width`
 * characters of the text before character span_start, then "[[", the
 * evidence, "]]", then up to `width` characters from span_end; each run of
 * white space becomes one space.  Returns the length written.
 */
extern size_t cd_context_max(size_t evidence_len, int width);
extern size_t cd_context_cut(const CdCharIndex *idx, int64_t span_start, int64_t span_end,
							 const char *evidence, size_t evidence_len, int width, char *out);

#endif
