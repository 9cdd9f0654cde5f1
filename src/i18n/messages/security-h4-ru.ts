import type { securityH4En } from './security-h4-en.ts';

export const securityH4Ru: Record<keyof typeof securityH4En, string> = {
  'crl-expired':
    'Сейчас проверить сертификаты невозможно: список отозванных сертификатов в сервисе устарел. Попробуйте позже или воспользуйтесь кодом из SMS.',
};
