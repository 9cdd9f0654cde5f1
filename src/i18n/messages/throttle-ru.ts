// Сообщения ограничения частоты запросов и хранилища ключей идемпотентности (issue 14).
import type { throttleEn } from './throttle-en.ts';

export const throttleRu: Record<keyof typeof throttleEn, string> = {
  'rate-limited':
    'Слишком много запросов. Подождите {seconds, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}} и повторите.',
  'login.new-code-sent': 'Новый код отправлен. Прежний код больше не действует.',
};
