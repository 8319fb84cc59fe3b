/*
 * pg_province.h
 *		The clusterdata.province type, for the other SQL bindings.
 */
#ifndef PG_PROVINCE_H
#define PG_PROVINCE_H

#include "postgres.h"

/* the Datum of province row p of cd_provinces */
extern Datum province_datum(int p);

#endif
