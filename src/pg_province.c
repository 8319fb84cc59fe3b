/*
 * pg_province.c
 *		The clusterdata.province type: one of the 63 provinces and cities, or
 *		a unit formed on 2025-07-01, in two bytes.
 *
 * The value is the row of the province in the extension's table
 * (src/provinces_data.c, generated from data/provinces.tsv), so it is
 * pass-by-value and compares as an integer: the order is the table's, by
 * ISO 3166-2 code, with the units formed in 2025 last.  Input accepts any
 * name provinces.c recognises; output is the canonical Vietnamese name.  The
 * binary form is that name too, so a binary dump does not depend on the
 * table's order.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"

#include "pg_lang.h"
#include "pg_province.h"
#include "provinces.h"

static int
province_from(const char *s, size_t len, bool missing_ok)
{
	int			p;

	pg_require_utf8();
	p = cd_province_lookup(s, len);

	if (p < 0 && !missing_ok)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("unknown province: \"%.*s\"", (int) Min(len, 200), s),
				 errhint("Use a province name (with or without diacritics), an alias or an ISO 3166-2 code such as VN-68; clusterdata.provinces() lists them.")));
	return p;
}

static int
arg_province(FunctionCallInfo fcinfo, int n)
{
	int			p = PG_GETARG_INT16(n);

	if (p < 0 || p >= cd_nprovinces)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid province value %d", p)));
	return p;
}

Datum
province_datum(int p)
{
	Assert(p >= 0 && p < cd_nprovinces);
	return Int16GetDatum((int16) p);
}

PG_FUNCTION_INFO_V1(province_in);
Datum
province_in(PG_FUNCTION_ARGS)
{
	const char *s = PG_GETARG_CSTRING(0);

	PG_RETURN_INT16(province_from(s, strlen(s), false));
}

PG_FUNCTION_INFO_V1(province_out);
Datum
province_out(PG_FUNCTION_ARGS)
{
	pg_require_utf8();
	PG_RETURN_CSTRING(pstrdup(cd_provinces[arg_province(fcinfo, 0)].name_vi));
}

PG_FUNCTION_INFO_V1(province_recv);
Datum
province_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			nbytes;
	char	   *s = pq_getmsgtext(buf, buf->len - buf->cursor, &nbytes);

	/* only the canonical name: what province_send writes */
	for (int p = 0; p < cd_nprovinces; p++)
		if (strcmp(s, cd_provinces[p].name_vi) == 0)
			PG_RETURN_INT16(p);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary province: \"%.*s\"", Min(nbytes, 200), s)));
	PG_RETURN_NULL();
}

PG_FUNCTION_INFO_V1(province_send);
Datum
province_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;
	const char *name = cd_provinces[arg_province(fcinfo, 0)].name_vi;

	pq_begintypsend(&buf);
	pq_sendtext(&buf, name, strlen(name));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(try_province);
Datum
try_province(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	int			p = province_from(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), true);

	if (p < 0)
		PG_RETURN_NULL();
	PG_RETURN_INT16(p);
}

PG_FUNCTION_INFO_V1(province_code);
Datum
province_code(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(cd_provinces[arg_province(fcinfo, 0)].code));
}

PG_FUNCTION_INFO_V1(province_ascii);
Datum
province_ascii(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(cd_provinces[arg_province(fcinfo, 0)].name_ascii));
}

PG_FUNCTION_INFO_V1(province_is_city);
Datum
province_is_city(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cd_provinces[arg_province(fcinfo, 0)].city);
}

PG_FUNCTION_INFO_V1(successor);
Datum
successor(PG_FUNCTION_ARGS)
{
	int			p = arg_province(fcinfo, 0);
	DateADT		d = PG_GETARG_DATEADT(1);
	int			y,
				m,
				day;

	if (DATE_NOT_FINITE(d))
		PG_RETURN_INT16(DATE_IS_NOBEGIN(d) ? p : cd_provinces[p].unit_after_2025);
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	PG_RETURN_INT16(cd_province_successor(p, y * 10000 + m * 100 + day));
}

/* comparison: as integers */
#define CMP_FN(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(PG_GETARG_INT16(0) op PG_GETARG_INT16(1)); \
}
CMP_FN(province_lt, <)
CMP_FN(province_le, <=)
CMP_FN(province_eq, ==)
CMP_FN(province_ne, !=)
CMP_FN(province_ge, >=)
CMP_FN(province_gt, >)

PG_FUNCTION_INFO_V1(province_cmp);
Datum
province_cmp(PG_FUNCTION_ARGS)
{
	int16		a = PG_GETARG_INT16(0),
				b = PG_GETARG_INT16(1);

	PG_RETURN_INT32(a < b ? -1 : a > b ? 1 : 0);
}

PG_FUNCTION_INFO_V1(province_hash);
Datum
province_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32((uint32) PG_GETARG_INT16(0));
}

PG_FUNCTION_INFO_V1(province_hash_extended);
Datum
province_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended((uint32) PG_GETARG_INT16(0), PG_GETARG_INT64(1));
}

/*
 * The hash from 0.4 on: of the province's canonical name, as hashtext() of
 * it, so that a hash index, a hash partition or a Citus shard holding a
 * province does not depend on the order of the data file.  (Not of the ISO
 * code: Huế and Thừa Thiên Huế share VN-26.)  province_hash above is 0.3's,
 * still called by a database not yet updated.
 */
static const char *
name_of(int16 p)
{
	if (p < 0 || p >= cd_nprovinces)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid province value")));
	return cd_provinces[p].name_vi;
}

PG_FUNCTION_INFO_V1(province_hash_code);
Datum
province_hash_code(PG_FUNCTION_ARGS)
{
	const char *c = name_of(PG_GETARG_INT16(0));

	return hash_any((const unsigned char *) c, (int) strlen(c));
}

PG_FUNCTION_INFO_V1(province_hash_extended_code);
Datum
province_hash_extended_code(PG_FUNCTION_ARGS)
{
	const char *c = name_of(PG_GETARG_INT16(0));

	return hash_any_extended((const unsigned char *) c, (int) strlen(c), PG_GETARG_INT64(1));
}

/* the table itself */
PG_FUNCTION_INFO_V1(provinces);
Datum
provinces(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	for (int p = 0; p < cd_nprovinces; p++)
	{
		const CdProvince *P = &cd_provinces[p];
		Datum		values[6];
		bool		nulls[6] = {false};

		values[0] = province_datum(p);
		values[1] = CStringGetTextDatum(P->code);
		values[2] = CStringGetTextDatum(P->name_ascii);
		values[3] = CStringGetTextDatum(P->new_unit ? "unit" : P->city ? "city" : "province");
		values[4] = province_datum(P->unit_after_2025);
		values[5] = BoolGetDatum(!P->new_unit);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(province_text);
Datum
province_text(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(cd_provinces[arg_province(fcinfo, 0)].name_vi));
}
