-- parse_report(): the cluster's number in the forms translators write it
-- (the cluster word in its cases, "emulation group" and its variants), and
-- numbers that only look like it: a count of provinces right behind the
-- cue, a cluster of another kind (industrial), an ordinal of another
-- sentence; the number before the cue with an ordinal ending ("10th",
-- "8번째", "7番", "8号") or hyphened to it ("Cluster-11").  Our own
-- sentences, one per line: the language, the text, the number it names
-- (NULL: none).
\i sql/include/facts_show.sql
CREATE TEMP TABLE cluster_cases(n serial, lang text, expect int, body text);
INSERT INTO cluster_cases(lang, expect, body) VALUES
-- Polish: nominative, genitive, locative, instrumental; "grupa emulacyjna" declined
('pl', 7, 'Klaster nr 7 wykrył w 2024 r. 1210/1380 przestępstw, czyli 87,68%.'),
('pl', 3, 'W 2024 r. policja prowincji klastra nr 3 wykryła 1210/1380 przestępstw, czyli 87,68%.'),
('pl', 5, 'W klastrze nr 5 w 2024 r. wykryto 905/1004 przestępstw, 90,14%.'),
('pl', 11, 'Wraz z klastrem nr 11 policja prowincji Lang Son podsumowała 2024 rok.'),
('pl', 8, 'W grupie emulacyjnej nr 8 w 2024 r. wykryto 770/845 przestępstw, 91,12%.'),
('pl', 2, 'Konferencja grupy emulacyjnej nr 2 odbyła się w grudniu 2024 r.'),
-- a count of units right behind the cue is no cluster number
('pl', NULL, 'Klaster 12 jednostek policji wykrył w 2024 r. 530 przestępstw.'),
-- Romanian genitive
('ro', 3, 'În 2024, poliția provinciilor clusterului nr. 3 a soluționat 1210/1380 de infracțiuni, 87,68%.'),
('ro', 6, 'Conferința Grupului de Emulație nr. 6 a avut loc în decembrie 2024.'),
-- Russian: "группа соревнования" declined
('ru', 8, 'В группе соревнования № 8 в 2024 году раскрыто 770/845 преступлений, 91,12%.'),
('ru', 4, 'Полиция провинций группы по соревнованию № 4 подвела итоги 2024 года.'),
-- German genitive and compounds
('de', 3, '2024 klärte die Polizei der Provinzen des Clusters Nr. 3 1210/1380 Straftaten auf, 87,68 %.'),
('de', 8, 'Der Wettbewerbscluster Nr. 8 zog im Dezember 2024 Bilanz.'),
-- French, Spanish, Italian, Portuguese variants
('fr', 6, 'En 2024, le groupement d''émulation n° 6 a élucidé 1210/1380 affaires, soit 87,68 %.'),
('es', 4, 'En 2024, el cluster n.º 4 esclareció 1210/1380 delitos, un 87,68 %.'),
('it', 6, 'Nel 2024 il gruppo d''emulazione n. 6 ha risolto 1210/1380 reati, pari all''87,68%.'),
('pt', 9, 'Em 2024, o bloco de emulação nº 9 esclareceu 1210/1380 crimes, 87,68%.'),
-- Indonesian, Hindi, Arabic, Thai, Korean, Japanese spellings
('id', 6, 'Pada 2024, Kluster Emulasi No. 6 mengungkap 1210/1380 kasus pidana, atau 87,68%.'),
('hi', 5, 'वर्ष 2024 में कलस्टर नंबर 5 की पुलिस ने 1210/1380 आपराधिक मामलों को सुलझाया।'),
('hi', 6, 'अनुकरण समूह संख्या 6 ने 2024 में 1210/1380 मामले सुलझाए।'),
('ar', 8, 'في عام 2024، كشفت شرطة المقاطعات في كتلة المحاكاة رقم 8 عن 1210/1380 جريمة.'),
('th', 5, 'กลุ่มการแข่งขันที่ 5 คลี่คลายคดีได้ 1210/1380 คดีในปี 2024'),
('ko', 6, '제6 경쟁그룹은 2024년에 형사사건 1210/1380건을 해결했다.'),
('ja', 8, '第8競争クラスタは2024年に刑事事件1210/1380件を解決した。'),
-- Vietnamese abbreviation; a count of provinces right behind "Cụm thi đua"
('vi', 6, 'CTĐ số 6 đã làm rõ 1.210/1.380 vụ trong năm 2024, đạt 87,68%.'),
('vi', NULL, 'Năm 2024, Cụm thi đua 5 tỉnh Tây Nguyên đã làm rõ 812/905 vụ án hình sự, đạt 89,72%.'),
-- clusters of another kind: industrial, residential
('vi', NULL, 'Công an phát hiện vụ cháy tại cụm công nghiệp số 2, thiệt hại 12 tỷ đồng.'),
('vi', 9, 'Năm 2024, Cụm thi đua số 9 làm rõ 640/702 vụ, đạt 91,17%. Cụm công nghiệp số 3 được bảo vệ an toàn.'),
('zh', NULL, '2024年，该省第3产业集群发展迅速，产值增长12%。'),
('zh', 6, '2024年，第6竞赛集群共侦破刑事案件1210起，破案率87.5%。'),
('en', NULL, 'Police guarded industrial cluster No. 4 through 2024.'),
-- an ordinal of the next sentence is not the cluster's
('en', NULL, 'The cluster police patrolled the area. Highway No. 1 was busy during 2024.'),
('en', 12, 'Emulation Bloc No. 12 reviewed its work for 2024.'),
-- an industrial cluster right after the ordinal, whatever cue came before
('zh', NULL, '2024年，竞赛集群各成员单位走访了第3产业集群的企业。'),
('ko', NULL, '2024년 경쟁 클러스터 경찰은 제3 산업클러스터를 방문했다.'),
('ja', NULL, '2024年、警察は第3産業クラスタの工場を点検した。'),
-- an ordinal far behind the cue: a law, a road, a house number
('id', NULL, 'Pada 2024, Polda klaster tersebut menjerat tersangka dengan UU No 35 Tahun 2009 tentang Narkotika.'),
('fr', NULL, 'En 2024, la police du groupe a saisi 12 kg de drogue sur la route nationale no 1.'),
('it', NULL, 'Nel 2024 la polizia del cluster ha sequestrato droga lungo la strada statale nr. 16.'),
('pl', NULL, 'W 2024 r. policja klastra przeszukała mieszkanie przy ulicy Długiej nr 7 i zatrzymała 3 osoby.'),
-- the number before the cue with an ordinal ending ("10th", "8번째", "7番",
-- "8号"), and hyphened to the cue ("Cluster-11")
('en', 10, 'The 10th Emulation Cluster of the ministry reviewed 2024 in Hue.'),
('en', 3, 'Provincial police of the 3rd emulation cluster solved 640/702 cases.'),
('ko', 8, '8번째 경쟁 클러스터 경찰은 2024년 회의를 열었다.'),
-- but Korean "N번" is also N times: no ordinal
('ko', NULL, '클러스터 경찰은 2024년에 3번 회의를 열었다.'),
('ja', 7, '公安省の7番クラスターは2024年の総括会議を開いた。'),
('zh', 8, '公安部8号竞赛集群召开2024年总结会议。'),
('en', 11, 'Police of Cluster-11 reviewed the work of 2024 in Da Nang.'),
-- but not an ordinal of another thing, nor a code or too large a number
('en', NULL, 'The cluster met on the 14th floor of the 26th building.'),
('en', NULL, 'Police of Cluster-11A reviewed the work of 2024.'),
('en', NULL, 'Police of Cluster-70 reviewed the work of 2024.'),
-- an ordinal by its ending: only right before the cue, and the cluster's own number wins
('en', 4, 'On the 20th, the Emulation Cluster No. 4 held its review conference in Lang Son.'),
('en', 4, 'Lao Cai police came 1st in Cluster No. 4''s emulation rankings for 2024.'),
('en', NULL, 'The 3rd cluster-level training course opened in Hue in 2024.'),
('ko', NULL, '올해 3번째 클러스터 회의가 열렸다.'),
-- a plain number after a comma is not the cluster's
('en', NULL, 'Across the cluster, 15 traffic accidents were recorded in 2024.'),
-- French: "groupement" alone, as "groupement d'émulation"
('fr', 8, 'Le groupement n° 8 réunit les polices de cinq provinces du Centre.'),
-- a word of many uses (grupo, Gruppe, group) is the cluster's only with an
-- ordinal right after it
('es', 2, 'El grupo n.º 2 está integrado por las policías de Son La, Lai Chau, Dien Bien y Lao Cai.'),
('pt', 2, 'O Grupo n.º 2 é composto pelas polícias de Sơn La, Lai Châu, Điện Biên e Lào Cai.'),
('de', 2, 'Die Polizeibehörden der Gruppe Nr. 2 klärten 2024 insgesamt 812 Straftaten auf.'),
('es', NULL, 'Un grupo de 5 agentes desarticuló una red de tráfico de drogas.'),
('en', NULL, 'A group of 12 officers patrolled the border in 2024.'),
-- the cluster's word at the end of a role's words: "which will lead
-- Cluster No. 2", "liderará o Grupo de Emulação n.º 2"
('en', 2, 'The police of Son La handed over the flag to the police of Lai Chau, which will lead Cluster No. 2 in 2026.'),
('pt', 2, 'A Polícia de Yên Bái entregou a bandeira à Polícia de Lào Cai, que liderará o Grupo de Emulação n.º 2 em 2026.'),
('it', 2, 'La Polizia di Son La ha consegnato la bandiera alla Polizia di Lai Chau, che guiderà il Cluster n. 2 nel 2026.'),
-- (a role's words that end with a word of many uses, no ordinal after: no cluster)
('es', NULL, 'Participaron las policías de Son La (líder del grupo), Lai Chau y Dien Bien.');

SELECT c.n, c.lang, c.expect,
       (SELECT string_agg(f.cluster_no::text || ' [' || f.evidence || ']', '; ')
        FROM pg_temp.facts(c.body, c.lang) f WHERE f.kind = 'cluster') AS found,
       (SELECT f.cluster_no FROM pg_temp.facts(c.body, c.lang) f WHERE f.kind = 'cluster')
         IS NOT DISTINCT FROM c.expect AS ok
FROM cluster_cases c ORDER BY c.n;
-- every case as expected
SELECT count(*) FILTER (WHERE ok) AS right, count(*) AS cases
FROM (SELECT (SELECT f.cluster_no FROM pg_temp.facts(c.body, c.lang) f WHERE f.kind = 'cluster')
               IS NOT DISTINCT FROM c.expect AS ok
      FROM cluster_cases c) s;
-- the new value of the cluster role is listed and may be taught
SELECT role, "values" FROM clusterdata.cue_roles() WHERE role = 'cluster';
