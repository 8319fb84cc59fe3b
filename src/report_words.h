/*
 * report_words.h
 *		Stage 1 of the parser, words and cues (report_words.c).
 */
#ifndef CLUSTERDATA_REPORT_WORDS_H
#define CLUSTERDATA_REPORT_WORDS_H

#include "report_dict.h"

/* bytes between two items of a member list, when words that join groups stand there */
#define LIST_GAP_MAX 160

void		rp_find_marks(Work *w, const Dict *d);
void		rp_tokenize(Work *w);
bool		rp_word_is(const Work *w, int k, int type);
/* words at most in the stretch rp_only_words_of() reads */
#define RP_WORDS_MAX 12
bool		rp_only_words_of(const Work *w, size_t from, size_t to, int type, bool names);
bool		rp_word_may_end(const Work *w, size_t end, int type);

#endif
