-- numbers(): Romanian conventions (decimal comma, dot grouping) and cues
\i sql/include/numbers_show.sql

SELECT * FROM pg_temp.show('Poliția a soluționat 3.215/3.590 de cazuri, o rată de 89,55%, și peste 96% din cazurile grave.', 'ro');
SELECT * FROM pg_temp.show('Pe 3 decembrie 2024, Grupul de Emulație nr. 6 a reunit 5 provincii; 4 din 5 unități au depășit ținta.', 'ro');
SELECT * FROM pg_temp.show('Rata a fost de aproximativ 82 la sută; infracțiunile au scăzut cu 2,4%.', 'ro');
