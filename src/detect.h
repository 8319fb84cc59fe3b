/*
 * detect.h
 *		Language detection from frequent words and distinctive letters
 *		(plain C + ICU).
 */
#ifndef CLUSTERDATA_DETECT_H
#define CLUSTERDATA_DETECT_H

#include <stddef.h>

#include "langdata.h"

/* words read at most: detection looks at the start of long texts */
#define CD_DETECT_MAX_WORDS 4000

/*
 * The language of the text, or NULL when it is too short to tell or is in
 * none of the supported languages.
 */
const CdLang *cd_detect_language(const char *s, size_t len);

/*
 * The best-scoring language even on little evidence (NULL only when no word
 * of any language occurs): good enough to choose number conventions.
 */
const CdLang *cd_guess_language(const char *s, size_t len);

/* the same on text known to be NFC (a prepared CdText) */
const CdLang *cd_guess_language_nfc(const char *s, size_t len);

#endif
