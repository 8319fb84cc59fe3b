/*
 * numscan.h
 *		Every numeric expression of a report, with its meaning and span
 *		(plain C + ICU; no PostgreSQL headers).
 */
#ifndef CLUSTERDATA_NUMSCAN_H
#define CLUSTERDATA_NUMSCAN_H

#include "cdtext.h"

typedef enum CdKind
{
	CD_K_NUMBER = 0,			/* a quantity: 1,707 */
	CD_K_PERCENT,				/* 89.1%, 80 %, 75 procent */
	CD_K_FRACTION,				/* 1,707/1,914 */
	CD_K_RATIO,					/* 7 of 19, 7 z 19, 2.714 vụ trong tổng số 3.020 vụ */
	CD_K_RANGE,					/* 2022-2025 */
	CD_K_YEAR,					/* 2024 */
	CD_K_DATE,					/* 17 जुलाई, 29 novembre 2024, ngày 17/7, 4/10/2022 */
	CD_K_ORDINAL,				/* No. 4, n° 7, số 4, số II */
	CD_K_CODE,					/* 57-NQ/TW, Steering Committee 138, Project 06 */
	CD_K_COMPARISON				/* giảm 6,21% (2.980/3.177 vụ): this period / last period */
} CdKind;

#define CD_NKINDS 10

/* flags */
#define CD_F_VALUE	0x01		/* v is set */
#define CD_F_VALUE2 0x02		/* v2 is set */
#define CD_F_CHANGE 0x04		/* a change between periods ("giảm 5,83%") */
#define CD_F_ENDING 0x08		/* an ordinal by its ending ("10th", "3번째"), not a cue before */

/*
 * One numeric expression.  Values are exact decimals: v / 10^scale.  For a
 * date, v is yyyymmdd with yyyy = 0 when the text gives no year.  For a
 * fraction, ratio or comparison, v is the part and v2 the total; for a range,
 * v2 is the end.
 */
typedef struct CdNum
{
	CdKind		kind;
	CdQual		qual;
	int			flags;
	int64_t		v,
				v2;
	int			scale,
				scale2;
	size_t		bstart,
				bend;			/* byte span in the prepared text */
	int32_t		cstart,
				cend;			/* character span in the caller's input (-1: not
								 * counted, cd_scan_numbers_bytes) */
	const char *unit;			/* canonical unit label ("case", "person") or NULL */
	const char *label;			/* for a code or ordinal: the cue ("no.", "đề án") */
} CdNum;

typedef void (*CdNumEmit) (const CdNum *n, void *arg);

/*
 * Scan the prepared text with a language's conventions, calling emit once
 * per expression, in text order.  Returns false if the language tables could
 * not be built (ICU failure).
 */
bool		cd_scan_numbers(CdText *t, const CdLangC *lang, CdNumEmit emit, void *arg);

/*
 * The same expressions with their byte spans only: cstart and cend are -1
 * (a caller that turns few of them into spans counts the characters of
 * those alone)
 */
bool		cd_scan_numbers_bytes(CdText *t, const CdLangC *lang, CdNumEmit emit, void *arg);

const char *cd_kind_name(CdKind k);
const char *cd_qual_name(CdQual q);

/*
 * Format v / 10^scale as a decimal string ("89.1") into buf of `size` bytes.
 * Returns NULL (buf untouched) when it does not fit or scale is negative;
 * CD_DECIMAL_BUF bytes always hold a scanner value (scale <= CD_MAX_SCALE).
 */
char	   *cd_decimal(int64_t v, int scale, char *buf, size_t size);

/* most decimals a scanned quantity keeps; a longer decimal part is no quantity */
#define CD_MAX_SCALE 18
#define CD_DECIMAL_BUF 48

#endif
