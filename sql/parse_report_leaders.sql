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
('en', 'L:Yên Bái:', 'The leading unit of the cluster, Yen Bai police, chaired the meeting.'),
-- a red-team pass: roles as the subject of other verbs, handovers in each language,
-- years in brackets, verbs that link a role to its holder
('en', '', 'The cluster leader inspected Ha Giang police headquarters on Monday.'),
('en', '', 'The cluster leader reviewed the plan and awarded the emulation flag to Ninh Binh police.'),
('en', 'L:Bắc Ninh:2025', 'The cluster leader role for 2025 was transferred from Nam Dinh police to Bac Ninh police.'),
('en', 'L:Ninh Bình:2025', 'Nam Dinh police, the cluster leader in 2024, handed the emulation flag to Ninh Binh police, the cluster leader for 2025.'),
('en', '', 'The cluster leader thanked the host, and Colonel Hung handed the flag to Tuyen Quang police.'),
('en', '', 'The deputy cluster leader visited flood victims in Yen Bai province.'),
('en', 'L:Lào Cai:2025', 'The cluster leader role and the emulation flag were handed to Lao Cai police for 2025.'),
('en', 'L:Tuyên Quang:2025', 'The cluster leader in 2025 will once again be Tuyen Quang police.'),
('en', '', 'The cluster leader Colonel Nguyen Van Long visited Bac Ninh police.'),
('en', 'L:Ninh Bình:2025', 'The cluster leader role passed from Nam Dinh police (2024) to Ninh Binh police.'),
('vi', 'L:Yên Bái:2024', 'Công an tỉnh Yên Bái, Cụm trưởng năm 2024, đã báo cáo kết quả và trao giấy khen cho Công an tỉnh Lào Cai.'),
('vi', 'L:Ninh Bình:2025', 'Hội nghị bàn giao Cụm trưởng từ Công an tỉnh Nam Định (2024) cho Công an tỉnh Ninh Bình (2025).'),
('fr', '', 'Le chef de file du groupe a inspecté la police de Nam Dinh.'),
('fr', '', 'Le chef du groupe a salué les efforts des unités et a décerné le drapeau à la police de Bac Ninh.'),
('fr', 'L:Bắc Ninh:2025', 'La présidence du groupe pour 2025 est passée de la police de Nam Dinh à la police de Bac Ninh.'),
('fr', 'L:Ninh Bình:2025', 'La présidence a été transmise de la police de Nam Dinh (2024) à la police de Ninh Binh (2025).'),
('es', '', 'El líder del clúster visitó la comisaría de Ha Giang.'),
('es', 'L:Nam Định:2025', 'El liderazgo del grupo para 2025 pasó de la policía de Ninh Binh a la policía de Nam Dinh.'),
('it', '', 'Il capofila del gruppo ha visitato la polizia di Tuyen Quang.'),
('it', 'L:Yên Bái:2025', 'Il ruolo di capofila per il 2025 è passato dalla polizia di Lao Cai alla polizia di Yen Bai.'),
('pl', '', 'Lider klastra odwiedził komendę policji w Lao Cai.'),
('pl', 'L:Tuyên Quang:2025', 'Funkcja lidera klastra przeszła w 2025 r. od policji Ha Giang do policji Tuyen Quang.'),
('pl', 'D:Yên Bái:2025', 'Na 2025 r. zastępcą lidera klastra wybrano policję prowincji Yen Bai, np. w głosowaniu jawnym.'),
('ro', '', 'Liderul clusterului a vizitat sediul poliției din Nam Dinh.'),
('ro', 'L:Nam Định:2025', 'Rolul de lider al clusterului a trecut de la poliția din Ninh Binh la poliția din Nam Dinh pentru 2025.'),
('de', '', 'Der Clusterleiter besuchte die Polizei der Provinz Ha Giang.'),
('de', 'L:Hà Giang:2025', 'Im Jahr 2025 ging die Clusterleitung von der Polizei Tuyen Quang an die Polizei Ha Giang.'),
('id', '', 'Ketua klaster mengunjungi Kepolisian Provinsi Lao Cai.'),
('pt', '', 'O líder do grupo visitou a polícia de Lao Cai.'),
('fr', 'L:Bắc Ninh:2025', 'La conférence a transmis la présidence du groupe de la police de Nam Dinh à celle de Bac Ninh pour 2025.'),
('vi', 'L:Ninh Bình:2025', 'Hội nghị bàn giao Cụm trưởng năm 2025 từ Công an tỉnh Nam Định (2024) cho Công an tỉnh Ninh Bình.'),
('vi', 'L:Ninh Bình:2025', 'Hội nghị bàn giao Cụm trưởng từ Công an tỉnh Nam Định (năm 2024) cho Công an tỉnh Ninh Bình (năm 2025).'),
('de', 'L:Ninh Bình:2025', 'Die Clusterleitung ging von der Polizei Nam Dinh (2024) an die Polizei Ninh Binh (2025).'),
('pl', 'L:Ninh Bình:2025', 'Funkcja lidera klastra przeszła od policji Nam Dinh (2024) do policji Ninh Binh (2025).'),
('es', 'L:Ninh Bình:2025', 'La conferencia pasó el liderazgo del grupo de la policía de Nam Dinh (2024) a la policía de Ninh Binh (2025).'),
('de', '', 'Der Clusterleiter überreichte die Fahne an die Polizei Yen Bai.'),
('pl', '', 'Lider klastra przekazał flagę policji Yen Bai.'),
('pt', '', 'O líder do grupo entregou a bandeira à polícia de Yen Bai.'),
('en', 'L:Lào Cai:', 'Lao Cai police, the cluster leader, handed the flag to Yen Bai police.'),
('vi', 'L:Hà Giang:2025', 'Cụm trưởng năm 2025 sẽ do Công an tỉnh Hà Giang đảm nhận.'),
('pl', 'D:Yên Bái:2025', 'Na zastępcę lidera klastra w 2025 r. wybrano policję prowincji Yen Bai.'),
('ro', 'D:Yên Bái:2025', 'Adjunctul liderului clusterului pentru 2025 a fost ales poliția din Yen Bai.'),
('pl', 'L:Bắc Ninh:2025', 'Liderem klastra na 2025 r. wybrano policję prowincji Bac Ninh.'),
('it', 'L:Bắc Ninh:2025', 'Capofila del gruppo per il 2025 è stata eletta la polizia di Bac Ninh.'),
('de', 'D:Yên Bái:2025', 'Zum stellvertretenden Clusterleiter für 2025 wurde die Polizei Yen Bai gewählt.'),
-- more of the red-team pass: role nouns, links, clauses, abbreviations, the latest year
('en', 'L:Tuyên Quang:2025', 'At the review conference, delegates voted Tuyen Quang provincial police to be the cluster leader in 2025.'),
('en', 'L:Lào Cai:2025', 'Colonel Tran Van Nam, speaking at No. 5 Tran Phu St. in Bac Ninh, said the cluster leader for 2025 is Lao Cai police.'),
('en', 'L:Hà Giang:2025', 'The cluster leader for the coming year 2025 is Ha Giang police.'),
('en', 'L:Bắc Ninh:2025', 'Emulation Cluster No. 4 met in Ninh Binh. The cluster leader for 2025 is Bac Ninh police.'),
('en', 'L:Yên Bái:2025', 'The meeting took place at 12 Tran Hung Dao St. Yen Bai police was elected cluster leader for 2025.'),
('en', '', 'The conference for cluster leaders was held at Nam Dinh police headquarters.'),
('vi', 'L:Bắc Ninh:2025', 'Hội nghị đã thống nhất suy tôn Công an tỉnh Bắc Ninh giữ chức Cụm trưởng Cụm thi đua năm 2025.'),
('vi', '', 'Cụm trưởng đã trao cờ thi đua cho Công an tỉnh Nam Định.'),
('vi', '', 'Cụm trưởng phát biểu và trao bằng khen cho Công an tỉnh Ninh Bình.'),
('vi', 'L:Nam Định:2025', 'Công an tỉnh Ninh Bình bàn giao vai trò Cụm trưởng năm 2025 cho Công an tỉnh Nam Định.'),
('vi', 'D:Tuyên Quang:2025,L:Hà Giang:2025', 'Năm 2025, Công an tỉnh Hà Giang làm Cụm trưởng và Công an tỉnh Tuyên Quang làm Cụm phó.'),
('vi', 'L:Tuyên Quang:2025', 'Với vai trò Cụm trưởng năm 2024, Công an tỉnh Hà Giang đã chủ trì hội nghị. Hội nghị đã bầu Công an tỉnh Tuyên Quang làm Cụm trưởng năm 2025.'),
('vi', 'L:Nam Định:2025', 'Cụm trưởng năm 2025 tiếp tục là Công an tỉnh Nam Định.'),
('fr', 'L:Ninh Bình:2025', 'Lors de la conférence, la police de Ninh Binh a été élue chef de file du groupe pour l''année 2025.'),
('fr', 'L:Yên Bái:2025', 'En tant que chef de file du groupe en 2024, la police de Lao Cai a présenté le bilan. La conférence a élu la police de Yen Bai chef de file pour 2025.'),
('fr', 'L:Ninh Bình:2025', 'Le chef de file du groupe pour 2025 sera désormais la police de Ninh Binh.'),
('es', 'L:Tuyên Quang:2025', 'Los delegados votaron a la policía de Tuyen Quang como líder del clúster para 2025.'),
('es', 'L:Ninh Bình:2025', 'Como líder del grupo en 2024, la policía de Nam Dinh presentó el informe. La conferencia eligió a la policía de Ninh Binh como líder del grupo para 2025.'),
('es', 'L:Hà Giang:', 'La policía de Ha Giang, como líder del grupo, leyó el informe y entregó diplomas a la policía de Tuyen Quang.'),
('it', 'L:Hà Giang:2025', 'I delegati hanno scelto la polizia di Ha Giang come capofila del gruppo per il 2025.'),
('it', '', 'Il capofila ha aperto la conferenza e ha consegnato la bandiera alla polizia di Bac Ninh.'),
('pl', 'L:Ninh Bình:2025', 'Na konferencji w dniu 20 grudnia 2024 r. Policja prowincji Ninh Binh została wybrana liderem klastra na 2025 rok.'),
('pl', 'L:Bắc Ninh:2025', 'Konferencja podsumowała 2024 r. Liderem klastra na 2025 rok została policja prowincji Bac Ninh.'),
('pl', '', 'Lider klastra podziękował m.in. policji Nam Dinh za współpracę.'),
('pl', 'D:Hà Giang:2025,L:Lào Cai:2025', 'W 2025 r. liderem klastra będzie policja prowincji Lao Cai, a zastępcą lidera policja prowincji Ha Giang.'),
('ro', 'L:Bắc Ninh:2025', 'Poliția provinciei Bac Ninh a fost desemnată lider al clusterului pentru anul 2025.'),
('ro', '', 'Liderul clusterului a prezentat raportul și a înmânat diplome poliției din Lao Cai.'),
('de', 'L:Lào Cai:2025', 'Die Delegierten bestimmten die Polizei der Provinz Lao Cai zum Clusterleiter für das Jahr 2025.'),
('de', '', 'Der Clusterleiter dankte den Einheiten und überreichte der Polizei Bac Ninh eine Urkunde.'),
('de', 'L:Lào Cai:', 'Die Polizei Lao Cai, als Clusterleiter, stellte den Bericht vor und überreichte Urkunden an die Polizei Yen Bai.'),
('ko', 'L:Bắc Ninh:2025', '2025년 클러스터장으로 박닌성 공안이 선출되었다.'),
('ja', 'L:Ninh Bình:2025', '2025年のクラスター長にニンビン省公安が選ばれた。'),
('zh', 'L:Ninh Bình:2025', '2025年集群长由宁平省公安厅担任。'),
('ru', '', 'Лидер кластера посетил полицию провинции Лаокай.'),
('en', 'L:Bắc Ninh:2025', 'The cluster leader role was transferred from Nam Dinh police to Bac Ninh police for 2025.'),
('en', 'L:Bắc Ninh:2025', 'The conference transferred the cluster leader role from Nam Dinh police to Bac Ninh police for 2025.'),
('en', '', 'The cluster leader handed the emulation flag to Yen Bai police.'),
('en', '', 'The deputy cluster leader gave a speech to Yen Bai police officers.'),
('fr', '', 'Le chef du groupe a remis le drapeau à la police de Bac Ninh.'),
('en', '', 'Nam Dinh police hosted the conference; the cluster leader spoke first.'),
('en', '', 'Colonel Nguyen Van Hai from Nam Dinh police was appointed deputy director; the cluster leader congratulated him.'),
('de', '', 'Die Polizei Nam Dinh richtete die Konferenz aus; der Clusterleiter eröffnete sie.'),
('vi', 'L:Yên Bái:2025', 'Công an tỉnh Yên Bái được bầu làm Cụm trưởng năm 2025, thay cho Công an tỉnh Lào Cai là Cụm trưởng năm 2024.'),
('en', 'L:Yên Bái:2025', 'Yen Bai police was elected cluster leader for 2025, taking over from Lao Cai police, the cluster leader in 2024.'),
('pl', 'L:Bắc Ninh:2025', 'W I półroczu 2024 r. wykryto 340 przestępstw. W 2025 r. liderem klastra będzie policja Bac Ninh.'),
('pl', 'D:Yên Bái:2025', 'Konferencja odbyła się 20 grudnia 2024 r. Zastępcą lidera klastra na 2025 rok została policja Yen Bai.'),
('en', 'L:Bắc Ninh:', 'The cluster leader role was handed over from Nam Dinh police to Bac Ninh police.'),
-- a second red-team pass: opening phrases before a subject role, passive links, places
-- between a link and a province, handovers in Portuguese and Russian
('vi', 'L:Sơn La:2024', 'Đại tá Nguyễn Văn Hải, Giám đốc Công an tỉnh Sơn La, Cụm trưởng Cụm thi đua số 3 năm 2024, trao quyết định khen thưởng cho Công an tỉnh Điện Biên.'),
('en', '', 'At the conference, the cluster leader handed the emulation flag to Bac Kan police.'),
('en', '', 'In his closing speech, the cluster leader presented certificates of merit to Lai Chau police.'),
('vi', '', 'Tại hội nghị, Cụm trưởng đã trao Cờ thi đua của Bộ Công an cho Công an tỉnh Hòa Bình.'),
('vi', 'L:Vĩnh Phúc:2025', 'Cụm trưởng năm 2025 được giao cho Công an tỉnh Vĩnh Phúc.'),
('en', '', 'The cluster leader will once again be in Da Nang for the mid-year review.'),
('de', '', 'Der Clusterleiter wurde in Hanoi vom Minister empfangen.'),
('fr', '', 'Lors de la cérémonie, le chef de file a remis des certificats de mérite à la police de Ha Tinh.'),
('it', 'L:Thái Bình:2025', 'Il ruolo di capofila per il 2025 è stato affidato alla polizia di Thai Binh.'),
('en', 'L:Lào Cai:2025', 'Cluster leader for 2025 goes to Lao Cai police.'),
('vi', 'L:Lào Cai:2025', 'Cụm trưởng năm 2025 thuộc về Công an tỉnh Lào Cai.'),
('vi', 'L:Hà Giang:2024', 'Đại tá Nguyễn Quang Hải, Giám đốc Công an tỉnh Hà Giang (Cụm trưởng Cụm thi đua số 3 năm 2024), trao Bằng khen cho các tập thể của Công an tỉnh Lạng Sơn.'),
('en', 'D:Hòa Bình:2025', 'The deputy leader for 2026 will be decided later; Hoa Binh police is the deputy leader for 2025.'),
('de', '', 'Der Clusterleiter für 2025 ist derzeit in Hanoi auf Dienstreise.'),
('en', '', 'The cluster leader for 2025 is currently in Hanoi on a working trip.'),
('vi', '', 'Sau đó, Cụm trưởng trao Cờ thi đua của Bộ Công an cho Công an tỉnh Phú Thọ.'),
('es', 'L:Tuyên Quang:2025', 'El liderazgo del clúster para 2025 fue asignado a la policía de Tuyen Quang.'),
('pt', 'L:Tuyên Quang:2025', 'A liderança do cluster para 2025 foi entregue à polícia de Tuyen Quang.'),
('pt', 'L:Khánh Hòa:2025', 'A liderança do cluster em 2025 passou da polícia de Phu Yen para a polícia de Khanh Hoa.'),
('ru', 'L:Khánh Hòa:2025', 'Роль лидера кластера на 2025 год перешла от полиции провинции Фуйен к полиции провинции Кханьхоа.'),
('vi', 'L:Yên Bái:2025', 'Cụm trưởng năm 2025 được chuyển giao từ Công an tỉnh Lào Cai sang Công an tỉnh Yên Bái.'),
-- a role in brackets after the province does not hide it from the next role
('vi', 'D:Lào Cai:2024,L:Lào Cai:2025', 'Công an tỉnh Lào Cai (Cụm phó năm 2024) được bầu làm Cụm trưởng năm 2025.'),
('en', 'D:Lào Cai:2024,L:Lào Cai:2025', 'Lao Cai police (deputy leader in 2024) was elected cluster leader for 2025.'),
-- a role the province before it gives something to is not its: the giver holds no role
('vi', '', 'Lãnh đạo Công an tỉnh Lào Cai trao quà chúc mừng cho các đơn vị Cụm trưởng, Cụm phó năm 2025.'),
('en', '', 'Representatives of Lao Cai police presented flowers to the cluster leader.'),
('en', 'L:Lào Cai:2025', 'At the review conference, delegates voted Lao Cai provincial police to be the cluster leader in 2025.'),
-- a comma behind the role's year closes it too: what a later subject "is" is not the role's
('vi', '', 'Theo nhận xét của Cụm trưởng năm 2024, đơn vị có nhiều mô hình hay nhất là Công an tỉnh Yên Bái.'),
('en', '', 'According to the cluster leader for 2024, the unit with the best models is Yen Bai police.'),
-- "and" after the role's year or the cluster's name still joins a second thing to the role;
-- a Roman "I" is no "i"; the other role's words before a subject role
('en', 'L:Quảng Nam:2025', 'The cluster leader role for 2025 and the rotating flag were handed to Quang Nam police.'),
('vi', 'L:Quảng Trị:2025', 'Nhiệm vụ Cụm trưởng Cụm thi đua số 5 năm 2025 và cờ luân lưu đã được bàn giao cho Công an tỉnh Quảng Trị.'),
('pl', 'L:Lào Cai:2025', 'Liderem klastra emulacyjnego nr I na rok 2025 została policja prowincji Lao Cai.'),
('vi', '', 'Đơn vị Cụm trưởng và Cụm phó đã trao quà hỗ trợ cho Công an tỉnh Yên Bái khắc phục hậu quả bão số 3.'),
-- a province right behind a place word is where something happens, not a holder
-- (a place word that is also one of handing, only after the conference's word)
('vi', '', 'Tại Công an tỉnh Tuyên Quang, các đại biểu đã nghe Cụm phó năm 2025 báo cáo.'),
('fr', '', 'La réunion du groupe a eu lieu à Lai Chau en présence du chef de file du groupe.'),
('en', '', 'The 2025 review meeting took place in Son La, chaired by the cluster leader.'),
('fr', 'L:Điện Biên:2025', 'La police de Son La, chef de file en 2024, a remis le drapeau à la police de Dien Bien, chef de file pour 2025.'),
-- a province in another part of the sentence than the role, with other words after it, is no holder
('vi', '', 'Hội nghị do Công an tỉnh Sơn La tổ chức, Cụm phó năm 2025 phát biểu tham luận.'),
('en', '', 'After Lai Chau police presented its report, the cluster leader closed the meeting.'),
('vi', 'L:Lai Châu:2024', 'Công an tỉnh Lai Châu, Cụm trưởng năm 2024, đã tổng kết công tác thi đua.'),
-- an official named right behind the role, with a rank, a name and a post or "from": the post's province
('vi', 'L:Hòa Bình:2025', 'Cụm trưởng năm 2025 là đồng chí Thiếu tướng Trần Văn Bình, Giám đốc Công an tỉnh Hòa Bình.'),
('en', 'D:Sơn La:2025', 'The deputy leader for 2025, Senior Colonel Do Van Khanh from Son La police, chaired the session.'),
('en', 'L:Lai Châu:', 'The cluster leader, Colonel Vu Duc Minh, director of Lai Chau police, opened the meeting.'),
('vi', 'L:Điện Biên:2025', 'Nhận nhiệm vụ Cụm trưởng năm 2025, Đại tá Phạm Quốc Việt, Giám đốc Công an tỉnh Điện Biên phát biểu.'),
--    not one the role acts on
('en', '', 'The cluster leader thanked Colonel Ha Van Long, director of Son La police, for the support.'),
('vi', '', 'Cụm trưởng trao cờ thi đua cho đồng chí Đại tá Lê Văn Hòa, Giám đốc Công an tỉnh Lai Châu.'),
-- a role handed on after an earlier mention with its year: the year after it
('vi', 'L:Lai Châu:2025', 'Công an tỉnh Sơn La, Cụm trưởng năm 2024, đã bàn giao nhiệm vụ Cụm trưởng cho Công an tỉnh Lai Châu.'),
('en', 'L:Lai Châu:2025', 'Son La police, the cluster leader in 2024, passed the cluster leader role to Lai Chau police.'),
-- "next year" in the role's sentence: the year after the one before it
('en', 'L:Hà Tĩnh:2026', 'Quang Binh police was the cluster leader in 2025. Ha Tinh police will be the cluster leader next year.'),
('vi', 'L:Nam Định:2026', 'Năm 2025, Công an tỉnh Thái Bình làm Cụm trưởng. Năm tới, Công an tỉnh Nam Định sẽ đảm nhận vai trò Cụm trưởng.'),
('fr', 'L:Nam Định:2026', 'En 2025, la police de Thai Binh était chef de file. La police de Nam Dinh sera chef de file l''année prochaine.'),
-- "respectively": two provinces and a leader's and a deputy's role go together in their order
('vi', 'D:Sơn La:2026,L:Hòa Bình:2026', 'Công an tỉnh Hòa Bình và Công an tỉnh Sơn La lần lượt được bầu làm Cụm trưởng, Cụm phó năm 2026.'),
('en', 'D:Sơn La:2026,L:Hòa Bình:2026', 'Hoa Binh and Son La police were chosen as cluster leader and deputy leader for 2026, respectively.'),
('vi', 'D:Sơn La:2026,L:Hòa Bình:2026', 'Cụm trưởng và Cụm phó năm 2026 lần lượt là Công an tỉnh Hòa Bình và Công an tỉnh Sơn La.'),
('fr', 'D:Sơn La:2026,L:Hòa Bình:2026', 'Les polices de Hoa Binh et de Son La ont été élues respectivement chef de file et chef adjoint du groupe pour 2026.'),
-- a verb of handing the role over: the province before it gives the role, the
-- one it is handed to holds it (also behind an "an", "alla", 向); a passive holds it
('vi', 'L:Sơn La:2026', 'Công an tỉnh Hòa Bình đã bàn giao nhiệm vụ Cụm trưởng năm 2026 cho Công an tỉnh Sơn La.'),
('de', 'L:Sơn La:2026', 'Die Polizei von Hoa Binh übergab den Clustervorsitz für 2026 an die Polizei von Son La.'),
('it', 'L:Sơn La:2026', 'La polizia di Hoa Binh ha passato la guida del cluster per il 2026 alla polizia di Son La.'),
('zh', 'L:Sơn La:', '和平省公安向山罗省公安移交集群长旗帜。'),
('en', 'L:Sơn La:2026', 'Son La police was handed the cluster leader role for 2026 by Hoa Binh police.'),
('ro', '', 'Poliția provinciei Hoa Binh a predat conducerea clusterului pentru 2026 poliției provinciei Son La.'),
('en', '', 'The cluster leader handed the emulation flag to Son La police.'),
-- a province before a role in another part of the sentence is its holder when the role does not open that part
('vi', 'L:Lai Châu:2026', 'Công an tỉnh Lai Châu nhận cờ luân lưu, đảm nhiệm Cụm trưởng năm 2026 từ Công an tỉnh Sơn La.'),
-- more role words: guidare il cluster (it)
('it', 'L:Lai Châu:2026', 'La polizia di Lai Chau è stata designata a guidare il cluster nel 2026.'),
-- a holder chosen ("bầu", "voted") at the review of a year, with no year of its own, leads the year after
('vi', 'D:Sơn La:2026,L:Hòa Bình:2026', 'Hội nghị tổng kết công tác năm 2025 đã thống nhất bầu Công an tỉnh Hòa Bình làm Cụm trưởng, Công an tỉnh Sơn La làm Cụm phó.'),
('en', 'L:Sơn La:2026', 'Concluding its 2025 review conference, the cluster voted Son La police as the cluster leader.'),
--    but the holder who reports at it holds the year reviewed
('vi', 'L:Hòa Bình:2025', 'Tại Hội nghị tổng kết năm 2025, Công an tỉnh Hòa Bình (Cụm trưởng) báo cáo kết quả thi đua.'),
-- English editions: "deputy" alone (generic) and "Deputy Cluster" name the deputy after "as", so the
-- province before "as" is not the leader's
('en', 'D:Sơn La:,L:Lai Châu:', 'Lai Chau provincial Police were chosen as head of the cluster, with Son La provincial Police as deputy.'),
('en', 'D:Sơn La:2026,L:Lai Châu:2026', 'Lai Chau Provincial Police was elected as the Cluster Chief and Son La Provincial Police as the Deputy Cluster in 2026.'),
-- "leader of" and "head of" before the cluster's words (generic titles)
('en', 'L:Lai Châu:2025', 'Lai Chau Provincial Police, the leader of Emulation Cluster No. 2 in 2025, hosted the conference.'),
-- a province that congratulates a role, or presents something to the new holder, holds none;
-- behind a link, a province that the subject role acts on ("is expected to visit X") holds none
('en', '', 'Delegates from Son La police congratulated the cluster leader on the results.'),
('en', '', 'Representatives of Son La police presented flowers to the new cluster leader for 2026.'),
('en', '', 'The cluster leader for 2026 is expected to visit Son La police next month.'),
('en', 'L:Sơn La:2026', 'The cluster leader for 2026 was handed over to Son La police.'),
-- Polish role words: przewodnictwo w klastrze, funkcję zastępcy; "objęła" links
('pl', 'D:Sơn La:2026,L:Lai Châu:2026', 'Przewodnictwo w klastrze na 2026 rok objęła policja prowincji Lai Chau, a funkcję zastępcy objęła policja prowincji Son La.'),
-- "do" (by): the role is undertaken by the province after it
('vi', 'D:Sơn La:2026', 'Cụm phó năm 2026 do Công an tỉnh Sơn La đảm nhiệm.'),
-- a handover to a province whose relative clause says it will lead the
-- cluster (a verb of leading, no role noun): the receiver leads
('en', 'L:Lai Châu:2026', 'The police of Son La handed the emulation flag to the police of Lai Chau, which will lead Cluster No. 2 in 2026.'),
('fr', 'L:Ninh Bình:2026', 'La police de Nam Định a remis le drapeau à la police de Ninh Bình, qui présidera le groupe en 2026.'),
('es', 'L:Sơn La:2026', 'La Policía de Lai Chau entregó la bandera del grupo n.º 2 a la Policía de Son La, que liderará el grupo en 2026.'),
('pt', 'L:Lào Cai:2026', 'A Polícia de Yên Bái entregou a bandeira à Polícia de Lào Cai, que liderará o grupo em 2026.'),
('de', 'L:Sơn La:2026', 'Die Polizei der Provinz Lai Chau übergab die Fahne an die Polizei der Provinz Son La, die 2026 den Vorsitz der Gruppe Nr. 2 übernimmt.'),
('pl', 'L:Lai Châu:2026', 'Policja prowincji Son La przekazała flagę policji prowincji Lai Chau, która będzie przewodniczyć klastrowi w 2026 roku.'),
-- "respectively" with the venue's province earlier in the sentence, and the
-- leader's title alone (leader, chef, líder, capo, lider, Leiter,
-- przewodniczącego), a role only so
('en', 'D:Điện Biên:2026,L:Lai Châu:2026', 'At the 2025 review conference held in Son La, the police of Lai Chau and Dien Bien were elected leader and deputy leader of the cluster respectively for 2026.'),
('fr', 'D:Hà Nam:2026,L:Nam Định:2026', 'Lors de la conférence tenue à Ninh Bình, les polices de Nam Định et de Hà Nam ont été élues respectivement chef et chef adjoint du groupe pour 2026.'),
('es', 'D:Lào Cai:2026,L:Yên Bái:2026', 'En la conferencia celebrada en Ha Giang, las policías de Yen Bai y Lao Cai fueron elegidas líder y sublíder, respectivamente, del grupo para 2026.'),
('it', 'D:Hà Nam:2026,L:Nam Định:2026', 'Alla conferenza svoltasi a Ninh Bình, le polizie di Nam Định e Hà Nam sono state elette rispettivamente capo e vice capo del cluster per il 2026.'),
('pt', 'D:Lào Cai:2026,L:Yên Bái:2026', 'Na conferência realizada em Hà Giang, as polícias de Yên Bái e Lào Cai foram eleitas, respetivamente, líder e vice-líder do grupo para 2026.'),
('ro', 'D:Lào Cai:2026,L:Yên Bái:2026', 'Conferința a avut loc în provincia Hà Giang. Poliția provinciilor Yên Bái și Lào Cai au fost alese lider, respectiv adjunct al clusterului pentru anul 2026.'),
('de', 'D:Lào Cai:2026,L:Yên Bái:2026', 'Auf der Konferenz in der Provinz Hà Giang wurden die Polizeibehörden von Yên Bái und Lào Cai zum Leiter bzw. stellvertretenden Leiter des Clusters für 2026 gewählt.'),
('pl', 'D:Lào Cai:2026,L:Yên Bái:2026', 'Na konferencji w prowincji Hà Giang policja prowincji Yên Bái i Lào Cai zostały wybrane odpowiednio na przewodniczącego i zastępcę przewodniczącego klastra na 2026 rok.'),
-- (the title alone, no "respectively": no role)
('en', '', 'The leader of the delegation from Son La police spoke first at the cluster conference in 2025.'),
('de', '', 'Generalmajor Tran Van Binh, stellvertretender Direktor und Leiter der Kriminalpolizei von Son La, leitete die Konferenz des Clusters.'),
-- the leadership given over in the passive: "was entrusted to", "fue
-- asumido por", "caberá à", "a fost încredințată" (a dative after it),
-- Polish "powierzono" (the dative holder before it), "szefa klastra"
('en', 'L:Điện Biên:2026', 'Cluster leadership for 2026 was entrusted to the Dien Bien Provincial Police, which will host the review in January 2027.'),
('es', 'L:Điện Biên:2026', 'El liderazgo del grupo para 2026 fue asumido por la Policía provincial de Dien Bien.'),
('it', 'L:Điện Biên:2026', 'La guida del raggruppamento per il 2026 è stata affidata alla Polizia provinciale di Điện Biên.'),
('pt', 'L:Điện Biên:2026', 'A liderança do grupo em 2026 caberá à Polícia de Điện Biên.'),
('ro', 'D:Lai Châu:2026,L:Điện Biên:2026', 'Conducerea clusterului pentru anul 2026 a fost încredințată poliției provinciei Điện Biên, iar funcția de adjunct – poliției provinciei Lai Châu.'),
('pl', 'D:Lai Châu:2026,L:Điện Biên:2026', 'Komendzie Policji Prowincji Điện Biên powierzono funkcję szefa klastra w 2026 roku, a policji prowincji Lai Châu – funkcję zastępcy szefa klastra.'),
-- German "stellvertretender Vorsitz" is the deputy's (the "Vorsitz" in it
-- made its province the leader, a year on); "übernimmt" links
('de', 'D:Lai Châu:2026,L:Điện Biên:2026', 'Den Clustervorsitz für 2026 übernimmt die Polizei von Dien Bien, stellvertretender Vorsitz ist Lai Chau.'),
-- "respectively" with the venue's province before the roles and the holders after them
('en', 'D:Ninh Bình:2025,L:Nam Định:2025', 'At the conference in Ha Nam in 2024, the cluster leader and deputy leader roles for 2025 went to Nam Dinh police and Ninh Binh police, respectively.'),
-- more role forms: the feminine "cheffe" (fr) and "jefa" (es), "vice-head"
-- (en: not "head of the cluster"), "na jego zastępcę" (pl), "să conducă
-- clusterul" (ro), "den stellvertretenden Vorsitz übernimmt" with the holder
-- right behind it (de); each with a control that names no role
('fr', 'D:Thái Bình:2025,L:Nam Định:2025', 'Pour 2025, la police de Nam Định a été désignée cheffe du groupe et celle de Thái Bình cheffe adjointe.'),
('fr', '', 'La cheffe de la police de Nam Định a ouvert la conférence du groupe.'),
('es', 'D:Thái Bình:2025,L:Nam Định:2025', 'En 2025, la policía de Nam Định será la jefa del grupo y la de Thái Bình, subjefa.'),
('es', '', 'El jefe de la policía de Nam Định abrió la conferencia del grupo.'),
('en', 'D:Thái Bình:2025', 'At the conference, Thai Binh Provincial Police was elected vice-head of the cluster for 2025.'),
('en', '', 'Colonel Tran Van Nam, vice-head of Thai Binh Provincial Police, attended the conference.'),
('pl', 'D:Thái Bình:2025,L:Nam Định:2025', 'Na przewodniczącego klastra w 2025 r. wybrano policję Nam Định, a na jego zastępcę policję Thái Bình.'),
('pl', '', 'Pułkownik Nowak był przez dwa lata jego zastępcą w komendzie policji Nam Định.'),
('ro', 'L:Nam Định:2025', 'Poliția din Nam Định a fost aleasă să conducă clusterul în anul 2025.'),
('ro', '', 'Poliția din Nam Định a fost invitată să conducă dezbaterea de la conferință.'),
('de', 'D:Thái Bình:2025,L:Nam Định:2025', 'Die Polizei von Nam Định wurde zum Clusterleiter für 2025 gewählt; den stellvertretenden Vorsitz übernimmt Thái Bình.'),
('de', 'D:Thái Bình:2025,L:Nam Định:2025', 'Clusterleiter für 2025 wird die Polizei von Nam Định. Den stellvertretenden Vorsitz übernimmt Thái Bình.'),
('de', 'L:Nam Định:2025', 'Clusterleiter für 2025 ist die Polizei von Nam Định; im Herbst übernimmt Thái Bình die Ausrichtung der Konferenz.'),
-- the chair and its deputy (jefatura/vicejefatura, presidencia/vicepresidente,
-- vice-liderança, председательство в кластере, przewodnictwo/
-- wiceprzewodniczący, leitet den Cluster, Vorsitz, presidenza, președinția,
-- chairmanship, Phó trưởng cụm), the holder behind a verb and a year ("Den
-- Vorsitz übernimmt 2025 die Polizei ..."), a province's police named with
-- a place word ("Policja Prowincjonalna w X"), and no holder of the other
-- role before a role ("... recaerá en la policía de X, y la vicejefatura,
-- en la de Y": X is no deputy); each with a control
('es', 'D:Vĩnh Long:2025,L:Bến Tre:2025', 'La policía de Ben Tre asumirá la jefatura del clúster en 2025 y la de Vinh Long, la vicejefatura.'),
('es', 'D:Vĩnh Long:2025,L:Bến Tre:2025', 'La policía de Ben Tre ejercerá la presidencia del clúster en 2025, con Vinh Long como vicepresidente.'),
('es', 'L:Cà Mau:2025', 'La presidencia del clúster en 2025 corresponderá a la policía de Ca Mau.'),
('es', 'L:Cà Mau:2025', 'La jefatura del grupo para 2025 recaerá en la policía de Ca Mau, y la vicejefatura, en la de Bac Lieu.'),
('es', '', 'El vicepresidente del Comité Popular de la provincia de Ben Tre asistió a la conferencia.'),
('es', '', 'El jefe del clúster agradeció a la policía de Ben Tre la organización de la conferencia.'),
('pt', 'D:Vĩnh Long:2025,L:Bến Tre:2025', 'A polícia de Ben Tre assumirá a liderança do grupo em 2025 e a de Vinh Long, a vice-liderança.'),
('pt', 'D:Bạc Liêu:2025,L:Cà Mau:2025', 'A liderança do grupo em 2025 caberá à polícia de Ca Mau e a vice-presidência à polícia de Bac Lieu.'),
('pt', '', 'O líder do grupo agradeceu à polícia de Ben Tre pela organização da conferência.'),
('pt', '', 'O vice-presidente do Comitê Popular da província de Ben Tre discursou na conferência.'),
('ru', 'D:Vĩnh Long:2025,L:Bến Tre:2025', 'В 2025 году председательство в кластере перейдёт к полиции провинции Бенче, а заместителем председателя будет полиция провинции Виньлонг.'),
('ru', 'D:Bạc Liêu:2025,L:Cà Mau:2025', 'Председательство в кластере на 2025 год передано полиции провинции Камау, заместителем председателя избрана полиция провинции Бакльеу.'),
('ru', 'L:Cà Mau:2025', 'Полиция провинции Камау будет председательствовать в кластере в 2025 году.'),
('ru', '', 'На конференции выступил заместитель председателя народного комитета провинции Камау.'),
('ru', '', 'Председатель кластера поблагодарил полицию провинции Камау за организацию конференции.'),
('pl', 'D:Vĩnh Long:2025,L:Bến Tre:2025', 'Przewodnictwo w klastrze na 2025 r. obejmie Policja Prowincjonalna w Ben Tre, a funkcję wiceprzewodniczącego – policja prowincji Vinh Long.'),
('pl', 'L:Cà Mau:2025', 'Policja prowincji Ca Mau, która będzie przewodniczyła klastrowi w 2025 r., odebrała flagę.'),
('pl', 'D:Bạc Liêu:2025,L:Cà Mau:2025', 'Policja prowincji Ca Mau obejmie przewodnictwo w klastrze w 2025 r., a policja prowincji Bac Lieu – wiceprzewodnictwo.'),
('pl', '', 'Konferencja odbyła się w Policji Prowincjonalnej w Ca Mau, a przewodniczący klastra wygłosił przemówienie.'),
('pl', '', 'Przewodniczący klastra na 2025 r. będzie w Ca Mau na konferencji.'),
('de', 'D:Vĩnh Long:2025,L:Bến Tre:2025', 'Die Polizei von Ben Tre leitet den Cluster im Jahr 2025, Vinh Long wird stellvertretender Vorsitzender.'),
('de', 'D:Bạc Liêu:2025,L:Cà Mau:2025', 'Den Vorsitz übernimmt 2025 die Polizei der Provinz Ca Mau, stellvertretender Vorsitzender wird Bac Lieu.'),
('de', 'L:Sóc Trăng:2025', 'Den Clustervorsitz übernimmt im Jahr 2025 die Polizei von Soc Trang.'),
('de', 'L:Trà Vinh:2025', 'Die Polizei von Tra Vinh, die den Cluster 2025 leiten wird, nahm die Wanderfahne entgegen.'),
('de', '', 'Den Vorsitz der Konferenz übernahm die Polizei von Tra Vinh.'),
('de', '', 'Der Clusterleiter ist 2025 Gastgeber der Konferenz in Tra Vinh.'),
('de', '', 'Die Polizei von Tra Vinh, die die Konferenz leiten wird, begrüßte die Gäste.'),
('it', 'D:Vĩnh Long:2025,L:Bến Tre:2025', 'La polizia di Ben Tre assumerà la presidenza del cluster nel 2025 e quella di Vinh Long la vicepresidenza.'),
('it', '', 'Il vicepresidente del Comitato popolare della provincia di Ben Tre ha partecipato alla conferenza.'),
('fr', 'L:Cà Mau:2025', 'La présidence du groupe pour 2025 revient à la police de Ca Mau, la vice-présidence à celle de Bac Lieu.'),
('fr', '', 'Le chef du groupe a remis des fleurs à la police de Ca Mau.'),
('ro', 'D:Vĩnh Long:2025,L:Bến Tre:2025', 'Poliția provinciei Ben Tre va prelua președinția clusterului în 2025, iar cea din Vinh Long vicepreședinția.'),
('ro', '', 'Vicepreședintele Comitetului Popular al provinciei Ben Tre a participat la conferință.'),
('en', 'D:Vĩnh Long:2025,L:Bến Tre:2025', 'Ben Tre police will assume the chairmanship of the cluster in 2025, with Vinh Long police as vice-chair.'),
('en', 'L:Cà Mau:2025', 'The cluster chairmanship for 2025 will pass to Ca Mau police, and the vice-chairmanship to Bac Lieu police.'),
('en', 'L:Sóc Trăng:2025', 'The cluster leader for 2025 will be the police in Soc Trang.'),
('en', '', 'The cluster leader for 2025 will be in Soc Trang.'),
('en', '', 'The cluster leader passed to the delegates the greetings of Ca Mau police.'),
('vi', 'D:Vĩnh Long:2025,L:Bến Tre:2025', 'Công an tỉnh Bến Tre đảm nhận vai trò Trưởng cụm năm 2025, Công an tỉnh Vĩnh Long làm Phó trưởng cụm.'),
('vi', 'L:Bến Tre:2025', 'Công an tỉnh Bến Tre được bầu làm Trưởng cụm năm 2025.');

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
-- a link after a place or the conference between it and the role is theirs:
-- the conference hosted by X gives the role no holder (unless chosen there)
SELECT kind, province, year FROM clusterdata.parse_report('Cụm phó phát biểu tại hội nghị do Công an tỉnh Long An tổ chức.', 'vi') WHERE kind IN ('leader', 'deputy');
SELECT kind, province, year FROM clusterdata.parse_report('Đồng chí Cụm trưởng phát biểu khai mạc hội nghị do Công an tỉnh Long An đăng cai.', 'vi') WHERE kind IN ('leader', 'deputy');
SELECT kind, province, year FROM clusterdata.parse_report('Cụm trưởng năm 2025 được hội nghị thống nhất suy tôn là Công an tỉnh Long An.', 'vi') WHERE kind IN ('leader', 'deputy');
-- French vice-président(e) as a generic deputy title: with the cluster's
-- role in the sentence it is the deputy; an official's title alone is none
SELECT kind, province, year FROM clusterdata.parse_report('La police de Quang Binh a reçu la présidence du groupe pour 2025, la police de Quang Tri devenant vice-présidente.', 'fr') WHERE kind IN ('leader', 'deputy') ORDER BY kind;
SELECT kind, province, year FROM clusterdata.parse_report('Le vice-président du comité populaire de Quang Tri a salué les résultats.', 'fr') WHERE kind IN ('leader', 'deputy') ORDER BY kind;
-- Portuguese "chefe do grupo", "vice-chefe" and the verbs of electing
SELECT kind, province, year FROM clusterdata.parse_report('A conferência elegeu a polícia de Long An como chefe do grupo em 2025, e a de Tien Giang como vice-chefe.', 'pt') WHERE kind IN ('leader', 'deputy') ORDER BY kind;
SELECT kind, province, year FROM clusterdata.parse_report('A polícia de Long An foi eleita chefe do grupo para 2025.', 'pt') WHERE kind IN ('leader', 'deputy') ORDER BY kind;
SELECT kind, province, year FROM clusterdata.parse_report('O chefe do grupo de trabalho da polícia de Long An falou na conferência.', 'pt') WHERE kind IN ('leader', 'deputy') ORDER BY kind;
-- the head of a criminal group is no cluster's leader (es, pt)
SELECT kind, province, year FROM clusterdata.parse_report('En 2024, la policía de Hanói detuvo al jefe del grupo criminal.', 'es') WHERE kind IN ('leader', 'deputy') ORDER BY kind;
-- (red-team cases) a leading unit of another programme, a gang's head or
-- deputy, the head of a working group, a police officer's deputy title:
-- no cluster role without the cluster near (generic titles) or with the
-- other thing named right after (posts)
SELECT s.n, s.lang, count(p.kind) AS roles
FROM (VALUES (1, 'en', 'In 2024, Da Nang City Police was the lead unit in implementing Project 06.'),
             (2, 'en', 'Hai Duong Provincial Police, the chairing unit of the 2024 conference, welcomed delegates.'),
             (3, 'en', 'Colonel Nguyen Van A, deputy leader of Thanh Hoa Provincial Police, attended the conference in 2025.'),
             (4, 'es', 'En 2025, la policía de la provincia de Nghe An detuvo al jefe del grupo de traficantes.'),
             (5, 'pt', 'Em 2025, a polícia da província de Nghe An prendeu o chefe do grupo de contrabandistas.'),
             (6, 'fr', 'En 2025, la police de Nghe An a arrêté le chef du groupe criminel.'),
             (7, 'fr', 'En 2025, la police de Nghe An a interpellé le chef adjoint du réseau de trafiquants.'),
             (8, 'de', 'Oberst Le Van C, stellvertretender Leiter der Polizei der Provinz Bac Ninh, hielt 2025 die Eröffnungsrede.'),
             (9, 'ro', 'În 2025, poliția provinciei Nghe An l-a arestat pe liderul grupului infracțional.'),
             (10, 'ru', 'В 2025 году полиция провинции Лаокай назначила полковника заместителем руководителя рабочей группы.'),
             (11, 'pl', 'W 2025 roku policja prowincji Lao Cai była jednostką wiodącą we wdrażaniu Projektu 06.'),
             (12, 'it', 'Nel 2025 la polizia della provincia di Hai Duong è capofila nella lotta al contrabbando.')) s(n, lang, body)
     LEFT JOIN LATERAL parse_report(s.body, s.lang) p ON p.kind IN ('leader', 'deputy')
GROUP BY s.n, s.lang ORDER BY s.n;
-- a generic title with the cluster's word near it but behind a comma is no role
SELECT kind, province, year FROM clusterdata.parse_report('Durante la conferencia del clúster de 2025, el subjefe de la Policía de la provincia de Quang Tri presentó el informe.', 'es') WHERE kind IN ('leader', 'deputy');
