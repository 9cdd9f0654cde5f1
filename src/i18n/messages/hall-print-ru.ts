// Печатное заявление операционного зала, список стран талона прибытия в зале и слова консоли для
// состояния, которое страницы гражданина называют для заявителя (issue 22, finding 8 и 7).
import type { hallPrintEn } from './hall-print-en.ts';

export const hallPrintRu: Record<keyof typeof hallPrintEn, string> = {
  'console.print.link': 'Распечатать заявление',
  'console.print.title': 'Заявление о регистрации {number}',
  'console.print.lead':
    'Подано в операционном зале центра обслуживания населения (ЦОН). Заявитель проверяет сведения и подписывает ниже.',
  'console.print.filed': 'Дата подачи',
  'console.print.coupon': 'Талон прибытия',
  'console.print.signature-applicant': 'Подпись заявителя',
  'console.print.signature-operator': 'Подпись оператора',
  'console.print.date-line': 'Дата',
  'console.print.print': 'Чтобы распечатать страницу, используйте команду печати браузера (Ctrl+P).',
  'console.print.back': 'Вернуться к заявлению',
  'console.coupon.country-select': 'Страна',
  'console.coupon.country-other': 'Другая страна',
  'console.coupon.country-code': 'Код другой страны',
  'console.coupon.country-code-hint':
    'Только если выбрано «Другая страна»: две латинские буквы (ISO 3166), например FR.',
  'console.state.signature-pending': 'Ожидает подписи заявителя',
};
