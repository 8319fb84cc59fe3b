/*
 * pg_clusterdata.c
 *		Module entry: the magic block shared by all SQL bindings.
 */
#include "postgres.h"
#include "fmgr.h"

PG_MODULE_MAGIC;
