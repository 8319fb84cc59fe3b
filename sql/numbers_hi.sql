-- numbers(): Hindi (decimal point, comma and Indian grouping, Devanagari digits)
\i sql/include/numbers_show.sql

SELECT * FROM pg_temp.show('पुलिस ने 2,140/2,398 आपराधिक मामलों को हल किया, जो 89.2% की दर है।', 'hi');
SELECT * FROM pg_temp.show('गंभीर मामलों में दर 95% से अधिक रही और लगभग 1,00,000 लोगों ने भाग लिया।', 'hi');
SELECT * FROM pg_temp.show('१,७०७ मामले और ८९.१ प्रतिशत; 12 में से 9 इकाइयाँ।', 'hi');
SELECT * FROM pg_temp.show('9 अगस्त को क्लस्टर संख्या 5 का सम्मेलन हुआ।', 'hi');
-- the verb after the percent makes it a change ("बढ़ी", "घट गए"); a rate with
-- another verb after it stays a rate
SELECT * FROM pg_temp.show('पिछले साल की तुलना में प्रांत में चोरी 6.4% बढ़ी।', 'hi');
SELECT * FROM pg_temp.show('इस अवधि में नशीले पदार्थों से जुड़े अपराध 2.7% घट गए।', 'hi');
SELECT kind, metric, percent, qualifier, value FROM parse_report('अपराधों को सुलझाने की दर 90.3% रही, जबकि कुल अपराध 6.4% घटा।', 'hi') WHERE kind IN ('rate', 'change');
SELECT kind, metric, percent, qualifier, value FROM parse_report('अपराधों को सुलझाने की दर 90.3% रही और इसे बढ़ाना लक्ष्य है।', 'hi') WHERE kind IN ('rate', 'change');
