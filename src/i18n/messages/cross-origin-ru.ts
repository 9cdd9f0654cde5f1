// Сообщения защиты HTTP, часть H2 (issue 14): запросы с других сайтов.
import type { crossOriginEn } from './cross-origin-en.ts';

export const crossOriginRu: Record<keyof typeof crossOriginEn, string> = {
  'cross-origin-request':
    'Запрос пришёл с другого сайта, поэтому ваш вход в систему не был использован. Откройте сервис по его собственному адресу или передайте токен доступа.',
};
