import type { successionEn } from './succession-en.ts';

export const successionRu: Record<keyof typeof successionEn, string> = {
  'succession.unknown-ruleset': 'Набора правил «{id}» нет. Известные: kz-pilot-2025.',
  'succession.not-later': 'Новая дата окончания набора правил «{id}» должна быть позже текущей.',
  'succession.self-replacement': 'Набор правил «{id}» не может заменить сам себя.',
  'succession.unknown-action':
    'Неизвестная команда ruleset «{action}». Используйте «tirkeu ruleset extend» или «tirkeu ruleset list».',
  'succession.invalid-date': '--{flag} должна быть датой ГГГГ-ММ-ДД.',
  'succession.invalid-act': 'Укажите название и номер акта в --act (от 1 до 500 символов).',
};
