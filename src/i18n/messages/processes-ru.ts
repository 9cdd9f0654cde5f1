// Сообщения о запуске нескольких процессов сервера (TIRKEU_WORKERS, задача 16).
import type { processesEn } from './processes-en.ts';

export const processesRu: Record<keyof typeof processesEn, string> = {
  'workers-need-database-server':
    'Для TIRKEU_WORKERS={workers} нужен сервер PostgreSQL: встроенная база данных обслуживает только один процесс. Задайте DATABASE_URL или запустите один процесс (TIRKEU_WORKERS=1).',
};
