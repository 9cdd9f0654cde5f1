// S9a: өтінім беру беттерінде жаңа объектінің сипаттамасы (issue 17 item 5, 004 cl.4).
import type { cadastreNewObjectEn } from './cadastre-new-object-en.ts';

export const cadastreNewObjectKk: Record<keyof typeof cadastreNewObjectEn, string> = {
  'cadastre.new-describe-title': 'Жаңа объектінің мекенжайы қандай?',
  'cadastre.new-describe-hint':
    'Оны жаңа ғимараттың мекенжай анықтамасынан көшіріңіз. Кадастрда объект осы мекенжаймен жазылады.',
  'cadastre.new-city-label': 'Қала немесе аудан',
  'cadastre.new-city-choose': 'Қаланы немесе ауданды таңдаңыз',
  'cadastre.new-street-label': 'Көше',
  'cadastre.new-street-hint': 'Мекенжай анықтамасындағыдай, мысалы Жаңа көше',
  'cadastre.new-street-invalid': 'Көше атауын үй мен пәтер нөмірінсіз енгізіңіз',
  'cadastre.new-house-label': 'Үй нөмірі',
  'cadastre.new-house-hint': 'Тек цифрлар, мысалы 12',
  'cadastre.new-house-invalid': 'Үй нөмірін цифрмен енгізіңіз, мысалы 12',
  'cadastre.new-flat-label': 'Пәтер немесе үй-жай нөмірі (болса)',
  'cadastre.new-flat-hint': 'Ғимарат тұтас болса, бос қалдырыңыз',
  'cadastre.new-flat-invalid': 'Пәтер нөмірін цифрмен енгізіңіз, мысалы 61, немесе бос қалдырыңыз',
  'cadastre.new-rka-label': 'Мекенжайдың тіркеу коды',
  'cadastre.new-rka-hint': '16 цифр, мекенжай анықтамасында көрсетілген',
  'cadastre.new-area-hint': 'Пайдалануға беру актісіндегі жалпы аудан, шаршы метрмен, мысалы 86,5.',
  'cadastre.new-owners-title': 'Жаңа объект кімге тиесілі?',
  'cadastre.new-owners-hint':
    'Құқық белгілейтін құжаттарда меншік иесі ретінде аталғандардың бәрін көрсетіңіз. Үлестердің қосындысы — бүкіл объект.',
  'cadastre.new-my-share-label': 'Сіздің үлесіңіз',
  'cadastre.new-share-hint': 'Бөлшекпен: жалғыз иесі болсаңыз 1/1, жартысы үшін 1/2',
  'cadastre.new-others-heading': 'Басқа меншік иелері',
  'cadastre.new-others-hint': 'Жалғыз иесі болсаңыз, бос қалдырыңыз.',
  'cadastre.new-other-iin-label': '{n}-меншік иесінің ЖСН-і',
  'cadastre.new-other-share-label': '{n}-меншік иесінің үлесі',
  'cadastre.new-owners-share': 'Үлесті бөлшекпен енгізіңіз, мысалы 1/2',
  'cadastre.new-owners-iin': 'Жеке куәліктегідей 12 цифрлы ЖСН енгізіңіз',
  'cadastre.new-owners-duplicate': 'Әр меншік иесі бір рет көрсетіледі',
  'cadastre.new-owners-total': 'Барлық меншік иелерінің үлестері бүкіл объектіні (1/1) құрауы керек',
  'cadastre.new-owner-you': 'Сіз — {share}',
  'cadastre.check-new-address': 'Мекенжай',
  'cadastre.check-owners': 'Меншік иелері',
  'cadastre.new-object-invalid': 'Жаңа объектінің сипаттамасы толық емес. Мекенжай мен меншік иелерін тексеріңіз.',
};
