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
/* bytes of the caller's text that cd_detect_language and cd_guess_language read at most */
#define CD_DETECT_MAX_BYTES (256 * 1024)

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

/*
 * The same two on text known to be NFC (a prepared CdText), read whole; on
 * the NFC form of a text of at most CD_DETECT_MAX_BYTES, the same answers
 */
const CdLang *cd_detect_language_nfc(const char *s, size_t len);
const CdLang *cd_guess_language_nfc(const char *s, size_t len);

#endif
