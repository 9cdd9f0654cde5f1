// Адресный регистр (issue 22, finding 2): ошибки поиска и пошаговый выбор адреса.
import type { addressEn } from './address-en.ts';

export const addressRu: Record<keyof typeof addressEn, string> = {
  'address.query-length': 'Введите от {min} до {max} символов адреса.',
  'address.rka-format': 'Код объекта недвижимости (РКА) — это 16 цифр.',
  'address.not-found': 'Адреса с таким кодом объекта недвижимости (РКА) нет.',
  'address.picker.start': 'Выбрать адрес из списков: город, улица, дом, квартира',
  'address.picker.start-lead': 'Не знаете код объекта недвижимости (РКА), а поиск не находит адрес?',
  'address.picker.city-title': 'В каком городе или районе жильё?',
  'address.picker.lead': 'Выберите из списка. Затем вы выберете улицу, дом и квартиру.',
  'address.picker.street-title': '{place}: какая улица?',
  'address.picker.filter-label': 'Часть названия улицы',
  'address.picker.filter-hint': 'Например, Абай или Kabanbay, любыми буквами.',
  'address.picker.filter': 'Показать улицы',
  'address.picker.no-streets':
    'Нет улицы, в названии которой есть «{filter}». Проверьте написание или очистите поле, чтобы увидеть все улицы.',
  'address.picker.more-streets':
    'Показаны первые {shown} из {count, plural, one {# улицы} other {# улиц}}. Введите часть названия, чтобы найти свою.',
  'address.picker.house-title': '{street}: какой дом?',
  'address.picker.house': 'Дом {house}',
  'address.picker.no-house': 'Без номера дома',
  'address.picker.flat-title': '{address}: какая квартира?',
  'address.picker.flat-lead': 'Выберите квартиру. Вы вернётесь к заявлению с этим адресом.',
  'address.picker.flat': 'Квартира {flat}',
  'address.picker.whole-house': 'Весь дом',
};
