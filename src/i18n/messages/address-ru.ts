// Адресный регистр (issue 22, finding 2): ошибки поиска и пошаговый выбор адреса.
import type { addressEn } from './address-en.ts';

export const addressRu: Record<keyof typeof addressEn, string> = {
  'address.query-length': 'Введите от {min} до {max} символов адреса.',
  'address.rka-format': 'Код объекта недвижимости (РКА) — это 16 цифр.',
  'address.not-found': 'Адреса с таким кодом объекта недвижимости (РКА) нет.',
};
