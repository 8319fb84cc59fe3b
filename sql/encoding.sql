-- report text is processed as UTF-8: in a database of another encoding the
-- text functions and province names are a clear error, not wrong spans
SET client_min_messages = warning;
CREATE DATABASE regress_clusterdata_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c regress_clusterdata_ascii
SET client_min_messages = warning;
CREATE EXTENSION clusterdata;
SELECT clusterdata.parse_report('Cluster No. 4 solved 12/15 cases, 80%.');
SELECT clusterdata.numbers('12/15 cases');
SELECT clusterdata.detect_language('The police of the cluster solved most of the cases in the year.');
SELECT 'Phu Tho'::clusterdata.province;
-- what does not touch text still works
SELECT clusterdata.percent('12/15', 1);
\c contrib_regression
DROP DATABASE regress_clusterdata_ascii;
