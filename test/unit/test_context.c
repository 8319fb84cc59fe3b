#include <stdlib.h>

#include "unit.h"
#include "context.h"

/* cut a window of text around characters [s, e) and compare */
static int
cut_is(const char *text, long s, long e, const char *ev, int width, const char *want)
{
	size_t		len = strlen(text);
	size_t	   *marks = malloc(sizeof(size_t) * cd_char_index_marks(len));
	char	   *out = malloc(cd_context_max(strlen(ev), width));
	CdCharIndex idx;
	size_t		n;
	int			ok;

	cd_char_index_build(&idx, text, len, marks);
	n = cd_context_cut(&idx, s, e, ev, strlen(ev), width, out);
	ok = n == strlen(want) && memcmp(out, want, n) == 0;
	if (!ok)
		printf("context: got \"%.*s\", expected \"%s\"\n", (int) n, out, want);
	free(out);
	free(marks);
	return ok;
}

void
test_context(void)
{
	/* characters, not bytes: Vietnamese letters of two and three bytes */
	const char *vi = "Tỉnh Lào Cai đạt 91,56% năm 2024.";
	size_t		marks[64];
	CdCharIndex idx;

	cd_char_index_build(&idx, vi, strlen(vi), marks);
	CHECK(idx.nchars == 33);
	CHECK(cd_char_byte(&idx, 0) == 0);
	CHECK(cd_char_byte(&idx, 1) == 1);
	CHECK(cd_char_byte(&idx, 2) == 4);	/* after "Tỉ": ỉ is 3 bytes */
	CHECK(cd_char_byte(&idx, -5) == 0);
	CHECK(cd_char_byte(&idx, 1000) == strlen(vi));

	/* the evidence marked, width characters each side */
	CHECK(cut_is(vi, 17, 23, "91,56%", 5, " đạt [[91,56%]] năm "));
	CHECK(cut_is(vi, 17, 23, "91,56%", 0, "[[91,56%]]"));
	/* runs of white space (ASCII, no-break space, ideographic space) become one */
	CHECK(cut_is("a \t\n b\xC2\xA0\xE3\x80\x80" "c", 0, 1, "a", 10, "[[a]] b c"));
	/* spans past either end, or the wrong way round, are cut to the text */
	CHECK(cut_is("abc", 5, 9, "x", 3, "c[[x]]"));
	CHECK(cut_is("abc", -4, -2, "x", 3, "[[x]]abc"));
	CHECK(cut_is("abc", 2, 1, "x", 1, "b[[x]]b"));
	CHECK(cut_is("", 0, 0, "", 60, "[[]]"));

	/* an index over a long text: every character's byte offset is right */
	{
		size_t		n = 5000;
		char	   *t = malloc(n * 3 + 1);
		size_t	   *m = malloc(sizeof(size_t) * cd_char_index_marks(n * 3));
		CdCharIndex ix;
		int			all = 1;

		for (size_t i = 0; i < n; i++)
			memcpy(t + 3 * i, "\xE1\xBB\x89", 3);	/* ỉ */
		t[n * 3] = '\0';
		cd_char_index_build(&ix, t, n * 3, m);
		for (size_t k = 0; k <= n; k++)
			all &= cd_char_byte(&ix, (long) k) == 3 * k;
		CHECK(ix.nchars == (long) n);
		CHECK(all);
		free(m);
		free(t);
	}
}
