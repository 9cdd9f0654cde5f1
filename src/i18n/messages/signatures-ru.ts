import type { signaturesEn } from './signatures-en.ts';

export const signaturesRu: Record<keyof typeof signaturesEn, string> = {
  'signature-invalid': 'Подпись не соответствует подписанному документу.',
};
