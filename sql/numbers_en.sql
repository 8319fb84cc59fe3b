-- numbers(): English conventions (decimal point, comma grouping) and cues
\i sql/include/numbers_show.sql

SELECT * FROM pg_temp.show('Police solved 1,412/1,597 criminal cases, a rate of 88.4%, and more than 95% of serious cases.', 'en');
SELECT * FROM pg_temp.show('They arrested 318 cases/402 suspects and seized nearly 12.5 kg of drugs; at least 40 percent were repeat offenders.', 'en');
SELECT * FROM pg_temp.show('Cluster No. 6 met on 14 December 2023; 5 of 7 provinces reached 90% or more.', 'en');
SELECT * FROM pg_temp.show('On July 3, 2024, under Resolution 57-NQ/TW and Project 06 for 2021-2025, crime fell by 4.2% (1,230/1,284 cases).', 'en');
SELECT * FROM pg_temp.show('Officers investigated five economic cases and twelve drug rings.', 'en');
-- a URL is an address, not numbers; glued identifiers are codes
SELECT * FROM pg_temp.show('Source: https://example.vn/review-2024-771203.html, COVID-19 and H5N1 cases.', 'en');
-- ordinal endings: "10th", "1st", "22nd", "3RD"; not "5the" nor a date's day
SELECT * FROM pg_temp.show('The 10th conference, the 1st and 22nd items, the 3RD plan, 5the and 7 thousand.', 'en');
SELECT * FROM pg_temp.show('The conference was held on December 1st, 2024.', 'en');
-- two parts of exactly three decimals with a whole part: thousands grouped
-- with dots, as translations from Vietnamese keep them; not a decimal fraction
SELECT kind, value, value2, text FROM clusterdata.numbers('The units clarified 2.734/3.117 cases; the ratio 0.125/0.250 stays decimal.', 'en');
-- a row's two values are its own, whatever numerics the backend keeps from
-- earlier rows: 3,000 fractions in one query, each value and value2 as
-- written (two values whose numerics shared a kept slot once gave the
-- second value twice)
SELECT count(*) FILTER (WHERE n.kind <> 'fraction' OR n.value IS DISTINCT FROM g.a
                              OR n.value2 IS DISTINCT FROM g.b) AS wrong,
       count(*) AS fractions
FROM generate_series(1, 3000) i,
     LATERAL (SELECT 1000 + i AS a, 5000 + 7 * i AS b) g,
     LATERAL clusterdata.numbers(format('Police solved %s/%s cases.', g.a, g.b), 'en') n;
SELECT kind, value, value2, text FROM clusterdata.numbers('Police solved 1,707/2,115 cases and 1,707/1,914 cases.', 'en');
