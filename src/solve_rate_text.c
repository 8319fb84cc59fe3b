/*
 * solve_rate_text.c
 *		Parsing the text form of a solve rate (see solve_rate_text.h).
 */
#include "solve_rate_text.h"

#include <stdbool.h>
#include <stddef.h>

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* a whole number with an optional sign at *p; *p advances past it */
static bool
parse_part(const char **p, int64_t *out, bool *overflow)
{
	const char *s = *p;
	bool		negative = false;
	uint64_t	v = 0;

	if (*s == '-' || *s == '+')
		negative = *s++ == '-';
	if (*s < '0' || *s > '9')
		return false;
	for (; *s >= '0' && *s <= '9'; s++)
	{
		if (v > (UINT64_C(9223372036854775807) - (uint64_t) (*s - '0')) / 10)
			*overflow = true;
		else
			v = v * 10 + (uint64_t) (*s - '0');
	}
	*p = s;
	*out = negative ? -(int64_t) v : (int64_t) v;
	return true;
}

CdRateSyntax
cd_solve_rate_parse(const char *s, int64_t *solved, int64_t *total, const char **rest)
{
	const char *p = s;
	bool		overflow = false;

	*rest = NULL;
	while (is_space(*p))
		p++;
	if (*p == '\0')
		return CD_SR_EMPTY;
	if (!parse_part(&p, solved, &overflow))
		return CD_SR_BAD_SOLVED;
	while (is_space(*p))
		p++;
	if (*p != '/')
		return CD_SR_NO_SLASH;
	p++;
	while (is_space(*p))
		p++;
	if (!parse_part(&p, total, &overflow))
		return CD_SR_BAD_TOTAL;
	while (is_space(*p))
		p++;
	if (*p != '\0')
	{
		*rest = p;
		return CD_SR_TRAILING;
	}
	return overflow ? CD_SR_OVERFLOW : CD_SR_OK;
}
