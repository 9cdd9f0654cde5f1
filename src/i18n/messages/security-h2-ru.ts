// Сообщения защиты HTTP, часть H2 (issue 14): запросы с других сайтов.
import type { securityH2En } from './security-h2-en.ts';

export const securityH2Ru: Record<keyof typeof securityH2En, string> = {
  'cross-origin-request':
    'Запрос пришёл с другого сайта, поэтому ваш вход в систему не был использован. Откройте сервис по его собственному адресу или передайте токен доступа.',
};
