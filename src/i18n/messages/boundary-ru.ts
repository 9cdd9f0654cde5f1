// Input at the HTTP boundary (issue 14): size, media type, JSON, text, forged forms.
import type { boundaryEn } from './boundary-en.ts';

export const boundaryRu: Record<keyof typeof boundaryEn, string> = {
  'payload-too-large': 'Запрос слишком большой: здесь принимается не более {limit} КБ. Ничего не изменено.',
  'unsupported-media-type': 'Этот адрес принимает только {expected}. Ничего не изменено.',
  'invalid-json-body': 'Тело запроса не является корректным JSON. Ничего не изменено.',
  'invalid-text':
    'Поле {field} содержит недопустимые символы: управляющие символы, невидимые символы или символы направления текста, либо повреждённую кодировку.',
  'text.invisible':
    'Удалите невидимые символы и символы направления текста: они часто копируются вместе с текстом из другого документа.',
  'csrf-rejected':
    'Форма не принята: она отправлена не со страницы этого сайта. Откройте страницу заново и отправьте форму с неё.',
};
