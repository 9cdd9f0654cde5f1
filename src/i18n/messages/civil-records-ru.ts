import type { civilRecordsEn } from './civil-records-en.ts';

export const civilRecordsRu: Record<keyof typeof civilRecordsEn, string> = {
  'civil-record.invalid': 'Восстановление нельзя записать: поле {field} не заполнено или заполнено неверно.',
  'civil-record.act-exists': 'Эта запись акта уже есть в реестре ЗАГС: восстанавливать нечего.',
  'wanted.answer-invalid':
    'База данных розыска дала ответ, который нельзя прочитать. Проверка не выполнена; повторите её позже.',
  'wanted.hit':
    'Заявитель находится в розыске с {since} (розыскное дело {reference}, инициатор: {initiator}). Дело остановлено, руководитель оповещён.',
};
