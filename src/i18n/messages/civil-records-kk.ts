import type { civilRecordsEn } from './civil-records-en.ts';

export const civilRecordsKk: Record<keyof typeof civilRecordsEn, string> = {
  'civil-record.invalid': 'Қалпына келтіруді жазу мүмкін емес: {field} өрісі толтырылмаған немесе қате толтырылған.',
  'civil-record.act-exists': 'Бұл акт жазбасы АХАЖ тізілімінде бар: қалпына келтіретін ештеңе жоқ.',
  'wanted.answer-invalid':
    'Іздеудегі адамдардың деректер базасы оқылмайтын жауап берді. Тексеру жасалмады; оны кейінірек қайталаңыз.',
  'wanted.hit':
    'Өтініш беруші {since} бастап іздеуде (іздеу ісі {reference}, бастамашы: {initiator}). Іс тоқтатылды, басшыға хабар берілді.',
};
