/*
 * numscan.c
 *		The number scanner: one pass over UTF-8 text.  Most bytes are skipped
 *		by a fast test; at each digit the number is read with the language's
 *		separators, then the few words around it (case-folded windows) decide
 *		what it is: percent, fraction, ratio, range, year, date, ordinal, code.
 */
#include "numscan.h"

#include <stddef.h>
#include <string.h>

#include <unicode/uchar.h>

static const char *const kind_names[CD_NKINDS] = {"number", "percent", "fraction", "ratio", "range",
"year", "date", "ordinal", "code", "comparison"};
static const char *const qual_names[] = {"eq", "gt", "ge", "lt", "le", "approx"};

const char *
cd_kind_name(CdKind k)
{
	return kind_names[k];
}

const char *
cd_qual_name(CdQual q)
{
	return qual_names[q];
}

char *
cd_decimal(int64_t v, int scale, char *buf, size_t size)
{
	char		digits[20];		/* UINT64_MAX has 20 digits */
	int			n = 0,
				width;
	size_t		o = 0,
				need;
	uint64_t	u = v < 0 ? (uint64_t) (-(v + 1)) + 1 : (uint64_t) v;

	if (scale < 0 || size == 0)
		return NULL;
	do
	{
		digits[n++] = (char) ('0' + u % 10);
		u /= 10;
	} while (u);
	/* digits written: at least scale + 1 (a leading 0 before the point) */
	width = n > scale ? n : scale + 1;
	need = (size_t) (v < 0) + (size_t) width + (scale > 0) + 1;
	if (need > size)
		return NULL;
	if (v < 0)
		buf[o++] = '-';
	for (int i = width - 1; i >= 0; i--)
	{
		buf[o++] = i < n ? digits[i] : '0';
		if (i == scale && scale > 0)
			buf[o++] = '.';
	}
	buf[o] = '\0';
	return buf;
}

/* bytes between a change ("giảm 43 vụ") and the pair it compares ("(391/434)") */
#define CD_COMPARISON_GAP 16

/* ------------------------------------------------------------------ state */

typedef struct Scan
{
	CdText	   *t;
	const CdLangC *L;
	CdNumEmit	emit;
	void	   *arg;
	CdNum		last;			/* the last emitted expression */
	bool		have_last;
	bool		chars;			/* count the character spans (cstart, cend) */
	CdWin		after;			/* the last window built after a position */
	size_t		after_pos;
	bool		have_after;
} Scan;

/* the case-folded window after byte `pos`, built once per position */
static const CdWin *
after_at(Scan *sc, size_t pos)
{
	if (!sc->have_after || sc->after_pos != pos)
	{
		cd_win_after(sc->t, pos, &sc->after);
		sc->after_pos = pos;
		sc->have_after = true;
	}
	return &sc->after;
}

/* a number as read from the text */
typedef struct Raw
{
	int64_t		v;
	int			scale;
	int			intdigits;		/* digits before the decimal separator */
	bool		grouped;
	bool		decimal;
	bool		overflow;
	bool		lead_zero;
	bool		more;			/* "4多万": more than, written between digits and multiplier */
	size_t		start,
				end;
} Raw;

/* does one of the language's date marks ("년", "月", "日") stand at byte j, after spaces? */
static bool
date_mark_after(const CdText *t, const CdLang *lang, size_t j)
{
	while (j < t->len && t->s[j] == ' ')
		j++;
	for (const char *const *m = lang->date_marks; m && *m; m++)
	{
		size_t		ml = strlen(*m);

		if (j + ml <= t->len && memcmp(t->s + j, *m, ml) == 0)
			return true;
	}
	return false;
}

/* value of the digit at byte i, or -1; *next is set past it */
static inline int
digit_at(const CdText *t, size_t i, size_t *next)
{
	unsigned char c;
	UChar32		cp;
	size_t		j = i;

	if (i >= t->len)
		return -1;
	c = (unsigned char) t->s[i];
	if (c >= '0' && c <= '9')
	{
		*next = i + 1;
		return c - '0';
	}
	if (c < 0xC0)
		return -1;
	cp = cd_next(t->s, t->len, &j);
	if (!cd_is_digit(cp))
		return -1;
	*next = j;
	return u_charDigitValue(cp);
}

/* count the digits of the run at i (no consumption); *after is the end */
static int
digit_run(const CdText *t, size_t i, size_t *after)
{
	int			n = 0;
	size_t		nx;

	while (digit_at(t, i, &nx) >= 0)
	{
		n++;
		i = nx;
	}
	*after = i;
	return n;
}

static inline bool
push_digit(Raw *r, int d)
{
	if (r->v > (INT64_MAX - 9) / 10)
	{
		r->overflow = true;
		return false;
	}
	r->v = r->v * 10 + d;
	return true;
}

static UChar32
cp_at(const CdText *t, size_t i, size_t *next)
{
	size_t		j = i;
	UChar32		c;

	if (i >= t->len)
	{
		*next = i;
		return 0;
	}
	c = cd_next(t->s, t->len, &j);
	*next = j;
	return c;
}

static bool
is_group_space(UChar32 c)
{
	return c == ' ' || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

/* the multiplier word at byte i ("万": 4), or -1; *next is set past it */
static int
multiplier_at(const CdText *t, const CdLang *lang, size_t i, size_t *next)
{
	for (int k = 0; lang->multipliers[k].text; k++)
	{
		const char *m = lang->multipliers[k].text;
		size_t		ml = strlen(m);

		if (i + ml <= t->len && memcmp(t->s + i, m, ml) == 0)
		{
			*next = i + ml;
			return lang->multipliers[k].value;
		}
	}
	return -1;
}

/*
 * "3万", "1.5万", "3만3470", "2만1천": multiplier words right after the
 * digits scale the number; digits after a multiplier start the next, smaller
 * part (Korean writes 33,470 as "3만3470" and 21,000 as "2만1천").  Returns
 * where the number ends.
 */
static size_t
read_multiplier(const CdText *t, const CdLang *lang, size_t i, Raw *r)
{
	size_t		nx;
	int			p = multiplier_at(t, lang, i, &nx),
				last = 99;
	int64_t		total = 0;

	/* "4多万" (4万多 with the words swapped): over 40,000 */
	if (p < 0 && i + 3 < t->len && memcmp(t->s + i, "\xE5\xA4\x9A", 3) == 0 &&
		(p = multiplier_at(t, lang, i + 3, &nx)) >= 0)
		r->more = true;
	if (p < 0)
		return i;
	r->grouped = true;			/* no year */
	while (p >= 0 && p < last)
	{
		int64_t		part = r->v;
		int			scale = r->scale;

		last = p;
		i = nx;
		for (; p > 0; p--)
		{
			if (scale > 0)
				scale--;
			else if (part > INT64_MAX / 10)
			{
				r->overflow = true;
				return i;
			}
			else
				part *= 10;
		}
		if (scale > 0)
		{
			/* "1.25万" keeps no fraction of a unit: 12500 */
			while (scale-- > 0)
				part /= 10;
		}
		if (total > INT64_MAX - part)
		{
			r->overflow = true;
			return i;
		}
		total += part;
		r->v = 0;
		r->scale = 0;
		/*
		 * a smaller part may follow: its digits (grouped by commas: "1만
		 * 2,345건"), then maybe a smaller multiplier; after a space ("1만
		 * 8천") or a zero word (Chinese 零: "1萬零24")
		 */
		{
			size_t		j = i;
			int			d,
						n = 0;
			int64_t		v = 0;
			bool		spaced = false;

			if (j + 1 < t->len && t->s[j] == ' ' && digit_at(t, j + 1, &nx) >= 0)
			{
				j++;
				spaced = true;
			}
			else
				for (const char *const *z = lang->zero_words; z && *z; z++)
				{
					size_t		zl = strlen(*z);

					if (j + zl < t->len && memcmp(t->s + j, *z, zl) == 0 && digit_at(t, j + zl, &nx) >= 0)
					{
						j += zl;
						break;
					}
				}
			while (n < 18)
			{
				if ((d = digit_at(t, j, &nx)) >= 0)
				{
					v = v * 10 + d;
					n++;
					j = nx;
				}
				else if (n > 0 && n <= 3 && j + 3 < t->len && t->s[j] == ',' &&
						 digit_at(t, j + 1, &nx) >= 0 && digit_at(t, j + 2, &nx) >= 0 &&
						 digit_at(t, j + 3, &nx) >= 0 && digit_at(t, j + 4, &nx) < 0)
					j++;
				else
					break;
			}
			if (n == 0)
				break;
			/* (after a space, not a date's year or month: "3만 2024년") */
			if (spaced && date_mark_after(t, lang, j))
				break;
			p = multiplier_at(t, lang, j, &nx);
			if (p >= 0 && p < last)
			{
				r->v = v;
				continue;
			}
			/* plain digits close the number when they fit below the last multiplier */
			if (p < 0 && n <= last && digit_at(t, j, &nx) < 0 && total <= INT64_MAX - v)
			{
				total += v;
				i = j;
			}
			break;
		}
	}
	r->v = total;
	r->scale = 0;
	r->decimal = false;
	return i;
}

/*
 * Read the number at byte i with the language's separators: grouping only
 * where a full group follows ("1,707", "54.400", "1 707", Indian "1,00,000"),
 * a decimal part after the decimal separator.  A separator that cannot be
 * grouping (not followed by a full group) and is followed by digits is read
 * as a decimal point in either convention ("89.1%" in a decimal-comma text).
 */
static void
read_number(const CdText *t, const CdLang *lang, size_t i, Raw *r)
{
	size_t		nx,
				after;
	int			d,
				n = 0,
				ngroups = 0;

	memset(r, 0, sizeof(*r));
	r->start = i;
	while ((d = digit_at(t, i, &nx)) >= 0)
	{
		if (n == 0 && d == 0)
			r->lead_zero = true;
		push_digit(r, d);
		n++;
		i = nx;
	}
	r->intdigits = n;
	for (;;)
	{
		UChar32		sep = cp_at(t, i, &nx);
		bool		is_group = false;
		int			m;

		if (sep == 0)
			break;
		m = digit_run(t, nx, &after);
		if (m == 0)
			break;
		/* U+066C, the Arabic thousands separator, groups in any language */
		if ((sep == '.' && lang->group_dot) || (sep == ',' && lang->group_comma) ||
			(is_group_space(sep) && lang->group_space) || sep == 0x066C)
		{
			bool		first_ok = ngroups > 0 || (r->intdigits >= 1 && r->intdigits <= 3);

			if (lang->indian_grouping && sep == ',' && m == 2 && ngroups >= 0 &&
				(ngroups > 0 || r->intdigits <= 2))
			{
				/* 1,00,000: two-digit groups, then a final three-digit group */
				size_t		a2;
				UChar32		s2 = cp_at(t, after, &a2);

				if (s2 == ',' && digit_run(t, a2, &a2) >= 2)
					is_group = true;
			}
			if (m == 3 && first_ok)
				is_group = true;
			/*
			 * "81 32 %": a decimal comma lost in translation.  Two digits
			 * after a space and then a percent sign are no group and no
			 * number of their own: read them as the decimals.
			 */
			if (is_group_space(sep) && !is_group && m == 2 && ngroups == 0 &&
				r->intdigits >= 1 && r->intdigits <= 3 && lang->decimal == ',')
			{
				size_t		q = after,
							qn;
				UChar32		pc;

				while ((pc = cp_at(t, q, &qn)) != 0 && is_group_space(pc))
					q = qn;
				if (pc == '%')
				{
					i = nx;
					while ((d = digit_at(t, i, &nx)) >= 0)
					{
						if (push_digit(r, d))
							r->scale++;
						i = nx;
					}
					r->decimal = true;
					break;
				}
			}
			if (is_group_space(sep) && !is_group)
				break;			/* "7 19": two numbers */
		}
		if (is_group)
		{
			i = nx;
			while ((d = digit_at(t, i, &nx)) >= 0)
			{
				push_digit(r, d);
				r->intdigits++;
				i = nx;
			}
			r->grouped = true;
			ngroups++;
			continue;
		}
		/* U+066B, the Arabic decimal separator, is one in any language */
		if (sep == (UChar32) lang->decimal || sep == '.' || sep == ',' || sep == 0x066B)
		{
			/* a decimal part; a group separator with a full group never gets here */
			if (sep != (UChar32) lang->decimal && sep != 0x066B && m == 3 && !lang->group_dot &&
				!lang->group_comma)
				break;
			i = nx;
			while ((d = digit_at(t, i, &nx)) >= 0)
			{
				/* more decimals than a quantity has: too long to be one */
				if (r->scale >= CD_MAX_SCALE)
					r->overflow = true;
				else if (push_digit(r, d))
					r->scale++;
				i = nx;
			}
			r->decimal = true;
		}
		break;
	}
	if (lang->multipliers && !r->overflow)
		i = read_multiplier(t, lang, i, r);
	r->end = i;
}

/* ------------------------------------------------------------------ emit */

static void
emit(Scan *sc, CdNum *n)
{
	if (sc->chars)
	{
		n->cstart = cd_text_char(sc->t, n->bstart);
		n->cend = cd_text_char_end(sc->t, n->bend);
	}
	else
		n->cstart = n->cend = -1;
	sc->emit(n, sc->arg);
	sc->last = *n;
	sc->have_last = true;
}

static void
set_value(CdNum *n, const Raw *r)
{
	if (!r->overflow)
	{
		n->v = r->v;
		n->scale = r->scale;
		n->flags |= CD_F_VALUE;
	}
}

static void
set_value2(CdNum *n, const Raw *r)
{
	if (!r->overflow)
	{
		n->v2 = r->v;
		n->scale2 = r->scale;
		n->flags |= CD_F_VALUE2;
	}
}

static double
raw_value(const Raw *r)
{
	double		v = (double) r->v;

	for (int k = 0; k < r->scale; k++)
		v /= 10.0;
	return v;
}

static bool
is_int(const Raw *r)
{
	return !r->decimal && !r->overflow;
}

static bool
is_year(const Raw *r)
{
	return is_int(r) && !r->grouped && r->intdigits == 4 && r->v >= 1900 && r->v <= 2100;
}

/* skip spaces (no line breaks) from byte i */
static size_t
skip_spaces(const CdText *t, size_t i)
{
	size_t		nx;

	while (i < t->len)
	{
		UChar32		c = cp_at(t, i, &nx);

		if (!(c == ' ' || c == 0x00A0 || c == 0x202F || c == 0x2009 || c == '\t'))
			break;
		i = nx;
	}
	return i;
}

static bool
is_upper_ascii(const CdText *t, size_t i)
{
	size_t		nx;
	UChar32		c = cp_at(t, i, &nx);

	return c != 0 && u_isupper(c);
}

/* end of a code token: letters, digits, '/', '-', '.' followed by alnum */
static size_t
code_end(const CdText *t, size_t i)
{
	size_t		nx;

	while (i < t->len)
	{
		UChar32		c = cp_at(t, i, &nx);

		if (cd_is_word_b(c))
			i = nx;
		else if ((c == '/' || c == '-' || c == '.') && nx < t->len)
		{
			size_t		n2;
			UChar32		c2 = cp_at(t, nx, &n2);

			if (!cd_is_word_b(c2))
				break;
			i = nx;
		}
		else
			break;
	}
	return i;
}

static bool
valid_dm(int64_t d, int64_t m)
{
	return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/* a 4-digit year right after byte i, optionally behind ", " / "/" / " năm " ... */
static bool
year_after(Scan *sc, size_t i, int64_t *year, size_t *end)
{
	size_t		j = skip_spaces(sc->t, i),
				nx;
	Raw			y;
	const CdWin *w;
	int			e;
	UChar32		c = cp_at(sc->t, j, &nx);

	if (c == ',' || c == '/' || c == '-' || c == '.')
		j = skip_spaces(sc->t, nx);
	else if (c != 0 && !u_isdigit(c))
	{
		/* a year word: "tháng 7 năm 2024", "marca 2024 r." */
		w = after_at(sc, j);
		if (cd_win_starts_with(w, 0, &sc->L->year_words, &e) && e < w->len && w->b[e] == ' ')
			j = cd_win_src(w, e + 1);
	}
	if (digit_at(sc->t, j, &nx) < 0)
		return false;
	read_number(sc->t, sc->L->lang, j, &y);
	if (!is_year(&y))
		return false;
	*year = y.v;
	*end = y.end;
	return true;
}

/* does a character of a spaceless script (Han, Kana) end at window byte e? */
static bool
cjk_before(const CdWin *w, int e)
{
	size_t		k;

	if (e <= 0)
		return false;
	k = cd_prev_start(w->b, (size_t) e);
	return cd_cjk_class(cd_next(w->b, (size_t) w->len, &k)) != 0;
}

/* past the window's word at pos (to a ' ' or the end); -1: punctuation first */
static int
skip_word(const CdWin *w, int pos)
{
	while (pos < w->len && w->b[pos] != ' ')
	{
		size_t		j = (size_t) pos;
		UChar32		ch = cd_next(w->b, (size_t) w->len, &j);

		if (!cd_is_word(ch) && ch != '-' && ch != '\'')
			return -1;
		pos = (int) j;
	}
	return pos;
}

/*
 * The rest of a word the window cut, from byte *j of the text: true with *j
 * at the white space after it; false at punctuation (as skip_word), at the
 * text's end, or past WORD_REST characters (a run of letters without spaces,
 * as Han text is, is no word to step over)
 */
#define WORD_REST 64

static bool
word_rest(const CdText *t, size_t *j)
{
	for (int n = 0; n < WORD_REST && *j < t->len; n++)
	{
		size_t		q = *j;
		UChar32		ch = cd_next(t->s, t->len, &q);

		if (cd_is_space(ch))
			return true;
		if (!cd_is_word(ch) && ch != '-' && ch != '\'')
			return false;
		*j = q;
	}
	return false;
}

/* four plain digits of a year's range (1900..2100), as a year is written */
static bool
year_like(const CdNum *n)
{
	return n->bend - n->bstart == 4 && (n->flags & CD_F_VALUE) && n->scale == 0 &&
		n->v >= 1900 && n->v <= 2100;
}

/* qualifier, change flag and unit from the words around [bstart, bend) */
static void
context(Scan *sc, CdNum *n, const CdWin *before, bool quantity)
{
	const CdWin *after = after_at(sc, n->bend);
	int			at,
				e,
				qe = 0;
	const CdCueC *c,
			   *qa = NULL;		/* the qualifier after the number (read once) */

	if (quantity)
	{
		qa = cd_win_starts_with(after, 0, &sc->L->qual_after, &qe);
		if ((c = cd_win_ends_with(before, &sc->L->qual_before, before->len, &at)) != NULL)
			n->qual = (CdQual) c->value;
		else if (qa)
			n->qual = (CdQual) qa->value;
		if (cd_win_ends_with(before, &sc->L->change_before, before->len, &at) ||
			cd_win_starts_with(after, 0, &sc->L->change_after, &e))
			n->flags |= CD_F_CHANGE;
	}
	/* a unit word within the next three words (after a qualifier: "4万多块") */
	{
		int			pos = 0;
		CdWin		more;

		if (qa && qe > 0 && cjk_before(after, qe))
			pos = qe;

		for (int k = 0; k < 3; k++)
		{
			/*
			 * Words that run past the window ("7 economic-related crime
			 * cases"): a window from this word on, when the text goes on
			 * and the longest unit starting with its byte might not fit
			 * with the byte after it
			 */
			if (after->src_end < sc->t->len &&
				(pos >= after->len ||
				 after->len - pos <= sc->L->units.maxlen_first[(unsigned char) after->b[pos]]))
			{
				cd_win_after(sc->t, cd_win_src(after, pos), &more);
				after = &more;
				pos = 0;
			}
			if (pos >= after->len)
				break;
			if ((c = cd_win_starts_with(after, pos, &sc->L->units, &e)) != NULL)
			{
				n->unit = c->label;
				break;
			}
			/*
			 * a year's unit is none behind another quantity's digits
			 * ("Quartal 2023 wurden 640 Verdächtige": 2023 is no count of
			 * suspects; "from 5 to 2 days" keeps its unit)
			 */
			if (k > 0 && after->b[pos] >= '0' && after->b[pos] <= '9' && year_like(n))
				break;
			/* another quantity's number word: "30-4 và một vụ" */
			if (k > 0 && ((after->b[pos] | 0x20) >= 'a' && (after->b[pos] | 0x20) <= 'z') &&
				(sc->L->number_word_initials & (1u << ((after->b[pos] | 0x20) - 'a'))) &&
				cd_win_starts_with(after, pos, &sc->L->number_words, &e) != NULL)
				break;
			/* next word; stop at punctuation */
			if ((pos = skip_word(after, pos)) < 0)
				break;
			if (pos >= after->len && after->src_end < sc->t->len)
			{
				/* the word runs past the window: on from its end in the text */
				size_t		j = after->src_end;

				if (!word_rest(sc->t, &j))
					break;
				cd_win_after(sc->t, j, &more);
				after = &more;
				pos = 0;
				continue;
			}
			pos++;
		}
	}
	/*
	 * A counter of no unit of its own right after the number ("12개",
	 * "23个", "1,205 ราย"): the noun before the number gives the unit
	 * ("범죄조직 12개": gang, "团伙23个": gang, "ผู้ต้องหา 1,205 ราย": suspect)
	 */
	if (!n->unit && sc->L->counters.n > 0 &&
		cd_win_starts_with(after_at(sc, n->bend), 0, &sc->L->counters, &e) != NULL &&
		(c = cd_win_ends_with(before, &sc->L->units_before, before->len, &at)) != NULL)
		n->unit = c->label;
}

/* ------------------------------------------------------------------ spelled-out numbers */

/*
 * A number with words: number words and scale words ("dos mil", "tres mil
 * doscientos", "hai trăm năm mươi nghìn"), digits with scale words ("3
 * triệu", "1,5 millones", "20 de mii") and a scale word before a small group
 * of digits ("mil 520" = 1520, as foreign editions write 1,520).  The parts
 * are read in turn; a part that does not fit where it stands (a number word
 * no smaller than the one before, a scale word no smaller than the last)
 * ends the number there.
 */
typedef struct Spell
{
	int64_t		total;			/* groups closed by a scale word of 3 or more */
	int64_t		cur;			/* the group being read ("doscientos treinta") */
	int			scale;			/* decimals of cur (digits: "1,5 millones") */
	int64_t		room;			/* a number word added to cur must be below it */
	int64_t		lastw;			/* the last number word, while a small scale may take it */
	int64_t		room_before;	/* room before lastw was added */
	int			last;			/* power of ten of the groups in total; 0: none */
	bool		after_scale;	/* the last part was a scale word of 3 or more */
	bool		done;			/* nothing more may be added (decimals left) */
	int			nparts;			/* parts read (joining words not counted) */
	int			nscales;		/* scale words read */
	bool		all_part;		/* every number word read is CD_NUMW_PART */
	size_t		end;			/* source byte past the last part */
} Spell;

enum
{
	SP_NONE, SP_WORD, SP_SCALE, SP_AND, SP_OF, SP_TEEN, SP_NOT, SP_DIGITS
};

typedef struct SpPart
{
	int			what;
	int64_t		v;				/* a number word's or digit group's value */
	int			flags;			/* CD_NUMW_* of a number word, CD_SCALE_ONE */
	int			p;				/* a scale word's power of ten */
	size_t		end;			/* source byte past it */
} SpPart;

static bool
mul_pow10(int64_t *v, int p)
{
	for (; p > 0; p--)
	{
		if (*v > INT64_MAX / 10)
			return false;
		*v *= 10;
	}
	return true;
}

/* what a number word leaves room for after it: 230 -> units, 200 -> tens */
static int64_t
room_of(int64_t v)
{
	if (v >= 100 && v % 100 == 0)
		return 100;
	if (v >= 10 && v % 10 == 0)
		return 10;
	return 1;
}

/*
 * The part of a spelled-out number at byte pos (after white space): a number
 * word, a scale word, a joining word, or a group of one to three digits that
 * stands alone (not followed by more digits, a separator and digits, or '%').
 */
static void
sp_part(Scan *sc, size_t pos, SpPart *pt)
{
	const CdText *t = sc->t;
	const CdWin *w = after_at(sc, pos);
	const CdCueC *nw,
			   *sw;
	int			e1 = 0,
				e2 = 0;

	memset(pt, 0, sizeof(*pt));
	if (w->len == 0)
		return;
	if (w->b[0] >= '0' && w->b[0] <= '9')
	{
		size_t		q = cd_win_src(w, 0),
					after,
					nx,
					n2;
		int			nd = digit_run(t, q, &after),
					d;
		UChar32		c = cp_at(t, after, &nx);

		if (nd < 1 || nd > 3 || c == '%' || cd_is_word_b(c) ||
			((c == '.' || c == ',' || c == ':' || c == '/' || c == '-') && digit_at(t, nx, &n2) >= 0))
			return;
		while ((d = digit_at(t, q, &nx)) >= 0)
		{
			pt->v = pt->v * 10 + d;
			q = nx;
		}
		pt->what = SP_DIGITS;
		pt->end = after;
		return;
	}
	nw = cd_win_starts_with(w, 0, &sc->L->number_words, &e1);
	sw = cd_win_starts_with(w, 0, &sc->L->scales, &e2);
	if (sw && (!nw || e2 >= e1))
	{
		int			v = sw->value;

		pt->end = cd_win_src(w, e2);
		if (v & CD_SCALE_NOT)
			pt->what = SP_NOT;
		else if (v & CD_SCALE_AND)
			pt->what = SP_AND;
		else if (v & CD_SCALE_OF)
			pt->what = SP_OF;
		else if (v & CD_SCALE_TEEN)
			pt->what = SP_TEEN;
		else
		{
			pt->what = SP_SCALE;
			pt->p = v & CD_SCALE_POW;
			pt->flags = v & CD_SCALE_ONE;
		}
	}
	else if (nw)
	{
		pt->what = SP_WORD;
		pt->v = nw->value & ~(CD_NUMW_NEXT | CD_NUMW_PART);
		pt->flags = nw->value & (CD_NUMW_NEXT | CD_NUMW_PART);
		pt->end = cd_win_src(w, e1);
	}
}

/* where the next part may start after byte e: past spaces (no line break) or one hyphen */
static size_t
sp_gap(const CdText *t, size_t e, bool *hyphen)
{
	size_t		j = e,
				nx;
	UChar32		c;

	*hyphen = false;
	while ((c = cp_at(t, j, &nx)) == ' ' || c == 0x00A0 || c == 0x202F)
		j = nx;
	if (j > e)
		return (c == '\n' || c == '\r') ? 0 : e;	/* the window drops the spaces itself */
	if (c == '-' && nx < t->len && cd_is_word_b(cp_at(t, nx, &nx)))
	{
		*hyphen = true;
		return e + 1;
	}
	return 0;
}

/* a number word added to the number: true when it fits where it stands */
static bool
sp_add_word(Spell *s, const SpPart *pt)
{
	if (s->done || pt->v <= 0)
		return false;
	if (s->after_scale)
	{
		if (pt->v >= s->room)
			return false;
		s->room_before = s->room;
		s->cur = pt->v;
	}
	else
	{
		if (s->cur == 0 || s->scale > 0 || pt->v >= s->room)
			return false;
		s->room_before = s->room;
		s->cur += pt->v;
	}
	s->lastw = pt->v < 10 ? pt->v : 0;
	s->room = room_of(pt->v);
	s->after_scale = false;
	if (!(pt->flags & CD_NUMW_PART))
		s->all_part = false;
	return true;
}

/* a scale word applied to the number: true when it fits where it stands */
static bool
sp_add_scale(Spell *s, int p)
{
	int64_t		g;

	if (s->done || p < 1)
		return false;
	if (p <= 2)
	{
		/* "doscientos", "hai trăm", "năm mươi": the last word, times 10 or 100 */
		int64_t		m = p == 1 ? 10 : 100;

		if (s->after_scale || s->scale > 0 || s->lastw < 1 || s->lastw > 9 ||
			s->lastw * m >= s->room_before)
			return false;
		s->cur += s->lastw * (m - 1);
		s->room = m;
		s->lastw = 0;
		return true;
	}
	if (s->after_scale && s->cur == 0)
	{
		/* "mil millones": a larger scale word right after a smaller one */
		if (p <= s->last || !mul_pow10(&s->total, p))
			return false;
		s->last += p;
		return true;
	}
	if (s->cur == 0 || (s->last > 0 && p >= s->last))
		return false;
	g = s->cur;
	if (s->scale >= p)
	{
		/* "1,2345 mil": decimals left; nothing may follow */
		s->scale -= p;
		s->done = true;
	}
	else
	{
		if (!mul_pow10(&g, p - s->scale))
			return false;
		s->scale = 0;
	}
	if (s->total > INT64_MAX - g)
		return false;
	s->total += g;
	s->cur = 0;
	s->last = p;
	s->room = 1000;
	s->lastw = 0;
	s->after_scale = true;
	return true;
}

/*
 * Read parts after s->end while they fit.  *hyphen_left is set when the
 * number stops before a hyphen and a number part that does not fit (a
 * compound not understood: "soixante-douze"): the caller then takes no
 * number from it ("two-month" is 2).
 */
static void
sp_more(Scan *sc, Spell *s, bool *hyphen_left)
{
	const CdText *t = sc->t;

	*hyphen_left = false;
	while (!s->done)
	{
		bool		hyphen;
		size_t		q = sp_gap(t, s->end, &hyphen);
		SpPart		pt;
		bool		ok = false;

		if (q == 0)
			return;
		sp_part(sc, q, &pt);
		switch (pt.what)
		{
			case SP_WORD:
				ok = sp_add_word(s, &pt);
				break;
			case SP_SCALE:
				ok = sp_add_scale(s, pt.p);
				if (ok)
					s->nscales++;
				break;
			case SP_TEEN:
				/* "lima belas": 15 */
				if (!s->after_scale && s->scale == 0 && s->lastw >= 1 && s->lastw <= 9 &&
					s->lastw + 10 < s->room_before)
				{
					s->cur += 10;
					s->room = 1;
					s->lastw = 0;
					ok = true;
				}
				break;
			case SP_DIGITS:
				/* "mil 520": digits after a scale word of 3 or more */
				if (s->after_scale && pt.v > 0 && pt.v < s->room)
				{
					s->cur = pt.v;
					s->room = 1;
					s->lastw = 0;
					s->after_scale = false;
					ok = true;
				}
				break;
			case SP_AND:
			case SP_OF:
				{
					/* a joining word counts only with the part it joins */
					Spell		try = *s;
					SpPart		nx;
					bool		h2;
					size_t		q2 = sp_gap(t, pt.end, &h2);

					if (q2 == 0 || h2)
						break;
					sp_part(sc, q2, &nx);
					if (pt.what == SP_AND && nx.what == SP_WORD && sp_add_word(&try, &nx))
						;
					else if (pt.what == SP_OF && nx.what == SP_SCALE && nx.p >= 3 &&
							 !s->after_scale && sp_add_scale(&try, nx.p))
						try.nscales++;
					else
						break;
					*s = try;
					pt.end = nx.end;
					ok = true;
				}
				break;
			default:
				break;
		}
		if (!ok)
		{
			/* "soixante-douze": a number part after the hyphen that does not fit */
			*hyphen_left = hyphen && (pt.what == SP_WORD || pt.what == SP_SCALE ||
									  pt.what == SP_TEEN || pt.what == SP_DIGITS);
			return;
		}
		s->nparts++;
		s->end = pt.end;
	}
}

/* the value read so far: total + cur, with the decimals left */
static int64_t
sp_value(const Spell *s)
{
	return s->total + s->cur;
}

/*
 * Digits followed by scale words ("3 triệu", "2 mil 520", "1,5 millones",
 * "20 de mii"): the number read at byte a->start is scaled in place.  An
 * integer of four or more digits written without grouping ("en 2023 mil
 * personas": a year) takes no scale word.
 */
static void
scale_digits(Scan *sc, Raw *r)
{
	const CdText *t = sc->t;
	const CdCueList *l = &sc->L->scales;
	Spell		s;
	size_t		q,
				nx;
	UChar32		c;
	unsigned char b;
	bool		hyphen;

	if (l->n == 0 || r->overflow || r->more || (!r->grouped && !r->decimal && r->intdigits > 3))
		return;
	/* a quick look first: white space, then a byte a scale word may start with */
	c = cp_at(t, r->end, &nx);
	if (c != ' ' && c != 0x00A0 && c != 0x202F)
		return;
	q = skip_spaces(t, r->end);
	if (q >= t->len)
		return;
	b = (unsigned char) t->s[q];
	if (b >= 'A' && b <= 'Z')
		b |= 0x20;
	if (!CD_BIT_TEST(l->first, b))
		return;
	memset(&s, 0, sizeof(s));
	s.cur = r->v;
	s.scale = r->scale;
	s.room = 1;
	s.room_before = INT64_MAX;
	s.lastw = (r->scale == 0 && r->v >= 1 && r->v <= 9) ? r->v : 0;
	s.end = r->end;
	sp_more(sc, &s, &hyphen);
	if (s.nscales == 0)
		return;
	r->v = sp_value(&s);
	r->scale = s.scale;
	r->decimal = s.scale > 0;
	r->grouped = true;			/* no year */
	r->end = s.end;
}

/* ------------------------------------------------------------------ numbers */

/* is the date mark `m` at byte i (after spaces)?  *end is set past it */
static bool
date_mark_at(const CdText *t, size_t i, const char *m, size_t *end)
{
	size_t		j = skip_spaces(t, i),
				ml = strlen(m);

	if (j + ml > t->len || memcmp(t->s + j, m, ml) != 0)
		return false;
	*end = j + ml;
	return true;
}

/* the number at byte i (after spaces), an integer; false if none */
static bool
int_at(const CdText *t, const CdLang *lang, size_t i, Raw *r)
{
	size_t		j = skip_spaces(t, i),
				nx;

	if (digit_at(t, j, &nx) < 0)
		return false;
	read_number(t, lang, j, r);
	return is_int(r) && !r->grouped;
}

/*
 * "2024年12月20日", "12月20日", "2024년 12월 18일": a date written with year,
 * month and day marks (the language's date_marks).  Emits it and returns
 * where it ends, or 0 when the number starts no such date.
 */
static size_t
marked_date(Scan *sc, const Raw *a, CdNum *n)
{
	const CdText *t = sc->t;
	const CdLang *L = sc->L->lang;
	const char *const *m = L->date_marks;
	size_t		e;
	int64_t		y = 0;
	Raw			mo,
				d;
	const Raw  *month = a;

	if (!m || !m[0] || !m[1] || !m[2] || !is_int(a) || a->grouped)
		return 0;
	if (date_mark_at(t, a->end, m[0], &e))
	{
		if (!is_year(a) || !int_at(t, L, e, &mo) || !date_mark_at(t, mo.end, m[1], &e))
			return 0;
		y = a->v;
		month = &mo;
	}
	else if (!date_mark_at(t, a->end, m[1], &e))
		return 0;
	if (!int_at(t, L, e, &d) || !valid_dm(d.v, month->v))
		return 0;
	/* the day's mark, or another (after the three: "号" of "12月8号") */
	{
		bool		day = false;

		for (int k = 2; m[k] && !day; k++)
			day = date_mark_at(t, d.end, m[k], &e);
		if (!day)
			return 0;
	}
	n->kind = CD_K_DATE;
	n->v = y * 10000 + month->v * 100 + d.v;
	n->flags |= CD_F_VALUE;
	n->bend = e;
	emit(sc, n);
	return e;
}

/* an ordinal cue glued to the number: Korean "제4", Indonesian "ke-4" */
static bool
glued_ordinal(const CdText *t, const CdLangC *L, size_t i)
{
	CdWin		bw;
	int			at;

	cd_win_before(t, i, &bw);
	return cd_win_ends_with(&bw, &L->ordinal_cues, bw.len, &at) != NULL;
}

/* handle the number starting at byte i; returns where scanning resumes */

/*
 * "ngày 9/1", "le 9-1": day and month after a day cue, with the year that
 * follows when there is one (yyyy = 0000 otherwise).
 */
static size_t
day_month(Scan *sc, CdNum *n, const Raw *a, const Raw *b)
{
	int64_t		y = 0;
	size_t		ye;

	n->kind = CD_K_DATE;
	n->bend = b->end;
	if (year_after(sc, b->end, &y, &ye))
		n->bend = ye;
	n->v = y * 10000 + b->v * 100 + a->v;
	n->flags |= CD_F_VALUE;
	emit(sc, n);
	return n->bend;
}

/*
 * The number at byte i and what is around it, while at_number() tries the
 * readings of it in turn.  Each at_*() step returns where scanning resumes
 * when it read the number, or 0 to leave it to the next step.
 */
typedef struct At
{
	Scan	   *sc;
	size_t		i;				/* where the number starts */
	Raw			a;				/* the number read there */
	CdNum		n;				/* the expression being built */
	size_t		p,				/* just past the number */
				nx;				/* past the character at p */
	UChar32		c;				/* the character at p */
	/* (last: at_number clears the fields above, cd_win_before fills this) */
	CdWin		before;			/* the words before it */
} At;

/*
 * The letters glued before the number at i are a word of their own the
 * language glues to the next one (Arabic "و", and: "و512 مشتبهًا")
 */
static bool
glued_prefix(const CdText *t, const CdLangC *L, size_t i)
{
	const char *const *pre = L->lang->name_prefixes;

	for (; pre && *pre; pre++)
	{
		size_t		n = strlen(*pre),
					k,
					j;

		if (n > i || memcmp(t->s + i - n, *pre, n) != 0)
			continue;
		if ((k = i - n) == 0)
			return true;
		j = cd_prev_start(t->s, k);
		if (!cd_is_word_b(cd_next(t->s, t->len, &j)))
			return true;
	}
	return false;
}

/* glued to letters before ("H5N1", "COVID19"): an identifier */
static size_t
at_glued(At *x)
{
	Scan	   *sc = x->sc;
	const CdText *t = sc->t;
	const CdLangC *L = sc->L;
	size_t		i = x->i;

	if (i > 0)
	{
		size_t		ps = cd_prev_start(t->s, i),
					pj = ps;
		UChar32		pc = cd_next(t->s, t->len, &pj);

		if (!cd_is_word_b(pc) && (pc == '-' || pc == '_' || pc == '=') && ps > 0)
		{
			size_t		pp = cd_prev_start(t->s, ps);

			pj = pp;
			pc = cd_next(t->s, t->len, &pj);
			if (!u_isalpha(pc))
				pc = ' ';
		}
		if (cd_is_word_b(pc) && !glued_ordinal(t, L, i) && !glued_prefix(t, L, i))
		{
			x->n.kind = CD_K_CODE;
			x->n.bend = code_end(t, x->a.end);
			set_value(&x->n, &x->a);
			emit(sc, &x->n);
			return x->n.bend;
		}
	}
	return 0;
}

/* 1. codes: 57-NQ/TW, 06/CT-BCA */
static size_t
at_code(At *x)
{
	Scan	   *sc = x->sc;
	const CdText *t = sc->t;
	size_t		nx = x->nx;
	UChar32		c = x->c;

	if ((c == '-' || c == '/') && is_upper_ascii(t, nx))
	{
		x->n.kind = CD_K_CODE;
		x->n.bend = code_end(t, nx);
		set_value(&x->n, &x->a);
		emit(sc, &x->n);
		return x->n.bend;
	}
	return 0;
}

/* 2. a/b, a/b/c */
static size_t
at_slash(At *x)
{
	Scan	   *sc = x->sc;
	const CdText *t = sc->t;
	const CdLangC *L = sc->L;
	size_t		i = x->i;
	size_t		p = x->p;
	size_t		nx = x->nx;
	UChar32		c = x->c;
	Raw			b;
	int			at;

	if (c == '/' && digit_at(t, nx, &nx) >= 0)
	{
		size_t		q = p + 1;

		read_number(t, L->lang, q, &b);
		{
			size_t		n2;
			UChar32		c2 = cp_at(t, b.end, &n2);

			if (c2 == '/' && digit_at(t, n2, &n2) >= 0)
			{
				Raw			y;

				read_number(t, L->lang, b.end + 1, &y);
				if (is_int(&x->a) && is_int(&b) && is_int(&y) && valid_dm(x->a.v, b.v) &&
					(y.intdigits == 4 || y.intdigits == 2))
				{
					x->n.kind = CD_K_DATE;
					x->n.v = (y.intdigits == 2 ? 2000 + y.v : y.v) * 10000 + b.v * 100 + x->a.v;
					x->n.flags |= CD_F_VALUE;
					x->n.bend = y.end;
					emit(sc, &x->n);
					return x->n.bend;
				}
				/* 100/2015/ND-CP and the like */
				x->n.kind = CD_K_CODE;
				x->n.bend = code_end(t, x->a.end);
				set_value(&x->n, &x->a);
				emit(sc, &x->n);
				return x->n.bend;
			}
			if ((c2 == '-' || c2 == '/') && is_upper_ascii(t, n2))
			{
				x->n.kind = CD_K_CODE;
				x->n.bend = code_end(t, x->a.end);
				set_value(&x->n, &x->a);
				emit(sc, &x->n);
				return x->n.bend;
			}
		}
		if (is_int(&x->a) && is_int(&b) && valid_dm(x->a.v, b.v) && !x->a.grouped &&
			cd_win_ends_with(&x->before, &L->day_cues, x->before.len, &at))
			return day_month(sc, &x->n, &x->a, &b);
		/*
		 * "2.734/3.117 cases" in a language whose decimal mark is the dot:
		 * two parts of exactly three decimals with a whole part are
		 * thousands grouped as Vietnamese groups them (as translations keep
		 * them), not fractions of decimals
		 */
		if (L->lang->decimal == '.' && x->a.decimal && b.decimal && x->a.scale == 3 && b.scale == 3 &&
			!x->a.grouped && !b.grouped && x->a.v >= 1000 && b.v >= 1000 &&
			x->a.intdigits <= 3 && b.intdigits <= 3 && !x->a.overflow && !b.overflow)
		{
			x->a.scale = b.scale = 0;
			x->a.decimal = b.decimal = false;
			x->a.grouped = b.grouped = true;
		}
		x->n.kind = CD_K_FRACTION;
		set_value(&x->n, &x->a);
		set_value2(&x->n, &b);
		x->n.bend = b.end;
		/* "giảm 6,21% (2.980/3.177 vụ)": the periods compared, not a rate */
		if (sc->have_last && (sc->last.flags & CD_F_CHANGE) &&
			i >= sc->last.bend && i - sc->last.bend <= CD_COMPARISON_GAP)
			x->n.kind = CD_K_COMPARISON;
		context(sc, &x->n, &x->before, true);
		emit(sc, &x->n);
		return x->n.bend;
	}
	return 0;
}

/*
 * A percent in brackets right after a change, its unit at most between
 * (words and spaces): the same change as a share ("giảm 47 vụ (-7,3%)",
 * "a scăzut cu 47 de cazuri (7,3%)", "ont diminué de 312 affaires (–8,5
 * %)"); not after a clause of its own ("giảm 47 vụ; tỷ lệ (85%)")
 */
#define CD_CHANGE_BRACKET_CHARS 24

static bool
bracket_after_change(const At *x)
{
	const Scan *sc = x->sc;
	const CdText *t = sc->t;
	size_t		j = x->i;

	if (!sc->have_last || !(sc->last.flags & CD_F_CHANGE) || x->i < sc->last.bend ||
		cd_chars_between(t->s, sc->last.bend, x->i) > CD_CHANGE_BRACKET_CHARS)
		return false;
	/* "(", then only spaces and a sign, right before it */
	while (j > sc->last.bend)
	{
		size_t		k = cd_prev_start(t->s, j),
					n = k;
		UChar32		c = cd_next(t->s, t->len, &n);

		if (c == '(' || c == 0xFF08)
		{
			/* (words and spaces between it and the change: its unit) */
			for (size_t b = sc->last.bend; b < k;)
			{
				UChar32		d = cd_next(t->s, t->len, &b);

				if (!cd_is_word_b(d) && !cd_is_space(d) && !cd_cjk_class(d))
					return false;
				if (d >= '0' && d <= '9')
					return false;
			}
			return true;
		}
		if (!(cd_is_space(c) || c == '-' || c == '+' || c == 0x2013 || c == 0x2212))
			return false;
		j = k;
	}
	return false;
}

/* 3. percent: "89.1%", "80 %", "75 procent" */
static size_t
at_percent(At *x)
{
	Scan	   *sc = x->sc;
	const CdText *t = sc->t;
	const CdLangC *L = sc->L;
	size_t		p = x->p;
	const CdWin *after;
	const CdCueC *cue;
	int			e;

	{
		size_t		q = skip_spaces(t, p),
					qn;
		UChar32		pc = cp_at(t, q, &qn);

		if (pc == '%' || pc == 0xFF05 || pc == 0x066A)
		{
			/* too many digits for a quantity: a code, with its sign in the span */
			x->n.kind = x->a.overflow ? CD_K_CODE : CD_K_PERCENT;
			set_value(&x->n, &x->a);
			x->n.bend = qn;
			context(sc, &x->n, &x->before, true);
			if (bracket_after_change(x))
				x->n.flags |= CD_F_CHANGE;
			emit(sc, &x->n);
			return x->n.bend;
		}
		after = after_at(sc, p);
		if (after->len > 0 && (cue = cd_win_starts_with(after, 0, &L->percent_words, &e)) != NULL)
		{
			x->n.kind = x->a.overflow ? CD_K_CODE : CD_K_PERCENT;
			set_value(&x->n, &x->a);
			x->n.bend = cd_win_src(after, e);
			context(sc, &x->n, &x->before, true);
			if (bracket_after_change(x))
				x->n.flags |= CD_F_CHANGE;
			emit(sc, &x->n);
			return x->n.bend;
		}
		/* the percent word before the number: "คิดเป็นร้อยละ 89.1", a qualifier before it ("มากกว่าร้อยละ 80") */
		if (L->percent_before.n > 0 && !x->a.overflow &&
			cd_win_ends_with(&x->before, &L->percent_before, x->before.len, &e) != NULL)
		{
			int			w = e;

			x->n.kind = CD_K_PERCENT;
			set_value(&x->n, &x->a);
			context(sc, &x->n, &x->before, true);
			while (w > 0 && x->before.b[w - 1] == ' ')
				w--;
			/* (the words before the percent word qualify or change it as they would the number) */
			if (x->n.qual == CD_Q_EQ && w > 0 &&
				(cue = cd_win_ends_with(&x->before, &L->qual_before, w, &e)) != NULL)
				x->n.qual = (CdQual) cue->value;
			if (w > 0 && cd_win_ends_with(&x->before, &L->change_before, w, &e) != NULL)
				x->n.flags |= CD_F_CHANGE;
			emit(sc, &x->n);
			return x->n.bend;
		}
	}
	return 0;
}

/* 4. ISO dates: 2024-05-28, 2024-05 */
static size_t
at_iso_date(At *x)
{
	Scan	   *sc = x->sc;
	const CdText *t = sc->t;
	const CdLangC *L = sc->L;
	size_t		nx = x->nx;
	UChar32		c = x->c;
	Raw			b;

	if (c == '-' && is_year(&x->a))
	{
		size_t		q = nx,
					qa;

		if (digit_run(t, q, &qa) == 2)
		{
			read_number(t, L->lang, q, &b);
			if (is_int(&b) && b.v >= 1 && b.v <= 12)
			{
				int64_t		day = 0;
				size_t		end = b.end,
							n2,
							da;
				UChar32		c2 = cp_at(t, b.end, &n2);

				if (c2 == '-' && digit_run(t, n2, &da) == 2)
				{
					Raw			dd;

					read_number(t, L->lang, n2, &dd);
					if (is_int(&dd) && valid_dm(dd.v, b.v))
					{
						day = dd.v;
						end = dd.end;
					}
				}
				x->n.kind = CD_K_DATE;
				x->n.v = x->a.v * 10000 + b.v * 100 + day;
				x->n.flags |= CD_F_VALUE;
				x->n.bend = end;
				emit(sc, &x->n);
				return x->n.bend;
			}
		}
	}
	return 0;
}

/* 5. a-b: range or date */
static size_t
at_dash(At *x)
{
	Scan	   *sc = x->sc;
	const CdText *t = sc->t;
	const CdLangC *L = sc->L;
	size_t		p = x->p;
	size_t		nx = x->nx;
	UChar32		c = x->c;
	Raw			b;
	int			at;

	if ((c == '-' || c == 0x2013) && digit_at(t, nx, &nx) >= 0)
	{
		size_t		q;
		UChar32		c2;
		size_t		n2;

		cp_at(t, p, &q);
		read_number(t, L->lang, q, &b);
		c2 = cp_at(t, b.end, &n2);
		if (c2 == '-' && digit_at(t, n2, &n2) >= 0)
		{
			Raw			y;
			size_t		yq;

			cp_at(t, b.end, &yq);
			read_number(t, L->lang, yq, &y);
			if (is_int(&x->a) && is_int(&b) && valid_dm(x->a.v, b.v) && is_year(&y))
			{
				x->n.kind = CD_K_DATE;
				x->n.v = y.v * 10000 + b.v * 100 + x->a.v;
				x->n.flags |= CD_F_VALUE;
				x->n.bend = y.end;
				emit(sc, &x->n);
				return x->n.bend;
			}
		}
		if (is_int(&x->a) && is_int(&b) && valid_dm(x->a.v, b.v) && !is_year(&x->a) &&
			cd_win_ends_with(&x->before, &L->day_cues, x->before.len, &at))
			return day_month(sc, &x->n, &x->a, &b);
		if (!x->a.overflow && !b.overflow && (is_year(&x->a) == is_year(&b)) &&
			raw_value(&x->a) <= raw_value(&b))
		{
			x->n.kind = CD_K_RANGE;
			set_value(&x->n, &x->a);
			set_value2(&x->n, &b);
			x->n.bend = b.end;
			context(sc, &x->n, &x->before, true);
			emit(sc, &x->n);
			return x->n.bend;
		}
	}
	return 0;
}

/* 6. ordinal and code cues before the number */
/*
 * Does the window before the number end with a ratio word that holds the
 * ordinal cue starting at `at` ("trên tổng số 891": a total, not "số 891")?
 */
static bool
ratio_word_before(At *x, int at)
{
	int			at2;

	return x->sc->L->ratio_words.n > 0 &&
		cd_win_ends_with(&x->before, &x->sc->L->ratio_words, x->before.len, &at2) != NULL && at2 < at;
}

static size_t
at_cued(At *x)
{
	Scan	   *sc = x->sc;
	const CdText *t = sc->t;
	const CdLangC *L = sc->L;
	size_t		i = x->i;
	const CdCueC *cue;
	int			at;

	if (is_int(&x->a) && !x->a.grouped)
	{
		if ((cue = cd_win_ends_with(&x->before, &L->ordinal_cues, x->before.len, &at)) != NULL &&
			!ratio_word_before(x, at))
		{
			int			at2;
			const CdCueC *code;

			x->n.kind = CD_K_ORDINAL;
			x->n.label = cue->text;
			x->n.bstart = cd_win_src(&x->before, at);
			/* "Conclusion No. 127", "Nghị quyết số 57": a document number */
			code = at > 0 ? cd_win_ends_with(&x->before, &L->code_cues,
											 x->before.b[at - 1] == ' ' ? at - 1 : at, &at2) : NULL;
			if (code)
			{
				x->n.kind = CD_K_CODE;
				x->n.label = code->text;
				x->n.bstart = i;
			}
			set_value(&x->n, &x->a);
			x->n.bend = x->a.end;
			if (x->n.kind == CD_K_CODE)
				x->n.bend = code_end(t, x->a.end);
			emit(sc, &x->n);
			return x->n.bend;
		}
		if ((cue = cd_win_ends_with(&x->before, &L->code_cues, x->before.len, &at)) != NULL ||
			(x->a.lead_zero && x->a.intdigits >= 2))
		{
			x->n.kind = CD_K_CODE;
			x->n.label = cue ? cue->text : NULL;
			set_value(&x->n, &x->a);
			emit(sc, &x->n);
			return x->n.bend;
		}
	}
	return 0;
}

/* a particle glued to a word (the language's name_endings) at byte j, ending there: "로" of "3번째로" */
static bool
ending_at(const Scan *sc, size_t j)
{
	const CdText *t = sc->t;
	const char *const *e = sc->L->lang->name_endings;

	for (int k = 0; e && e[k]; k++)
	{
		size_t		el = strlen(e[k]),
					q = j + el;

		if (j + el <= t->len && memcmp(t->s + j, e[k], el) == 0 &&
			(q >= t->len || !cd_is_word(cd_next(t->s, t->len, &q))))
			return true;
	}
	return false;
}

/*
 * The length of an ordinal ending glued right after the digits of r ("th" of
 * "10th", "번째" of "3번째", "番", "号"), 0 if none: not before a letter of a
 * word ("10thousand"), but before Han or Kana, written without spaces
 * ("7番クラスター"), or a particle ("3번째로").  *label: the ending as the
 * language lists it.
 */
static size_t
ordinal_ending(const Scan *sc, const Raw *r, const char **label)
{
	const CdText *t = sc->t;
	const char *const *sfx = sc->L->lang->ordinal_after;
	size_t		p = r->end,
				best = 0;

	if (!sfx || !is_int(r) || r->grouped || r->decimal || p >= t->len)
		return 0;
	for (int k = 0; sfx[k]; k++)
	{
		size_t		sl,
					j;
		bool		same;

		if ((unsigned char) sfx[k][0] != (unsigned char) (t->s[p] >= 'A' && t->s[p] <= 'Z' ? t->s[p] | 0x20 : t->s[p]))
			continue;
		sl = strlen(sfx[k]);
		same = p + sl <= t->len && sl > best;

		for (size_t b = 0; same && b < sl; b++)
		{
			unsigned char c = (unsigned char) t->s[p + b];

			same = (c >= 'A' && c <= 'Z' ? c | 0x20 : c) == (unsigned char) sfx[k][b];
		}
		if (!same)
			continue;
		j = p + sl;
		if (j < t->len)
		{
			size_t		q = j;
			UChar32		c = cd_next(t->s, t->len, &q);

			if (cd_is_word(c) && !cd_cjk_class(c) && !ending_at(sc, j))
				continue;
		}
		best = sl;
		*label = sfx[k];
	}
	return best;
}

/* 7. dates with a month: "17 जुलाई", "29 novembre 2024", "17 tháng 7 năm 2024", "July 17, 2024" */
static size_t
at_month_date(At *x)
{
	Scan	   *sc = x->sc;
	const CdText *t = sc->t;
	const CdLangC *L = sc->L;
	size_t		p = x->p;
	const CdWin *after;
	const CdCueC *cue;
	int			at;
	int			e;

	if (is_int(&x->a) && !x->a.grouped && x->a.v >= 1 && x->a.v <= 31)
	{
		const char *unused;
		/* the day's ordinal ending: "1st December", "December 1st, 2024" */
		size_t		day_end = x->a.end + ordinal_ending(sc, &x->a, &unused);
		int			month = 0;
		size_t		mend = 0;

		if (day_end > x->a.end)
			p = day_end;
		after = after_at(sc, p);
		if ((cue = cd_win_starts_with(after, 0, &L->months, &e)) != NULL)
		{
			month = cue->value;
			mend = cd_win_src(after, e);
		}
		else if (cd_win_starts_with(after, 0, &L->month_prefix, &e) && e < after->len &&
				 after->b[e] == ' ')
		{
			size_t		mq = cd_win_src(after, e + 1),
						mn;
			Raw			m;

			if (digit_at(t, mq, &mn) >= 0)
			{
				read_number(t, L->lang, mq, &m);
				if (is_int(&m) && m.v >= 1 && m.v <= 12)
				{
					month = (int) m.v;
					mend = m.end;
				}
			}
		}
		if (month)
		{
			int64_t		y = 0;
			size_t		ye;

			x->n.kind = CD_K_DATE;
			x->n.bend = mend;
			if (year_after(sc, mend, &y, &ye))
				x->n.bend = ye;
			x->n.v = y * 10000 + month * 100 + x->a.v;
			x->n.flags |= CD_F_VALUE;
			emit(sc, &x->n);
			return x->n.bend;
		}
		if ((cue = cd_win_ends_with(&x->before, &L->months, x->before.len, &at)) != NULL)
		{
			int64_t		y = 0;
			size_t		ye;

			x->n.kind = CD_K_DATE;
			x->n.bstart = cd_win_src(&x->before, at);
			x->n.bend = day_end;
			if (year_after(sc, day_end, &y, &ye))
				x->n.bend = ye;
			x->n.v = y * 10000 + cue->value * 100 + x->a.v;
			x->n.flags |= CD_F_VALUE;
			emit(sc, &x->n);
			return x->n.bend;
		}
	}
	return 0;
}

/* 8. ratio: "7 of 19", "2.714 vụ trong tổng số 3.020 vụ", "19 में से 7" */
static size_t
at_ratio(At *x)
{
	Scan	   *sc = x->sc;
	const CdText *t = sc->t;
	const CdLangC *L = sc->L;
	size_t		p = x->p;
	Raw			b;
	const CdWin *after;
	const CdCueC *cue;
	int			e;

	if (!x->a.overflow)
	{
		int			pos = 0;
		const CdCueC *u;

		after = after_at(sc, p);
		if ((u = cd_win_starts_with(after, 0, &L->units, &e)) != NULL && e < after->len &&
			(after->b[e] == ' ' || cjk_before(after, e)))
			pos = after->b[e] == ' ' ? e + 1 : e;
		else
			u = NULL;
		if ((cue = cd_win_starts_with(after, pos, &L->ratio_words, &e)) != NULL &&
			e < after->len && (after->b[e] == ' ' || cjk_before(after, e)))
		{
			size_t		q = cd_win_src(after, after->b[e] == ' ' ? e + 1 : e),
						qn;

			if (digit_at(t, q, &qn) >= 0)
			{
				read_number(t, L->lang, q, &b);
				if (!b.overflow)
				{
					const Raw  *part = cue->value == CD_RATIO_TOTAL_FIRST ? &b : &x->a;
					const Raw  *whole = cue->value == CD_RATIO_TOTAL_FIRST ? &x->a : &b;

					bool		same_unit = true;

					/* "2.714 vụ trong tổng số 3.020 vụ": a unit between needs the same unit after */
					if (u)
					{
						CdWin		w2;
						const CdCueC *u2;

						cd_win_after(t, b.end, &w2);
						u2 = cd_win_starts_with(&w2, 0, &L->units, &e);
						same_unit = u2 && u2->label == u->label;
					}
					if (same_unit && part->scale == whole->scale && part->v <= whole->v &&
						!is_year(whole))
					{
						x->n.kind = CD_K_RATIO;
						set_value(&x->n, part);
						set_value2(&x->n, whole);
						x->n.bend = b.end;
						context(sc, &x->n, &x->before, true);
						emit(sc, &x->n);
						return x->n.bend;
					}
				}
			}
		}
	}
	return 0;
}

/* 8b. an ordinal by its ending: "10th", "3번째" */
static size_t
at_ordinal_after(At *x)
{
	const char *label = NULL;
	size_t		len = ordinal_ending(x->sc, &x->a, &label);

	if (len == 0)
		return 0;
	x->n.kind = CD_K_ORDINAL;
	x->n.label = label;
	x->n.flags |= CD_F_ENDING;
	set_value(&x->n, &x->a);
	x->n.bend = x->a.end + len;
	emit(x->sc, &x->n);
	return x->n.bend;
}

/*
 * Right after a ratio word that puts the part first ("из", "out of", "z"),
 * within CD_PAIR_TOTAL_CHARS characters after a count of cases: the total
 * of that count, as the report states it ("Раскрыто 1707 уголовных дел из
 * 1914")
 */
#define CD_PAIR_TOTAL_CHARS 40

static bool
total_after_count(At *x)
{
	Scan	   *sc = x->sc;
	const CdCueC *c;
	int			at;

	return sc->have_last && sc->last.kind == CD_K_NUMBER && sc->last.unit &&
		strcmp(sc->last.unit, "case") == 0 && x->i >= sc->last.bend &&
		cd_chars_between(sc->t->s, sc->last.bend, x->i) <= CD_PAIR_TOTAL_CHARS &&
		(c = cd_win_ends_with(&x->before, &sc->L->ratio_words, x->before.len, &at)) != NULL &&
		c->value == CD_RATIO_PART_FIRST;
}

/* 9. a year, or a plain number */
static size_t
at_plain(At *x)
{
	Scan	   *sc = x->sc;
	int			at,
				e;

	x->n.kind = CD_K_NUMBER;
	set_value(&x->n, &x->a);
	if (x->a.overflow)
		x->n.kind = CD_K_CODE;		/* too long to be a quantity */
	context(sc, &x->n, &x->before, x->n.kind == CD_K_NUMBER);
	if (x->a.more && x->n.qual == CD_Q_EQ)
		x->n.qual = CD_Q_GT;
	/*
	 * A year: no unit follows, or a year word comes before ("năm 2024 tại
	 * tỉnh ...") or right after ("2024 году", "2024年"); not the total after
	 * a count of cases and a ratio word, with neither ("1707 уголовных дел
	 * из 1914", "1707 criminal cases out of 1914").
	 */
	if (is_year(&x->a) && ((x->n.unit == NULL && !total_after_count(x)) ||
						cd_win_ends_with(&x->before, &sc->L->year_words, x->before.len, &at) ||
						cd_win_starts_with(after_at(sc, x->n.bend), 0, &sc->L->year_after, &e)))
	{
		x->n.kind = CD_K_YEAR;
		x->n.qual = CD_Q_EQ;
		x->n.unit = NULL;
		x->n.flags &= ~CD_F_CHANGE;
	}
	emit(sc, &x->n);
	return x->n.bend;
}

static size_t
at_number(Scan *sc, size_t i)
{
	At			x;
	size_t		r;

	/* (the window, most of x, is filled by cd_win_before before a step reads it) */
	memset(&x, 0, offsetof(At, before));
	x.sc = sc;
	x.i = i;
	read_number(sc->t, sc->L->lang, i, &x.a);
	x.n.bstart = i;
	x.n.bend = x.a.end;
	if ((r = at_glued(&x)) != 0)
		return r;
	/* 0. a date with year, month and day marks: "2024年12月20日" */
	if ((r = marked_date(sc, &x.a, &x.n)) != 0)
		return r;
	/* digits with scale words: "3 triệu", "2 mil 520" */
	scale_digits(sc, &x.a);
	x.n.bend = x.a.end;
	cd_win_before(sc->t, i, &x.before);
	x.p = x.a.end;
	x.c = cp_at(sc->t, x.p, &x.nx);
	/* then the first step that reads it */
	if ((r = at_code(&x)) != 0 || (r = at_slash(&x)) != 0 || (r = at_percent(&x)) != 0 ||
		(r = at_iso_date(&x)) != 0 || (r = at_dash(&x)) != 0 || (r = at_cued(&x)) != 0 ||
		(r = at_month_date(&x)) != 0 || (r = at_ordinal_after(&x)) != 0 || (r = at_ratio(&x)) != 0)
		return r;
	return at_plain(&x);
}

/* Roman numerals after an ordinal cue: "số II" */
static size_t
at_roman(Scan *sc, size_t i)
{
	static const char *const romans[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
	"X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", NULL};
	const CdText *t = sc->t;
	size_t		j = i;
	CdWin		before;
	int			at;
	const CdCueC *cue;

	while (j < t->len && j - i < 6 && strchr("IVX", t->s[j]) && t->s[j] != '\0')
		j++;
	if (j < t->len)
	{
		size_t		nx;
		UChar32		c = cp_at(t, j, &nx);

		if (cd_is_word_b(c))
			return j;
	}
	for (int k = 0; romans[k]; k++)
	{
		if (strlen(romans[k]) == j - i && memcmp(romans[k], t->s + i, j - i) == 0)
		{
			cd_win_before(t, i, &before);
			if ((cue = cd_win_ends_with(&before, &sc->L->ordinal_cues, before.len, &at)) != NULL)
			{
				CdNum		n;

				memset(&n, 0, sizeof(n));
				n.kind = CD_K_ORDINAL;
				n.label = cue->text;
				n.v = k + 1;
				n.flags = CD_F_VALUE;
				n.bstart = cd_win_src(&before, at);
				n.bend = j;
				emit(sc, &n);
			}
			break;
		}
	}
	return j;
}

/*
 * Could the word w (ASCII letters lower-cased) begin a spelled-out number?
 * When a cue is the word itself and no longer cue begins with it ("dix" but
 * no "dix-sept" here, "tỷ" but no "tỷ lệ"), *pt is set to that part, so
 * that no window need be built to read it.
 */
static bool
may_spell(const CdLangC *L, const char *w, int n, SpPart *pt)
{
	const CdCueC *exact = NULL;
	bool		longer = false,
				any = false,
				is_scale = false;

	const CdCueList *nl = &L->number_words;
	int			k0 = nl->by_first ? nl->first_at[(unsigned char) w[0]] : 0,
				k1 = nl->by_first ? nl->first_at[(unsigned char) w[0] + 1] : nl->n;

	for (int kk = k0; kk < k1; kk++)
	{
		const CdCueC *c = &nl->cues[nl->by_first ? nl->by_first[kk] : kk];

		if (c->wlen == n && cd_same_bytes(c->text, w, n))
		{
			any = true;
			if (c->len == n && !c->prefix)
				exact = c;
			else
				longer = true;
		}
	}
	/* (the scales that begin with w's byte, in the list's order) */
	k0 = L->scales.by_first ? L->scales.first_at[(unsigned char) w[0]] : 0;
	k1 = L->scales.by_first ? L->scales.first_at[(unsigned char) w[0] + 1] : L->scales.n;
	for (int kk = k0; kk < k1; kk++)
	{
		const CdCueC *c = &L->scales.cues[L->scales.by_first ? L->scales.by_first[kk] : kk];

		if (c->prefix ? n >= c->len && cd_same_bytes(c->text, w, c->len) :
			c->wlen == n && cd_same_bytes(c->text, w, n))
		{
			if ((c->value & CD_SCALE_POW) > 0)
				any = true;
			if (c->len == n && !c->prefix && !exact)
			{
				exact = c;
				is_scale = true;
			}
			else if (c->len != n || c->prefix)
				longer = true;
		}
	}
	memset(pt, 0, sizeof(*pt));
	if (!any || !exact || longer)
		return any;
	if (!is_scale)
	{
		pt->what = SP_WORD;
		pt->v = exact->value & ~(CD_NUMW_NEXT | CD_NUMW_PART);
		pt->flags = exact->value & (CD_NUMW_NEXT | CD_NUMW_PART);
	}
	else if ((exact->value & CD_SCALE_POW) > 0 &&
			 !(exact->value & (CD_SCALE_NOT | CD_SCALE_AND | CD_SCALE_OF | CD_SCALE_TEEN)))
	{
		pt->what = SP_SCALE;
		pt->p = exact->value & CD_SCALE_POW;
		pt->flags = exact->value & CD_SCALE_ONE;
	}
	return true;
}

/*
 * A spelled-out quantity at a word start: "five cases", "năm băng nhóm",
 * "dos mil casos", "mil 520 casos", "un millón".  A word whose value has
 * CD_NUMW_NEXT is also a common word ("năm": year, "một": a): it is a
 * number only with a unit word right after it or a scale word in it.  A
 * CD_NUMW_PART word or a scale word is a number only with more parts ("un
 * millón", "mil 520"), unless the scale word is one of its scale by itself
 * (CD_SCALE_ONE: "seribu").  A compound cut by a hyphen after what fits
 * ("soixante-douze") is no number: better none than a smaller one.
 */
/* past a word longer than any number word: up to white space */
static size_t
word_end(const CdText *t, size_t j)
{
	while (j < t->len && (unsigned char) t->s[j] > ' ')
		j++;
	return j;
}

static size_t
at_word(Scan *sc, size_t i)
{
	const CdText *t = sc->t;
	char		w[24];
	size_t		j = i;
	int			n = 0;
	Spell		s;
	SpPart		pt;
	bool		hyphen,
				alone_ok,
				need_unit = false;

	/*
	 * The word's length first, and the quick look below before it is copied
	 * (most words are no number word): ASCII letters, then, when the word
	 * goes on in other word characters ("người", "năm"), those
	 */
	while (j < t->len && ((t->s[j] | 0x20) >= 'a' && (t->s[j] | 0x20) <= 'z'))
		j++;
	if (j < t->len && ((unsigned char) t->s[j] >= 0x80 || cd_is_word((unsigned char) t->s[j])) &&
		!(t->s[j] >= '0' && t->s[j] <= '9'))
		while (j < t->len)
		{
			size_t		k = j;
			UChar32		ch = cd_next(t->s, t->len, &k);

			if (!cd_is_word(ch) || (ch >= '0' && ch <= '9'))
				break;
			j = k;
		}
	if (j - i > sizeof(w) - 1)
		return word_end(t, j);	/* longer than any number word */
	if (!cd_may_spell(sc->L, t->s + i, j - i))
		return j;
	/* then the word, ASCII lower-cased, as the number words are written */
	for (size_t b = i; b < j; b++)
		w[n++] = (char) ((t->s[b] >= 'A' && t->s[b] <= 'Z') ? (t->s[b] | 0x20) : t->s[b]);
	if (!may_spell(sc->L, w, n, &pt))
		return j;
	if (pt.what != SP_NONE && j < t->len && t->s[j] != '-' && t->s[j] != '.' && t->s[j] != '\'' &&
		!(t->s[j] >= '0' && t->s[j] <= '9'))
		pt.end = j;				/* the word alone is the part */
	else
		sp_part(sc, i, &pt);
	memset(&s, 0, sizeof(s));
	s.room_before = INT64_MAX;
	if (pt.what == SP_WORD)
	{
		s.cur = pt.v;
		s.lastw = pt.v < 10 ? pt.v : 0;
		s.room = room_of(pt.v);
		s.all_part = (pt.flags & CD_NUMW_PART) != 0;
		need_unit = (pt.flags & CD_NUMW_NEXT) != 0;
		alone_ok = !s.all_part;
	}
	else if (pt.what == SP_SCALE && pt.p <= 2)
	{
		/* "cent mille", "seratus": a hundred */
		s.cur = pt.p == 1 ? 10 : 100;
		s.room = s.cur;
		alone_ok = false;
	}
	else if (pt.what == SP_SCALE)
	{
		/* "mil 520", "seribu" */
		s.total = 1;
		if (!mul_pow10(&s.total, pt.p))
			return j;
		s.last = pt.p;
		s.after_scale = true;
		s.room = 1000;
		s.nscales = 1;
		alone_ok = (pt.flags & CD_SCALE_ONE) != 0;
	}
	else
		return j;
	s.nparts = 1;
	s.end = pt.end;
	sp_more(sc, &s, &hyphen);
	if (hyphen)
	{
		/* skip the whole compound */
		j = s.end;
		while (j < t->len && (unsigned char) t->s[j] > ' ')
			j++;
		return j;
	}
	if (s.nparts == 1 && !alone_ok)
		return j;
	if (s.all_part && s.nscales == 0)
		return j;
	{
		CdNum		num;
		CdWin		before;
		int			e;
		const CdWin *after = after_at(sc, s.end);

		if (need_unit && s.nscales == 0 &&
			cd_win_starts_with(after, 0, &sc->L->units, &e) == NULL)
			return j;
		memset(&num, 0, sizeof(num));
		num.kind = CD_K_NUMBER;
		num.v = sp_value(&s);
		num.scale = s.scale;
		num.flags = CD_F_VALUE;
		num.bstart = i;
		num.bend = s.end;
		/* "setenta y cinco por ciento" */
		if (after->len > 0 && cd_win_starts_with(after, 0, &sc->L->percent_words, &e) != NULL)
		{
			num.kind = CD_K_PERCENT;
			num.bend = cd_win_src(after, e);
		}
		cd_win_before(t, i, &before);
		context(sc, &num, &before, true);
		emit(sc, &num);
		return num.bend;
	}
}

/*
 * "第四竞赛集群": a spelled-out number (the language's number words, here
 * Han numerals) right after an ordinal cue written without a space.
 * Returns where it ends, or i when there is none.
 */
static size_t
at_han_ordinal(Scan *sc, size_t i)
{
	const CdText *t = sc->t;
	const CdCueList *ord = &sc->L->ordinal_cues,
			   *words = &sc->L->number_words;
	const CdCueC *cue = NULL,
			   *word = NULL;

	for (int k = 0; k < ord->n && !cue; k++)
		if (ord->cues[k].len > 0 && (size_t) ord->cues[k].len <= i &&
			(unsigned char) ord->cues[k].text[0] >= 0x80 &&
			memcmp(t->s + i - ord->cues[k].len, ord->cues[k].text, ord->cues[k].len) == 0)
			cue = &ord->cues[k];
	if (!cue)
		return i;
	for (int k = 0; k < words->n; k++)
		if (i + words->cues[k].len <= t->len &&
			memcmp(t->s + i, words->cues[k].text, words->cues[k].len) == 0 &&
			(!word || words->cues[k].len > word->len))
			word = &words->cues[k];
	if (!word)
		return i;
	{
		CdNum		n;

		memset(&n, 0, sizeof(n));
		n.kind = CD_K_ORDINAL;
		n.label = cue->text;
		n.v = word->value;
		n.flags = CD_F_VALUE;
		n.bstart = i - cue->len;
		n.bend = i + word->len;
		emit(sc, &n);
		return n.bend;
	}
}

static bool
is_url(const CdText *t, size_t i)
{
	size_t		left = t->len - i;

	return (left > 7 && memcmp(t->s + i, "http://", 7) == 0) ||
		(left > 8 && memcmp(t->s + i, "https://", 8) == 0) ||
		(left > 4 && memcmp(t->s + i, "www.", 4) == 0);
}

/*
 * The bytes at which cd_scan_numbers only steps on, whatever precedes or
 * follows them: not a digit, not I, V or X, not h or w, not a letter that
 * may begin the language's number words, not a lead byte of a character that
 * may be a digit or a Han numeral.
 */
static void
passed_bytes(const CdLangC *lang, uint8_t pass[256])
{
	/* the last language's, kept: they depend on its initials alone */
	static uint8_t last[256];
	static uint32_t last_initials;
	static bool have_last = false;

	if (have_last && last_initials == lang->number_word_initials)
	{
		memcpy(pass, last, 256);
		return;
	}
	for (int b = 0; b < 256; b++)
	{
		bool		stop;

		if (b < 0x80)
			stop = (b >= '0' && b <= '9') || b == 'I' || b == 'V' || b == 'X' || b == 'h' ||
				b == 'w' ||
				(((b | 0x20) >= 'a' && (b | 0x20) <= 'z') &&
				 (lang->number_word_initials & (1u << ((b | 0x20) - 'a'))));
		else
			stop = b == 0xD9 || b == 0xDB || b == 0xDF || b >= 0xE0;
		pass[b] = !stop;
	}
	memcpy(last, pass, 256);
	last_initials = lang->number_word_initials;
	have_last = true;
}

/* the decimal digits among U+0000..U+0FFF (cd_is_digit), a bit each; NULL until built */
static uint8_t *digits_0fff;

static bool
digits_table(void)
{
	static uint8_t bits[0x1000 / 8];

	for (UChar32 c = 0; c < 0x1000; c++)
		if (cd_is_digit(c))
			bits[c >> 3] |= (uint8_t) (1u << (c & 7));
	digits_0fff = bits;
	return true;
}

static bool scan(CdText *t, const CdLangC *lang, CdNumEmit emit_fn, void *arg, bool chars);

bool
cd_scan_numbers(CdText *t, const CdLangC *lang, CdNumEmit emit_fn, void *arg)
{
	return scan(t, lang, emit_fn, arg, true);
}

bool
cd_scan_numbers_bytes(CdText *t, const CdLangC *lang, CdNumEmit emit_fn, void *arg)
{
	return scan(t, lang, emit_fn, arg, false);
}

static bool
scan(CdText *t, const CdLangC *lang, CdNumEmit emit_fn, void *arg, bool chars)
{
	Scan		sc;
	const unsigned char *u = (const unsigned char *) t->s;
	size_t		i = 0,
				len = t->len;
	uint8_t		pass[256];		/* 1: a byte only stepped over (a byte each: no bit to pick) */
	uint32_t	steps = 0;

	if (!lang)
		return false;
	memset(&sc, 0, sizeof(sc));
	sc.t = t;
	sc.L = lang;
	sc.emit = emit_fn;
	sc.arg = arg;
	sc.chars = chars;
	/* the bytes the loop below only steps over (its last branch), passed at once */
	passed_bytes(lang, pass);
	while (i < len)
	{
		unsigned char c;

		if ((++steps & 4095) == 0)
			cd_interrupt_point();
		/* (four at a time while the text lasts: one branch for four bytes) */
		while (i + 4 <= len && (pass[u[i]] & pass[u[i + 1]] & pass[u[i + 2]] & pass[u[i + 3]]))
			i += 4;
		while (i < len && pass[u[i]])
			i++;
		if (i >= len)
			break;
		c = u[i];

		if (c < 0x80)
		{
			if (c >= '0' && c <= '9')
				i = at_number(&sc, i);
			else if ((c == 'I' || c == 'V' || c == 'X') && i > 0 && u[i - 1] == ' ')
				i = at_roman(&sc, i);
			else if ((c == 'h' || c == 'w') && (i == 0 || !cd_is_word(u[i - 1])) && is_url(t, i))
			{
				/* a URL is an address, not numbers: skip to white space */
				while (i < len && u[i] > ' ')
					i++;
			}
			else if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') &&
					 (lang->number_word_initials & (1u << ((c | 0x20) - 'a'))) &&
					 (i == 0 || !cd_is_word(u[i - 1])))
				i = at_word(&sc, i);
			else if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
			{
				/*
				 * A letter: the ASCII letters after it start nothing (each
				 * of the branches above but a digit's wants a word's start)
				 */
				do
					i++;
				while (i < len && (u[i] | 0x20) >= 'a' && (u[i] | 0x20) <= 'z');
			}
			else
				i++;
			continue;
		}
		/*
		 * Only these lead bytes can start a decimal digit outside ASCII; none
		 * in U+1E00..U+1FFF (Vietnamese letters) nor U+2000..U+9FFF.
		 */
		if (c >= 0xE1 && c <= 0xE9 && (c != 0xE1 || (i + 1 < len && u[i + 1] >= 0xB8)))
		{
			size_t		e;

			/* a Han numeral after an ordinal cue: "第四" */
			if (c >= 0xE4 && lang->number_words.n > 0 && (e = at_han_ordinal(&sc, i)) > i)
				i = e;
			else
				i += 3;
			continue;
		}
		if (c == 0xE0 && (digits_0fff || digits_table()))
		{
			/*
			 * A run of three-byte characters below U+1000 (Devanagari,
			 * Bengali, Thai): past those that are no digit, without cd_next
			 */
			size_t		j = i;

			while (j + 2 < len && u[j] == 0xE0 && (u[j + 1] & 0xC0) == 0x80 &&
				   (u[j + 2] & 0xC0) == 0x80)
			{
				unsigned	cp = ((u[j + 1] & 0x3Fu) << 6) | (u[j + 2] & 0x3Fu);

				if (cp < 0x800 || (digits_0fff[cp >> 3] & (1u << (cp & 7))))
					break;
				j += 3;
			}
			if (j > i)
			{
				i = j;
				continue;
			}
		}
		if (c == 0xD9 || c == 0xDB || c == 0xDF || c >= 0xE0)
		{
			size_t		j = i;
			UChar32		cp = cd_next(t->s, len, &j);

			if (cd_is_digit(cp))
				i = at_number(&sc, i);
			else
				i = j;
			continue;
		}
		i++;
	}
	return true;
}
