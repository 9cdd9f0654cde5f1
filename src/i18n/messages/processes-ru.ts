// Сообщения о запуске нескольких процессов сервера (TIRKEU_WORKERS, задача 16).
import type { processesEn } from './processes-en.ts';

export const processesRu: Record<keyof typeof processesEn, string> = {
  'workers-need-database-server':
    'Для TIRKEU_WORKERS={workers} нужен сервер PostgreSQL: встроенная база данных обслуживает только один процесс. Задайте DATABASE_URL или запустите один процесс (TIRKEU_WORKERS=1).',
  'replica-needs-database-server':
    'Для DATABASE_REPLICA_URL нужен DATABASE_URL: реплика для чтения копирует сервер PostgreSQL, а не встроенную базу. Укажите в DATABASE_URL основной сервер или уберите DATABASE_REPLICA_URL.',
};
