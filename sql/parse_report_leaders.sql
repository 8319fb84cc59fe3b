-- parse_report(): the cluster's leader and deputy for the next year, in the
-- ways translators write it (the role in its cases, "will lead the cluster",
-- "the 2025 leader is ...", the deputy in the same forms), and officials'
-- posts and titles that are no cluster role, and a verb that links only in
-- the role's clause ("..., cluster leader in 2024, said the next conference
-- will be in Hanoi"); in verb-final clauses, the holder before the role.  Our own sentences, one per line: the language, the
-- roles expected (L: leader, D: deputy, province:year; '' for none), the
-- text.
\i sql/include/facts_show.sql
CREATE TEMP TABLE leader_cases(n serial, lang text, expect text, body text);
INSERT INTO leader_cases(lang, expect, body) VALUES
('pl', 'D:Lào Cai:2025,L:Yên Bái:2025', 'Konferencja wybrała policję prowincji Yen Bai na lidera klastra w 2025 roku, a policję prowincji Lao Cai na zastępcę lidera.'),
('pl', 'D:Tuyên Quang:2025,L:Hà Giang:2025', 'Policja prowincji Ha Giang pokieruje klastrem w 2025 roku, a funkcję zastępcy lidera obejmie policja prowincji Tuyen Quang.'),
('pl', 'D:Bắc Kạn:2025,L:Thái Nguyên:2025', 'Liderem klastra na 2025 rok została policja prowincji Thai Nguyen, a zastępcą lidera policja prowincji Bac Kan.'),
('pl', 'D:Điện Biên:2025,L:Sơn La:2025', 'Uczestnicy uzgodnili, że w 2025 roku liderem klastra emulacyjnego będzie policja prowincji Son La, a zastępcą lidera policja prowincji Dien Bien.'),
('pl', 'D:Quảng Ninh:2025,L:Lai Châu:2025', 'Policja prowincji Lai Chau została liderem klastra na 2025 rok, a policja prowincji Quang Ninh zastępcą lidera klastra.'),
('pl', 'L:Nghệ An:2025', 'Na konferencji wybrano policję prowincji Nghe An jako jednostkę wiodącą klastra w 2025 roku.'),
('pl', '', 'W konferencji wziął udział komendant policji prowincji Hai Phong, pułkownik Nguyen Van Hung.'),
('pl', '', 'Lider policji prowincji Gia Lai, pułkownik Tran Van Minh, przedstawił wyniki pracy, a zastępca komendanta policji prowincji Kon Tum omówił zadania na 2025 rok.'),
('ru', 'D:Lào Cai:2025,L:Yên Bái:2025', 'Конференция избрала полицию провинции Йенбай лидером кластера на 2025 год, а полицию провинции Лаокай — заместителем лидера.'),
('ru', 'D:Tuyên Quang:2025,L:Hà Giang:2025', 'В 2025 году кластер возглавит полиция провинции Хазянг, заместителем руководителя станет полиция провинции Туенкуанг.'),
('ru', 'D:Bắc Kạn:2025,L:Thái Nguyên:2025', 'Лидером кластера на 2025 год стала полиция провинции Тхайнгуен, заместителем лидера — полиция провинции Баккан.'),
('ru', 'D:Điện Biên:2025,L:Sơn La:2025', 'Участники единогласно решили, что руководителем кластера в 2025 году будет полиция провинции Шонла, а заместителем руководителя — полиция провинции Дьенбьен.'),
('ru', 'D:Quảng Ninh:2025,L:Lai Châu:2025', 'Функции лидера кластера на 2025 год переданы полиции провинции Лайтяу, функции заместителя лидера — полиции провинции Куангнинь.'),
('ru', 'D:Đà Nẵng:2025,L:Nghệ An:2025', 'Полиция провинции Нгеан избрана председателем группы соревнования на 2025 год, полиция города Дананг — заместителем председателя.'),
('ru', 'L:Gia Lai:2025', 'Ведущим подразделением кластера в 2025 году определена полиция провинции Зялай.'),
('ru', '', 'На конференции присутствовал начальник полиции провинции Хайфон полковник Нгуен Ван Хунг.'),
('ro', 'D:Lào Cai:2025,L:Yên Bái:2025', 'Conferința a ales Poliția Provinciei Yen Bai drept lider al clusterului pentru anul 2025, iar Poliția Provinciei Lao Cai drept lider adjunct.'),
('ro', 'D:Tuyên Quang:2025,L:Hà Giang:2025', 'În 2025, Poliția provinciei Ha Giang va conduce clusterul, iar Poliția provinciei Tuyen Quang va fi adjunctul liderului.'),
('ro', 'D:Bắc Kạn:2025,L:Thái Nguyên:2025', 'Liderul clusterului în 2025 este Poliția provinciei Thai Nguyen, iar liderul adjunct este Poliția provinciei Bac Kan.'),
('ro', 'D:Quảng Ninh:2025,L:Lai Châu:2025', 'Poliția provinciei Lai Chau a fost aleasă lider de cluster pentru 2025, iar Poliția provinciei Quang Ninh lider adjunct de cluster.'),
('ro', '', 'Liderul Poliției provinciei Gia Lai, colonelul Tran Van Minh, a prezentat raportul, iar directorul adjunct al Poliției provinciei Kon Tum a vorbit despre sarcinile pentru 2025.'),
('de', 'D:Lào Cai:2025,L:Yên Bái:2025', 'Die Konferenz wählte die Polizei der Provinz Yen Bai zum Clusterleiter für 2025 und die Polizei der Provinz Lao Cai zum stellvertretenden Clusterleiter.'),
('de', 'D:Bắc Kạn:2025,L:Thái Nguyên:2025', 'Clusterleiter für 2025 ist die Polizei der Provinz Thai Nguyen, stellvertretender Clusterleiter ist die Polizei der Provinz Bac Kan.'),
('de', 'D:Điện Biên:2025,L:Sơn La:2025', 'Die Teilnehmer einigten sich darauf, dass die Polizei der Provinz Son La 2025 die Clusterführung übernimmt und die Polizei der Provinz Dien Bien als stellvertretende Clusterführerin fungiert.'),
('de', 'D:Quảng Ninh:2025,L:Lai Châu:2025', 'Die Polizei der Provinz Lai Chau wurde zur Leiterin des Emulationsclusters für 2025 gewählt, die Polizei der Provinz Quang Ninh zur stellvertretenden Leiterin.'),
('de', 'D:Thanh Hóa:2025,L:Ninh Bình:2025', 'Die Polizei der Provinz Ninh Binh ist 2025 Clusterführer, die Polizei der Provinz Thanh Hoa stellvertretender Clusterführer.'),
('de', '', 'An der Konferenz nahm der Polizeichef der Provinz Hai Phong, Oberst Nguyen Van Hung, teil.'),
('de', '', 'Der stellvertretende Minister für öffentliche Sicherheit, Generalleutnant Tran Quoc To, besuchte die Provinz Gia Lai, der Leiter der Polizei der Provinz Kon Tum berichtete.'),
('fr', 'D:Lào Cai:2025,L:Yên Bái:2025', 'La conférence a élu la police provinciale de Yen Bai chef de file du groupe pour 2025 et la police provinciale de Lao Cai chef de file adjoint.'),
('fr', 'D:Thanh Hóa:2025,L:Ninh Bình:2025', 'La police de la province de Ninh Binh a été désignée unité chef de file pour 2025 et celle de Thanh Hoa unité adjointe.'),
('fr', '', 'Le chef de la police provinciale de Gia Lai, le colonel Tran Van Minh, a présenté le rapport, et le chef adjoint de la police de Kon Tum a pris la parole.'),
('es', 'D:Lào Cai:2025,L:Yên Bái:2025', 'La conferencia eligió a la policía de la provincia de Yen Bai como líder del grupo para 2025 y a la policía de la provincia de Lao Cai como líder adjunto.'),
('es', 'D:Bắc Kạn:2025,L:Thái Nguyên:2025', 'El líder del grupo para 2025 será la policía de la provincia de Thai Nguyen, y el líder adjunto, la policía de la provincia de Bac Kan.'),
('es', 'D:Thanh Hóa:2025,L:Ninh Bình:2025', 'La policía de Ninh Binh asumirá el liderazgo del clúster en 2025 y la policía de Thanh Hoa será el líder adjunto del clúster.'),
('es', '', 'Asistió a la conferencia el director de la policía de la provincia de Hai Phong, coronel Nguyen Van Hung.'),
('es', '', 'El líder de la policía de la provincia de Gia Lai, coronel Tran Van Minh, presentó el informe y el jefe adjunto de la policía de Kon Tum habló de las tareas para 2025.'),
('it', 'D:Lào Cai:2025,L:Yên Bái:2025', 'La conferenza ha eletto la polizia della provincia di Yen Bai capogruppo per il 2025 e la polizia della provincia di Lao Cai vice capogruppo.'),
('it', 'D:Bắc Kạn:2025,L:Thái Nguyên:2025', 'Il capofila del gruppo per il 2025 sarà la polizia della provincia di Thai Nguyen, il vice capofila la polizia della provincia di Bac Kan.'),
('it', 'D:Quảng Ninh:2025,L:Lai Châu:2025', 'La polizia di Lai Chau è stata scelta come unità capofila del gruppo per il 2025, mentre la polizia di Quang Ninh sarà vicecapofila.'),
('it', '', 'Alla conferenza ha partecipato il direttore della polizia della provincia di Hai Phong, colonnello Nguyen Van Hung.'),
('it', '', 'Il capo della polizia della provincia di Gia Lai, colonnello Tran Van Minh, ha presentato la relazione e il vicecapo della polizia di Kon Tum ha parlato dei compiti per il 2025.'),
('pt', 'D:Lào Cai:2025,L:Yên Bái:2025', 'A conferência elegeu a polícia da província de Yen Bai como líder do grupo para 2025 e a polícia da província de Lao Cai como vice-líder.'),
('pt', 'D:Bắc Kạn:2025,L:Thái Nguyên:2025', 'O líder do grupo em 2025 será a polícia da província de Thai Nguyen, e o vice-líder será a polícia da província de Bac Kan.'),
('pt', 'D:Điện Biên:2025,L:Sơn La:2025', 'Os participantes concordaram que a polícia provincial de Son La seja a unidade líder do cluster em 2025 e a de Dien Bien a unidade vice-líder.'),
('pt', '', 'Participou da conferência o diretor da polícia da província de Hai Phong, coronel Nguyen Van Hung.'),
('pt', '', 'O líder da polícia da província de Gia Lai, coronel Tran Van Minh, apresentou o relatório, e o vice-chefe da polícia de Kon Tum falou sobre as tarefas para 2025.'),
('id', 'D:Lào Cai:2025,L:Yên Bái:2025', 'Konferensi memilih Kepolisian Provinsi Yen Bai sebagai ketua klaster tahun 2025 dan Kepolisian Provinsi Lao Cai sebagai wakil ketua.'),
('id', 'D:Bắc Kạn:2025,L:Thái Nguyên:2025', 'Ketua klaster untuk tahun 2025 adalah Kepolisian Provinsi Thai Nguyen, sedangkan wakil ketua adalah Kepolisian Provinsi Bac Kan.'),
('id', 'D:Quảng Ninh:2025,L:Lai Châu:2025', 'Kepolisian Lai Chau terpilih sebagai pemimpin klaster tahun 2025, sementara Kepolisian Quang Ninh menjadi wakil pemimpin klaster.'),
('id', '', 'Konferensi dihadiri oleh Kepala Kepolisian Provinsi Hai Phong, Kolonel Nguyen Van Hung.'),
('id', '', 'Wakil Kepala Kepolisian Provinsi Gia Lai, Kolonel Tran Van Minh, menyampaikan laporan, dan pemimpin Kepolisian Provinsi Kon Tum menjelaskan tugas tahun 2025.'),
('en', 'D:Lào Cai:2025,L:Yên Bái:2025', 'The conference elected Yen Bai provincial police as cluster leader for 2025 and Lao Cai provincial police as deputy cluster leader.'),
('en', 'D:Bắc Kạn:2025,L:Thái Nguyên:2025', 'The cluster leader for 2025 will be the Thai Nguyen provincial police, and the deputy leader will be the Bac Kan provincial police.'),
('en', 'D:Quảng Ninh:2025,L:Lai Châu:2025', 'Lai Chau police was chosen to head the cluster in 2025, while Quang Ninh police became deputy head of the cluster.'),
('en', 'D:Thanh Hóa:2025,L:Ninh Bình:2025', 'The 2025 cluster leader is the Ninh Binh provincial police; the Thanh Hoa provincial police was elected deputy leader.'),
('en', '', 'The conference was attended by the director of the Hai Phong provincial police, Colonel Nguyen Van Hung.'),
('hi', 'L:Nam Định:2025', 'वर्ष 2025 के लिए क्लस्टर लीडर की भूमिका नाम दिन्ह पुलिस बल को सौंपी गई।'),
('hi', '', 'सम्मेलन में हाई फोंग शहर के पुलिस निदेशक गुयेन वान हंग भी आए।'),
('hi', '', 'जिया लाई की पुलिस के प्रमुख त्रान वान मिन्ह ने रिपोर्ट दी, फिर कोन टुम की पुलिस के उप प्रमुख ने 2025 की योजना बताई।'),
('ar', 'D:Quảng Nam:2025,L:Đà Nẵng:2025', 'رئيس المجموعة لعام 2025 هي شرطة مدينة دا نانغ، ونائب رئيس المجموعة هي شرطة مقاطعة كوانغ نام.'),
('ar', 'D:Cần Thơ:2025,L:Đà Nẵng:2025', 'انتخب المؤتمر شرطة مدينة دا نانغ رئيسة للمجموعة لعام 2025 وشرطة مدينة كان ثو نائبة لرئيس المجموعة.'),
('ar', '', 'حضر المؤتمر مدير شرطة مدينة هاي فونغ العقيد نguyen فان هونغ.'),
('ar', '', 'قدم قائد شرطة مقاطعة كوانغ نام العقيد تران فان مينه التقرير، وتحدث نائب رئيس اللجنة الشعبية لمدينة دا نانغ عن مهام عام 2025.'),
('th', 'D:Quảng Nam:2025,L:Đà Nẵng:2025', 'ที่ประชุมได้เลือกตำรวจเมืองดานังเป็นหัวหน้ากลุ่มประจำปี 2025 และตำรวจจังหวัดกว๋างนามเป็นรองหัวหน้ากลุ่ม'),
('th', 'D:Đà Nẵng:2025,L:Quảng Nam:2025', 'หัวหน้ากลุ่มประจำปี 2025 คือตำรวจจังหวัดกว๋างนาม ส่วนรองหัวหน้ากลุ่มคือตำรวจเมืองดานัง'),
('th', 'D:Hải Phòng:2025,L:Cần Thơ:2025', 'ที่ประชุมเห็นชอบให้ตำรวจเมืองเกิ่นเทอเป็นประธานกลุ่มในปี 2025 และตำรวจเมืองไฮฟองเป็นรองประธานกลุ่ม'),
('th', 'D:Cần Thơ:2025,L:Đà Nẵng:2025', 'ตำรวจเมืองดานังได้รับเลือกเป็นหัวหน้าคลัสเตอร์ปี 2025 ส่วนตำรวจเมืองเกิ่นเทอเป็นรองหัวหน้าคลัสเตอร์'),
('th', 'L:Quảng Nam:2025', 'มีการส่งมอบตำแหน่งหัวหน้ากลุ่มปี 2025 ให้แก่ตำรวจจังหวัดกว๋างนาม'),
('th', '', 'ผู้บัญชาการตำรวจเมืองไฮฟองเข้าร่วมการประชุม'),
('th', '', 'หัวหน้ากลุ่มงานสืบสวนตำรวจเมืองดานัง พันตำรวจเอกเหงียน วัน หุ่ง รายงานผลการปฏิบัติงานปี 2025'),
('ko', 'D:Lào Cai:2025,L:Yên Bái:2025', '회의는 옌바이성 공안을 2025년 클러스터장으로, 라오까이성 공안을 부클러스터장으로 선출했다.'),
('ko', 'D:Tuyên Quang:2025,L:Hà Giang:2025', '2025년에는 하장성 공안이 경쟁 클러스터를 이끌고, 뚜옌꽝성 공안이 부클러스터장을 맡는다.'),
('ko', 'L:Nam Định:2025', '2025년 클러스터장 직책은 남딘성 공안에 인계되었다.'),
('ko', 'D:Thanh Hóa:2025,L:Ninh Bình:2025', '닌빈성 공안이 2025년 경쟁 클러스터의 대표 단위로, 타인호아성 공안이 부대표 단위로 선출됐다.'),
('ko', '', '옌바이성 인민위원회 의장 응우옌 반 훙이 회의에 참석했다.'),
('ko', '', '하이퐁시 공안국장 응우옌 반 훙 대령과 자라이성 인민위원회 부의장이 2025년 과제를 논의했다.'),
('ja', 'D:Lào Cai:2025,L:Yên Bái:2025', '会議はイエンバイ省公安を2025年のクラスター長に、ラオカイ省公安を副クラスター長に選出した。'),
('ja', 'L:Nam Định:2025', '2025年のクラスター長の役割はナムディン省公安に引き継がれた。'),
('ja', '', 'イエンバイ省人民委員会のグエン・バン・フン議長が会議に出席した。'),
('ja', '', 'ハイフォン市公安局長のグエン・バン・フン大佐とザライ省人民委員会副議長が2025年の課題について話し合った。'),
('zh', 'D:Lào Cai:2025,L:Yên Bái:2025', '会议选举安沛省公安厅为2025年集群长单位，老街省公安厅为副集群长单位。'),
('zh', 'D:Tuyên Quang:2025,L:Hà Giang:2025', '2025年，河江省公安厅将牵头竞赛集群，宣光省公安厅担任副组长。'),
('zh', 'D:Bắc Kạn:2025,L:Thái Nguyên:2025', '2025年集群长为太原省公安厅，副集群长为北件省公安厅。'),
('zh', 'D:Điện Biên:2025,L:Sơn La:2025', '与会代表一致同意由山罗省公安厅担任2025年竞赛集群组长，奠边省公安厅担任副组长。'),
('zh', 'L:Nam Định:2025', '会议向南定省公安厅移交了2025年集群长职务。'),
('zh', 'D:Thanh Hóa:2025,L:Ninh Bình:2025', '宁平省公安厅被推选为2025年竞赛集群的领头单位，清化省公安厅为副领头单位。'),
('zh', '', '安沛省人民委员会主席阮文雄出席会议。'),
('zh', '', '海防市公安局局长阮文雄大校和嘉莱省人民委员会副主席讨论了2025年的任务。'),
('vi', 'D:Lào Cai:2025,L:Yên Bái:2025', 'Hội nghị đã bầu Công an tỉnh Yên Bái làm Cụm trưởng năm 2025, Công an tỉnh Lào Cai làm Cụm phó.'),
('vi', 'D:Tuyên Quang:2025,L:Hà Giang:2025', 'Năm 2025, Công an tỉnh Hà Giang sẽ giữ vai trò Cụm trưởng, Công an tỉnh Tuyên Quang giữ vai trò Cụm phó.'),
('vi', 'D:Quảng Ninh:2025,L:Lai Châu:2025', 'Công an tỉnh Lai Châu được suy tôn là đơn vị Trưởng cụm thi đua năm 2025, Công an tỉnh Quảng Ninh là đơn vị Phó cụm.'),
('vi', 'D:Kon Tum:2025,L:Gia Lai:2025', 'Hội nghị thống nhất chọn Công an tỉnh Gia Lai là đơn vị Trưởng Cụm năm 2025 và Công an tỉnh Kon Tum là đơn vị Phó Cụm.'),
('vi', '', 'Ông Trần Văn Minh, Trưởng cụm dân cư số 2, xã Ia Grai, tỉnh Gia Lai, được khen thưởng năm 2025.'),
('vi', 'D:Điện Biên:2025,L:Sơn La:2025', 'Chieu 20/12, Cum thi dua so 2 to chuc hoi nghi tong ket cong tac nam 2024. Hoi nghi thong nhat de Cong an tinh Son La lam Cum truong nam 2025 va Cong an tinh Dien Bien lam Cum pho.'),
('vi', 'D:Điện Biên:2025,L:Sơn La:2025', 'Chieu 20/12, Cum thi dua so 2 to chuc hoi nghi tong ket cong tac nam 2024. Cum truong nam 2025 la Cong an tinh Son La, Cum pho la Cong an tinh Dien Bien.'),
('en', 'L:Ninh Bình:2024', 'Ninh Binh police, cluster leader in 2024, said the next conference will be in Hanoi.'),
('ru', 'L:Ninh Bình:2024', 'Полиция провинции Ниньбинь, лидер кластера в 2024 году, заявила, что обстановка будет стабильной в Ханое.'),
('pl', 'L:Ninh Bình:2024', 'Policja prowincji Ninh Binh, lider klastra w 2024 r., poinformowała, że kontrola będzie prowadzona w Hanoi.'),
('es', 'L:Ninh Bình:2024', 'La policía de Ninh Binh, líder del clúster en 2024, dijo que la próxima reunión será en Hanói.'),
('de', 'L:Ninh Bình:2024', 'Die Polizei von Ninh Binh, Clusterleiter 2024, sagte, die Lage ist in Hanoi stabil.'),
('en', '', 'In 2024, Hanoi police colonel Nguyen Van An, vice chair of the provincial traffic safety committee, said the roads were safer.'),
('zh', '', '2024年，河内市担任东盟轮值主席国期间加强了治安工作。'),
('es', '', 'En 2024, la policía de Hanói detuvo al subjefe de una banda de narcotraficantes.'),
('pt', '', 'Em 2024, a polícia de Hanói prendeu o chefe do grupo criminoso.'),
('ko', '', '2024년 하노이 경찰은 국회 의장을 접견했다.'),
('ja', '', '2024年、ハノイ市警察は国会副議長と会談した。'),
-- "deputy head of the" a provincial police is a post; of the cluster or group, the role
('en', '', 'In 2024, Colonel Tran Van Minh, deputy head of the Gia Lai provincial police, attended the conference.'),
('en', '', 'Nguyen Van An, deputy head of the provincial police of Kon Tum, spoke at the conference in 2024.'),
('en', 'D:Gia Lai:2025', 'The conference elected Gia Lai police as deputy head of the cluster for 2025.'),
('en', 'D:Kon Tum:2025', 'Kon Tum police will be the deputy head of the emulation group in 2025.'),
('en', 'D:Kon Tum:2025,L:Gia Lai:2025', 'The conference chose Kon Tum police as deputy head for 2025, with Gia Lai police as cluster leader.'),
-- the holder before a role whose clause ends with it, and the next clause's
-- subject not taken for it (Hindi, Korean, Japanese); "will be led by";
-- the year as near in Devanagari as in Latin letters
('ko', 'D:Phú Thọ:2025,L:Tuyên Quang:2025', '회의에서 뚜옌꽝성 공안이 2025년 클러스터 리더로, 푸토성 공안이 부리더로 선출되었다.'),
('ja', 'D:Phú Thọ:2025,L:Tuyên Quang:2025', '会議では、トゥエンクアン省公安が2025年のクラスター長に、フート省公安が副リーダーに選ばれた。'),
('hi', 'D:Yên Bái:2025,L:Lào Cai:2025', '2025 में लाओ काई पुलिस बल क्लस्टर की प्रमुख होगा, जबकि येन बाई पुलिस बल उप प्रमुख होगा।'),
('hi', 'D:Hà Giang:2025,L:Tuyên Quang:2025', 'सम्मेलन में वर्ष 2025 के लिए क्लस्टर के प्रमुख के रूप में तुयेन क्वांग पुलिस बल को चुना गया और हा जांग पुलिस बल को उप प्रमुख चुना गया।'),
('en', 'D:Bắc Kạn:2025,L:Thái Nguyên:2025', 'For 2025, the cluster will be led by Thai Nguyen provincial police, with Bac Kan as deputy leader.'),
-- the topic form ("X은 Y이며"): the next role's holder is after it
('ko', 'D:Yên Bái:2025,L:Lào Cai:2025', '2025년 클러스터장은 라오까이성 공안이며, 부클러스터장은 옌바이성 공안이다.'),
('ja', 'D:Yên Bái:2025,L:Lào Cai:2025', '2025年のクラスター長はラオカイ省公安であり、副クラスター長はイエンバイ省公安である。'),
-- generic titles (wicelider, vicelider, subjefa, vice-chair) with the
-- cluster or the other role in their sentence, and not without
('pl', 'D:Yên Bái:2025,L:Lào Cai:2025', 'Policja prowincji Lao Cai będzie liderem klastra w 2025 roku, a policja prowincji Yen Bai wiceliderem.'),
('ro', 'D:Yên Bái:2025,L:Lào Cai:2025', 'Poliția provinciei Lao Cai va fi lider al clusterului în 2025, iar Poliția provinciei Yen Bai vicelider.'),
('es', 'D:Yên Bái:2025,L:Lào Cai:2025', 'La policía de Lao Cai será la líder del grupo en 2025 y la de Yen Bai la subjefa.'),
('en', 'D:Yên Bái:2025,L:Lào Cai:2025', 'Lao Cai police will chair the cluster in 2025, and Yen Bai police will be vice-chair of the cluster.'),
('pl', '', 'Wicelider drużyny, policja prowincji Yen Bai, zdobył nagrodę w 2024 roku.'),
('en', '', 'The vice chair of the provincial committee, from Yen Bai police, spoke in 2024.'),
-- "vice-présidence" is the deputy, not "présidence"; "Leitung des Clusters"
('fr', 'D:Yên Bái:2025,L:Lào Cai:2025', 'La police de la province de Lao Cai assurera la présidence du groupe en 2025, et celle de Yen Bai la vice-présidence.'),
('de', 'D:Yên Bái:2025,L:Lào Cai:2025', 'Die Polizei der Provinz Lao Cai übernimmt 2025 die Leitung des Clusters, die Polizei der Provinz Yen Bai die stellvertretende Leitung.'),
-- the year between the role and its holder, set off by a comma or colon
('en', 'L:Lào Cai:2025', 'Tuyen Quang police hosted the conference. The cluster leader for 2025, Lao Cai police, thanked the delegates.'),
('vi', 'D:Yên Bái:2025,L:Lào Cai:2025', 'Cụm trưởng năm 2025: Công an tỉnh Lào Cai; Cụm phó năm 2025: Công an tỉnh Yên Bái.'),
-- a role passed from one province to another: the second holds it
('vi', 'L:Yên Bái:2025', 'Hội nghị bàn giao Cụm trưởng năm 2025 từ Công an tỉnh Lào Cai cho Công an tỉnh Yên Bái.'),
('en', 'L:Yên Bái:2025', 'The conference handed the cluster leader role for 2025 from Lao Cai police to Yen Bai police.'),
-- but "from" and "to" around an official or an award are no handover
('en', 'D:Hà Tĩnh:', 'The deputy cluster leader, Colonel Nguyen Van Hung from Ha Tinh police, handed the emulation flag to Quang Binh police.'),
('vi', '', 'Cụm phó, Đại tá Nguyễn Văn Bình đến từ Công an tỉnh Lào Cai, trao bằng khen cho Công an tỉnh Yên Bái.'),
-- the next sentence's role, year and subject are not this one's
('ko', 'D:Hà Giang:2025,L:Lào Cai:2025', '옌바이성 공안청장은 2025년 클러스터장으로 라오까이성 공안이 선출되었다고 전했다. 부클러스터장은 하장성 공안이다.'),
('ja', 'D:Yên Bái:2025,L:Lào Cai:2025', 'トゥエンクアン省公安の局長は、2025年の副クラスター長にイエンバイ省公安が選ばれたと述べた。クラスター長はラオカイ省公安である。'),
('ru', 'D:Ninh Bình:2025', 'На 2025 год заместителем лидера кластера избрана полиция провинции Ниньбинь. Флаг вручил генерал, чья полиция возглавляла кластер в 2024 году.'),
-- a province after "2025," that opens a clause of its own, not an apposition
('en', '', 'Speaking about the cluster leader for 2025, Lao Cai police director Colonel Tran Quang said the vote would be in January.'),
('vi', '', 'Về Cụm trưởng năm 2025, Công an tỉnh Lào Cai đề xuất giới thiệu Công an tỉnh Yên Bái.'),
-- a generic title far from the cluster's word
('pl', '', 'Podczas konferencji klastra drużyna policji z Ha Giang, wicelider ligi, otrzymała puchar w 2024 roku.'),
('en', '', 'The cluster conference in 2024 was attended by Nguyen Thi Lan, vice-chair of the Quang Nam provincial People''s Committee.'),
-- who held the role in the year reviewed, and who takes it over: the latter
('en', 'L:Yên Bái:2025', 'In 2024 the cluster reviewed its work. As the 2024 cluster leader, Lao Cai police presented the results and the targets for 2025. The delegates elected Yen Bai police as the cluster leader for 2025.'),
('en', 'L:Yên Bái:2025', 'In 2024 the cluster reviewed its work. The cluster leader for 2024 is Lao Cai police, which chaired the meeting. Yen Bai police was elected cluster leader for 2025.'),
('vi', 'L:Yên Bái:2025', 'Năm 2024 Cụm đã tổng kết công tác. Cụm trưởng năm 2024 là Công an tỉnh Lào Cai đã chủ trì hội nghị. Công an tỉnh Yên Bái được bầu làm Cụm trưởng năm 2025.'),
('ro', 'L:Yên Bái:2025', 'În 2024 grupul a analizat activitatea. Liderul grupului în 2024 a fost poliția din Lao Cai, care a prezidat conferința. Poliția din Yen Bai a fost aleasă lider al grupului pentru 2025.'),
-- with only the holder of the year reviewed named, it is the one reported
('en', 'L:Lào Cai:2024', 'In 2024 the cluster reviewed its work. As the 2024 cluster leader, Lao Cai police presented the results.'),
-- a role in apposition, closed by a comma: what its holder hands "to" someone is no link
('en', 'L:Lào Cai:', 'Lao Cai police, as cluster leader, read the report and gave certificates of merit to Yen Bai police.'),
('vi', 'L:Lào Cai:', 'Công an tỉnh Lào Cai, với vai trò Cụm trưởng, đọc báo cáo và trao giấy khen cho Công an tỉnh Yên Bái.'),
('fr', 'L:Lào Cai:', 'La police de Lao Cai, en tant que chef du groupe, a lu le rapport et remis des diplômes à la police de Yen Bai.'),
-- a role passed from one province to another, in each language: the second holds it;
-- years in brackets on both sides
('fr', 'L:Yên Bái:2025', 'La conférence a transmis la présidence du groupe pour 2025 de la police de Lao Cai à la police de Yen Bai.'),
('es', 'L:Yên Bái:2025', 'La conferencia pasó el liderazgo del clúster para 2025 de la policía de Lao Cai a la policía de Yen Bai.'),
('it', 'L:Yên Bái:2025', 'La conferenza ha passato il ruolo di capofila per il 2025 dalla polizia di Lao Cai alla polizia di Yen Bai.'),
('pl', 'L:Yên Bái:2025', 'Konferencja przekazała funkcję lidera klastra na 2025 r. od policji Lao Cai do policji Yen Bai.'),
('ro', 'L:Yên Bái:2025', 'Conferința a transferat rolul de lider al clusterului pentru 2025 de la poliția din Lao Cai la poliția din Yen Bai.'),
('de', 'L:Yên Bái:2025', 'Die Konferenz übergab die Leitung des Clusters für 2025 von der Polizei Lao Cai an die Polizei Yen Bai.'),
('en', 'L:Yên Bái:2025', 'The conference passed the cluster leader role for 2025 from Lao Cai police to Yen Bai police.'),
('vi', 'L:Yên Bái:2025', 'Hội nghị đã bàn giao Cụm trưởng năm 2025 từ Công an tỉnh Lào Cai cho Công an tỉnh Yên Bái.'),
('en', 'L:Yên Bái:2025', 'The conference handed over the cluster leader role from Lao Cai police (2024) to Yen Bai police (2025).'),
('en', 'L:Yên Bái:2025', 'The conference handed over the cluster leader role from Lao Cai police (2024) to Yen Bai police.'),
('pl', 'L:Yên Bái:2025', 'Liderem klastra na 2025 r. będzie policja Yen Bai.'),
-- the role as the subject of another verb: what it visits, thanks or hands something to is no holder
('es', 'L:Lào Cai:', 'El líder del grupo, la policía de Lao Cai, entregó la bandera a la policía de Yen Bai.'),
('es', '', 'El líder del grupo participó en la reunión y entregó la bandera a la policía de Yen Bai.'),
('de', 'L:Lào Cai:', 'Der Clusterleiter Lao Cai überreichte die Fahne an die Polizei Yen Bai.'),
('de', '', 'Die Leitung des Clusters dankte allen Einheiten und übergab Urkunden an die Polizei Yen Bai.'),
('ro', '', 'Liderul grupului a participat la conferința de la Yen Bai.'),
('ro', '', 'Liderul grupului a mulțumit unităților și a trimis diplome la poliția din Yen Bai.'),
('it', '', 'Il capofila ha ringraziato le unità e ha consegnato i diplomi alla polizia di Yen Bai.'),
('pl', '', 'Lider klastra podziękował jednostkom i przekazał dyplomy do policji Yen Bai.'),
('fr', '', 'Le chef du groupe a remercié les unités et remis des diplômes à la police de Yen Bai.'),
('en', '', 'The cluster leader thanked the units and handed certificates to Yen Bai police.'),
('en', '', 'The cluster leader visited Yen Bai police last week.'),
('en', '', 'The cluster leader thanked Yen Bai police for its help.'),
('vi', '', 'Cụm trưởng đã đến thăm Công an tỉnh Yên Bái.'),
('fr', '', 'Le chef du groupe a visité la police de Yen Bai.'),
('en', 'L:Yên Bái:', 'The cluster leader: Yen Bai police.'),
('en', 'L:Yên Bái:', 'The leading unit of the cluster, Yen Bai police, chaired the meeting.');

CREATE TEMP TABLE leader_found AS
SELECT c.n, c.lang, c.expect,
       coalesce((SELECT string_agg(l, ',' ORDER BY l COLLATE "C")
                 FROM (SELECT DISTINCT CASE f.kind WHEN 'leader' THEN 'L' ELSE 'D' END || ':' ||
                              f.province::text || ':' || coalesce(f.year::text, '') AS l
                       FROM pg_temp.facts(c.body, c.lang) f
                       WHERE f.kind IN ('leader', 'deputy')) r), '') AS found
FROM leader_cases c;
-- each case: what was found, and whether it is what the sentence says
SELECT n, lang, expect, found, found = expect AS ok FROM leader_found ORDER BY n;
-- all of them right
SELECT count(*) FILTER (WHERE found = expect) AS right, count(*) AS cases FROM leader_found;
