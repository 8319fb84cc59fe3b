-- Korean: spaced words with glued particles, 만/억 multipliers, Hangul names
\i sql/include/numbers_show.sql
\i sql/include/facts_show.sql
SELECT detect_language('올해 각 성 공안은 범죄 단속을 강화하여 많은 형사 사건을 해결했으며 주민들의 안전 의식도 높아졌다.');
SELECT * FROM pg_temp.show('형사사건 2만1천건 가운데 1만9870건을 해결하고 마약 35kg을 압수했다.', 'ko');
SELECT * FROM pg_temp.show('용의자 4,120명을 검거했으며 해결률은 90% 이상이다.', 'ko');
SELECT * FROM pg_temp.facts('2024년 제5 경쟁 클러스터 소속 공안은 형사사건 2,035건 중 1,884건을 해결해 해결률 92.58%를 기록했으며, 특히 중대 사건의 해결률은 96% 이상이었다. 클러스터는 다낭시, 꽝남성, 꽝응아이성, 빈딘성, 푸옌성으로 구성된다. 회의에서 꽝남성이 2025년 클러스터장으로 선출됐다.');
-- by how much a result beat the target is no rate
SELECT * FROM pg_temp.facts('해결률은 87%로 목표보다 7% 높았다.', 'ko');
-- the first half of the year
SELECT * FROM pg_temp.facts('2023년 상반기 클러스터는 마약 사건 310건을 적발했다.', 'ko');
SELECT '하노이'::province, '호찌민'::province, '바리아붕따우'::province;
-- dates with year, month and day marks
SELECT * FROM pg_temp.show('2024년 12월 18일 회의를 열었고 3월 2일에 마쳤다.', 'ko');
-- the ordinal glued to the cluster word, "를 넘었다" (over), the cases solved
-- before their verb are part of the rate
SELECT * FROM pg_temp.facts('베트남 공안부 제6경쟁클러스터는 19일 안장성에서 회의를 열었다. 클러스터에는 껀터, 안장, 끼엔장, 까마우 등 4개 성 공안이 속해 있다. 2025년 형사 사건 2,210건을 수사해 88.6%의 해결률을 달성했으며 중대 사건 해결률은 95%를 넘었다.');
-- a change word right after the unit ("24건 줄었다") makes a change; a count
-- with another verb stays a count
SELECT * FROM pg_temp.facts('올해 도 내 절도 사건은 작년보다 24건 줄었다.', 'ko');
SELECT * FROM pg_temp.facts('경찰은 절도 사건 24건을 해결하고 9명을 검거했다.', 'ko');
