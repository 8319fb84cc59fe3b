-- numbers(): French conventions (decimal comma, space and no-break space grouping)
\i sql/include/numbers_show.sql

-- U+00A0 before %, U+202F as a thousands separator, a plain space too
SELECT * FROM pg_temp.show(E'La police a élucidé 1\u202F540/1 712 cas, soit 89,9\u00A0%, et plus de 93 % des affaires graves.', 'fr');
SELECT * FROM pg_temp.show('Le 4 décembre 2024, le groupe n° 2 a réuni 6 provinces ; le taux est supérieur à 85 pour cent.', 'fr');
SELECT * FROM pg_temp.show('Les vols ont baissé de 3,5 % ; environ 40 modèles et 9 sur 11 communes respectent les normes.', 'fr');
SELECT * FROM pg_temp.show('Mise en œuvre du Projet 06 et de la Directive 15/CT-TTg pour 2021-2025.', 'fr');
-- a decimal comma lost in translation ("81 32 %"); two numbers stay two ("7 19 cas")
SELECT * FROM pg_temp.show('Un taux de résolution de 81 32 % pour 7 19 cas, et 1 707 affaires.', 'fr');
