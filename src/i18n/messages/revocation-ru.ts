import type { revocationEn } from './revocation-en.ts';

export const revocationRu: Record<keyof typeof revocationEn, string> = {
  'crl-expired':
    'Сейчас проверить сертификаты невозможно: список отозванных сертификатов в сервисе устарел. Попробуйте позже или воспользуйтесь кодом из SMS.',
};
