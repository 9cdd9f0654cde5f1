// Requests from other sites (issue 14), in Russian.
import type { crossOriginEn } from './cross-origin-en.ts';

export const crossOriginRu: Record<keyof typeof crossOriginEn, string> = {
  'cross-origin-request':
    'Запрос пришёл с другого сайта, поэтому ваш вход в систему не был использован. Откройте сервис по его собственному адресу или передайте токен доступа.',
};
