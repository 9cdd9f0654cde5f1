// Мекенжай тіркелімі (issue 22, finding 2): іздеу қателері және мекенжайды қадамдап таңдау.
import type { addressEn } from './address-en.ts';

export const addressKk: Record<keyof typeof addressEn, string> = {
  'address.query-length': 'Мекенжайдың {min}–{max} таңбасын енгізіңіз.',
  'address.rka-format': 'Жылжымайтын мүлік объектісінің коды (РКА) 16 цифрдан тұрады.',
  'address.not-found': 'Мұндай жылжымайтын мүлік кодымен (РКА) мекенжай жоқ.',
};
