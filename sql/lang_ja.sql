-- Japanese: kanji and kana without spaces, Katakana place names
\i sql/include/numbers_show.sql
\i sql/include/facts_show.sql
SELECT detect_language('今年、各省の公安は犯罪の取り締まりを強化し、多くの刑事事件を解決したことが会議で報告された。');
SELECT * FROM pg_temp.show('刑事事件3105件中2864件を解決し、容疑者3万人を拘束した。', 'ja');
SELECT * FROM pg_temp.show('麻薬14キロを押収し、検挙率は約92.6%だった。', 'ja');
SELECT * FROM pg_temp.facts('2024年、第3競争クラスターの各省公安は刑事事件3105件中2864件を解決し、検挙率は92.24%に達した。重大事件の解決率は96%以上だった。クラスターはハイフォン省、クアンニン省、ハイズオン省、フンイエン省、タイビン省で構成される。会議でハイフォンが2025年のクラスター長に選ばれた。');
-- by how much a result beat the target is no rate
SELECT * FROM pg_temp.facts('解決率は85%で、目標を5%上回った。', 'ja');
-- the first half of the year
SELECT * FROM pg_temp.facts('2023年上半期、クラスターは麻薬事件310件を摘発した。', 'ja');
SELECT 'ハノイ'::province, 'ホーチミン'::province, 'バリア・ブンタウ'::province;
-- dates with year, month and day marks; a 13th month is no date
SELECT * FROM pg_temp.show('会議は2023年11月30日に開かれ、13月5日の報告はない。', 'ja');
-- "を超えた" (over), names without 省, the cases solved with the rate are part of it
SELECT * FROM pg_temp.facts('第6競争クラスターにはカントー、アンザン、キエンザン、カマウの4省の公安が所属している。2025年、刑事事件2210件を捜査し、解決率は88.6%に達し、重大事件の解決率は95%を超えた。');
-- a change word right after the unit ("件減少", "人増加") makes a change, not a
-- count; a count with another verb after its unit stays a count
SELECT * FROM pg_temp.facts('昨年と比べて、省内の窃盗事件は24件減少した。', 'ja');
SELECT * FROM pg_temp.facts('今年の麻薬事件の逮捕者は前年より9人増加した。', 'ja');
SELECT * FROM pg_temp.facts('省警察は窃盗事件24件を解決し、9人を逮捕した。', 'ja');
