// Операциялық залдың басып шығарылатын өтініші, залдағы келу талонының елдер тізімі және азамат
// беттері өтініш берушіге арнап атайтын күйдің консольдегі атауы (issue 22, finding 8 және 7).
import type { hallPrintEn } from './hall-print-en.ts';

export const hallPrintKk: Record<keyof typeof hallPrintEn, string> = {
  'console.print.link': 'Өтінішті басып шығару',
  'console.print.title': 'Тіркеу туралы {number} өтініш',
  'console.print.lead':
    'Халыққа қызмет көрсету орталығының (ХҚКО) операциялық залында берілді. Өтініш беруші мәліметтерді тексеріп, төменде қол қояды.',
  'console.print.filed': 'Берілген күні',
  'console.print.coupon': 'Келу талоны',
  'console.print.signature-applicant': 'Өтініш берушінің қолы',
  'console.print.signature-operator': 'Оператордың қолы',
  'console.print.date-line': 'Күні',
  'console.print.print': 'Бетті басып шығару үшін браузердің басып шығару командасын (Ctrl+P) пайдаланыңыз.',
  'console.print.back': 'Өтінішке оралу',
  'console.coupon.country-select': 'Ел',
  'console.coupon.country-other': 'Басқа ел',
  'console.coupon.country-code': 'Басқа елдің коды',
  'console.coupon.country-code-hint': 'Тек «Басқа ел» таңдалса: екі латын әрпі (ISO 3166), мысалы FR.',
  'console.state.signature-pending': 'Өтініш берушінің қолын күтуде',
};
