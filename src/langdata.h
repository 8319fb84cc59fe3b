/*
 * langdata.h
 *		Per-language knowledge as data: number conventions, cue words, month
 *		names, units.  Each language is a data file, data/lang/XX.txt, which
 *		scripts/gen_langs.py compiles into its CdLang entry (lang_files.inc,
 *		included by langdata.c); adding a language means adding such a file
 *		(README.md, "Adding a language"), no C code changes.
 *
 * Cue strings are written lower-case; they are case-folded and NFC-normalised
 * once at start-up, and matched against case-folded text on word boundaries.
 * A cue ending in '*' matches any word that starts with the part before it
 * (for inflected forms: "przypad*" matches przypadków, przypadki).
 * Whitespace inside a cue matches any run of white space in the text.
 */
#ifndef CLUSTERDATA_LANGDATA_H
#define CLUSTERDATA_LANGDATA_H

#include <stdbool.h>
#include <stdint.h>

/* qualifiers, in the order of their SQL names */
typedef enum CdQual
{
	CD_Q_EQ = 0,
	CD_Q_GT,
	CD_Q_GE,
	CD_Q_LT,
	CD_Q_LE,
	CD_Q_APPROX
} CdQual;

/* a cue word or phrase with an integer meaning (qualifier, month, flag...) */
typedef struct CdCue
{
	const char *text;
	int			value;
} CdCue;

/*
 * Or'ed into a number word's value: the word is also a common word ("năm":
 * year, "một": a) and is a number only when a unit word comes right after it.
 */
#define CD_NUMW_NEXT 0x100000
/*
 * Or'ed into a number word's value: the word is a number only as part of a
 * longer spelled-out number ("un" in "un millón", "lăm" in "hai mươi lăm").
 */
#define CD_NUMW_PART 0x200000

/*
 * Scale words (CdLang.scales).  A value from 1 to 18 is the power of ten the
 * word multiplies by ("mil" 3, "million" 6, "trăm" 2, "puluh" 1): "dos mil",
 * "5 nghìn", "3 triệu" multiply, "mil 520" (a scale word, then a group of at
 * most three digits or smaller number words) adds.  Or'ed with
 * CD_SCALE_ONE, the word alone is one of that scale ("seribu": 1000).  The
 * other values are words around them: CD_SCALE_AND joins number words
 * ("treinta y dos", "hundred and five"), CD_SCALE_OF stands between a number
 * and its scale word (Romanian "20 de mii"), CD_SCALE_TEEN adds ten to the
 * digit before it (Indonesian "lima belas": 15), CD_SCALE_NOT is a phrase
 * that begins with a scale word but is none ("tỷ lệ": rate).
 */
#define CD_SCALE_POW 0xFF
#define CD_SCALE_ONE 0x100
#define CD_SCALE_AND 0x1000
#define CD_SCALE_OF 0x2000
#define CD_SCALE_TEEN 0x4000
#define CD_SCALE_NOT 0x8000

/* a unit word and the canonical label it maps to */
typedef struct CdUnit
{
	const char *text;
	const char *label;
} CdUnit;

/* CdCue.value for ratio words: which number is the total */
#define CD_RATIO_PART_FIRST 0	/* "7 of 19": 7 of a total of 19 */
#define CD_RATIO_TOTAL_FIRST 1	/* "19 में से 7": total first */

typedef struct CdLang
{
	const char *code;			/* ISO 639-1 */
	const char *name;
	/* numbers */
	char		decimal;		/* ',' or '.' */
	bool		group_dot;		/* "54.400" */
	bool		group_comma;	/* "1,707" */
	bool		group_space;	/* "1 707", also U+00A0, U+202F, U+2009 */
	bool		indian_grouping;	/* "1,00,000" */
	/* detection: frequent words of the language, and letters it alone uses */
	const char *const *stopwords;
	const char *letters;
	/* number context */
	const char *const *percent_words;	/* after a number: "phần trăm" */
	const CdCue *qual_before;	/* "trên 90%" */
	const CdCue *qual_after;	/* "90% से अधिक" */
	const char *const *ordinal_cues;	/* "số 4", "No. 4" */
	const char *const *code_cues;	/* "Đề án 06", "Steering Committee 138" */
	const char *const *day_cues;	/* "ngày 17/7" */
	const CdCue *months;		/* month names and forms, value 1..12 */
	const char *const *month_prefix;	/* "tháng 7": the number is a month */
	const CdCue *ratio_words;	/* "7 of 19" */
	const CdUnit *units;		/* "vụ" -> case */
	const char *const *change_before;	/* "giảm 5,83%" */
	const char *const *change_after;	/* "7% की कमी" */
	const char *const *year_words;	/* "năm 2024", "2024 r." (year context) */
	const CdCue *number_words;	/* spelled-out quantities: "five" -> 5 (value or'ed
								 * with CD_NUMW_NEXT: only with a unit right after) */
	/*
	 * Scripts the language is written in, for detection: ISO 15924 codes
	 * with a weight per character ("Hani:4 Hira:6"; quarters of a frequent
	 * word).  Scripts written without spaces (Han, Kana) count each
	 * character as a word.
	 */
	const char *scripts;
	/* number words right after digits that multiply them: "万" 4 ("3万" = 30000) */
	const CdCue *multipliers;
	/*
	 * Endings glued to a name that are not part of it (Korean particles and
	 * "성" province: "박닌성은"), stripped when a word is no name as it stands.
	 */
	const char *const *name_endings;
	/* words right after a year ("2024 году", "2024年", "2024년"); NULL: none */
	const char *const *year_after;
	/*
	 * marks after the year, month and day of a date ("2024年12月20日"), then
	 * other day marks ("号"); NULL: none
	 */
	const char *const *date_marks;
	/* scale words and the words around them (CD_SCALE_*); NULL: none */
	const CdCue *scales;
	/*
	 * Ordinal endings glued to the digits, as written (lower case): "th" of
	 * "10th", "번째" of "3번째", "番", "号"; NULL: none
	 */
	const char *const *ordinal_after;
	/*
	 * Prefixes glued to a name that are not part of it (Arabic "و" and:
	 * "وهاي فونغ"), stripped when a word is no name as it stands; glued to
	 * a number, they make it no identifier ("و512"); NULL: none
	 */
	const char *const *name_prefixes;
	/*
	 * Counters of no unit of their own ("개", "个", "ราย"), and the nouns
	 * before the number that then give its unit ("범죄조직 12개": gang,
	 * "团伙23个": gang); NULL: none
	 */
	const char *const *counters;
	const CdUnit *units_before;
	/* percent words before the number ("ร้อยละ 89.1"); NULL: none */
	const char *const *percent_before;
	/*
	 * words between a multiplier and a smaller part, for its missing digits
	 * (Chinese 零: "1萬零24" = 10024); NULL: none
	 */
	const char *const *zero_words;
} CdLang;

extern const CdLang cd_langs[];
extern const int cd_nlangs;

/* unit labels a count fact may carry (law-enforcement quantities), NULL-terminated */
extern const char *const cd_count_units[];
bool		cd_is_count_unit(const char *label);
/* unit labels of amounts seized (a `seizure` fact), NULL-terminated */
extern const char *const cd_seizure_units[];
bool		cd_is_seizure_unit(const char *label);

/* every label a unit word may carry (count, seizure and other units), NULL-terminated */
extern const char *const cd_unit_labels[];
extern const int cd_nunit_labels;

/* the language with this code, or NULL */
const CdLang *cd_lang_find(const char *code);

/* comma-separated list of supported codes, for messages */
const char *cd_lang_codes(void);

#endif
