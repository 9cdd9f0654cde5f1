// Бірнеше сервер процесін іске қосу хабарлары (TIRKEU_WORKERS, 16-тапсырма).
import type { processesEn } from './processes-en.ts';

export const processesKk: Record<keyof typeof processesEn, string> = {
  'workers-need-database-server':
    'TIRKEU_WORKERS={workers} үшін PostgreSQL сервері керек: ішкі дерекқор тек бір процеске қызмет етеді. DATABASE_URL баптауын орнатыңыз немесе бір процесс іске қосыңыз (TIRKEU_WORKERS=1).',
};
