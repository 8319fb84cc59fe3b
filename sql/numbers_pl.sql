-- numbers(): Polish conventions (decimal comma, space grouping), inflected cues
\i sql/include/numbers_show.sql

SELECT * FROM pg_temp.show('Wskaźnik wykrywalności wyniósł 87,45%, a w sprawach poważnych ponad 94%.', 'pl');
SELECT * FROM pg_temp.show('Zatrzymano 1 205 osób; 318 przypadków/402 osoby handlujące towarami; 6 z 8 gmin spełniło normy.', 'pl');
SELECT * FROM pg_temp.show('Dnia 22 listopada 2024 r. Komitet Sterujący 138 omówił spadek o 5,2% oraz około 30 modeli.', 'pl');
SELECT * FROM pg_temp.show('Klaster nr 5 obejmuje 7 prowincji.', 'pl');
