-- Indonesian: Latin script, decimal comma and dot grouping
\i sql/include/numbers_show.sql
\i sql/include/facts_show.sql
SELECT detect_language('Pada tahun ini kepolisian provinsi telah berhasil mengungkap banyak kasus pidana dan meningkatkan rasa aman warga.');
SELECT * FROM pg_temp.show('Polisi mengungkap 2.864 dari 3.105 kasus, menangkap 4.120 tersangka dan menyita 12,5 kg narkoba.', 'id');
SELECT * FROM pg_temp.show('Tingkat penyelesaian mencapai lebih dari 92,24 persen pada tanggal 5 Desember 2024.', 'id');
SELECT * FROM pg_temp.facts('Pada tahun 2024, Klaster Emulasi No. 6 berhasil mengungkap 2.864 dari 3.105 kasus pidana, mencapai tingkat 92,24%, sementara kasus sangat serius mencapai lebih dari 97%. Klaster ini terdiri dari provinsi Can Tho, An Giang, Kien Giang, Ca Mau dan Bac Lieu. An Giang terpilih sebagai ketua klaster untuk tahun 2025.');
-- by how much a result beat the target is no rate
SELECT * FROM pg_temp.facts('Tingkat pengungkapan kasus pidana mencapai 88%, melampaui 8% dari target.', 'id');
-- a rate in brackets after a count
SELECT * FROM pg_temp.facts('Polisi menangkap 57 buronan (mencapai 86%).', 'id');
-- the first half of the year
SELECT * FROM pg_temp.facts('Dalam 6 bulan pertama tahun 2024, polisi menangani 310 kasus narkoba.', 'id');
