import type { signaturesEn } from './signatures-en.ts';

export const signaturesKk: Record<keyof typeof signaturesEn, string> = {
  'signature-invalid': 'Қолтаңба қол қойылған құжатқа сәйкес келмейді.',
};
