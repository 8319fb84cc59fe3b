-- Chinese: no spaces between words, 万/亿 multipliers, province names in Han
\i sql/include/numbers_show.sql
\i sql/include/facts_show.sql
SELECT detect_language('今年以来，各省公安厅认真开展打击犯罪工作，破获了大量刑事案件，群众的安全感明显提高。');
SELECT * FROM pg_temp.show('全年查获毒品12.5公斤，缴获海洛因3万多块，涉案金额达2亿元。', 'zh');
SELECT * FROM pg_temp.show('共侦破刑事案件2864/3105起，抓获嫌疑人4120名，比例为92.24%。', 'zh');
-- a whole report: cluster number before its cue, members, leader, period
SELECT * FROM pg_temp.facts('2025年，第6竞赛集群各成员单位共侦破刑事案件2864/3105起，破案率达92.24%，其中特别严重案件破案率为97.5%以上。集群由芹苴市、安江省、坚江省、金瓯省和薄辽省组成。会议推选安江省公安厅担任2026年集群长，金瓯省为副集群长。');
-- by how much a result beat the target is no rate
SELECT * FROM pg_temp.facts('刑事案件破案率为86.3%，超出指标6.3%。', 'zh');
-- a target in one clause does not touch the next clause
SELECT * FROM pg_temp.facts('全年各项指标均已完成；侦破率达到81%。', 'zh');
-- a rate written only as a fraction, and the same figure stated twice
SELECT * FROM pg_temp.facts('警方侦破刑事案件401/455起。刑事案件破案率为88.13%。', 'zh');
-- the first half of the year
SELECT * FROM pg_temp.facts('2024年上半年，集群破获毒品案件620起。', 'zh');
-- province names as Chinese writes them
SELECT '河内'::province, '胡志明市'::province, '岘港'::province, '承天顺化'::province;
-- dates with year, month and day marks; a month and day alone has no year
SELECT * FROM pg_temp.show('会议于2024年12月20日召开，12月5日结束，2024年共破获案件。', 'zh');
-- a cluster number in Han numerals; a day after the cue is no cluster number;
-- names listed without 省; the cases solved with the rate are part of it
SELECT * FROM pg_temp.facts('越南公安部第五竞赛集群19日在清化省召开会议。集群成员包括清化、乂安、河静、和平和宁平5个省公安厅。2025年，各单位查明刑事案件2210起，侦破率达88.6%。');
-- a change word with 了 before the number ("减少了24起") makes a change; a
-- count before it stays a count
SELECT * FROM pg_temp.facts('与去年同期相比，全省盗窃案件减少了24起。', 'zh');
SELECT * FROM pg_temp.facts('今年抓获的涉毒人员比去年增加了9名。', 'zh');
SELECT * FROM pg_temp.facts('全省破获盗窃案件24起，同比减少3起。', 'zh');
-- 重特大 (very serious and especially serious) names the serious class;
-- 经济类 the economic one before 犯罪
SELECT kind, metric, solved, total, percent FROM clusterdata.parse_report('2023年上半年，刑事案件破案率达88.4%，重特大案件破案率达100%。', 'zh') WHERE kind = 'rate' ORDER BY span_start;
SELECT kind, metric, solved, total, percent FROM clusterdata.parse_report('2024年第一季度，共发现经济类犯罪案件61起，侦破55起，破案率90.16%。', 'zh') WHERE kind = 'rate' ORDER BY span_start;
-- a requirement laid on the units governs what follows it: a target, not a
-- rate; the result in the next sentence stays one
SELECT kind, metric, percent FROM clusterdata.parse_report('公安部要求各地刑事案件破案率达到78%以上。2023年上半年，刑事案件破案率达88.4%。', 'zh') WHERE kind = 'rate';
