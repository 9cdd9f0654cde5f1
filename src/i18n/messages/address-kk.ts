// Мекенжай тіркелімі (issue 22, finding 2): іздеу қателері және мекенжайды қадамдап таңдау.
import type { addressEn } from './address-en.ts';

export const addressKk: Record<keyof typeof addressEn, string> = {
  'address.query-length': 'Мекенжайдың {min}–{max} таңбасын енгізіңіз.',
  'address.rka-format': 'Жылжымайтын мүлік объектісінің коды (РКА) 16 цифрдан тұрады.',
  'address.not-found': 'Мұндай жылжымайтын мүлік кодымен (РКА) мекенжай жоқ.',
  'address.picker.start': 'Мекенжайды тізімнен таңдау: қала, көше, үй, пәтер',
  'address.picker.start-lead':
    'Жылжымайтын мүлік объектісінің кодын (РКА) білмейсіз бе, ал іздеу мекенжайды таппай ма?',
  'address.picker.city-title': 'Тұрғын үй қай қалада немесе ауданда?',
  'address.picker.lead': 'Тізімнен таңдаңыз. Содан кейін көшені, үйді және пәтерді таңдайсыз.',
  'address.picker.street-title': '{place}: қай көше?',
  'address.picker.filter-label': 'Көше атауының бөлігі',
  'address.picker.filter-hint': 'Мысалы, Абай немесе Kabanbay, кез келген әріппен.',
  'address.picker.filter': 'Көшелерді көрсету',
  'address.picker.no-streets':
    'Атауында «{filter}» бар көше жоқ. Жазылуын тексеріңіз немесе барлық көшені көру үшін өрісті тазартыңыз.',
  'address.picker.more-streets':
    '{count} көшенің алғашқы {shown} көшесі көрсетілген. Өз көшеңізді табу үшін атауының бөлігін жазыңыз.',
  'address.picker.house-title': '{street}: қай үй?',
  'address.picker.house': '{house}-үй',
  'address.picker.no-house': 'Үй нөмірі жоқ',
  'address.picker.flat-title': '{address}: қай пәтер?',
  'address.picker.flat-lead': 'Пәтерді таңдаңыз. Сіз өтінішіңізге осы мекенжаймен ораласыз.',
  'address.picker.flat': '{flat}-пәтер',
  'address.picker.whole-house': 'Бүкіл үй',
};
