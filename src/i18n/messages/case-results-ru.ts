// Документы результата S9 и S10 (004 п.4, 6, 9, 11) и коды ошибок их выдачи (см. case-results-en.ts).
import type { caseResultsEn } from './case-results-en.ts';

export const caseResultsRu: Record<keyof typeof caseResultsEn, string> = {
  'case-result.provider': 'Государственная корпорация «Правительство для граждан»',
  'case-result.title.data-entry-notice': 'Уведомление о внесении сведений в информационную систему ЕГКН',
  'case-result.title.cadastral-passport': 'Кадастровый паспорт объекта недвижимости',
  'case-result.title.discrepancy-conclusion':
    'Заключение об установлении расхождений идентификационных и технических сведений',
  'case-result.title.duplicate-passport': 'Дубликат кадастрового паспорта объекта недвижимости',
  'case-result.title.corrected-passport': 'Кадастровый паспорт объекта недвижимости (исправленный)',
  'case-result.duplicate-mark': 'Дубликат',
  'case-result.request': 'Заявка {number}',
  'case-result.signed-at': 'Подписано: {time}',
  'case-result.line.rka': 'Кадастровый номер',
  'case-result.line.address': 'Адрес',
  'case-result.line.totalAreaM2': 'Общая площадь, м²',
  'case-result.line.livingAreaM2': 'Жилая площадь, м²',
  'case-result.line.rooms': 'Количество комнат',
  'case-result.line.explication': 'Экспликация',
  'case-result.line.conclusion': 'Выявленные расхождения',
  'case-result.line.owner': 'Правообладатель (ИИН, доля)',
  'case-result.line.previousAddress': 'Прежний адрес',
  'case-result.line.decision': 'Решение местных органов',
  'case-result.sealed-by': 'Подписано электронной печатью услугодателя: {subject}, серийный номер {serial}.',
  'case-result.file-content': 'Содержание документа: канонический JSON, подписанный печатью',
  'case-result.page': 'Страница {page} из {pages}',
  'case.result-incomplete': 'Результат пока нельзя оформить: на шаге «{missing}» для него ничего не записано.',
  'case.result-unsigned': 'Результат сейчас нельзя подписать: печать услугодателя недоступна.',
  'case.no-passport-to-copy': 'В инвентарном деле объекта нет кадастрового паспорта, с которого можно снять дубликат.',
};
