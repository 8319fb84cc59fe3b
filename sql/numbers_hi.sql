-- numbers(): Hindi (decimal point, comma and Indian grouping, Devanagari digits)
\i sql/include/numbers_show.sql

SELECT * FROM pg_temp.show('पुलिस ने 2,140/2,398 आपराधिक मामलों को हल किया, जो 89.2% की दर है।', 'hi');
SELECT * FROM pg_temp.show('गंभीर मामलों में दर 95% से अधिक रही और लगभग 1,00,000 लोगों ने भाग लिया।', 'hi');
SELECT * FROM pg_temp.show('१,७०७ मामले और ८९.१ प्रतिशत; 12 में से 9 इकाइयाँ।', 'hi');
SELECT * FROM pg_temp.show('9 अगस्त को क्लस्टर संख्या 5 का सम्मेलन हुआ।', 'hi');
