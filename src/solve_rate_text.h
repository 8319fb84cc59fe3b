/*
 * solve_rate_text.h
 *		The text form of a solve rate, "solved/total" (plain C; no PostgreSQL
 *		headers): parsing with a reason for every rejection.
 */
#ifndef CLUSTERDATA_SOLVE_RATE_TEXT_H
#define CLUSTERDATA_SOLVE_RATE_TEXT_H

#include <stdint.h>

typedef enum CdRateSyntax
{
	CD_SR_OK = 0,
	CD_SR_EMPTY,				/* nothing but white space */
	CD_SR_BAD_SOLVED,			/* the solved part is not a whole number */
	CD_SR_NO_SLASH,				/* no "/" after the solved part */
	CD_SR_BAD_TOTAL,			/* the total part is not a whole number */
	CD_SR_TRAILING,				/* characters after the total */
	CD_SR_OVERFLOW				/* a part does not fit in int64 */
} CdRateSyntax;

/*
 * Parse "solved/total": optional white space around each part, an optional
 * sign.  Values are returned as written (negative ones too: the range rules
 * are the caller's).  On CD_SR_TRAILING, *rest points at the extra text.
 */
CdRateSyntax cd_solve_rate_parse(const char *s, int64_t *solved, int64_t *total,
								 const char **rest);

#endif
