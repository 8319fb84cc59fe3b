-- parse_report(): member lists whose items come in groups (cities, then
-- provinces, with or without the police named again), items with their role
-- in brackets or before them, and abbreviations inside a list (our own
-- sentences, in every language)
\i sql/include/facts_show.sql
CREATE FUNCTION pg_temp.members(body text, lang text)
RETURNS TABLE (kind text, province province, year int, span_ok boolean, evidence text)
LANGUAGE sql AS $$
  SELECT kind, province, year, span_ok, evidence FROM pg_temp.facts(body, lang)
  WHERE kind IN ('member', 'leader', 'deputy')
$$;

-- Vietnamese: two groups, each with its own "Công an"
SELECT * FROM pg_temp.members('Cụm thi đua số 3 gồm Công an thành phố Cần Thơ, Hải Phòng và Công an các tỉnh Nam Định, Thái Bình họp sơ kết 6 tháng đầu năm 2024.', 'vi');
-- a city alone, then the provinces
SELECT * FROM pg_temp.members('Cụm thi đua số 7 gồm Công an thành phố Đà Nẵng và Công an các tỉnh Quảng Nam, Quảng Ngãi, Bình Định.', 'vi');
-- the police not named again
SELECT * FROM pg_temp.members('Công an thành phố Cần Thơ và các tỉnh An Giang, Kiên Giang, Cà Mau ký giao ước thi đua năm 2025.', 'vi');
-- provinces first, then the city; "cùng" (together with)
SELECT * FROM pg_temp.members('Cụm gồm Công an các tỉnh Lạng Sơn, Cao Bằng, Bắc Kạn và Công an thành phố Hà Nội.', 'vi');
SELECT * FROM pg_temp.members('Công an tỉnh Gia Lai cùng Công an các tỉnh Kon Tum, Đắk Nông, Lâm Đồng tổ chức hội nghị.', 'vi');
-- how many of each, in the group's head
SELECT * FROM pg_temp.members('Cụm thi đua số 17 gồm Công an 2 thành phố Hà Nội, Hải Phòng và Công an 3 tỉnh Quảng Ninh, Hải Dương, Hưng Yên.', 'vi');
-- roles in brackets: members too, and leader and deputy
SELECT * FROM pg_temp.members('Cụm thi đua số 15 gồm Công an các tỉnh: Hà Nam (đơn vị Cụm trưởng), Ninh Bình (đơn vị Cụm phó), Nam Định, Thái Bình.', 'vi');
-- a role before the last item
SELECT * FROM pg_temp.members('Dự hội nghị có lãnh đạo Công an các tỉnh Long An, Tây Ninh, Bình Phước cùng đơn vị Cụm trưởng Công an tỉnh Đồng Nai.', 'vi');
-- a role in a list says who holds it in the year reviewed; an election of
-- the next year's leader is stronger
SELECT * FROM pg_temp.members('Hội nghị sơ kết năm 2024 có Công an các tỉnh Nam Định, Hà Nam và Thái Bình (đơn vị Cụm trưởng).', 'vi');
SELECT * FROM pg_temp.members('Dự có Công an các tỉnh Long An, Tây Ninh, Bình Phước cùng đơn vị Cụm trưởng Công an tỉnh Bình Dương. Hội nghị bầu Cụm trưởng năm 2025 là Công an tỉnh Tây Ninh.', 'vi');
-- "TP." and "TP" inside a list end no sentence
SELECT * FROM pg_temp.members('Cụm thi đua số 17 gồm Hà Nội, TP.HCM và Đà Nẵng.', 'vi');
SELECT * FROM pg_temp.members('Cụm thi đua số 17 gồm Công an TP. Hồ Chí Minh, Tp. Hải Phòng và TP Cần Thơ tổ chức hội nghị.', 'vi');
SELECT * FROM pg_temp.members('Cụm này gồm Công an các thành phố Cần Thơ, TP HCM, Tp. Hồ Chí Minh và Hà Nội.', 'vi');
-- nor after the role's cue
SELECT * FROM pg_temp.members('Hội nghị đã bầu Cụm trưởng năm 2025 là Công an TP. Hải Phòng.', 'vi');
-- not lists: roles with their link words, other verbs between the names,
-- two names only, figures with dots, a sentence's end
SELECT * FROM pg_temp.members('Hội nghị bầu Cụm trưởng năm 2025 là Công an tỉnh Yên Bái, Cụm phó là Công an tỉnh Lào Cai và tặng cờ cho Công an tỉnh Sơn La.', 'vi');
SELECT * FROM pg_temp.members('Công an tỉnh Hà Giang phối hợp với Công an các tỉnh Cao Bằng, Lạng Sơn bắt 12 đối tượng.', 'vi');
SELECT * FROM pg_temp.members('Công an thành phố Hà Nội và Công an tỉnh Bắc Ninh đã ký kết.', 'vi');
SELECT * FROM pg_temp.members('Hà Nội khám phá 1.204 vụ, Hải Phòng 905 vụ, Đà Nẵng 611 vụ.', 'vi');
SELECT * FROM pg_temp.members('Cụm gồm Hà Nội, Hải Phòng. Công an tỉnh Bắc Ninh đạt 90%.', 'vi');

-- English
SELECT * FROM pg_temp.members('Emulation Cluster No. 7 is made up of the police of Da Nang city and of the provinces of Quang Nam, Quang Ngai and Binh Dinh.', 'en');
SELECT * FROM pg_temp.members('Emulation Cluster No. 1 comprises the police of Hanoi and Hai Phong cities and the police of the provinces of Quang Ninh, Bac Ninh and Hai Duong.', 'en');
SELECT * FROM pg_temp.members('The Public Security of Can Tho City, together with the Public Security Departments of An Giang, Kien Giang and Ca Mau provinces, signed the 2025 emulation pact.', 'en');
SELECT * FROM pg_temp.members('The Da Nang city police and the provincial police of Quang Nam, Quang Ngai and Binh Dinh met in 2024.', 'en');
SELECT * FROM pg_temp.members('Cluster No. 4 includes Phu Tho (cluster leader), Bac Ninh (deputy leader), Quang Ninh and Lang Son.', 'en');
SELECT * FROM pg_temp.members('In its 2024 review, Cluster No. 4 listed Quang Ninh, Lang Son and Bac Ninh province (cluster leader).', 'en');
SELECT * FROM pg_temp.members('Cluster No. 1 brings together the police of Hanoi, HCMC, Hai Phong, Da Nang and Can Tho.', 'en');
SELECT * FROM pg_temp.members('The review gathered the police of Hanoi, TP. Ho Chi Minh, Hai Phong and Can Tho.', 'en');
SELECT * FROM pg_temp.members('The conference elected Yen Bai police as cluster leader and Lao Cai police as deputy leader; Son La police hosted it.', 'en');

-- French
SELECT * FROM pg_temp.members('Le groupe d''émulation n° 7 réunit la police de la ville de Da Nang et celles des provinces de Quang Nam, Quang Ngai et Binh Dinh.', 'fr');
SELECT * FROM pg_temp.members('Le groupe n° 9 regroupe la police de la ville de Can Tho et des provinces d''An Giang, de Kien Giang et de Ca Mau.', 'fr');
SELECT * FROM pg_temp.members('Le groupe n° 1 comprend les polices des villes de Hanoï et de Hai Phong ainsi que les polices des provinces de Quang Ninh, Bac Ninh et Hai Duong.', 'fr');
SELECT * FROM pg_temp.members('Le groupe n° 4 rassemble Phu Tho (chef de groupe), Bac Ninh (chef adjoint), Quang Ninh et Lang Son.', 'fr');

-- Romanian
SELECT * FROM pg_temp.members('Clusterul nr. 7 este format din poliția orașului Da Nang și a provinciilor Quang Nam, Quang Ngai și Binh Dinh.', 'ro');
SELECT * FROM pg_temp.members('Clusterul nr. 1 cuprinde poliția orașelor Hanoi și Hai Phong și poliția provinciilor Quang Ninh, Bac Ninh și Hai Duong.', 'ro');
SELECT * FROM pg_temp.members('Clusterul nr. 4 reunește Phu Tho (lider al clusterului), Bac Ninh (lider adjunct), Quang Ninh și Lang Son.', 'ro');

-- Polish
SELECT * FROM pg_temp.members('Klaster nr 7 tworzą policja miasta Da Nang oraz policja prowincji Quang Nam, Quang Ngai i Binh Dinh.', 'pl');
SELECT * FROM pg_temp.members('Klaster nr 9 skupia policję miasta Can Tho oraz prowincji An Giang, Kien Giang i Ca Mau.', 'pl');
SELECT * FROM pg_temp.members('Klaster nr 4 obejmuje Phu Tho (lider klastra), Bac Ninh (zastępca lidera), Quang Ninh i Lang Son.', 'pl');

-- Spanish
SELECT * FROM pg_temp.members('El Grupo de Emulación No. 7 está formado por la policía de la ciudad de Da Nang y las policías de las provincias de Quang Nam, Quang Ngai y Binh Dinh.', 'es');
SELECT * FROM pg_temp.members('El grupo No. 9 reúne a la policía de la ciudad de Can Tho y de las provincias de An Giang, Kien Giang y Ca Mau.', 'es');
SELECT * FROM pg_temp.members('El grupo de emulación No. 4 incluye a Phu Tho (líder del grupo), Bac Ninh (líder adjunto), Quang Ninh y Lang Son.', 'es');

-- German
SELECT * FROM pg_temp.members('Der Emulationscluster Nr. 7 besteht aus der Polizei der Stadt Da Nang sowie der Polizei der Provinzen Quang Nam, Quang Ngai und Binh Dinh.', 'de');
SELECT * FROM pg_temp.members('Dem Cluster Nr. 9 gehören die Polizei der Stadt Can Tho und der Provinzen An Giang, Kien Giang und Ca Mau an.', 'de');
SELECT * FROM pg_temp.members('Zum Cluster Nr. 4 gehören Phu Tho (Clusterleiter), Bac Ninh (stellvertretender Clusterleiter), Quang Ninh und Lang Son.', 'de');

-- Indonesian
SELECT * FROM pg_temp.members('Klaster Emulasi No. 7 terdiri dari Kepolisian Kota Da Nang serta Kepolisian Provinsi Quang Nam, Quang Ngai, dan Binh Dinh.', 'id');
SELECT * FROM pg_temp.members('Klaster No. 9 meliputi Kepolisian Kota Can Tho dan Provinsi An Giang, Kien Giang, dan Ca Mau.', 'id');
SELECT * FROM pg_temp.members('Klaster No. 4 beranggotakan Phu Tho (ketua klaster), Bac Ninh (wakil ketua), Quang Ninh, dan Lang Son.', 'id');

-- Russian
SELECT * FROM pg_temp.members('В кластер № 7 входят полиция города Дананг и полиция провинций Куангнам, Куангнгай и Биньдинь.', 'ru');
SELECT * FROM pg_temp.members('Кластер № 9 объединяет полицию города Кантхо и провинций Анзянг, Кьензянг и Камау.', 'ru');
SELECT * FROM pg_temp.members('Кластер № 4 включает Футхо (лидер кластера), Бакнинь (заместитель лидера), Куангнинь и Лангшон.', 'ru');

-- Hindi
SELECT * FROM pg_temp.members('क्लस्टर संख्या 7 में दा नांग शहर की पुलिस तथा क्वांग नाम, क्वांग न्गाई और बिन्ह दिन्ह प्रांतों की पुलिस शामिल हैं।', 'hi');
SELECT * FROM pg_temp.members('क्लस्टर संख्या 1 में हनोई और हाई फोंग शहरों की पुलिस तथा क्वांग निन्ह, बाक निन्ह और हाई डुओंग प्रांतों की पुलिस शामिल हैं।', 'hi');
SELECT * FROM pg_temp.members('क्लस्टर संख्या 4 में फू थो (क्लस्टर लीडर), बाक निन्ह (उप प्रमुख), क्वांग निन्ह और लांग सोन शामिल हैं।', 'hi');

-- Chinese
SELECT * FROM pg_temp.members('第7竞赛集群由岘港市公安局以及广南省、平定省和广义省公安厅组成。', 'zh');
SELECT * FROM pg_temp.members('第1竞赛集群由河内市、海防市公安局及广宁省、北宁省、海阳省公安厅组成。', 'zh');
SELECT * FROM pg_temp.members('第4竞赛集群包括富寿省（集群长）、北宁省（副集群长）、广宁省和谅山省。', 'zh');
SELECT * FROM pg_temp.members('第4竞赛集群包括广宁省、北宁省和谅山省（集群长）。', 'zh');

-- Japanese
SELECT * FROM pg_temp.members('第7競争クラスターはダナン市警察およびクアンナム省、クアンガイ省、ビンディン省の公安で構成される。', 'ja');
SELECT * FROM pg_temp.members('第1競争クラスターはハノイ市、ハイフォン市の公安並びにクアンニン省、バクニン省、ハイズオン省の公安で構成される。', 'ja');
SELECT * FROM pg_temp.members('クラスターにはフート省（クラスター長）、バクニン省（副クラスター長）、クアンニン省、ランソン省が含まれる。', 'ja');

-- Korean
SELECT * FROM pg_temp.members('제7 경쟁 클러스터는 다낭시 공안 및 꽝남성, 꽝응아이성, 빈딘성 공안으로 구성된다.', 'ko');
SELECT * FROM pg_temp.members('제1 경쟁 클러스터는 하노이시, 하이퐁시 공안과 꽝닌성, 박닌성, 하이즈엉성 공안으로 구성된다.', 'ko');
SELECT * FROM pg_temp.members('제4 경쟁 클러스터는 푸토성(클러스터장), 박닌성(부클러스터장), 꽝닌성, 랑선성으로 구성된다.', 'ko');
-- Arabic joins the items of a list with "و" glued to the next name; Thai and
-- Arabic names of the provinces (data/province_names.tsv)
SELECT * FROM pg_temp.members('تضم المجموعة رقم 2 شرطة مقاطعات لاي تشاو ولاو كاي وها جيانغ.', 'ar');
SELECT * FROM pg_temp.members('คลัสเตอร์ที่ 2 ประกอบด้วยตำรวจจังหวัดลายเจิว หล่าวกาย และห่าซาง', 'th');
-- Hindi names of the provinces of the south (every province has its
-- Devanagari spellings)
SELECT * FROM pg_temp.members('वर्ष 2023 में क्लस्टर नंबर 9 के प्रांतों – लॉन्ग आन, तिएन जियांग, बेन ट्रे, विन्ह लोंग, ट्रा विन्ह, डोंग थाप और आन जियांग – की पुलिस ने 1,200 मामलों को सुलझाया।', 'hi');
