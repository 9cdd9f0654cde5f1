// Одно точное сообщение на поле и на каждый вид ошибки (issue 22, п. 5).
import type { formsEn } from './forms-en.ts';

export const formsRu: Record<keyof typeof formsEn, string> = {
  'form.iin.missing-yours': 'Введите ваш ИИН',
  'form.iin.missing-owner': 'Введите ИИН собственника',
  'form.iin.digits-only': 'ИИН состоит только из цифр от 0 до 9',
  'form.iin.length': 'ИИН состоит из 12 цифр',
  'form.date.typed-hint': 'Например, 01.12.2025',
  'form.date.day': 'День',
  'form.date.month': 'Месяц',
  'form.date.year': 'Год',
  'form.arrival-date.hint': 'Например, 27 3 {year}',
  'form.arrival-date.missing': 'Введите дату прибытия',
  'form.arrival-date.day-missing': 'В дате прибытия не хватает дня',
  'form.arrival-date.month-missing': 'В дате прибытия не хватает месяца',
  'form.arrival-date.year-missing': 'В дате прибытия не хватает года',
  'form.arrival-date.numbers': 'Дата прибытия вводится только цифрами',
  'form.arrival-date.year-four-digits': 'Год вводится четырьмя цифрами',
  'form.arrival-date.impossible': 'Такой даты нет: проверьте день и месяц',
  'form.arrival-date.future': 'Дата прибытия не может быть позже сегодняшнего дня',
  'form.arrival-date.too-early': 'Дата прибытия должна быть позже 1 января 1900 года',
  'form.arrival.reason-missing': 'Выберите причину прибытия',
  'form.about.education-missing': 'Выберите ваше образование',
  'form.about.occupation-missing': 'Выберите ваше занятие',
  'form.about.family-missing': 'Выберите ваше семейное положение',
  'form.owner.choice-missing': 'Выберите, кто собственник жилья',
  'verify.number-missing': 'Введите номер справки',
};
