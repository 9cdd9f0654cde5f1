// Бірнеше сервер процесін іске қосу хабарлары (TIRKEU_WORKERS, 16-тапсырма).
import type { processesEn } from './processes-en.ts';

export const processesKk: Record<keyof typeof processesEn, string> = {
  'workers-need-database-server':
    'TIRKEU_WORKERS={workers} үшін PostgreSQL сервері керек: ішкі дерекқор тек бір процеске қызмет етеді. DATABASE_URL баптауын орнатыңыз немесе бір процесс іске қосыңыз (TIRKEU_WORKERS=1).',
  'replica-needs-database-server':
    'DATABASE_REPLICA_URL үшін DATABASE_URL қажет: оқуға арналған реплика кірістірілген дерекқорды емес, PostgreSQL серверін көшіреді. DATABASE_URL-ге негізгі серверді жазыңыз немесе DATABASE_REPLICA_URL-ді алып тастаңыз.',
};
