/*
 * report.h
 *		parse_report's core: report text to facts (plain C + ICU).  The facts
 *		(CdFact) are declared in report_emit.h, the cues in reportdata.h.
 */
#ifndef CLUSTERDATA_REPORT_H
#define CLUSTERDATA_REPORT_H

#include "numscan.h"
#include "provinces.h"
#include "reportdata.h"
#include "report_emit.h"

/*
 * Raised whenever a change to the parser (rules or data) can change its
 * facts: stored reports parsed by an older version are parsed again by
 * clusterdata.parse_pending().
 */
#define CD_PARSER_VERSION 27

/* Parse a prepared text; false on an ICU or table failure. */
bool		cd_parse_report(CdText *t, const CdLangC *lang, CdFactEmit emit, void *arg);

/*
 * Cues users add beside the languages' data (langs[i] is cues[i]'s
 * language, cues[i].text its phrase): they replace the ones set before and
 * hold for every parse after.  False when out of memory.
 */
bool		cd_set_user_cues(const char *const *langs, const CdReportCue *cues, int n);

/*
 * What is wrong with a phrase users give as a cue, or NULL: empty, spaces
 * around it or two in a row, other white space, control or invisible
 * characters, a '*' before its end, nothing but '*', more words than a
 * cue may have.  Such cues are left out by cd_set_user_cues.
 */
const char *cd_cue_phrase_problem(const char *phrase);

#endif
