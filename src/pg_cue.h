/*
 * pg_cue.h
 *		The users' cue words (clusterdata.cue) in the parser (pg_cue.c).
 */
#ifndef CLUSTERDATA_PG_CUE_H
#define CLUSTERDATA_PG_CUE_H

/* the users' cues, read again if the table changed since they were read */
extern void pg_cues_current(void);

#endif
