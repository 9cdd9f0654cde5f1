// Input at the HTTP boundary (issue 14): size, media type, JSON, text, forged forms.
import type { boundaryEn } from './boundary-en.ts';

export const boundaryKk: Record<keyof typeof boundaryEn, string> = {
  'payload-too-large': 'Сұрау тым үлкен: мұнда ең көбі {limit} КБ қабылданады. Ештеңе өзгертілген жоқ.',
  'unsupported-media-type': 'Бұл мекенжай тек {expected} қабылдайды. Ештеңе өзгертілген жоқ.',
  'invalid-json-body': 'Сұраудың денесі дұрыс JSON емес. Ештеңе өзгертілген жоқ.',
  'invalid-text':
    '{field} өрісінде рұқсат етілмеген таңбалар бар: басқару таңбалары, көрінбейтін немесе мәтін бағытын өзгертетін таңбалар, не бүлінген кодтама.',
  'text.invisible':
    'Көрінбейтін және мәтін бағытын өзгертетін таңбаларды алып тастаңыз: олар басқа құжаттан мәтінмен бірге көшіріледі.',
  'csrf-rejected':
    'Нысан қабылданбады: ол осы сайттың бетінен жіберілмеген. Бетті қайта ашып, нысанды сол беттен жіберіңіз.',
};
