// S9 және S10 нәтижесінің құжаттары (004 4, 6, 9, 11-тармақтар) және оларды берудің қате кодтары
// (case-results-en.ts қараңыз).
import type { caseResultsEn } from './case-results-en.ts';

export const caseResultsKk: Record<keyof typeof caseResultsEn, string> = {
  'case-result.provider': '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы',
  'case-result.title.data-entry-notice': 'Мәліметтерді ЕГКН ақпараттық жүйесіне енгізу туралы хабарлама',
  'case-result.title.cadastral-passport': 'Жылжымайтын мүлік объектісінің кадастрлық паспорты',
  'case-result.title.discrepancy-conclusion':
    'Сәйкестендіру және техникалық мәліметтердің алшақтықтарын белгілеу туралы қорытынды',
  'case-result.title.duplicate-passport': 'Жылжымайтын мүлік объектісінің кадастрлық паспортының телнұсқасы',
  'case-result.title.corrected-passport': 'Жылжымайтын мүлік объектісінің кадастрлық паспорты (түзетілген)',
  'case-result.duplicate-mark': 'Телнұсқа',
  'case-result.request': 'Өтініш {number}',
  'case-result.signed-at': 'Қол қойылды: {time}',
  'case-result.line.rka': 'Кадастрлық нөмірі',
  'case-result.line.address': 'Мекенжайы',
  'case-result.line.totalAreaM2': 'Жалпы ауданы, м²',
  'case-result.line.livingAreaM2': 'Тұрғын ауданы, м²',
  'case-result.line.rooms': 'Бөлмелер саны',
  'case-result.line.explication': 'Экспликация',
  'case-result.line.conclusion': 'Анықталған алшақтықтар',
  'case-result.line.owner': 'Құқық иеленуші (ЖСН, үлесі)',
  'case-result.line.previousAddress': 'Бұрынғы мекенжайы',
  'case-result.line.decision': 'Жергілікті органдардың шешімі',
  'case-result.sealed-by':
    'Көрсетілетін қызметті берушінің электрондық мөрімен қол қойылды: {subject}, сериялық нөмірі {serial}.',
  'case-result.file-content': 'Құжаттың мазмұны: мөрмен қол қойылған канондық JSON',
  'case-result.page': '{page}/{pages} бет',
  'case.result-incomplete': 'Нәтижені әзірге ресімдеу мүмкін емес: «{missing}» қадамында ол үшін ештеңе жазылмаған.',
  'case.result-unsigned': 'Нәтижеге қазір қол қою мүмкін емес: көрсетілетін қызметті берушінің мөрі қолжетімсіз.',
  'case.no-passport-to-copy': 'Объектінің түгендеу ісінде телнұсқасын алуға болатын кадастрлық паспорт жоқ.',
};
